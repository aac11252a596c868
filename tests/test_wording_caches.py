"""The per-Doc lists and memos behind the wording measures equal what they replace."""

from __future__ import annotations

import os

import pandas as pd

from framing.textnorm import fold_text, load_stopwords
from framing.wording import term_counts


def test_stopwords_folded_once_and_reread_when_edited(tmp_path):
    path = tmp_path / "stops.csv"
    path.write_text("word,rationale\nThe,article\n", encoding="utf-8")
    first = load_stopwords(path)
    assert first == frozenset({"the"})
    assert load_stopwords(str(path)) is first  # the same set, not folded again
    path.write_text("word,rationale\nThe,article\n\u201cOf\u201d,preposition\n", encoding="utf-8")
    os.utime(path, ns=(0, 10**18))  # a new version even within the clock's resolution
    assert load_stopwords(path) == frozenset({"the", fold_text("\u201cOf\u201d")})
    loaded = frozenset({"The", "Of"})
    assert load_stopwords(loaded) == frozenset({"the", "of"}) == load_stopwords(["The", "Of"])


def test_outlet_counts_are_the_summed_article_counts(seed_parsed):
    by_article = term_counts(seed_parsed, by="article")
    expected = (
        by_article.groupby(["outlet", "term"], sort=False, as_index=False)["count"]
        .sum()
        .astype({"count": "int64"})
    )
    order = {o: i for i, o in enumerate(dict.fromkeys(seed_parsed.articles["outlet"]))}
    expected = (
        expected.assign(_o=expected["outlet"].map(order))
        .sort_values(["_o", "count", "term"], ascending=[True, False, True], kind="stable")
        .drop(columns="_o")
        .reset_index(drop=True)
    )
    pd.testing.assert_frame_equal(term_counts(seed_parsed, by="outlet"), expected)
