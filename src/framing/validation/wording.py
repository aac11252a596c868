"""Accuracy of the wording measures on hand-written labelled sentences.

Files (``data/validation/``), one invented sentence per row, none from the corpus:

* ``wording_actor_mentions.csv``: ``sentence_id, text, expected, note``;
  ``expected`` lists the actor labels :func:`framing.wording.find_actor_mentions`
  should return, ``|``-separated (empty: none; hard negatives).
* ``wording_event_labels.csv``: the same for event labels
  (:func:`framing.wording.find_event_labels`), as lexicon labels.

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

__all__ = ["METRIC_COLUMNS", "evaluate_actor_mentions", "evaluate_event_labels", "score_sets"]

#: Columns of every ``evaluate_*`` table.
METRIC_COLUMNS = ["measure", "metric", "value", "n"]


def _read(path) -> pd.DataFrame:
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{path}: labelled sentences not found")
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = {"sentence_id", "text", "expected"} - set(table.columns)
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
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
    expected: list[list[str]], predicted: list[list[str]], *, measure: str
) -> pd.DataFrame:
    """Micro precision, recall and F1 of predicted label multisets, plus the
    share of hard negatives (nothing expected) with nothing predicted."""
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
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else float("nan")
    rows = [
        (measure, "precision", precision, tp + fp),
        (measure, "recall", recall, tp + fn),
        (measure, "f1", f1, tp + fn),
        (
            measure,
            "negatives_clean",
            clean_negatives / negatives if negatives else float("nan"),
            negatives,
        ),
    ]
    return pd.DataFrame(rows, columns=METRIC_COLUMNS).astype({"value": "float64", "n": "int64"})


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


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
        ``measure`` (``actor_mentions``), ``metric``, ``value``, ``n``.
    """
    table = _read(path)
    docs = _docs(table, cache_dir, model)
    predicted = [[m.label for m in find_actor_mentions(doc, actors=actors)] for doc in docs]
    return score_sets([_split(e) for e in table["expected"]], predicted, measure="actor_mentions")


def evaluate_event_labels(path, *, cache_dir=None, model=None) -> pd.DataFrame:
    """Precision / recall / F1 of event labels on labelled sentences.

    Returns
    -------
    pandas.DataFrame
        ``measure`` (``event_labels``), ``metric``, ``value``, ``n``.
    """
    table = _read(path)
    docs = _docs(table, cache_dir, model)
    predicted = [[m.label for m in find_event_labels(doc)] for doc in docs]
    return score_sets([_split(e) for e in table["expected"]], predicted, measure="event_labels")
