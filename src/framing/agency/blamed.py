"""Doers named through a text that claims an act: "a statement from X took
responsibility for the bombing", "X issued a statement claiming the attack".

A statement, communique or post (``text_noun`` entries of the harm lexicon)
that claims an act is no doer of it; its author is (the guidelines: *X
claimed responsibility*; a text is not an actor).
"""

from __future__ import annotations

from ..syntax import VERB_POS, Node, subject

__all__ = ["text_author"]

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
