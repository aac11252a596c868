"""Clauses as spans of tokens: which tokens a clause holds, and their words.

The clause of a token is built from its governing verb
(:func:`~framing.syntax.clauses.governing_verb`): that verb's subtree *minus*
every clause embedded in it that has a subject of its own (a conjoined verb,
complement, adverbial or relative clause with a child labelled in
:data:`CLAUSE_SUBJECT_DEPS`, at any depth) and minus the coordinating
conjunction that introduces such a conjoined clause. So in "Gunmen killed 12
villagers who had fled, and the army restored calm, the monitor said" the
clause of *killed* is "Gunmen killed 12 villagers"; clauses that share the
subject ("entered the village and killed residents", "killing dozens") stay
in, because they say more about the same subject.

Which children are cut depends on their head alone, so it is decided once
per Doc (:func:`clause_arcs`), not once per clause.
"""

from __future__ import annotations

import numpy as np

from ..docview import doc_text, once_per_doc
from .clauses import SUBJECT_DEPS, VERB_POS, governing_verb
from .tree import Tree, parse_tree

__all__ = [
    "CLAUSAL_DEPS",
    "CLAUSE_SUBJECT_DEPS",
    "ClauseArcs",
    "clause_arcs",
    "clause_indices",
    "clause_text",
    "clause_tokens",
    "indices_text",
]

#: Labels of a dependent that can head a clause of its own.
CLAUSAL_DEPS = frozenset(
    {"conj", "ccomp", "advcl", "relcl", "parataxis", "acl", "xcomp", "pcomp", "csubj"}
)
#: Labels that make a dependent clause a clause of its own: the subjects
#: (:data:`~framing.syntax.clauses.SUBJECT_DEPS`) and the expletive. "there
#: were casualties" and "it is unclear who fired" are clauses with their own
#: subject position, though "there" and "it" name nobody, so the expletive
#: counts here and never as an agent or patient.
CLAUSE_SUBJECT_DEPS = frozenset({*SUBJECT_DEPS, "expl"})


class ClauseArcs:
    """The arcs of a Doc without those that cut a clause from its head's clause.

    Attributes
    ----------
    children : list of int
        Every child kept in its head's clause, grouped by head, each group in
        document order.
    starts : list of int
        The kept children of token ``i`` are ``children[starts[i]:starts[i + 1]]``.
    """

    __slots__ = ("children", "starts")

    def __init__(self, children: list[int], starts: list[int]):
        self.children, self.starts = children, starts


@once_per_doc  # two flat lists per Doc, held weakly
def clause_arcs(doc) -> ClauseArcs:
    """The arcs of ``doc`` that stay inside a clause, read once per Doc.

    A child is cut from its head's clause when it heads a clause of its own:
    its label is clausal (:data:`CLAUSAL_DEPS`; a ``conj`` only when it is a
    verb) and it has a child labelled in :data:`CLAUSE_SUBJECT_DEPS`. A
    ``cc`` or ``preconj`` child of the same head before such a ``conj`` (the
    "but" of "..., but X did Y") is cut with it.
    """
    tree = parse_tree(doc)
    heads, children, dep, pos = tree.head, tree.order, tree.dep, tree.pos
    with_subject = {heads[i] for i in children if dep[i] in CLAUSE_SUBJECT_DEPS}
    cut = {
        i
        for i in with_subject
        if dep[i] in CLAUSAL_DEPS and not (dep[i] == "conj" and pos[i] not in VERB_POS)
    }
    for child in [i for i in cut if dep[i] == "conj"]:
        cut.update(t for t in tree.children(heads[child]) if dep[t] in ("cc", "preconj") and t < child)
    kept = [child for child in children if child not in cut] if cut else children
    per_head = np.bincount(np.asarray([heads[child] for child in kept], dtype=np.int64), minlength=len(tree))
    return ClauseArcs(kept, [0, *np.cumsum(per_head).tolist()])


def clause_indices(tree: Tree, verb: int) -> list[int]:
    """Token indices of the clause headed by ``verb``, in document order: its
    subtree without the clauses :func:`clause_arcs` cuts (and their subtrees)."""
    found = clause_arcs(tree.doc())
    children, starts = found.children, found.starts
    kept: list[int] = []
    stack = [verb]
    while stack:
        head = stack.pop()
        kept.append(head)
        stack.extend(children[starts[head] : starts[head + 1]])
    return sorted(kept)


def clause_tokens(token) -> list:
    """The spaCy tokens of the clause containing ``token``, in document order.

    The clause is the subtree of the governing verb minus every clause
    embedded in it (at any depth) that has its own subject, and minus the
    ``cc`` introducing a conjoined one; see :mod:`framing.syntax.spans`.

    Notes
    -----
    Built on the dependency parse, so a parse error moves the boundary: a
    clause the parser attaches to the wrong verb is read with that verb.
    A verbless sentence (a headline fragment) is one clause.
    """
    doc = token.doc
    tree = parse_tree(doc)
    return [doc[i] for i in clause_indices(tree, governing_verb(tree, token.i))]


def clause_text(tokens) -> str:
    """The words of a clause's spaCy tokens (as :func:`clause_tokens` gives them)."""
    if not tokens:
        return ""
    return indices_text(parse_tree(tokens[0].doc), [token.i for token in tokens])


def indices_text(tree: Tree, indices: list[int]) -> str:
    """The words of tokens ``indices`` (in order) as the text holds them, a
    space where tokens were cut out, without the commas, semicolons and
    colons left at either end (a clause cut out of a sentence keeps the
    commas that separated it)."""
    if not indices:
        return ""
    text = doc_text(tree.doc())
    idx, words, space = tree.idx, tree.text, tree.whitespace

    def run(first: int, last: int) -> str:
        # tokens first..last with their trailing spaces, as the Doc's text holds them
        return text[idx[first] : idx[last] + len(words[last]) + (1 if space[last] else 0)]

    parts = []
    first = previous = indices[0]
    for i in indices[1:]:
        if i != previous + 1:
            parts.append(run(first, previous))
            if not (space[previous] or words[previous].endswith(" ")):
                parts.append(" ")
            first = i
        previous = i
    parts.append(run(first, previous))
    return "".join(parts).strip().strip(",;:").strip()
