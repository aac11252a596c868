"""Wording: distinctive vocabulary, actor and event labels, loaded language, text reuse.

Every measure here counts words after the same normalisation
(:mod:`framing.textnorm`: case, Unicode quotes and dashes folded, hyphenated
words joined, the spelling-variant map, optional lemmas), so a curly
apostrophe or ``Ahmad``/``Ahmed`` never shows up as a wording difference.

Measures and their tables (columns and dtypes in each docstring):

* :func:`term_counts` -- n-gram counts per outlet (or article), built from
  per-article counts (:func:`term_count_rows`) so a large corpus can be
  counted in batches and summed;
* :func:`distinctive_terms` -- weighted log-odds with an informative
  Dirichlet prior (Monroe, Colaresi & Quinn 2008), each outlet against the
  pooled rest and against every other outlet, in one table;
* :func:`actor_mentions` / :func:`actor_labels` -- the noun phrases naming
  people and armed groups, grouped by the study's actor taxonomy, with the
  ones it does not cover kept as ``unassigned``;
* :func:`event_mentions` / :func:`event_labels` -- how the violence itself is
  named (symmetric conflict, one-sided atrocity, aggregate or neutral), with
  bootstrap intervals on the shares;
* :func:`loaded_language` -- evaluative, intensifying and labelling words
  per 1,000 words, with bootstrap intervals, and the words behind the rate;
* :func:`text_reuse` -- shared word n-grams (n >= 6) and TF-IDF cosine
  between articles, with the shared passages listed.

Word lists are data files in ``framing/data`` (``stopwords``,
``spelling_variants``, ``people_nouns``, ``event_labels``,
``loaded_language``); the actor taxonomy is the study's file read with
:func:`framing.load_actors`. The actor mentions come from the package's one
finder, :func:`framing.actors.find_actor_mentions`, and the log-odds from
:func:`framing.stats.log_odds_dirichlet`; both are re-exported here.

Files: ``terms`` (term counts), ``distinctive`` (distinctive terms),
``labels`` (actor labels), ``events`` (event labels), ``loaded`` (loaded
language), ``reuse`` (text reuse), ``shared`` (helpers they share).
"""


from ..actors import (
    PEOPLE_ENTITY_TYPES,
    UNASSIGNED,
    ActorMention,
    find_actor_mentions,
)
from ..stats import log_odds_dirichlet
from ..syntax.extent import MAX_ADJ_PHRASE
from .distinctive import BACKGROUND_PSEUDOCOUNT, DISTINCTIVE_COLUMNS, distinctive_terms
from .events import (
    EVENT_CATEGORIES,
    EVENT_LABEL_COLUMNS,
    EVENT_MENTION_COLUMNS,
    EventMention,
    event_label_rows,
    event_labels,
    event_mentions,
    find_event_labels,
)
from .labels import (
    ACTOR_LABEL_COLUMNS,
    ACTOR_MENTION_COLUMNS,
    actor_label_rows,
    actor_labels,
    actor_mentions,
)
from .loaded import (
    LOADED_RATE_COLUMNS,
    LOADED_SENTENCE_COLUMNS,
    LOADED_WORD_COLUMNS,
    LoadedWord,
    find_loaded_words,
    loaded_language,
    loaded_language_rows,
)
from .reuse import (
    PASSAGE_COLUMNS,
    REUSE_COLUMNS,
    REUSE_N,
    SharedPassage,
    find_shared_passages,
    text_reuse,
)
from .terms import NGRAM_RANGE, TERM_COUNT_COLUMNS, Term, find_terms, term_count_rows, term_counts

__all__ = [
    "ACTOR_LABEL_COLUMNS",
    "ACTOR_MENTION_COLUMNS",
    "BACKGROUND_PSEUDOCOUNT",
    "DISTINCTIVE_COLUMNS",
    "EVENT_CATEGORIES",
    "EVENT_LABEL_COLUMNS",
    "EVENT_MENTION_COLUMNS",
    "LOADED_RATE_COLUMNS",
    "LOADED_SENTENCE_COLUMNS",
    "LOADED_WORD_COLUMNS",
    "MAX_ADJ_PHRASE",
    "NGRAM_RANGE",
    "PASSAGE_COLUMNS",
    "PEOPLE_ENTITY_TYPES",
    "REUSE_COLUMNS",
    "REUSE_N",
    "TERM_COUNT_COLUMNS",
    "UNASSIGNED",
    "ActorMention",
    "EventMention",
    "LoadedWord",
    "SharedPassage",
    "Term",
    "actor_label_rows",
    "actor_labels",
    "actor_mentions",
    "distinctive_terms",
    "event_label_rows",
    "event_labels",
    "event_mentions",
    "find_actor_mentions",
    "find_event_labels",
    "find_loaded_words",
    "find_shared_passages",
    "find_terms",
    "loaded_language",
    "loaded_language_rows",
    "log_odds_dirichlet",
    "term_count_rows",
    "term_counts",
    "text_reuse",
]
