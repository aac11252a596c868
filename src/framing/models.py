"""The regression route for large corpora: a logistic model of a share.

With thousands of articles a share can be modelled instead of bootstrapped:
:func:`model_share` fits a binomial GLM with a logit link (``value ~
formula``, say ``C(outlet) + C(story)``) whose standard errors are
cluster-robust by article, so sentences of one article are not counted as
independent, and reports the outlet effects (log-odds) and each outlet's
predicted share with an interval. statsmodels fits the model; patsy builds
the design matrix (the same formula language statsmodels uses).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import NormalDist
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .groups import group_order, with_metadata

if TYPE_CHECKING:
    from .hints import CorpusInput

__all__ = ["EFFECT_COLUMNS", "ShareModel", "model_share"]

#: Columns of :attr:`ShareModel.effects`, in order.
EFFECT_COLUMNS = ["term", "estimate", "std_error", "z", "p_value", "ci_low", "ci_high", "odds_ratio"]


@dataclass(frozen=True)
class ShareModel:
    """What :func:`model_share` returns.

    Attributes
    ----------
    effects : pandas.DataFrame
        One row per model term (:data:`EFFECT_COLUMNS`): ``term`` (str, as
        statsmodels names it: ``C(outlet)[T.BBC]``), ``estimate`` (log-odds),
        ``std_error`` (cluster-robust), ``z``, ``p_value``, ``ci_low``,
        ``ci_high`` (the interval of the log-odds) and ``odds_ratio``
        (``exp(estimate)``); all float64 but ``term``.
    shares : pandas.DataFrame
        One row per level of ``by``, in first-appearance order: the ``by``
        column, ``n`` (int64: observations), ``observed`` (float64: the raw
        share), ``share`` (float64: the predicted share, the model's average
        prediction with every observation set to this level), ``ci_low``,
        ``ci_high`` (float64: its interval, delta method on the logit scale
        so it stays within 0-1) and ``ci_unit`` (str: the clusters of the
        robust errors, ``article`` or ``sentence``).
    result : statsmodels GLMResults
        The fitted model, for anything else (``result.summary()``).
    """

    effects: pd.DataFrame
    shares: pd.DataFrame
    result: object


def _named_in(column, formula: str) -> bool:
    """Whether ``formula`` mentions ``column`` as a name (a column it may use)."""
    return isinstance(column, str) and re.search(rf"(?<![\w.]){re.escape(column)}(?![\w])", formula) is not None


def _expit(x):
    return 1.0 / (1.0 + np.exp(-np.asarray(x, dtype=float)))


def _cluster_codes(data: pd.DataFrame, by: str, cluster: str) -> tuple[np.ndarray, str]:
    """Robust-error clusters: articles, unless no level of ``by`` has more than one
    article (the seed study), when the sentences of each article are the clusters."""
    if data.groupby(by, sort=False)[cluster].nunique().max() > 1 or "sent_id" not in data.columns:
        return pd.factorize(data[cluster])[0], "article"
    keys = data[cluster].astype(str) + "\x1f" + data["sent_id"].astype(str)
    return pd.factorize(keys)[0], "sentence"


def model_share(
    table: pd.DataFrame,
    value: str | pd.Series,
    formula: str = "C(outlet)",
    *,
    by: str = "outlet",
    cluster: str = "article_id",
    confidence: float = 0.95,
    corpus: CorpusInput | None = None,
) -> ShareModel:
    """Logistic regression of a 0/1 value with cluster-robust errors by article.

    Parameters
    ----------
    table : pandas.DataFrame
        A tidy table, one row per observation, with ``article_id`` and the
        formula's columns.
    value : str or pandas.Series
        The 0/1 (or boolean) outcome: a column of ``table`` or a Series with
        its index (``events["agent_group"] == "none"``).
    formula : str, default "C(outlet)"
        The right-hand side, in patsy's formula language: ``C(outlet)``,
        ``C(outlet) + C(story)``, ``C(country) + C(period)``.
    by : str, default "outlet"
        The column whose levels get a predicted share (a column the formula uses).
    cluster : str, default "article_id"
        Column of the clusters of the robust errors.
    confidence : float, default 0.95
    corpus : pandas.DataFrame or ParsedCorpus, optional
        Articles whose metadata columns (those ``table`` lacks) are joined on
        first (:func:`framing.with_metadata`), so the formula can use them.

    Returns
    -------
    ShareModel
        ``effects``, ``shares`` and the statsmodels ``result``.

    Raises
    ------
    ValueError
        When ``value`` is not 0/1, a column is missing, or ``confidence`` is out of range.

    Notes
    -----
    The errors are statsmodels' cluster-robust sandwich (``cov_type="cluster"``
    with its default small-sample correction), valid as the number of
    articles grows; with a few dozen articles per outlet prefer the bootstrap
    (:func:`framing.compare_groups`), and with one article per outlet (no
    level of ``by`` with more than one article) the clusters are the
    article's sentences and the model compares articles, not outlets. An
    outlet whose share is 0 or 1 has no finite log-odds (separation):
    statsmodels warns and its interval is meaningless.

    References
    ----------
    Cameron, A. C. & Miller, D. L. (2015). A practitioner's guide to
    cluster-robust inference. *Journal of Human Resources* 50(2), 317-372.
    """
    import patsy
    import statsmodels.api as sm

    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be between 0 and 1, got {confidence}")
    if isinstance(value, pd.Series):
        if not value.index.equals(table.index):
            raise ValueError("model_share: a value Series must be aligned with the table (the same index)")
        outcome = value
    elif isinstance(value, str) and value in table.columns:
        outcome = table[value]
    else:
        raise ValueError(f"model_share: value must be a column of the table or an aligned Series, got {value!r}")
    data = table.assign(_y=pd.to_numeric(outcome, errors="coerce").astype(float).to_numpy())
    if corpus is not None:
        data = with_metadata(data, corpus)
    data = data[data["_y"].notna()]
    if not data["_y"].isin([0.0, 1.0]).all():
        raise ValueError("model_share: value must be 0/1 or boolean (a share); use compare_groups for a mean")
    for column in (by, cluster):
        if column not in data.columns:
            raise ValueError(f"model_share: the table has no column {column!r}; pass corpus= or add it")
    data = data.reset_index(drop=True)
    y, design = patsy.dmatrices(f"_y ~ {formula}", data, return_type="dataframe", NA_action="raise")
    codes, unit = _cluster_codes(data, by, cluster)
    result = sm.GLM(y, design, family=sm.families.Binomial()).fit(cov_type="cluster", cov_kwds={"groups": codes})
    alpha = 1 - confidence
    bounds = result.conf_int(alpha=alpha)
    effects = pd.DataFrame(
        {
            "term": list(result.params.index),
            "estimate": result.params.to_numpy(),
            "std_error": result.bse.to_numpy(),
            "z": result.tvalues.to_numpy(),
            "p_value": result.pvalues.to_numpy(),
            "ci_low": bounds.iloc[:, 0].to_numpy(),
            "ci_high": bounds.iloc[:, 1].to_numpy(),
            "odds_ratio": np.exp(result.params.to_numpy()),
        }
    ).astype({"term": "str"})
    z = NormalDist().inv_cdf(1 - alpha / 2)
    beta, covariance = result.params.to_numpy(), np.asarray(result.cov_params())
    # the design is built once per distinct combination of the formula's columns, weighted
    # by how many observations have it (patsy reads categorical columns row by row)
    used = [by, *(c for c in data.columns if c != by and c != "_y" and _named_in(c, formula))]
    rows = []
    for level in group_order(data[by]):
        # the average prediction with every observation set to this level, and its gradient
        counterfactual = data[used].assign(**{by: level})
        weights = counterfactual.groupby(used, sort=False, dropna=False).size().to_numpy(dtype=float)
        (design_rows,) = patsy.build_design_matrices([design.design_info], counterfactual.drop_duplicates())
        x = np.asarray(design_rows)
        predicted = _expit(x @ beta)
        share = float(weights @ predicted / weights.sum())
        gradient = (weights * predicted * (1 - predicted)) @ x / weights.sum()
        se_logit = float(np.sqrt(gradient @ covariance @ gradient)) / (share * (1 - share))
        centre = np.log(share / (1 - share))
        low, high = _expit(centre - z * se_logit), _expit(centre + z * se_logit)
        observed = data.loc[data[by] == level, "_y"]
        rows.append((level, len(observed), float(observed.mean()), share, float(low), float(high), unit))
    shares = pd.DataFrame(rows, columns=[by, "n", "observed", "share", "ci_low", "ci_high", "ci_unit"])
    return ShareModel(effects=effects, shares=shares.astype({"n": "int64", "ci_unit": "str"}), result=result)
