"""The sentence table and the article overview: the units every measure refers back to.

The per-Doc readers (sentence bounds, token lists, arcs) live in
:mod:`framing.docview`; :func:`iter_sents` and :func:`sent_index` are
re-exported here, where users have imported them from.
"""

from __future__ import annotations

import pandas as pd

from .clean import is_heading_line
from .corpus import title_length
from .docview import doc_text, iter_sents, once_per_doc, sent_index, sentence_chars, token_strings
from .hints import CorpusInput
from .parse import ensure_parsed

__all__ = ["OVERVIEW_COLUMNS", "SENTENCE_COLUMNS", "article_overview", "iter_sents", "sent_index", "sentences"]

#: Columns of :func:`sentences`, in order.
SENTENCE_COLUMNS = ["article_id", "outlet", "sent_id", "text", "is_heading", "start_char", "end_char"]


def _line_is_heading(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    line = text[line_start:line_end]
    # the sentence is the whole line, and the line is a heading
    return text[start:end].strip() == line.strip() and is_heading_line(line)


def sentences(corpus: CorpusInput, **parse_kwargs) -> pd.DataFrame:
    """One row per sentence of every article.

    Parameters
    ----------
    corpus : pandas.DataFrame, ParsedCorpus, str or Path
        Articles; parsed (cached) with :func:`framing.parse` if not already.
    **parse_kwargs
        Passed to :func:`framing.parse` (``model=``, ``cache_dir=``...).

    Returns
    -------
    pandas.DataFrame
        ``article_id`` (str), ``outlet`` (str), ``sent_id`` (int64, 0-based
        within the article), ``text`` (str), ``is_heading`` (bool: the
        sentence is in the title line, or is a whole line with no final
        punctuation), ``start_char``, ``end_char`` (int64, offsets into the
        stored article text, which starts with the title: see :mod:`framing.corpus`).
    """
    parsed = ensure_parsed(corpus, **parse_kwargs)
    rows = [
        (article.article_id, article.outlet, *record)
        for article, doc in parsed
        for record in _article_records(article, doc)
    ]
    table = pd.DataFrame(rows, columns=SENTENCE_COLUMNS)
    return table.astype({"sent_id": "int64", "is_heading": "bool", "start_char": "int64", "end_char": "int64"})


def _article_records(article, doc) -> tuple[tuple[int, str, bool, int, int], ...]:
    """:func:`_sentence_records` with every sentence of the article's title line
    flagged a heading, whatever its punctuation or length ("Who is to blame?")."""
    records = _sentence_records(doc)
    title = getattr(article, "title", "")  # a hand-made table may have no title
    title_end = title_length(article.text, title) if isinstance(title, str) else 0
    if not title_end:
        return records
    return tuple(
        (sent_id, text, is_heading or end_char <= title_end, start_char, end_char)
        for sent_id, text, is_heading, start_char, end_char in records
    )


@once_per_doc
def _sentence_records(doc) -> tuple[tuple[int, str, bool, int, int], ...]:
    """``(sent_id, text, is_heading, start_char, end_char)`` of every sentence,
    made once per Doc (the sentence table and the article overview both need them)."""
    text = doc_text(doc)
    return tuple(
        (sent_id, sent_text, _line_is_heading(text, start_char, end_char), start_char, end_char)
        for sent_id, start_char, end_char, sent_text in sentence_chars(doc)
    )


#: Columns of :func:`article_overview`, in order.
OVERVIEW_COLUMNS = ["article_id", "outlet", "date", "n_words", "n_sentences", "n_headings"]


def article_overview(corpus, **parse_kwargs) -> pd.DataFrame:
    """Length of each article in words, sentences and headings.

    Parameters
    ----------
    corpus : pandas.DataFrame, ParsedCorpus, str or Path
    **parse_kwargs
        Passed to :func:`framing.parse`.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``outlet``, ``date`` (str), ``n_words`` (int64: tokens
        that are not punctuation or whitespace), ``n_sentences``, ``n_headings``
        (int64), then any evidence columns of the corpus (``*_evidence``).
    """
    parsed = ensure_parsed(corpus, **parse_kwargs)
    n_words, n_sentences, n_headings = [], [], []
    for article, doc in parsed:
        tokens = token_strings(doc)
        words = zip(tokens.is_punct, tokens.is_space, strict=True)
        n_words.append(sum(1 for punct, space in words if not (punct or space)))
        records = _article_records(article, doc)
        n_sentences.append(len(records))
        n_headings.append(sum(is_heading for _, _, is_heading, _, _ in records))
    articles = parsed.articles
    overview = pd.DataFrame(
        {
            "article_id": articles["article_id"],
            "outlet": articles["outlet"],
            "date": articles["date"],
            "n_words": pd.array(n_words, dtype="int64"),
            "n_sentences": pd.array(n_sentences, dtype="int64"),
            "n_headings": pd.array(n_headings, dtype="int64"),
        }
    )
    for column in articles.columns:
        if column.endswith("_evidence"):
            overview[column] = articles[column].to_numpy()
    return overview
