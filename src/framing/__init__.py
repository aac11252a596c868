"""framing: compare how news outlets frame the same event.

Data flows one way::

    load_corpus -> parse (one cached nlp.pipe pass) -> measures (pure functions
    over Docs) -> tidy tables -> statistics -> plots -> notebooks

Every public function is imported here, so readers and type checkers see the
whole API. Importing framing loads no spaCy pipeline and reads no file (the
pipeline is loaded by the first parse that misses the cache; word lists are
read on first use); it takes well under a second (tests/test_nlp.py).

``framing.parse`` and ``framing.sentences`` are the functions; their modules
are imported by their dotted names (``from framing.parse import iter_parsed``).
"""

from ._version import __version__
from .actors import ActorTaxonomy, load_actors
from .agency import find_harm_events, find_passives, harm_events, hedge_asymmetry, passives, responsibility
from .casualties import casualties, find_casualties, toll_table
from .claims import align_claims, omitted_facts, prominence
from .clean import clean_corpus, clean_text
from .compare import compare_groups
from .corpus import CorpusError, CorpusWarning, load_corpus
from .evidence import write_evidence
from .groups import with_metadata
from .hedging import find_hedges, hedges
from .models import model_share
from .nlp import ModelNotFoundError, load_model, resolve_model
from .parse import ParsedCorpus, parse
from .pipeline import analyze, read_run
from .sentences import sentences
from .show import show
from .sources import attributions, find_attributions
from .stats import bootstrap_ci, bootstrap_cis
from .stories import by_story, group_stories
from .tone import actor_clauses, actor_tone, outlet_tone, sentence_sentiment
from .wording import (
    actor_labels,
    actor_mentions,
    distinctive_terms,
    event_labels,
    event_mentions,
    find_actor_mentions,
    find_event_labels,
    loaded_language,
    term_counts,
    text_reuse,
)

__all__ = [
    "__version__",
    "ActorTaxonomy",
    "CorpusError",
    "CorpusWarning",
    "ModelNotFoundError",
    "ParsedCorpus",
    "actor_clauses",
    "actor_labels",
    "actor_mentions",
    "actor_tone",
    "align_claims",
    "analyze",
    "attributions",
    "bootstrap_ci",
    "bootstrap_cis",
    "by_story",
    "casualties",
    "clean_corpus",
    "clean_text",
    "compare_groups",
    "distinctive_terms",
    "event_labels",
    "event_mentions",
    "find_actor_mentions",
    "find_attributions",
    "find_casualties",
    "find_event_labels",
    "find_harm_events",
    "find_hedges",
    "find_passives",
    "group_stories",
    "harm_events",
    "hedge_asymmetry",
    "hedges",
    "load_actors",
    "load_corpus",
    "load_model",
    "loaded_language",
    "model_share",
    "omitted_facts",
    "outlet_tone",
    "parse",
    "passives",
    "prominence",
    "read_run",
    "resolve_model",
    "responsibility",
    "sentence_sentiment",
    "sentences",
    "show",
    "term_counts",
    "text_reuse",
    "toll_table",
    "write_evidence",
    "with_metadata",
]
