"""framing.tone's actor-mention boundaries against spaCy's own Token API.

tone reads mentions from the flat per-Doc lists of ``framing.syntax.parse_tree``;
these tests rebuild them the plain way, walking spaCy ``Token`` objects, on
every token of the seed articles, and require the same tokens.
"""

from __future__ import annotations

from framing.syntax import parse_tree
from framing.tone.mentions import MENTION_RIGHT_DEPS, mention_bounds, mention_spans


def _mention_bounds(noun) -> tuple[int, int]:
    end = noun.i
    for child in noun.rights:
        if child.dep_ in MENTION_RIGHT_DEPS:
            end = max(end, child.right_edge.i)
    return noun.left_edge.i, end + 1


def test_mention_bounds_match_token_walk(seed_parsed):
    for _, doc in seed_parsed:
        tree = parse_tree(doc)
        for token in doc:
            assert mention_bounds(doc, tree, token.i) == _mention_bounds(token)


def test_mention_roots_match_char_span(seed_parsed):
    for _, doc in seed_parsed:
        for mention, start, end in mention_spans(doc):
            span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
            assert (span.start, span.end) == (start, end)
