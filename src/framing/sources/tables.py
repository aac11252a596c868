"""The attributions table: one row per reporting act in every article."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..docview import doc_text, sentence_texts
from ..hints import CorpusInput, TaxonomyInput
from ..parse import ensure_parsed
from .attributions import find_attributions, is_pronoun_source
from .taxonomy import SOURCE_TYPE_OTHER, classify_source, load_sources
from .verbs import verb_classes

__all__ = ["ATTRIBUTION_COLUMNS", "attribution_rows", "attributions"]

#: Columns of :func:`attributions`, in order.
ATTRIBUTION_COLUMNS = [
    "article_id",
    "outlet",
    "sent_id",
    "sentence",
    "source",
    "source_head",
    "source_type",
    "verb",
    "verb_class",
    "kind",
    "content",
    "start_char",
    "end_char",
    "content_start",
    "content_end",
]
_INT_COLUMNS = ("sent_id", "start_char", "end_char", "content_start", "content_end")


def attribution_rows(article, doc, *, sources=None, lexicon: str | Path | None = None) -> list[tuple]:
    """Rows of :func:`attributions` for one article (see :data:`ATTRIBUTION_COLUMNS`)."""
    taxonomy = load_sources(sources)
    classes = verb_classes(lexicon)
    sents = sentence_texts(doc)
    rows = []
    last_type = SOURCE_TYPE_OTHER
    records = find_attributions(doc, lexicon=lexicon)
    text = doc_text(doc) if records else ""
    for record in records:
        if is_pronoun_source(record):
            source_type = last_type  # "he said": the last named source (a heuristic, see Notes)
        else:
            source_type = classify_source(taxonomy, record)
            last_type = source_type
        rows.append(
            (
                article.article_id,
                article.outlet,
                record.sent_id,
                sents[record.sent_id],
                record.source,
                record.source_head,
                source_type,
                record.verb,
                classes.get(record.verb_lemma, "attribution"),
                record.kind,
                text[record.content_start : record.content_end],
                record.start_char,
                record.end_char,
                record.content_start,
                record.content_end,
            )
        )
    return rows


def attributions(
    corpus: CorpusInput, *, sources: TaxonomyInput = None, lexicon: str | Path | None = None, **parse_kwargs
) -> pd.DataFrame:
    """One row per reporting act in every article.

    Parameters
    ----------
    corpus : pandas.DataFrame, ParsedCorpus, str or Path
        Articles; parsed (cached) with :func:`framing.parse` if not already.
    sources : str, Path, DataFrame or ActorTaxonomy, optional
        The study's source taxonomy (``data/study/sources.csv``); without
        it every ``source_type`` is ``other``.
    lexicon : str or Path, optional
        Reporting-verb lexicon (a CSV path); ``None`` reads the packaged
        ``framing/data/reporting_verbs.csv``.
    **parse_kwargs
        Passed to :func:`framing.parse`; a name it does not take raises TypeError,
        also when the corpus is already parsed.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``outlet`` (str), ``sent_id`` (int64, sentence of the
        reporting verb), ``sentence``, ``source`` (noun phrase as written),
        ``source_head``, ``source_type``, ``verb`` (as written, lower case:
        "said", "according to"), ``verb_class`` (neutral, assertive,
        distancing, evaluative, directive, attribution for "according to" and "per"),
        ``kind`` (``direct`` | ``indirect``), ``content`` (str),
        ``start_char``, ``end_char`` (the verb), ``content_start``,
        ``content_end`` (int64).

    Notes
    -----
    A pronoun source ("he said") takes the ``source_type`` of the last named
    source before it in the article: news style names a speaker before
    referring back, but a change of speaker with a pronoun is misclassified.
    """
    # a misspelled option is an error even when the corpus is already parsed
    parsed = ensure_parsed(corpus, **parse_kwargs)
    taxonomy = load_sources(sources)
    rows = []
    for article, doc in parsed:
        rows.extend(attribution_rows(article, doc, sources=taxonomy, lexicon=lexicon))
    table = pd.DataFrame(rows, columns=ATTRIBUTION_COLUMNS)
    return table.astype({c: ("int64" if c in _INT_COLUMNS else "str") for c in ATTRIBUTION_COLUMNS})
