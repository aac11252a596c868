"""The sentence table."""

from __future__ import annotations

import pandas as pd
import pytest

import framing
from framing.sentences import SENTENCE_COLUMNS, article_overview, iter_sents

pytestmark = pytest.mark.model


def test_columns_and_dtypes(seed_parsed):
    table = framing.sentences(seed_parsed)
    assert list(table.columns) == SENTENCE_COLUMNS
    assert {c: str(t) for c, t in table.dtypes.items() if c not in {"article_id", "outlet", "text"}} == {
        "sent_id": "int64",
        "is_heading": "bool",
        "start_char": "int64",
        "end_char": "int64",
    }


def test_offsets_point_into_cleaned_text(seed_parsed):
    table = framing.sentences(seed_parsed)
    texts = dict(zip(seed_parsed.articles.article_id, seed_parsed.articles.text, strict=False))
    for row in table.itertuples():
        assert texts[row.article_id][row.start_char : row.end_char] == row.text
    for _, group in table.groupby("article_id"):
        assert group["sent_id"].tolist() == list(range(len(group)))


def test_headings_flagged_and_separate(tmp_path):
    text = (
        "Storm hits the coast\n"
        "Thousands lost power on Friday as the storm made landfall.\n"
        "What comes next\n"
        "Officials expect repairs to take a week."
    )
    corpus = framing.load_corpus(pd.DataFrame({"text": [text], "outlet": ["X"]}))
    table = framing.sentences(corpus, cache_dir=tmp_path, progress=False)
    assert table["text"].tolist() == text.splitlines()
    assert table["is_heading"].tolist() == [True, False, True, False]


def test_iter_sents_skips_whitespace(parse_text):
    doc = parse_text("First one.\n\nSecond one.")
    assert [span.text for _, span in iter_sents(doc)] == ["First one.", "Second one."]


def test_title_is_a_heading_sentence_and_offsets_count_it(tmp_path):
    body = "Gunmen killed five villagers near Kessel on Monday, police said.\nThe army denied any role."
    frame = pd.DataFrame(
        {
            "article_id": ["q", "long", "none"],
            "outlet": ["X", "X", "Y"],
            "title": ["Who killed the five villagers of Kessel?", "Five killed. Army denies role", ""],
            "text": [body, body, body],
        }
    )
    corpus = framing.load_corpus(frame)
    table = framing.sentences(corpus, cache_dir=tmp_path, progress=False)
    first = table[table["article_id"] == "q"]
    assert first["text"].tolist()[0] == "Who killed the five villagers of Kessel?"
    assert first["is_heading"].tolist() == [True, False, False]  # a heading though it ends in "?"
    second = table[table["article_id"] == "long"]
    assert second["text"].tolist()[:2] == ["Five killed.", "Army denies role"]
    assert second["is_heading"].tolist() == [True, True, False, False]
    assert table[table["article_id"] == "none"]["is_heading"].tolist() == [False, False]
    texts = dict(zip(corpus["article_id"], corpus["text"], strict=True))
    for row in table.itertuples():
        assert texts[row.article_id][row.start_char : row.end_char] == row.text
    overview = article_overview(corpus, cache_dir=tmp_path, progress=False)
    assert overview["n_headings"].tolist() == [1, 2, 0]


def test_seed_titles_are_heading_rows(seed_parsed):
    table = framing.sentences(seed_parsed)
    for article in seed_parsed.articles.itertuples():
        rows = table[table["article_id"] == article.article_id]
        assert rows["text"].iloc[0] == article.title and rows["is_heading"].iloc[0]
