"""Accuracy of attributions, hedges and tolls on hand-written labelled sentences.

The labelled files (``data/validation/attributions.csv``, ``hedges.csv``,
``casualties.csv``) hold one row per expected item; a sentence with nothing
to find has one row with empty labels. Sentences are invented, not taken
from the study corpus. Each sentence is parsed on its own through
:func:`framing.parse` (cached) and the items found are compared with the
labels as multisets per sentence:

* attributions: (source head, reporting verb), case-folded;
* hedges: the canonical cue;
* casualties: (value, victims).

Each labelled row has a ``split``: ``dev`` sentences were written while the
rules were being built (so their scores are optimistic), ``heldout`` ones
were written afterwards, without running the rules on them, and their first
scores were recorded before any rule was changed. Metrics are reported per
``subset`` (``all``, ``dev``, ``heldout``); a file without a ``split``
column is all ``dev``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

from .metrics import precision_recall_f1

__all__ = [
    "METRIC_COLUMNS",
    "evaluate_attributions",
    "evaluate_casualties",
    "evaluate_hedges",
    "evaluate_sources",
    "score_items",
    "SUBSETS",
]

#: Columns of every ``evaluate_*`` table (``subset``: all, dev or heldout).
METRIC_COLUMNS = ["measure", "metric", "value", "n", "subset"]
#: Subsets scored, in order: every sentence, then each split.
SUBSETS = ("all", "dev", "heldout")


def _default(name: str) -> Path:
    return Path("data") / "validation" / name


def parse_sentences(sentences: list[str], cache_dir, model):
    import framing

    unique = list(dict.fromkeys(sentences))
    corpus = pd.DataFrame(
        {
            "article_id": [f"s{i:04d}" for i in range(len(unique))],
            "outlet": "validation",
            "date": "",
            "title": "",
            "url": "",
            "text": unique,
        }
    )
    parsed = framing.parse(corpus, cache_dir=cache_dir, model=model, progress=False)
    return dict(zip(unique, parsed.docs, strict=True))


def score_items(
    gold: dict[str, Counter], found: dict[str, Counter], measure: str, *, subset: str = "all"
) -> pd.DataFrame:
    """Micro precision, recall and F1 of per-sentence multisets of items.

    Returns rows ``(measure, metric, value, n, subset)``; ``n`` is the number
    of items found (precision), expected (recall) or sentences (F1).
    """
    tp = fp = fn = 0
    for sentence in gold:
        g, f = gold[sentence], found.get(sentence, Counter())
        hit = sum((g & f).values())
        tp += hit
        fp += sum(f.values()) - hit
        fn += sum(g.values()) - hit
    precision, recall, f1 = precision_recall_f1(tp, fp, fn)
    n = len(gold)
    return pd.DataFrame(
        [
            (measure, "precision", precision, tp + fp, subset),
            (measure, "recall", recall, tp + fn, subset),
            (measure, "f1", f1, n, subset),
        ],
        columns=METRIC_COLUMNS,
    )


def _splits(table: pd.DataFrame) -> dict[str, str]:
    """Split of each sentence (``dev`` when the file has no ``split`` column)."""
    if "split" not in table.columns:
        return dict.fromkeys(table["sentence"], "dev")
    splits = {}
    for row in table.itertuples(index=False):
        split = row.split or "dev"
        if splits.setdefault(row.sentence, split) != split:
            raise ValueError(
                f"validation sentence {row.sentence!r} is labelled both {splits[row.sentence]!r}"
                f" and {split!r}; give all its rows one split"
            )
    return splits


def _score_subsets(table, gold, found, measure) -> pd.DataFrame:
    splits = _splits(table)
    parts = [score_items(gold, found, measure, subset="all")]
    for subset in SUBSETS[1:]:
        mine = {s: items for s, items in gold.items() if splits.get(s) == subset}
        if mine:
            parts.append(score_items(mine, found, measure, subset=subset))
    return pd.concat(parts, ignore_index=True)


def items_by_sentence(table: pd.DataFrame, key) -> dict[str, Counter]:
    """``{sentence: Counter of key(row)}``; a row whose key is None adds its sentence with no item."""
    gold: dict[str, Counter] = {}
    for row in table.itertuples(index=False):
        items = gold.setdefault(row.sentence, Counter())
        item = key(row)
        if item is not None:
            items[item] += 1
    return gold


def evaluate_attributions(path=None, *, cache_dir=None, model=None, details: bool = False):
    """Precision/recall/F1 of :func:`framing.find_attributions` on (source head, verb).

    Returns the metrics table; with ``details=True`` also a per-sentence table
    of gold and found items.
    """
    from framing.sources import find_attributions

    table = pd.read_csv(path or _default("attributions.csv"), dtype=str, keep_default_na=False)
    gold = items_by_sentence(
        table, lambda r: (r.source_head.lower(), r.verb.lower()) if r.source_head else None
    )
    docs = parse_sentences(list(gold), cache_dir, model)
    found = {
        s: Counter((a.source_head.lower(), a.verb.lower()) for a in find_attributions(docs[s]))
        for s in gold
    }
    metrics = _score_subsets(table, gold, found, "attribution (source head + verb)")
    return _result(metrics, table, gold, found, details)


def evaluate_hedges(path=None, *, cache_dir=None, model=None, details: bool = False):
    """Precision/recall/F1 of :func:`framing.find_hedges` on the canonical cue."""
    from framing.hedging import find_hedges

    table = pd.read_csv(path or _default("hedges.csv"), dtype=str, keep_default_na=False)
    gold = items_by_sentence(table, lambda r: r.cue or None)
    docs = parse_sentences(list(gold), cache_dir, model)
    found = {s: Counter(h.cue for h in find_hedges(docs[s])) for s in gold}
    metrics = _score_subsets(table, gold, found, "hedge (cue)")
    return _result(metrics, table, gold, found, details)


#: Toll measures the casualty labels cover (``data/validation/casualties.csv``
#: labels people killed or harmed; counts of missing, displaced or detained
#: people are unlabelled there).
LABELLED_MEASURES = frozenset({"killed", "injured", "other"})


def evaluate_casualties(
    path=None, *, cache_dir=None, model=None, victims=None, details: bool = False
):
    """Precision/recall/F1 of :func:`framing.find_casualties` on (value, victims).

    ``victims``: the victim taxonomy (default the generic one, which the
    labels use). The labels were written when a toll meant people killed or
    harmed, so tolls of the measures they never label (missing, displaced,
    detained: :data:`LABELLED_MEASURES` leaves them out) are not scored.
    """
    from framing.casualties import find_casualties

    table = pd.read_csv(path or _default("casualties.csv"), dtype=str, keep_default_na=False)
    gold = items_by_sentence(table, lambda r: (int(r.value), r.victims) if r.value else None)
    docs = parse_sentences(list(gold), cache_dir, model)
    found = {
        s: Counter(
            (c.value, c.victims)
            for c in find_casualties(docs[s], victims=victims)
            if c.measure in LABELLED_MEASURES
        )
        for s in gold
    }
    metrics = _score_subsets(table, gold, found, "casualty (value + victims)")
    return _result(metrics, table, gold, found, details)


def _result(metrics, table, gold, found, details):
    if not details:
        return metrics
    splits = _splits(table)
    rows = [
        (
            s,
            splits[s],
            sorted(map(str, gold[s].elements())),
            sorted(map(str, found[s].elements())),
            gold[s] == found[s],
        )
        for s in gold
    ]
    return metrics, pd.DataFrame(rows, columns=["sentence", "split", "gold", "found", "correct"])


def evaluate_sources(validation_dir=None, *, cache_dir=None, model=None) -> pd.DataFrame:
    """All three evaluations in one tidy table (:data:`METRIC_COLUMNS`), per subset."""
    root = Path(validation_dir) if validation_dir is not None else Path("data") / "validation"
    return pd.concat(
        [
            evaluate_attributions(root / "attributions.csv", cache_dir=cache_dir, model=model),
            evaluate_hedges(root / "hedges.csv", cache_dir=cache_dir, model=model),
            evaluate_casualties(root / "casualties.csv", cache_dir=cache_dir, model=model),
        ],
        ignore_index=True,
    )
