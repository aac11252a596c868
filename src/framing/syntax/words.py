"""The English function words the grammar reads, from packaged data files.

Which words are relative pronouns, partitive nouns or object-control frames
is English grammar, not knowledge of any study, so these lists have no option
to replace them; they are data files (``framing/data/<name>.csv``, with a
``rationale`` per entry) so a reader can see and argue with every entry.
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_lexicon

__all__ = ["word_pairs", "word_set"]


@lru_cache(maxsize=32)  # read once per process: the rules ask for a list per token
def word_set(name: str, column: str = "term") -> frozenset[str]:
    """The lower-cased entries of ``column`` in the packaged lexicon ``name``.

    Parameters
    ----------
    name : str
        A packaged lexicon (``"partitive_nouns"``) or the path of a CSV file.
    column : str, default "term"

    Returns
    -------
    frozenset of str
        Empty entries are left out.
    """
    values = load_lexicon(name)[column].str.strip().str.lower()
    return frozenset(value for value in values if value)


@lru_cache(maxsize=32)
def word_pairs(name: str, first: str, second: str) -> frozenset[tuple[str, str]]:
    """The lower-cased ``(first, second)`` pairs of a packaged lexicon.

    An empty ``first`` is kept as ``""`` (the object-control list uses it
    for "after any verb").
    """
    table = load_lexicon(name)
    pairs = zip(
        table[first].str.strip().str.lower(), table[second].str.strip().str.lower(), strict=True
    )
    return frozenset(pairs)
