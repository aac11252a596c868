"""Who or what a harm event is put on besides a named doer: the sides of a
reciprocal act, a non-human cause, a pronoun, and objects that change a
verb's sense.

* "fighting between the army and the rebels", "clashes between X and Y":
  both sides are named and neither alone is the doer (:func:`mutual_sides`);
* "killed in a stampede", "as a result of trampling", "a fire broke out and
  killed nine": the harm is put on a non-human cause (:func:`harm_cause`;
  the cause words are ``framing/data/harm_causes.csv``);
* "they slaughtered", "those behind the attack": a pronoun names a doer without saying who
  (:func:`is_pronoun`); it is not resolved;
* "fired the minister", "shot a film": the verb's object gives it a sense
  that is no harm (:func:`object_excludes`).
"""

from __future__ import annotations

from functools import lru_cache

from ..actors import load_people_nouns
from ..lexicons import load_lexicon
from ..syntax import Node, clause_indices, governing_verb, sibling_subjects, word_set
from ..textnorm import fold_text
from .light import emphatic_reflexive, struck_place

__all__ = [
    "CAUSE_LEXICON",
    "cause_words",
    "exchange_sides",
    "harm_cause",
    "is_person",
    "is_pronoun",
    "mutual_sides",
    "said_of",
    "object_excludes",
    "partitive_object",
    "target_object",
]

#: The packaged cause words (``causes=None``).
CAUSE_LEXICON = "harm_causes"
#: Penn tag of a personal pronoun ("they", "he", "we"; "its" is ``PRP$``).
PERSONAL_PRONOUN_TAG = "PRP"
#: Dependents that make a word of ``pronoun_nouns.csv`` a noun phrase ("the others", "two others").
PRONOUN_NOUN_BLOCKERS = ("det", "compound", "poss", "nummod")
#: Entity types that name people, for :func:`is_person`.
PERSON_ENTITIES = ("PERSON", "NORP")


@lru_cache(maxsize=16)  # read once per lexicon, not once per Doc
def cause_words(lexicon=None) -> frozenset[str]:
    """The lower-cased ``term`` entries of a cause lexicon (``None``: the
    packaged ``harm_causes.csv``)."""
    table = load_lexicon(CAUSE_LEXICON if lexicon is None else lexicon)
    if "term" not in table.columns:
        raise ValueError(f"cause lexicon {lexicon!r}: missing column 'term'")
    return frozenset(t for t in table["term"].str.strip().str.lower() if t)


def mutual_sides(act: Node) -> list[Node]:
    """The named sides of a reciprocal act: the conjuncts of the object of
    its "between" ("fighting between the army and the rebels"), or its one
    plural object ("clashes between rival factions"), also when the
    "between" hangs on the verb the act is the subject of ("fighting broke
    out between the army and the rebels", two sides or more). A second side
    the parser made a subject of that verb is taken back ("fighting between
    the patrol and the men lasted" read as "[the men] lasted"); [] when there
    is no "between", it names one side only, or it spans a time ("killed
    between Friday and Sunday"). The act of "an exchange of fire" is the
    exchange (the trigger is "fire")."""
    if (
        act.dep_ == "pobj"
        and act.head.text.lower() == "of"
        and act.head.head.lemma_.lower() in word_set("reciprocal_nouns")
    ):
        act = act.head.head  # "an exchange of fire started between X and Y"
    for child in _between_holders(act):
        if child.dep_ == "prep" and child.text.lower() == "between":
            objects = child.with_dep("pobj")
            if objects and objects[0].ent_type_ not in ("DATE", "TIME"):  # "between Friday and Sunday"
                sides = [objects[0], *[c for c in objects[0].conjuncts if c.i > objects[0].i]]
                if len(sides) == 1 and objects[0].with_dep("cc") and act.dep_ == "nsubj":  # "and X" read as a subject
                    sides += [s for s in sibling_subjects(act) if s.i > objects[0].i][:1]
                # "between the factions"; on the verb, only named sides ("continued between the two villages")
                plural = objects[0].tag_ in ("NNS", "NNPS") and child.head.i == act.i
                return sides if len(sides) > 1 or plural else []
    return []


def exchange_sides(act: Node, is_harm_verb) -> list[Node]:
    """The two sides of an exchange of fire named without "between" (a noun
    of ``framing/data/reciprocal_nouns.csv``): its "with" object and the
    other party of the harm verb it is the occasion of ("soldiers were
    wounded in a gunbattle with rebels": the soldiers and the rebels), or
    that verb's doer and victim ("police killed two suspects in a shootout").
    [] when the noun is no occasion of an active or passive harm verb, or a
    side is missing."""
    if act.dep_ == "pobj" and act.head.text.lower() == "of" and act.head.head.lemma_.lower() == "exchange":
        act = act.head.head  # "an exchange of fire": the trigger is "fire"
    preposition, words = act.head, word_set("reciprocal_nouns")
    if act.lemma_.lower() not in words or act.dep_ != "pobj" or preposition.text.lower() not in ("in", "during"):
        return []
    verb = preposition.head
    if verb.pos_ != "VERB" or not is_harm_verb(verb):
        return []
    withs = [o for p in act.with_dep("prep") if p.text.lower() == "with" for o in p.with_dep("pobj")]
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    victims = [c for c in verb.children if c.dep_ == "dobj"]
    if withs:
        party = passive or victims or doers
        return [party[0], withs[0]] if party else []
    if doers and victims and not passive:
        return [doers[0], victims[0]]
    return []


