"""Grouping by article metadata: with_metadata, by= in the aggregates, the resampling unit."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import framing
from framing.stats import resampling_clusters
from framing.tone import outlet_tone


def _corpus() -> pd.DataFrame:
    return framing.load_corpus(
        pd.DataFrame(
            {
                "article_id": ["a1", "a2", "b1", "c1"],
                "outlet": ["A", "A", "B", "C"],
                "text": ["x y", "x y", "x y", "x y"],
                "country": ["UK", "UK", "UK", "India"],
                "stance": ["left", "right", None, "left"],
            }
        )
    )


def _events() -> pd.DataFrame:
    rows = [
        ("b1", "B", 0, "army", "government_forces"),
        ("a1", "A", 0, "", "none"),
        ("a1", "A", 0, "army", "government_forces"),
        ("a1", "A", 1, "", "none"),
        ("a2", "A", 0, "", "none"),
        ("a2", "A", 3, "rebels", "rebels"),
        ("b1", "B", 2, "", "none"),
        ("c1", "C", 0, "", "none"),
    ]
    table = pd.DataFrame(rows, columns=["article_id", "outlet", "sent_id", "agent", "agent_group"])
    return table.assign(hedge_cue=["", "may", "", "", "", "", "", "reportedly"])


def test_load_corpus_keeps_extra_metadata_columns():
    corpus = _corpus()
    assert list(corpus.columns)[-2:] == ["country", "stance"]
    assert corpus["country"].tolist() == ["UK", "UK", "UK", "India"]


def test_with_metadata_joins_by_article_and_keeps_rows():
    events = _events().set_axis([10, 3, 7, 1, 2, 9, 4, 8])
    joined = framing.with_metadata(events, _corpus(), ["country", "stance"])
    assert list(joined.index) == list(events.index)
    assert joined["country"].tolist() == ["UK", "UK", "UK", "UK", "UK", "UK", "UK", "India"]
    assert pd.isna(joined["stance"].iloc[0]) and joined["stance"].iloc[1] == "left"
    pd.testing.assert_frame_equal(joined[events.columns], events)
    everything = framing.with_metadata(events, _corpus())
    assert {"country", "stance", "date", "title"} <= set(everything.columns) and "text" not in everything.columns


def test_with_metadata_errors_name_the_problem():
    with pytest.raises(ValueError, match="no column\\(s\\) 'region'"):
        framing.with_metadata(_events(), _corpus(), "region")
    with pytest.raises(ValueError, match="not in the corpus, e.g. 'zz'"):
        framing.with_metadata(_events().assign(article_id="zz"), _corpus(), "country")
    with pytest.raises(ValueError, match="no column 'country'; pass corpus="):
        framing.responsibility(events=_events(), groups=[], by="country")


def test_responsibility_by_a_metadata_column():
    table = framing.responsibility(_corpus(), events=_events(), groups=["government_forces"], by="country")
    assert list(table.columns) == ["country", *framing.agency.RESPONSIBILITY_COLUMNS[1:]]
    assert list(dict.fromkeys(table["country"])) == ["UK", "India"]
    uk = table[table["country"] == "UK"].set_index("measure")
    assert uk.loc["events", "n"] == 7
    assert uk.loc["agentless", "n"] == 4 and uk.loc["agentless", "share"] == pytest.approx(4 / 7)
    # the UK's events come from three articles: articles are resampled; India's from one: its sentences
    assert set(uk["ci_unit"]) == {"article"}
    assert set(table.loc[table["country"] == "India", "ci_unit"]) == {"sentence"}
    # a stance of None belongs to no group: outlet B's events are left out
    by_stance = framing.responsibility(_corpus(), events=_events(), groups=[], by="stance")
    assert by_stance.set_index(["stance", "measure"]).loc[("left", "events"), "n"] == 4
    assert set(by_stance["stance"]) == {"left", "right"}


def test_by_outlet_names_units_per_outlet():
    table = framing.responsibility(events=_events(), groups=[])
    units = table.drop_duplicates("outlet").set_index("outlet")["ci_unit"]
    assert units.to_dict() == {"B": "sentence", "A": "article", "C": "sentence"}
    hedged = framing.hedge_asymmetry(events=_events(), by="country", corpus=_corpus())
    assert list(hedged.columns) == ["country", *framing.agency.HEDGE_ASYMMETRY_COLUMNS[1:]]
    none_uk = hedged[(hedged["country"] == "UK") & (hedged["agent_group"] == "none")].iloc[0]
    assert (none_uk["n_events"], none_uk["n_hedged"], none_uk["ci_unit"]) == (4, 1, "article")


def test_outlet_tone_by_metadata_and_units():
    sentiment = pd.DataFrame(
        {
            "article_id": ["a1", "a1", "a2", "b1", "b1", "c1"],
            "outlet": ["A", "A", "A", "B", "B", "C"],
            "compound": [0.5, -0.5, 0.1, 0.3, 0.2, -0.9],
        }
    )
    table = outlet_tone(sentiment=sentiment, corpus=_corpus(), by="country")
    means = table[table["measure"] == "mean_compound"].set_index("country")
    assert means.loc["UK", "estimate"] == pytest.approx(0.12)
    assert means.loc["UK", "n"] == 5 and means.loc["UK", "ci_unit"] == "article"
    assert means.loc["India", "ci_unit"] == "sentence"
    by_outlet = outlet_tone(sentiment=sentiment).drop_duplicates("outlet").set_index("outlet")["ci_unit"]
    assert by_outlet.to_dict() == {"A": "article", "B": "sentence", "C": "sentence"}


def test_resampling_clusters_follow_the_data():
    groups, unit = resampling_clusters(["a", "b", "a"], [0, 0, 1])
    assert unit == "article" and groups.tolist() == ["a", "b", "a"]
    groups, unit = resampling_clusters(["a", "a", "a"], [0, 0, 1])
    assert unit == "sentence"
    assert groups[0] == groups[1] != groups[2]
    assert resampling_clusters(["a", "a"]) == (None, "sentence")


def test_one_article_gives_the_sentence_interval():
    # with one article the interval is exactly the sentence-clustered one of before
    values = np.array([1, 0, 1, 1, 0, 0, 1, 0, 1, 1], dtype=float)
    sent_ids = np.array([0, 0, 1, 2, 3, 3, 4, 5, 6, 7])
    groups, _ = resampling_clusters(["a"] * 10, sent_ids)
    old = np.char.add("a#", sent_ids.astype(str))
    assert framing.bootstrap_ci(values, groups=groups) == framing.bootstrap_ci(values, groups=old)


def test_group_by_a_period_made_from_dates():
    corpus = _corpus().assign(date=["2025-03-09", "2025-04-01", "2025-03-30", "2025-04-02"])
    events = framing.with_metadata(_events(), corpus, "date")
    events["month"] = events["date"].str[:7]
    table = framing.responsibility(events=events, groups=[], by="month")
    counts = table[table["measure"] == "events"].set_index("month")["n"]
    assert counts.to_dict() == {"2025-03": 5, "2025-04": 3}


@pytest.mark.model
def test_wording_aggregates_by_a_metadata_column(parse_cache):
    corpus = framing.load_corpus(
        pd.DataFrame(
            {
                "article_id": ["a1", "a2", "b1"],
                "outlet": ["Alpha", "Alpha", "Beta"],
                "country": ["UK", "UK", "India"],
                "text": [
                    "Brutal attackers rampaged through Varnok. The massacre shocked the town.",
                    "Violence spread. Clashes continued.",
                    "Attackers entered Varnok. The clashes ended.",
                ],
            }
        ),
        clean=False,
    )
    parsed = framing.parse(corpus, cache_dir=parse_cache, progress=False)
    rates = framing.loaded_language(parsed, by="country", n_resamples=200)
    assert list(rates.columns) == ["country", *framing.wording.LOADED_RATE_COLUMNS[1:]]
    assert rates["country"].tolist() == ["UK", "India"]
    assert rates["ci_unit"].tolist() == ["article", "sentence"]
    by_outlet = framing.loaded_language(parsed, n_resamples=200).set_index("outlet")
    assert rates.set_index("country").loc["UK", "count"] == by_outlet.loc["Alpha", "count"]
    labels = framing.event_labels(parsed, by="category", group_by="country", n_resamples=200)
    assert list(labels.columns) == ["country", "category", "count", "share", "ci_low", "ci_high", "ci_unit"]
    uk = labels[labels["country"] == "UK"].set_index("category")
    alpha = framing.event_labels(parsed, by="category", n_resamples=200).set_index(["outlet", "category"])
    assert uk["count"].to_dict() == alpha.loc["Alpha", "count"].to_dict()  # the UK is outlet Alpha
    assert uk["count"].sum() == 3 and set(uk["ci_unit"]) == {"article"}
    with pytest.raises(ValueError, match="metadata column"):
        framing.loaded_language(parsed, by="region")


def test_actor_tone_by_a_metadata_column():
    from framing.tone import actor_tone

    clauses = pd.DataFrame(
        {
            "article_id": ["a1", "a2", "b1", "c1"],
            "outlet": ["A", "A", "B", "C"],
            "sent_id": [0, 0, 1, 2],
            "role": "agent",
            "actor_group": "army",
            "compound": [-0.5, -0.1, -0.3, 0.4],
        }
    )
    table = actor_tone(_corpus(), clauses=clauses, by="country")
    assert list(table.columns) == ["country", *framing.tone.ACTOR_TONE_COLUMNS[1:]]
    rows = table.set_index("country")
    assert rows.loc["UK", "n"] == 3 and rows.loc["UK", "mean_compound"] == pytest.approx(-0.3)
    assert (rows.loc["UK", "ci_unit"], rows.loc["India", "ci_unit"]) == ("article", "sentence")
