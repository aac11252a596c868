"""Tests for framing.claims: same-fact alignment and prominence."""

from __future__ import annotations

import framing
from framing.claims import CLAIM_COLUMNS, PROMINENCE_COLUMNS


def test_align_claims_groups_the_observatory_toll(seed_parsed):
    table = framing.align_claims(seed_parsed)
    assert list(table.columns) == CLAIM_COLUMNS
    assert table["claim_id"].dtype == "int64" and table["similarity"].dtype == "float64"
    assert (table["n_outlets"] >= 2).all()
    # every group spans as many outlets as it says
    spans = table.groupby("claim_id")["outlet"].nunique()
    assert (spans == table.groupby("claim_id")["n_outlets"].first()).all()
    # the Observatory's civilian toll (745 / 750) is one fact across outlets
    toll = table[table["sentence"].str.contains("745|750")]
    assert toll["claim_id"].nunique() == 1 and toll["outlet"].nunique() >= 3


def test_prominence_columns_and_ranks(seed_parsed):
    table = framing.prominence(seed_parsed)
    assert list(table.columns) == PROMINENCE_COLUMNS
    assert table["rank"].dtype == "int64" and table["is_lede"].dtype == "bool"
    assert set(table["item"]) == {"toll", "source", "hedge"}
    assert ((table["rank"] == table["sent_id"] + 1) | (table["rank"] == -1)).all()
    # every article of the seed corpus gives a toll in its first sentences
    assert table[table["item"] == "toll"]["rank"].between(1, 5).all()
