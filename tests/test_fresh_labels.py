"""The settled labels of the fresh sets labelled twice (heldout2, heldout4 to heldout8): same sentences as the
input, every change from the first annotator's labels decided.

Reads label files only; nothing here runs a measure on the held-out sentences.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict

import pytest

from conftest import VALIDATION

#: measure -> item-id prefix (after the set's "h<k>")
SETS = {"agency": "s", "tolls": "t", "sources": "a"}
#: the fresh sets labelled twice, apart, and settled in <name>_decisions.md
TWICE = ("heldout2", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8")
CASES = [(fresh, name) for fresh in TWICE for name in sorted(SETS)]


def rows_by_item(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    by_item = defaultdict(list)
    for row in rows:
        by_item[row["item_id"]].append(row)
    return rows, by_item


def decided_items(fresh):
    text = (VALIDATION / f"{fresh}_decisions.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| (h\d[sta]\d{3})\b", text, flags=re.M))


@pytest.mark.parametrize(("fresh", "name"), CASES)
def test_settled_file_labels_the_input_sentences(fresh, name):
    with open(VALIDATION / f"{fresh}_sentences_only.csv", newline="", encoding="utf-8") as handle:
        inputs = {r["item_id"]: r["sentence"] for r in csv.DictReader(handle) if r["measure"] == name}
    for suffix in ("", "_annotator1", "_annotator2"):
        rows, by_item = rows_by_item(VALIDATION / f"{name}_{fresh}{suffix}.csv")
        assert set(by_item) == set(inputs)
        assert all(row["sentence"] == inputs[row["item_id"]] for row in rows)
        assert all(item.startswith(f"h{fresh[-1]}{SETS[name]}") for item in by_item)


@pytest.mark.parametrize(("fresh", "name"), CASES)
def test_every_change_and_disagreement_is_decided(fresh, name):
    _, settled = rows_by_item(VALIDATION / f"{name}_{fresh}.csv")
    _, first = rows_by_item(VALIDATION / f"{name}_{fresh}_annotator1.csv")
    _, second = rows_by_item(VALIDATION / f"{name}_{fresh}_annotator2.csv")
    # the label columns both annotators wrote (the settled file adds event_model / split)
    shared = list(second[next(iter(second))][0])

    def labels(rows):
        return [{c: r[c] for c in shared} for r in rows]

    changed = {item for item in settled if labels(settled[item]) != labels(first[item])}
    differ = {item for item in first if labels(first[item]) != labels(second[item])}
    assert changed <= differ  # the adjudication only touched items the annotators disagree on
    assert differ <= decided_items(fresh)
