"""Tolls and attributions on sentences written in the shapes of real reports.

``data/validation/tolls_real.csv`` and ``sources_real.csv`` hold sentences
written after reading real reports of many events (the URLs and the shapes
noted are in ``tolls_sources_real_sources.md``), with invented names and
numbers, labelled before any rule was run on them, by two annotators working
apart (``*_annotator2.csv``; ``tolls_sources_real_guidelines.md`` are the rules
both followed). ``tolls_real_victims.csv`` is the victims taxonomy the
guidelines' groups imply, written from the guidelines alone.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

from ..casualties import find_casualties, load_victims
from ..sources.acts import find_reporting_acts
from .agreement import annotator_agreement
from .sources import METRIC_COLUMNS, items_by_sentence, parse_sentences, score_items

__all__ = ["evaluate_sources_real", "evaluate_tolls_real", "label_agreement"]

_SUBSETS = ("all", "dev", "test")


def _read(path: str | Path, required: list[str]) -> pd.DataFrame:
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{path}: labelled file not found")
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in required if c not in table.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    return table


def _score(table: pd.DataFrame, gold: dict, found: dict, measure: str) -> list[pd.DataFrame]:
    splits = dict(zip(table["sentence"], table["split"], strict=False)) if "split" in table else {}
    parts = []
    for subset in _SUBSETS:
        mine = gold if subset == "all" else {s: v for s, v in gold.items() if splits.get(s) == subset}
        if mine:
            parts.append(score_items(mine, found, measure, subset=subset))
    return parts


def _toll_key(row) -> tuple | None:
    return (int(row.value), row.victims, row.measure) if row.value else None


def evaluate_tolls_real(
    path: str | Path, *, victims: str | Path | pd.DataFrame | None = None, cache_dir=None, model=None
) -> pd.DataFrame:
    """Precision/recall/F1 of :func:`framing.find_casualties` on labelled tolls.

    Scored twice: on (value, victims), the items the older validation set
    scores, and on (value, victims, measure), which also asks whether the
    dead are told apart from the injured, missing, displaced and detained (a
    toll framing gives no measure for is counted as ``killed`` only if the
    record has no ``measure`` field).

    Returns
    -------
    pandas.DataFrame
        :data:`framing.validation.sources.METRIC_COLUMNS`; ``measure`` is
        ``casualty_real (value + victims)`` or
        ``casualty_real_measure (value + victims + measure)``,
        ``subset`` ``all``, ``dev`` or ``test``.
    """
    table = _read(path, ["sentence", "value", "victims", "measure", "split"])
    taxonomy = load_victims(victims)
    docs = parse_sentences(list(dict.fromkeys(table["sentence"])), cache_dir, model)
    records = {s: find_casualties(doc, victims=taxonomy) for s, doc in docs.items()}
    parts = []
    for measure, key, found_key in (
        (
            "casualty_real (value + victims)",
            lambda r: (int(r.value), r.victims) if r.value else None,
            lambda c: (c.value, c.victims),
        ),
        (
            "casualty_real_measure (value + victims + measure)",
            _toll_key,
            lambda c: (c.value, c.victims, getattr(c, "measure", "killed")),
        ),
    ):
        gold = items_by_sentence(table, key)
        found = {s: Counter(found_key(c) for c in records[s]) for s in gold}
        parts += _score(table, gold, found, measure)
    return pd.concat(parts, ignore_index=True)[METRIC_COLUMNS]


def evaluate_sources_real(path: str | Path, *, cache_dir=None, model=None) -> pd.DataFrame:
    """Precision/recall/F1 of the guidelines' reporting acts on (source head, verb).

    The acts scored are :func:`framing.sources.acts.find_reporting_acts`: the
    attributions :func:`framing.find_attributions` finds, narrowed by the rules
    of that function to what the guidelines call a reporting act (a clause,
    quotation or figure reported, a non-clausal attribution, the sentence's own
    frame). The scorer itself drops nothing: every act the rules give is
    compared with the labels, and every label missed counts.
    """
    table = _read(path, ["sentence", "source_head", "verb", "split"])
    gold = items_by_sentence(table, lambda r: (r.source_head.lower(), r.verb.lower()) if r.source_head else None)
    docs = parse_sentences(list(gold), cache_dir, model)
    found = {s: Counter((a.source_head.lower(), a.verb.lower()) for a in find_reporting_acts(docs[s])) for s in gold}
    return pd.concat(_score(table, gold, found, "attribution_real (source head + verb)"), ignore_index=True)[
        METRIC_COLUMNS
    ]


def label_agreement(first: str | Path, second: str | Path, *, kind: str) -> pd.DataFrame:
    """Agreement of two annotators' toll or attribution labels of the same sentences.

    Items are compared as per-sentence multisets: ``items_f1`` is the F1 of
    the second annotator's items against the first's (tolls: value, victims,
    measure; attributions: source head, verb). On the items both gave with the
    same value (tolls) or head and verb (attributions), the categorical labels
    (tolls: qualifier, measure, victims; attributions: kind) are compared with
    Cohen's kappa and Krippendorff's alpha.

    Parameters
    ----------
    kind : {"tolls", "sources"}

    Returns
    -------
    pandas.DataFrame
        ``label``, ``metric``, ``value`` (float64), ``n`` (int64).
    """
    if kind == "tolls":
        columns, key, labels = ["sentence", "value", "victims", "measure", "qualifier"], _toll_key, [
            "qualifier",
            "measure",
            "victims",
        ]
        anchor = lambda r: r.value or None  # noqa: E731 - a small key, read beside the others
    elif kind == "sources":
        columns, labels = ["sentence", "source_head", "verb", "kind"], ["kind"]
        key = lambda r: (r.source_head.lower(), r.verb.lower()) if r.source_head else None  # noqa: E731
        anchor = key
    else:
        raise ValueError(f"kind must be 'tolls' or 'sources', got {kind!r}")
    one, two = _read(first, columns), _read(second, columns)
    if set(one["sentence"]) != set(two["sentence"]):
        raise ValueError(f"{first} and {second} do not label the same sentences")
    scores = score_items(items_by_sentence(one, key), items_by_sentence(two, key), "items", subset="all")
    rows = [("items", "items_f1", float(scores.loc[scores.metric == "f1", "value"].iloc[0]), len(one))]
    # pair rows by sentence and anchor (value, or head + verb), in order
    pairs = []
    remaining = {}
    for row in two.itertuples(index=False):
        if anchor(row) is not None:
            remaining.setdefault((row.sentence, anchor(row)), []).append(row)
    for row in one.itertuples(index=False):
        others = remaining.get((row.sentence, anchor(row))) if anchor(row) is not None else None
        if others:
            pairs.append((row, others.pop(0)))
    for label in labels:
        if not pairs:
            break
        first_labels, second_labels = [getattr(a, label) for a, _ in pairs], [getattr(b, label) for _, b in pairs]
        if len(set(first_labels) | set(second_labels)) < 2:
            # one label throughout: agreement by chance is 1, so kappa and alpha are undefined
            rows.append((label, "observed_agreement", 1.0, len(pairs)))
            continue
        table = annotator_agreement(first_labels, second_labels)
        rows += [(label, metric, float(v), int(n)) for metric, v, n in table.itertuples(index=False)]
    return pd.DataFrame(rows, columns=["label", "metric", "value", "n"]).astype({"value": "float64", "n": "int64"})
