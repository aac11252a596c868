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

from ..syntax import Node, agent_frames, by_agent, subject, word_pairs, word_set
from .nominals import names_actor, nominal_trigger, verb_lemma
from .roles import is_person, partitive_object
from .senses import NO_PERSON_DOER

__all__ = [
    "abstract_object",
    "arson_start",
    "building_struck",
    "candidate_triggers",
    "death_caused",
    "died_by",
    "path_act",
    "property_act",
    "slogan",
    "strike_report",
    "known_doer",
    "trigger_verbs",
    "verb_act",
]

#: Determiners and pronouns that open a free relative ("what remained of", "whatever trust remained").
_FREE_RELATIVE = frozenset({"what", "whatever"})


def trigger_verbs(harm: dict) -> frozenset[str]:
    """The verbs of the kinds read here (``death_verb``; the first word of a
    ``property``, ``act_path`` or ``arson`` entry)."""
    several = harm["property"] | harm["act_path"] | harm["arson"]
    return harm["death_verb"] | frozenset(entry.split()[0] for entry in several)


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
        found = [c for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and c.text.lower() in particles]
        if len(found) == len(particles):
            last = max([verb, *found], key=lambda n: n.i)
            break
    else:
        return None
    patients = verb.with_dep("dobj", "nsubjpass") + ([passive_patient] if passive_patient is not None else [])
    patients += [o for c in found for o in c.with_dep("pobj")]  # "broke into the shop"
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


def path_act(verb: Node, harm: dict, is_act) -> tuple[str, Node, None] | None:
    """(entry, preposition, None) when ``verb`` is an ``act_path`` verb with
    its preposition and a harm noun as subject (``is_act``): "suicide
    bombings tore through a market". Not a weapon nor a storm, and not a
    blast: "the explosion tore through the station" gives the blast's row
    only (lead decision D6, :mod:`.blasts`)."""
    for entry in harm["act_path"]:
        first, preposition = entry.split()
        if verb_lemma(verb.lemma_, verb.text, frozenset({first})) is None or verb.pos_ != "VERB":
            continue
        found = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.text.lower() == preposition]
        subjects = verb.with_dep("nsubj")
        if found and subjects and is_act(subjects[0]):
            return entry, found[0], None
    return None


def arson_start(verb: Node, harm: dict, is_doer) -> tuple[str, Node, None] | None:
    """(entry, verb, None) when ``verb`` starts a fire of an ``arson`` entry
    that the report already knows, a definite or possessed object or a
    passive subject ("a prisoner had started the blaze", "the fire was
    started by inmates"), and its doer is a person or a known actor
    (``is_doer``): not "an electrical fault started the fire" nor "campers
    started a fire to keep warm"."""
    for entry in harm["arson"]:
        first, noun = entry.split()
        if verb_lemma(verb.lemma_, verb.text, frozenset({first})) is None or verb.pos_ != "VERB":
            continue
        passive = verb.with_dep("nsubjpass")
        fires = [o for o in passive or verb.with_dep("dobj") if o.lemma_.lower() == noun]
        if not fires or not (passive or _known(fires[0])):
            continue  # "started the blaze", not "campers started a fire to keep warm"
        doer = by_agent(verb) if passive else subject(verb)
        if doer is not None and is_doer(doer):
            return entry, verb, None
    return None


def _known(noun: Node) -> bool:
    """A definite or possessed noun ("the blaze", "its fire"): one the report already knows."""
    return any(c.dep_ == "poss" or c.lemma_.lower() in ("the", "this", "that") for c in noun.children)


def slogan(verb: Node) -> bool:
    """A harm verb in the bare form with no subject, the complement of a verb
    of ``slogan_verbs.csv``: a slogan or a demand ("protesters chanted 'hang
    him'", "the crowd shouted 'burn it down'"), not an act."""
    if verb.tag_ != "VB" or verb.dep_ not in ("xcomp", "ccomp", "dobj") or verb.with_dep("nsubj", "aux", "mark"):
        return False
    return verb.head.lemma_.lower() in word_set("slogan_verbs")


def death_caused(noun: Node, harm: dict, is_doer) -> tuple[bool, Node | None]:
    """Whether an ``outcome`` noun ("death") is an event, and its doer: the
    object of "cause" names the causer as doer when the causer is a person or
    a known actor (``is_doer``: "there was no evidence that the guards caused
    any of the deaths", "charged five managers with causing death by
    negligence"), unless a harm verb it is the result of names the act
    ("fired on the crowd, causing dozens of deaths"); the object of a ``direct_object`` frame whose preposition
    takes an activity ("blamed the deaths on overloading") is an event with no
    doer. Else (False, None)."""
    if noun.lemma_.lower() not in harm["outcome"]:
        return False, None
    top = noun
    if noun.dep_ == "pobj" and noun.head.text.lower() == "of" and noun.head.head.dep_ == "dobj":
        top = noun.head.head  # "caused any of the deaths"
    if top.dep_ != "dobj":
        return False, None
    verb = top.head
    if verb.lemma_.lower() == "cause":
        acts = harm["verb"] | harm["impact"] | frozenset(harm["phrasal"])
        if verb.dep_ in ("advcl", "conj", "xcomp") and verb_lemma(verb.head.lemma_, verb.head.text, acts):
            return False, None  # "troops fired on the crowd, causing dozens of deaths": the firing's result
        doer = subject(verb)
        return (True, doer) if doer is not None and is_doer(doer) else (False, None)
    frames = agent_frames()
    for preposition in (c for c in [*verb.children, *top.children] if c.dep_ == "prep"):
        if frames.get((verb.lemma_.lower(), preposition.text.lower())) == "direct_object":
            if preposition.with_dep("pcomp"):
                return True, None
    return False, None


