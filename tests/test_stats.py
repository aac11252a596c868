"""Bootstrap intervals: known answers and properties."""

from __future__ import annotations

import math

import numpy as np
import pytest

from framing.stats import bootstrap_ci


def test_constant_values_have_zero_width():
    assert bootstrap_ci([1, 1, 1, 1]) == (1.0, 1.0, 1.0)


def test_interval_contains_estimate_and_is_reproducible():
    values = [0, 1, 1, 0, 1, 0, 0, 1, 1, 1]
    est, low, high = bootstrap_ci(values)
    assert est == pytest.approx(0.6)
    assert low < est < high
    assert bootstrap_ci(values) == (est, low, high)
    assert bootstrap_ci(values[::-1])[0] == est


def test_share_interval_close_to_normal_approximation():
    rng = np.random.default_rng(0)
    values = rng.integers(0, 2, size=400)
    est, low, high = bootstrap_ci(values)
    half = 1.96 * math.sqrt(est * (1 - est) / values.size)
    assert high - low == pytest.approx(2 * half, rel=0.15)


def test_cluster_bootstrap_is_wider_for_correlated_values():
    values = np.repeat([0, 1, 0, 1, 1, 0, 1, 0, 0, 1], 10)
    groups = np.repeat(np.arange(10), 10)
    _, lo_i, hi_i = bootstrap_ci(values)
    _, lo_c, hi_c = bootstrap_ci(values, groups=groups)
    assert (hi_c - lo_c) > 1.5 * (hi_i - lo_i)


def test_empty_and_bad_arguments():
    assert all(math.isnan(x) for x in bootstrap_ci([]))
    with pytest.raises(ValueError, match="confidence"):
        bootstrap_ci([1, 2], confidence=95)
    with pytest.raises(ValueError, match="one label per value"):
        bootstrap_ci([1, 2], groups=[1])


def test_chunked_draws_equal_one_draw(monkeypatch):
    import framing.stats as stats

    values = np.random.default_rng(3).normal(size=50)
    groups = np.arange(50) // 3
    whole = (bootstrap_ci(values), bootstrap_ci(values, groups=groups))
    monkeypatch.setattr(stats, "MAX_INDEX_CELLS", 7 * 50)  # 7 resamples per block
    assert (bootstrap_ci(values), bootstrap_ci(values, groups=groups)) == whole


# --------------------------------------------------------------------------- weighted log-odds


def test_log_odds_dirichlet_known_answer():
    from framing.stats import log_odds_dirichlet

    # i: x=3, y=1; j: x=1, y=3; prior a_x = a_y = 4 (a_0 = 8)
    delta, z = log_odds_dirichlet([3, 1], [1, 3], [4, 4])
    expected = math.log(7 / (4 + 8 - 7)) - math.log(5 / (4 + 8 - 5))
    assert delta[0] == pytest.approx(expected)
    assert z[0] == pytest.approx(expected / math.sqrt(1 / 7 + 1 / 5))
    assert z[0] == pytest.approx(1.1492, abs=1e-4)
    assert delta[1] == pytest.approx(-expected)  # y is x mirrored


def test_log_odds_dirichlet_identical_groups_give_zero():
    from framing.stats import log_odds_dirichlet

    delta, z = log_odds_dirichlet([5, 2, 1, 0], [5, 2, 1, 0], [0.5, 1, 2, 3])
    assert np.array_equal(delta, np.zeros(4))
    assert np.array_equal(z, np.zeros(4))


def test_log_odds_dirichlet_swapping_groups_flips_the_sign():
    from framing.stats import log_odds_dirichlet

    y_i, y_j, alpha = [4, 1, 2, 0], [1, 5, 0, 3], [1.0, 2.0, 0.5, 0.5]
    delta, z = log_odds_dirichlet(y_i, y_j, alpha)
    swapped_delta, swapped_z = log_odds_dirichlet(y_j, y_i, alpha)
    assert np.allclose(delta, -swapped_delta)
    assert np.allclose(z, -swapped_z)
    assert delta[0] > 0 > delta[1]  # i uses x more, y less


def test_log_odds_dirichlet_needs_a_positive_prior():
    from framing.stats import log_odds_dirichlet

    with pytest.raises(ValueError, match="positive"):
        log_odds_dirichlet([1, 2], [2, 1], [1, 0])


def test_log_odds_is_reexported_by_wording():
    from framing import stats, wording

    assert wording.log_odds_dirichlet is stats.log_odds_dirichlet


# --------------------------------------------------------------------------- rates


def test_bootstrap_rate_ci_is_a_ratio_of_sums():
    from framing.stats import bootstrap_rate_ci

    # 3 loaded words in 30 words: 100 per 1,000, whatever the split by sentence
    rate, low, high = bootstrap_rate_ci([1, 2, 0], [10, 10, 10], n_resamples=200)
    assert rate == pytest.approx(100.0)
    assert low <= rate <= high
    assert bootstrap_rate_ci([1, 1], [4, 4], per=1) == (0.25, 0.25, 0.25)
    assert all(math.isnan(v) for v in bootstrap_rate_ci([0], [0]))


@pytest.mark.parametrize("value", [0.1, 0.3, 1 / 3, 0.7, 1.0])
@pytest.mark.parametrize("n", [7, 29, 59])
def test_an_interval_holds_the_estimate_it_only_missed_by_rounding(value, n):
    """Every resample of a constant column gives its mean, summed in another order: the bounds
    must not miss the estimate in the last bit (59 values of 1/3 did before)."""
    from framing.compare import compare_groups
    from framing.stats import bootstrap_cis, bootstrap_rate_ci

    values = np.full(n, value)
    for estimate, low, high in (
        bootstrap_ci(values),
        bootstrap_ci(values, statistic=np.median),
        *bootstrap_cis([values], groups=np.arange(n) // 3),
        bootstrap_rate_ci(values, np.full(n, 2.0)),
    ):
        assert low <= estimate <= high
    import pandas as pd

    table = pd.DataFrame({"outlet": ["a"] * n + ["b"] * n, "article_id": [f"x{i}" for i in range(2 * n)]})
    table["value"] = np.concatenate([values, values / 2])
    compared = compare_groups(table, "value", by="outlet", n_resamples=200)
    assert (compared["ci_low"] <= compared["difference"]).all()
    assert (compared["difference"] <= compared["ci_high"]).all()
