"""framing.validation.events: harm events scored against labels, and two annotators compared."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.validation.events import evaluate_events, event_agreement, load_event_labels, match_events

COLUMNS = ["item_id", "sentence", "trigger", "agent", "agent_group", "negated", "cause", "split"]


def write(path, rows):
    pd.DataFrame(rows, columns=COLUMNS).to_csv(path, index=False)
    return path


def test_events_pair_by_a_shared_trigger_word_once_each():
    gold = [{"trigger": "opened fire"}, {"trigger": "killing"}, {"trigger": "massacre"}]
    predicted = [{"trigger": "killing"}, {"trigger": "fire"}, {"trigger": "shelling"}]
    pairs, missed, extra = match_events(gold, predicted)
    assert [(g["trigger"], p["trigger"]) for g, p in pairs] == [("opened fire", "fire"), ("killing", "killing")]
    assert missed == [{"trigger": "massacre"}]
    assert extra == [{"trigger": "shelling"}]


def test_labels_are_checked_and_negated_read_as_bool(tmp_path):
    path = write(tmp_path / "l.csv", [("s1", "Troops shot two men.", "shot", "Troops", "army", "false", "", "dev")])
    assert load_event_labels(path)["negated"].tolist() == [False]
    bad = write(tmp_path / "b.csv", [("s1", "Troops shot two men.", "shot", "Troops", "army", "maybe", "", "dev")])
    with pytest.raises(ValueError, match="row 2: negated must be true or false"):
        load_event_labels(bad)
    with pytest.raises(ValueError, match="not found"):
        load_event_labels(tmp_path / "missing.csv")


@pytest.mark.model
def test_known_answer_on_two_invented_sentences(tmp_path, parse_cache):
    actors = tmp_path / "actors.csv"
    actors.write_text("role,group,match,pattern,note\nagent,army,phrase,soldiers,invented\n")
    labels = write(
        tmp_path / "l.csv",
        [
            ("s1", "Soldiers shot three farmers near Velm.", "shot", "Soldiers", "army", "false", "", "dev"),
            ("s2", "The council met on Tuesday to discuss the budget.", "", "", "", "false", "", "test"),
        ],
    )
    table = evaluate_events(labels, actors=actors, cache_dir=parse_cache)
    value = table.set_index(["metric", "subset"])["value"]
    assert value[("f1", "all")] == 1.0
    assert value[("agent_group_accuracy_named", "all")] == 1.0
    assert value[("recall", "test")] != value[("recall", "test")]  # NaN: no event to find there
    assert list(table.columns) == ["measure", "metric", "value", "n", "subset"]


def test_agreement_counts_events_marked_by_one_annotator_only(tmp_path):
    one = write(
        tmp_path / "one.csv",
        [
            ("s1", "x", "shot", "Troops", "army", "false", "", "dev"),
            ("s1", "x", "killed", "Troops", "army", "false", "", "dev"),
            ("s2", "y", "died", "", "none", "false", "crush", "dev"),
            ("s3", "z", "shelled", "rebels", "rebels", "true", "", "dev"),
        ],
    )
    two = write(
        tmp_path / "two.csv",
        [
            ("s1", "x", "shot", "Troops", "army", "false", "", "dev"),
            ("s2", "y", "died", "", "none", "false", "crush", "dev"),
            ("s3", "z", "shelled", "rebels", "army", "true", "", "dev"),
        ],
    )
    table = event_agreement(one, two).set_index(["label", "metric"])["value"]
    assert table[("events", "marked_by_both")] == pytest.approx(3 / 4)
    assert table[("events", "only_first")] == 1.0
    assert table[("agent_group", "observed_agreement")] == pytest.approx(2 / 3)
