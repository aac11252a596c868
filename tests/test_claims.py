"""Tests for framing.claims: same-fact alignment, omitted facts and prominence."""

from __future__ import annotations

import pandas as pd
import pytest

import framing
from framing.claims import (
    CLAIM_COLUMNS,
    OMITTED_COLUMNS,
    PROMINENCE_COLUMNS,
    _cluster,
    omitted_facts,
)


@pytest.fixture(scope="module")
def seed_claims(seed_parsed):
    from conftest import STUDY

    events = framing.harm_events(seed_parsed, actors=STUDY / "actors.csv")
    return framing.align_claims(seed_parsed, events=events), events


def test_align_claims_columns_and_groups(seed_claims):
    table, _ = seed_claims
    assert list(table.columns) == CLAIM_COLUMNS
    assert table["claim_id"].dtype == "int64" and table["similarity"].dtype == "float64"
    assert (table["n_outlets"] >= 2).all()
    # every group spans as many outlets as it says, with one sentence per outlet
    spans = table.groupby("claim_id")["outlet"].nunique()
    assert (spans == table.groupby("claim_id")["n_outlets"].first()).all()
    assert (spans == table.groupby("claim_id").size()).all()
    # the Observatory's civilian toll (745 / 750) is one fact across outlets
    toll = table[
        table["sentence"].str.contains("Observatory") & table["numbers"].str.contains("745|750")
    ]
    assert toll["claim_id"].value_counts().max() >= 3


def test_align_claims_voice_and_agent_from_events(seed_claims):
    table, events = seed_claims
    voiced = table[table["voice"] != ""]
    assert len(voiced) > 0
    assert set(";".join(voiced["voice"]).split(";")) <= set(events["form"])
    # each version's voice is exactly that of the harm events of its sentence
    row = voiced.iloc[0]
    mine = events[
        (events["article_id"] == row["article_id"]) & (events["sent_id"] == row["sent_id"])
    ]
    assert row["voice"] == ";".join(dict.fromkeys(mine.sort_values("start_char")["form"]))


def test_align_claims_rejects_events_without_form(seed_parsed):
    with pytest.raises(ValueError, match="form"):
        framing.align_claims(
            seed_parsed, events=pd.DataFrame(columns=["article_id", "sent_id", "start_char"])
        )


def test_cluster_does_not_chain():
    # a~b and b~c, but a and c are not similar: complete linkage keeps a, c apart
    pairs = [(0.9, 0, 1), (0.8, 1, 2)]
    assert _cluster(pairs, ["A", "B", "C"]) == [[0, 1]]
    # all three pairs linked: one group
    assert _cluster([*pairs, (0.5, 0, 2)], ["A", "B", "C"]) == [[0, 1, 2]]


def test_cluster_one_sentence_per_outlet():
    # two sentences of outlet A both similar to B's sentence: only the better one joins
    pairs = [(0.9, 0, 2), (0.7, 1, 2), (0.6, 0, 1)]
    groups = _cluster(pairs, ["A", "A", "B"])
    assert [0, 2] in groups
    assert not any({0, 1} <= set(g) for g in groups)


def _claims():
    return pd.DataFrame(
        {
            "claim_id": [0, 0, 0, 1, 1],
            "claim_terms": ["toll", "toll", "toll", "envoy", "envoy"],
            "outlet": ["A", "B", "C", "A", "D"],
            "sentence": ["a0", "b0", "c0", "a1", "d1"],
        }
    )


