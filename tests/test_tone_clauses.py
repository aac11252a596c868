"""framing.tone's clause and mention boundaries against spaCy's own Token API.

tone reads clauses and mentions from flat per-Doc lists
(``framing.tone.clauses.clause_tree``);
these tests rebuild them the plain way, walking spaCy ``Token`` objects, on
every token of the seed articles, and require the same tokens.
"""

from __future__ import annotations

from framing.tone.clauses import (
    CLAUSAL_DEPS,
    SUBJECT_DEPS,
    clause_indices,
    clause_tree,
    governing_verb,
    indices_text,
)
from framing.tone.mentions import MENTION_RIGHT_DEPS, mention_bounds, mention_spans


def _governing_verb(token):
    while True:
        if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"aux", "auxpass"}:
            return token
        if token.head.i == token.i:
            return token
        token = token.head


def _own_clause(child) -> bool:
    if child.dep_ not in CLAUSAL_DEPS:
        return False
    if child.dep_ == "conj" and child.pos_ not in {"VERB", "AUX"}:
        return False
    return any(grand.dep_ in SUBJECT_DEPS for grand in child.children)


def _clause(verb) -> list[int]:
    kept, stack = [], [verb]
    while stack:
        head = stack.pop()
        kept.append(head.i)
        children = list(head.children)
        separate = [child for child in children if _own_clause(child)]
        cut = {child.i for child in separate}
        for child in separate:
            if child.dep_ == "conj":
                cut.update(t.i for t in children if t.dep_ in {"cc", "preconj"} and t.i < child.i)
        stack.extend(child for child in children if child.i not in cut)
    return sorted(kept)


def _mention_bounds(noun) -> tuple[int, int]:
    end = noun.i
    for child in noun.rights:
        if child.dep_ in MENTION_RIGHT_DEPS:
            end = max(end, child.right_edge.i)
    return noun.left_edge.i, end + 1


def test_clauses_match_token_walk(seed_parsed):
    checked = 0
    for _, doc in seed_parsed:
        tree = clause_tree(doc)
        for token in doc:
            verb = _governing_verb(token)
            assert governing_verb(tree, token.i) == verb.i
            assert clause_indices(tree, verb.i) == _clause(verb)
            checked += 1
    assert checked > 1000


def test_mention_bounds_match_token_walk(seed_parsed):
    for _, doc in seed_parsed:
        tree = clause_tree(doc)
        for token in doc:
            assert mention_bounds(doc, tree, token.i) == _mention_bounds(token)


def test_mention_roots_match_char_span(seed_parsed):
    for _, doc in seed_parsed:
        for mention, start, end in mention_spans(doc):
            span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
            assert (span.start, span.end) == (start, end)


def test_hand_built_clauses_match_token_walk():
    import spacy
    from spacy.tokens import Doc

    # a conjoined noun with a subject child stays in (only a conjoined verb is a
    # separate clause); a conjoined verb with its own subject is cut with its "but"
    words = ["Gunmen", "killed", "men", "and", "women", "they", "said", ",", "but", "police", "fled"]
    heads = [1, 1, 1, 2, 2, 4, 4, 1, 1, 10, 1]
    deps = ["nsubj", "ROOT", "dobj", "cc", "conj", "nsubj", "relcl", "punct", "cc", "nsubj", "conj"]
    pos = ["NOUN", "VERB", "NOUN", "CCONJ", "NOUN", "PRON", "VERB", "PUNCT", "CCONJ", "NOUN", "VERB"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    tree = clause_tree(doc)
    for token in doc:
        verb = _governing_verb(token)
        assert clause_indices(tree, verb.i) == _clause(verb)
    assert [doc[i].text for i in clause_indices(tree, 1)] == words[:7] + [","]


def _words(doc, indices) -> str:
    parts, previous = [], None
    for i in indices:
        if previous is not None and i != previous + 1 and not parts[-1].endswith(" "):
            parts.append(" ")
        parts.append(doc[i].text_with_ws)
        previous = i
    return "".join(parts).strip().strip(",;:").strip()


def test_clause_text_matches_token_join(seed_parsed):
    for _, doc in seed_parsed:
        tree = clause_tree(doc)
        for token in doc:
            indices = clause_indices(tree, token.i)
            assert indices_text(doc, indices) == _words(doc, indices)
            # and with gaps of every kind: every other token, whitespace tokens included
            assert indices_text(doc, indices[::2]) == _words(doc, indices[::2])
