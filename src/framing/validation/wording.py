"""Accuracy of the wording measures on hand-written labelled sentences.

Files (``data/validation/``), one invented sentence per row, none from the corpus:

* ``wording_actor_mentions.csv``: ``sentence_id, text, expected, note``;
  ``expected`` lists the actor labels :func:`framing.wording.find_actor_mentions`
  should return, ``|``-separated (empty: none; hard negatives).
* ``wording_event_labels.csv``: the same for event labels
  (:func:`framing.wording.find_event_labels`), as lexicon labels.

Both files have a ``split`` column: ``dev`` sentences were written while the
lexicons were being built and have been looked at to change them (their
scores are optimistic); ``heldout`` ones were written afterwards and never
used to change anything. Metrics are reported per ``subset`` (``all``,
``dev``, ``heldout``); a file without a ``split`` column is all ``dev``.

Matching is exact on the normalised label, counted as multisets per sentence:
a label found once but expected twice is one true positive and one false
negative.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

from ..parse import parse
from ..wording import find_actor_mentions, find_event_labels
from .metrics import precision_recall_f1

__all__ = ["METRIC_COLUMNS", "SUBSETS", "evaluate_actor_mentions", "evaluate_event_labels", "score_sets"]

#: Columns of every ``evaluate_*`` table (``subset``: all, dev or heldout).
METRIC_COLUMNS = ["measure", "metric", "value", "n", "subset"]
#: Subsets scored, in order: every sentence, then each split.
SUBSETS = ("all", "dev", "heldout")


def _read(path) -> pd.DataFrame:
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{path}: labelled sentences not found")
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = {"sentence_id", "text", "expected"} - set(table.columns)
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
    table = table.copy()
    table["split"] = table["split"].replace("", "dev") if "split" in table.columns else "dev"
    unknown = sorted(set(table["split"]) - set(SUBSETS[1:]))
    if unknown:
        raise ValueError(f"{path}: split must be dev or heldout, got {', '.join(map(repr, unknown))}")
    return table


def _docs(table: pd.DataFrame, cache_dir, model):
    corpus = pd.DataFrame(
        {
            "article_id": table["sentence_id"],
            "outlet": "validation",
            "date": "",
            "title": "",
            "url": "",
            "text": table["text"],
        }
    )
    return parse(corpus, cache_dir=cache_dir, model=model, progress=False).docs


def score_sets(
    expected: list[list[str]], predicted: list[list[str]], *, measure: str, subset: str = "all"
) -> pd.DataFrame:
    """Micro precision, recall and F1 of predicted label multisets, plus the
    share of hard negatives (nothing expected) with nothing predicted.

    Returns rows ``(measure, metric, value, n, subset)`` (:data:`METRIC_COLUMNS`).
    """
    tp = fp = fn = 0
    negatives = clean_negatives = 0
    for gold, found in zip(expected, predicted, strict=True):
        gold_c, found_c = Counter(gold), Counter(found)
        hit = sum((gold_c & found_c).values())
        tp += hit
        fp += sum(found_c.values()) - hit
        fn += sum(gold_c.values()) - hit
        if not gold:
            negatives += 1
            clean_negatives += not found
    precision, recall, f1 = precision_recall_f1(tp, fp, fn)
    rows = [
        (measure, "precision", precision, tp + fp, subset),
        (measure, "recall", recall, tp + fn, subset),
        (measure, "f1", f1, tp + fn, subset),
        (
            measure,
            "negatives_clean",
            clean_negatives / negatives if negatives else float("nan"),
            negatives,
            subset,
        ),
    ]
    return pd.DataFrame(rows, columns=METRIC_COLUMNS).astype({"value": "float64", "n": "int64"})


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


def _score_subsets(table: pd.DataFrame, predicted: list[list[str]], measure: str) -> pd.DataFrame:
    """:func:`score_sets` on every sentence, then on each split that has sentences."""
    expected = [_split(e) for e in table["expected"]]
    parts = [score_sets(expected, predicted, measure=measure, subset="all")]
    for subset in SUBSETS[1:]:
        mine = [i for i, split in enumerate(table["split"]) if split == subset]
        if mine:
            parts.append(
                score_sets([expected[i] for i in mine], [predicted[i] for i in mine], measure=measure, subset=subset)
            )
    return pd.concat(parts, ignore_index=True)


def evaluate_actor_mentions(path, *, cache_dir=None, model=None, actors=None) -> pd.DataFrame:
    """Precision / recall / F1 of actor labels on labelled sentences.

    Parameters
    ----------
    path : str or Path
        ``data/validation/wording_actor_mentions.csv``.
    cache_dir : str or Path, optional
        Parse cache (passed to :func:`framing.parse`).
    model : str, optional
    actors : taxonomy source, optional
        Only affects ``actor_group``, which is not scored here.

    Returns
    -------
    pandas.DataFrame
        ``measure`` (``actor_mentions``), ``metric`` (precision, recall, f1,
        negatives_clean), ``value`` (float64), ``n`` (int64), ``subset``
        (``all``, then ``dev`` and ``heldout`` when the file has such rows).
    """
    table = _read(path)
    docs = _docs(table, cache_dir, model)
    predicted = [[m.label for m in find_actor_mentions(doc, actors=actors)] for doc in docs]
    return _score_subsets(table, predicted, "actor_mentions")


def evaluate_event_labels(path, *, cache_dir=None, model=None) -> pd.DataFrame:
    """Precision / recall / F1 of event labels on labelled sentences.

    Returns
    -------
    pandas.DataFrame
        ``measure`` (``event_labels``), then as :func:`evaluate_actor_mentions`.
    """
    table = _read(path)
    docs = _docs(table, cache_dir, model)
    predicted = [[m.label for m in find_event_labels(doc)] for doc in docs]
    return _score_subsets(table, predicted, "event_labels")
