"""framing.validation.reports: tolls and attributions scored against labels; two annotators compared."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.validation.reports import evaluate_sources_real, evaluate_tolls_real, label_agreement

TOLL_COLUMNS = [
    "item_id",
    "sentence",
    "value",
    "number_text",
    "qualifier",
    "vague",
    "measure",
    "victims",
    "victim_text",
    "split",
]
SOURCE_COLUMNS = ["item_id", "sentence", "source_head", "verb", "kind", "split"]


def write(path, columns, rows):
    pd.DataFrame(rows, columns=columns).to_csv(path, index=False)
    return path


@pytest.mark.model
def test_tolls_and_sources_known_answers(tmp_path, parse_cache):
    tolls = write(
        tmp_path / "t.csv",
        TOLL_COLUMNS,
        [
            (
                "t1",
                "At least 12 civilians were killed in Varno.",
                "12",
                "12",
                "at_least",
                "false",
                "killed",
                "civilians",
                "civilians",
                "dev",
            ),
            ("t2", "The bridge is 40 metres long.", "", "", "", "", "", "", "", "test"),
        ],
    )
    table = evaluate_tolls_real(tolls, cache_dir=parse_cache).set_index(["measure", "metric", "subset"])["value"]
    assert table[("casualty_real (value + victims)", "f1", "all")] == 1.0
    assert (
        table[("casualty_real (value + victims)", "precision", "test")]
        != table[("casualty_real (value + victims)", "precision", "test")]
    )  # NaN: nothing expected or found in the near-miss
    sources = write(
        tmp_path / "s.csv",
        SOURCE_COLUMNS,
        [("a1", "The ministry said nine people died.", "ministry", "said", "indirect", "test")],
    )
    table = evaluate_sources_real(sources, cache_dir=parse_cache).set_index(["metric", "subset"])["value"]
    assert table[("f1", "test")] == 1.0


def test_agreement_pairs_items_and_compares_their_labels(tmp_path):
    one = write(
        tmp_path / "one.csv",
        TOLL_COLUMNS,
        [
            ("t1", "x", "12", "12", "at_least", "false", "killed", "civilians", "civilians", "dev"),
            ("t1", "x", "30", "30", "exact", "false", "injured", "total", "", "dev"),
            ("t2", "y", "5", "five", "exact", "false", "killed", "children", "children", "dev"),
        ],
    )
    two = write(
        tmp_path / "two.csv",
        TOLL_COLUMNS,
        [
            ("t1", "x", "12", "12", "at_least", "false", "killed", "civilians", "civilians", "dev"),
            ("t1", "x", "30", "30", "exact", "false", "injured", "total", "", "dev"),
            ("t2", "y", "5", "five", "about", "false", "killed", "total", "", "dev"),
        ],
    )
    table = label_agreement(one, two, kind="tolls").set_index(["label", "metric"])["value"]
    assert table[("items", "items_f1")] == pytest.approx(2 / 3)
    assert table[("qualifier", "observed_agreement")] == pytest.approx(2 / 3)
    assert table[("measure", "cohen_kappa")] == 1.0
    with pytest.raises(ValueError, match="kind must be"):
        label_agreement(one, two, kind="hedges")
