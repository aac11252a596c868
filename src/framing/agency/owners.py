"""Whose side an agent phrase stands for when it names people by whom they serve.

Two readings the taxonomy match alone gets wrong:

* a retinue noun (troops, men, bodyguards: ``framing/data/retinue_nouns.csv``)
  with a possessor serves that possessor: "the warlord's bodyguards", "Dask's
  men", "his troops" of a rebel leader take the owner's group, provided the
  owner's group is one that fields forces in the taxonomy (it lists a retinue
  noun, as the armed groups list *fighter* and the state forces *soldier*);
  an owner whose group fields none (a president, a ministry) leaves the
  retinue noun its own group ("President X's guards" are state forces, not
  the government);
* a first-person owner ("our forces", "my men") is the speaker: the subject
  of the reporting verb the clause hangs on ("'Our forces struck ...,' the
  ministry said"); a guidelines rule: a possessed noun takes the group of
  what it refers to in the sentence;
* an owner with no side of its own (``framing/data/unaligned_owners.csv``: a
  peacekeeping mission, a company) leaves its troops or guards no side
  (``other``): "the mission said its troops had returned fire";
* an owner that is the government (the taxonomy's group of "government")
  commands the state's forces: "the governor's men", "the ministry's units"
  take the taxonomy's group of "troops" when the retinue noun has none;
* a "by" phrase whose object is a place or a count ("shot by the roadside",
  "killed by the dozen": ``framing/data/place_by_nouns.csv``) names no doer.
"""

from __future__ import annotations

from functools import lru_cache

from ..syntax import SUBJECT_DEPS, VERB_POS, Node, by_agent, phrase, semantic_head
from ..syntax.words import word_set
from .anaphora import anaphor_antecedent
from .heads import allegiance_owner, head_group

__all__ = ["by_doer", "is_event_noun", "owner_group", "place_by_object", "weapon_owner"]


def place_by_object(agent: Node | None) -> bool:
    """True when a by-agent is a place or a count, not a doer ("shot dead by
    the roadside", "attacked by the side of the highway", "killed by the dozen")."""
    if agent is None or agent.pos_ not in ("NOUN", "NUM"):
        return False
    words = word_set("place_by_nouns")
    return agent.lemma_.lower() in words or agent.text.lower() in words


def _retinue(noun: Node) -> bool:
    words = word_set("retinue_nouns")
    return noun.lemma_.lower() in words or noun.text.lower() in words


@lru_cache(maxsize=16)
def _fielding_groups(taxonomy) -> frozenset[str]:
    """The agent groups whose entries name a retinue noun: the sides that field forces."""
    words = word_set("retinue_nouns")
    return frozenset(
        e.group
        for e in taxonomy.entries
        if e.role == "agent" and any(word in words for word in e.pattern.lower().split())
    )


def _classify(taxonomy, noun: Node, text: str) -> str | None:
    return head_group(taxonomy, noun, taxonomy.classify(text, head=noun.lemma_, head_text=noun.text, role="agent"))


def owner_group(agent: Node | None, taxonomy) -> str | None:
    """The group of a possessed retinue noun's owner, or None to leave the
    agent to the usual reading.

    The owner is the possessor ("the rebel leader's troops" -> the rebel
    leader); a possessive pronoun ("his men", "its forces") stands for the
    actor the taxonomy knows named before it in the sentence
    (:func:`anaphor_antecedent`). The owner's group is taken when it fields
    forces; else the retinue noun's own group without its possessor
    ("President X's soldiers" -> soldiers); else None.
    """
    if agent is None:
        return None
    noun = semantic_head(agent)  # "some of his men"
    if noun.pos_ not in ("NOUN", "PROPN") or not _retinue(noun):
        return None
    owners = noun.with_dep("poss") or [o for o in (allegiance_owner(noun, taxonomy),) if o is not None]
    if not owners:  # an allegiance names an owner as a possessor does: "soldiers loyal to President X"
        return None
    owner = owners[0]
    if owner.tag_ == "WP$":  # "commander X, whose men are accused of raping": the noun the clause is on
        owner = _relative_owner(owner) or owner
    if owner.text.lower() in FIRST_PERSON or owner.tag_ == "PRP$":
        speaker = clause_owner(noun)
        if speaker is not None and _unaligned(speaker):
            return UNALIGNED  # "the mission said its troops had returned fire"
    if owner.text.lower() in FIRST_PERSON:
        found = clause_owner(noun)  # "'Our forces struck ...,' the ministry said": the speaker
        group = _classify(taxonomy, found, phrase(found)) if found is not None else None
    elif owner.tag_ == "PRP$":
        found = anaphor_antecedent(noun, taxonomy, known=True)
        holder = found.head if found is not None and found.dep_ in ("poss", "compound") else found
        # a subject only ("the RSB leader said his troops ..."): a pronoun's nearest
        # noun elsewhere ("fighting between the RSB and an army convoy ... its
        # fighters") is too weak to overrule the retinue noun's own group
        subject_owner = holder is not None and holder.dep_ in SUBJECT_DEPS
        group = _classify(taxonomy, found, phrase(found)) if subject_owner else None
    else:
        group = _classify(taxonomy, owner, phrase(owner))
    if group is not None and group in _fielding_groups(taxonomy):
        return group
    if owner.tag_ != "PRP$" and owner.text.lower() not in FIRST_PERSON and _unaligned(owner):
        return UNALIGNED  # "the mission's peacekeepers"
    own = _classify(taxonomy, noun, phrase(noun, avoid=owner))
    if own is None and group is not None and group == _state_group(taxonomy, STATE_WORD):
        return _state_group(taxonomy, STATE_TROOPS)  # "the governor's men": the state's forces
    return own