def _between_holders(act: Node) -> list[Node]:
    """Where the "between" of a reciprocal act hangs: on the act, or, for an
    act that is the subject of a verb without an object ("fighting broke out
    between X and Y", "clashes raged for days between X and Y"), on that
    verb or on the object of its preposition."""
    found = list(act.children)
    verb = act.head
    if act.dep_ == "nsubj" and verb.pos_ == "VERB" and not verb.with_dep("dobj"):
        found += verb.children
        for preposition in verb.with_dep("prep"):
            for noun in preposition.with_dep("pobj"):
                found += noun.children
    return found


def harm_cause(trigger: Node, doer: Node | None, causes: frozenset[str]) -> str:
    """The non-human cause a harm event is put on, or "".

    The doer itself when it is a cause word ("the crush killed", "killed by
    the fire"), else the first cause noun of the trigger's clause
    (:func:`framing.syntax.clause_indices`: "were killed in a stampede",
    "died as a result of trampling"), other than the trigger. Clauses with
    a subject of their own are cut out, so "killed when a fire broke out"
    is not read; the word is a noun or a gerund, not the verb "crushed". A relative
    clause takes the cause noun it describes ("a crowd surge where 150 people died").
    """
    if doer is not None and doer.lemma_.lower() in causes:
        return doer.lemma_.lower()
    tree = trigger.tree
    verb = governing_verb(tree, trigger.i)
    for i in clause_indices(tree, verb):
        if i == trigger.i or tree.pos[i] not in ("NOUN", "VERB") or tree.dep[i] == "compound":
            continue
        if not said_of(tree, i, verb):
            continue
        if tree.pos[i] == "VERB" and tree.tag[i] != "VBG":
            continue
        for word in (tree.lemma[i].lower(), tree.text[i].lower()):
            if word in causes and tree.dep[i] not in ("dobj",):
                return word
    head = tree.head[verb]
    if tree.dep[verb] == "relcl" and tree.lemma[head].lower() in causes:
        return tree.lemma[head].lower()  # "a deadly crush where 40 fans died": the clause says it of the crush
    return ""


def said_of(tree, i: int, verb: int) -> bool:
    """Token ``i`` hangs from ``verb`` through nouns and prepositions only, so
    it says something of that verb's act, not of a coordinated one ("looted
    and then set on fire": the fire is said of "set", not of "looted")."""
    i = tree.head[i]
    while i != verb:
        if tree.pos[i] in ("VERB", "AUX") or tree.head[i] == i:
            return False
        i = tree.head[i]
    return True


@lru_cache(maxsize=1)
def pronoun_nouns() -> dict[str, bool]:
    """The words of ``framing/data/pronoun_nouns.csv``, each with whether it
    counts only bare (``others``)."""
    table = load_lexicon("pronoun_nouns")
    return {
        term.strip().lower(): bare.strip().lower() == "yes"
        for term, bare in zip(table["term"], table["bare"], strict=True)
        if term.strip()
    }


def is_reciprocal_pronoun(node: Node) -> bool:
    """``node`` and an adjacent determiner of it spell a reciprocal pronoun of
    ``framing/data/reciprocal_pronouns.csv`` ("each other", "one another")."""
    for child in node.children:
        if child.dep_ == "det" and abs(child.i - node.i) == 1:
            first, second = sorted((child, node), key=lambda t: t.i)
            if f"{first.text} {second.text}".lower() in word_set("reciprocal_pronouns"):
                return True
    return False


def is_pronoun(node: Node | None) -> bool:
    """A personal pronoun ("they", "he", "we"), or a word of
    ``framing/data/pronoun_nouns.csv`` that names a doer without saying who:
    a bare "others" ("some mingled with the crowd while others fired"),
    "those" standing alone ("those who target minorities", "those behind the
    attack"), "everyone responsible", "anyone who", "whoever shot" (the
    labelling guidelines: the agent is only a pronoun). A word marked ``bare``
    counts only without modifiers; the others take a clause, a preposition or
    an adjective, but no determiner, possessor, number or compound."""
    if node is None:
        return False
    if is_reciprocal_pronoun(node):
        return True
    if _part_of_pronoun(node):  # "some of them set the buses on fire", "two of them opened fire"
        return True
    bare = pronoun_nouns().get(node.text.lower())
    if bare is not None:
        blocked = PRONOUN_NOUN_BLOCKERS + (("amod", "prep") if bare else ())
        return not any(c.dep_ in blocked for c in node.children)
    return node.tag_ == PERSONAL_PRONOUN_TAG


