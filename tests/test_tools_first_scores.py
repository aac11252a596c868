"""tools/keep_first_scores.py: a fresh set's blind scores are taken from the validation table as computed."""

from __future__ import annotations

import importlib.util

import pandas as pd
import pytest

from conftest import ROOT


def _tool():
    spec = importlib.util.spec_from_file_location("keep_first_scores", ROOT / "tools" / "keep_first_scores.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SUMMARY = pd.DataFrame(
    {
        "measure": ["Harm-event detection, fresh held-out (heldout9)", "Passive voice detection",
                    "Harm-event detection, fresh held-out (heldout19)"],
        "metric": ["f1", "f1", "f1"],
        "all": ["0.900", "0.990", "0.500"],
        "n_all": ["100", "300", "10"],
        "held_out": ["0.900", "0.980", "0.500"],
        "n_held_out": ["100", "150", "10"],
        "target": [">= 0.95", ">= 0.95", ">= 0.95"],
        "met": ["no", "yes", "no"],
        "held_out_ci95": ["", "", ""],
    }
)


def test_first_scores_keep_only_the_sets_rows_with_the_commit():
    kept = _tool().first_scores("heldout9", SUMMARY, "abc1234")
    assert list(kept.columns) == ["rules_at", "measure", "metric", "value", "n", "target", "met", "ci95"]
    assert kept.to_dict("records") == [
        {"rules_at": "abc1234", "measure": "Harm-event detection, fresh held-out (heldout9)", "metric": "f1",
         "value": "0.900", "n": "100", "target": ">= 0.95", "met": "no", "ci95": ""}
    ]


def test_a_set_missing_from_the_table_is_an_error():
    with pytest.raises(ValueError, match="heldout10"):
        _tool().first_scores("heldout10", SUMMARY, "abc1234")


def test_every_kept_first_score_file_has_a_readme_block():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for path in (ROOT / "data" / "validation").glob("*_first_scores.csv"):
        name = path.name.removesuffix("_first_scores.csv")
        assert f"<!-- BEGIN {name}-first -->" in readme
