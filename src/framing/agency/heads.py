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


def state_group(taxonomy) -> str | None:
    """The taxonomy's group of the generic word "troops": the state's forces (None if it knows none)."""
    return taxonomy.classify("troops", head="troop", head_text="troops", role="agent")


def head_group(taxonomy, noun: Node, found: str | None) -> str | None:
    """``found``, the group of a phrase headed by ``noun``, unless it is the state's group while
    the head alone names another group: then the head's ("Korvathi settlers" -> settlers')."""
    if found is None or found != state_group(taxonomy) or noun.pos_ not in ("NOUN", "PROPN"):
        return found
    own = taxonomy.classify(noun.text, head=noun.lemma_, head_text=noun.text, role="agent")
    return own if own is not None else found


def allegiance_owner(noun: Node) -> Node | None:
    """The object of "loyal to" after ``noun`` ("soldiers loyal to President X" -> X), else None."""
    for adjective in noun.children:
        if adjective.i < noun.i or adjective.lemma_.lower() not in ALLEGIANCE:
            continue
        for preposition in adjective.with_dep("prep"):
            if preposition.text.lower() == "to":
                objects = preposition.with_dep("pobj")
                if objects:
                    return objects[0]
    return None
