"""Tone: VADER sentence sentiment, its per-outlet distribution, and tone by actor and role.

Three layers, as everywhere in framing:

* :func:`find_sentiment` scores each sentence of one Doc with VADER
  (Hutto & Gilbert 2014) and returns small frozen records;
  :func:`sentence_sentiment` is the corpus table (one row per sentence) and
  :func:`outlet_tone` its per-outlet summary with bootstrap intervals
  (``tone/sentiment.py``).
* :func:`find_actor_clauses` scores the *clause* in which an actor appears,
  with the actor's role in it: ``agent`` or ``patient`` of a harm event (from
  :func:`framing.harm_events`), or only ``mentioned``. :func:`actor_clauses`
  is the corpus table, :func:`actor_tone` its per-outlet summary
  (``tone/by_actor.py``). What a clause is: :mod:`framing.syntax.spans`
  (:func:`clause_tokens` is re-exported here); which noun phrases are actor
  mentions: :func:`framing.actors.find_actor_mentions`, the package's one
  finder (re-exported here).
* The analyzer is vaderSentiment's own, with a lexicon adjusted to conflict
  news (``framing/data/vader_domain.csv``); the ``domain`` option of every
  function selects the lexicon: ``None`` (default) the packaged adjustment,
  ``False`` VADER as shipped, a path your own file (``tone/vader.py``).

References
----------
Hutto, C. J. & Gilbert, E. (2014). VADER: A parsimonious rule-based model for
sentiment analysis of social media text. *Proceedings of ICWSM-14*.
"""

from __future__ import annotations

from ..actors import ActorMention, find_actor_mentions
from ..syntax import clause_tokens
from .by_actor import (
    ACTOR_CLAUSE_COLUMNS,
    ACTOR_TONE_COLUMNS,
    NO_ACTOR_GROUPS,
    ROLES,
    ActorClause,
    actor_clause_rows,
    actor_clauses,
    actor_tone,
    find_actor_clauses,
)
from .sentiment import (
    OUTLET_TONE_COLUMNS,
    SENTIMENT_COLUMNS,
    SentenceTone,
    find_sentiment,
    outlet_tone,
    sentence_sentiment,
    sentence_sentiment_rows,
)
from .vader import DOMAIN_LEXICON, VADER_THRESHOLD, analyzer, compound_label, score_text

__all__ = [
    "ACTOR_CLAUSE_COLUMNS",
    "ACTOR_TONE_COLUMNS",
    "DOMAIN_LEXICON",
    "NO_ACTOR_GROUPS",
    "OUTLET_TONE_COLUMNS",
    "ROLES",
    "SENTIMENT_COLUMNS",
    "VADER_THRESHOLD",
    "ActorClause",
    "ActorMention",
    "SentenceTone",
    "actor_clause_rows",
    "actor_clauses",
    "actor_tone",
    "analyzer",
    "clause_tokens",
    "compound_label",
    "find_actor_clauses",
    "find_actor_mentions",
    "find_sentiment",
    "outlet_tone",
    "score_text",
    "sentence_sentiment",
    "sentence_sentiment_rows",
]
