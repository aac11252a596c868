"""Words beside a harm word that look like its doer and are not, or that hide the doer named elsewhere.

* a country's name as the possessor of a record ("Belmar's deadliest attack in a decade",
  "the country's worst massacre"): the possessive places the act and ranks it, it names no
  doer (lead decision on heldout7: none); an actor that is no state keeps its act ("the
  militia's deadliest raid"), and so does a state with a target ("Korvath's deadliest
  bombing of Saddo", "its worst attack on the capital");
* the victims' share after a passive with a doer ("killed by gang members, many of them
  decapitated"): "many of them" are the victims, so the act of the share is the doer's.
"""

from __future__ import annotations

from ..syntax import Node, phrase
from ..syntax.words import word_set
from .heads import state_group
from .owners import by_doer

__all__ = ["place_label", "record_owner", "victim_share_doer"]

#: Superlatives written as adjectives other than "-est" forms the tagger may miss.
RECORD_WORDS = ("worst", "deadliest", "bloodiest", "biggest", "largest", "heaviest")
#: Prepositions that name an act's target ("attack on X", "bombing of X").
TARGET_PREPOSITIONS = ("on", "against", "of", "at")
#: Place nouns a possessor may be ("the country's worst massacre").
PLACE_OWNERS = ("country", "nation", "city", "region", "province", "state", "capital", "town", "area")
#: Pronouns of the victims in a share ("many of them", "some of whom").
VICTIM_PRONOUNS = ("them", "whom")


def record_owner(noun: Node, owner: Node, taxonomy) -> bool:
    """True when ``owner`` (a possessor of the act noun ``noun``) is a place ranking a record: a
    proper name the taxonomy knows as the state's forces or not at all, or a place noun, before a
    superlative, with no target of the act named."""
    if not any(c.i < noun.i and (c.tag_ == "JJS" or c.lemma_.lower() in RECORD_WORDS) for c in noun.children):
        return False
    for preposition in noun.with_dep("prep"):  # "of the year" is a time, not a target
        objects = preposition.with_dep("pobj")
        if preposition.text.lower() in TARGET_PREPOSITIONS and objects and objects[0].ent_type_ not in ("DATE", "TIME"):
            return False
    if owner.pos_ != "PROPN":
        return owner.lemma_.lower() in PLACE_OWNERS
    found = taxonomy.classify(owner.text, head=owner.lemma_, head_text=owner.text, role="agent")
    return found is None or found == state_group(taxonomy)


def victim_share_doer(verb: Node) -> Node | None:
    """The doer of a passive harm verb whose victims' share is the subject of ``verb`` ("were
    killed by rival gang members, many of them decapitated": the gang members); else None."""
    shares = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not shares or verb.tag_ not in ("VBD", "VBN"):
        return None
    share = shares[0]
    if share.pos_ != "NUM" and share.lemma_.lower() not in word_set("partitive_nouns"):
        return None
    ofs = [p for p in share.with_dep("prep") if p.text.lower() == "of"]
    if not ofs or not any(o.text.lower() in VICTIM_PRONOUNS for o in ofs[0].with_dep("pobj")):
        return None
    near = [verb.head, *(c for c in verb.children if c.dep_ in ("ccomp", "parataxis", "advcl", "conj"))]
    for other in near:
        if other.i != verb.i and other.i < share.i and other.with_dep("nsubjpass"):
            found = by_doer(other)
            if found is not None:
                return found
    return None


def place_label(modifier: Node, taxonomy) -> bool:
    """True for a name before an act noun that the taxonomy does not know and that is no acronym
    ("the Orel shooting", "Okorowa church attack"): reports name an act by its
    place, so the name is no doer; a side the study names is in its taxonomy ("a Hamas attack")."""
    if modifier.pos_ != "PROPN" or not modifier.text[:1].isupper() or modifier.text.isupper():
        return False  # a demonym still names its people's doer ("Israeli shelling"), known or not
    if any(c.dep_ == "compound" and c.i < modifier.i for c in modifier.children):
        return False  # a name of several words ("a Grey Lion attack") is an organisation's more often than a place's
    return taxonomy.classify(phrase(modifier), head=modifier.lemma_, head_text=modifier.text, role="agent") is None
