"""Answers remembered per immutable object (a taxonomy, a spelling map), bounded in size."""

from __future__ import annotations


class AnswersOf:
    """A dict of remembered answers for each owner object, held for the process.

    ``answers(owner)`` is the memo of ``owner``: callers look answers up and
    store new ones in it. Owners are assumed immutable (taxonomies and
    spelling maps are built once and not changed), so their answers stay
    valid. The owner itself is held, so its ``id`` cannot be reused while
    its answers are here. At most ``max_owners`` owners are kept and at most
    ``max_answers`` answers per owner; past either, the memo starts again
    empty, so memory stays bounded however long a run is.
    """

    def __init__(self, *, max_owners: int, max_answers: int):
        self.max_owners, self.max_answers = max_owners, max_answers
        self._held: dict[int, tuple[object, dict]] = {}

    def answers(self, owner) -> dict:
        held = self._held.get(id(owner))
        if held is None or held[0] is not owner:
            if len(self._held) >= self.max_owners:
                self._held.clear()
            held = self._held[id(owner)] = (owner, {})
        if len(held[1]) >= self.max_answers:
            held[1].clear()
        return held[1]
