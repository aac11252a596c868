"""Tests for a verb the parser hung inside a noun phrase as a reduced relative
("Security forces and allied militias [killed] 40 people", "gunmen armed with rifles
[fired] on worshippers"): a passive participle takes no direct object, so a verb with
one (its own or one it shares with a coordinated finite verb) is a misread main verb;
the weapon noun of an arming participle is never the head of a reduced relative."""

from __future__ import annotations

from .tree import Node, Tree
from .words import word_set

__all__ = ["armed_clause", "has_own_object", "reported_verb", "second_subject"]

#: Labels of a subject or an auxiliary: a conjunct with one heads a clause of its own.
_OWN_CLAUSE_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "aux", "auxpass")


def has_own_object(verb: Node) -> bool:
    """Whether ``verb`` has a direct object, its own or one it shares with a finite verb
    coordinated after it ("a posse [killed and burned] the bodies"): a passive participle
    has none, so a verb with one hung as a reduced relative is a misread main verb."""
    tree = verb.tree
    if tree.with_dep(verb.i, "dobj"):
        return True
    return any(
        tree.tag[c] == "VBD" and tree.with_dep(c, "dobj") and not tree.with_dep(c, *_OWN_CLAUSE_DEPS)
        for c in tree.children(verb.i)
        if tree.dep[c] == "conj"
    )


def armed_clause(verb: Node) -> bool:
    """Whether ``verb`` is a past verb the parser hung on the weapon noun of an arming participle
    (``arming_participles.csv``): "gunmen armed with rifles [fired] on worshippers" is the
    gunmen's main verb, not a reduced relative on "rifles"."""
    weapon = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or weapon.dep_ not in ("pobj", "conj"):
        return False
    while weapon.dep_ == "conj" and weapon.head.i < weapon.i:
        weapon = weapon.head  # "armed with rifles and machetes [attacked]"
    preposition = weapon.head
    return (
        weapon.dep_ == "pobj"
        and preposition.text.lower() == "with"
        and preposition.head.dep_ == "acl"
        and preposition.head.text.lower() in word_set("arming_participles")
        and not verb.with_dep("agent", *_OWN_CLAUSE_DEPS)
    )


def second_subject(noun: int, tree: Tree) -> bool:
    """Whether the verb ``noun`` is the subject of has another subject after it: no verb takes two,
    so the first is the subject of a clause the parser hung inside its noun phrase."""
    governor = tree.head[noun]
    return any(c > noun and tree.dep[c] in ("nsubj", "nsubjpass") for c in tree.children(governor))


def reported_verb(verb: int, tree: Tree) -> bool:
    """Whether ``verb`` is a verb of saying (``reporting_verbs.csv``), whose object is a clause."""
    return tree.pos[verb] in ("VERB", "AUX") and tree.lemma[verb].lower() in word_set("reporting_verbs", "lemma")