def _part_of_pronoun(node: Node) -> bool:
    """A quantity or a partitive word whose "of" object is a personal pronoun ("some of them",
    "several of them", "two of them"): a part of people the text names only by a pronoun."""
    if node.pos_ not in ("NUM", "DET", "PRON", "ADJ") and node.lemma_.lower() not in word_set("partitive_nouns"):
        return False
    for child in node.children:
        if child.dep_ == "prep" and child.text.lower() == "of":
            return any(o.tag_ == PERSONAL_PRONOUN_TAG for o in child.with_dep("pobj"))
    return False


def is_person(node: Node) -> bool:
    """A person or people: a personal pronoun, a PERSON or NORP name, or a
    head noun of ``framing/data/people_nouns.csv``."""
    if is_pronoun(node) and node.text.lower() != "it":
        return True
    if node.ent_type_ in PERSON_ENTITIES:
        return True
    return fold_text(node.lemma_.lower()) in load_people_nouns(None)


def object_excludes(verb: Node, unless: frozenset[str], weapons: frozenset[str] = frozenset()) -> bool:
    """The verb's object gives it a sense that is no harm: its lemma is
    listed in the lexicon's ``unless_object`` ("shot a film"), or the list
    holds ``person`` and the object is one (:func:`is_person`: "fired the
    minister").

    The object is the direct object, or the passive subject ("the bill was
    killed", "the contract will be executed"); a partitive hands over to its
    ``of`` object ("shot most of the film"); a two-word entry matches the
    object with its modifier ("warning shot", "tear gas"). A later conjunct
    that is a weapon (``weapons``, the lexicon's weapon nouns) lifts it ("fired
    tear gas and rubber bullets at the students" is a shooting; "fired the
    manager and his assistant" stays a dismissal). The object of
    "to" or "with" on the verb is read too ("shot to fame", "bombarded
    with complaints").
    """
    if not unless:
        return False
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and not emphatic_reflexive(verb, child):
            child = partitive_object(child)
            people = child.dep_ == "dobj" and "person" in unless  # "fired the minister": dismissal
            if (
                _excluded(child, unless, people)
                and not any(_fired_weapon(other, unless, weapons) for other in child.conjuncts if other.i > child.i)
                and not struck_place(verb, child.lemma_.lower(), weapons)  # "the strikes hit a market"
            ):
                return True
            break
    # "whisked the governor away to safety": the preposition may hang on the particle
    particles = [c for c in verb.children if c.dep_ in ("prt", "advmod")]
    for child in (c for holder in (verb, *particles) for c in holder.children):
        if child.dep_ == "prep" and child.text.lower() in ("to", "with"):
            objects = child.with_dep("pobj")
            if objects and _listed(objects[0], unless):
                return True
    return False


def _excluded(noun: Node, unless: frozenset[str], people: bool) -> bool:
    """One object of a verb gives it a sense that is no harm (see :func:`object_excludes`)."""
    return _listed(noun, unless) or (people and is_person(noun))


def _fired_weapon(noun: Node, unless: frozenset[str], weapons: frozenset[str]) -> bool:
    """A conjunct of an excluded object that is a weapon the verb's list does not name:
    real protest reports coordinate crowd-control gas with rounds ("tear gas and rubber
    bullets", "teargas and live rounds"), and the rounds make it a shooting."""
    return noun.lemma_.lower() in weapons and not _listed(noun, unless)


def partitive_object(noun: Node) -> Node:
    """The ``of`` object of a partitive ("most of the film" -> film;
    ``framing/data/partitive_nouns.csv``), else the noun itself."""
    if noun.text.lower() in word_set("partitive_nouns") or noun.lemma_.lower() in word_set("partitive_nouns"):
        for child in noun.children:
            if child.dep_ == "prep" and child.text.lower() == "of":
                objects = child.with_dep("pobj")
                if objects:
                    return objects[0]
    return noun


def _listed(noun: Node, unless: frozenset[str]) -> bool:
    words = {noun.lemma_.lower(), noun.text.lower()}
    for child in noun.children:
        if child.i < noun.i and child.dep_ in ("compound", "amod", "nmod"):  # "tear gas and stun grenades"
            words |= {f"{child.text.lower()} {w}" for w in (noun.lemma_.lower(), noun.text.lower())}
    return not words.isdisjoint(unless)


def target_object(verb: Node) -> Node | None:
    """The object of aim of a verb without a direct object: the object of
    its first target preposition (``framing/data/target_prepositions.csv``:
    "fired on the crowd", "shot at the car"), not a date."""
    prepositions = word_set("target_prepositions")
    for child in verb.children:
        if child.dep_ == "prep" and child.text.lower() in prepositions:
            objects = child.with_dep("pobj")
            if objects and objects[0].ent_type_ not in ("DATE", "TIME"):
                return objects[0]
    return None
