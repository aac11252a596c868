"""The validation aggregator: every area present, headline rows well-formed."""

from __future__ import annotations

import pandas as pd
import pytest

from conftest import STUDY, VALIDATION
from framing.validation import ALL_METRIC_COLUMNS, FRESH_SETS, HEADLINES, evaluate_all, headline_table

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def metrics(parse_cache):
    return evaluate_all(VALIDATION, cache_dir=parse_cache, actors=STUDY / "actors.csv")


def test_every_area_reports(metrics):
    assert list(metrics.columns) == ALL_METRIC_COLUMNS
    assert set(metrics["area"]) == {"agency", "sources", "wording", "tone"}
    assert metrics["value"].between(-1, 1).all()
    assert (metrics["n"] > 0).all()


def test_headline_has_every_measure(metrics):
    table = headline_table(metrics)
    assert table["measure"].tolist() == [h[0] for h in HEADLINES]
    targeted = table[table["target"] != ""]
    assert set(targeted["met"]) <= {"yes", "no"}


def test_headline_judges_on_held_out():
    metrics = pd.DataFrame(
        [
            ("agency", "passive", "f1", 0.99, 100, "all"),
            ("agency", "passive", "f1", 1.0, 70, "dev"),
            ("agency", "passive", "f1", 0.90, 30, "test"),
        ],
        columns=ALL_METRIC_COLUMNS,
    )
    row = headline_table(metrics).iloc[0]
    assert (row["all"], row["held_out"], row["n_held_out"], row["met"]) == ("0.990", "0.900", "30", "no")


def test_headline_gives_a_wilson_interval_for_held_out_accuracy_only():
    metrics = pd.DataFrame(
        [
            ("agency", "harm_event_real", "agent_group_accuracy_named", 0.8, 50, "all"),
            ("agency", "harm_event_real", "agent_group_accuracy_named", 0.8, 50, "test"),
            ("agency", "harm_event_real", "f1", 0.9, 60, "all"),
            ("agency", "harm_event_real", "f1", 0.9, 60, "test"),
        ],
        columns=ALL_METRIC_COLUMNS,
    )
    table = headline_table(metrics).set_index("metric")
    # 40 of 50: the Wilson interval (z = 1.96) is 0.670-0.888, not symmetric about 0.8
    assert table.loc["agent group accuracy named", "held_out_ci95"] == "0.670-0.888"
    assert table.loc["f1", "held_out_ci95"] == ""


def test_proportion_interval_narrows_with_n_and_stays_in_bounds():
    from framing.validation import proportion_interval

    small, large = proportion_interval(0.8, 20), proportion_interval(0.8, 2000)
    assert small[0] < large[0] < 0.8 < large[1] < small[1]
    low, high = proportion_interval(1.0, 10)
    assert high == pytest.approx(1.0) and 0.6 < low < 0.8
    with pytest.raises(ValueError, match="n must be positive"):
        proportion_interval(0.5, 0)


def test_headline_without_held_out_judges_on_all():
    metrics = pd.DataFrame([("sources", "hedge (cue)", "f1", 0.95, 80, "all")], columns=ALL_METRIC_COLUMNS)
    row = headline_table(metrics).iloc[0]
    assert (row["held_out"], row["met"]) == ("", "yes")


@pytest.mark.parametrize("name", FRESH_SETS)
def test_fresh_held_out_set_is_scored_apart(metrics, name):
    fresh = metrics[metrics["measure"].str.split(" ").str[0].str.endswith(f"_{name}")]
    # agency, tolls and sources each scored on the set, every sentence held out
    prefixes = set(fresh["measure"].str.split(" ").str[0])
    assert {f"harm_event_real_{name}", f"casualty_real_measure_{name}", f"attribution_real_{name}"} <= prefixes
    every = fresh[fresh["subset"] == "all"].set_index(["measure", "metric"])["value"]
    held = fresh[fresh["subset"] == name].set_index(["measure", "metric"])["value"]
    pd.testing.assert_series_equal(every, held)
    # the older held-out split is still reported under its own name
    assert ((metrics["measure"].str.split(" ").str[0] == "harm_event_real") & (metrics["subset"] == "test")).any()


def test_a_fresh_set_is_scored_with_the_taxonomies_its_annotators_used():
    """heldout4's own files only add its invented names; its annotators took every other group from
    the guidelines (agency_real_actors.csv, tolls_real_victims.csv), so a generic noun gets its group."""
    from framing.actors import load_actors
    from framing.casualties.victims import load_victims
    from framing.validation import SHARED_TAXONOMIES, _taxonomy

    assert "heldout4" in SHARED_TAXONOMIES
    actors = load_actors(_taxonomy(VALIDATION, "heldout4", "actors"))
    groups = {entry.pattern: entry.group for entry in actors.entries}
    assert groups["varunian"] == "state_forces"  # the set's own row
    assert groups["police"] == "state_forces"  # a generic row of the guidelines' taxonomy
    own = pd.read_csv(VALIDATION / "heldout4_victims.csv")
    victims = load_victims(_taxonomy(VALIDATION, "heldout4", "victims"))
    patterns = {entry.pattern for entry in victims.entries}
    assert set(own["pattern"].str.lower()) <= patterns
    assert "civilian" in patterns and "civilian" not in set(own["pattern"])
    # a set whose files are complete is scored with them alone
    assert _taxonomy(VALIDATION, "heldout2", "actors") == VALIDATION / "heldout2_actors.csv"
