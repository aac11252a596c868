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
