"""Explosions and blasts, and the damage they do (lead decisions D6 and D7).

A noun *explosion* or *blast* (a ``heard_noun`` of the harm lexicon) names
the act of a bomb when the sentence ties it to harm or to a doer or a blame:
it killed, wounded, hit, tore through, damaged or destroyed something, people
were killed in it, it is blamed or claimed ("who was behind the blast",
"blamed an air strike for the explosion", "hospital blast: X and Y trade
blame"), a building gave way in the clause joined to it ("there was a huge
explosion and the ceiling caved in"), or its modifier names its attacker
("a suicide blast"). It is no act when it is only heard, felt, seen, timed
or counted, nor when a modifier names an accident ("a gas explosion"), nor
when it is paired with a fire ("an explosion and fire at a coal mine").
The words are in ``framing/data/blast_words.csv``: :func:`blast_act`.

A verb of damage with a particle ("shattered windows", "blew out the
windows", "brought down its central section") is harm when its doer is a
weapon, a blast or its wave, an act or a known actor: :func:`damage_act`.
"""

from __future__ import annotations

from ..syntax import Node, carried_agent, subject, word_pairs
from .nominals import verb_lemma
from .roles import is_person, partitive_object

__all__ = ["blast_act", "blast_doer", "blast_words", "bomb_blast", "damage_act"]

#: Prepositions whose object is a time or an occasion: "after the blast", "on the morning of the blast".
_TIMED = frozenset({"after", "before", "since", "following", "until", "of"})
#: Nouns of time whose "of" object is the blast that dates them ("on the morning of the blast").
_TIMES = frozenset({"morning", "day", "night", "evening", "afternoon", "time", "eve", "hour", "anniversary"})


def blast_words(role: str) -> frozenset[str]:
    """The entries of ``blast_words.csv`` with this ``role``."""
    return frozenset(term for term, kind in word_pairs("blast_words", "term", "role") if kind == role)


def bomb_blast(noun: Node, harm: dict) -> bool:
    """A ``heard_noun`` ("explosion", "blast") whose modifiers name no
    accident ("a gas explosion", "the boiler blast", "a population
    explosion") and that is not paired with a fire ("an explosion and fire
    at a coal mine"): the bombing a report names by its blast."""
    if noun.lemma_.lower() not in harm["heard_noun"] or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    accident = blast_words("accident")
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in accident for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.text.lower() in ("of", "in") for c in noun.children):
        return False  # "an explosion of abuse", "an explosion in the number of": growth
    pair = [*noun.with_dep("conj"), *([noun.head] if noun.dep_ == "conj" else [])]
    return not any(n.lemma_.lower() in ("fire", "blaze") for n in pair)  # "an explosion and fire at a mine"


def _verbs_of(verb: Node):
    """The verb, the verbs it controls ("appeared designed to hit"), its
    conjuncts that share its subject ("left a crater and set three cars
    ablaze") and its participle clauses ("tore through a depot, killing 19")."""
    seen, todo = set(), [verb]
    while todo:
        word = todo.pop()
        if word.i in seen or word.pos_ not in ("VERB", "AUX"):
            continue
        seen.add(word.i)
        yield word
        for child in word.children:
            if child.dep_ == "xcomp" or (child.dep_ == "conj" and not child.with_dep("nsubj", "nsubjpass")):
                todo.append(child)
            elif child.dep_ == "advcl" and child.tag_ == "VBG" and not child.with_dep("nsubj"):
                todo.append(child)


def _harmful(verb: Node, harm: dict) -> bool:
    """A verb of harm, impact, damage, property, path ("tore through") or a
    phrasal harm verb with its particle ("set the buses on fire")."""
    lemma = verb.lemma_.lower()
    if verb_lemma(verb.lemma_, verb.text, harm["verb"] | harm["impact"]) is not None:
        return True
    states = blast_words("left")
    if lemma == "leave" and any(w.text.lower() in states for o in verb.children for w in (o, *o.children)):
        return True  # "the blast left at least 30 people dead", "left dozens injured"
    entries = harm["property"] | harm["act_path"] | blast_words("damage")
    if any(_entry_on(verb, entry) for entry in entries):
        return True
    particles = harm["phrasal"].get(lemma, frozenset())
    firsts = {p.split()[0] for p in particles} - {"*"}
    return any(c.text.lower() in firsts for c in verb.children)


def _entry_on(verb: Node, entry: str) -> bool:
    """The verb is the entry's verb with its particle ("blew out", "tore through")."""
    first, *rest = entry.split()
    if verb_lemma(verb.lemma_, verb.text, frozenset({first})) is None:
        return False
    words = {c.text.lower() for c in verb.children if c.dep_ in ("prt", "prep", "advmod")}
    words |= {c.text.lower() for o in verb.with_dep("dobj") for c in o.children if c.dep_ == "prep"}
    return all(word in words for word in rest)


