"""Agreement metrics shared by the validation modules.

Labellings of the same items (one gold and one predicted label per
sentence) are scored with :mod:`sklearn.metrics`. The detection measures
(attributions, hedges, tolls, passives, mentions) are scored differently:
the package matches its records to the gold records of a sentence by span
or by key (a multiset intersection per sentence), which yields counts of
hits, false alarms and misses but no pair of labels per item, since a found
record with no gold partner and a gold record never found are not one item.
:func:`precision_recall_f1` turns those counts into the three ratios.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from sklearn.metrics import accuracy_score, precision_recall_fscore_support

__all__ = ["label_report", "precision_recall_f1", "spearman_rho"]


def precision_recall_f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts of true positives, false positives and misses.

    The counts come from matching records (spans, keys) within a sentence,
    not from aligned label pairs, so scikit-learn's label-array functions do
    not apply; these are the definitions its ``precision_recall_fscore_support``
    uses for one binary class. A ratio whose denominator is zero is ``nan``
    (nothing found, or nothing to find); F1 is ``2 tp / (2 tp + fp + fn)``,
    which equals the harmonic mean of precision and recall, is 0 when there
    are items but no hit, and ``nan`` when there are no items at all.
    """
    nan = float("nan")
    precision = tp / (tp + fp) if tp + fp else nan
    recall = tp / (tp + fn) if tp + fn else nan
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else nan
    return precision, recall, f1


def label_report(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> dict:
    """Accuracy, macro F1 and per-label precision/recall/F1/support of a labelling.

    Computed by :func:`sklearn.metrics.precision_recall_fscore_support` with
    ``zero_division=0`` (a per-label ratio with a zero denominator is 0) and
    :func:`sklearn.metrics.accuracy_score`; macro F1 is the unweighted mean
    over ``labels``.

    Returns
    -------
    dict
        ``accuracy``, ``macro_f1`` (float) and ``per_label``: label ->
        ``(precision, recall, f1, support)``.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    labels = list(labels)
    if not len(gold):
        nan = float("nan")
        per_label = {label: (0.0, 0.0, 0.0, 0) for label in labels}
        return {"accuracy": nan, "macro_f1": 0.0 if labels else nan, "per_label": per_label}
    precision, recall, f1, support = precision_recall_fscore_support(
        list(gold), list(predicted), labels=labels, zero_division=0
    )
    per_label = {
        label: (float(precision[i]), float(recall[i]), float(f1[i]), int(support[i])) for i, label in enumerate(labels)
    }
    macro_f1 = float(f1.mean()) if labels else float("nan")
    return {"accuracy": float(accuracy_score(gold, predicted)), "macro_f1": macro_f1, "per_label": per_label}


def spearman_rho(x, y) -> float:
    """Spearman's rank correlation (ties share their average rank), by pandas.

    The same value as ``scipy.stats.spearmanr``.
    """
    x, y = pd.Series(x, dtype=float).reset_index(drop=True), pd.Series(y, dtype=float).reset_index(drop=True)
    return float(x.corr(y, method="spearman"))
