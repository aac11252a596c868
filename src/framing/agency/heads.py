"""The head noun decides an agent's group over words around it that name another actor.

Two readings of a taxonomy match that let a modifier or a complement speak for the head
(lead decision D8: "soldiers loyal to President X" are soldiers; a state's settlers are settlers):

* a state's name or demonym before a head the taxonomy knows as another group says whose
  the head is, not what it is: "Korvathi settlers" are settlers (civilians), "the Korvathi
  government" a government, "a Korvathi militia" a militia; only the state's own group (that of
  the generic word "troops") gives way, so "rebel soldiers" keep the rebels' group;
* an allegiance ("soldiers loyal to President X", "forces loyal to the president") names an
  owner, read as a possessor is (:func:`.owners.owner_group`): an owner that fields forces
  gives its group ("troops loyal to a rebel general"); a government or president, which fields
  none, leaves the retinue noun its own group, or the state's forces when it has none.
"""

from __future__ import annotations

from ..syntax import Node

__all__ = ["allegiance_owner", "head_group", "state_group"]

#: Adjectives of allegiance whose "to" object owns the noun they follow ("loyal to", "allied to").
ALLEGIANCE = ("loyal", "allied", "faithful")


#: Generic words of the state's forces, as (text, lemma): the first the taxonomy knows gives their group.
STATE_WORDS = (("troops", "troop"), ("army", "army"), ("soldiers", "soldier"))


def state_group(taxonomy) -> str | None:
    """The taxonomy's group of the generic words "troops", "army" or "soldiers" (the first it
    knows): the state's forces; None if it knows none."""
    for text, lemma in STATE_WORDS:
        found = taxonomy.classify(text, head=lemma, head_text=text, role="agent")
        if found is not None:
            return found
    return None


def _government(taxonomy, word: Node) -> bool:
    """``word`` is classified in the taxonomy's group of the generic word "government"."""
    government = taxonomy.classify("government", head="government", head_text="government", role="agent")
    found = taxonomy.classify(word.text, head=word.lemma_, head_text=word.text, role="agent")
    return government is not None and found == government


def head_group(taxonomy, noun: Node, found: str | None) -> str | None:
    """``found``, the group of a phrase headed by ``noun``, unless it is the state's group while
    the head alone names another group: then the head's ("Korvathi settlers" -> settlers')."""
    if found is None or found != state_group(taxonomy) or noun.pos_ not in ("NOUN", "PROPN"):
        return found
    own = taxonomy.classify(noun.text, head=noun.lemma_, head_text=noun.text, role="agent")
    return own if own is not None else found


def allegiance_owner(noun: Node, taxonomy=None) -> Node | None:
    """The object of "loyal to" after ``noun`` ("soldiers loyal to President X" -> X), the X of a
    "pro-X" before it ("pro-government forces"), or a modifier the taxonomy knows as the government
    ("regime forces", "government units": the government fields the state's forces); else None."""
    tree = noun.tree
    for modifier in noun.children:
        if modifier.i > noun.i or modifier.dep_ not in ("amod", "compound", "nmod"):
            continue
        if modifier.i > 1 and tree.text[modifier.i - 1] == "-" and tree.text[modifier.i - 2].lower() == "pro":
            return modifier
        if taxonomy is not None and modifier.pos_ in ("NOUN", "ADJ") and _government(taxonomy, modifier):
            return modifier
    for adjective in noun.children:
        if adjective.i < noun.i or adjective.lemma_.lower() not in ALLEGIANCE:
            continue
        for preposition in adjective.with_dep("prep"):
            if preposition.text.lower() == "to":
                objects = preposition.with_dep("pobj")
                if objects:
                    return objects[0]
    return None


#: Words of a duty in a relative clause that describes people by their role, not as a crowd
#: ("the people who are supposed to keep us safe", "those who are paid to protect us").
DUTY_WORDS = ("suppose", "supposed", "mean", "pay", "swear", "sworn", "expect", "should", "ought", "task", "entrust")
#: Heads that are a crowd unless a clause of duty describes them.
DESCRIBED_PEOPLE = ("people", "person", "those")


def duty_described(noun: Node) -> bool:
    """True for "the people who are supposed to keep us safe": a crowd word described by its duty
    names a role whose holder the sentence does not say (lead decision D8: other, not civilians)."""
    if noun.lemma_.lower() not in DESCRIBED_PEOPLE and noun.text.lower() not in DESCRIBED_PEOPLE:
        return False
    for clause in noun.with_dep("relcl", "acl"):
        words = [clause, *clause.children]
        if any(w.lemma_.lower() in DUTY_WORDS or w.text.lower() in DUTY_WORDS for w in words):
            return True
    return False


def headline_first_conjunct(agent: Node | None) -> Node | None:
    """The first conjunct of a headline's comma list the parser split ("Army admits soldiers,
    'vigilantes' killed 11": "soldiers" hung as the object of "admits"): a plural noun object of
    the verb above the agent's clause, right before a comma before the agent; else None."""
    if agent is None or agent.dep_ not in ("nsubj", "nsubjpass"):
        return None
    tree, j = agent.tree, agent.i - 1
    while j >= 0 and tree.text[j] in ("'", "\u2018", "\u2019", '"', "\u201c", "\u201d", "`", "``"):
        j -= 1
    if j < 1 or tree.text[j] != ",":
        return None
    first = tree.node(j - 1)
    verb = agent.head  # the reporting verb above the clause, or hung below it ("Army admits" as its ccomp)
    reporting = [verb.head] if verb.dep_ == "ccomp" else [c for c in verb.children if c.dep_ == "ccomp" and c.i < j]
    if first.tag_ != "NNS" or first.dep_ != "dobj" or all(first.head.i != r.i for r in reporting):
        return None
    return first


def stranded_by_allegiance(verb: Node) -> bool:
    """True for a past tense the parser hung as a clause on the object of "loyal to" while the
    allegiant noun sits where a clause should ("Soldiers loyal to the junta fired on worshippers":
    "fired" as an ``acl`` of "junta"): the verb is the sentence's, its subject the allegiant noun."""
    if verb.tag_ != "VBD" or verb.dep_ != "acl":
        return False
    owner = verb.head
    preposition = owner.head
    adjective = preposition.head
    if owner.dep_ != "pobj" or preposition.text.lower() != "to" or adjective.lemma_.lower() not in ALLEGIANCE:
        return False
    noun = adjective.head
    return adjective.dep_ == "amod" and noun.i < adjective.i and noun.dep_ in ("ROOT", "ccomp", "parataxis")
