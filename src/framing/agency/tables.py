"""The passives and harm_events tables: one row per construction or event."""

from __future__ import annotations

import pandas as pd

from ..actors import load_actors
from ..docview import sentence_texts
from ..hints import CorpusInput, TaxonomyInput, WordListInput
from ..parse import ensure_parsed
from .events import find_harm_events
from .voice import find_passives

__all__ = [
    "HARM_EVENT_COLUMNS",
    "PASSIVE_COLUMNS",
    "harm_events",
    "harm_events_rows",
    "passives",
    "passives_rows",
]

#: Columns of :func:`passives`, in order.
PASSIVE_COLUMNS = [
    "article_id",
    "outlet",
    "sent_id",
    "sentence",
    "verb",
    "lemma",
    "construction",
    "agent",
    "agent_head",
    "patient",
    "patient_head",
    "start_char",
    "end_char",
]
#: Columns of :func:`harm_events`, in order.
HARM_EVENT_COLUMNS = [
    "article_id",
    "outlet",
    "sent_id",
    "sentence",
    "trigger",
    "lemma",
    "form",
    "agent",
    "agent_group",
    "agent_groups",
    "patient",
    "patient_group",
    "negated",
    "cause",
    "hedge_cue",
    "source",
    "start_char",
    "end_char",
]
INT_COLUMNS = {"sent_id": "int64", "start_char": "int64", "end_char": "int64"}
#: Dtypes of :func:`harm_events` beyond the strings.
HARM_EVENT_DTYPES = {**INT_COLUMNS, "negated": "bool"}


def passives_rows(article, doc, *, stative=None) -> list[tuple]:
    """Rows of :func:`passives` for one article (see :data:`PASSIVE_COLUMNS`)."""
    sents = sentence_texts(doc)
    return [
        (
            article.article_id,
            article.outlet,
            p.sent_id,
            sents.get(p.sent_id, ""),
            p.verb,
            p.lemma,
            p.construction,
            p.agent,
            p.agent_head,
            p.patient,
            p.patient_head,
            p.start_char,
            p.end_char,
        )
        for p in find_passives(doc, stative=stative)
    ]


def passives(corpus: CorpusInput, *, stative: WordListInput = None, **parse_kwargs) -> pd.DataFrame:
    """One row per passive construction in every article.

    Parameters
    ----------
    corpus : pandas.DataFrame, ParsedCorpus, str or Path
        Articles; parsed (cached) with :func:`framing.parse` if not already.
    stative : str or Path, optional
        Lexicon of stative/psych participles (see :func:`find_passives`);
        ``None`` reads the packaged one.
    **parse_kwargs
        Passed to :func:`framing.parse` (``cache_dir=``, ``model=`` ...).

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``outlet``, ``sent_id`` (int64), ``sentence``,
        ``verb`` (the participle as written), ``lemma``, ``construction``
        (``be`` | ``get`` | ``reduced``), ``agent`` (the by-phrase, "" when
        none), ``agent_head``, ``patient``, ``patient_head`` (str),
        ``start_char``, ``end_char`` (int64, offsets of the participle in the
        article text).

    See Also
    --------
    find_passives : the rules and their known failure modes.
    """
    parsed = ensure_parsed(corpus, **parse_kwargs)
    rows = [row for article, doc in parsed for row in passives_rows(article, doc, stative=stative)]
    return pd.DataFrame(rows, columns=PASSIVE_COLUMNS).astype(INT_COLUMNS)


def harm_events_rows(
    article,
    doc,
    *,
    actors=None,
    lexicon=None,
    stative=None,
    causes=None,
    context: bool = True,
) -> list[tuple]:
    """Rows of :func:`harm_events` for one article (see :data:`HARM_EVENT_COLUMNS`)."""
    sents = sentence_texts(doc)
    return [
        (
            article.article_id,
            article.outlet,
            e.sent_id,
            sents.get(e.sent_id, ""),
            e.trigger,
            e.lemma,
            e.form,
            e.agent,
            e.agent_group,
            e.agent_groups,
            e.patient,
            e.patient_group,
            e.negated,
            e.cause,
            e.hedge_cue,
            e.source,
            e.start_char,
            e.end_char,
        )
        for e in find_harm_events(
            doc, actors=actors, lexicon=lexicon, stative=stative, causes=causes, context=context
        )
    ]


def harm_events(
    corpus: CorpusInput,
    *,
    actors: TaxonomyInput = None,
    lexicon: WordListInput = None,
    stative: WordListInput = None,
    causes: WordListInput = None,
    context: bool = True,
    **parse_kwargs,
) -> pd.DataFrame:
    """One row per mention of a violent or harmful act in every article.

    Parameters
    ----------
    corpus : pandas.DataFrame, ParsedCorpus, str or Path
        Articles; parsed (cached) with :func:`framing.parse` if not already.
    actors : str, Path, DataFrame, ActorTaxonomy or None
        The study's actor taxonomy (``data/study/actors.csv`` for the worked
        case); ``None`` uses framing's generic taxonomy. Which of its groups
        are unarmed is its optional ``armed`` column (:mod:`framing.actors`).
    lexicon : str or Path, optional
        Harm verbs, nouns and support verbs; ``None`` reads the packaged
        ``framing/data/harm_terms.csv``.
    stative : str or Path, optional
        Stative participle lexicon (see :func:`find_passives`).
    causes : str or Path, optional
        Non-human cause words (column ``term``); ``None`` reads the packaged
        ``framing/data/harm_causes.csv``.
    context : bool, default True
        Fill ``hedge_cue`` and ``source`` (see :func:`find_harm_events`).
    **parse_kwargs
        Passed to :func:`framing.parse`.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``outlet``, ``sent_id`` (int64), ``sentence``,
        ``trigger``, ``lemma``, ``form`` (``active`` | ``passive`` |
        ``nominal`` | ``adjectival``), ``agent`` ("" when none expressed;
        both sides of a reciprocal act), ``agent_group`` (a taxonomy group,
        or a reserved group: ``other`` for a phrase the taxonomy does not
        know, ``pronoun`` for a personal pronoun, ``mutual`` for an act
        between named sides, ``none`` when no agent is expressed),
        ``agent_groups`` (str: the sides' groups joined by ``;`` for
        ``mutual``, "" otherwise), ``patient``, ``patient_group`` (a
        taxonomy group, ``mixed``, ``other`` or ``none``), ``negated``
        (bool: the act is negated or denied in its sentence), ``cause``
        (str: the non-human cause named for the harm, "stampede", "fire";
        "" when none), ``hedge_cue``, ``source`` (str, "" when none),
        ``start_char``, ``end_char`` (int64, trigger offsets).

    See Also
    --------
    find_harm_events : the rules and their known failure modes.
    """
    taxonomy = load_actors(actors)
    parsed = ensure_parsed(corpus, **parse_kwargs)
    rows = [
        row
        for article, doc in parsed
        for row in harm_events_rows(
            article,
            doc,
            actors=taxonomy,
            lexicon=lexicon,
            stative=stative,
            causes=causes,
            context=context,
        )
    ]
    return pd.DataFrame(rows, columns=HARM_EVENT_COLUMNS).astype(HARM_EVENT_DTYPES)
