"""Agreement metrics shared by the validation modules.

Small, dependency-free versions of the usual definitions, so that computing a
validation table does not import scikit-learn (about 1.5 s per process); the
test suite checks them against :mod:`sklearn.metrics` on random labels.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd


def precision_recall_f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts of true positives, false positives and misses.

    A ratio whose denominator is zero is ``nan`` (nothing found, or nothing to
    find); F1 is ``2 tp / (2 tp + fp + fn)``, which equals the harmonic mean of
    precision and recall, is 0 when there are items but no hit, and ``nan``
    when there are no items at all.
    """
    nan = float("nan")
    precision = tp / (tp + fp) if tp + fp else nan
    recall = tp / (tp + fn) if tp + fn else nan
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else nan
    return precision, recall, f1


def label_report(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> dict:
    """Accuracy, macro F1 and per-label precision/recall/F1/support of a labelling.

    Follows scikit-learn's ``precision_recall_fscore_support(...,
    zero_division=0)``: a per-label ratio with a zero denominator is 0, and
    macro F1 is the unweighted mean over ``labels``.

    Returns
    -------
    dict
        ``accuracy``, ``macro_f1`` (float) and ``per_label``: label ->
        ``(precision, recall, f1, support)``.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    pairs = list(zip(gold, predicted, strict=True))
    per_label = {}
    for label in labels:
        tp = sum(g == label and p == label for g, p in pairs)
        found = sum(p == label for _, p in pairs)
        support = sum(g == label for g, _ in pairs)
        precision = tp / found if found else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * tp / (found + support) if found + support and tp else 0.0
        per_label[label] = (precision, recall, f1, support)
    accuracy = sum(g == p for g, p in pairs) / len(pairs) if pairs else float("nan")
    macro_f1 = sum(f for _, _, f, _ in per_label.values()) / len(labels) if labels else float("nan")
    return {"accuracy": accuracy, "macro_f1": macro_f1, "per_label": per_label}


def spearman_rho(x, y) -> float:
    """Spearman's rank correlation: Pearson's r of the average ranks (ties share a rank).

    The same value as ``scipy.stats.spearmanr`` and pandas' ``method="spearman"``,
    without importing SciPy (about 0.7 s).
    """
    x, y = pd.Series(x, dtype=float).reset_index(drop=True), pd.Series(y, dtype=float).reset_index(drop=True)
    return float(x.rank().corr(y.rank()))
