"""Doers named through a text that claims an act: "a statement from X took
responsibility for the bombing", "X issued a statement claiming the attack".

A statement, communique or post (``text_noun`` entries of the harm lexicon)
that claims an act is no doer of it; its author is (the guidelines: *X
claimed responsibility*; a text is not an actor).
"""

from __future__ import annotations

from ..syntax import VERB_POS, Node, semantic_head, subject, word_pairs

__all__ = ["armed_doer", "relative_occasion", "text_author"]

#: Prepositions that name a text's author ("a statement from X", "a video by X").
AUTHOR_PREPOSITIONS = ("from", "by")


def text_author(agent: Node | None, harm: dict) -> tuple[bool, Node | None]:
    """``(True, author)`` when ``agent`` is a text (``harm["text_noun"]``):
    its "from"/"by" object ("a statement from the Red Dawn"), its possessor
    ("the group's statement"), or the subject of the verb that issued it ("X
    issued a statement claiming ..."); the author is None when none is named.
    ``(False, agent)`` for any other agent."""
    if agent is None or agent.lemma_.lower() not in harm["text_noun"] or agent.pos_ != "NOUN":
        return False, agent
    for preposition in agent.with_dep("prep"):
        if preposition.text.lower() in AUTHOR_PREPOSITIONS:
            objects = preposition.with_dep("pobj")
            if objects:
                return True, objects[0]
    owners = agent.with_dep("poss")
    if owners:
        return True, owners[0]
    if agent.dep_ == "dobj" and agent.head.pos_ in VERB_POS:
        return True, subject(agent.head)  # "X issued a statement claiming responsibility"
    return True, None


#: Prepositions of a relative clause that names the act a harm happened in ("the ambush, in which ...").
OCCASION_PREPOSITIONS = ("in", "during")


def relative_occasion(verb: Node, is_act) -> Node | None:
    """The act noun a relative clause headed by ``verb`` is about when the
    clause says the harm happened in it: "claimed the ambush, in which eight
    soldiers were killed" (the ambush, whose doer the passive then takes, as
    "killed in a rebel attack" does). ``is_act`` tells an act noun; "the
    village, in which eight were killed" names no act: None. The clause
    must follow the act noun ("the ambush, in which"), not a noun of a phrase
    on it ("the raid on the bank, in which a guard was shot": the bank)."""
    if verb.dep_ != "relcl" or verb.tree.left_edge(verb.i) - verb.head.i > 2:
        return None  # "the raid on the bank, in which ...": the clause may be about the bank
    for preposition in verb.with_dep("prep"):
        if preposition.text.lower() not in OCCASION_PREPOSITIONS:
            continue
        if any(o.text.lower() == "which" for o in preposition.with_dep("pobj")) and is_act(verb.head):
            return verb.head
    return None


def armed_doer(noun: Node) -> bool:
    """A doer whose head is an armed people noun (``people_nouns.csv``, kind
    ``armed``: forces, troops, militants, police): the one a frame can lay a
    bare "strike" on as an act ("the strike, which the opposition blamed on
    X forces"); not workers, a union or the opposition (a labour strike)."""
    head = semantic_head(noun)
    armed = {lemma for lemma, kind in word_pairs("people_nouns", "lemma", "kind") if kind == "armed"}
    return head.lemma_.lower() in armed or head.text.lower() in armed
