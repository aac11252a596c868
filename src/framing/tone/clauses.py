"""The clause in which a token stands: the text whose tone is an actor's context.

The clause of a token is built from its *governing verb*: the token itself if
it is a verb heading a clause, else the nearest verb above it in the
dependency tree (the sentence root when no verb is found). The clause is that
verb's subtree *minus* every clause embedded in it that has its own subject
(a conjoined verb, complement, adverbial or relative clause with an
``nsubj``, ``nsubjpass``, ``csubj`` or ``expl`` child, at any depth) and minus
the coordinating conjunction that introduces such a conjoined clause. So in
"Gunmen killed 12 villagers who had fled, and the army restored calm, the
monitor said" the clause of *killed* is "Gunmen killed 12 villagers"; clauses
that share the subject ("entered the village and killed residents",
"killing dozens") stay in, because they say more about the same actor.

The tree is read once per Doc into flat lists (:func:`clause_tree`); the
functions taking a :class:`ClauseTree` work on token indices.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..docview import arcs, doc_text, once_per_doc, token_strings

#: Dependency labels of a dependent that can head a clause of its own
#: (ClearNLP / en_core_web_* labels).
CLAUSAL_DEPS = frozenset(
    {"conj", "ccomp", "advcl", "relcl", "parataxis", "acl", "xcomp", "pcomp", "csubj"}
)
#: Labels of a subject: a dependent clause with one of these is cut from its head's clause.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
#: Parts of speech of a clause's head.
VERB_POS = frozenset({"VERB", "AUX"})


@dataclass(frozen=True)
class ClauseTree:
    """The dependency arcs of a Doc as flat lists of token indices (see :func:`clause_tree`)."""

    heads: list  # head of each token; a root is its own head
    children: list  # every non-root token, grouped by head, each group in document order
    starts: list  # the children of token i are children[starts[i]:starts[i + 1]]
    clause_children: list  # the same without the children cut from their head's clause
    clause_starts: list
    dep: list  # the Doc's token_strings lists (shared, not copied)
    pos: list


@once_per_doc  # a handful of flat lists per Doc, held weakly
def clause_tree(doc) -> ClauseTree:
    """The arcs of ``doc``, read once per Doc from its head array.

    A child is cut from its head's clause when it heads a clause of its own:
    its label is clausal (:data:`CLAUSAL_DEPS`; a ``conj`` only when it is a
    verb) and it has a subject dependent (:data:`SUBJECT_DEPS`). A ``cc`` or
    ``preconj`` child of the same head before such a ``conj`` (the "but" of
    "..., but X did Y") is cut with it. Which children are cut depends on the
    head alone, so it is decided once per Doc, not once per clause.
    """
    doc_arcs = arcs(doc)
    heads, children, starts = doc_arcs.heads, doc_arcs.children, doc_arcs.starts
    tokens = token_strings(doc)
    dep, pos = tokens.dep, tokens.pos
    with_subject = {heads[i] for i in children if dep[i] in SUBJECT_DEPS}
    cut = {
        i
        for i in with_subject
        if dep[i] in CLAUSAL_DEPS and not (dep[i] == "conj" and pos[i] not in VERB_POS)
    }
    for child in [i for i in cut if dep[i] == "conj"]:
        head = heads[child]
        cut.update(
            t
            for t in children[starts[head] : starts[head + 1]]
            if dep[t] in {"cc", "preconj"} and t < child
        )
    in_clause = [child for child in children if child not in cut] if cut else children
    per_head = np.bincount(np.asarray([heads[child] for child in in_clause], dtype=np.int64), minlength=len(doc))
    clause_starts = [0, *np.cumsum(per_head).tolist()]
    return ClauseTree(heads, children, starts, in_clause, clause_starts, dep, pos)


def governing_verb(tree: ClauseTree, i: int) -> int:
    """Token ``i`` itself if it heads a clause (a verb that is not an
    auxiliary), else the nearest such verb above it, else its root."""
    pos, dep, heads = tree.pos, tree.dep, tree.heads
    while True:
        if pos[i] in VERB_POS and dep[i] not in {"aux", "auxpass"}:
            return i
        if heads[i] == i:
            return i
        i = heads[i]


def clause_indices(tree: ClauseTree, verb: int) -> list[int]:
    """Token indices of the clause headed by ``verb``, in document order: its
    subtree without the children :func:`clause_tree` cuts (and their subtrees)."""
    children, starts = tree.clause_children, tree.clause_starts
    kept: list[int] = []
    stack = [verb]
    while stack:
        head = stack.pop()
        kept.append(head)
        stack.extend(children[starts[head] : starts[head + 1]])
    return sorted(kept)


def clause_tokens(token) -> list:
    """Tokens of the clause containing ``token``, in document order.

    The clause is the subtree of the governing verb minus every clause
    embedded in it (at any depth) that has its own subject, and minus the
    ``cc`` introducing a conjoined one; see :mod:`framing.tone.clauses`.

    Notes
    -----
    Built on the dependency parse, so a parse error moves the boundary: a
    clause the parser attaches to the wrong verb is scored with that verb.
    A verbless sentence (a headline fragment) is one clause.
    """
    doc = token.doc
    tree = clause_tree(doc)
    return [doc[i] for i in clause_indices(tree, governing_verb(tree, token.i))]


def clause_text(tokens) -> str:
    """The words of a clause's tokens (as :func:`clause_tokens` gives them), as scored."""
    if not tokens:
        return ""
    return indices_text(tokens[0].doc, [token.i for token in tokens])


def indices_text(doc, indices: list[int]) -> str:
    """The words of tokens ``indices`` (in order), a space where tokens were cut out,
    without the commas, semicolons and colons left at either end."""
    if not indices:
        return ""
    tokens, text = token_strings(doc), doc_text(doc)
    idx, words, space = tokens.idx, tokens.text, tokens.whitespace

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
    # a clause cut out of a sentence keeps the commas that separated it
    return "".join(parts).strip().strip(",;:").strip()
