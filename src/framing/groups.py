"""Groups of articles beyond the outlet: article metadata joined onto tidy tables.

Every tidy table starts with ``article_id``; the corpus holds one row of
metadata per article (``outlet``, ``date``, and any further column the study
adds: ``country``, ``stance``, a date period). :func:`with_metadata` joins
those columns onto a table, so the aggregates and :func:`framing.compare_groups`
can group by any of them (``by="country"``) as they group by outlet.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from .hints import CorpusInput

__all__ = ["group_order", "grouped_by", "with_metadata"]


def _articles(corpus) -> pd.DataFrame:
    """The article table of a corpus: a ParsedCorpus's ``articles`` or a DataFrame."""
    articles = corpus.articles if hasattr(corpus, "articles") else corpus
    if not isinstance(articles, pd.DataFrame) or "article_id" not in articles.columns:
        raise ValueError(
            "corpus must be a framing.load_corpus table or a ParsedCorpus (an article table with article_id)"
        )
    return articles


def with_metadata(table: pd.DataFrame, corpus: CorpusInput, columns: Sequence[str] | str | None = None) -> pd.DataFrame:
    """A tidy table with article metadata columns joined on by ``article_id``.

    Parameters
    ----------
    table : pandas.DataFrame
        Any tidy table with an ``article_id`` column (events, sentences, mentions).
    corpus : pandas.DataFrame or ParsedCorpus
        The corpus (:func:`framing.load_corpus`) or its parse: one row per article.
    columns : str or list of str, optional
        Metadata columns to join; default every column of the corpus except
        ``text`` that ``table`` lacks.

    Returns
    -------
    pandas.DataFrame
        ``table`` (same rows, order and index) with the columns appended, each
        with the corpus's dtype. Columns ``table`` already has are left as they are.

    Raises
    ------
    ValueError
        When ``table`` has no ``article_id``, a requested column is not in the
        corpus, or an article of ``table`` is not in the corpus.

    Examples
    --------
    Group harm events by month, a period made from the articles' dates::

        events = framing.with_metadata(events, corpus, "date")
        events["month"] = events["date"].str[:7]
        framing.responsibility(events=events, by="month")
    """
    if "article_id" not in table.columns:
        raise ValueError("with_metadata: the table has no article_id column to join on")
    articles = _articles(corpus)
    if columns is None:
        columns = [c for c in articles.columns if c not in ("article_id", "text")]
    elif isinstance(columns, str):
        columns = [columns]
    unknown = [c for c in columns if c not in articles.columns]
    if unknown:
        raise ValueError(
            f"with_metadata: the corpus has no column(s) {', '.join(map(repr, unknown))} "
            f"(it has: {', '.join(map(str, articles.columns))})"
        )
    columns = [c for c in columns if c not in table.columns and c != "article_id"]
    ids = table["article_id"].astype(str)
    known = articles["article_id"].astype(str)
    missing = sorted(set(ids) - set(known))
    if missing:
        raise ValueError(
            f"with_metadata: {len(missing)} article(s) of the table are not in the corpus, e.g. {missing[0]!r}; "
            "pass the corpus the table was made from"
        )
    position = pd.Index(known).get_indexer(ids)
    out = table.copy()
    for column in columns:
        out[column] = articles[column].iloc[position].to_numpy()
    return out


def grouped_by(table: pd.DataFrame, by: str, corpus=None, *, name: str = "table") -> pd.DataFrame:
    """``table`` with a ``by`` column: its own, or joined from ``corpus`` by article.

    Rows whose group is missing (NaN, None) are dropped: they belong to no group.

    Raises
    ------
    ValueError
        When ``by`` is neither a column of ``table`` nor, with ``corpus``, of the corpus.
    """
    if not isinstance(by, str):
        raise ValueError(f"by must be a column name, got {by!r}")
    if by not in table.columns:
        if corpus is None or not isinstance(_articles_or_none(corpus), pd.DataFrame):
            raise ValueError(
                f"{name} has no column {by!r}; pass corpus= (the article table holding it) "
                "or join it first with framing.with_metadata"
            )
        table = with_metadata(table, corpus, by)
    return table[table[by].notna()]


def _articles_or_none(corpus):
    articles = corpus.articles if hasattr(corpus, "articles") else corpus
    return articles if isinstance(articles, pd.DataFrame) else None


def group_order(values) -> list:
    """The groups in order of first appearance."""
    return list(dict.fromkeys(values))
