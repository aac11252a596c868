"""Outcome nouns whose act another trigger of the sentence names.

*Deaths* is an outcome: the guidelines make it a trigger only when the
sentence ties it to a doer or a cause and no other trigger of the sentence
already names the act that caused it ("died in the shelling" gives only
"shelling"). :func:`drop_named_outcomes` applies the second half to the
nouns ("charged with murder and manslaughter in the death of X", "had fired
on the crowd and were responsible for the deaths of four marchers").
"""

from __future__ import annotations

__all__ = ["drop_named_outcomes"]


def drop_named_outcomes(events: list, outcomes: frozenset[str]) -> list:
    """The events without the nominal ``outcomes`` ("death") whose doer is
    the doer of an act (not an outcome) of the same sentence: that act names
    what caused them. An outcome blamed on another side stays ("denied that
    its forces had fired and blamed saboteurs for the deaths")."""
    acts = {(e.sent_id, e.agent) for e in events if e.lemma not in outcomes and e.agent}
    return [e for e in events if not (e.form == "nominal" and e.lemma in outcomes and (e.sent_id, e.agent) in acts)]
