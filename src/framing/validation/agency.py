"""Accuracy of passive detection and harm events on labelled sentences.

``data/validation/agency.csv`` holds English sentences written for this
purpose (invented places and actors, none from the study corpus), one per
row, with columns:

``item_id``
    a unique id;
``sentence``
    the sentence;
``passives``
    every passive participle, as ``verb|construction|agent_head`` items
    joined by ``;`` (construction ``be`` | ``get`` | ``reduced``; agent head
    "" when there is no by-agent); "" when the sentence has none. Hard
    negatives (stative participles, prenominal participles, active perfects)
    have "";
``harm_events``
    every harm-event trigger, as ``trigger|form|agent_head`` items joined by
    ``;`` (form ``active`` | ``passive`` | ``nominal`` | ``adjectival``;
    agent head "" when no agent is expressed);
``split``
    ``dev`` (written and inspected while the rules were developed) or
    ``test`` (written before the rules were run on them, and not used to
    change them).

Labels follow what the grammar expresses: the agent of "accused of killing"
is the accused; an agent named in another sentence is "". Predicted and gold
items are paired by their word (case-insensitive) within a sentence.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

from .metrics import precision_recall_f1

__all__ = [
    "METRIC_COLUMNS",
    "agency_predictions",
    "compare_passivepy",
    "compare_passivepy_corpus",
    "evaluate_agency",
    "load_agency_labels",
    "load_passivepy_predictions",
    "passivepy_predictions_on_labels",
]

#: Columns of :func:`evaluate_agency`.
METRIC_COLUMNS = ["measure", "metric", "value", "n", "subset"]
_DEFAULT_PATH = Path("data") / "validation" / "agency.csv"
_CONSTRUCTIONS = {"be", "get", "reduced"}
_FORMS = {"active", "passive", "nominal", "adjectival"}


def _items(text: str, allowed: set[str], where: str) -> list[tuple[str, str, str]]:
    items = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        fields = [f.strip() for f in part.split("|")]
        if len(fields) != 3 or not fields[0] or fields[1] not in allowed:
            raise ValueError(
                f"{where}: item {part!r} is not word|{'/'.join(sorted(allowed))}|agent_head"
            )
        items.append((fields[0], fields[1], fields[2]))
    return items


def load_agency_labels(path: str | Path | None = None) -> pd.DataFrame:
    """Read and check the labelled sentences.

    Raises
    ------
    ValueError
        Naming the file and row of a missing column, an empty or duplicated
        sentence, or a malformed item.
    """
    path = Path(path) if path is not None else _DEFAULT_PATH
    if not path.is_file():
        raise ValueError(
            f"{path}: agency validation file not found; pass path= (data/validation/agency.csv)"
        )
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = {"item_id", "sentence", "passives", "harm_events", "split"} - set(table.columns)
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
    for row_no, row in enumerate(table.itertuples(index=False), start=2):
        where = f"{path}, row {row_no}"
        if not row.sentence.strip():
            raise ValueError(f"{where}: empty sentence")
        if row.split not in {"dev", "test"}:
            raise ValueError(f"{where}: split {row.split!r} is not dev or test")
        _items(row.passives, _CONSTRUCTIONS, where)
        _items(row.harm_events, _FORMS, where)
    for column in ("item_id", "sentence"):
        duplicated = table[column].duplicated()
        if duplicated.any():
            raise ValueError(
                f"{path}: duplicated {column} {table.loc[duplicated, column].iloc[0]!r}"
            )
    return table


def _pair(
    gold: list[tuple], predicted: list[tuple]
) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """Matched (gold, predicted) pairs, unmatched gold, unmatched predicted, by word."""
    left = list(predicted)
    matched, missed = [], []
    for item in gold:
        hit = next((p for p in left if p[0].lower() == item[0].lower()), None)
        if hit is None:
            missed.append(item)
        else:
            matched.append((item, hit))
            left.remove(hit)
    return matched, missed, left


def agency_predictions(
    path: str | Path | None = None, *, actors=None, **parse_kwargs
) -> pd.DataFrame:
    """Gold and predicted items side by side, one row per item.

    Parameters
    ----------
    path : str or Path, optional
        Default ``data/validation/agency.csv``.
    actors : optional
        Taxonomy passed to :func:`framing.harm_events` (agent heads do not
        depend on it, except compound agents such as "police crackdown").
    **parse_kwargs
        Passed to :func:`framing.parse` (``cache_dir=`` ...).

    Returns
    -------
    pandas.DataFrame
        ``item_id``, ``split``, ``sentence``, ``measure`` (``passive`` |
        ``harm_event``), ``word``, ``status`` (``tp`` | ``fn`` | ``fp``),
        ``gold_label``, ``pred_label`` (construction or form),
        ``gold_agent``, ``pred_agent`` (agent heads), all str.
    """
    import framing

    labels = load_agency_labels(path)
    corpus = pd.DataFrame(
        {"article_id": labels["item_id"], "outlet": "validation", "text": labels["sentence"]}
    )
    corpus = framing.load_corpus(corpus, clean=False)
    parsed = framing.parse(corpus, progress=False, **parse_kwargs)
    rows = []
    for (_article, doc), label in zip(parsed, labels.itertuples(index=False), strict=True):
        predicted_passives = [
            (p.verb, p.construction, p.agent_head) for p in framing.find_passives(doc)
        ]
        predicted_events = [
            (e.trigger, e.form, e.agent_head)
            for e in framing.find_harm_events(doc, actors=actors, context=False)
        ]
        for measure, gold, predicted in (
            ("passive", _items(label.passives, _CONSTRUCTIONS, label.item_id), predicted_passives),
            ("harm_event", _items(label.harm_events, _FORMS, label.item_id), predicted_events),
        ):
            matched, missed, extra = _pair(gold, predicted)
            base = (label.item_id, label.split, label.sentence, measure)
            rows += [(*base, g[0], "tp", g[1], p[1], g[2], p[2]) for g, p in matched]
            rows += [(*base, g[0], "fn", g[1], "", g[2], "") for g in missed]
            rows += [(*base, p[0], "fp", "", p[1], "", p[2]) for p in extra]
    columns = [
        "item_id",
        "split",
        "sentence",
        "measure",
        "word",
        "status",
        "gold_label",
        "pred_label",
        "gold_agent",
        "pred_agent",
    ]
    return pd.DataFrame(rows, columns=columns)


def _prf(table: pd.DataFrame) -> list[tuple[str, float, int]]:
    counts = Counter(table["status"])
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision, recall, f1 = precision_recall_f1(tp, fp, fn)
    return [
        ("precision", precision, tp + fp),
        ("recall", recall, tp + fn),
        ("f1", f1, tp + fp + fn),
    ]


def evaluate_agency(
    path: str | Path | None = None,
    *,
    predictions: pd.DataFrame | None = None,
    passivepy: pd.DataFrame | None = None,
    **kwargs,
) -> pd.DataFrame:
    """Precision, recall and F1 of detection; accuracy of construction, form and agent head.

    Parameters
    ----------
    path : str or Path, optional
        Default ``data/validation/agency.csv``.
    predictions : pandas.DataFrame, optional
        An :func:`agency_predictions` table (computed when absent).
    passivepy : pandas.DataFrame, optional
        :func:`load_passivepy_predictions` output: adds precision, recall
        and F1 of PassivePy (measure ``passivepy_passive``) on the same items.
    **kwargs
        Passed to :func:`agency_predictions` (``cache_dir=``, ``actors=``).

    Returns
    -------
    pandas.DataFrame
        ``measure`` (``passive`` | ``harm_event`` | ``passivepy_passive``), ``metric``
        (``precision``, ``recall``, ``f1``, ``construction_accuracy`` or
        ``form_accuracy``, ``agent_head_accuracy``), ``value`` (float64),
        ``n`` (int64: items the value is computed over), ``subset``
        (``all``, ``dev``, ``test``). Accuracies are over matched (true
        positive) items; agent-head accuracy compares lower-cased heads, ""
        (no agent) included.
    """
    if predictions is None:
        predictions = agency_predictions(path, **kwargs)
    if passivepy is not None:
        predictions = pd.concat(
            [predictions, passivepy_predictions_on_labels(predictions, passivepy)]
        )
    rows = []
    for subset in ("all", "dev", "test"):
        part = predictions if subset == "all" else predictions[predictions["split"] == subset]
        if len(part) == 0:
            continue
        table = part[part["measure"] == "passivepy_passive"]
        if len(table):
            rows += [
                ("passivepy_passive", metric, value, n, subset) for metric, value, n in _prf(table)
            ]
        for measure, label_metric in (
            ("passive", "construction_accuracy"),
            ("harm_event", "form_accuracy"),
        ):
            table = part[part["measure"] == measure]
            for metric, value, n in _prf(table):
                rows.append((measure, metric, value, n, subset))
            matched = table[table["status"] == "tp"]
            n = len(matched)
            same_label = (
                (matched["gold_label"] == matched["pred_label"]).mean() if n else float("nan")
            )
            same_agent = (
                (matched["gold_agent"].str.lower() == matched["pred_agent"].str.lower()).mean()
                if n
                else float("nan")
            )
            rows.append((measure, label_metric, float(same_label), n, subset))
            rows.append((measure, "agent_head_accuracy", float(same_agent), n, subset))
    out = pd.DataFrame(rows, columns=METRIC_COLUMNS)
    return out.astype({"value": "float64", "n": "int64"})


_PASSIVEPY_PATH = Path("data") / "validation" / "passivepy_predictions.csv"


def load_passivepy_predictions(path: str | Path | None = None) -> pd.DataFrame:
    """Read PassivePy's predictions written by ``benchmarks/passivepy_compare.py``.

    Columns as documented in that script; ``sent_id``, ``start_char`` and
    ``end_char`` are int64 (-1 on rows for sentences without a match).
    """
    path = Path(path) if path is not None else _PASSIVEPY_PATH
    if not path.is_file():
        raise ValueError(
            f"{path}: not found; run benchmarks/passivepy_compare.py (see its docstring)"
        )
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    return table.astype({"sent_id": "int64", "start_char": "int64", "end_char": "int64"})


def passivepy_predictions_on_labels(
    predictions: pd.DataFrame, passivepy: pd.DataFrame | None = None
) -> pd.DataFrame:
    """PassivePy's passive items paired with the gold labels, in the layout of
    :func:`agency_predictions` (``measure`` = ``passivepy_passive``; PassivePy
    gives no construction or agent, so those columns are "")."""
    passivepy = load_passivepy_predictions() if passivepy is None else passivepy
    found = passivepy[(passivepy["dataset"] == "validation") & (passivepy["verb"] != "")]
    by_item = found.groupby("item_id")["verb"].apply(list).to_dict()
    gold = predictions[(predictions["measure"] == "passive") & (predictions["status"] != "fp")]
    items = predictions.drop_duplicates("item_id")[["item_id", "split", "sentence"]]
    rows = []
    for item in items.itertuples(index=False):
        gold_words = [(w, "", "") for w in gold.loc[gold["item_id"] == item.item_id, "word"]]
        predicted = [(w, "", "") for w in by_item.get(item.item_id, [])]
        matched, missed, extra = _pair(gold_words, predicted)
        base = (item.item_id, item.split, item.sentence, "passivepy_passive")
        rows += [(*base, g[0], "tp", "", "", "", "") for g, _ in matched]
        rows += [(*base, g[0], "fn", "", "", "", "") for g in missed]
        rows += [(*base, p[0], "fp", "", "", "", "") for p in extra]
    return pd.DataFrame(rows, columns=predictions.columns)


def compare_passivepy(
    predictions: pd.DataFrame, passivepy: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Labelled items on which framing and PassivePy disagree, and who is right.

    Returns
    -------
    pandas.DataFrame
        ``item_id``, ``sentence``, ``word``, ``gold`` (bool: a labelled
        passive), ``framing`` and ``passivepy`` (bool: each one's verdict),
        ``right`` (``framing`` | ``passivepy``).
    """
    ours = predictions[predictions["measure"] == "passive"]
    theirs = passivepy_predictions_on_labels(predictions, passivepy)
    keys = ["item_id", "sentence", "word"]
    a = ours.assign(framing=ours["status"] != "fn", gold=ours["status"] != "fp")[
        keys + ["gold", "framing"]
    ]
    b = theirs.assign(passivepy=theirs["status"] != "fn", gold=theirs["status"] != "fp")[
        keys + ["gold", "passivepy"]
    ]
    merged = a.merge(b, on=keys + ["gold"], how="outer")
    merged[["framing", "passivepy"]] = (
        merged[["framing", "passivepy"]].astype("boolean").fillna(False).astype(bool)
    )
    merged = merged[merged["framing"] != merged["passivepy"]].copy()
    merged["right"] = (
        merged["framing"].eq(merged["gold"]).map({True: "framing", False: "passivepy"})
    )
    return merged.sort_values(keys).reset_index(drop=True)


