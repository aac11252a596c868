"""framing.validation.metrics agrees with scikit-learn's definitions."""

from __future__ import annotations

import math

import numpy as np
import pytest
from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support

from framing.validation.metrics import label_report, precision_recall_f1, spearman_rho

LABELS = ["negative", "neutral", "positive"]


@pytest.mark.parametrize("seed", range(20))
def test_label_report_matches_sklearn_on_random_labellings(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 40))
    # some labellings never use a label, to exercise the zero-division rule
    gold = list(rng.choice(LABELS[: int(rng.integers(1, 4))], n))
    predicted = list(rng.choice(LABELS, n))
    report = label_report(gold, predicted, LABELS)
    precision, recall, f1, support = precision_recall_fscore_support(gold, predicted, labels=LABELS, zero_division=0)
    assert report["accuracy"] == pytest.approx(accuracy_score(gold, predicted))
    macro = f1_score(gold, predicted, labels=LABELS, average="macro", zero_division=0)
    assert report["macro_f1"] == pytest.approx(macro)
    for i, label in enumerate(LABELS):
        assert report["per_label"][label] == pytest.approx((precision[i], recall[i], f1[i], support[i]))


def test_label_report_rejects_unequal_lengths():
    with pytest.raises(ValueError, match="2 gold labels but 1 predictions"):
        label_report(["a", "b"], ["a"], ["a", "b"])


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "expected"),
    [
        (8, 2, 0, (0.8, 1.0, 16 / 18)),
        (3, 1, 2, (0.75, 0.6, 2 * 0.75 * 0.6 / 1.35)),
        (0, 2, 3, (0.0, 0.0, 0.0)),  # items but no hit
    ],
)
def test_precision_recall_f1_known_answers(tp, fp, fn, expected):
    assert precision_recall_f1(tp, fp, fn) == pytest.approx(expected)


def test_precision_recall_f1_is_undefined_without_items():
    precision, recall, f1 = precision_recall_f1(0, 0, 0)
    assert math.isnan(precision) and math.isnan(recall) and math.isnan(f1)
    precision, recall, f1 = precision_recall_f1(0, 0, 4)  # nothing found: precision undefined, F1 zero
    assert math.isnan(precision) and recall == 0.0 and f1 == 0.0


@pytest.mark.parametrize("seed", range(5))
def test_spearman_rho_matches_scipy_with_ties(seed):
    from scipy.stats import spearmanr

    rng = np.random.default_rng(seed)
    ordinal = rng.integers(0, 3, 50)  # many ties, like three labels
    compound = np.round(rng.uniform(-1, 1, 50), 1)
    assert spearman_rho(ordinal, compound) == pytest.approx(spearmanr(ordinal, compound).statistic, abs=1e-12)


def test_label_report_known_answer():
    gold = ["negative", "negative", "neutral", "positive"]
    predicted = ["negative", "neutral", "neutral", "neutral"]
    report = label_report(gold, predicted, LABELS)
    assert report["accuracy"] == pytest.approx(0.5)
    # negative: P 1/1, R 1/2, F1 2/3; neutral: P 1/3, R 1/1, F1 1/2; positive: nothing found, 0
    assert report["per_label"]["negative"] == pytest.approx((1.0, 0.5, 2 / 3, 2))
    assert report["per_label"]["neutral"] == pytest.approx((1 / 3, 1.0, 0.5, 1))
    assert report["per_label"]["positive"] == pytest.approx((0.0, 0.0, 0.0, 1))
    assert report["macro_f1"] == pytest.approx((2 / 3 + 0.5) / 3)
