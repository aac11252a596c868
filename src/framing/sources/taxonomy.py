"""A study's source taxonomy: what kind of source an attribution cites.

``data/study/sources.csv`` has the columns ``source_type``, ``match``,
``pattern`` and ``note`` and is matched like the actor taxonomy
(:mod:`framing.actors`): the longest phrase or regex wins, a head entry
applies when none matches.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..actors import ActorTaxonomy, load_actors
from ..lexicons import load_lexicon
from .attributions import Attribution

__all__ = ["SOURCE_TYPE_OTHER", "classify_source", "load_sources"]

#: source_type of a source no taxonomy entry matches.
SOURCE_TYPE_OTHER = "other"


def load_sources(source: str | Path | pd.DataFrame | None = None):
    """Read a source taxonomy (``source_type``, ``match``, ``pattern``, ``note``).

    Returns an :class:`framing.actors.ActorTaxonomy` whose groups are the
    source types, so matching is exactly that of the actor taxonomy.
    ``None`` gives an empty taxonomy (every source is ``other``).
    """
    if source is None:
        return ActorTaxonomy((), source="none")
    if isinstance(source, ActorTaxonomy):
        return source
    if isinstance(source, pd.DataFrame):
        table, where = source.copy(), "source table"
    else:
        path = Path(source)
        if not path.is_file():
            raise ValueError(f"{path}: source taxonomy file not found")
        table, where = load_lexicon(path), str(path)
    missing = {"source_type", "match", "pattern"} - set(table.columns)
    if missing:
        raise ValueError(f"{where}: missing column(s) {', '.join(sorted(missing))} (need source_type, match, pattern)")
    table = table.rename(columns={"source_type": "group"})
    table["role"] = "agent"
    try:
        return load_actors(table)
    except ValueError as err:
        raise ValueError(f"{where}: {err}") from None


def classify_source(taxonomy, record: Attribution) -> str:
    """The source group of an attribution: its source phrase (with its context)
    classified by ``taxonomy``, or :data:`SOURCE_TYPE_OTHER`."""
    context = record.source_context or record.source
    found = taxonomy.classify(context, head=record.source_head.lower(), role="agent")
    if found is None:
        # the phrase as written, and the head's lemma: "witnesses" matches a head entry "witness"
        lemma = record.source_lemma or record.source_head.lower()
        found = taxonomy.classify(record.source, head=lemma, role="agent")
    return found or SOURCE_TYPE_OTHER
