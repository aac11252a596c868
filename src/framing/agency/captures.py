"""Taking people: a verb of taking that is an abduction only with a person taken by force.

"take" names an abduction in the passive with a person as patient and either a doer who is a person or
a known actor ("our sons were taken by the men in uniform", "went missing after being taken by armed
men") or a place taken from ("26 passengers, who were taken from a bus", "56 people taken from the
village"): :func:`taken_person`. The ``capture`` kind of ``harm_terms.csv`` lists such verbs. A
destination or purpose ("taken to hospital", "taken into custody", "taken for questioning"), a
particle ("taken aback", "taken in"), a predicate ("taken prisoner", "taken ill") or a doer that is no one
("taken by surprise") names care, arrest or capture in combat (detention: no harm in the guidelines) or an
idiom. Active uses are left alone ("took the wounded to a clinic",
"took the hill"); "took them away" and "took 40 hostages" are entries of their own.

A verb that names how people were taken (``taking_verbs.csv``: dragged, marched, herded, took away) is
no event of its own when it is coordinated with a harm act or a clause of one, which names the act
("dragged two men from a car and shot them", "seized the passengers and marched them into the bush",
"beat him before driving him away"), or with a harm act done at the place they were taken to ("herded
into a barn that was then set on fire"): :func:`leads_to_act`.
"""

from __future__ import annotations

from collections.abc import Callable

from ..syntax import Node, by_agent, word_set
from .nominals import names_actor, verb_lemma
from .roles import is_person, partitive_object

__all__ = ["leads_to_act", "taken_person"]

#: Prepositions and particles that make a passive "taken" a move to care or custody, or an idiom.
_NOT_TAKING = frozenset(
    {"to", "into", "for", "in", "under", "as", "on", "onto", "toward", "towards", "back", "aback", "up", "over", "out"}
)


def _patient(verb: Node, passive_patient: Node | None) -> Node | None:
    """The person taken: the passive subject (a relative pronoun hands over to the noun its clause
    modifies: "passengers, who were taken"), or the noun a reduced relative modifies ("people taken
    from the village")."""
    patient = passive_patient if passive_patient is not None else next(iter(verb.with_dep("nsubjpass")), None)
    if patient is not None and patient.text.lower() in word_set("relative_pronouns") and verb.dep_ == "relcl":
        return verb.head
    if patient is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    return patient


def taken_person(verb: Node, harm: dict, *, passive: bool, passive_patient: Node | None, taxonomy) -> str | None:
    """The ``capture`` lemma when ``verb`` names people taken by force (module doc), else None."""
    lemma = verb_lemma(verb.lemma_, verb.text, harm["capture"])
    if lemma is None or verb.pos_ != "VERB":
        return None
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN" and not verb.with_dep("nsubj", "dobj")
    if not (passive or reduced or verb.with_dep("auxpass")):
        return None
    linked = ("prep", "prt", "advmod", "acomp", "oprd")
    if any(c.dep_ in linked and c.text.lower() in _NOT_TAKING for c in verb.children):
        return None
    if verb.with_dep("oprd", "attr", "acomp", "dobj", "xcomp", "ccomp"):
        return None  # "taken prisoner" (a captured soldier), "taken ill"; "taken hostage" is an entry of its own
    patient = _patient(verb, passive_patient)
    if patient is not None and not is_person(partitive_object(patient)):
        return None
    doer = by_agent(verb)
    if doer is not None:
        return lemma if is_person(doer) or names_actor(doer, taxonomy) else None
    taken_from = any(c.dep_ == "prep" and c.text.lower() == "from" for c in verb.children)
    return lemma if taken_from and patient is not None else None


def leads_to_act(verb: Node, entry: str | None, is_act: Callable[[Node], bool]) -> bool:
    """A verb found under an ``entry`` of ``taking_verbs.csv`` coordinated with a harm verb
    (``is_act``), or a conjunct or clause of one: the other verb names the act (module doc). Not a
    clause of its own ("were herded onto pick-ups after the raiders had set the classrooms alight":
    the herding is the act), nor "took 40 hostages", an entry of its own."""
    if entry is None or entry not in word_set("taking_verbs"):
        return False
    head = verb.head.head if verb.dep_ == "pcomp" else verb.head  # "beat him before driving him away"
    if verb.dep_ in ("conj", "advcl", "pcomp") and head.pos_ == "VERB" and is_act(head) and _same_people(head, verb):
        return True
    if any(c.dep_ == "conj" and c.pos_ == "VERB" and is_act(c) and _same_people(verb, c) for c in verb.children):
        return True
    # "were herded into a barn that was then set on fire": the place they were taken to is the scene of the act
    places = [o for c in verb.with_dep("prep") for o in c.with_dep("pobj")]
    return any(r.dep_ == "relcl" and r.pos_ == "VERB" and is_act(r) for o in places for r in o.children)


def _same_people(first: Node, second: Node) -> bool:
    """The second of two linked verbs acts on the people of the first: its object is a pronoun
    ("dragged two men from a car and shot them") or it has neither object nor subject of its own
    ("were dragged from their homes and executed"). Not "shot dead more than 30 and took away dozens
    of women": two acts on different people."""
    if first.i > second.i:
        first, second = second, first
    objects = second.with_dep("dobj")
    if objects:
        return objects[0].pos_ == "PRON"
    return not second.with_dep("nsubj", "nsubjpass")
