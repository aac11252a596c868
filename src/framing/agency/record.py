"""The record of one harm event, as :func:`framing.agency.find_harm_events` returns it."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["HarmEvent"]


@dataclass(frozen=True)
class HarmEvent:
    """One mention of a harmful act; offsets are those of the trigger."""

    sent_id: int
    trigger: str
    lemma: str
    form: str
    agent: str
    agent_head: str
    agent_group: str
    agent_groups: str
    patient: str
    patient_head: str
    patient_group: str
    negated: bool
    cause: str
    hedge_cue: str
    source: str
    start_char: int
    end_char: int
