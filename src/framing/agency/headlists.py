"""Headline verbs joined by a comma without "and" ("Gunmen kill 96, raze 221 houses").

Headlines list a doer's acts with a comma where prose has "and": "Gunmen Kill 22,
Torch Houses", "Rioters loot shops, set cars ablaze", "Bandits kill five, burn
houses" (real wire and newspaper headlines have this shape). The small model
then reads one of the verbs as a noun: the second one as a modifier of its object
("torch houses", "raze 221 houses"), or the first one as a modifier of its object,
which it makes the subject of the second verb ("[Rioters loot shops], set cars
ablaze"). :func:`headline_act` reads both: each verb of the list is a trigger
whose agent is the list's subject (guidelines, lead decision D10).

Only sentences without final punctuation (headlines) are read. Also: an act noun that is
the occasion of a headline participle ("64 protesters killed in crackdown") does not take the
participle's subject, which is its victim (:func:`occasion_doer`).
"""

from __future__ import annotations

from ..syntax import Node, by_agent, word_set
from .doers import framing_act_doer
from .kickers import kicker_appos, kicker_topic
from .senses import headline_subject, headline_verb
from .voice import garden_path_subject, headline_participle

__all__ = [
    "first_listed",
    "headline_act",
    "headline_no_act",
    "listed_subject",
    "occasion_doer",
    "second_listed",
]

#: Tags the tagger gives a headline verb it reads as a noun or an adjective.
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "JJ"})
#: Tags of a headline's own verb: the present tense, or the base form ("Gunmen kill 96").
_HEADLINE_TENSES = frozenset({"VBP", "VBZ", "VB"})
_FINAL = frozenset(".!?")


def _verb_form(word: Node, verbs: frozenset[str]) -> str | None:
    """The harm verb ``word`` is a form of ("torch", "razes", "lynches"), else None."""
    text = word.text.lower()
    forms = (text, text[:-1] if text.endswith("s") else "", text[:-2] if text.endswith("es") else "")
    return next((form for form in forms if form in verbs), None)


def _sentence(word: Node) -> range:
    tree, i = word.tree, word.i
    start, end = i, i
    while start > 0 and tree.sent_id[start - 1] == tree.sent_id[i]:
        start -= 1
    while end + 1 < len(tree.text) and tree.sent_id[end + 1] == tree.sent_id[i]:
        end += 1
    return range(start, end + 1)


def _headline(word: Node) -> bool:
    """The word's sentence has no final punctuation: a headline."""
    tree = word.tree
    last = [j for j in _sentence(word) if tree.text[j].strip() and tree.text[j] not in ('"', "'", "\u201d")]
    return bool(last) and tree.text[last[-1]][-1:] not in _FINAL


def _object_listed(word: Node, candidate: str, unless: dict) -> bool:
    """A word of the verb's object, up to the next comma, is on its ``unless`` list ("set fire to tyres")."""
    listed, tree = unless.get(candidate, frozenset()), word.tree
    previous = None
    for j in (j for j in _sentence(word) if j > word.i):
        if tree.text[j] == ",":
            return False
        words = {tree.lemma[j].lower(), tree.text[j].lower()}
        if previous is not None:  # a two-word entry: "warning shot", "tear gas"
            words |= {f"{previous} {w}" for w in tuple(words)}
        if not words.isdisjoint(listed):
            return True
        previous = tree.text[j].lower()
    return False


def second_listed(word: Node, verbs: frozenset[str], unless: dict) -> tuple[str, Node] | None:
    """A later verb of the list read as a noun ("Gunmen kill 96, raze 221 houses": "raze"):
    its lemma and the subject of the headline verb before the comma, else None."""
    tree, i = word.tree, word.i
    if word.tag_ not in _NOUN_TAGS or i < 3 or tree.text[i - 1] != "," or i + 1 >= len(tree.text):
        return None
    if (
        (word.head.i < i and word.dep_ != "conj")
        or tree.pos[i + 1] == "PUNCT"
        or tree.sent_id[i + 1] != tree.sent_id[i]
    ):
        return None  # the verb's object follows it ("torch houses", "raze 221 houses"), or it is the verb's conjunct
    candidate = _verb_form(word, verbs)
    if candidate is None or not _headline(word) or _object_listed(word, candidate, unless):
        return None
    verb = tree.node(i - 2)
    for _ in range(len(tree.text)):  # the clause before the comma: "Gunmen kill 96"
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.tag_ not in _HEADLINE_TENSES or verb.i > i:
        return None
    subjects = [s for s in verb.with_dep("nsubj") if s.i < verb.i]
    return (candidate, subjects[0]) if subjects else None


