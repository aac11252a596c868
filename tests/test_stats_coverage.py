"""Bootstrap intervals by simulation: do the 95% intervals cover the truth 95% of the time?

Each simulated corpus is one outlet of 80 articles; each article has its own
propensity (a share) or its own mean tone, so sentences of one article are
alike. Many corpora are stacked as many outlets of one table, so one call of
the aggregate computes every corpus's interval. The truth is known by
symmetry: article propensities are Beta(1, 1) (mean 0.5), article means are
symmetric about 0 and squashed by tanh into VADER's range, so the expected
pooled share is 0.5 and the expected mean tone 0.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

import framing
from framing.tone import outlet_tone

#: Simulated corpora per check: the coverage's Monte Carlo standard error is
#: sqrt(0.95 * 0.05 / 2000) = 0.005, so the 93-97% band is 4 standard errors wide each side.
N_CORPORA = 2000
#: Articles per outlet. With 40 the percentile bootstrap itself covers about
#: 94% (it ignores the t correction and the (n - 1)/n shrinkage of the
#: resampled variance), too close to the band's edge for the check to say
#: more than Monte Carlo luck; with 80 it covers about 94.5%.
N_ARTICLES = 80
#: Resamples per interval: enough for a 95% percentile bound in a coverage count.
N_RESAMPLES = 1000


def _articles(rng, n_corpora: int, n_articles: int):
    corpus = np.repeat(np.arange(n_corpora), n_articles)
    sizes = 1 + rng.poisson(6, size=corpus.size)  # sentences (or events) per article
    return corpus, np.repeat(np.arange(corpus.size), sizes)


def simulated_events(seed: int, *, n_corpora: int = N_CORPORA, n_articles: int = N_ARTICLES) -> pd.DataFrame:
    """A harm_events-like table: each event its own sentence, agentless with the article's propensity."""
    rng = np.random.default_rng(seed)
    corpus, article = _articles(rng, n_corpora, n_articles)
    propensity = rng.beta(1, 1, size=corpus.size)
    agentless = rng.random(article.size) < propensity[article]
    return pd.DataFrame(
        {
            "article_id": article.astype(str),
            "outlet": corpus[article].astype(str),
            "sent_id": np.arange(article.size),
            "agent": "",
            "agent_group": np.where(agentless, "none", "named"),
        }
    )


def simulated_sentiment(seed: int, *, n_corpora: int = N_CORPORA, n_articles: int = N_ARTICLES) -> pd.DataFrame:
    """A sentence_sentiment-like table: compound = tanh(article mean + sentence noise)."""
    rng = np.random.default_rng(seed)
    corpus, article = _articles(rng, n_corpora, n_articles)
    article_mean = rng.normal(0, 0.5, size=corpus.size)
    compound = np.tanh(article_mean[article] + rng.normal(0, 0.6, size=article.size))
    return pd.DataFrame(
        {"article_id": article.astype(str), "outlet": corpus[article].astype(str), "compound": compound}
    )


def coverage(table: pd.DataFrame, truth: float) -> float:
    return float(((table["ci_low"] <= truth) & (truth <= table["ci_high"])).mean())


def agentless_rows(events: pd.DataFrame) -> pd.DataFrame:
    table = framing.responsibility(events=events, groups=[], n_resamples=N_RESAMPLES)
    return table[table["measure"] == "agentless"]


def test_share_interval_resamples_articles_and_covers_the_truth():
    table = agentless_rows(simulated_events(1))
    assert len(table) == N_CORPORA
    assert set(table["ci_unit"]) == {"article"}
    assert 0.93 <= coverage(table, 0.5) <= 0.97


def test_sentence_interval_undercovers_when_articles_differ():
    # the same corpora with every outlet's events put in one article: the
    # interval falls back to resampling sentences, as every interval did before
    events = simulated_events(1)
    table = agentless_rows(events.assign(article_id=events["outlet"]))
    assert set(table["ci_unit"]) == {"sentence"}
    assert coverage(table, 0.5) < 0.85


def test_mean_interval_resamples_articles_and_covers_the_truth():
    table = outlet_tone(sentiment=simulated_sentiment(2), n_resamples=N_RESAMPLES)
    means = table[table["measure"] == "mean_compound"]
    assert len(means) == N_CORPORA
    assert set(means["ci_unit"]) == {"article"}
    assert 0.93 <= coverage(means, 0.0) <= 0.97


def test_sentence_interval_of_a_mean_undercovers_when_articles_differ():
    # fewer corpora: resampling every sentence costs more, and the shortfall is large
    table = outlet_tone(sentiment=simulated_sentiment(2, n_corpora=300), cluster="sentence", n_resamples=N_RESAMPLES)
    means = table[table["measure"] == "mean_compound"]
    assert set(means["ci_unit"]) == {"sentence"}
    assert coverage(means, 0.0) < 0.85
