"""Agreement of two annotators on every validation set labelled twice, in one table.

The per-kind comparisons live beside their labels (events in
:mod:`framing.validation.events`, tolls and attributions in
:mod:`framing.validation.reports`); this module only gathers their headline
figures for the README and notebook 07.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .events import event_agreement
from .reports import label_agreement

__all__ = ["DOUBLE_LABELLED", "SUMMARY_COLUMNS", "agreement_summary"]


#: The sets labelled twice: (set, first labels, second labels, kind). The
#: first labels of the ``*_real`` sets are the settled ones (the first
#: annotator's own were not kept); those of heldout2 and heldout4 to heldout8 are the
#: first annotator's own (``*_annotator1.csv``), so their agreement is the raw one.
DOUBLE_LABELLED = [
    ("agency_real", "agency_real.csv", "agency_real_annotator2.csv", "events"),
    ("tolls_real", "tolls_real.csv", "tolls_real_annotator2.csv", "tolls"),
    ("sources_real", "sources_real.csv", "sources_real_annotator2.csv", "sources"),
    ("agency_heldout2", "agency_heldout2_annotator1.csv", "agency_heldout2_annotator2.csv", "events"),
    ("tolls_heldout2", "tolls_heldout2_annotator1.csv", "tolls_heldout2_annotator2.csv", "tolls"),
    ("sources_heldout2", "sources_heldout2_annotator1.csv", "sources_heldout2_annotator2.csv", "sources"),
    ("agency_heldout4", "agency_heldout4_annotator1.csv", "agency_heldout4_annotator2.csv", "events"),
    ("tolls_heldout4", "tolls_heldout4_annotator1.csv", "tolls_heldout4_annotator2.csv", "tolls"),
    ("sources_heldout4", "sources_heldout4_annotator1.csv", "sources_heldout4_annotator2.csv", "sources"),
    ("agency_heldout5", "agency_heldout5_annotator1.csv", "agency_heldout5_annotator2.csv", "events"),
    ("tolls_heldout5", "tolls_heldout5_annotator1.csv", "tolls_heldout5_annotator2.csv", "tolls"),
    ("sources_heldout5", "sources_heldout5_annotator1.csv", "sources_heldout5_annotator2.csv", "sources"),
    ("agency_heldout6", "agency_heldout6_annotator1.csv", "agency_heldout6_annotator2.csv", "events"),
    ("tolls_heldout6", "tolls_heldout6_annotator1.csv", "tolls_heldout6_annotator2.csv", "tolls"),
    ("sources_heldout6", "sources_heldout6_annotator1.csv", "sources_heldout6_annotator2.csv", "sources"),
    ("agency_heldout7", "agency_heldout7_annotator1.csv", "agency_heldout7_annotator2.csv", "events"),
    ("tolls_heldout7", "tolls_heldout7_annotator1.csv", "tolls_heldout7_annotator2.csv", "tolls"),
    ("sources_heldout7", "sources_heldout7_annotator1.csv", "sources_heldout7_annotator2.csv", "sources"),
    ("agency_heldout8", "agency_heldout8_annotator1.csv", "agency_heldout8_annotator2.csv", "events"),
    ("tolls_heldout8", "tolls_heldout8_annotator1.csv", "tolls_heldout8_annotator2.csv", "tolls"),
    ("sources_heldout8", "sources_heldout8_annotator1.csv", "sources_heldout8_annotator2.csv", "sources"),
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