def verb_act(verb: Node, harm: dict, passive_patient: Node | None, *, taxonomy, is_act):
    """(entry, last word, small-clause subject) of the first of
    :func:`property_act`, :func:`path_act` (``is_act``: a harm noun) and
    :func:`arson_start` (a person or an actor of ``taxonomy`` as doer) that
    ``verb`` is, else None."""
    return (
        property_act(verb, harm, passive_patient)
        or path_act(verb, harm, is_act)
        or arson_start(verb, harm, lambda n: known_doer(n, taxonomy))
    )


def known_doer(node: Node, taxonomy) -> bool:
    """A person (:func:`framing.agency.roles.is_person`) or an actor the taxonomy knows."""
    return is_person(node) or names_actor(node, taxonomy)


def strike_on_target(noun: Node, harm: dict) -> bool:
    """A bare impact noun ("strike") aimed at people or a building: the
    subject of an impact verb whose object is a person or a building or
    vehicle ("a second strike hit rescuers who had rushed to the scene"), or
    with such an "on" object ("the strike on the convoy"). Not when a word
    other than a weapon names its kind or its strikers ("a rail strike hit
    commuters", "the teachers' strike": a labour strike) nor on a date or an industry ("the strike on Monday"),
    unless that word is a building and the sentence is a strike report (:func:`strike_report`)."""
    modifiers = [
        c
        for c in noun.children
        if c.dep_ in ("compound", "poss") and c.i < noun.i and c.lemma_.lower() not in harm["weapon"]
    ]
    if modifiers:  # "the hospital strike" in a raid report names its target, "the teachers' strike" its strikers
        return all(c.dep_ == "compound" and _property(c) for c in modifiers) and strike_report(noun, harm)
    targets = [o for c in noun.children if c.dep_ == "prep" and c.text.lower() == "on" for o in c.with_dep("pobj")]
    verb = noun.head
    if noun.dep_ == "nsubj" and verb_lemma(verb.lemma_, verb.text, harm["impact"]) is not None:
        targets += verb.with_dep("dobj")
    return any(is_person(partitive_object(t)) or _property(t) for t in targets) or strike_report(noun, harm)


def strike_report(noun: Node, harm: dict) -> bool:
    """A bare impact noun in a sentence that names a weapon or an act of air or
    artillery war (``strike_context`` in ``framing/data/harm_frames.csv``:
    "the clinic strike was the third in a string of raids"), or another impact
    verb aimed at people or a building ("reacting to the strike, he said the
    army had hit an apartment block"). Its modifiers are read first by
    :func:`strike_on_target`."""
    context = frozenset(t for kind, t in word_pairs("harm_frames", "role", "term") if kind == "strike_context")
    tree = noun.tree
    for token in map(tree.node, range(len(tree.sent_id))):
        if token.i == noun.i or tree.sent_id[token.i] != tree.sent_id[noun.i]:
            continue
        if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in context:
            return True
        if (
            token.pos_ == "VERB"
            and verb_lemma(token.lemma_, token.text, harm["impact"]) is not None
            and not any(s.i == noun.i for s in token.with_dep("nsubj"))
            and any(is_person(partitive_object(o)) or _property(o) for o in token.with_dep("dobj"))
        ):
            return True
    return False


def candidate_triggers(tree, harm: dict, words: frozenset[str], conditional: frozenset[str]) -> list[int]:
    """Indices of the tokens that can be harm-event triggers, in order.

    Only a noun, verb, auxiliary, adjective or gerund can be one; the strings are screened
    first (``words``: :func:`.nominals.screen_words`), then a token is kept when it is a harm
    verb, a phrasal verb's head, a verb of a ``conditional`` kind, an impact or outcome noun, or
    a harm noun (:func:`.nominals.nominal_trigger`). :func:`.events.find_harm_events` decides
    which of them are events.
    """
    nouns, verbs, phrasal = harm["noun"], harm["verb"], harm["phrasal"]
    triggers = []
    for i, (pos, tag, text, lemma) in enumerate(zip(tree.pos, tree.tag, tree.text, tree.lemma, strict=True)):
        if pos not in ("NOUN", "PROPN", "VERB", "AUX", "ADJ") and tag != "VBG":
            continue
        lower = text.lower()
        if not (lemma.lower() in words or lower in words or lower.endswith(("ed", "ing", "ings", "es"))):
            continue  # no lexicon word, no "-ed" / "-ing(s)" to strip: neither function matches
        if (
            verb_lemma(lemma, text, verbs) is not None
            or verb_lemma(lemma, text, frozenset(phrasal)) is not None
            or verb_lemma(lemma, text, conditional - harm["impact_noun"]) is not None
            or lemma.lower() in harm["impact_noun"] | harm["heard_noun"]
            or lemma.lower() in harm["outcome"]
            or nominal_trigger(tree, i, nouns, verbs) is not None
        ):
            triggers.append(i)
    return triggers
