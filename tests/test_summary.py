"""The fingerprint table picks the right rows from each aggregate."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.summary import FINGERPRINT_COLUMNS, FINGERPRINT_MEASURES, fingerprint


def tables():
    outlets = ["A", "B"]
    responsibility = pd.DataFrame(
        [
            (o, m, g, n, 10, n / 10, 0.0, 1.0)
            for o in outlets
            for m, g, n in [
                ("events", "", 10),
                ("agentless", "", 4),
                ("agent_group", "gov", 3),
                ("agent_group", "none", 4),
            ]
        ],
        columns=["outlet", "measure", "group", "n", "n_events", "share", "ci_low", "ci_high"],
    )
    hedge = pd.DataFrame(
        [("A", "gov", 3, 1, 1 / 3, 0.0, 1.0), ("B", "gov", 3, 3, 1.0, 1.0, 1.0)],
        columns=["outlet", "agent_group", "n_events", "n_hedged", "share_hedged", "ci_low", "ci_high"],
    )
    events = pd.DataFrame(
        [
            (o, c, k, k / 5, 0.0, 1.0)
            for o in outlets
            for c, k in [("one_sided_atrocity", 2), ("symmetric_conflict", 3)]
        ],
        columns=["outlet", "category", "count", "share", "ci_low", "ci_high"],
    )
    loaded = pd.DataFrame(
        [("A", 500, 5, 10.0, 2.0, 20.0, 0), ("B", 400, 2, 5.0, 0.0, 9.0, 1)],
        columns=["outlet", "n_words", "count", "rate_per_1000", "ci_low", "ci_high", "count_quoted"],
    )
    tone = pd.DataFrame(
        [(o, m, 20, -0.2, -0.3, -0.1) for o in outlets for m in ("mean_compound", "share_negative")],
        columns=["outlet", "measure", "n", "estimate", "ci_low", "ci_high"],
    )
    return dict(
        responsibility=responsibility,
        hedge_asymmetry=hedge,
        event_categories=events,
        loaded_rates=loaded,
        outlet_tone=tone,
    )


def test_fingerprint_known_rows():
    table = fingerprint(**tables(), group="gov", outlets=["B", "A"])
    assert list(table.columns) == FINGERPRINT_COLUMNS
    shown = [m for m in FINGERPRINT_MEASURES if m != "killed_toll"]  # no toll table given
    assert table["measure"].tolist() == [m for m in shown for _ in range(2)]
    assert table["outlet"].tolist() == ["B", "A"] * len(shown)
    got = table.set_index(["measure", "outlet"])
    assert got.loc[("agentless", "A"), "estimate"] == pytest.approx(0.4)
    assert got.loc[("agent_group", "A"), "estimate"] == pytest.approx(0.3)
    assert got.loc[("hedged", "B"), "estimate"] == pytest.approx(1.0)
    assert got.loc[("atrocity", "A"), "estimate"] == pytest.approx(0.4)
    assert got.loc[("atrocity", "A"), "n"] == 5
    assert got.loc[("loaded_rate", "B"), "n"] == 400
    assert got.loc[("mean_tone", "A"), "estimate"] == pytest.approx(-0.2)
    assert "gov" in got.loc[("agent_group", "A"), "label"]


def test_fingerprint_missing_group_is_an_error():
    with pytest.raises(ValueError, match="no rows for measure 'agent_group'"):
        fingerprint(**tables(), group="nobody")


def test_fingerprint_toll_view_counts_the_killed_only():
    tolls = pd.DataFrame(
        [
            ("A", "killed", "civilians", 40),
            ("A", "injured", "civilians", 900),  # larger, but not a death toll
            ("A", "killed", "total", 120),
            ("B", "displaced", "total", 5000),  # B reports no deaths: no row
        ],
        columns=["outlet", "measure", "victims", "value"],
    )
    table = fingerprint(**tables(), group="gov", group_label="the army", tolls=tolls, outlets=["A", "B"])
    toll = table[table["measure"] == "killed_toll"]
    assert toll["outlet"].tolist() == ["A"]
    assert toll["estimate"].tolist() == [120.0]
    assert toll["n"].tolist() == [2]
    assert toll["ci_low"].isna().all() and toll["ci_high"].isna().all()
    assert table["measure"].iloc[-1] == "killed_toll"  # last panel, as FINGERPRINT_MEASURES orders it
    assert "the army" in table.loc[table["measure"] == "agent_group", "label"].iloc[0]


def test_fingerprint_has_no_study_default_group():
    with pytest.raises(TypeError, match="group"):
        fingerprint(**tables())
