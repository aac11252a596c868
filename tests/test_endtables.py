"""Cross-article tables on a corpus over the limit: made story by story, same columns."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import framing
from framing.pipeline import endtables

STORIES = Path(__file__).parent / "data" / "stories" / "articles.csv"
CROSS = ("align_claims", "text_reuse")


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return pd.read_csv(STORIES, dtype=str)


@pytest.fixture(scope="module")
def whole(corpus, parse_cache):
    """The small-corpus route: every article compared with every other."""
    return framing.analyze(corpus, tables=[*CROSS, "group_stories"], cache_dir=parse_cache, progress=False)


@pytest.fixture(scope="module")
def by_runs(corpus, parse_cache):
    """The large-corpus route, forced by a limit of 4 articles."""
    saved = endtables.MAX_CORPUS_TABLE_ARTICLES, endtables.STORY_RUN_ARTICLES
    endtables.MAX_CORPUS_TABLE_ARTICLES, endtables.STORY_RUN_ARTICLES = 4, 4
    try:
        return framing.analyze(corpus, tables=[*CROSS, "group_stories"], cache_dir=parse_cache, progress=False)
    finally:
        endtables.MAX_CORPUS_TABLE_ARTICLES, endtables.STORY_RUN_ARTICLES = saved


def test_over_the_limit_the_cross_article_tables_are_made_not_skipped(by_runs, whole):
    assert set(CROSS) <= set(by_runs.tables)
    assert not set(CROSS) & set(by_runs.skipped)
    for name in CROSS:
        assert list(by_runs[name].columns) == list(whole[name].columns)
        assert (by_runs[name].dtypes == whole[name].dtypes).all()
    assert len(by_runs["align_claims"]) > 0 and len(by_runs["text_reuse"]) > 0


def test_story_by_story_compares_only_articles_of_one_run(corpus, by_runs):
    runs = endtables.story_runs(corpus, by_runs["group_stories"], 4)
    run_of = dict(zip(runs["article_id"], runs["story_id"], strict=True))
    pairs = by_runs["text_reuse"]
    assert (pairs["article_id"].map(run_of) == pairs["other_article_id"].map(run_of)).all()
    claims = by_runs["align_claims"]
    # a claim id is never shared by two runs (ids are offset run by run)
    assert claims.groupby("claim_id")["article_id"].agg(lambda ids: ids.map(run_of).nunique()).eq(1).all()


def test_story_by_story_equals_each_run_compared_on_its_own(corpus, by_runs, parse_cache):
    runs = endtables.story_runs(corpus, by_runs["group_stories"], 4)
    reuse, claims, offset = [], [], 0
    for _, members in runs[runs["story_size"] >= 2].groupby("story_id"):
        part = corpus[corpus["article_id"].isin(members["article_id"])].reset_index(drop=True)
        alone = framing.analyze(part, tables=list(CROSS), cache_dir=parse_cache, progress=False)
        reuse.append(alone["text_reuse"])
        if len(alone["align_claims"]) and members["outlet"].nunique() >= 2:
            claims.append(alone["align_claims"].assign(claim_id=alone["align_claims"]["claim_id"] + offset))
            offset += int(alone["align_claims"]["claim_id"].max()) + 1
    key = ["article_id", "other_article_id"]
    got = by_runs["text_reuse"].sort_values(key).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, pd.concat(reuse, ignore_index=True).sort_values(key).reset_index(drop=True))
    pd.testing.assert_frame_equal(by_runs["align_claims"], pd.concat(claims, ignore_index=True))


def test_the_whole_route_compares_pairs_the_story_route_does_not(whole, by_runs):
    # the limit is what changes: on the whole corpus, unrelated articles are paired too
    assert len(whole["text_reuse"]) > len(by_runs["text_reuse"])


def test_every_run_publishes_its_stories(whole):
    assert list(whole["group_stories"].columns) == framing.stories.STORY_COLUMNS
    assert len(whole["group_stories"]) == 19


def test_story_runs_cut_a_large_story_in_date_order():
    corpus = pd.DataFrame(
        {
            "article_id": ["a", "b", "c", "d", "e", "f"],
            "outlet": ["X", "Y", "X", "Y", "Z", "Z"],
            "date": ["2030-01-05", "2030-01-01", None, "2030-01-03", "2030-01-02", "2030-01-09"],
        }
    )
    stories = pd.DataFrame({"article_id": list("abcdef"), "story_id": [0, 0, 0, 0, 0, 1]})
    runs = endtables.story_runs(corpus, stories, 2)
    run_of = dict(zip(runs["article_id"], runs["story_id"], strict=True))
    # story 0 in date order: b (01), e (02), d (03), a (05), c (no date, last)
    assert run_of["b"] == run_of["e"] != run_of["d"] == run_of["a"] != run_of["c"]
    assert run_of["f"] not in {run_of[x] for x in "abcde"}
    assert list(runs["article_id"]) == list("abcdef")  # corpus order kept
    assert dict(zip(runs["article_id"], runs["n_outlets"], strict=True)) == {
        "a": 2,
        "b": 2,
        "c": 1,
        "d": 2,
        "e": 2,
        "f": 1,
    }
    assert runs["story_size"].tolist() == [2, 2, 1, 2, 2, 1]
    with pytest.raises(ValueError, match="max_articles"):
        endtables.story_runs(corpus, stories, 0)
