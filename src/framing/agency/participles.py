"""Participle clauses the parser folds into a noun phrase.

"Soldiers stormed the settlement, looting shops and torching homes" and
"attacked the village, killing scores of people and burning market stalls"
are coordinated participle clauses that share the subject of the clause they
follow. The small parser often reads the second participle as a modifier of
its own object ("burning market stalls": an adjective, "looting shops": a
compound) and that object as one more conjunct of the first verb's object.
:func:`folded_participle` finds the verb whose clause such a participle
continues, so that it is read as an act with that verb's subject.
"""

from __future__ import annotations

from ..syntax import Node

__all__ = ["folded_participle"]


def folded_participle(word: Node, unless: frozenset[str] = frozenset()) -> Node | None:
    """The verb whose subject a misread participle shares, else None.

    ``word`` is an ``-ing`` form after a comma or "and" that modifies a noun
    ("looting shops", "burning market stalls") or is joined to one ("shops and
    torching homes"), where that noun is a later conjunct of a verb's direct
    object: the verb is returned ("stormed", "killing"). Not "burning houses"
    as the first object ("saw burning houses"), which is a state, nor when
    the noun it modifies, its object, is listed in ``unless`` (the verb's
    ``unless_object``: "chanting slogans and burning flags").
    """
    if word.tag_ != "VBG" or word.dep_ not in ("amod", "compound", "conj") or word.i == 0:
        return None
    before = word.tree.node(word.i - 1)
    if before.text.lower() not in (",", "and"):
        return None
    noun = word.head
    if noun.pos_ not in ("NOUN", "PROPN") or (word.dep_ != "conj" and noun.i < word.i):
        return None
    if word.dep_ != "conj" and {noun.lemma_.lower(), noun.text.lower()} & unless:
        return None
    if word.dep_ != "conj" and noun.dep_ != "conj":
        return None  # "saw burning houses": the first object, a state
    tree = word.tree
    if noun.i + 1 < len(tree.text) and tree.tag[noun.i + 1] in ("VBD", "VBZ", "VBP", "MD"):
        return None  # "and burning cars blocked the road": the subject of a clause of its own
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
        if noun.dep_ == "pobj" and noun.head.text.lower() == "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head  # "killing scores of people and burning stalls": the partitive object
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    return noun.head
