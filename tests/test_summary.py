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
    assert table["measure"].tolist() == [m for m in FINGERPRINT_MEASURES for _ in range(2)]
    assert table["outlet"].tolist() == ["B", "A"] * len(FINGERPRINT_MEASURES)
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