def _blamed(noun: Node) -> bool:
    """The sentence blames or claims the blast ("blamed X for the explosion",
    "X and Y trade blame", "who was behind the blasts", "the Front claimed the
    blast"), and the blast is not the time of something else ("after the blast")."""
    if noun.dep_ == "pobj" and noun.head.text.lower() in _TIMED - {"of"}:
        return False
    if noun.dep_ == "pobj" and noun.head.text.lower() == "of" and noun.head.head.lemma_.lower() in _TIMES:
        return False  # "on the morning of the blast"
    cues = blast_words("blame")
    tree = noun.tree
    sentences = {tree.sent_id[noun.i]}
    last = max(j for j in range(len(tree.text)) if tree.sent_id[j] == tree.sent_id[noun.i])
    if tree.text[last] == ":":
        sentences.add(tree.sent_id[last] + 1)  # "Hospital blast: X and Y trade blame", parsed as two sentences
    words = [tree.node(j) for j in range(len(tree.text)) if tree.sent_id[j] in sentences and j != noun.i]
    for word in words:
        lemma = word.lemma_.lower()
        if lemma not in cues and word.text.lower() not in cues:
            continue
        if lemma in ("claim", "behind"):
            if lemma == "claim" and any(o.i == noun.i for o in word.with_dep("dobj")):
                return True  # "the Front claimed the blast", not "claimed that the blast was an accident"
            if lemma == "behind" and any(o.i == noun.i for o in word.with_dep("pobj")):
                return True
            continue
        return True
    return False


def _gave_way(noun: Node) -> bool:
    """An existential blast ("there was a huge explosion") whose clause is
    joined to one in which a building gives way ("and the ceiling caved in")."""
    verb = noun.head
    if noun.dep_ != "attr" or not any(c.dep_ == "expl" for c in verb.children):
        return False
    collapse = blast_words("collapse")
    # the parser may hang the joined clause on the blast: "an explosion and part of the roof caved in"
    joined = [*verb.with_dep("conj"), *(c for n in (noun, *noun.with_dep("conj")) for c in n.with_dep("acl", "conj"))]
    return any(_entry_on(c, entry) for c in joined for entry in collapse)


def blast_act(noun: Node, harm: dict, is_doer=None) -> bool:
    """Whether a blast noun names an act (lead decision D6; module docstring).

    ``is_doer`` tells a doer a frame names for the blast (a person, a known
    actor or an act) from a cause ("blamed the explosion on a faulty gas
    cylinder"); without it any named doer counts. Pronouns and proper names
    always count."""
    if not bomb_blast(noun, harm):
        return False
    if any(c.lemma_.lower() in blast_words("attack") for c in noun.children if c.dep_ in ("compound", "amod")):
        return True  # "a suicide blast at a graduation"
    if noun.dep_ == "nsubj" and any(_harmful(v, harm) for v in _verbs_of(noun.head)):
        return True  # "the blast tore through the depot, killing 19", "the explosion damaged houses"
    if noun.dep_ == "pobj" and noun.head.text.lower() in ("in", "by"):
        verb = noun.head.head
        if _harmful(verb, harm) or verb_lemma(verb.lemma_, verb.text, harm["outcome"]) is not None:
            return True  # "killed in the blast", "hurt by the blast", "three people died in the blast"
    # "the blasts were a warning from the Front": a doer named for it by a frame
    carried = carried_agent(noun)
    if carried is None:
        return _blamed(noun) or _gave_way(noun)
    # a frame names what the blast is put on: a doer, or a cause ("blamed the explosion on a gas cylinder")
    return is_doer is None or is_doer(carried) or carried.pos_ in ("PRON", "PROPN")


def blast_doer(noun: Node | None) -> bool:
    """A blast's wave as the doer of a verb ("the shock wave shattered
    windows"): a thing that does what its blast does and names no side."""
    if noun is None or noun.lemma_.lower() not in ("wave", "shockwave"):
        return False
    waves = blast_words("wave")
    return noun.lemma_.lower() == "shockwave" or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in waves for c in noun.children
    )


def damage_act(verb: Node, is_doer) -> tuple[str, Node] | None:
    """(entry, last word) when ``verb`` is a damage entry of
    ``blast_words.csv`` with its particle ("blew out", "bringing down",
    "shattered") whose doer, its subject or the subject of the verb whose
    participle clause it is, passes ``is_doer`` (a weapon, a blast or its
    wave, an act or a known actor: "the shock wave shattered windows", "a
    warplane dropped a bomb on the theatre, bringing down its central
    section"), and whose object is no person ("the news shattered her") nor
    a thing no blast can damage ("shattered the calm")."""
    if verb.pos_ != "VERB":
        return None
    for entry in sorted(blast_words("damage"), key=len, reverse=True):
        if not _entry_on(verb, entry):
            continue
        objects = verb.with_dep("dobj", "nsubjpass")
        if not objects or any(is_person(partitive_object(o)) for o in objects):
            return None
        if any(o.lemma_.lower() in blast_words("intangible") for o in objects):
            return None  # "shattered the calm of the village", "brought down the government"
        doer = subject(verb)
        if doer is None or not (is_doer(doer) or blast_doer(doer)):
            return None
        particles = entry.split()[1:]
        near = [*verb.children, *(c for o in verb.with_dep("dobj") for c in o.children)]
        words = sorted((c for c in near if c.text.lower() in particles and c.i > verb.i), key=lambda n: n.i)
        last = max([verb, *words[: len(particles)]], key=lambda n: n.i)
        return entry, last
    return None
