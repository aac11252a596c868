"""Agreement between two people labelling the same sentences.

A gold label is only as good as the agreement of two careful annotators on
it: when they often disagree, a measure cannot be expected to agree with
either much better. ``data/validation/tone_second_annotator.csv`` labels the
sentences of ``tone.csv`` a second time, blind to the first labels; this
module compares the two with the chance-corrected coefficients of
:class:`nltk.metrics.agreement.AnnotationTask`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd
from nltk.metrics.agreement import AnnotationTask

from .tone import load_tone_labels

__all__ = [
    "AGREEMENT_COLUMNS",
    "DOUBLE_LABELLED",
    "SUMMARY_COLUMNS",
    "agreement_summary",
    "annotator_agreement",
    "tone_agreement",
]

#: Columns of :func:`annotator_agreement` and :func:`tone_agreement`.
AGREEMENT_COLUMNS = ["metric", "value", "n"]

_DEFAULT_SECOND = Path("data") / "validation" / "tone_second_annotator.csv"


def annotator_agreement(first: Sequence[str], second: Sequence[str]) -> pd.DataFrame:
    """Observed agreement, Cohen's kappa and Krippendorff's alpha of two labellings.

    Parameters
    ----------
    first, second : sequence of str
        The two annotators' labels of the same items, in the same order.

    Returns
    -------
    pandas.DataFrame
        ``metric`` (``observed_agreement``: share of items labelled alike;
        ``cohen_kappa``; ``krippendorff_alpha``, nominal), ``value``
        (float64), ``n`` (int64, items).

    Raises
    ------
    ValueError
        When the labellings differ in length or are empty.

    Notes
    -----
    Kappa corrects the observed agreement by the agreement expected from each
    annotator's own label shares; alpha uses the pooled shares of both and
    corrects for small samples. Both are 1 for perfect agreement and 0 for
    agreement at chance level. When every item gets one and the same label
    from both, the chance agreement is 1 and both coefficients are undefined
    (nltk raises ``ZeroDivisionError``).

    References
    ----------
    Cohen, J. (1960). A coefficient of agreement for nominal scales.
    *Educational and Psychological Measurement* 20(1).
    Krippendorff, K. (2004). *Content Analysis: An Introduction to Its
    Methodology*, 2nd ed., ch. 11.
    Artstein, R. & Poesio, M. (2008). Inter-coder agreement for
    computational linguistics. *Computational Linguistics* 34(4).
    """
    if len(first) != len(second):
        raise ValueError(f"{len(first)} labels from the first annotator but {len(second)} from the second")
    if not len(first):
        raise ValueError("no items to compare")
    data = [("first", str(i), label) for i, label in enumerate(first)]
    data += [("second", str(i), label) for i, label in enumerate(second)]
    task = AnnotationTask(data=data)
    n = len(first)
    rows = [
        ("observed_agreement", float(task.avg_Ao()), n),
        ("cohen_kappa", float(task.kappa()), n),
        ("krippendorff_alpha", float(task.alpha()), n),
    ]
    return pd.DataFrame(rows, columns=AGREEMENT_COLUMNS).astype({"value": "float64", "n": "int64"})


def tone_agreement(path: str | Path | None = None, second: str | Path | None = None) -> pd.DataFrame:
    """Agreement of the two annotations of the tone sentences.

    Parameters
    ----------
    path : str or Path, optional
        The first labelling; default ``data/validation/tone.csv`` under the
        working directory.
    second : str or Path, optional
        The second labelling (columns ``sentence`` and ``label``, the same
        sentences); default ``data/validation/tone_second_annotator.csv``.

    Returns
    -------
    pandas.DataFrame
        As :func:`annotator_agreement`.

    Raises
    ------
    ValueError
        When the second file is missing, lacks a column or does not label
        exactly the sentences of the first.
    """
    first = load_tone_labels(path)
    second_path = Path(second) if second is not None else _DEFAULT_SECOND
    if not second_path.is_file():
        raise ValueError(f"{second_path}: second annotation not found; pass second=")
    other = pd.read_csv(second_path, dtype=str, keep_default_na=False)
    missing = {"sentence", "label"} - set(other.columns)
    if missing:
        raise ValueError(f"{second_path}: missing column(s) {', '.join(sorted(missing))}")
    labels = dict(zip(other["sentence"], other["label"], strict=True))
    if set(labels) != set(first["sentence"]) or len(other) != len(first):
        raise ValueError(f"{second_path}: does not label exactly the sentences of the first file")
    return annotator_agreement(list(first["label"]), [labels[s] for s in first["sentence"]])


#: The sets labelled twice: (set, first labels, second labels, kind). The
#: first labels of the ``*_real`` sets are the settled ones (the first
#: annotator's own were not kept); those of heldout2 are the first
#: annotator's own (``*_annotator1.csv``), so its agreement is the raw one.
DOUBLE_LABELLED = [
    ("agency_real", "agency_real.csv", "agency_real_annotator2.csv", "events"),
    ("tolls_real", "tolls_real.csv", "tolls_real_annotator2.csv", "tolls"),
    ("sources_real", "sources_real.csv", "sources_real_annotator2.csv", "sources"),
    ("agency_heldout2", "agency_heldout2_annotator1.csv", "agency_heldout2_annotator2.csv", "events"),
    ("tolls_heldout2", "tolls_heldout2_annotator1.csv", "tolls_heldout2_annotator2.csv", "tolls"),
    ("sources_heldout2", "sources_heldout2_annotator1.csv", "sources_heldout2_annotator2.csv", "sources"),
]
#: The figures :func:`agreement_summary` keeps, per kind: (label, metric).
_SUMMARY_METRICS = {
    "events": [("events", "marked_by_both"), ("agent_group", "cohen_kappa"), ("negated", "cohen_kappa")],
    "tolls": [("items", "items_f1"), ("measure", "cohen_kappa"), ("victims", "cohen_kappa")],
    "sources": [("items", "items_f1"), ("kind", "cohen_kappa")],
}
#: Columns of :func:`agreement_summary`.
SUMMARY_COLUMNS = ["set", "first", "label", "metric", "value", "n"]


def agreement_summary(validation_dir: str | Path = Path("data") / "validation") -> pd.DataFrame:
    """The headline agreement figures of every set labelled twice (:data:`DOUBLE_LABELLED`).

    Events are compared with :func:`framing.validation.events.event_agreement`,
    tolls and attributions with :func:`framing.validation.reports.label_agreement`;
    a set whose files are absent is left out.

    Returns
    -------
    pandas.DataFrame
        ``set``, ``first`` (the file of the first labels: settled or raw),
        ``label``, ``metric``, ``value`` (float64, rounded to 3 places), ``n`` (int64).
    """
    from .events import event_agreement
    from .reports import label_agreement

    folder = Path(validation_dir)
    rows = []
    for name, first, second, kind in DOUBLE_LABELLED:
        if not ((folder / first).is_file() and (folder / second).is_file()):
            continue
        if kind == "events":
            table = event_agreement(folder / first, folder / second)
        else:
            table = label_agreement(folder / first, folder / second, kind=kind)
        cells = table.set_index(["label", "metric"])
        for label, metric in _SUMMARY_METRICS[kind]:
            value, n = cells.loc[(label, metric), ["value", "n"]]
            rows.append((name, first, label, metric, round(float(value), 3), int(n)))
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS).astype({"value": "float64", "n": "int64"})
