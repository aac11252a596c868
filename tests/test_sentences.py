"""The sentence table."""

from __future__ import annotations

import pandas as pd
import pytest

import framing
from framing.sentences import SENTENCE_COLUMNS, iter_sents

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
