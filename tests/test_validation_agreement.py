"""framing.validation.agreement: inter-annotator agreement through nltk."""

from __future__ import annotations

import pandas as pd
import pytest

from conftest import ROOT
from framing.validation.agreement import AGREEMENT_COLUMNS, annotator_agreement, tone_agreement


def values(table: pd.DataFrame) -> dict[str, float]:
    return dict(zip(table["metric"], table["value"], strict=True))


def test_perfect_agreement_gives_one():
    labels = ["negative", "neutral", "positive", "neutral", "negative"]
    table = annotator_agreement(labels, list(labels))
    assert list(table.columns) == AGREEMENT_COLUMNS
    assert values(table) == pytest.approx({"observed_agreement": 1.0, "cohen_kappa": 1.0, "krippendorff_alpha": 1.0})
    assert (table["n"] == 5).all()


def test_hand_computed_case():
    # A: x y y x   B: x x y x  -> agree on 3 of 4
    # Cohen: chance = 2/4 * 3/4 + 2/4 * 1/4 = 1/2, kappa = (3/4 - 1/2) / (1 - 1/2) = 1/2
    # Krippendorff (nominal): pooled x = 5, y = 3 of 8 values; expected disagreement
    # 1 - (5*4 + 3*2) / (8*7) = 30/56, observed 1/4, alpha = 1 - (1/4) / (30/56) = 8/15
    table = annotator_agreement(["x", "y", "y", "x"], ["x", "x", "y", "x"])
    assert values(table) == pytest.approx(
        {"observed_agreement": 0.75, "cohen_kappa": 0.5, "krippendorff_alpha": 8 / 15}
    )


def test_kappa_is_zero_at_chance_and_negative_below():
    # independent marginals: each annotator splits half/half, agreement 1/2 = chance
    assert values(annotator_agreement(["a", "a", "b", "b"], ["a", "b", "a", "b"]))["cohen_kappa"] == pytest.approx(0.0)
    assert values(annotator_agreement(["a", "b"], ["b", "a"]))["cohen_kappa"] == pytest.approx(-1.0)


def test_unequal_or_empty_labellings_are_errors():
    with pytest.raises(ValueError, match="2 labels from the first annotator but 1"):
        annotator_agreement(["a", "b"], ["a"])
    with pytest.raises(ValueError, match="no items"):
        annotator_agreement([], [])


def test_tone_files_are_double_annotated():
    table = tone_agreement(
        ROOT / "data" / "validation" / "tone.csv", ROOT / "data" / "validation" / "tone_second_annotator.csv"
    )
    found = values(table)
    assert int(table["n"].iloc[0]) == len(pd.read_csv(ROOT / "data" / "validation" / "tone.csv"))
    assert -1.0 <= found["cohen_kappa"] <= 1.0 and 0.0 <= found["observed_agreement"] <= 1.0


def test_second_file_must_label_the_same_sentences(tmp_path):
    second = pd.read_csv(ROOT / "data" / "validation" / "tone_second_annotator.csv").iloc[1:]
    path = tmp_path / "second.csv"
    second.to_csv(path, index=False)
    with pytest.raises(ValueError, match="exactly the sentences"):
        tone_agreement(ROOT / "data" / "validation" / "tone.csv", path)


def test_agreement_summary_reads_every_double_labelled_set_present(tmp_path):
    from framing.validation.twice import agreement_summary

    source = ROOT / "data" / "validation"
    labels = pd.read_csv(source / "agency_heldout2_annotator2.csv", dtype=str, keep_default_na=False)
    labels.to_csv(tmp_path / "agency_heldout2_annotator1.csv", index=False)
    changed = labels.copy()
    named = changed.index[changed["agent_group"] == "state_forces"]
    changed.loc[named[:5], "agent_group"] = "armed_groups"  # five agent groups differ, nothing else
    changed.to_csv(tmp_path / "agency_heldout2_annotator2.csv", index=False)
    summary = agreement_summary(tmp_path).set_index(["set", "label", "metric"])
    assert set(summary.index.get_level_values("set")) == {"agency_heldout2"}  # the other sets are absent
    assert summary.loc[("agency_heldout2", "events", "marked_by_both"), "value"] == 1.0
    kappa = summary.loc[("agency_heldout2", "agent_group", "cohen_kappa"), "value"]
    assert 0.8 < kappa < 1.0
    assert summary.loc[("agency_heldout2", "negated", "cohen_kappa"), "value"] == 1.0
