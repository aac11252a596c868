"""framing: compare how news outlets frame the same event.

The public API is imported lazily so that ``import framing`` loads no model,
reads no file and stays fast (house style: nothing happens at import).

Data flows one way::

    load_corpus -> parse (one cached nlp.pipe pass) -> measures (pure functions
    over Docs) -> tidy tables -> statistics -> plots -> notebooks
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING

from ._version import __version__

# public name -> module that defines it
_API = {
    # foundation
    "load_corpus": "corpus",
    "clean_corpus": "clean",
    "clean_text": "clean",
    "CorpusError": "corpus",
    "load_model": "nlp",
    "resolve_model": "nlp",
    "ModelNotFoundError": "nlp",
    "parse": "parse",
    "ParsedCorpus": "parse",
    "sentences": "sentences",
    "bootstrap_ci": "stats",
    "bootstrap_cis": "stats",
    "load_actors": "actors",
    "ActorTaxonomy": "actors",
    # who did what to whom
    "find_passives": "agency",
    "passives": "agency",
    "find_harm_events": "agency",
    "harm_events": "agency",
    "responsibility": "agency",
    # wording
    "term_counts": "wording",
    "distinctive_terms": "wording",
    "actor_labels": "wording",
    "event_labels": "wording",
    "loaded_language": "wording",
    "text_reuse": "wording",
    "actor_mentions": "wording",
    "event_mentions": "wording",
    "find_actor_mentions": "wording",
    "find_event_labels": "wording",
    # sources, hedges, tolls, same fact
    "find_attributions": "sources",
    "attributions": "sources",
    "find_hedges": "hedging",
    "hedges": "hedging",
    "hedge_asymmetry": "agency",
    "find_casualties": "casualties",
    "casualties": "casualties",
    "toll_table": "casualties",
    "align_claims": "claims",
    "prominence": "claims",
    "omitted_facts": "claims",
    # tone
    "sentence_sentiment": "tone",
    "actor_tone": "tone",
    "outlet_tone": "tone",
    "actor_clauses": "tone",
    "analyze": "pipeline",
}

__all__ = ["__version__", *sorted(_API)]


def __getattr__(name: str):
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return __all__


class _Package(types.ModuleType):
    """Keep public functions visible when a submodule of the same name is imported.

    ``framing.parse`` and ``framing.sentences`` are functions that live in
    modules of the same name. Importing such a module (``from framing.parse
    import iter_parsed``) makes Python set the package attribute to the module;
    this refuses that one assignment, so ``framing.parse(...)`` always calls
    the function. The modules stay importable by their dotted names.
    """

    def __setattr__(self, name, value):
        if isinstance(value, types.ModuleType) and _API.get(name) == name:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from .corpus import CorpusError, load_corpus  # noqa: F401
    from .parse import ParsedCorpus, parse  # noqa: F401
