"""Statistics shared by the measures: bootstrap intervals and weighted log-odds.

Every share, mean or rate reported per outlet (or per any group of articles)
comes with a percentile bootstrap interval, resampled with a fixed seed so
figures are reproducible (:func:`bootstrap_ci`, :func:`bootstrap_cis`,
:func:`bootstrap_rate_ci`). The resampling unit follows the data
(:func:`resampling_clusters`): whole articles when a group's observations
come from more than one article, since sentences of one article are not
independent; sentences of the single article otherwise (events of one
sentence move together). Each interval-bearing table names its unit in a
``ci_unit`` column. Which words an outlet uses more than another is scored by
the weighted log-odds ratio with an informative Dirichlet prior
(:func:`log_odds_dirichlet`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import ArrayLike

__all__ = [
    "CI_UNITS",
    "N_BOOTSTRAP",
    "RANDOM_STATE",
    "bootstrap_ci",
    "bootstrap_cis",
    "bootstrap_rate_ci",
    "bootstrap_share_ci",
    "log_odds_dirichlet",
    "percentile_interval",
    "resample_totals",
    "resampling_clusters",
]

#: Bootstrap resamples; 2,000 gives stable 95% percentile bounds
#: (Efron & Tibshirani 1993 recommend >= 1,000 for percentile intervals).
N_BOOTSTRAP = 2000
#: Seed used everywhere a default is needed, so reruns are identical.
RANDOM_STATE = 20250309
#: Resample indices are drawn in chunks of at most this many cells, so memory
#: stays bounded for large groups (an outlet with 100,000 sentences would need
#: 1.6 GB for all 2,000 resamples at once). Chunking does not change the draws.
MAX_INDEX_CELLS = 2_000_000
#: :func:`bootstrap_cis` draws per-kind counts (multinomial) instead of unit
#: indices when the units (observations or clusters) are at least this many
#: times as many as their distinct kinds: shares of 0/1 values, typically. The
#: two draws give the same distribution of resample means; counts cost time in
#: the kinds, indices in the units, so a share over a million sentences costs
#: what one over a hundred does.
DISTINCT_UNITS_RATIO = 8
#: The resampling units an interval can have, as named in ``ci_unit`` columns:
#: whole articles, or sentences of one article (events of a sentence together).
CI_UNITS = ("article", "sentence")


def resampling_clusters(article_ids, sent_ids=None) -> tuple[np.ndarray | None, str]:
    """Bootstrap clusters for a set of observations, and the unit they name.

    Sentences of one article share its author, topic and house style, so they
    are not independent draws from an outlet's coverage: when observations
    come from more than one article, whole articles are resampled. Within a
    single article there is nothing to resample but its sentences.

    Parameters
    ----------
    article_ids : array-like
        The article of each observation.
    sent_ids : array-like, optional
        The sentence of each observation within its article, when several
        observations (events, clauses) can share a sentence; None when each
        observation is a sentence.

    Returns
    -------
    (groups, unit) : (numpy.ndarray or None, str)
        More than one article: the article ids and ``"article"``. One article
        (or none): ``"sentence"`` with the sentence labels (article id and
        ``sent_id`` joined, as strings, so draws do not depend on the id
        type), or None when ``sent_ids`` is None (each observation is its own
        unit); pass ``groups`` to :func:`bootstrap_ci` / :func:`bootstrap_cis`.

    Notes
    -----
    With two or three articles the article bootstrap is itself unreliable
    (its interval is a few resample means apart); read such intervals as
    rough.
    """
    article_ids = np.asarray(article_ids).astype(str)
    if np.unique(article_ids).size > 1:
        return article_ids, "article"
    if sent_ids is None:
        return None, "sentence"
    return np.char.add(np.char.add(article_ids, "\x1f"), np.asarray(sent_ids).astype(str)), "sentence"


def _draw(rng, high: int, n_resamples: int, width: int):
    """Yield blocks of resample indices; together they equal one (n_resamples, width) draw."""
    rows = max(1, MAX_INDEX_CELLS // max(width, 1))
    for start in range(0, n_resamples, rows):
        yield rng.integers(0, high, size=(min(rows, n_resamples - start), width))


def percentile_interval(estimate: float, resampled, confidence: float) -> tuple[float, float, float]:
    """``(estimate, low, high)``: the percentile bounds of ``resampled`` values.

    A resample's statistic is summed in another order than the estimate's, so
    when every resample gives the estimate (a share of 1, one kind of unit) a
    bound can miss it in the last bit (0.3333333333333333 against
    0.33333333333333326). A bound within float rounding of the estimate is
    set to it, so the interval always holds an estimate it only missed by
    rounding; a real miss (a skewed statistic) is left as it is.
    """
    alpha = (1 - confidence) / 2
    low, high = (float(bound) for bound in np.quantile(resampled, [alpha, 1 - alpha]))
    estimate = float(estimate)
    if estimate < low and np.isclose(estimate, low, rtol=1e-12, atol=1e-15):
        low = estimate
    if estimate > high and np.isclose(estimate, high, rtol=1e-12, atol=1e-15):
        high = estimate
    return estimate, low, high


def bootstrap_ci(
    values: ArrayLike,
    *,
    statistic: Callable[[np.ndarray], float] = np.mean,
    n_resamples: int = N_BOOTSTRAP,
    confidence: float = 0.95,
    random_state: int | np.random.Generator | None = RANDOM_STATE,
    groups: ArrayLike | None = None,
) -> tuple[float, float, float]:
    """Point estimate and percentile bootstrap interval of a statistic.

    Parameters
    ----------
    values : array-like of float
        One value per observation (1/0 for a share).
    statistic : callable, default numpy.mean
        Applied to each resample (a 1-d array).
    n_resamples : int
    confidence : float, default 0.95
    random_state : int, numpy.random.Generator or None
    groups : array-like, optional
        Cluster labels (e.g. ``sent_id``): whole clusters are resampled, so
        several events in one sentence are not treated as independent.

    Returns
    -------
    (estimate, low, high) : tuple of float
        ``nan`` for all three when ``values`` is empty.

    References
    ----------
    Efron, B. & Tibshirani, R. (1993). *An Introduction to the Bootstrap*. Chapman & Hall.
    """
    if statistic is np.mean:  # vectorised: the resample means of one column
        return bootstrap_cis(
            [values], n_resamples=n_resamples, confidence=confidence, random_state=random_state, groups=groups
        )[0]
    values = np.asarray(values, dtype=float)
    if values.size == 0:
        return (float("nan"),) * 3
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be between 0 and 1, got {confidence}")
    rng = np.random.default_rng(random_state)
    estimate = float(statistic(values))
    if groups is None:
        blocks = _draw(rng, values.size, n_resamples, values.size)
        stats = np.array([statistic(values[row]) for idx in blocks for row in idx])
    else:
        groups = np.asarray(groups)
        if groups.shape[0] != values.shape[0]:
            raise ValueError("groups must have one label per value")
        labels, inverse = np.unique(groups, return_inverse=True)
        blocks = _draw(rng, labels.size, n_resamples, labels.size)
        members = [np.flatnonzero(inverse == k) for k in range(labels.size)]
        stats = np.array(
            [statistic(values[np.concatenate([members[k] for k in row])]) for pick in blocks for row in pick]
        )
    return percentile_interval(estimate, stats, confidence)


def bootstrap_cis(
    columns: Sequence[ArrayLike],
    *,
    n_resamples: int = N_BOOTSTRAP,
    confidence: float = 0.95,
    random_state: int | np.random.Generator | None = RANDOM_STATE,
    groups: ArrayLike | None = None,
) -> list[tuple[float, float, float]]:
    """:func:`bootstrap_ci` of the mean of several columns of the same observations.

    The aggregates report several shares of one set of observations (one per
    label, agent group or tone class), with the same clusters and seed; each
    resample is drawn once and applied to every column.

    When the units (observations, or clusters) are many times as many as
    their distinct kinds (:data:`DISTINCT_UNITS_RATIO`), as for 0/1 shares, a
    resample is drawn as a multinomial count of each kind instead of one index
    per unit: the same bootstrap distribution, at a cost that does not grow
    with the corpus. Otherwise unit indices are drawn as :func:`bootstrap_ci`
    draws them. Either way the draws are fixed by ``random_state``.

    Parameters
    ----------
    columns : sequence of array-like of float
        Each of the same length (one value per observation).
    n_resamples, confidence, random_state, groups
        As for :func:`bootstrap_ci`.

    Returns
    -------
    list of (estimate, low, high)
        One per column; ``nan`` for all three when the observations are empty.
    """
    columns = [np.asarray(values, dtype=float) for values in columns]
    if not columns:
        return []
    if columns[0].size == 0:
        return [(float("nan"),) * 3 for _ in columns]
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be between 0 and 1, got {confidence}")
    rng = np.random.default_rng(random_state)
    if groups is None:
        sizes, sums = None, columns
    else:
        groups = np.asarray(groups)
        if groups.shape[0] != columns[0].shape[0]:
            raise ValueError("groups must have one label per value")
        labels, inverse = np.unique(groups, return_inverse=True)
        # mean of the resampled clusters' values = sum of their sums / sum of their sizes
        sizes = np.bincount(inverse, minlength=labels.size).astype(float)
        sums = [np.bincount(inverse, weights=values, minlength=labels.size) for values in columns]
    units = np.column_stack([np.ones(sums[0].size) if sizes is None else sizes, *sums])
    kinds, members = _kinds(units)
    if kinds.shape[0] * DISTINCT_UNITS_RATIO <= units.shape[0]:
        chunks = _resample_kinds(rng, kinds, members, n_resamples)
    else:
        chunks = _resample_units(rng, sizes, sums, n_resamples)
    return [
        percentile_interval(np.mean(values), np.concatenate(chunk), confidence)
        for values, chunk in zip(columns, chunks, strict=True)
    ]


def _kinds(units):
    """The distinct rows of ``units`` and how many times each occurs (as
    ``np.unique(axis=0, return_counts=True)``, in a different order, in a
    tenth of the time)."""
    ordered = units[np.lexsort(units.T)]
    new = np.ones(len(ordered), dtype=bool)
    new[1:] = np.any(ordered[1:] != ordered[:-1], axis=1)
    starts = np.flatnonzero(new)
    return ordered[starts], np.diff(np.append(starts, len(ordered)))


def _resample_units(rng, sizes, sums, n_resamples: int) -> list[list]:
    """Resample means of every column: units (observations, or clusters with
    ``sizes`` observations each) drawn with replacement."""
    chunks: list[list] = [[] for _ in sums]
    n_units = sums[0].size
    for pick in _draw(rng, n_units, n_resamples, n_units):
        if sizes is None:
            for chunk, values in zip(chunks, sums, strict=True):
                chunk.append(values[pick].mean(axis=1))
            continue
        picked_sizes = sizes[pick].sum(axis=1)
        for chunk, column_sums in zip(chunks, sums, strict=True):
            chunk.append(column_sums[pick].sum(axis=1) / picked_sizes)
    return chunks


def _resample_kinds(rng, kinds, members, n_resamples: int) -> list[list]:
    """The same resampling, drawn as how many units of each distinct kind a resample holds.

    Units with the same size and sums are interchangeable in the mean, so
    drawing ``m`` units with replacement is drawing a multinomial count per
    kind (probability = the kind's share of the units): the same distribution
    of resample means, at a cost that grows with the number of kinds, not of
    units. ``kinds`` rows are (size, sum of each column); ``members`` counts each.
    """
    total = int(members.sum())
    counts = rng.multinomial(total, members / total, size=n_resamples).astype(float)
    picked_sizes = counts @ kinds[:, 0]
    return [[(counts @ kinds[:, 1 + j]) / picked_sizes] for j in range(kinds.shape[1] - 1)]


def resample_totals(sizes, sums, *, n_resamples: int, rng) -> tuple[np.ndarray, np.ndarray]:
    """Totals of resampled units: units drawn with replacement, as many as there are.

    Parameters
    ----------
    sizes, sums : array-like of float
        Observations in each unit (cluster) and the sum of their values.
    n_resamples : int
    rng : numpy.random.Generator

    Returns
    -------
    (sizes, sums) : two numpy arrays of shape (n_resamples,)
        Each resample's total observations and total value; their ratio is the
        resample's mean. Draws are chunked (:data:`MAX_INDEX_CELLS`).
    """
    sizes = np.asarray(sizes, dtype=float)
    sums = np.asarray(sums, dtype=float)
    picked_sizes, picked_sums = [], []
    for pick in _draw(rng, sizes.size, n_resamples, sizes.size):
        picked_sizes.append(sizes[pick].sum(axis=1))
        picked_sums.append(sums[pick].sum(axis=1))
    return np.concatenate(picked_sizes), np.concatenate(picked_sums)


def bootstrap_share_ci(successes, **kwargs) -> tuple[float, float, float]:
    """:func:`bootstrap_ci` of the mean of a 0/1 vector (a share)."""
    return bootstrap_ci(np.asarray(successes, dtype=float), **kwargs)


def bootstrap_rate_ci(
    numerator,
    denominator,
    *,
    per: float = 1000,
    n_resamples: int = N_BOOTSTRAP,
    confidence: float = 0.95,
    random_state: int | np.random.Generator | None = RANDOM_STATE,
    groups=None,
) -> tuple[float, float, float]:
    """A rate ``per * sum(numerator) / sum(denominator)`` with a bootstrap interval.

    Observations (say sentences: loaded words, words), or whole clusters of
    them (articles), are resampled, so the rate of a resample is a ratio of
    its sums, not a mean of per-sentence rates.

    Parameters
    ----------
    numerator, denominator : array-like of float
        One value each per observation.
    per : float, default 1000
        The rate's unit (1000: per 1,000 words).
    n_resamples, confidence, random_state
        As for :func:`bootstrap_ci`.
    groups : array-like, optional
        Cluster labels (e.g. ``article_id``): whole clusters are resampled.

    Returns
    -------
    (estimate, low, high) : tuple of float
        Percentile interval; ``nan`` for a resample (or the estimate) whose
        denominator sums to 0, and for all three when there are no
        observations.
    """
    numerator = np.asarray(numerator, dtype=float)
    denominator = np.asarray(denominator, dtype=float)
    if numerator.shape != denominator.shape:
        raise ValueError("numerator and denominator must have one value each per observation")
    if numerator.size == 0:
        return (float("nan"),) * 3
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be between 0 and 1, got {confidence}")
    if groups is not None:
        groups = np.asarray(groups)
        if groups.shape[0] != numerator.shape[0]:
            raise ValueError("groups must have one label per value")
        labels, inverse = np.unique(groups, return_inverse=True)
        numerator = np.bincount(inverse, weights=numerator, minlength=labels.size)
        denominator = np.bincount(inverse, weights=denominator, minlength=labels.size)
    rng = np.random.default_rng(random_state)
    total = denominator.sum()
    estimate = per * numerator.sum() / total if total else np.nan
    rates = []
    for pick in _draw(rng, numerator.size, n_resamples, numerator.size):
        totals = denominator[pick].sum(axis=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            rates.append(np.where(totals > 0, per * numerator[pick].sum(axis=1) / totals, np.nan))
    return percentile_interval(estimate, np.concatenate(rates), confidence)


def log_odds_dirichlet(y_i, y_j, alpha) -> tuple[np.ndarray, np.ndarray]:
    """Weighted log-odds ratio of group ``i`` over group ``j`` and its z-score.

    Parameters
    ----------
    y_i, y_j : array-like of float
        Counts of each term in the two groups (same term order).
    alpha : array-like of float
        Dirichlet prior pseudo-counts, one per term (all > 0).

    Returns
    -------
    (delta, z) : tuple of numpy arrays
        ``delta_w = log[(y_iw + a_w) / (n_i + a_0 - y_iw - a_w)]
        - log[(y_jw + a_w) / (n_j + a_0 - y_jw - a_w)]`` and
        ``z_w = delta_w / sqrt(1 / (y_iw + a_w) + 1 / (y_jw + a_w))``
        (Monroe et al. 2008, eqs. 16, 18-20), where ``n`` are the group totals
        and ``a_0`` the sum of ``alpha``. Positive: group ``i`` uses the term
        more; swapping the groups flips the signs.

    Raises
    ------
    ValueError
        If a prior pseudo-count is not positive.

    References
    ----------
    Monroe, B. L., Colaresi, M. P. & Quinn, K. M. (2008). Fightin' words:
    lexical feature selection and evaluation for identifying the content of
    political conflict. *Political Analysis* 16(4), 372-403.
    """
    y_i, y_j, alpha = (np.asarray(x, dtype=float) for x in (y_i, y_j, alpha))
    if np.any(alpha <= 0):
        raise ValueError("every prior pseudo-count alpha must be positive")
    a0 = alpha.sum()
    n_i, n_j = y_i.sum(), y_j.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = np.log((y_i + alpha) / (n_i + a0 - y_i - alpha)) - np.log(
            (y_j + alpha) / (n_j + a0 - y_j - alpha)
        )
        z = delta / np.sqrt(1.0 / (y_i + alpha) + 1.0 / (y_j + alpha))
    return delta, z
