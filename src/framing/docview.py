"""The per-article reader: a parsed Doc's tokens, arcs and sentences as plain lists.

Every measure reads a Doc through this module. spaCy builds a new ``Token`` or
``Span`` object on each ``doc[i]``, ``token.head`` or ``span.text``; a rule that
scans every token for a few candidates reads the flat lists here instead (made
once per Doc, held weakly, freed with the Doc) and builds spaCy objects only for
the candidates it keeps. Sentence ids come from :func:`iter_sents` only, so
they agree across tables.

Like spaCy's own caches, these readers assume a Doc is not changed after it is
parsed: retokenising it or resetting sentence starts afterwards leaves the
answers found before.
"""

from __future__ import annotations

import functools
import inspect
import weakref
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = [
    "Arcs",
    "TokenStrings",
    "arcs",
    "cache_per_doc",
    "doc_text",
    "iter_sents",
    "once_per_doc",
    "sent_bounds",
    "sent_index",
    "sentence_chars",
    "sentence_texts",
    "token_strings",
]

def once_per_doc(function):
    """Memoise ``function(doc)`` for as long as the Doc lives (held weakly).

    For the per-Doc readers every table shares (sentence bounds, token lists,
    arcs, text): each is made once per Doc, not once per table, and freed with
    the Doc. Like them, it assumes the Doc is not changed after parsing.
    """
    cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    @functools.wraps(function)
    def wrapper(doc):
        found = cache.get(doc)
        if found is None:
            found = cache[doc] = function(doc)
        return found

    return wrapper


def iter_sents(doc) -> Iterator[tuple[int, object]]:
    """Yield ``(sent_id, span)`` for the sentences of a Doc.

    Whitespace-only sentences are skipped and leading/trailing whitespace
    tokens trimmed, so ``sent_id`` counts real sentences from 0. Every module
    numbers sentences through this function, so ids agree across tables.
    """
    span = _span_class()
    for sent_id, (start, end) in enumerate(sent_bounds(doc)):
        yield sent_id, span(doc, start, end)  # what doc[start:end] gives, without its slice checks


@functools.cache
def _span_class():
    from spacy.tokens import Span  # imported on first use: measure modules import without spaCy

    return Span




@once_per_doc  # every table numbers sentences: found once per Doc, not once per table
def sent_bounds(doc) -> tuple[tuple[int, int], ...]:
    found = []
    for sent in doc.sents:
        start, end = sent.start, sent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if start < end:
            found.append((start, end))
    return tuple(found)


def sent_index(doc) -> dict[int, int]:
    """Map each token index of ``doc`` to its ``sent_id`` (whitespace-only sentences absent)."""
    return dict(_sent_index_map(doc))  # a copy: callers may change theirs


@once_per_doc
def _sent_index_map(doc) -> dict[int, int]:
    return {i: sent_id for sent_id, (start, end) in enumerate(sent_bounds(doc)) for i in range(start, end)}


def cache_per_doc(function):
    """Memoise ``function(doc, **options)`` for as long as the Doc lives.

    Several tables ask for the same records of the same Doc (the harm events,
    the casualties' sources and the attributions table all need
    ``find_attributions``). The records are frozen dataclasses of plain
    strings and numbers, so they can be shared; each call gets a new list.
    The cache holds the Doc weakly, so a batch's Docs are still freed. Options
    that cannot be hashed skip the cache. Only for functions whose records
    hold no token or span (those would keep the Doc alive).

    Like the sentence bounds, the records assume a Doc is not changed after
    it is parsed: retokenising it or resetting its sentence starts afterwards
    leaves the records found before.
    """
    signature = inspect.signature(function)
    cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
    # keyword-only options with defaults: the key is built without binding the signature
    defaults = {
        name: parameter.default
        for name, parameter in list(signature.parameters.items())[1:]
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY
    }
    keyword_only = len(defaults) == len(signature.parameters) - 1

    @functools.wraps(function)
    def wrapper(doc, *args, **options):
        if keyword_only and not args and options.keys() <= defaults.keys():
            key = tuple((name, options.get(name, default)) for name, default in defaults.items())
        else:
            bound = signature.bind(doc, *args, **options)
            bound.apply_defaults()
            key = tuple((name, value) for name, value in bound.arguments.items() if name != "doc")
        try:
            found = cache.get(doc, {}).get(key)
        except TypeError:  # an unhashable option (a table, a list)
            return function(doc, *args, **options)
        if found is None:
            found = tuple(function(doc, *args, **options))
            cache.setdefault(doc, {})[key] = found
        return list(found)

    return wrapper


@once_per_doc
def doc_text(doc) -> str:
    """``doc.text``, joined once per Doc: spaCy rebuilds it from every token on
    each access, and most tables slice it."""
    # Doc.text joins each Token's text_with_ws (its text, plus " " when a
    # space follows): the same join over the per-Doc token lists
    tokens = token_strings(doc)
    pieces = zip(tokens.text, tokens.whitespace, strict=True)
    return "".join([word + " " if space else word for word, space in pieces])


