"""Harm words that are events only in some uses, read from the grammar.

A death named by its mechanism, with the victim as subject and no object
("118 people drowned when the ferry capsized", "suffocated in the crush"):
:func:`died_by`. Wrecking named by a ``property`` verb, harm only when a
building or vehicle of ``framing/data/property_nouns.csv`` undergoes it
("her home gutted", "rioters pulled down the home of", "a car was
overturned"): :func:`property_act`. An impact verb in the passive whose
patient is such a building and whose doer is not named ("the hospital had
been hit by mistake"): :func:`building_struck`. A harm verb whose object is
a free relative over an abstract noun ("torched what remained of public
faith", "torched whatever trust remained"): :func:`abstract_object`; a plain
abstract object or passive subject is read by the verb's ``unless`` set,
which holds ``abstract_nouns.csv`` (:func:`framing.agency.harm_lexicon`).
"""

from __future__ import annotations

from ..syntax import Node, word_set
from .nominals import verb_lemma
from .roles import partitive_object
from .senses import NO_PERSON_DOER

__all__ = ["abstract_object", "building_struck", "died_by", "property_act", "trigger_verbs"]

#: Determiners and pronouns that open a free relative ("what remained of", "whatever trust remained").
_FREE_RELATIVE = frozenset({"what", "whatever"})


def trigger_verbs(harm: dict) -> frozenset[str]:
    """The verbs of the kinds read here (``death_verb``, the first word of a ``property`` entry)."""
    return harm["death_verb"] | frozenset(entry.split()[0] for entry in harm["property"])


def died_by(verb: Node, harm: dict) -> str | None:
    """The ``death_verb`` lemma when ``verb`` names a death by its mechanism,
    with no object and not in the passive: its subject is the victim
    ("passengers drowned", "pilgrims suffocated in the crush"). Not when a
    subject, particle or "in" object is listed in the verb's ``unless`` set
    ("the music drowned out", "drowned in sorrows", "the economy suffocated")."""
    lemma = verb_lemma(verb.lemma_, verb.text, harm["death_verb"])
    if lemma is None or verb.pos_ != "VERB" or verb.dep_ == "amod" or verb.with_dep("dobj", "nsubjpass", "auxpass"):
        return None
    unless = harm["unless"].get(lemma, frozenset())
    words = [partitive_object(s) for s in verb.with_dep("nsubj")]
    words += [c for c in verb.children if c.dep_ == "prt"]
    words += [o for c in verb.children if c.dep_ == "prep" and c.text.lower() == "in" for o in c.with_dep("pobj")]
    if any({w.lemma_.lower(), w.text.lower()} & unless for w in words):
        return None
    return lemma


def _property(noun: Node) -> bool:
    """A building or vehicle noun, or a coordination holding one ("homes and shops")."""
    words = word_set("property_nouns")
    return any(partitive_object(n).lemma_.lower() in words for n in (noun, *noun.conjuncts))


def property_act(verb: Node, harm: dict, passive_patient: Node | None) -> tuple[str, Node, Node | None] | None:
    """(entry, last word, small-clause subject) when ``verb`` is a
    ``property`` verb with its particle ("pulled down") and a building or
    vehicle as patient: its object ("smashed the shops"), its passive subject
    ("a car was overturned"), or the subject of a participle with no
    auxiliary and no object, a small clause ("came back to find her home
    gutted": that subject, the patient, is returned third; it is no doer).
    Else None."""
    first = verb_lemma(verb.lemma_, verb.text, frozenset(e.split()[0] for e in harm["property"]))
    if first is None or verb.pos_ not in ("VERB", "ADJ"):
        return None
    last = verb
    for entry in (e for e in harm["property"] if e.split()[0] == first):
        particles = entry.split()[1:]
        found = [c for c in verb.children if c.dep_ in ("prt", "advmod") and c.text.lower() in particles]
        if len(found) == len(particles):
            last = max([verb, *found], key=lambda n: n.i)
            break
    else:
        return None
    patients = verb.with_dep("dobj", "nsubjpass") + ([passive_patient] if passive_patient is not None else [])
    small = None
    if verb.tag_ in ("VBN", "VBD") and not verb.with_dep("aux", "auxpass", "dobj"):
        small = next((s for s in verb.with_dep("nsubj") if _property(s)), None)  # "her home gutted"
    if small is None and not any(_property(p) for p in patients):
        return None
    return " ".join([first, *entry.split()[1:]]), last, small


def building_struck(*, passive: bool, doer: Node | None, patient: Node | None, unless: frozenset[str]) -> bool:
    """An impact verb of striking ("hit", "strike": no ``no_person_doer`` in
    its ``unless`` set) in the passive with a building or vehicle as patient
    and no doer ("the hospital had been hit by mistake": a strike on it);
    with a doer the doer decides ("the shop was hit by a power cut"), and a
    verb of damage says nothing of how ("the house got damaged in the
    storm")."""
    if not passive or doer is not None or patient is None or NO_PERSON_DOER in unless:
        return False
    return _property(patient)


def abstract_object(verb: Node, abstract: frozenset[str]) -> bool:
    """The verb's object is a free relative over an abstract noun ("torched
    what remained of public faith", "torched whatever trust remained in the
    courts"): a metaphor, as an abstract object is ("murdered the economy")."""
    for clause in verb.with_dep("ccomp", "dobj"):
        subjects = [clause] if clause.dep_ == "dobj" else clause.with_dep("nsubj")
        if not subjects:
            continue
        head = subjects[0]
        opener = {head.text.lower()} | {c.text.lower() for c in head.children if c.dep_ == "det"}
        if not opener & _FREE_RELATIVE:
            continue
        if head.lemma_.lower() in abstract:
            return True
        verbs = [clause] if clause.dep_ == "ccomp" else head.with_dep("relcl")
        for word in verbs:
            for preposition in (c for c in word.children if c.dep_ == "prep" and c.text.lower() == "of"):
                if any(o.lemma_.lower() in abstract for o in preposition.with_dep("pobj")):
                    return True
    return False
