"""The exceptions and warnings framing raises for bad input, in one place every module can import."""

from __future__ import annotations

__all__ = ["CacheWarning", "CorpusError", "CorpusWarning"]


class CorpusError(ValueError):
    """A corpus that cannot be analysed, with the file, row or article and what to do."""


class CorpusWarning(UserWarning):
    """A corpus that can be analysed but holds something the user should know about
    (HTML left in an article, an article that is not English, a column that looks misspelt)."""


class CacheWarning(UserWarning):
    """A parse-cache entry that is not used (unreadable, or the parse of another text),
    named by its file; the article is parsed again and the entry rewritten."""
