"""Tests for framing.links: records of different measures joined by character offset."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from framing.links import covering_hedge, covering_source, event_group_in, span_of


@dataclass(frozen=True)
class _Hedge:
    sent_id: int
    cue: str
    scope_start: int
    scope_end: int


@dataclass(frozen=True)
class _Attribution:
    sent_id: int
    source: str
    content_start_char: int
    content_end_char: int


def test_span_of_reads_either_naming():
    assert span_of(_Hedge(0, "allegedly", 3, 9), "scope") == (3, 9)
    assert span_of(_Attribution(0, "police", 5, 20), "content") == (5, 20)
    assert span_of(_Hedge(0, "allegedly", 3, 9), "content") is None


def test_covering_hedge_needs_the_same_sentence_and_a_covering_scope():
    hedges = [_Hedge(0, "allegedly", 10, 30), _Hedge(1, "reportedly", 0, 100)]
    assert covering_hedge(hedges, 0, 12, 18) == "allegedly"
    assert covering_hedge(hedges, 0, 25, 35) == ""  # runs past the scope
    assert covering_hedge(hedges, 1, 25, 35) == "reportedly"
    assert covering_hedge(hedges, 2, 25, 35) == ""
    assert covering_hedge([], 0, 12, 18) == ""


def test_covering_source_prefers_the_content_then_the_sentence():
    records = [_Attribution(0, "witnesses", 0, 5), _Attribution(0, "the army", 20, 40)]
    assert covering_source(records, 0, 22, 30) == "the army"
    assert covering_source(records, 0, 8, 12) == "witnesses"  # first of the sentence
    assert covering_source(records, 1, 22, 30) == ""


def test_event_group_in_takes_the_first_event_starting_in_the_span():
    events = pd.DataFrame(
        {
            "sent_id": [0, 0, 1],
            "start_char": [5, 12, 12],
            "agent_group": ["police", "army", "rebels"],
        }
    )
    assert event_group_in(events, 0, 10, 20) == "army"
    assert event_group_in(events, 0, 0, 20) == "police"
    assert event_group_in(events, 0, 12, 12) == ""  # end exclusive
    assert event_group_in(events, 1, 0, 20) == "rebels"
    assert event_group_in(None, 0, 0, 20) == ""
    assert event_group_in(events.iloc[0:0], 0, 0, 20) == ""
