"""Distinctive terms: weighted log-odds of each outlet's vocabulary against the others."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from ..hints import CorpusInput, SpellingInput, WordListInput
from ..parse import ensure_parsed
from ..stats import log_odds_dirichlet
from .shared import articles_of, outlet_order
from .terms import NGRAM_RANGE, term_counts

#: Pseudo-count added to every term of a user-supplied background corpus so a
#: term the background never uses still gets a positive prior (Laplace).
BACKGROUND_PSEUDOCOUNT = 1.0
#: Columns of :func:`distinctive_terms`, in order.
DISTINCTIVE_COLUMNS = [
    "outlet",
    "comparison",
    "term",
    "n",
    "count",
    "count_other",
    "rate_per_1000",
    "log_odds",
    "z",
]


def _background_counts(background, options, parse_kwargs) -> pd.Series:
    if (
        isinstance(background, pd.DataFrame)
        and {"term", "count"} <= set(background.columns)
        and "text" not in background
    ):
        table = background
    else:
        table = term_counts(background, by="outlet", **options, **parse_kwargs)
    return table.groupby("term")["count"].sum().astype(float)


def distinctive_terms(
    corpus: CorpusInput | None = None,
    *,
    counts: pd.DataFrame | None = None,
    background: CorpusInput | None = None,
    prior_scale: float | None = None,
    comparisons: Iterable[str] = ("rest", "pairs"),
    min_count: int = 1,
    ngram_range: tuple[int, int] = NGRAM_RANGE,
    lemmas: bool = False,
    stop_words: WordListInput = None,
    spelling_variants: SpellingInput = None,
    **parse_kwargs,
) -> pd.DataFrame:
    """Which terms each outlet uses more or less than the others.

    The weighted log-odds ratio with an informative Dirichlet prior (Monroe,
    Colaresi & Quinn 2008) of every term, for each outlet against the pooled
    rest of the corpus and against every other outlet, in one table.

    Parameters
    ----------
    corpus : DataFrame, ParsedCorpus, str or Path, optional
        Articles; needed only when ``counts`` is not given (and sets the
        outlet order).
    counts : DataFrame, optional
        A :func:`term_counts` table (by outlet or by article); computed from
        ``corpus`` when absent.
    background : DataFrame, ParsedCorpus, str or Path, optional
        Where the prior's term frequencies come from: a table with ``term``
        and ``count`` columns, or a corpus (counted with the same options).
        Default: the pooled counts of all outlets.
    prior_scale : float, optional
        ``a_0``, the prior's total pseudo-count, per n-gram length. Default:
        the pooled count total of that length, so with the pooled prior
        ``a_w`` is exactly the term's pooled count (the empirical-Bayes
        choice of Silge & Schnoebelen's *tidylo*).
    comparisons : iterable of {"rest", "pairs"}
        ``rest``: each outlet against all other outlets pooled; ``pairs``:
        each outlet against each other outlet (both directions, so filtering
        on ``outlet`` gives all of an outlet's comparisons).
    min_count : int, default 1
        Keep a term in a comparison when the two groups use it at least this
        many times together. The default keeps every term; z already
        shrinks rare terms towards 0, so no term needs deleting.
    ngram_range, lemmas, stop_words, spelling_variants
        Passed to :func:`term_counts` when counting here.
    **parse_kwargs
        Passed to :func:`framing.parse`.

    Returns
    -------
    pandas.DataFrame
        ``outlet`` (str), ``comparison`` (str: ``"rest"`` or the other
        outlet), ``term`` (str), ``n`` (int64, words in the term), ``count``
        (int64, uses by ``outlet``), ``count_other`` (int64, uses by the
        comparison group), ``rate_per_1000`` (float64, uses per 1,000
        counted terms of the same length in ``outlet``), ``log_odds``
        (float64, delta) and ``z`` (float64; positive: ``outlet`` uses the
        term more). Ordered by outlet, comparison (``rest`` first), then z
        descending.

    Notes
    -----
    Each n-gram length is its own multinomial (its own totals and prior), so
    a trigram's rate is per 1,000 trigrams. Stop words are dropped in
    counting (see :func:`find_terms`); nothing else is filtered. With five
    short articles few terms pass |z| > 1.96: a term one outlet uses three
    times and the others never is about as far as the data go. Report z,
    not p-values; the same term tested in many comparisons is not corrected
    for multiplicity.

    References
    ----------
    Monroe, B. L., Colaresi, M. P. & Quinn, K. M. (2008). Fightin' words.
    *Political Analysis* 16(4), 372-403.
    Silge, J. & Schnoebelen, T. (2019). tidylo: weighted tidy log odds ratio (R package).
    """
    comparisons = tuple(comparisons)
    unknown = set(comparisons) - {"rest", "pairs"}
    if unknown or not comparisons:
        raise ValueError(f"comparisons must be 'rest' and/or 'pairs', got {comparisons!r}")
    options = dict(
        ngram_range=ngram_range,
        lemmas=lemmas,
        stop_words=stop_words,
        spelling_variants=spelling_variants,
    )
    if counts is None:
        if corpus is None:
            raise ValueError("distinctive_terms needs corpus= or counts= (a term_counts table)")
        corpus = ensure_parsed(corpus, **parse_kwargs)
        counts = term_counts(corpus, by="outlet", **options)
    missing = {"outlet", "term", "count"} - set(counts.columns)
    if missing:
        raise ValueError(
            f"counts is missing column(s) {', '.join(sorted(missing))}; pass a term_counts table"
        )
    articles = articles_of(corpus)
    outlets = outlet_order(articles if articles is not None else counts)
    outlets = [o for o in outlets if o in set(counts["outlet"])]
    if len(outlets) < 2:
        raise ValueError(f"distinctive_terms needs at least two outlets, got {len(outlets)}")
    pivot = counts.pivot_table(
        index="outlet", columns="term", values="count", aggfunc="sum", fill_value=0
    )
    pivot = pivot.reindex(outlets).sort_index(axis=1)
    bg = _background_counts(background, options, parse_kwargs) if background is not None else None
    lengths = pivot.columns.str.count(" ") + 1
    frames = []
    for n in sorted(set(lengths)):
        y = pivot.loc[:, lengths == n]
        y = y.loc[:, y.sum(axis=0) > 0]
        terms = y.columns.to_numpy()
        if bg is None:
            prior = y.sum(axis=0).to_numpy(dtype=float)
        else:
            prior = bg.reindex(terms, fill_value=0.0).to_numpy() + BACKGROUND_PSEUDOCOUNT
        a0 = float(prior_scale) if prior_scale is not None else float(y.to_numpy().sum())
        alpha = a0 * prior / prior.sum()
        matrix = y.to_numpy(dtype=float)
        total = matrix.sum(axis=0)
        pairs = []
        for i, outlet in enumerate(outlets):
            if "rest" in comparisons:
                pairs.append((outlet, "rest", matrix[i], total - matrix[i]))
            if "pairs" in comparisons:
                pairs.extend(
                    (outlet, other, matrix[i], matrix[j])
                    for j, other in enumerate(outlets)
                    if j != i
                )
        for outlet, other, y_i, y_j in pairs:
            delta, z = log_odds_dirichlet(y_i, y_j, alpha)
            keep = (y_i + y_j) >= max(min_count, 1)
            n_i = y_i.sum()
            frames.append(
                pd.DataFrame(
                    {
                        "outlet": outlet,
                        "comparison": other,
                        "term": terms[keep],
                        "n": n,
                        "count": y_i[keep],
                        "count_other": y_j[keep],
                        "rate_per_1000": 1000 * y_i[keep] / n_i if n_i else np.nan,
                        "log_odds": delta[keep],
                        "z": z[keep],
                    }
                )
            )
    table = (
        pd.concat(frames, ignore_index=True)
        if frames
        else pd.DataFrame(columns=DISTINCTIVE_COLUMNS)
    )
    table = table.astype(
        {
            "outlet": "str",
            "comparison": "str",
            "term": "str",
            "n": "int64",
            "count": "int64",
            "count_other": "int64",
            "rate_per_1000": "float64",
            "log_odds": "float64",
            "z": "float64",
        }
    )
    rank = {o: i for i, o in enumerate(outlets)}
    table["_o"] = table["outlet"].map(rank)
    table["_c"] = table["comparison"].map(lambda c: -1 if c == "rest" else rank.get(c, len(rank)))
    table = table.sort_values(
        ["_o", "_c", "z", "term"], ascending=[True, True, False, True], kind="stable"
    )
    return table.drop(columns=["_o", "_c"]).reset_index(drop=True)[DISTINCTIVE_COLUMNS]
