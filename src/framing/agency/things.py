"""Things a verb of blame names instead of a doer.

"The army blamed an exploding fuel container for the deaths", "the group
blamed stray bullets for the deaths", "doctors blamed a rocket fragment for
the boy's death": the object of *blame ... for* (or of *blamed the deaths
on*) is a thing, not someone. The guidelines give a bare weapon no agent and
a non-human cause as the event's cause, so the thing is neither the doer nor,
for a weapon, a cause. Someone blamed ("blamed the rebels for the deaths",
"blamed the Front", "blamed rebel rockets": the rockets' user) is left to the
usual rules.
"""

from __future__ import annotations

from ..syntax import Node, phrase, word_set
from .doers import weapon_user

__all__ = ["blamed_thing", "dead_owner"]

#: Verbs of blame whose object (or "on" object) is what the blame is laid on.
BLAME_VERBS = ("blame",)

#: Entity types that name someone, never a thing.
SOMEONE_ENTITIES = ("PERSON", "NORP", "ORG", "GPE")


def _blamed(noun: Node) -> bool:
    """``noun`` is what a verb of blame lays the blame on: "blamed X for",
    "X was blamed for", "blamed the deaths on X"."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in BLAME_VERBS:
        return noun.dep_ == "dobj" or any(p.text.lower() == "for" for p in head.with_dep("prep"))
    if noun.dep_ != "pobj" or head.text.lower() != "on":
        return False
    governor = head.head
    if governor.dep_ == "dobj":  # "blamed [the deaths [on X]]": the parser hangs "on" on the object
        governor = governor.head
    return governor.lemma_.lower() in BLAME_VERBS and bool(governor.with_dep("dobj"))


def _someone(noun: Node, taxonomy) -> bool:
    """A noun that names people: a name or an entity, a people noun
    (``people_nouns.csv``), a doer named by its act (``anonymous_doers.csv``),
    or a noun the taxonomy knows, itself or through a modifier."""
    if noun.pos_ != "NOUN" or noun.ent_type_ in SOMEONE_ENTITIES:
        return True
    people = word_set("people_nouns", "lemma") | word_set("anonymous_doers")
    if noun.lemma_.lower() in people or noun.text.lower() in people:
        return True
    if taxonomy.classify(phrase(noun), head=noun.lemma_, head_text=noun.text, role="agent") is not None:
        return True
    return any(c.i < noun.i and c.dep_ in ("compound", "poss", "nmod") and c.pos_ == "PROPN" for c in noun.children)


def blamed_thing(agent: Node | None, harm: dict, taxonomy) -> str | None:
    """The cause a blamed thing names, ``""`` for a blamed weapon whose user
    is not named (a weapon is never a cause), None when ``agent`` is not a
    thing a verb of blame names (someone, an act, or no blame at all).

    A thing is a weapon (``harm["weapon"]``), a cause noun (``harm_causes.csv``),
    a listed thing (``blamed_things.csv``: containers, leaks, faults, heat,
    fragments), or a noun described by a process participle ("an exploding
    fuel container") that names no one."""
    if agent is None or not _blamed(agent) or _someone(agent, taxonomy):
        return None
    lemma = agent.lemma_.lower()
    if lemma in harm["noun"] or lemma in harm["impact_noun"]:
        return None  # "blamed army fire for the deaths": the act, whose doer the usual rules read
    if lemma in harm["weapon"]:
        return None if weapon_user(agent, taxonomy, harm["weapon"]) is not None else ""
    process = any(c.dep_ == "amod" and c.tag_ == "VBG" and c.i < agent.i for c in agent.children)
    if lemma in word_set("harm_causes") or lemma in word_set("blamed_things") or process:
        tree = agent.tree
        words = [tree.text[i] for i in sorted(tree.subtree(agent.i)) if i <= agent.i and tree.dep[i] != "det"]
        return " ".join(words)
    return None


def dead_owner(agent: Node | None, trigger: Node, harm: dict) -> bool:
    """The possessor of an outcome noun is the one who died, not a doer: "the
    boy's death", "the journalist's death" (an act noun's possessor, "the
    army's killing", is its doer and is left alone)."""
    return (
        agent is not None
        and agent.dep_ == "poss"
        and agent.head.i == trigger.i
        and trigger.lemma_.lower() in harm["outcome"]
        and trigger.lemma_.lower() not in harm["noun"]
    )
