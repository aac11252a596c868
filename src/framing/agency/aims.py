"""Harm words that name no act of their own, read from the grammar.

A verb of aiming (``aim`` in ``framing/data/harm_frames.csv``: "target")
whose doer is an act or a weapon says what that act was aimed at ("the
strike targeted a motorcycle", "a shelling targeting a post", "the attack
was targeted at civilians", "the strikes were meant to target rebels"): the
act is named by its doer, so the aim is no second event
(:func:`aim_of_act`). A harm verb in the infinitive of a verb of threat
("threatened to kill the hostages", "vowed to burn the village") has not
happened (:func:`threatened`). A harm noun in the of-phrase of a capitalised
institution ("the Ministry of Homicide") is part of a name
(:func:`institution_name`). An outcome named as a harm noun ("collateral
damage") is an event only as what an act or a doer caused
(:func:`uncaused_outcome`).
"""

from __future__ import annotations

from ..syntax import Node, word_pairs
from .light import paused_act

__all__ = ["aim_of_act", "institution_name", "names_no_act", "noun_names_no_act", "uncaused_outcome", "threatened"]


def _words(role: str) -> frozenset[str]:
    return frozenset(term for kind, term in word_pairs("harm_frames", "role", "term") if kind == role)


def _act_or_weapon(noun: Node | None, harm: dict, is_act) -> bool:
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = noun.lemma_.lower()
    return lemma in harm["weapon"] or lemma in harm["impact_noun"] or is_act(noun)


def _doer(verb: Node) -> Node | None:
    """The doer of ``verb``: its subject (active or passive: "the attack was
    targeted at"), the act noun a participle or relative clause modifies ("a
    shelling targeting", "the shelling, which targeted"), or the subject of
    the verb whose infinitive it is ("the strikes were intended to target")."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.tag_ == "WDT" and verb.dep_ == "relcl":
                return verb.head
            return child
    if verb.dep_ in ("acl", "relcl"):
        return verb.head
    if verb.dep_ == "xcomp":
        return _doer(verb.head)
    return None


def aim_of_act(verb: Node, harm: dict, is_act) -> bool:
    """A verb of aiming whose doer is an act (``is_act``), an impact noun or a weapon."""
    if verb.lemma_.lower() not in _words("aim") or verb.pos_ not in ("VERB", "AUX"):
        return False
    return _act_or_weapon(_doer(verb), harm, is_act)


def threatened(verb: Node) -> bool:
    """A verb in the infinitive of a verb of threat ("threatened to kill")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _words("threat")


def names_no_act(verb: Node, harm: dict, is_act) -> bool:
    """:func:`aim_of_act` or :func:`threatened`."""
    return aim_of_act(verb, harm, is_act) or threatened(verb)


def institution_name(noun: Node) -> bool:
    """A capitalised noun in the of-phrase of a capitalised institution ("the Ministry of Homicide")."""
    head = noun.head
    if noun.dep_ != "pobj" or head.text.lower() != "of" or not noun.text[:1].isupper():
        return False
    owner = head.head
    return owner.text[:1].isupper() and owner.lemma_.lower() in _words("institution")


def uncaused_outcome(noun: Node) -> bool:
    """An ``outcome`` phrase ("collateral damage") that is not the object of a
    ``causing`` verb ("may have caused collateral damage"): avoided, minimised
    or talked about, it names no act."""
    words = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i}
    if not any(f"{w} {noun.lemma_.lower()}" in _words("outcome") for w in words):
        return False
    return not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in _words("causing"))


def simile(noun: Node) -> bool:
    """A harm noun inside a comparison that a verb makes with "like" ("it was
    like herding cattle to the slaughter", "it felt like a massacre"): an
    image, not an act. Not "like" after a noun, which gives examples
    ("attacks like the bombing of the market")."""
    word = noun
    while word.dep_ != "ROOT" and word.head.i != word.i and (word.pos_ not in ("VERB", "AUX") or word.dep_ == "pcomp"):
        if word.dep_ == "prep" and word.text.lower() == "like":
            return word.head.pos_ in ("VERB", "AUX")
        word = word.head
    return False


def noun_names_no_act(noun: Node) -> bool:
    """:func:`institution_name`, :func:`uncaused_outcome`, :func:`simile` or a break in the act
    (:func:`framing.agency.light.paused_act`: "a lull in attacks")."""
    return institution_name(noun) or uncaused_outcome(noun) or simile(noun) or paused_act(noun)
