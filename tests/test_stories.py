"""Stories: grouping articles about the same happening, and cross-article tables run story by story.

tests/data/stories/articles.csv holds short reports written for these tests
(invented places and people): seven happenings told by two to four outlets,
two pairs of them on near topics (a dam failure and, a week later, unrelated
flash floods in the same country; a market airstrike and, three days later,
a strike on the hospital treating its wounded). Labelled by story before the
grouping was run.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import framing
from conftest import ROOT
from framing.stories import STORY_COLUMNS, THRESHOLD, group_stories

ARTICLES = ROOT / "tests" / "data" / "stories" / "articles.csv"


@pytest.fixture(scope="module")
def labelled(seed_corpus):
    written = pd.read_csv(ARTICLES, dtype=str, keep_default_na=False)
    seed = seed_corpus.assign(story="seed")[["article_id", "outlet", "date", "story", "title", "text"]]
    return pd.concat([written, seed], ignore_index=True)


def same_story_pairs(labels) -> set[tuple[int, int]]:
    labels = list(labels)
    return {(i, j) for i in range(len(labels)) for j in range(i + 1, len(labels)) if labels[i] == labels[j]}


def test_columns_order_and_types(labelled):
    found = group_stories(labelled)
    assert list(found.columns) == STORY_COLUMNS
    assert found["article_id"].tolist() == labelled["article_id"].tolist()
    assert {c: str(t) for c, t in found.dtypes.items() if c != "article_id" and c != "outlet"} == {
        "story_id": "int64",
        "story_size": "int64",
        "n_outlets": "int64",
    }
    # ids follow corpus order: the first article opens story 0, ids only grow by one
    first_seen = found.drop_duplicates("story_id")["story_id"].tolist()
    assert first_seen == list(range(len(first_seen)))
    sizes = found.groupby("story_id")["article_id"].transform("size")
    assert (sizes == found["story_size"]).all()


def test_default_threshold_keeps_happenings_apart(labelled):
    found = group_stories(labelled)
    truth, predicted = same_story_pairs(labelled["story"]), same_story_pairs(found["story_id"])
    precision = len(truth & predicted) / len(predicted)
    # the seed study is one story of five outlets, alone
    seed = found[labelled["story"] == "seed"]
    assert seed["story_id"].nunique() == 1 and seed["n_outlets"].iloc[0] == 5
    assert seed["story_size"].iloc[0] == 5
    # the dam failure and the unrelated floods a week later stay apart
    dam = set(found.loc[labelled["story"] == "dam_varenna", "story_id"])
    floods = set(found.loc[labelled["story"] == "flood_tarrow", "story_id"])
    assert not dam & floods
    assert precision >= 0.7  # 0.72: the market and hospital strikes merge (xfail below)


@pytest.mark.xfail(
    strict=True,
    reason="a follow-up report that recaps an earlier happening (the hospital strike story names the market "
    "strike, its toll and its wounded) is as close to it as its own story: TF-IDF cannot tell them apart",
)
def test_follow_up_happening_is_its_own_story(labelled):
    found = group_stories(labelled)
    market = set(found.loc[labelled["story"] == "strike_karsk_market", "story_id"])
    hospital = set(found.loc[labelled["story"] == "strike_karsk_hospital", "story_id"])
    assert not market & hospital


def test_lower_threshold_joins_more(labelled):
    loose = group_stories(labelled, threshold=0.15)
    strict = group_stories(labelled, threshold=THRESHOLD)
    assert loose["story_id"].nunique() < strict["story_id"].nunique()
    truth = same_story_pairs(labelled["story"])
    # at 0.15 every same-story pair of the labelled set is joined (recall 1)
    assert truth <= same_story_pairs(loose["story_id"])


def test_window_days_splits_the_same_text_far_apart_in_time():
    text = "Floodwater swept through Orvella after the Brana dam gave way, killing 12 people, officials said."
    table = pd.DataFrame(
        {
            "article_id": ["x1", "x2", "x3"],
            "outlet": ["A", "B", "C"],
            "date": ["2030-01-01", "2030-01-02", "2030-03-01"],
            "text": [text, text.replace("12", "13"), text],
        }
    )
    assert group_stories(table)["story_id"].nunique() == 1
    windowed = group_stories(table, window_days=3)
    assert windowed["story_id"].tolist() == [0, 0, 1]
    assert windowed["n_outlets"].tolist() == [2, 2, 1]


def test_unrelated_articles_are_stories_of_their_own():
    table = pd.DataFrame(
        {
            "article_id": ["p", "q"],
            "outlet": ["A", "B"],
            "text": [
                "The central bank raised interest rates by half a point to curb inflation.",
                "A storm knocked out power to thousands of homes along the northern coast.",
            ],
        }
    )
    found = group_stories(table)
    assert found["story_id"].tolist() == [0, 1]
    assert found["story_size"].tolist() == [1, 1]


def test_empty_and_stop_word_corpora():
    empty = group_stories(pd.DataFrame(columns=["article_id", "outlet", "text"]))
    assert list(empty.columns) == STORY_COLUMNS and empty.empty
    blank = group_stories(pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"], "text": ["the and", "of"]}))
    assert blank["story_id"].tolist() == [0, 1]


@pytest.mark.parametrize("bad", [{"threshold": 0}, {"threshold": 1.5}, {"window_days": -1}])
def test_bad_options_are_refused(labelled, bad):
    with pytest.raises(ValueError):
        group_stories(labelled, **bad)


def test_by_story_calls_the_table_once_per_shared_story(labelled):
    stories = group_stories(labelled)
    calls = []

    def spy(corpus, **kwargs):
        calls.append(sorted(corpus["article_id"]))
        return pd.DataFrame({"claim_id": [0, 1], "article_id": corpus["article_id"].iloc[:1].tolist() * 2})

    result = framing.by_story(spy, labelled, stories)
    wide = stories[stories["n_outlets"] >= 2]
    expected = sorted(sorted(group["article_id"]) for _, group in wide.groupby("story_id"))
    assert sorted(calls) == expected
    # the largest call is the largest shared story, not the corpus
    assert max(len(c) for c in calls) == wide["story_size"].max() < len(labelled)
    assert list(result.columns[:1]) == ["story_id"]
    assert result["claim_id"].tolist() == list(range(2 * len(calls)))  # renumbered, unique


def test_by_story_cuts_input_tables_to_the_story(labelled):
    stories = group_stories(labelled)
    seen = []

    def spy(corpus, *, sentences, threshold):
        seen.append((set(corpus["article_id"]), set(sentences["article_id"]), threshold))
        return pd.DataFrame({"n": [len(sentences)]})

    sentences = pd.DataFrame({"article_id": labelled["article_id"].repeat(2), "sent_id": 0})
    framing.by_story(spy, labelled, stories, sentences=sentences, threshold=0.5)
    assert seen and all(ids == cut and value == 0.5 for ids, cut, value in seen)


def test_by_story_align_claims_equals_align_claims_per_story(labelled, parse_cache):
    stories = group_stories(labelled)
    claims = framing.by_story(framing.align_claims, labelled, stories, cache_dir=parse_cache)
    assert claims["claim_id"].is_unique is False  # members of one claim share an id
    seed_story = int(stories.loc[labelled["story"] == "seed", "story_id"].iloc[0])
    seed_part = claims[claims["story_id"] == seed_story].drop(columns="story_id")
    alone = framing.align_claims(labelled[labelled["story"] == "seed"].reset_index(drop=True), cache_dir=parse_cache)
    offset = seed_part["claim_id"].min()
    pd.testing.assert_frame_equal(
        seed_part.assign(claim_id=seed_part["claim_id"] - offset).reset_index(drop=True), alone
    )
    # every claim's members come from one story
    assert claims.groupby("claim_id")["story_id"].nunique().eq(1).all()


def test_by_story_text_reuse_pairs_stay_within_stories(labelled, parse_cache):
    stories = group_stories(labelled)
    pairs = framing.by_story(framing.text_reuse, labelled, stories, renumber=None, cache_dir=parse_cache)
    story_of = dict(zip(stories["article_id"], stories["story_id"], strict=True))
    assert len(pairs) > 0
    assert (pairs["article_id"].map(story_of) == pairs["other_article_id"].map(story_of)).all()
    assert (pairs["story_id"] == pairs["article_id"].map(story_of)).all()


def test_by_story_refuses_a_stories_table_of_another_corpus(labelled):
    other = group_stories(labelled.iloc[:3])
    with pytest.raises(ValueError, match="have no story"):
        framing.by_story(lambda c, **k: c, labelled, other)


def test_centroid_assignment_matches_a_direct_computation():
    """The incremental centroid similarity equals cosine to the mean of the members."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from framing.stories import _assign

    rng = np.random.default_rng(3)
    words = [f"w{k}" for k in range(40)]
    texts = [" ".join(rng.choice(words, 12)) for _ in range(30)]
    matrix = TfidfVectorizer().fit_transform(texts).tocsr()
    labels = _assign(matrix, np.full(30, np.nan), 0.3, None)
    dense = matrix.toarray()
    for k in range(1, 30):
        earlier = labels[:k]
        sims = {}
        for story in set(earlier):
            centroid = dense[:k][earlier == story].sum(axis=0)
            sims[story] = dense[k] @ centroid / np.linalg.norm(centroid)
        best = max(sims, key=sims.get)
        if sims[best] >= 0.3:
            assert labels[k] == best
        else:
            assert labels[k] not in set(earlier)
