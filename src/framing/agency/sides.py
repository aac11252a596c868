"""The sides of a reciprocal act that its own phrase does not join with "between".

* "Soldiers fought the gunmen", "the militia is fighting against the rebels", "the police
  fought running battles with youths": a reciprocal verb whose object (or whose "with" /
  "against" object) is another side (:func:`opposed_sides`); "fought their way", "fought
  alongside the army" name one side;
* "gunmen opened fire on the officers, setting off a gunfight": an exchange of fire set off
  by a harm act has that act's doer and target as its sides (:func:`set_off_sides`);
* "rival gangs", "the two clans", "Tarsovan and Pellish troops": one plural phrase that
  names both sides (:func:`names_both_sides`); "troops backed by special forces" does not;
* "40 civilians were killed in clashes between the army and rebels", "wounded in a brawl between
  rival fans": a passive harm verb without a doer whose occasion is a reciprocal event between
  named sides takes those sides (:func:`occasion_sides`; also "killed in crossfire between X and Y");
* "police said their gun battle with the bandits ...": a possessor and the "with" object of a
  reciprocal act (:func:`possessed_sides`).

:mod:`.groups` reads them as the agent group ``mutual``; :mod:`.roles` has the sides that
"between" names and those of "killed in a shootout with X".
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_lexicon
from ..syntax import Node, names_nobody, subject, word_set
from .nominals import names_actor, verb_lemma
from .roles import is_person, mutual_sides, target_object

__all__ = [
    "SIDE_ENTITIES",
    "engaged_sides",
    "event_sides",
    "names_both_sides",
    "names_side",
    "occasion_sides",
    "opposed_sides",
    "pitted_sides",
    "possessed_sides",
    "set_off_sides",
]

#: Entity types that name a side of a fight ("the Marrow Front", "Brenova").
SIDE_ENTITIES = ("PERSON", "ORG", "NORP", "GPE")
#: Prepositions on a reciprocal verb whose object is the other side.
OPPONENT_PREPOSITIONS = ("with", "against")
#: Dependencies of a verb that an exchange of fire follows from ("opened fire on them, setting off a
#: gunfight"; "ambushed the convoy, and a shootout followed").
SET_OFF_DEPS = ("advcl", "xcomp", "conj")
#: Prepositions that name the event a harm happened in ("killed in clashes", "during a brawl", "amid fighting").
OCCASION_PREPOSITIONS = ("in", "during", "amid", "amidst")


def names_side(noun: Node | None, taxonomy=None) -> bool:
    """A noun that can be a side of a fight: a person or group of people
    (:func:`.roles.is_person`), a named organisation, people or place, a
    proper name ("the Sunward Movement") or a noun the taxonomy knows as an
    agent ("the pirates"); not "their way", "running battles", "the blaze"."""
    if noun is None or names_nobody(noun):
        return False
    if is_person(noun) or noun.ent_type_ in SIDE_ENTITIES or noun.pos_ == "PROPN":
        return True
    return taxonomy is not None and noun.pos_ == "NOUN" and names_actor(noun, taxonomy)


def names_both_sides(noun: Node) -> bool:
    """One plural phrase that names both sides of a reciprocal act: a word of
    ``framing/data/side_words.csv`` on its head or on the head of its "of" /
    "from" object ("rival gangs", "the two clans", "inmates from two rival
    gangs"; a number only in a definite phrase: not "two policemen"), or
    coordinated modifiers ("Tarsovan and Pellish troops")."""
    words = word_set("side_words")
    definite = _definite_words()
    heads = [
        noun,
        *[
            o
            for p in noun.children
            if p.dep_ == "prep" and p.text.lower() in ("of", "from")
            for o in p.with_dep("pobj")
        ],
    ]
    for head in heads:
        if head.lemma_.lower() in words:  # "the rivals"
            return True
        for child in head.children:
            if child.i > head.i or child.dep_ not in ("amod", "nummod", "det", "predet", "compound", "nmod"):
                continue
            word = child.lemma_.lower() if child.lemma_.lower() in words else child.text.lower()
            if word in words and (word not in definite or _definite(head)):
                return True
            if (
                head is noun
                and child.dep_ in ("amod", "compound", "nmod")
                and (child.conjuncts or child.with_dep("cc"))
            ):
                return True  # "Tarsovan and Pellish troops"; "[Police and] gang members" as one phrase
    return False


@lru_cache(maxsize=1)  # read once, not once per event
def _definite_words() -> frozenset[str]:
    """The words of ``side_words.csv`` that count sides only in a definite phrase (numbers)."""
    table = load_lexicon("side_words")
    return frozenset(table.loc[table["definite"].str.strip().str.lower() == "yes", "term"].str.strip().str.lower())


def _definite(noun: Node) -> bool:
    """A definite phrase: "the two gangs", "these two clans", "their two factions"."""
    return any(
        c.dep_ in ("det", "poss") and c.i < noun.i and c.lemma_.lower() not in ("a", "an") for c in noun.children
    )


def opposed_sides(verb: Node, harm: dict, taxonomy=None) -> list[Node]:
    """The sides of a reciprocal verb that names its opponent: the subject
    (with its conjuncts) and a direct object that is a side ("soldiers fought
    the gunmen", "has been fighting the rebels since 2014"), else the object
    of "with" or "against" ("fought running battles with youths", "fighting
    against jihadists"). [] when no opponent is named ("fought their way
    in", "fighting alongside the army to retake the town", "fought the
    blaze"), or the verb is no reciprocal one."""
    if verb.pos_ != "VERB" or verb_lemma(verb.lemma_, verb.text, harm["reciprocal"]) is None:
        return []
    objects = verb.with_dep("dobj")
    opponent = next((o for o in objects if names_side(o, taxonomy)), None)
    if opponent is None:  # "fighting against X"; "fought running battles with X" (on the object)
        opponent = next(
            (
                o
                for holder in (verb, *objects)
                for p in holder.with_dep("prep")
                if p.text.lower() in OPPONENT_PREPOSITIONS
                for o in p.with_dep("pobj")
                if names_side(o, taxonomy)
            ),
            None,
        )
    doer = subject(verb)
    if opponent is None or doer is None or names_nobody(doer) or doer.i == opponent.i:
        return []
    return [doer, *[c for c in doer.conjuncts if c.i > doer.i], opponent]


def set_off_sides(act: Node, is_harm_verb) -> list[Node]:
    """The sides of an exchange of fire (``framing/data/reciprocal_nouns.csv``)
    that a harm act of the sentence set off: that act's doer and its target
    ("gang members opened fire on the officers, setting off an exchange of
    fire"; "gunmen ambushed the convoy and a shootout followed"), or its doer
    and the exchange's own "with" object ("the bandits attacked the village,
    setting off a gunbattle with vigilantes"). The exchange is the object of
    a participle of that act, or the subject of a verb joined to it. A
    reporting verb the parser hung the participle on hands over to the
    reported act ("opened fire on them, the police said, setting off ...").
    [] when there is no such act, or it names one side only."""
    if act.dep_ == "pobj" and act.head.text.lower() == "of" and act.head.head.lemma_.lower() == "exchange":
        act = act.head.head  # "an exchange of fire": the trigger is "fire"
    if act.lemma_.lower() not in word_set("reciprocal_nouns") or act.dep_ not in ("dobj", "nsubj"):
        return []
    verb = act.head
    if verb.pos_ != "VERB" or verb.dep_ not in SET_OFF_DEPS or (act.dep_ == "nsubj" and verb.dep_ != "conj"):
        return []
    source = verb.head
    if not _aimed(source, is_harm_verb):
        source = next(
            (c for c in source.children if c.dep_ == "ccomp" and c.i < verb.i and _aimed(c, is_harm_verb)), None
        )
    if source is None:
        return []
    doer = subject(source)
    withs = [o for p in act.with_dep("prep") if p.text.lower() == "with" for o in p.with_dep("pobj")]
    target = withs[0] if withs else _target(source, is_harm_verb)
    if doer is None or names_nobody(doer) or target is None or target.pos_ not in ("NOUN", "PROPN"):
        return []  # the target of the fire is the other side, whatever it is named ("a police checkpoint")
    return [doer, target]


def engaged_sides(act: Node) -> list[Node]:
    """The sides of an exchange of fire (``framing/data/reciprocal_nouns.csv``)
    that the subject of a verb of taking part is "in"
    (``framing/data/participation_verbs.csv``): the subject and the act's own
    "with" object ("rebels are engaged in heavy fighting with government
    forces", "youths took part in clashes with police"), or the subject's
    conjuncts, or one plural subject that names both sides ("the army and
    the rebels have been locked in fighting", "the two clans are embroiled in
    clashes"). [] when one side only is named ("troops are engaged in
    fighting")."""
    if act.lemma_.lower() not in word_set("reciprocal_nouns") or act.dep_ != "pobj" or act.head.text.lower() != "in":
        return []
    verb = act.head.head
    words = word_set("participation_verbs")
    lemma = verb.lemma_.lower()
    if lemma == "take" and any(o.lemma_.lower() == "part" for o in verb.with_dep("dobj")):
        lemma = "take part"
    if lemma not in words:
        return []
    doer = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) or subject(verb)
    if doer is None or names_nobody(doer):
        return []
    sides = [doer, *[c for c in doer.conjuncts if c.i > doer.i]]
    sides += [o for p in act.with_dep("prep") if p.text.lower() == "with" for o in p.with_dep("pobj")][:1]
    return sides if len(sides) > 1 or names_both_sides(doer) else []


def pitted_sides(act: Node) -> list[Node]:
    """The sides of a reciprocal act that a verb of ``framing/data/opposing_verbs.csv``
    describes: its object and its "against" object ("clashes pitting the army
    against the rebels", "the fighting, which pits government troops against
    the front"). The verb modifies the act or has it as subject; [] without
    both sides."""
    words = word_set("opposing_verbs")
    verbs = [c for c in act.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in words]
    if act.dep_ == "nsubj" and act.head.lemma_.lower() in words:
        verbs.append(act.head)
    for verb in verbs:
        objects = verb.with_dep("dobj")
        against = [o for p in verb.with_dep("prep") if p.text.lower() == "against" for o in p.with_dep("pobj")]
        if objects and against:
            return [objects[0], against[0]]
    return []


def _aimed(verb: Node, is_harm_verb) -> bool:
    """A harm verb, or a verb aimed at someone ("opened fire on"), with a subject."""
    if verb.pos_ != "VERB" or subject(verb) is None:
        return False
    return is_harm_verb(verb) or target_object(verb) is not None


def _target(verb: Node, is_harm_verb) -> Node | None:
    """Whom a harm act was aimed at: the object of its target preposition
    ("fired on the patrol", "opened fire on the officers", also on the
    object "fire"), or the direct object of a harm verb ("ambushed the
    convoy", "attacked the base"), not the "fire" of "opened fire"."""
    aim = target_object(verb)
    objects = verb.with_dep("dobj")
    for noun in objects if aim is None else []:
        aim = target_object(noun)
        if aim is not None:
            break
    if aim is None and objects and (is_harm_verb(verb) or names_side(objects[0])):
        aim = objects[0]
    return aim


def occasion_sides(verb: Node) -> list[Node]:
    """The sides of the reciprocal event a passive harm verb without a doer
    happened in (``framing/data/reciprocal_occasions.csv``, "in" / "during" /
    "amid"): "40 civilians had been killed in clashes between the army and
    rebels", "wounded in a brawl between rival fans", also through an "of"
    phrase ("an outburst of violence between X and Y", "two days of fighting
    between X and Y"). The labelling guidelines put an act caused by a
    reciprocal event on both its sides. [] when the event names no two sides
    ("killed in a fight over land"), or it is an event the lexicon keeps out
    (a ``mutual`` of ``no`` in ``reciprocal_occasions.csv``)."""
    for preposition in [p for holder in (verb, *_gapped_partners(verb)) for p in holder.with_dep("prep")]:
        if preposition.text.lower() not in OCCASION_PREPOSITIONS:
            continue
        for noun in preposition.with_dep("pobj"):
            event = _occasion_event(noun)
            if event is not None and event.lemma_.lower() in _occasion_words(True):
                sides = mutual_sides(event) or (mutual_sides(noun) if noun is not event else [])
                if sides:
                    return sides
    return []


def event_sides(noun: Node | None) -> list[Node]:
    """The named sides of a reciprocal event of ``reciprocal_occasions.csv`` that brought a harm about
    ("clashes between X and Y left nine dead and dozens wounded": the subject of "leave"); [] for
    none, or for another noun."""
    if noun is None or noun.lemma_.lower() not in _occasion_words(True):
        return []
    return mutual_sides(noun)


def _gapped_partners(verb: Node) -> list[Node]:
    """The passive participles a passive verb shares its auxiliary with ("were killed and 20 injured in
    clashes": the parser hangs "in" on "injured", or on "20"), in either direction."""
    found = [
        participle
        for conjunct in verb.with_dep("conj")
        for participle in (
            [conjunct]
            if conjunct.tag_ == "VBN"
            else conjunct.with_dep("acl")
            if conjunct.pos_ in ("NUM", "NOUN")
            else []
        )
        if participle.tag_ == "VBN" and not participle.with_dep("aux", "auxpass")
    ]
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and not verb.with_dep("aux", "auxpass") and verb.head.tag_ == "VBN":
        found.append(verb.head)
    return found


def _occasion_event(noun: Node, hops: int = 2) -> Node | None:
    """The reciprocal event a noun names, itself or through "of" ("an outbreak of violence",
    "two days of fighting", "a round of clashes"); None when there is none."""
    for _ in range(hops + 1):
        if noun.lemma_.lower() in _occasion_words(True) | _occasion_words(False):
            return noun
        following = [o for p in noun.with_dep("prep") if p.text.lower() == "of" for o in p.with_dep("pobj")]
        if not following:
            return None
        noun = following[0]
    return None


@lru_cache(maxsize=2)  # read once, not once per event
def _occasion_words(mutual: bool) -> frozenset[str]:
    """The words of ``reciprocal_occasions.csv`` whose harm is (``True``) or is not put on the sides."""
    table = load_lexicon("reciprocal_occasions")
    keep = table["mutual"].str.strip().str.lower() == ("yes" if mutual else "no")
    return frozenset(table.loc[keep, "term"].str.strip().str.lower())


def possessed_sides(act: Node, taxonomy=None) -> list[Node]:
    """The sides of a reciprocal act (``framing/data/reciprocal_nouns.csv``)
    named by a possessor and the act's "with" / "against" object: "police
    said their gun battle with the bandits ...", "the army said its clashes
    with the rebels ...". [] without a possessor or without an opponent that
    names a side ("their raid", "their fight with the blaze")."""
    if act.lemma_.lower() not in word_set("reciprocal_nouns"):
        return []
    owner = next((c for c in act.children if c.dep_ == "poss"), None)
    if owner is None or not (owner.tag_ == "PRP$" or names_side(owner, taxonomy)):
        return []
    opponent = next(
        (
            o
            for p in act.with_dep("prep")
            if p.text.lower() in OPPONENT_PREPOSITIONS
            for o in p.with_dep("pobj")
            if names_side(o, taxonomy)
        ),
        None,
    )
    return [owner, opponent] if opponent is not None else []
