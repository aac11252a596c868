"""Doers of harm acts in shapes of real reports that the parser misreads or
that name the doer away from the act: a leading side in a hyphenated
modifier ("Saudi-led air strikes"), a participle hung on a
vehicle ("arrived on motorcycles shooting in all directions") and a military
operation named as the occasion of a harm ("killed in an Israeli operation"),
the actor modifying the first of a list of acts ("military repression and
atrocities") and the small clause of "leaving N injured" hung away from "leaving", and a participle of result
hung on a clause of circumstance ("struck the station as thousands waited, killing 57")."""

from __future__ import annotations

from ..syntax import Node, subject, word_set
from .roles import is_person

__all__ = [
    "circumstance_holder",
    "coordinated_verb",
    "framed_or_coordinated",
    "left_holder",
    "left_small_clause",
    "leading_side",
    "operation_doer",
    "perceived_passive",
    "shared_modifier",
    "vehicle_participle_doer",
    "while_partner",
]


def leading_side(modifier: Node) -> Node | None:
    """The side named before a leadership participle that modifies an act:
    "Saudi-led air strikes", "an army-controlled raid" (a verb of command,
    ``command_verbs.csv``: the side that leads the act names its doer).
    The parser reads "X-led" as the participle with X as its ``npadvmod`` /
    ``compound`` / ``nmod``; the side is X when a hyphen joins the two
    ("the coalition led by X" is a by-agent, not this). None otherwise."""
    if modifier.dep_ != "amod" or modifier.tag_ != "VBN" or modifier.lemma_.lower() not in word_set("command_verbs"):
        return None
    tree = modifier.tree
    for child in modifier.children:
        if (
            child.dep_ in ("npadvmod", "compound", "nmod", "amod")
            and child.i == modifier.i - 2
            and tree.text[modifier.i - 1] == "-"
        ):
            return child
    return None


#: Prepositions of the means of travel a participle can be misattached to.
TRAVEL_PREPOSITIONS = ("on", "in", "aboard")


def vehicle_participle_doer(participle: Node) -> Node | None:
    """The subject of the clause whose means of travel the parser took as the
    doer of a harm participle: "the gunmen invaded the villages on dozens of
    motorcycles shooting in all directions" hangs "shooting" on
    "motorcycles", a thing; the shooters are the clause's subject. Only a
    ``-ing`` participle on a noun that is no person, in a phrase of
    ``on`` / ``in`` / ``aboard`` on a verb whose subject is a person (or
    names an organisation). None otherwise."""
    if participle.dep_ != "acl" or participle.tag_ != "VBG":
        return None
    holder = participle.head
    thing = holder
    for preposition in holder.with_dep("prep"):
        if preposition.text.lower() == "of" and preposition.i < participle.i:
            thing = next(iter(preposition.with_dep("pobj")), thing)  # "dozens of motorcycles"
    if thing.pos_ not in ("NOUN", "PROPN") or is_person(thing) or thing.ent_type_ in ("ORG", "NORP"):
        return None
    if holder.dep_ == "pobj" and holder.head.text.lower() == "of" and holder.head.head.dep_ == "pobj":
        holder = holder.head.head  # the participle on "motorcycles" of "dozens of motorcycles"
    preposition = holder.head
    if holder.dep_ != "pobj" or preposition.text.lower() not in TRAVEL_PREPOSITIONS:
        return None
    verb = preposition.head
    if verb.pos_ != "VERB" or verb.with_dep("auxpass"):
        return None
    doer = subject(verb)
    if doer is None or not (is_person(doer) or doer.ent_type_ in ("ORG", "NORP")):
        return None
    return doer


def operation_doer(noun: Node, names_actor) -> Node | None:
    """The side that modifies a military operation named as the occasion of a
    harm ("were killed in the ensuing Israeli operation", "died during an army
    offensive"): a noun of ``operation_nouns.csv`` that is no harm act itself,
    with a modifier ``names_actor`` knows (a demonym, an organisation, an
    actor of the taxonomy). None otherwise."""
    if noun.lemma_.lower() not in word_set("operation_nouns"):
        return None
    for child in noun.children:
        if child.i < noun.i and child.dep_ in ("amod", "compound", "poss") and names_actor(child):
            return child
    return None


#: Dependents that make a later conjunct an act of its own ("army raids and a rebel ambush").
OWN_MODIFIERS = ("det", "poss", "amod", "compound", "nummod", "nmod")


def shared_modifier(noun: Node, names_actor) -> Node | None:
    """The actor modifying the first act noun of a list, shared by a bare later
    conjunct: "military repression and atrocities", "Israeli shelling and air
    strikes" (the second act is the modifier's too). A conjunct with a
    determiner, possessor or modifier of its own ("army raids and rebel
    attacks", "police raids and the killings") names a separate act. None
    otherwise."""
    if noun.dep_ != "conj" or any(c.dep_ in OWN_MODIFIERS for c in noun.children):
        return None
    first = noun.head
    if first.pos_ not in ("NOUN", "PROPN") or first.dep_ == "conj":
        return None
    for child in first.children:
        if child.i < first.i and child.dep_ in ("amod", "compound") and names_actor(child):
            return child
    return None


def while_partner(verb: Node) -> Node | None:
    """The passive harm verb a passive shares its occasion with across
    "while": "35 people were killed while several others were injured in
    Israeli strikes" (the strikes did both). The other verb is a passive
    participle joined by a ``while`` clause, either way round; None otherwise.
    The caller reads the occasion of the partner only when ``verb`` names
    none of its own."""

    def passive(node: Node) -> bool:
        return node.tag_ == "VBN" and bool(node.with_dep("auxpass"))

    if not passive(verb):
        return None
    for clause in verb.with_dep("advcl"):
        if passive(clause) and any(m.text.lower() == "while" for m in clause.with_dep("mark")):
            return clause
    if verb.dep_ == "advcl" and any(m.text.lower() == "while" for m in verb.with_dep("mark")) and passive(verb.head):
        return verb.head
    return None