@dataclass(frozen=True)
class TokenStrings:
    """Per-token attributes of a Doc as plain lists (see :func:`token_strings`)."""

    text: list
    lower: list
    lemma: list
    pos: list
    tag: list
    dep: list
    idx: list
    whitespace: list  # bool: a space follows the token
    is_space: list
    is_punct: list
    is_alpha: list
    is_bracket: list


@once_per_doc
def token_strings(doc) -> TokenStrings:
    """The attributes most measures read, for every token, read once per Doc.

    Each ``token.pos_`` or ``doc[i]`` builds a spaCy ``Token`` and looks the
    string up again; a measure that scans every token for a few candidates
    (harm verbs, lexicon words, participles) reads these lists instead and
    builds ``Token`` objects for the candidates only. One ``Doc.to_array``
    call, strings decoded once per distinct value. Held weakly, freed with
    the Doc; like the sentence bounds it assumes the Doc is not changed after
    parsing.
    """
    from spacy.attrs import (
        DEP,
        IDX,
        IS_ALPHA,
        IS_BRACKET,
        IS_PUNCT,
        IS_SPACE,
        LEMMA,
        LOWER,
        ORTH,
        POS,
        SPACY,
        TAG,
    )
    from spacy.parts_of_speech import NAMES

    attrs = [ORTH, LOWER, LEMMA, POS, TAG, DEP, IDX, SPACY, IS_SPACE, IS_PUNCT, IS_ALPHA, IS_BRACKET]
    columns = doc.to_array(attrs).T.tolist() if len(doc) else [[] for _ in attrs]
    strings = doc.vocab.strings
    decoded: dict[int, str] = {}

    def decode(hashes):
        for key in set(hashes).difference(decoded):
            decoded[key] = strings[key]
        return list(map(decoded.__getitem__, hashes))

    orth, lower, lemma, pos, tag, dep, idx, spacy_, space, punct, alpha, bracket = columns
    return TokenStrings(
        text=decode(orth),
        lower=decode(lower),
        lemma=decode(lemma),
        pos=list(map(NAMES.__getitem__, pos)),
        tag=decode(tag),
        dep=decode(dep),
        idx=idx,
        whitespace=list(map(bool, spacy_)),
        is_space=list(map(bool, space)),
        is_punct=list(map(bool, punct)),
        is_alpha=list(map(bool, alpha)),
        is_bracket=list(map(bool, bracket)),
    )


@dataclass(frozen=True)
class Arcs:
    """The dependency arcs of a Doc as flat lists of token indices (see :func:`arcs`)."""

    heads: list  # head of each token; a root is its own head (as in spaCy)
    children: list  # every non-root token, grouped by head, each group in document order
    starts: list  # the children of token i are children[starts[i]:starts[i + 1]]

    def children_of(self, i: int) -> list:
        """``[c.i for c in doc[i].children]``."""
        return self.children[self.starts[i] : self.starts[i + 1]]


@once_per_doc
def arcs(doc) -> Arcs:
    """The heads and children of every token, read once per Doc from its head array.

    Rules that walk the tree (subjects, agents, clauses) read these instead of
    ``token.head`` / ``token.children``, which build a spaCy Token per step. A
    few flat lists rather than a list per token: fewer objects for the garbage
    collector to walk while the Doc lives.
    """
    import numpy as np
    from spacy.attrs import HEAD

    n = len(doc)
    # HEAD is an offset; as unsigned 64-bit, a negative one wraps: read it back signed
    offsets = doc.to_array([HEAD]).reshape(-1).astype("int64") if n else np.zeros(0, "int64")
    heads = offsets + np.arange(n)
    dependents = np.flatnonzero(offsets)
    # a stable sort by head keeps each token's children in document order
    children = dependents[np.argsort(heads[dependents], kind="stable")]
    starts = np.searchsorted(heads[children], np.arange(n + 1))
    return Arcs(heads.tolist(), children.tolist(), starts.tolist())


def sentence_chars(doc) -> list[tuple[int, int, int, str]]:
    """``(sent_id, start_char, end_char, text)`` of every sentence of :func:`iter_sents`,
    the text sliced from the Doc's text (what ``Span.text`` builds token by token)."""
    text, tokens = doc_text(doc), token_strings(doc)
    found = []
    for sent_id, (start, end) in enumerate(sent_bounds(doc)):
        start_char = tokens.idx[start]
        end_char = tokens.idx[end - 1] + len(tokens.text[end - 1])
        found.append((sent_id, start_char, end_char, text[start_char:end_char]))
    return found



def sentence_texts(doc) -> dict[int, str]:
    """``{sent_id: text}`` of :func:`iter_sents`, each the ``Span.text`` of the
    sentence, sliced from the Doc's text instead of joined token by token."""
    return {sent_id: text for sent_id, _, _, text in sentence_chars(doc)}

