"""compare_groups: known answers, properties, and error rates by simulation."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import framing
from framing.compare import COMPARE_COLUMNS, holm


def _table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": ["a1", "a1", "a2", "a2", "b1", "b1", "b1", "c1", "c2", "c3"],
            "outlet": ["A", "A", "A", "A", "B", "B", "B", "C", "C", "C"],
            "sent_id": [0, 1, 0, 1, 0, 1, 2, 0, 0, 0],
            "hit": [1, 0, 1, 1, 0, 0, 1, 1, 1, 0],
        }
    )


def simulated_groups(rng, *, n_groups: int = 2, n_articles: int = 40, shares=(0.5, 0.5)) -> pd.DataFrame:
    """Groups of articles, each article with its own propensity (Beta with the group's mean, ICC 1/3)."""
    group = np.repeat(np.arange(n_groups), n_articles)
    mean = np.asarray(shares)[group]
    propensity = rng.beta(mean * 2, (1 - mean) * 2)
    sizes = 1 + rng.poisson(6, size=group.size)
    article = np.repeat(np.arange(group.size), sizes)
    return pd.DataFrame(
        {
            "article_id": article.astype(str),
            "outlet": np.array(["G0", "G1", "G2", "G3"])[group[article]],
            "sent_id": np.arange(article.size),
            "hit": (rng.random(article.size) < propensity[article]).astype(int),
        }
    )


def test_compare_groups_known_answer_and_columns():
    result = framing.compare_groups(_table(), "hit", n_resamples=500)
    assert list(result.columns) == COMPARE_COLUMNS
    assert list(zip(result["group"], result["other"], strict=True)) == [("A", "B"), ("A", "C"), ("B", "C")]
    ab = result.iloc[0]
    assert (ab["n"], ab["n_other"]) == (4, 3)
    assert ab["estimate"] == pytest.approx(0.75) and ab["estimate_other"] == pytest.approx(1 / 3)
    assert ab["difference"] == pytest.approx(0.75 - 1 / 3)
    assert ab["ci_low"] <= ab["difference"] <= ab["ci_high"]
    # A and C have several articles, B one: B's sentences are resampled
    assert result["ci_unit"].tolist() == ["article/sentence", "article", "sentence/article"]
    assert result["p_adjusted"].tolist() == pytest.approx(holm(result["p_value"]).tolist())
    assert (result["p_adjusted"] >= result["p_value"]).all()


def test_identical_groups_differ_by_zero_and_swapping_flips_the_sign():
    table = _table()
    twin = table.assign(outlet=table["outlet"].map({"A": "A", "B": "Z", "C": "C"}))
    same = pd.concat([table[table.outlet == "A"], table[table.outlet == "A"].assign(outlet="A2")])
    result = framing.compare_groups(same, "hit", n_resamples=200)
    assert result["difference"].tolist() == [0.0]
    assert result["p_value"].iloc[0] == pytest.approx(1.0)
    reordered = framing.compare_groups(twin.iloc[::-1].reset_index(drop=True), "hit", n_resamples=200)
    forward = framing.compare_groups(twin, "hit", n_resamples=200)
    pair = reordered.iloc[0]
    match = forward[(forward.group == pair["other"]) & (forward.other == pair["group"])].iloc[0]
    assert pair["difference"] == pytest.approx(-match["difference"])


def test_rest_pairs_and_a_boolean_series():
    table = _table()
    result = framing.compare_groups(table, table["hit"] == 1, pairs="rest", n_resamples=200)
    assert result["group"].tolist() == ["A", "B", "C"] and set(result["other"]) == {"rest"}
    a = result.iloc[0]
    assert (a["n"], a["n_other"]) == (4, 6)
    assert a["estimate_other"] == pytest.approx(3 / 6)


def test_compare_groups_by_metadata_and_errors():
    corpus = pd.DataFrame(
        {"article_id": ["a1", "a2", "b1", "c1", "c2", "c3"], "country": ["UK", "UK", "UK", "IN", "IN", "IN"]}
    )
    result = framing.compare_groups(_table(), "hit", by="country", corpus=corpus, n_resamples=200)
    assert result[["group", "other", "n", "n_other"]].values.tolist() == [["UK", "IN", 7, 3]]
    with pytest.raises(ValueError, match="pairs"):
        framing.compare_groups(_table(), "hit", pairs="some")
    with pytest.raises(ValueError, match="no column 'miss'"):
        framing.compare_groups(_table(), "miss")
    with pytest.raises(ValueError, match="aligned"):
        framing.compare_groups(_table(), pd.Series([1, 0]))
    with pytest.raises(ValueError, match="numeric"):
        framing.compare_groups(_table(), "outlet")


def test_holm_matches_statsmodels():
    from statsmodels.stats.multitest import multipletests

    p = np.array([0.01, 0.04, 0.03, 0.2, 0.005])
    assert holm(p) == pytest.approx(multipletests(p, method="holm")[1])


def test_false_alarms_when_groups_do_not_differ():
    rng = np.random.default_rng(17)
    p_values = [
        framing.compare_groups(simulated_groups(rng), "hit", n_resamples=300, random_state=i)["p_value"].iloc[0]
        for i in range(400)
    ]
    false_alarms = np.mean(np.array(p_values) < 0.05)
    assert 0.02 <= false_alarms <= 0.08


def test_power_for_a_difference_of_twenty_points():
    # 0.40 against 0.60, 40 articles each: a normal approximation gives power about 0.78
    # (benchmarks/compare_power.csv measures it for several differences)
    rng = np.random.default_rng(18)
    results = [
        framing.compare_groups(
            simulated_groups(rng, shares=(0.40, 0.60)), "hit", n_resamples=300, random_state=i
        ).iloc[0]
        for i in range(200)
    ]
    power = np.mean([r["p_value"] < 0.05 for r in results])
    assert power > 0.6
    # the interval of the difference covers the true -0.20 about 95% of the time
    covered = np.mean([r["ci_low"] <= -0.20 <= r["ci_high"] for r in results])
    assert 0.85 <= covered <= 0.99
