"""The reporting-verb lexicon (``framing/data/reporting_verbs.csv``).

Each verb has a class (neutral, assertive, distancing, evaluative,
directive) and, for verbs that report only with a given complement ("added
that ..." but not "added sugar"), the complements it needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..lexicons import load_lexicon

__all__ = ["ReportingVerb", "reporting_verbs", "verb_classes"]

#: The packaged reporting-verb lexicon, read when ``lexicon=None``.
PACKAGED_VERBS = "reporting_verbs"


@dataclass(frozen=True)
class ReportingVerb:
    """A lexicon entry: the lemma, its class and the complements it needs (``clause``,
    ``prep:of``, ``object:toll|figure`` (a direct object with one of these lemmas), a
    dependency label; empty when any content will do)."""

    lemma: str
    verb_class: str
    complements: tuple[str, ...]


def reporting_verbs(lexicon: str | Path | None = None) -> dict[str, ReportingVerb]:
    """The reporting verbs by lower-case lemma.

    Parameters
    ----------
    lexicon : str or Path, optional
        A CSV file with the columns of ``framing/data/reporting_verbs.csv``
        (``lemma``, ``verb_class``, ``complement``, ``rationale``); ``None``
        reads the packaged file.
    """
    return _read_verbs(PACKAGED_VERBS if lexicon is None else str(lexicon))


@lru_cache(maxsize=8)
def _read_verbs(lexicon: str) -> dict[str, ReportingVerb]:
    table = load_lexicon(lexicon)
    missing = {"lemma", "verb_class", "rationale"} - set(table.columns)
    if missing:
        raise ValueError(f"reporting-verb lexicon {lexicon!r}: missing column(s) {', '.join(sorted(missing))}")
    verbs = {}
    for row in table.itertuples(index=False):
        complement = getattr(row, "complement", "")
        verbs[row.lemma.lower()] = ReportingVerb(
            row.lemma.lower(), row.verb_class, tuple(c for c in complement.split(";") if c)
        )
    return verbs


def verb_classes(lexicon: str | Path | None = None) -> dict[str, str]:
    """Map each reporting-verb lemma to its class (neutral, distancing ...).

    ``lexicon`` as in :func:`reporting_verbs`.
    """
    return {lemma: verb.verb_class for lemma, verb in reporting_verbs(lexicon).items()}
