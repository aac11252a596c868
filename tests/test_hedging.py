"""Tests for framing.hedging: hedge cues, their scope and the table (hedge asymmetry,
an aggregate over harm events, is tested with framing.agency)."""

from __future__ import annotations

import pandas as pd
import pytest

import framing
from framing.hedging import HEDGE_COLUMNS, find_hedges

GOLD = [
    (
        "Soldiers allegedly shot five farmers near the border.",
        [("allegedly", "Soldiers allegedly shot five farmers near the border")],
    ),
    ("The militia is accused of burning the village.", [("accused of", "burning the village")]),
    (
        "Prosecutors accused the colonel of ordering the raid.",
        [("accused of", "ordering the raid")],
    ),
    (
        "The blast, believed to be the deadliest this year, shook the port.",
        [("believed to", "to be the deadliest this year")],
    ),
    (
        "Reporters could not independently verify the figures.",
        [("could not verify", "the figures")],
    ),
    ("The toll could not be confirmed.", [("could not confirm", "The toll")]),
    ("The agency has not been able to verify the claims.", [("could not verify", "the claims")]),
    ("There were reports of looting in the market.", [("reports of", "looting in the market")]),
    ("Police said the alleged arsonists were detained.", [("alleged", "the alleged arsonists")]),
    (
        "Rebels may have executed the prisoners.",
        [("may have", "Rebels may have executed the prisoners")],
    ),
    (
        "The video appears to show guards beating detainees.",
        [("appear to", "to show guards beating detainees")],
    ),
    (
        "The guards are alleged to have beaten the men.",
        [("alleged to", "to have beaten the men")],
    ),
    # hard negatives: no hedge at all
    ("Reports written by the inspectors were filed on time.", []),
    ("The army confirmed the toll on Monday.", []),
    ("Prices may rise next year.", []),
    ("The minister said the talks would resume.", []),
    ("Police verified the identities of the victims.", []),
]


@pytest.mark.parametrize(("text", "expected"), GOLD)
def test_find_hedges_gold(parse_text, text, expected):
    doc = parse_text(text)
    found = [(h.cue, doc.text[h.scope_start : h.scope_end]) for h in find_hedges(doc)]
    assert found == expected


def test_hedge_offsets_point_at_cue(parse_text):
    doc = parse_text("Gunmen reportedly killed two guards.")
    (hedge,) = find_hedges(doc)
    assert doc.text[hedge.start_char : hedge.end_char] == "reportedly"
    assert hedge.cue_type == "adverb"
    assert hedge.sent_id == 0


def test_hedges_table_columns_and_dtypes(seed_parsed):
    table = framing.hedges(
        seed_parsed,
        events=pd.DataFrame(columns=["article_id", "sent_id", "start_char", "agent_group"]),
    )
    assert list(table.columns) == HEDGE_COLUMNS
    for column in ("sent_id", "start_char", "end_char", "scope_start", "scope_end"):
        assert table[column].dtype == "int64"
    assert (table["scope_end"] > table["scope_start"]).all()
    # the seed corpus hedges its central accusation ("allegedly", "accused of")
    assert {"allegedly", "accused of", "could not verify"} <= set(table["cue"])


def test_target_agent_group_from_events(parse_text):
    from framing.hedging import hedge_rows

    doc = parse_text("Gunmen allegedly killed two guards.")
    article = (
        pd.DataFrame({"article_id": ["a"], "outlet": ["X"]}).itertuples(index=False).__next__()
    )
    start = doc.text.index("killed")
    events = pd.DataFrame(
        {"article_id": ["a"], "sent_id": [0], "start_char": [start], "agent_group": ["gunmen"]}
    )
    (row,) = hedge_rows(article, doc, events=events)
    assert row[HEDGE_COLUMNS.index("target_agent_group")] == "gunmen"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It was not immediately clear whether the soldiers had fired first.", ["unclear"]),
        ("It was clear that the soldiers had fired first.", []),
        ("Neither claim could be independently confirmed.", ["could not confirm"]),
        ("Both claims were independently confirmed.", []),
        ("The rebels may have been carrying explosives.", ["may have"]),
        ("The rebels may be carrying explosives.", []),
        ("Three guards alleged to have beaten inmates were dismissed.", ["alleged to"]),
        ("There were reports of shelling near the port.", ["reports of"]),
        ("The report of the inquiry panel was published on Monday.", []),
    ],
)
def test_general_hedge_patterns(parse_text, text, expected):
    assert [h.cue for h in find_hedges(parse_text(text))] == expected


@pytest.mark.parametrize(
    "text, word, role",
    [
        ("Neither claim could be confirmed.", "neither", "determiner"),
        ("Officials were unable to verify the toll.", "unable", "head"),
    ],
)
def test_negation_word_list_decides_the_disclaimer(parse_text, monkeypatch, text, word, role):
    from framing import hedging
    from framing.syntax import words

    assert [h.cue_type for h in find_hedges(parse_text(text))] == ["verification-disclaimer"]
    real = words.load_lexicon

    def load(lexicon):
        table = real(lexicon)
        if lexicon == "negation_words":
            table = table[(table["term"] != word) | (table["role"] != role)]
        return table

    monkeypatch.setattr(words, "load_lexicon", load)
    words.word_pairs.cache_clear()
    hedging.negation_words.cache_clear()
    try:
        assert find_hedges(parse_text(text)) == []
    finally:
        words.word_pairs.cache_clear()
        hedging.negation_words.cache_clear()
