"""The ``articles`` table: one row per article with its size."""

from __future__ import annotations

import pandas as pd

from ..corpus import CORPUS_COLUMNS
from ..docview import sent_bounds, token_strings
from ..parse import ensure_parsed

__all__ = ["ARTICLE_COLUMNS", "article_rows", "articles"]

#: Columns of the ``articles`` table, in order.
ARTICLE_COLUMNS = [
    "article_id",
    "outlet",
    "date",
    "title",
    "url",
    "n_chars",
    "n_tokens",
    "n_sentences",
]
ARTICLE_DTYPES = {"n_chars": "int64", "n_tokens": "int64", "n_sentences": "int64"}


def article_rows(article, doc) -> list[tuple]:
    """One row of the ``articles`` table (see :data:`ARTICLE_COLUMNS`)."""
    n_sentences = len(sent_bounds(doc))  # the sentences of iter_sents
    n_tokens = len(doc) - sum(token_strings(doc).is_space)
    return [
        (
            article.article_id,
            article.outlet,
            article.date,
            article.title,
            article.url,
            len(article.text),
            n_tokens,
            n_sentences,
        )
    ]


def articles(corpus, **parse_options) -> pd.DataFrame:
    """One row per article: metadata, characters, tokens (without spaces) and sentences.

    Parameters
    ----------
    corpus : ParsedCorpus, pandas.DataFrame, str or Path
        Anything :func:`framing.parse.ensure_parsed` accepts.
    **parse_options
        :func:`framing.parse` options (``cache_dir=`` ...); an unknown one raises TypeError.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`ARTICLE_COLUMNS` (the counts int64; ``n_chars`` counts
        the stored text, title line included), then every further metadata
        column of the corpus (``country``, ``section`` ...), unchanged (one named
        like a column above is left out).
    """
    parsed = ensure_parsed(corpus, **parse_options)
    rows = [row for article, doc in parsed for row in article_rows(article, doc)]
    table = pd.DataFrame(rows, columns=ARTICLE_COLUMNS).astype(ARTICLE_DTYPES)
    for column in parsed.articles.columns:
        if column not in CORPUS_COLUMNS and column not in table.columns:
            table[column] = parsed.articles[column].to_numpy()
    return table
