"""Actor labels: how each outlet names the people and armed groups of the story.

The noun phrases come from the package's one actor-mention finder,
:func:`framing.actors.find_actor_mentions`; this module makes its tables.
"""

from __future__ import annotations

import pandas as pd

from ..actors import find_actor_mentions, load_actors
from ..hints import CorpusInput, SpellingInput, TaxonomyInput, WordListInput
from ..parse import ensure_parsed
from ..textnorm import load_spelling_variants, load_stopwords
from .shared import articles_of, outlet_order

#: Columns of :func:`actor_mentions`, in order.
ACTOR_MENTION_COLUMNS = [
    "article_id",
    "outlet",
    "sent_id",
    "start_char",
    "end_char",
    "text",
    "label",
    "head",
    "actor_group",
]
#: Columns of :func:`actor_labels`, in order.
ACTOR_LABEL_COLUMNS = ["outlet", "actor_group", "label", "count"]


def actor_label_rows(
    article,
    doc,
    *,
    actors=None,
    people_nouns=None,
    spelling_variants=None,
    stop_words=None,
) -> list[tuple]:
    """Rows of :func:`actor_mentions` for one article (:data:`ACTOR_MENTION_COLUMNS`).

    Options as in :func:`framing.actors.find_actor_mentions`.
    """
    return [
        (
            article.article_id,
            article.outlet,
            m.sent_id,
            m.start_char,
            m.end_char,
            m.text,
            m.label,
            m.head,
            m.actor_group,
        )
        for m in find_actor_mentions(
            doc,
            actors=actors,
            people_nouns=people_nouns,
            spelling_variants=spelling_variants,
            stop_words=stop_words,
        )
    ]


def actor_mentions(
    corpus: CorpusInput,
    *,
    actors: TaxonomyInput = None,
    people_nouns: WordListInput = None,
    spelling_variants: SpellingInput = None,
    stop_words: WordListInput = None,
    **parse_kwargs,
) -> pd.DataFrame:
    """One row per noun phrase naming people or an armed group.

    Parameters
    ----------
    corpus : DataFrame, ParsedCorpus, str or Path
    actors, people_nouns, spelling_variants, stop_words
        As in :func:`framing.actors.find_actor_mentions`.
    **parse_kwargs
        Passed to :func:`framing.parse`.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``outlet`` (str), ``sent_id``, ``start_char``,
        ``end_char`` (int64), ``text`` (str, as written), ``label`` (str,
        normalised), ``head`` (str, head lemma), ``actor_group`` (str).
    """
    taxonomy = load_actors(actors)
    parsed = ensure_parsed(corpus, **parse_kwargs)
    # the lexicons resolved once, not once per article
    options = dict(
        actors=taxonomy,
        # passed on unread (a path or None; the file is read once and cached), so
        # the options stay hashable and a Doc's mentions are found once for both
        # actor_mentions and actor_clauses (framing.actors.find_actor_mentions)
        people_nouns=people_nouns,
        spelling_variants=load_spelling_variants(spelling_variants),
        stop_words=load_stopwords(stop_words),
    )
    rows = [row for article, doc in parsed for row in actor_label_rows(article, doc, **options)]
    return pd.DataFrame(rows, columns=ACTOR_MENTION_COLUMNS).astype(
        {c: "int64" for c in ("sent_id", "start_char", "end_char")}
        | {c: "str" for c in ("article_id", "outlet", "text", "label", "head", "actor_group")}
    )


def actor_labels(
    corpus: CorpusInput | None = None,
    *,
    actors: TaxonomyInput = None,
    mentions: pd.DataFrame | None = None,
    people_nouns: WordListInput = None,
    spelling_variants: SpellingInput = None,
    stop_words: WordListInput = None,
    **parse_kwargs,
) -> pd.DataFrame:
    """How each outlet names each actor group: label counts.

    Parameters
    ----------
    corpus : DataFrame, ParsedCorpus, str or Path, optional
        Needed when ``mentions`` is absent.
    actors : str, Path, DataFrame, ActorTaxonomy or None
        The study's taxonomy (e.g. ``data/study/actors.csv``).
    mentions : DataFrame, optional
        An :func:`actor_mentions` table; computed from ``corpus`` if absent.
    people_nouns, spelling_variants, stop_words
        As in :func:`framing.actors.find_actor_mentions`, when computing
        ``mentions``.
    **parse_kwargs
        Passed to :func:`framing.parse`.

    Returns
    -------
    pandas.DataFrame
        ``outlet`` (str), ``actor_group`` (str; ``"unassigned"`` for
        phrases about people the taxonomy does not cover), ``label`` (str),
        ``count`` (int64). Ordered by outlet (corpus order), group, count
        descending, label.
    """
    if mentions is None:
        if corpus is None:
            raise ValueError("actor_labels needs corpus= or mentions= (an actor_mentions table)")
        mentions = actor_mentions(
            corpus,
            actors=actors,
            people_nouns=people_nouns,
            spelling_variants=spelling_variants,
            stop_words=stop_words,
            **parse_kwargs,
        )
    articles = articles_of(corpus)
    order = {o: i for i, o in enumerate(outlet_order(articles if articles is not None else mentions))}
    table = (
        mentions.groupby(["outlet", "actor_group", "label"], sort=False)
        .size()
        .rename("count")
        .reset_index()
    )
    table["_o"] = table["outlet"].map(order)
    table = table.sort_values(
        ["_o", "actor_group", "count", "label"], ascending=[True, True, False, True], kind="stable"
    )
    return (
        table.drop(columns="_o")
        .reset_index(drop=True)
        .astype({"count": "int64"})[ACTOR_LABEL_COLUMNS]
    )