def compare_passivepy_corpus(
    passives: pd.DataFrame, passivepy: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Passive participles of the seed articles found by one tool only.

    Parameters
    ----------
    passives : pandas.DataFrame
        A :func:`framing.passives` table of the same articles.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``sent_id``, ``sentence``, ``verb``, ``construction``
        (framing's, "" when only PassivePy found it), ``found_by``
        (``framing`` | ``passivepy``), one row per participle, matched on the
        participle's start offset.
    """
    passivepy = load_passivepy_predictions() if passivepy is None else passivepy
    theirs = passivepy[(passivepy["dataset"] == "corpus") & (passivepy["verb"] != "")]
    theirs_keys = set(zip(theirs["item_id"], theirs["start_char"], strict=True))
    ours_keys = set(zip(passives["article_id"], passives["start_char"], strict=True))
    rows = []
    for row in passives.itertuples(index=False):
        if (row.article_id, row.start_char) not in theirs_keys:
            rows.append(
                (row.article_id, row.sent_id, row.sentence, row.verb, row.construction, "framing")
            )
    for row in theirs.itertuples(index=False):
        if (row.item_id, row.start_char) not in ours_keys:
            rows.append((row.item_id, row.sent_id, row.sentence, row.verb, "", "passivepy"))
    columns = ["article_id", "sent_id", "sentence", "verb", "construction", "found_by"]
    return pd.DataFrame(rows, columns=columns).astype({"sent_id": "int64"})
