"""The exceptions and warnings framing raises for bad input, in one place every module can import."""

from __future__ import annotations

__all__ = ["CacheWarning", "CorpusError", "CorpusWarning", "PatternTimeoutError", "TaxonomyError"]


class CorpusError(ValueError):
    """A corpus that cannot be analysed, with the file, row or article and what to do."""


class CorpusWarning(UserWarning):
    """A corpus that can be analysed but holds something the user should know about
    (HTML left in an article, an article that is not English, a column that looks misspelt)."""


class CacheWarning(UserWarning):
    """A parse-cache entry that is not used (unreadable, or the parse of another text),
    named by its file; the article is parsed again and the entry rewritten."""


class TaxonomyError(ValueError):
    """A taxonomy or lexicon row that cannot be used (say a regular expression that can
    backtrack without end), with the file, the row and what to do."""


class PatternTimeoutError(RuntimeError):
    """A taxonomy regular expression that ran past its time limit on one phrase,
    with the file and row of the pattern and the phrase; the article it was
    searched in cannot be measured with it."""
