"""The tables a run makes at the end, from the finished per-article tables.

Aggregates (:func:`make_aggregates`) read the finished tables and the corpus.
Cross-article tables (:func:`make_corpus_tables`: ``claims``, ``text_reuse``)
compare articles with each other, so their cost grows with the square of what
they compare and they need the Docs of everything compared at once. Up to
:data:`MAX_CORPUS_TABLE_ARTICLES` articles they compare the whole corpus.
Above that they are made story by story (:func:`framing.by_story` over the
run's ``group_stories`` table, :func:`framing.group_stories`): only articles of one
story are compared and only one story's Docs are in memory, read back from
the parse cache. A story is compared in runs of at most
:data:`STORY_RUN_ARTICLES` articles in date order (a corpus that is all one
event would otherwise be compared whole), so cost stays near-linear in the
corpus; sentences of articles in different runs or stories are not compared.
Either way the tables have the same columns.
"""

from __future__ import annotations

import inspect
import logging

import numpy as np
import pandas as pd

from ..parse import parse
from ..stories import by_story, group_stories
from .batches import NLP_BATCH_SIZE, BatchJob
from .registry import TableSpec, accepted_options

__all__ = [
    "MAX_CORPUS_TABLE_ARTICLES",
    "STORY_RUN_ARTICLES",
    "call_at_end",
    "call_or_skip",
    "make_aggregates",
    "make_corpus_tables",
    "sink_tables",
    "story_runs",
]

logger = logging.getLogger("framing.pipeline")

#: Largest corpus whose cross-article tables (``align_claims``, ``text_reuse``)
#: compare every article with every other. They compare every pair of
#: sentences or articles, which grows with the square of what is compared, and
#: need every Doc compared in memory; framing.align_claims asks for "a few days
#: of coverage at a time". Decision: 200 articles.
MAX_CORPUS_TABLE_ARTICLES = 200
#: Above that, the longest run of one story compared at once. The cost per
#: article grows with the run: on 500 articles that are all one story (the
#: benchmark corpus, copies of the seed articles), runs of 200 added 31 s and
#: took the peak to 851 MB, runs of 50 added 13 s at 375 MB, to a 60 s
#: analysis. 50 articles in date order are days of coverage of one story.
STORY_RUN_ARTICLES = 50


def call_at_end(spec: TableSpec, corpus, finished: dict, sink, options: dict) -> pd.DataFrame:
    """``spec``'s table from the finished tables it needs (read back one at a time)."""
    inputs = {keyword: finished[table] if table in finished else sink.load(table) for keyword, table in spec.inputs}
    fixed = {**accepted_options(spec.function, options), **dict(spec.options)}
    return spec.function(corpus, **inputs, **fixed)


def call_or_skip(spec: TableSpec, corpus, finished: dict, sink, options: dict, *, strict: bool):
    """``spec``'s table, or the reason it could not be made (a string) if its function
    raises (an OSError, or any error with ``strict``, is raised)."""
    try:
        return call_at_end(spec, corpus, finished, sink, options)
    except OSError:
        raise
    except Exception as err:
        if strict:
            raise
        return _reason(spec, err)


def _reason(spec: TableSpec, err: Exception) -> str:
    """Why ``spec``'s table was not made, from the error its function raised (logged)."""
    lines = str(err).strip().splitlines()
    reason = f"could not be computed: {type(err).__name__}: {lines[0] if lines else ''}"
    logger.warning("skipping %s: %s", spec.name, reason)
    return reason


def make_aggregates(specs, corpus: pd.DataFrame, finished: dict, sink, options: dict, *, strict: bool = False) -> dict:
    """Add every aggregate the corpus allows to ``finished``, made from the finished
    tables; return the skipped ones with the reason (a comparison of outlets on a
    corpus of one outlet, an input table no article made, an error unless ``strict``)."""
    skipped = {}
    n_outlets = corpus["outlet"].nunique()
    for spec in specs:
        if spec.kind != "aggregate":
            continue
        if n_outlets < spec.min_outlets:
            skipped[spec.name] = (
                f"compares outlets with each other, so it needs at least {spec.min_outlets} outlets; "
                f"this corpus has {n_outlets}"
            )
            logger.info("skipping %s: %s", spec.name, skipped[spec.name])
            continue
        missing = [table for _, table in spec.inputs if table not in finished and table not in sink_tables(sink)]
        if missing:
            skipped[spec.name] = f"needs {', '.join(missing)}, which no article made"
            continue
        made = call_or_skip(spec, corpus, finished, sink, options, strict=strict)
        if isinstance(made, str):
            skipped[spec.name] = made
        else:
            finished[spec.name] = made
    return skipped


def sink_tables(sink) -> set[str]:
    """The tables a sink holds (streamed by at least one batch)."""
    return set() if sink is None else set(sink.n_rows)


