"""Harm events and their agent groups on sentences written in the shapes of real reports.

``data/validation/agency_real.csv`` holds sentences written after reading real
reports of many violent events (wire copy, newspapers, NGO releases; the
URLs and the shapes noted are in ``agency_real_sources.md``), with invented
names, labelled one row per harm event before the rules were run on them, by
two annotators working apart (``agency_real_annotator2.csv`` is the second;
``agency_real_guidelines.md`` the rules both followed). Its own actor
taxonomy (``agency_real_actors.csv``) names the invented sides.

The headline numbers are the ones the agency issue asks for: the agent
group of a harm event where the text names an agent, and over every event.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ..actors import load_actors
from ..agency import find_harm_events
from ..parse import parse
from .agreement import annotator_agreement
from .metrics import precision_recall_f1

__all__ = [
    "EVENT_LABEL_COLUMNS",
    "RESERVED_GROUPS",
    "evaluate_events",
    "event_agreement",
    "load_event_labels",
    "match_events",
    "predict_events",
]

#: Columns of a labelled events file, one row per harm event (an empty
#: trigger: a sentence with no harm event).
EVENT_LABEL_COLUMNS = ["item_id", "sentence", "trigger", "agent", "agent_group", "negated", "cause"]

#: agent_group values that are not taxonomy groups: no agent named (``none``),
#: a named agent no group fits (``other``), an act between named sides
#: (``mutual``), an agent named only by a pronoun (``pronoun``).
RESERVED_GROUPS = ("none", "other", "mutual", "pronoun")

_WORD = re.compile(r"[a-z]+")


def load_event_labels(path: str | Path) -> pd.DataFrame:
    """Read a labelled events file (:data:`EVENT_LABEL_COLUMNS`, plus ``split`` when present).

    Raises
    ------
    ValueError
        Naming the file when it is missing or lacks a column, or a row whose
        ``negated`` is not true/false.
    """
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{path}: labelled events file not found")
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in EVENT_LABEL_COLUMNS if c not in table.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    bad = ~table["negated"].str.lower().isin(["true", "false"])
    if bad.any():
        row = int(bad.to_numpy().nonzero()[0][0]) + 2
        raise ValueError(f"{path}, row {row}: negated must be true or false")
    table["negated"] = table["negated"].str.lower() == "true"
    return table


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def match_events(gold: list[dict], predicted: list[dict]) -> tuple[list[tuple], list[dict], list[dict]]:
    """Pair the gold and predicted events of one sentence by their trigger words.

    A pair shares a word of the trigger ("opened fire" and "fire"), taken in
    sentence order, each event at most once. Returns the pairs, the gold
    events left unmatched (misses) and the predicted ones left (false alarms).
    """
    left = list(predicted)
    pairs, missed = [], []
    for event in gold:
        words = _words(event["trigger"])
        hit = next((p for p in left if words & _words(p["trigger"])), None)
        if hit is None:
            missed.append(event)
        else:
            pairs.append((event, hit))
            left.remove(hit)
    return pairs, missed, left


def predict_events(labels: pd.DataFrame, *, actors, **parse_kwargs) -> dict[str, list[dict]]:
    """The harm events framing finds in each labelled sentence, by ``item_id``."""
    items = labels.drop_duplicates("item_id")[["item_id", "sentence"]]
    corpus = pd.DataFrame({"article_id": items["item_id"], "outlet": "validation", "text": items["sentence"]})
    parsed = parse(corpus, progress=False, **parse_kwargs)
    taxonomy = load_actors(actors)
    found = {}
    for article, doc in parsed:
        found[article.article_id] = [
            {
                "trigger": event.trigger,
                "agent": event.agent,
                "agent_group": event.agent_group,
                "negated": bool(getattr(event, "negated", False)),
                "cause": getattr(event, "cause", ""),
            }
            for event in find_harm_events(doc, actors=taxonomy)
        ]
    return found


def evaluate_events(path: str | Path, *, actors: str | Path | pd.DataFrame, **parse_kwargs) -> pd.DataFrame:
    """Harm-event detection and agent groups against the labels of ``path``.

    Parameters
    ----------
    path : str or Path
        A labelled events file (:func:`load_event_labels`) with a ``split``
        column (``dev`` | ``test``).
    actors : str, Path or DataFrame
        The taxonomy the labels' groups come from.
    **parse_kwargs
        Passed to :func:`framing.parse` (``cache_dir=`` ...).

    Returns
    -------
    pandas.DataFrame
        ``measure`` (``harm_event_real``), ``metric`` (``precision``,
        ``recall``, ``f1`` of the triggers; ``agent_group_accuracy_named``
        over matched events whose label names an agent;
        ``agent_group_accuracy`` over every matched event; ``negated_accuracy``;
        ``cause_accuracy``), ``value`` (float64), ``n`` (int64: the events
        the value is computed over), ``subset`` (``all``, ``dev``, ``test``).

    Notes
    -----
    A reserved label (``mutual``, ``pronoun``) is right only when framing
    gives the same reserved group. Accuracy is over events both the labels
    and framing found; misses and false alarms count in recall and precision.
    """
    labels = load_event_labels(path)
    predicted = predict_events(labels, actors=actors, **parse_kwargs)
    rows = []
    for subset in ("all", "dev", "test"):
        part = labels if subset == "all" else labels[labels["split"] == subset]
        found = []
        tp = fp = fn = 0
        pairs = []
        for item_id, events in part.groupby("item_id", sort=False):
            gold = [e for e in events.to_dict("records") if e["trigger"]]
            matched, missed, extra = match_events(gold, predicted.get(item_id, []))
            tp, fn, fp = tp + len(matched), fn + len(missed), fp + len(extra)
            pairs.extend(matched)
        precision, recall, f1 = precision_recall_f1(tp, fp, fn)
        found += [("precision", precision, tp + fp), ("recall", recall, tp + fn), ("f1", f1, tp + fn)]
        named = [(g, p) for g, p in pairs if g["agent_group"] != "none"]
        for metric, chosen, same in (
            ("agent_group_accuracy_named", named, lambda g, p: g["agent_group"] == p["agent_group"]),
            ("agent_group_accuracy", pairs, lambda g, p: g["agent_group"] == p["agent_group"]),
            ("negated_accuracy", pairs, lambda g, p: g["negated"] == p["negated"]),
            ("cause_accuracy", pairs, lambda g, p: g["cause"].lower() == str(p["cause"]).lower()),
        ):
            hits = sum(same(g, p) for g, p in chosen)
            found.append((metric, hits / len(chosen) if chosen else float("nan"), len(chosen)))
        rows += [("harm_event_real", metric, value, n, subset) for metric, value, n in found]
    table = pd.DataFrame(rows, columns=["measure", "metric", "value", "n", "subset"])
    return table.astype({"value": "float64", "n": "int64"})


def event_agreement(first: str | Path, second: str | Path) -> pd.DataFrame:
    """Agreement of two annotators' event labels of the same sentences.

    Events are paired by trigger word within a sentence (:func:`match_events`);
    ``events_both`` is the share of events either annotator marked that both
    did. Agent groups, negation and causes are compared on the events both
    marked, with Cohen's kappa and Krippendorff's alpha (nltk).

    Returns
    -------
    pandas.DataFrame
        ``label`` (``events``, ``agent_group``, ``negated``, ``cause``),
        ``metric``, ``value`` (float64), ``n`` (int64).
    """
    one, two = load_event_labels(first), load_event_labels(second)
    if set(one["item_id"]) != set(two["item_id"]):
        raise ValueError(f"{first} and {second} do not label the same sentences")
    by_item = {item: group.to_dict("records") for item, group in two.groupby("item_id", sort=False)}
    pairs, only_one, only_two = [], 0, 0
    for item_id, events in one.groupby("item_id", sort=False):
        gold = [e for e in events.to_dict("records") if e["trigger"]]
        other = [e for e in by_item[item_id] if e["trigger"]]
        matched, missed, extra = match_events(gold, other)
        pairs.extend(matched)
        only_one, only_two = only_one + len(missed), only_two + len(extra)
    either = len(pairs) + only_one + only_two
    rows = [
        ("events", "marked_by_both", len(pairs) / either if either else float("nan"), either),
        ("events", "only_first", float(only_one), either),
        ("events", "only_second", float(only_two), either),
    ]
    for label, value in (
        ("agent_group", lambda e: e["agent_group"]),
        ("negated", lambda e: str(e["negated"])),
        ("cause", lambda e: e["cause"].lower() or "-"),
    ):
        scores = annotator_agreement([value(a) for a, _ in pairs], [value(b) for _, b in pairs])
        rows += [(label, metric, float(v), int(n)) for metric, v, n in scores.itertuples(index=False)]
    table = pd.DataFrame(rows, columns=["label", "metric", "value", "n"])
    return table.astype({"value": "float64", "n": "int64"})