def test_omitted_facts_known_answer():
    table = omitted_facts(claims=_claims(), outlets=["A", "B", "C", "D"])
    assert list(table.columns) == OMITTED_COLUMNS
    # fact 0 (A, B, C) is reported by all 3 of D's other outlets; fact 1 (A, D) by
    # 2 of the 3 others of B and of C: a majority too
    assert table[["outlet", "claim_id"]].values.tolist() == [["B", 1], ["C", 1], ["D", 0]]
    d = table[table["outlet"] == "D"].iloc[0]
    assert d["share_others"] == pytest.approx(1.0)
    assert d["reported_by"] == "A;B;C" and d["example"] == "a0"
    assert table.iloc[0]["share_others"] == pytest.approx(2 / 3)
    assert table["claim_id"].dtype == "int64" and table["share_others"].dtype == "float64"
    # a higher bar keeps only the fact every other outlet reports
    strict = omitted_facts(claims=_claims(), outlets=["A", "B", "C", "D"], min_share=0.7)
    assert strict[["outlet", "claim_id"]].values.tolist() == [["D", 0]]
    # an outlet in no group at all omits every majority fact
    more = omitted_facts(claims=_claims(), outlets=["A", "B", "C", "D", "E"])
    assert more[more["outlet"] == "E"]["claim_id"].tolist() == [0]


def test_omitted_facts_row_order_invariant_and_needs_input():
    shuffled = _claims().sample(frac=1, random_state=3)
    a = omitted_facts(claims=_claims(), outlets=["A", "B", "C", "D"], min_share=0.3)
    b = omitted_facts(claims=shuffled, outlets=["A", "B", "C", "D"], min_share=0.3)
    cols = ["outlet", "claim_id", "n_outlets", "share_others"]
    pd.testing.assert_frame_equal(a[cols], b[cols])
    with pytest.raises(ValueError, match="claims="):
        omitted_facts()


def test_prominence_columns_and_ranks(seed_parsed):
    table = framing.prominence(seed_parsed)
    assert list(table.columns) == PROMINENCE_COLUMNS
    assert table["rank"].dtype == "int64" and table["is_lede"].dtype == "bool"
    assert set(table["item"]) == {"toll", "source", "hedge"}
    assert ((table["rank"] == table["sent_id"] + 1) | (table["rank"] == -1)).all()
    # every article of the seed corpus gives a toll in its first sentences
    assert table[table["item"] == "toll"]["rank"].between(1, 5).all()


def test_prominence_response_from_source_types(seed_parsed):
    from conftest import STUDY

    cited = framing.attributions(seed_parsed, sources=STUDY / "sources.csv")
    table = framing.prominence(
        seed_parsed, attributions=cited, response_sources=["syrian_government"]
    )
    assert "response" in set(table["item"])
    response = table[table["item"] == "response"].set_index("article_id")["sent_id"]
    government = cited[cited["source_type"] == "syrian_government"]
    assert response.to_dict() == {
        a: int(government[government["article_id"] == a]["sent_id"].min())
        if (government["article_id"] == a).any()
        else -1
        for a in response.index
    }
    with pytest.raises(ValueError, match="source_type"):
        framing.prominence(
            seed_parsed,
            attributions=cited.drop(columns="source_type"),
            response_sources=["syrian_government"],
        )


def test_headline_is_measured_and_the_lede_follows_it(tmp_path):
    body = (
        "Rescue crews worked through the night in Kessel.\n"
        "Police said the fire started in a warehouse.\n"
        "The harbour was closed on Tuesday."
    )
    frame = pd.DataFrame(
        {"article_id": ["h"], "outlet": ["X"], "title": ["Twelve killed in Kessel harbour fire"], "text": [body]}
    )
    parsed = framing.parse(framing.load_corpus(frame), cache_dir=tmp_path, progress=False)
    table = framing.prominence(parsed).set_index("item")
    assert table.loc["toll", ["sent_id", "rank", "is_lede"]].tolist() == [0, 1, True]  # the headline's toll
    # the headline does not push the body's second sentence out of the lede
    assert table.loc["source", ["sent_id", "is_lede"]].tolist() == [2, True]
    untitled = framing.load_corpus(frame.assign(title=""))
    body_only = framing.prominence(framing.parse(untitled, cache_dir=tmp_path, progress=False)).set_index("item")
    assert body_only.loc["source", ["sent_id", "is_lede"]].tolist() == [1, True]
    assert body_only.loc["toll", "sent_id"] == -1