def first_listed(word: Node, verbs: frozenset[str], unless: dict) -> tuple[str, Node] | None:
    """The first verb of the list read as a modifier of its object, which the parser made the
    subject of the verb after the comma ("Rioters loot shops, set cars ablaze": "loot"): its lemma
    and the noun before it (the list's subject), else None."""
    tree, i = word.tree, word.i
    noun = word.head
    if word.tag_ not in _NOUN_TAGS or word.dep_ not in ("compound", "amod", "nmod") or noun.i <= i or i == 0:
        return None
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.i <= noun.i + 1 or tree.text[noun.i + 1] != ",":
        return None
    before = tree.node(i - 1)
    if before.pos_ not in ("NOUN", "PROPN") or tree.left_edge(before.i) != _sentence(word)[0]:
        return None  # the subject opens the headline: "Rioters loot shops"
    if before.tag_ not in ("NNS", "NNPS") and not word.text.lower().endswith("s"):
        return None  # "Car bomb attack, ...": a compound noun, not "Mob loots shops"
    candidate = _verb_form(word, verbs)
    if candidate is None or not _headline(word) or _object_listed(word, candidate, unless):
        return None
    return candidate, before


def listed_subject(agent: Node | None, verbs: frozenset[str], unless: dict) -> Node | None:
    """The list's subject when ``agent`` is the object of a first verb read as a modifier (the
    parser's subject "shops" of "set" in "Rioters loot shops, set cars ablaze": "Rioters"); the
    subject after a kicker the parser hung on it (:func:`.kickers.kicker_appos`); else None."""
    if agent is None:
        return None
    if (after_kicker := kicker_appos(agent)) is not None:
        return after_kicker  # "Okorowa church attack: gunmen ... massacre 38"
    for child in agent.children:
        if child.i < agent.i and (found := first_listed(child, verbs, unless)) is not None:
            return found[1]
    return None


def _phrase_head(first: Node | None, verb: Node) -> Node | None:
    """The head of the noun phrase ``first`` opens before the verb: "Suicide bomber attacks mosque"
    gives "bomber" (whose phrase is "Suicide bomber"), not the modifier "Suicide"."""
    while (
        first is not None
        and first.dep_ in ("compound", "amod", "nmod")
        and first.i < first.head.i < verb.i
        and first.head.pos_ in ("NOUN", "PROPN")
    ):
        first = first.head
    return first


def headline_act(word: Node, verbs: frozenset[str], unless: dict) -> tuple[str, Node | None] | None:
    """A headline verb the tagger read as a noun or adjective, with its subject: a lone one
    (:func:`framing.agency.senses.headline_verb`) or one of a comma-joined list (module notes)."""
    lemma = headline_verb(word, verbs, unless)
    if lemma is not None:  # not "Troops fire warning shots" (headline_no_act)
        return None if _object_listed(word, lemma, unless) else (lemma, _phrase_head(headline_subject(word), word))
    return second_listed(word, verbs, unless) or first_listed(word, verbs, unless)


def _containers() -> frozenset[str]:
    return word_set("container_nouns")


def occasion_doer(noun: Node, verbs: frozenset[str]) -> Node | None:
    """:func:`framing.agency.doers.framing_act_doer` (also for an act counted by a container noun:
    "in a week of raids", ``container_nouns.csv``), except under a headline participle without
    auxiliary ("64 protesters killed in crackdown", "Nine killed, 40 wounded in bombing") or a reduced
    relative the parser read as the main verb ("Fighters abducted in the raid were freed"): its
    subject is the victim, so the act noun takes no doer from it (a by-agent's, if any)."""
    preposition = noun.head
    if noun.dep_ == "pobj" and preposition.dep_ == "prep" and headline_participle(preposition.head):
        return None
    if noun.dep_ == "pobj" and preposition.dep_ == "prep" and garden_path_subject(preposition.head) is not None:
        return by_agent(preposition.head)  # "Fighters abducted in the raid were freed": the victims
    container = preposition.head
    if noun.dep_ == "pobj" and preposition.text.lower() == "of" and container.lemma_.lower() in _containers():
        return framing_act_doer(container, verbs)  # "killed 60 villagers in a week of raids": the killers'
    return framing_act_doer(noun, verbs)


def headline_no_act(word: Node, verbs: frozenset[str], unless: dict) -> bool:
    """``word`` names no act, though it is a noun the lexicon knows: a headline verb whose object
    is on its ``unless`` list ("Troops fire warning shots", where "Troops fire" would read like
    "army fire"), or a kicker's running story ("Manipur violence:", :func:`.kickers.kicker_topic`)."""
    if kicker_topic(word):
        return True
    lemma = headline_verb(word, verbs, unless)
    return lemma is not None and _object_listed(word, lemma, unless)
