"""Seconds for the statistics on a synthetic corpus of 2,000 articles, and compare_groups' error rates.

    .venv/bin/python benchmarks/statistics_costs.py [--articles 2000] [--runs 200]

No parsing: the tidy tables (harm events, sentence tone) are simulated, one
row per event or sentence, for articles spread over outlets, countries,
periods and stories, each article with its own propensity to leave harm
agentless and its own mean tone (so article-level resampling matters).
Times compare_groups (every pair, and each outlet against the rest, by
outlet and by country), the aggregates grouped by a metadata column
(``responsibility(by="country")``, ``outlet_tone(by="period")``) and
model_share (``C(outlet) + C(story)``, cluster-robust by article).

Then measures compare_groups' false alarms and power by simulation: two
groups of 40 articles each, article propensities Beta-distributed around
the group's share (intra-article correlation 1/3), ``--runs`` simulated
corpora per difference. Writes ``benchmarks/statistics_costs.csv`` and
``benchmarks/compare_power.csv``. Not a test.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
SEED = 20250309
OUTLETS = 8
COUNTRIES = ("UK", "US", "India")
PERIODS = ("2025-03", "2025-04", "2025-05")
STORIES = 40


def synthetic_corpus(n_articles: int, rng) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Articles (with metadata), harm events and sentence tone for ``n_articles`` articles."""
    outlet_index = rng.integers(0, OUTLETS, n_articles)
    articles = pd.DataFrame(
        {
            "article_id": [f"art{i:05d}" for i in range(n_articles)],
            "outlet": [f"outlet {k}" for k in outlet_index],
            "country": np.array(COUNTRIES)[outlet_index % len(COUNTRIES)],
            "period": rng.choice(PERIODS, n_articles),
            "story": [f"story {k}" for k in rng.integers(0, STORIES, n_articles)],
        }
    )
    share = 0.35 + 0.03 * outlet_index  # outlets differ by up to 0.21
    propensity = rng.beta(share * 2, (1 - share) * 2)
    n_events = 1 + rng.poisson(8, n_articles)
    article = np.repeat(np.arange(n_articles), n_events)
    agentless = rng.random(article.size) < propensity[article]
    events = articles.iloc[article][["article_id", "outlet"]].reset_index(drop=True)
    events = events.assign(
        sent_id=rng.integers(0, 30, article.size),
        agent=np.where(agentless, "", "someone"),
        agent_group=np.where(agentless, "none", "named"),
        hedge_cue="",
    )
    n_sentences = 5 + rng.poisson(20, n_articles)
    article = np.repeat(np.arange(n_articles), n_sentences)
    tone = np.tanh(rng.normal(0, 0.4, n_articles)[article] + rng.normal(0, 0.5, article.size))
    sentiment = articles.iloc[article][["article_id", "outlet"]].reset_index(drop=True)
    sentiment = sentiment.assign(sent_id=np.arange(article.size), compound=tone)
    return articles, events, sentiment


def timed(rows: list, step: str, call, n_rows: int) -> object:
    start = time.perf_counter()
    out = call()
    rows.append((step, n_rows, round(time.perf_counter() - start, 3), len(out) if hasattr(out, "__len__") else 1))
    return out


def costs(n_articles: int) -> pd.DataFrame:
    import patsy  # noqa: F401  (imported here so model_share's time is the fit's, not the import's)
    import statsmodels.api  # noqa: F401

    import framing
    from framing.tone import outlet_tone

    articles, events, sentiment = synthetic_corpus(n_articles, np.random.default_rng(SEED))
    agentless = events["agent_group"] == "none"
    with_story = framing.with_metadata(events, articles, "story")
    rows: list = []
    n = len(events)
    timed(rows, "compare_groups by outlet, all pairs", lambda: framing.compare_groups(events, agentless), n)
    timed(
        rows,
        "compare_groups by outlet, each vs rest",
        lambda: framing.compare_groups(events, agentless, pairs="rest"),
        n,
    )
    timed(
        rows,
        "compare_groups by country (metadata), all pairs",
        lambda: framing.compare_groups(events, agentless, by="country", corpus=articles),
        n,
    )
    timed(
        rows,
        "compare_groups of mean tone by outlet, all pairs",
        lambda: framing.compare_groups(sentiment, "compound"),
        len(sentiment),
    )
    timed(rows, "responsibility by outlet", lambda: framing.responsibility(events=events, groups=[]), n)
    timed(
        rows,
        "responsibility by country (metadata)",
        lambda: framing.responsibility(articles, events=events, groups=[], by="country"),
        n,
    )
    timed(
        rows,
        "outlet_tone by period (metadata)",
        lambda: outlet_tone(sentiment=sentiment, corpus=articles, by="period"),
        len(sentiment),
    )
    timed(rows, "model_share C(outlet)", lambda: framing.model_share(events, agentless).shares, n)
    timed(
        rows,
        "model_share C(outlet) + C(story)",
        lambda: framing.model_share(with_story, with_story["agent_group"] == "none", "C(outlet) + C(story)").shares,
        n,
    )
    table = pd.DataFrame(rows, columns=["step", "input_rows", "seconds", "output_rows"])
    return table.assign(articles=n_articles)[["step", "articles", "input_rows", "output_rows", "seconds"]]


def error_rates(runs: int, differences=(0.0, 0.05, 0.10, 0.15, 0.20), n_articles: int = 40) -> pd.DataFrame:
    """Share of simulated corpora where compare_groups' p-value (and interval) call a difference."""
    import framing

    rng = np.random.default_rng(SEED)
    rows = []
    for difference in differences:
        shares = np.array([0.5 - difference / 2, 0.5 + difference / 2])
        p_values, excludes_zero, covers = [], [], []
        for run in range(runs):
            group = np.repeat([0, 1], n_articles)
            mean = shares[group]
            propensity = rng.beta(mean * 2, (1 - mean) * 2)
            sizes = 1 + rng.poisson(6, group.size)
            article = np.repeat(np.arange(group.size), sizes)
            table = pd.DataFrame(
                {
                    "article_id": article,
                    "outlet": np.array(["A", "B"])[group[article]],
                    "hit": (rng.random(article.size) < propensity[article]).astype(float),
                }
            )
            row = framing.compare_groups(table, "hit", n_resamples=500, random_state=run).iloc[0]
            p_values.append(row["p_value"])
            excludes_zero.append(not row["ci_low"] <= 0 <= row["ci_high"])
            covers.append(row["ci_low"] <= -difference <= row["ci_high"])
        rows.append(
            (
                difference,
                n_articles,
                runs,
                float(np.mean(np.array(p_values) < 0.05)),
                float(np.mean(excludes_zero)),
                float(np.mean(covers)),
            )
        )
    return pd.DataFrame(
        rows,
        columns=[
            "difference",
            "articles_per_group",
            "runs",
            "rejected_at_0_05",
            "interval_excludes_0",
            "interval_covers_truth",
        ],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    table = costs(args.articles)
    table.to_csv(HERE / "statistics_costs.csv", index=False, float_format="%.3f")
    print(table.to_string(index=False))
    rates = error_rates(args.runs)
    rates.to_csv(HERE / "compare_power.csv", index=False, float_format="%.3f")
    print(rates.to_string(index=False))


if __name__ == "__main__":
    main()