#: First-person possessives: the owner is the speaker.
FIRST_PERSON = ("our", "my")
#: The reserved group of an agent that fits no group (``framing.agency.events.OTHER``).
UNALIGNED = "other"
#: Generic words whose taxonomy groups stand for the government and for the
#: state's armed forces (a taxonomy that knows neither leaves the rule idle).
STATE_WORD, STATE_TROOPS = ("government", "government"), ("troops", "troop")


def _state_group(taxonomy, word: tuple[str, str]) -> str | None:
    return taxonomy.classify(word[0], head=word[1], head_text=word[0], role="agent")


def _unaligned(owner: Node) -> bool:
    head = semantic_head(owner)
    return head.lemma_.lower() in word_set("unaligned_owners") or head.text.lower() in word_set("unaligned_owners")


def clause_owner(noun: Node) -> Node | None:
    """The subject of the nearest verb above ``noun``'s own clause that
    precedes or follows it as a separate actor: the speaker of "'Our forces
    struck ...,' the ministry said", the owner of "the mission acknowledged
    that its troops had fired". None for a pronoun subject."""
    word = noun
    for _ in range(8):
        if word.head.i == word.i:
            return None
        word = word.head
        if word.pos_ not in VERB_POS:
            continue
        found = [c for c in word.children if c.dep_ in SUBJECT_DEPS and c.i != noun.i]
        if (
            found
            and not noun.tree.is_descendant(found[0].i, noun.i)
            and not noun.tree.is_descendant(noun.i, found[0].i)
        ):
            head = found[0]
            return None if head.pos_ == "PRON" else head
    return None


def by_doer(verb: Node) -> Node | None:
    """:func:`framing.syntax.by_agent` unless it is a place or a count (:func:`place_by_object`)."""
    agent = by_agent(verb)
    return None if place_by_object(agent) else agent


def _relative_owner(whose: Node) -> Node | None:
    """The noun a relative clause opened by "whose" modifies ("the commander,
    whose men ..." -> commander); None when no relative clause holds it."""
    node = whose
    for _ in range(MAX_OWNER_CLIMB):
        if node.dep_ == "relcl":
            return node.head
        if node.head.i == node.i:
            return None
        node = node.head
    return None


#: How far "whose" may sit below its relative clause's verb.
MAX_OWNER_CLIMB = 4


def weapon_owner(weapon: Node | None) -> Node | None:
    """The owner a weapon or vehicle named as a doer is said to belong to:
    "aircraft believed to belong to the air force", "a drone belonging to the
    army" (the object of "to" after "belong" in a clause on the weapon);
    None otherwise (:func:`.doers.weapon_user` reads modifiers and possessors)."""
    if weapon is None:
        return None
    tree = weapon.tree
    for clause in weapon.with_dep("acl", "relcl"):
        for t in tree.subtree(clause.i):
            if tree.lemma[t].lower() != "belong":
                continue
            for preposition in tree.node(t).with_dep("prep"):
                if preposition.text.lower() == "to":
                    objects = preposition.with_dep("pobj")
                    if objects:
                        return objects[0]
    return None


def is_event_noun(agent: Node | None) -> bool:
    """A state of affairs named as the subject of a harm verb ("the war has
    killed", "the feud had claimed 40 lives": ``framing/data/event_nouns.csv``):
    no doer, unless it names its sides ("the war between X and Y", read by
    :func:`.roles.mutual_sides` before this)."""
    if agent is None or agent.pos_ not in ("NOUN", "PROPN"):
        return False
    return agent.lemma_.lower() in word_set("event_nouns")
