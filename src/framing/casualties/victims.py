"""Who a toll counts: the victims taxonomy and the person-noun fallback.

A study's victims taxonomy (``victims``, ``match``, ``pattern``, ``note``)
classifies the counted noun phrase. Person-noun fallback (a documented
decision): a counted noun the taxonomy does not classify but that
``framing/data/people_nouns.csv`` lists as kind ``person`` ("shepherds",
"commuters", "paramedics") goes to the group the taxonomy names for it in
a row with match ``fallback`` and pattern ``person`` (the generic taxonomy
sends them to ``civilians``), else to ``other``: a taxonomy whose
guidelines keep unlisted groups apart says so by leaving that row out. One of kind
``armed`` goes to the taxonomy's group for soldiers when its ``side`` is
``state`` (ranks, police, security services) or for fighters when it is
``non_state``, and to ``total`` when the taxonomy has no such group.

Unknown victims (a documented decision): a counted noun neither list knows
is still a toll, with the group ``other``, when it names people: a
nationality, religious or political group ("100 Palestinians", "Rohingya")
or a plural proper noun. Other nouns ("30 massacres", "350 homes", "200
sheep") are not counted: without a lexicon of what is a person, a common
noun the lists lack is not taken for one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..actors import ActorTaxonomy, load_actors
from ..io import read_cached
from ..lexicons import lexicon_path, load_lexicon

__all__ = ["VICTIMS_OTHER", "fallback_group", "load_victims", "names_people"]

#: The packaged person-noun lexicon, read when ``people_nouns=None``.
PACKAGED_PEOPLE_NOUNS = "people_nouns"
#: Values of the ``side`` column of an ``armed`` person noun -> the word the
#: victims taxonomy is asked about (its soldier or its fighter group).
SIDE_PROTOTYPES = {"state": "soldier", "non_state": "fighter"}
#: Group of counted people neither the taxonomy nor the person nouns know.
VICTIMS_OTHER = "other"
#: Named-entity labels of a noun that names people (spaCy's OntoNotes scheme:
#: nationalities, religious and political groups; persons).
PEOPLE_ENTITIES = {"NORP", "PERSON"}
#: ``match`` of a victims-table row that names the group of a person-noun kind
#: the taxonomy does not list (pattern: a ``kind`` of the person-noun lexicon).
FALLBACK_MATCH = "fallback"


@dataclass(frozen=True)
class VictimTaxonomy(ActorTaxonomy):
    """An :class:`~framing.actors.ActorTaxonomy` of victims with its fallback rows.

    ``fallbacks`` maps a person-noun kind (``person``) to the group of the
    nouns of that kind the entries do not classify.
    """

    fallbacks: tuple[tuple[str, str], ...] = ()


def load_victims(source: str | Path | pd.DataFrame | None = None):
    """Victim taxonomy (``victims``, ``match``, ``pattern``, ``note``) as an ActorTaxonomy.

    ``None`` loads the generic one shipped with framing
    (``framing/data/victims_generic.csv``); a study passes its own
    (``data/study/victims.csv``).
    """
    if isinstance(source, ActorTaxonomy):
        return source
    if source is None:
        source = lexicon_path("victims_generic")
    if isinstance(source, pd.DataFrame):
        return _victim_taxonomy(source.copy(), "victim table")
    path = Path(source)
    if not path.is_file():
        raise ValueError(f"{path}: victim taxonomy file not found")
    return read_cached(path, _read_victims)


def _read_victims(path: Path):
    return _victim_taxonomy(load_lexicon(path), str(path))


def _victim_taxonomy(table: pd.DataFrame, where: str):
    if "victims" not in table.columns:
        raise ValueError(f"victim taxonomy {where}: missing column 'victims'")
    table = table.rename(columns={"victims": "group"})
    fallback = table["match"].astype(str).str.strip() == FALLBACK_MATCH
    fallbacks = tuple((str(r.pattern).strip(), str(r.group).strip()) for r in table[fallback].itertuples(index=False))
    table = table[~fallback].copy()
    table["role"] = "patient"
    base = load_actors(table)
    return VictimTaxonomy(base.entries, source=base.source, armed=base.armed, fallbacks=fallbacks)


def people_nouns(lexicon: str | Path | None = None) -> dict[str, tuple[str, str]]:
    """Lower-case lemma -> ``(kind, side)`` of a person-noun lexicon.

    ``None`` reads ``framing/data/people_nouns.csv``; a path reads a study's
    file with the columns ``lemma``, ``kind``, ``side`` (``state`` or
    ``non_state`` for kind ``armed``, else empty) and ``rationale``.
    """
    return _read_people_nouns(PACKAGED_PEOPLE_NOUNS if lexicon is None else str(lexicon))


@lru_cache(maxsize=4)
def _read_people_nouns(lexicon: str) -> dict[str, tuple[str, str]]:
    table = load_lexicon(lexicon)
    missing = {"lemma", "kind", "side"} - set(table.columns)
    if missing:
        raise ValueError(f"person-noun lexicon {lexicon!r}: missing column(s) {', '.join(sorted(missing))}")
    armed = table[table["kind"] == "armed"]
    unknown = sorted(set(armed["side"]) - set(SIDE_PROTOTYPES))
    if unknown:
        raise ValueError(
            f"person-noun lexicon {lexicon!r}: side {unknown[0]!r} of an armed noun is not one of "
            + ", ".join(SIDE_PROTOTYPES)
        )
    return {str(r.lemma).lower(): (str(r.kind), str(r.side)) for r in table.itertuples(index=False)}


def fallback_group(noun, taxonomy, people_lexicon: str | Path | None = None) -> str | None:
    """Group of a person noun the victims taxonomy lacks (see the module notes)."""
    people = people_nouns(people_lexicon)
    entry = people.get(noun.lemma_.lower()) or people.get(noun.lower_)
    if entry is None:
        return None
    kind, side = entry
    if kind == "person":
        fallbacks = getattr(taxonomy, "fallbacks", None)
        if fallbacks is None:
            return "civilians"  # a plain actor taxonomy: the generic decision
        return dict(fallbacks).get(kind, VICTIMS_OTHER)
    if kind != "armed":
        return None
    proto = SIDE_PROTOTYPES[side]
    return taxonomy.classify(proto, head=proto, role="patient") or "total"


def names_people(noun) -> bool:
    """The counted noun names people though no word list knows it (see the module notes)."""
    return noun.ent_type_ in PEOPLE_ENTITIES or noun.tag_ == "NNPS"
