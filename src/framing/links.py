"""Join records of different measures by character offset.

A harm event is hedged when a hedge's scope covers its trigger; it is
sourced when an attribution's content covers it; a hedge qualifies the event
whose trigger starts inside its scope. These joins read only the records'
fields (``sent_id`` and offsets), so a measure can be tagged with another's
records without either module importing the other.
"""

from __future__ import annotations

import numpy as np

__all__ = ["covering_hedge", "covering_source", "event_group_in", "span_of"]


def span_of(record, prefix: str) -> tuple[int, int] | None:
    """``(start, end)`` of a record's ``<prefix>_start_char``/``_end_char``
    (or ``<prefix>_start``/``_end``) fields, or None when it has neither."""
    for start_name, end_name in (
        (f"{prefix}_start_char", f"{prefix}_end_char"),
        (f"{prefix}_start", f"{prefix}_end"),
    ):
        start, end = getattr(record, start_name, None), getattr(record, end_name, None)
        if start is not None and end is not None:
            return int(start), int(end)
    return None


def covering_hedge(hedges, sent_id: int, start: int, end: int) -> str:
    """The cue of the first hedge of sentence ``sent_id`` whose scope (or
    target) covers ``start:end``, else ""."""
    for hedge in hedges:
        if getattr(hedge, "sent_id", None) != sent_id:
            continue
        scope = span_of(hedge, "scope") or span_of(hedge, "target")
        if scope is not None and scope[0] <= start and end <= scope[1]:
            return str(getattr(hedge, "cue", ""))
    return ""


def covering_source(attributions, sent_id: int, start: int, end: int) -> str:
    """The source of the attribution whose content covers ``start:end``, else
    the source of the first attribution of sentence ``sent_id``, else ""."""
    same_sentence = ""
    for record in attributions:
        if getattr(record, "sent_id", None) != sent_id:
            continue
        content = span_of(record, "content")
        if content is not None and content[0] <= start and end <= content[1]:
            return str(getattr(record, "source", ""))
        same_sentence = same_sentence or str(getattr(record, "source", ""))
    return same_sentence


def event_group_in(events, sent_id: int, start: int, end: int) -> str:
    """The ``agent_group`` of the first event of sentence ``sent_id`` whose
    trigger starts in ``start:end`` (end exclusive), else "".

    ``events``: a table with ``sent_id``, ``start_char`` and ``agent_group``
    (the :func:`framing.harm_events` table), or None.
    """
    if events is None or len(events) == 0:
        return ""
    first = events["start_char"].to_numpy()
    inside = np.flatnonzero(
        (events["sent_id"].to_numpy() == sent_id) & (first >= start) & (first < end)
    )
    if len(inside) == 0:
        return ""
    return str(events["agent_group"].iloc[inside[0]])