def perceived_passive(verb: Node) -> bool:
    """A passive small clause of a verb of perception or causation the parser
    read as a clause with its own subject: "they saw two men killed and set on
    fire" ("men" as the subject of "killed"), "found the guards shot": the
    subject is the victim. A past participle (``VBN``) with a subject but no
    auxiliary or object, the complement of a verb of ``small_clause_verbs.csv``,
    or a bare conjunct of one ("and set on fire")."""
    if verb.tag_ not in ("VBN", "VBD") or verb.with_dep("aux", "auxpass", "dobj"):
        return False
    if verb.dep_ == "conj" and not verb.with_dep("nsubj", "nsubjpass"):
        return perceived_passive(verb.head)
    if not verb.with_dep("nsubj") or verb.dep_ not in ("ccomp", "xcomp", "oprd"):
        return False
    lemma = verb.head.lemma_.lower()
    if verb.tag_ == "VBD":  # the tagger's past tense: only where no finite clause can stand
        return lemma in SIGHT_VERBS
    return lemma in word_set("small_clause_verbs")


#: Verbs of sight whose object is followed by a bare or ``-ing`` form when it
#: acts ("saw soldiers fire", "watched them burning"): an ``-ed`` form there is a
#: passive participle whatever the tagger says ("saw two men killed"). "find" and
#: "hear" also take a finite clause without "that" ("found police fired on"), so
#: they are not here.
SIGHT_VERBS = ("see", "watch", "witness")


def coordinated_verb(participle: Node, is_harm_verb) -> Node | None:
    """The harm verb a past form was coordinated with, when the parser read the
    form as an adjective on the next object: "soldiers executed people and
    looted stores, hospitals and homes" ("looted" as a modifier of "stores",
    joined to "people"). The form follows "and" right after the first object
    and modifies a conjunct of the object of a harm verb ``is_harm_verb``
    accepts; that verb's subject did both. None otherwise (and for "found
    destroyed homes and looted shops": "find" is no harm verb, and the first
    object has a modifying participle of its own)."""
    tree = participle.tree
    noun = participle.head
    if participle.dep_ != "amod" or participle.i == 0 or tree.text[participle.i - 1].lower() != "and":
        return None
    if noun.dep_ != "conj" or tree.head[participle.i - 1] not in (noun.head.i, noun.i):
        return None
    first = noun.head
    if first.pos_ == "VERB":  # "executed people and [looted stores]": the noun joined to the verb
        objects = first.with_dep("dobj")
        if not objects or objects[0].i > participle.i:
            return None
        first = objects[0]
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "dobj" or any(c.dep_ == "amod" and c.tag_ in ("VBN", "VBD") for c in first.children):
        return None
    verb = first.head
    return verb if verb.pos_ == "VERB" and is_harm_verb(verb) else None


#: Verbs whose object + participle is a state the subject brought about ("the raid left 12 people wounded").
RESULT_FRAMES = ("leave",)


def left_holder(participle: Node) -> Node:
    """The "leave" a participle with its own subject is the small clause of when the parser hung
    the participle elsewhere ("killing six and leaving more than 50 others wounded": "wounded"
    read as a clause of the main verb, "others" as its subject): the word right before the
    subject's phrase is a form of "leave". Else the participle's head."""
    subjects = participle.with_dep("nsubj")
    if participle.tag_ == "VBN" and subjects and subjects[0].i < participle.i:
        before = participle.tree.left_edge(subjects[0].i) - 1
        if before >= 0 and participle.tree.node(before).lemma_.lower() in RESULT_FRAMES:
            return participle.tree.node(before)
    return participle.head


def left_small_clause(participle: Node, holder: Node) -> bool:
    """``participle`` with a subject of its own and no auxiliary is the small clause of ``holder``
    ("left nine dead and dozens wounded", "leaving 68 others severely injured"): parsed as a
    conjunct or a complement, or hung away from "leave" (:func:`left_holder`)."""
    if not participle.with_dep("nsubj") or participle.with_dep("aux", "auxpass"):
        return False
    return participle.dep_ in ("conj", "ccomp") or holder.i != participle.head.i


#: Marks of a clause that tells the time or circumstance of the act it hangs on ("as people waited").
CIRCUMSTANCE_MARKS = ("as", "while", "when")


def circumstance_holder(clause: Node) -> Node | None:
    """The verb a clause of time or circumstance with its own subject hangs on, when the parser hung
    a participle of result on that clause ("missiles struck the station as thousands of people
    waited for trains, killing 57": "killing" read as said of "waited"); None otherwise."""
    if clause.dep_ != "advcl" or not clause.with_dep("nsubj") or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "mark" and c.text.lower() in CIRCUMSTANCE_MARKS for c in clause.children):
        return None
    return clause.head


def framed_or_coordinated(modifier: Node, act_heads: frozenset[str]) -> bool:
    """A harm noun before its head that is not a mere modifier of it: the head only frames the act
    (``act_head``: "the shooting death", "a killing spree"), or the parser hung the first of two
    coordinated acts on the second as a modifier, leaving it its "and" ("the rebels' shelling and
    sniper fire": *shelling* amod of *fire* with a ``cc`` child), so it is an act of its own."""
    if modifier.head.lemma_.lower() in act_heads:
        return True
    return modifier.dep_ == "amod" and any(c.dep_ == "cc" for c in modifier.children)
