"""The words of an actor label: how far a noun phrase naming people reaches in the tree.

:func:`framing.actors.find_actor_mentions` reads a label from a head noun: its contiguous left
modifiers (:func:`phrase_left`) without leading articles, numbers and stop words
(:func:`phrase_start`), extended to the right by "of" phrases and short adjective phrases
(:func:`phrase_end`: "remnants of Assad's forces", "gunmen loyal to the government").
Grammar only: which heads name actors is the finder's (and the study's taxonomy's) business.
"""

from __future__ import annotations

from ..textnorm import fold_token
from .tree import Tree

__all__ = [
    "LEADING_DROP_DEPS",
    "LEFT_STOP_DEPS",
    "MAX_ADJ_PHRASE",
    "of_object",
    "phrase_end",
    "phrase_left",
    "phrase_start",
    "words_between",
]

#: Dependency labels of the left modifiers that end an actor label: articles,
#: numbers and quantifiers say how many, not who ("745 civilians" -> "civilians").
LEFT_STOP_DEPS = frozenset(
    {"det", "predet", "nummod", "quantmod", "preconj", "cc", "conj", "appos", "relcl"}
)
#: Dependency labels of the leading tokens dropped from an actor label.
LEADING_DROP_DEPS = frozenset(
    {"det", "predet", "nummod", "quantmod", "advmod", "preconj", "punct", "cc"}
)
#: Longest right-hand adjective phrase kept in an actor label, in words after
#: the head, a name of several tokens counting as one word and punctuation as
#: none ("loyal to the former Assad regime" is 6, "loyal to ousted leader
#: Bashar al-Assad" 5); decision: longer ones are clauses.
MAX_ADJ_PHRASE = 7


def of_object(tree: Tree, i: int) -> int | None:
    """The object of the first right-hand ``of`` of token ``i`` that has one."""
    for child in tree.rights(i):
        if tree.dep[child] == "prep" and tree.text[child].lower() == "of":
            objects = tree.with_dep(child, "pobj")
            if objects:
                return objects[0]
    return None


def phrase_left(tree: Tree, root: int) -> int:
    """First token of the head and its contiguous left modifiers, up to an
    article, number, quantifier or conjunct (:data:`LEFT_STOP_DEPS`)."""
    dep, tag = tree.dep, tree.tag
    start = root
    for child in reversed(tree.lefts(root)):
        if tree.right_edge(child) + 1 != start:
            break
        if dep[child] in LEFT_STOP_DEPS or tag[child] in {"WP$", "WDT"}:
            break
        start = tree.left_edge(child)
    return start


def phrase_start(doc, tree: Tree, root: int, stops: frozenset) -> int:
    """First token of the noun phrase of ``root``.

    The phrase is the head and its left modifiers (:func:`phrase_left`),
    without leading articles, numbers, quantifiers and stop words ("more
    than 1,000 people" -> "people", "his supporters" -> "supporters").
    """
    dep, tag = tree.dep, tree.tag
    start = phrase_left(tree, root)
    while start < root and (
        tree.is_punct[start]
        or dep[start] in LEADING_DROP_DEPS
        or doc[start].like_num
        or tag[start] in {"WP$", "WDT", "PDT"}
        or fold_token(tree.text[start]) in stops
    ):
        start += 1
    return start


def phrase_end(tree: Tree, root: int) -> int:
    """End (exclusive) of the noun phrase of ``root`` extended to the right.

    A right-hand ``of`` phrase (up to the end of its object noun) and a
    right-hand adjective phrase are added: "remnants of Assad's forces",
    "gunmen loyal to the government".
    """
    dep = tree.dep
    end = root + 1
    for child in tree.rights(root):
        if tree.left_edge(child) != end:
            break
        if dep[child] == "prep" and tree.text[child].lower() == "of":
            objects = tree.with_dep(child, "pobj")
            if not objects:
                break
            end = objects[0] + 1
        elif (
            dep[child] in {"amod", "acl"}
            and tree.pos[child] == "ADJ"
            and words_between(tree, root, tree.right_edge(child)) <= MAX_ADJ_PHRASE
        ):
            end = tree.right_edge(child) + 1
        else:
            break
    return end


def words_between(tree: Tree, root: int, last: int) -> int:
    """Words after ``root`` up to ``last``: punctuation counts as none, a run of
    proper-noun tokens ("Bashar al-Assad", "Hayat Tahrir al-Sham") as one."""
    words, previous = 0, ""
    for i in range(root + 1, last + 1):
        if tree.is_punct[i]:
            continue
        if not (tree.pos[i] == "PROPN" and previous == "PROPN"):
            words += 1
        previous = tree.pos[i]
    return words
