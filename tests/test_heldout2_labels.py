"""The settled heldout2 labels: same sentences as the input, every change from the raw labels decided.

Reads label files only; nothing here runs a measure on the held-out sentences.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict

import pytest

from conftest import VALIDATION

SETS = {"agency": "h2s", "tolls": "h2t", "sources": "h2a"}


def rows_by_item(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    by_item = defaultdict(list)
    for row in rows:
        by_item[row["item_id"]].append(row)
    return rows, by_item


def decided_items():
    text = (VALIDATION / "heldout2_decisions.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| (h2[sta]\d{3}) \|", text, flags=re.M))


@pytest.mark.parametrize("name", sorted(SETS))
def test_settled_file_labels_the_input_sentences(name):
    with open(VALIDATION / "heldout2_sentences_only.csv", newline="", encoding="utf-8") as handle:
        inputs = {r["item_id"]: r["sentence"] for r in csv.DictReader(handle) if r["measure"] == name}
    for suffix in ("", "_annotator1", "_annotator2"):
        rows, by_item = rows_by_item(VALIDATION / f"{name}_heldout2{suffix}.csv")
        assert set(by_item) == set(inputs)
        assert all(row["sentence"] == inputs[row["item_id"]] for row in rows)
        assert all(item.startswith(SETS[name]) for item in by_item)


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_change_and_disagreement_is_decided(name):
    _, settled = rows_by_item(VALIDATION / f"{name}_heldout2.csv")
    _, first = rows_by_item(VALIDATION / f"{name}_heldout2_annotator1.csv")
    _, second = rows_by_item(VALIDATION / f"{name}_heldout2_annotator2.csv")
    shared = list(second[next(iter(second))][0])  # annotator 2 wrote no event_model / split columns
    changed = {item for item in settled if settled[item] != first[item]}
    differ = {item for item in first if [{c: r[c] for c in shared} for r in first[item]] != second[item]}
    assert changed <= differ  # the adjudication only touched items the annotators disagree on
    assert differ <= decided_items()
