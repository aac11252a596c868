"""Who did what to whom: passive voice, harm events and responsibility.

Three layers, each built only on the dependency parse (ClearNLP-style labels
of the English spaCy pipelines: ``nsubjpass``, ``auxpass``, ``agent``,
``acl``, ``relcl``, Penn ``VBN`` tags), so they work on any English corpus:

* :func:`find_passives` (:mod:`~framing.agency.voice`) finds passive
  constructions (``be`` and ``get`` passives in every tense, aspect and mood,
  coordinated participles, reduced relatives and participial modifiers) with
  their by-agent and patient.
* :func:`find_harm_events` (:mod:`~framing.agency.events`, harm nouns in
  :mod:`~framing.agency.nominals`) finds mentions of violent or harmful acts
  (verbs and nominalisations from the ``harm_terms`` lexicon) and says whether
  the grammar names who did it (:mod:`~framing.agency.roles`: the sides of
  a reciprocal act, a non-human cause, a pronoun), and whether the act is
  negated or denied.
* :func:`passives` and :func:`harm_events` (:mod:`~framing.agency.tables`)
  are their tables; :func:`responsibility` and :func:`hedge_asymmetry`
  (:mod:`~framing.agency.aggregates`) summarise the events per outlet (or
  any article metadata column), with bootstrap intervals over whole articles,
  or over the sentences of an outlet's one article (``ci_unit``).

The grammar (subjects, controllers, phrases, coordination) is
:mod:`framing.syntax`. Which actors belong to which group is study knowledge:
it comes from an actor taxonomy (:func:`framing.load_actors`), never from this
package.
"""

from ..actors import NO_AGENT
from ..syntax import object_control_frames, object_control_prepositions, word_set
from .aggregates import (
    HEDGE_ASYMMETRY_COLUMNS,
    RESPONSIBILITY_COLUMNS,
    hedge_asymmetry,
    responsibility,
)
from .events import MIXED, MUTUAL, OTHER, PRONOUN, RESERVED_GROUPS, HarmEvent, find_harm_events
from .tables import (
    HARM_EVENT_COLUMNS,
    PASSIVE_COLUMNS,
    harm_events,
    harm_events_rows,
    passives,
    passives_rows,
)
from .voice import Passive, find_passives

__all__ = [
    "DEGREE_ADVERBS",
    "GET_AUXILIARIES",
    "HARM_EVENT_COLUMNS",
    "HEDGE_ASYMMETRY_COLUMNS",
    "HarmEvent",
    "MIXED",
    "MUTUAL",
    "NO_AGENT",
    "OTHER",
    "PASSIVE_COLUMNS",
    "PRONOUN",
    "Passive",
    "RESERVED_GROUPS",
    "RESPONSIBILITY_COLUMNS",
    "find_harm_events",
    "find_passives",
    "harm_events",
    "harm_events_rows",
    "hedge_asymmetry",
    "passives",
    "passives_rows",
    "responsibility",
]

#: The English word lists the rules read, by their former constant names: each
#: is a packaged data file now, read on first use (nothing is read at import).
WORD_LISTS = {
    "DEGREE_ADVERBS": lambda: word_set("degree_adverbs"),
    "GET_AUXILIARIES": lambda: word_set("get_auxiliaries"),
    "PARTITIVES": lambda: word_set("partitive_nouns"),
    "CONTAINER_NOUNS": lambda: word_set("container_nouns"),
    "CLAUSE_PREPOSITIONS": lambda: word_set("clause_prepositions"),
    "OBJECT_CONTROL_PREPOSITIONS": object_control_prepositions,
    "OBJECT_CONTROL_FRAMES": object_control_frames,
}


def __getattr__(name: str):
    if name in WORD_LISTS:
        return WORD_LISTS[name]()
    raise AttributeError(f"module 'framing.agency' has no attribute {name!r}")
