"""The exceptions framing raises for bad input, in one place every module can import."""

from __future__ import annotations

__all__ = ["CorpusError"]


class CorpusError(ValueError):
    """A corpus that cannot be analysed, with the file, row or article and what to do."""
