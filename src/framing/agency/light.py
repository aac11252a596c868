"""Harm uses of common words that real prose names with a light verb or a place noun.

Each function reads one shape that the lexicon's kinds alone miss or misread; the words come from
``framing/data/light_words.csv`` (a rationale per entry), grouped by its ``kind`` column:

- ``gathering``: "security forces brutally crushed protests" (a crackdown, :func:`crushed_gathering`);
- ``place_text``: "opened fire on their post" (a position, not a text: :func:`place_not_text`);
- ``struck_place`` / ``striker``: "the strikes hit a crowded market" (:func:`struck_place`);
- ``aim``: "turned its guns on the crowd" (:func:`aimed_weapon`);
- ``pause``: "a lull in major attacks" (no act: :func:`paused_act`);
- ``reflexive``: "firing on the station themselves" (no object: :func:`emphatic_reflexive`).
"""

from __future__ import annotations

from ..syntax import Node, conjuncts, word_pairs

__all__ = [
    "aimed_weapon",
    "crushed_gathering",
    "emphatic_reflexive",
    "paused_act",
    "place_not_text",
    "struck_place",
    "support_of_act",
    "turned_gun",
]


def _words(kind: str) -> frozenset[str]:
    return frozenset(term for term, found in word_pairs("light_words", "term", "kind") if found == kind)


def crushed_gathering(verb: Node) -> bool:
    """An active "crush" whose object is a gathering of people ("crushed protests",
    "crushed the uprising"): a crackdown, harm; "crushed the opposition" is not."""
    if verb.lemma_.lower() != "crush":
        return False
    gatherings = _words("gathering")
    for noun in verb.with_dep("dobj"):
        if any(word.lemma_.lower() in gatherings or word.text.lower() in gatherings for word in conjuncts(noun)):
            return True
    return False


def place_not_text(noun: Node, texts: frozenset[str]) -> bool:
    """A ``place_text`` noun ("post", "column") that is the object of "on" or "at" with no text
    word or site name before it: a force's position ("opened fire on their post"), not a text
    ("attacked him on his Facebook post")."""
    if noun.lemma_.lower() not in _words("place_text") or noun.dep_ != "pobj":
        return False
    if noun.head.text.lower() not in ("on", "at"):
        return False
    return not any(
        c.dep_ in ("compound", "amod", "nmod", "poss") and (c.lemma_.lower() in texts or c.pos_ == "PROPN")
        for c in noun.children
        if c.i < noun.i
    )


def struck_place(verb: Node, object_lemma: str, weapons: frozenset[str]) -> bool:
    """An impact verb's listed object that is a ``struck_place`` ("market", "street") struck by a
    munition or a strike ("the strikes hit a crowded market"): the place is hit, no metaphor."""
    if object_lemma not in _words("struck_place"):
        return False
    strikers = _words("striker") | weapons
    doers = list(verb.with_dep("nsubj"))
    if not doers and verb.dep_ == "conj":
        doers = list(verb.head.with_dep("nsubj", "nsubjpass"))  # "were aimed at X but hit a market"
    return any(word.lemma_.lower() in strikers or word.text.lower() in strikers for d in doers for word in conjuncts(d))


def aimed_weapon(verb: Node) -> bool:
    """Whether an ``instrument`` reading of ``verb`` is an aim: an ``aim`` verb ("turn") is harm
    only with "on" or "against" and no particle ("turned its guns on the crowd", not "turned
    over their rifles"). Other verbs pass."""
    if verb.lemma_.lower() not in _words("aim"):
        return True
    if verb.with_dep("prt"):
        return False
    return any(c.dep_ == "prep" and c.text.lower() in ("on", "against", "upon") for c in verb.children)


def paused_act(noun: Node) -> bool:
    """An act noun named by a break in it ("a lull in major attacks", "a respite from the
    shelling", "a halt to the bombing"): no act that happened."""
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    if noun.dep_ != "pobj" or noun.head.text.lower() not in ("in", "from", "to", "of"):
        return False
    holder = noun.head.head
    return holder.lemma_.lower() in _words("pause") or holder.text.lower() in _words("pause")


def turned_gun(verb: Node) -> bool:
    """An ``aim`` verb whose object is an ``aimed`` noun ("turned its guns on the crowd"), with
    the preposition :func:`aimed_weapon` asks for: a weapon the lexicon does not list as one."""
    if verb.lemma_.lower() not in _words("aim") or not aimed_weapon(verb):
        return False
    return any(word.lemma_.lower() in _words("aimed") for noun in verb.with_dep("dobj") for word in conjuncts(noun))


def emphatic_reflexive(verb: Node, obj: Node) -> bool:
    """A reflexive pronoun the parser reads as the verb's object although it follows the verb's
    preposition phrase: an emphatic doer ("accused the units of firing on the station
    themselves"), not the one fired at or dismissed."""
    if obj.text.lower() not in _words("reflexive"):
        return False
    return any(c.dep_ == "prep" and verb.i < c.i < obj.i for c in verb.children)


def support_of_act(verb: Node, acts: frozenset[str]) -> bool:
    """An impact verb whose direct object is itself an act noun (``acts``: the harm lexicon's
    nouns and impact nouns): a support verb of that act ("the enemy struck an airstrike on the
    village"), whose subject is the act's doer; the act is the one event, not the verb."""
    return any(noun.lemma_.lower() in acts or noun.text.lower() in acts for noun in verb.with_dep("dobj"))