def story_runs(corpus: pd.DataFrame, stories: pd.DataFrame, max_articles: int = STORY_RUN_ARTICLES):
    """The groups a large corpus is compared in: its stories, each cut into runs
    of at most ``max_articles`` articles in date order (corpus order among equal
    or missing dates).

    Parameters
    ----------
    corpus : pandas.DataFrame
        The corpus table (``article_id``, ``outlet``; ``date`` used when present).
    stories : pandas.DataFrame
        :func:`framing.group_stories` of the same corpus.
    max_articles : int
        Longest run.

    Returns
    -------
    pandas.DataFrame
        A stories table (the columns of :func:`framing.group_stories`) whose
        ``story_id`` numbers the runs, with ``story_size`` and ``n_outlets``
        counted per run, for :func:`framing.by_story`.
    """
    if max_articles < 1:
        raise ValueError(f"max_articles must be >= 1, got {max_articles}")
    story_of = dict(zip(stories["article_id"].astype(str), stories["story_id"], strict=True))
    table = pd.DataFrame(
        {
            "article_id": corpus["article_id"].astype(str).to_numpy(),
            "outlet": corpus["outlet"].astype(str).to_numpy(),
            "position": np.arange(len(corpus)),
        }
    )
    table["story"] = table["article_id"].map(story_of)
    if "date" in corpus:
        table["date"] = pd.to_datetime(corpus["date"], errors="coerce", utc=True).to_numpy()
    else:
        table["date"] = pd.NaT
    ordered = table.sort_values(["story", "date", "position"], kind="stable", na_position="last")
    rank = ordered.groupby("story").cumcount().to_numpy()
    ordered["run"] = rank // max_articles
    keys = list(zip(ordered["story"], ordered["run"], strict=True))
    ordered["story_id"] = pd.Series(pd.factorize(pd.Series(keys, dtype="object"))[0], index=ordered.index)
    runs = ordered.sort_values("position")
    runs = runs.assign(story_id=runs["story_id"].astype("int64"))
    runs["story_size"] = runs.groupby("story_id")["article_id"].transform("size").astype("int64")
    runs["n_outlets"] = runs.groupby("story_id")["outlet"].transform("nunique").astype("int64")
    return runs[["article_id", "outlet", "story_id", "story_size", "n_outlets"]].reset_index(drop=True)


def _by_story(spec: TableSpec, corpus, stories, finished: dict, sink, options: dict, job: BatchJob):
    """``spec``'s table made one run of a story at a time, with the columns it has
    when made on the whole corpus (the story column is dropped)."""
    runs = story_runs(corpus, stories, STORY_RUN_ARTICLES)
    own = inspect.signature(spec.function).parameters.get("min_outlets")
    least = 1 if own is None else own.default  # claims need two outlets in a run; text reuse any two articles
    runs = runs[(runs["story_size"] >= 2) & (runs["n_outlets"] >= least)]
    if runs.empty:  # nothing to compare: the function's own empty table, from one article
        runs, least = story_runs(corpus.iloc[:1], stories, STORY_RUN_ARTICLES), 1
    members = corpus[corpus["article_id"].astype(str).isin(set(runs["article_id"]))].reset_index(drop=True)
    inputs = {keyword: finished[table] if table in finished else sink.load(table) for keyword, table in spec.inputs}
    fixed = {**accepted_options(spec.function, options), **dict(spec.options)}
    made = by_story(
        spec.function,
        members,
        runs,
        min_outlets=least,
        model=job.model,
        cache_dir=job.cache_dir,
        use_cache=job.use_cache,
        **inputs,
        **fixed,
    )
    return made.drop(columns="story_id").reset_index(drop=True)


def make_corpus_tables(
    specs, corpus: pd.DataFrame, finished: dict, sink, options: dict, job: BatchJob, *, strict: bool = False
) -> dict:
    """Add the cross-article tables to ``finished``: on the whole corpus up to
    :data:`MAX_CORPUS_TABLE_ARTICLES` articles, story by story above; return the
    ones that could not be made, with the reason."""
    whole = [spec for spec in specs if spec.kind == "corpus"]
    if not whole:
        return {}
    if len(corpus) <= MAX_CORPUS_TABLE_ARTICLES:
        parsed = parse(
            corpus,
            model=job.model,
            cache_dir=job.cache_dir,
            use_cache=job.use_cache,
            batch_size=NLP_BATCH_SIZE,
            progress=False,
        )
        made = {spec.name: call_or_skip(spec, parsed, finished, sink, options, strict=strict) for spec in whole}
    else:
        stories = finished["group_stories"] if "group_stories" in finished else group_stories(corpus)
        logger.info(
            "%s: %d articles, compared story by story (%d stories)",
            ", ".join(spec.name for spec in whole),
            len(corpus),
            stories["story_id"].nunique(),
        )
        made = {}
        for spec in whole:
            try:
                made[spec.name] = _by_story(spec, corpus, stories, finished, sink, options, job)
            except OSError:
                raise
            except Exception as err:
                if strict:
                    raise
                made[spec.name] = _reason(spec, err)
    skipped = {}
    for name, table in made.items():
        if isinstance(table, str):
            skipped[name] = table
        else:
            finished[name] = table
    return skipped
