"""Actor mentions as tone reads them: noun phrases the actor taxonomy classifies.

A mention is a noun or proper noun with its left subtree and its
post-nominal adjective phrases ("fighters *loyal to the government*"),
classified with the taxonomy's agent entries and with its patient entries.
Nested phrases are resolved by keeping the longest. These mentions give the
``mentioned`` role of :func:`framing.tone.find_actor_clauses`.

This finder is tone's own; it is kept in one file, with public names, so
that it can be replaced by the package's actor-mention finder in one change.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..actors import load_actors
from ..docview import doc_text, sent_index, token_strings
from ..syntax import Tree, parse_tree

#: Dependents of a noun that belong to its mention ("fighters loyal to X",
#: "gunmen affiliated with Y"): post-nominal adjective phrases only, never
#: relative clauses or prepositional phrases, which name other entities.
MENTION_RIGHT_DEPS = frozenset({"amod", "compound", "flat", "nummod"})


@dataclass(frozen=True)
class ActorMention:
    """A noun phrase the actor taxonomy classifies."""

    sent_id: int
    text: str
    head: str
    group: str
    start_char: int
    end_char: int


def mention_bounds(doc, tree: Tree, noun: int) -> tuple[int, int]:
    """Token bounds (end exclusive) of the mention headed by token ``noun``: its left
    subtree and its post-nominal modifiers (:data:`MENTION_RIGHT_DEPS`)."""
    dep = tree.dep
    start = doc[noun].left_edge.i  # spaCy's edge (its own rule on non-projective parses)
    end = noun
    for child in tree.rights(noun):
        if dep[child] in MENTION_RIGHT_DEPS:
            end = max(end, doc[child].right_edge.i)
    return start, end + 1


def find_actor_mentions(doc, *, actors=None) -> list[ActorMention]:
    """Noun phrases of a Doc that the actor taxonomy classifies.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    actors : str, Path, DataFrame or ActorTaxonomy, optional
        See :func:`framing.load_actors`; default its generic taxonomy.

    Returns
    -------
    list of ActorMention
        One per (noun phrase, group), in document order. A phrase is
        classified with the taxonomy's agent entries and with its patient
        entries, so it can yield two groups (e.g. one named as perpetrator,
        one as victim). Nested phrases are resolved by keeping the longest
        matched phrase: "gunmen loyal to the government" is one mention, not
        also "the government".

    Notes
    -----
    Pronouns are not resolved: "they" is never an actor mention.
    """
    return [mention for mention, _, _ in mention_spans(doc, actors=actors)]


def mention_spans(doc, *, actors=None) -> list[tuple[ActorMention, int, int]]:
    """:func:`find_actor_mentions` with each mention's token bounds (end exclusive)."""
    taxonomy = load_actors(actors)
    index = sent_index(doc)
    tokens = token_strings(doc)  # plain lists: a spaCy Token for the candidates only
    tree = parse_tree(doc)
    text = doc_text(doc)
    candidates = []
    for i, (pos, dep) in enumerate(zip(tokens.pos, tokens.dep, strict=True)):
        if pos not in {"NOUN", "PROPN"} or dep in {"compound", "flat"} or i not in index:
            continue
        start, end = mention_bounds(doc, tree, i)
        # Span.text, read from the Doc's text (first token to the end of the last)
        start_char = tokens.idx[start]
        end_char = tokens.idx[end - 1] + len(tokens.text[end - 1])
        phrase = text[start_char:end_char]
        groups = []
        for role in ("agent", "patient"):
            group = taxonomy.classify(phrase, head=tokens.lemma[i], role=role)
            if group is not None and group not in groups:
                groups.append(group)
        if groups:
            candidates.append((start, end, start_char, end_char, phrase, i, groups))
    # longest first, then document order; keep phrases that overlap no kept phrase
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken = bytearray(len(doc))  # 1 for the tokens of kept phrases
    kept = []
    for candidate in candidates:
        start, end = candidate[:2]
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        kept.append(candidate)
    kept.sort(key=lambda c: c[0])
    return [
        (ActorMention(index[i], phrase, tokens.text[i], group, start_char, end_char), start, end)
        for start, end, start_char, end_char, phrase, i, groups in kept
        for group in groups
    ]
