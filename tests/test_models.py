"""model_share against statsmodels called directly."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import framing
from framing.models import EFFECT_COLUMNS


def _events(seed: int = 0, n_articles: int = 30) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    outlet = np.repeat(["A", "B", "C"], n_articles)
    story = rng.choice(["s1", "s2"], size=outlet.size)
    base = np.select([outlet == "A", outlet == "B"], [0.3, 0.5], 0.6) + np.where(story == "s2", 0.1, 0.0)
    propensity = np.clip(base + rng.normal(0, 0.15, size=outlet.size), 0.02, 0.98)
    sizes = 2 + rng.poisson(5, size=outlet.size)
    article = np.repeat(np.arange(outlet.size), sizes)
    return pd.DataFrame(
        {
            "article_id": [f"art{i}" for i in article],
            "outlet": outlet[article],
            "story": story[article],
            "sent_id": np.arange(article.size),
            "agentless": (rng.random(article.size) < propensity[article]).astype(int),
        }
    )


def _direct(events: pd.DataFrame, formula: str):
    import statsmodels.api as sm
    import statsmodels.formula.api as smf

    groups = pd.factorize(events["article_id"])[0]
    return smf.glm(f"agentless ~ {formula}", data=events, family=sm.families.Binomial()).fit(
        cov_type="cluster", cov_kwds={"groups": groups}
    )


def test_effects_and_shares_match_statsmodels():
    events = _events()
    model = framing.model_share(events, "agentless")
    direct = _direct(events, "C(outlet)")
    assert list(model.effects.columns) == EFFECT_COLUMNS
    assert model.effects["term"].tolist() == list(direct.params.index)
    assert model.effects["estimate"].to_numpy() == pytest.approx(direct.params.to_numpy())
    assert model.effects["std_error"].to_numpy() == pytest.approx(direct.bse.to_numpy())
    assert model.effects["p_value"].to_numpy() == pytest.approx(direct.pvalues.to_numpy())
    assert model.effects["ci_low"].to_numpy() == pytest.approx(direct.conf_int()[0].to_numpy())
    # one factor: the predicted share of an outlet is statsmodels' prediction for it
    shares = model.shares.set_index("outlet")
    assert list(shares.index) == ["A", "B", "C"]
    predicted = direct.get_prediction(pd.DataFrame({"outlet": ["A", "B", "C"]})).summary_frame()
    assert shares["share"].to_numpy() == pytest.approx(predicted["mean"].to_numpy())
    assert shares["ci_low"].to_numpy() == pytest.approx(predicted["mean_ci_lower"].to_numpy())
    assert shares["ci_high"].to_numpy() == pytest.approx(predicted["mean_ci_upper"].to_numpy())
    # and, with one factor, the observed share
    assert shares["share"].to_numpy() == pytest.approx(shares["observed"].to_numpy())
    assert set(shares["ci_unit"]) == {"article"}


def test_robust_errors_are_wider_than_naive_ones_when_articles_differ():
    events = _events(1)
    model = framing.model_share(events, "agentless")
    import statsmodels.api as sm
    import statsmodels.formula.api as smf

    naive = smf.glm("agentless ~ C(outlet)", data=events, family=sm.families.Binomial()).fit()
    assert (model.effects["std_error"].to_numpy() > naive.bse.to_numpy()).all()


def test_a_second_factor_and_predictive_margins():
    events = _events(2)
    model = framing.model_share(events, events["agentless"] == 1, "C(outlet) + C(story)")
    direct = _direct(events, "C(outlet) + C(story)")
    assert model.effects["estimate"].to_numpy() == pytest.approx(direct.params.to_numpy())
    assert model.effects["std_error"].to_numpy() == pytest.approx(direct.bse.to_numpy())
    for row in model.shares.itertuples():
        # the average prediction with every event set to this outlet
        expected = direct.predict(events.assign(outlet=row.outlet)).mean()
        assert row.share == pytest.approx(expected)
        assert row.ci_low < row.share < row.ci_high


def test_metadata_from_the_corpus_and_bad_input():
    events = _events(3)
    corpus = pd.DataFrame(
        {"article_id": events["article_id"].unique()}
    ).assign(country=lambda t: np.where(t.index % 2 == 0, "UK", "IN"))
    model = framing.model_share(events, "agentless", "C(country)", by="country", corpus=corpus)
    assert set(model.shares["country"]) == {"UK", "IN"}
    with pytest.raises(ValueError, match="0/1"):
        framing.model_share(events.assign(agentless=events["agentless"] * 2), "agentless")
    with pytest.raises(ValueError, match="column of the table"):
        framing.model_share(events, "missing")


def test_one_article_per_outlet_clusters_sentences():
    events = _events(4, n_articles=1)
    model = framing.model_share(events, "agentless")
    assert set(model.shares["ci_unit"]) == {"sentence"}
