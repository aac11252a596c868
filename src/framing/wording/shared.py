"""Helpers the wording measures share: outlet order, quotations, lexicon matching."""

from __future__ import annotations

from itertools import compress

import pandas as pd

from ..docview import doc_text, once_per_doc, token_strings
from ..textnorm import fold_token, quoted_spans


def outlet_order(table: pd.DataFrame) -> list[str]:
    """The outlets of ``table`` in order of first appearance."""
    return list(dict.fromkeys(table["outlet"]))


def articles_of(corpus) -> pd.DataFrame | None:
    """The article table of a corpus (parsed or not), or None when there is none."""
    if corpus is None:
        return None
    if hasattr(corpus, "articles"):
        return corpus.articles
    if isinstance(corpus, pd.DataFrame):
        return corpus
    return None


def in_spans(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether character ``position`` falls inside one of ``spans`` (end exclusive)."""
    return any(start <= position < end for start, end in spans)


# The event and loaded-word lexicons both need a Doc's folded forms and quotations.
@once_per_doc
def folded_forms(doc) -> tuple[list[str], list[str]]:
    """``(folded lemmas, folded forms)`` of the tokens of ``doc``."""
    tokens = token_strings(doc)
    return list(map(fold_token, tokens.lemma)), list(map(fold_token, tokens.text))


@once_per_doc
def doc_quotes(doc) -> list[tuple[int, int]]:
    """:func:`framing.textnorm.quoted_spans` of the Doc's text."""
    return quoted_spans(doc_text(doc))


def matching(columns, words) -> list[int]:
    """Indices (ascending) at which any of the equal-length ``columns`` holds one of ``words``."""
    # compress/map run in C: most tokens match nothing, so no Python step per token
    return sorted(
        {i for column in columns for i in compress(range(len(column)), map(words.__contains__, column))}
    )
