"""Stories: articles from different outlets about the same happening, found at scale.

An outlet comparison is like for like only within a story: one outlet's
agentless share over its war coverage against another's over its election
coverage measures the mix of stories, not framing. :func:`group_stories`
puts articles that report the same happening in one story, so that a table
can be compared story by story (:func:`by_story` runs any cross-article
table one story at a time, which also bounds its memory by the largest
story instead of the corpus).

How: each article is a sparse TF-IDF vector (scikit-learn; its title and
first :data:`LEAD_WORDS` words, English stop words removed, sublinear term
frequency). Articles are taken in date order and each joins the story whose
centroid it is most similar to (cosine), if that reaches ``threshold`` and,
with ``window_days``, the story's latest article is that close in time;
otherwise it opens a new story. This is the single-pass clustering of the
TDT studies (Allan, Papka and Lavrenko, 1998; Yang, Pierce and Carbonell,
1998). Comparing with a centroid, not with any one member, keeps a bridging
article from chaining two happenings together, which connected components
of pairwise links do. The dot products are computed a block of
:data:`CHUNK` articles at a time, so memory grows with the block times the
corpus, and time with the square of the corpus (2,000 articles take
seconds; see ``benchmarks/stories_scale.csv``).

The default :data:`THRESHOLD` was chosen by the sweep in
``benchmarks/stories.py`` (results in ``benchmarks/stories_threshold.csv``)
on two corpora: 24 short reports labelled by story (``tests/data/stories/``,
written for the purpose, plus the seed corpus), where 0.15-0.18 scores best
because a small corpus gives common words high weights, and 2,000 synthetic
reports, where anything below 0.25 merges unrelated stories. 0.3 is the
choice: splitting a story loses comparisons, merging two stories makes
wrong ones. Known limit: a follow-up report that recaps an earlier
happening joins its story (the tests keep this as an expected failure).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import numpy as np
import pandas as pd

from .corpus import load_corpus
from .hints import CorpusInput

__all__ = ["LEAD_WORDS", "STORY_COLUMNS", "THRESHOLD", "by_story", "group_stories"]

logger = logging.getLogger("framing.stories")

#: Cosine similarity (TF-IDF of title and lead) from which two articles are in one story.
THRESHOLD = 0.3
#: Words of the body read after the title: the lead says what happened; the
#: rest of a long article drifts to background shared with other stories.
LEAD_WORDS = 300
#: Columns of :func:`group_stories`, in order.
STORY_COLUMNS = ["article_id", "outlet", "story_id", "story_size", "n_outlets"]


def _as_table(corpus: CorpusInput) -> pd.DataFrame:
    if isinstance(corpus, pd.DataFrame):
        return corpus
    articles = getattr(corpus, "articles", None)
    if isinstance(articles, pd.DataFrame):
        return articles
    return load_corpus(corpus)


def _documents(table: pd.DataFrame, lead_words: int) -> list[str]:
    titles = table["title"].fillna("").astype(str) if "title" in table else pd.Series("", index=table.index)
    bodies = table["text"].fillna("").astype(str)
    return [f"{title}\n{' '.join(body.split()[:lead_words])}" for title, body in zip(titles, bodies, strict=True)]


#: Articles compared against the stories at once (rows of one dense similarity block).
CHUNK = 256


def _assign(matrix, days: np.ndarray, threshold: float, window_days: float | None) -> np.ndarray:
    """Single-pass clustering: each article, in date order, joins the most similar story centroid.

    The cosine of article ``x`` to the centroid of story ``c`` is
    ``sum(x . m for m in c) / ||sum(m for m in c)||``, so only the articles'
    dot products with earlier articles are needed, a chunk of rows at a
    time, and each story's squared norm is kept up to date as it grows.
    """
    n = matrix.shape[0]
    # date order (undated articles last), ties in corpus order
    order = np.lexsort((np.arange(n), np.isnan(days), np.nan_to_num(days, nan=np.inf)))
    ordered = matrix[order]
    labels = np.full(n, -1, dtype=np.int64)  # story of the k-th article in date order
    squared_norms: list[float] = []
    last_day: list[float] = []
    for begin in range(0, n, CHUNK):
        stop = min(begin + CHUNK, n)
        # dot products of this chunk's articles with every article up to the chunk's end
        block = (ordered[begin:stop] @ ordered[:stop].T).toarray()
        for k in range(begin, stop):
            story_dots = np.bincount(labels[:k], weights=block[k - begin, :k], minlength=len(squared_norms))
            best = -1
            if len(squared_norms):
                similarity = story_dots / np.sqrt(np.asarray(squared_norms))
                day = days[order[k]]
                if window_days is not None and not np.isnan(day):
                    far = np.abs(np.asarray(last_day) - day) > window_days  # NaN compares False: kept
                    similarity[far] = -1.0
                best = int(np.argmax(similarity))
                if similarity[best] < threshold:
                    best = -1
            if best < 0:
                best = len(squared_norms)
                squared_norms.append(0.0)
                last_day.append(np.nan)
                story_dots = np.append(story_dots, 0.0)
            # ||s + x||^2 = ||s||^2 + 2 s.x + ||x||^2 (rows are l2-normalised or empty)
            squared_norms[best] += 2 * story_dots[best] + block[k - begin, k]
            day = days[order[k]]
            if not np.isnan(day):
                last_day[best] = day if np.isnan(last_day[best]) else max(last_day[best], day)
            labels[k] = best
    result = np.empty(n, dtype=np.int64)
    result[order] = labels
    return result


def group_stories(
    corpus: CorpusInput,
    *,
    threshold: float = THRESHOLD,
    window_days: float | None = None,
    lead_words: int = LEAD_WORDS,
    min_df: int | float = 1,
) -> pd.DataFrame:
    """Which articles report the same story, across outlets.

    Parameters
    ----------
    corpus : DataFrame, ParsedCorpus, str or Path
        A corpus table (``article_id``, ``outlet``, ``text``; ``title`` and
        ``date`` used when present) or anything :func:`framing.load_corpus`
        reads. Nothing is parsed.
    threshold : float, default :data:`THRESHOLD`
        Cosine similarity from which two articles are linked.
    window_days : float, optional
        Link only articles whose dates are at most this many days apart (an
        article without a date is linked on text alone). ``None`` ignores
        dates.
    lead_words : int, default :data:`LEAD_WORDS`
        Body words read after the title.
    min_df : int or float, default 1
        Passed to scikit-learn's ``TfidfVectorizer``; raise it (say to 2) on
        large corpora to drop one-off words and shrink the vocabulary.

    Returns
    -------
    pandas.DataFrame
        One row per article in corpus order: ``article_id``, ``outlet``
        (str), ``story_id`` (int64, stories numbered by first appearance),
        ``story_size`` (int64, articles in the story), ``n_outlets`` (int64,
        outlets in the story). An article linked to no other is a story of
        its own.

    Examples
    --------
    >>> stories = framing.group_stories(corpus, window_days=3)  # doctest: +SKIP
    >>> shared = stories[stories["n_outlets"] >= 2]               # doctest: +SKIP
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    if window_days is not None and window_days < 0:
        raise ValueError(f"window_days must be >= 0, got {window_days}")
    table = _as_table(corpus).reset_index(drop=True)
    n = len(table)
    if n == 0:
        return pd.DataFrame(
            {
                "article_id": pd.Series(dtype="object"),
                "outlet": pd.Series(dtype="object"),
                "story_id": pd.Series(dtype="int64"),
                "story_size": pd.Series(dtype="int64"),
                "n_outlets": pd.Series(dtype="int64"),
            }
        )
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=min_df, dtype=np.float64)
    try:
        matrix = vectorizer.fit_transform(_documents(table, lead_words)).tocsr()
    except ValueError:  # every document empty or only stop words: nothing can be linked
        matrix = None
    if "date" in table:
        dates = pd.to_datetime(table["date"], errors="coerce", utc=True)
        days = ((dates - pd.Timestamp(0, tz="UTC")) / pd.Timedelta(days=1)).to_numpy(dtype=float)
    else:
        days = np.full(n, np.nan)
    labels = np.arange(n) if matrix is None else _assign(matrix, days, threshold, window_days)
    # number stories by their first article, so ids follow corpus order
    story_id = pd.Series(pd.factorize(labels)[0], dtype="int64")
    outlets = table["outlet"].astype(str)
    frame = pd.DataFrame({"article_id": table["article_id"].astype(str), "outlet": outlets, "story_id": story_id})
    frame["story_size"] = frame.groupby("story_id")["article_id"].transform("size").astype("int64")
    frame["n_outlets"] = frame.groupby("story_id")["outlet"].transform("nunique").astype("int64")
    logger.info(
        "group_stories: %d articles in %d stories (%d across outlets)",
        n,
        frame["story_id"].nunique(),
        frame.loc[frame["n_outlets"] >= 2, "story_id"].nunique(),
    )
    return frame[STORY_COLUMNS]


def _story_inputs(kwargs: dict, members: pd.DataFrame) -> dict:
    ids = set(members["article_id"].astype(str))
    return {
        key: value[value["article_id"].astype(str).isin(ids)].reset_index(drop=True)
        if isinstance(value, pd.DataFrame) and "article_id" in value
        else value
        for key, value in kwargs.items()
    }


def by_story(
    table_function: Callable[..., pd.DataFrame],
    corpus: CorpusInput,
    stories: pd.DataFrame | None = None,
    *,
    min_outlets: int = 2,
    renumber: str | None = "claim_id",
    **kwargs,
) -> pd.DataFrame:
    """Run a cross-article table (``align_claims``, ``text_reuse``) one story at a time.

    Only one story's Docs are in memory at once (pass ``cache_dir=`` so each
    article is parsed once and read back from the cache), and pairs of
    articles from different stories are never compared, so time and memory
    follow the largest story rather than the square of the corpus.

    Parameters
    ----------
    table_function : callable
        Takes a corpus table first and keyword options, returns a table.
    corpus : DataFrame or str or Path
        The corpus table (``framing.load_corpus``).
    stories : DataFrame, optional
        :func:`group_stories` of the corpus; computed with its defaults when absent.
    min_outlets : int, default 2
        Skip stories told by fewer outlets.
    renumber : str or None, default "claim_id"
        An integer id column made per call (``align_claims``' ``claim_id``),
        offset so ids stay unique across stories; ``None`` or a column the
        table lacks leaves ids as they are.
    **kwargs
        Passed to ``table_function`` (``cache_dir=``, ``model=``, tables such
        as ``sentences=`` or ``events=``). A table with an ``article_id``
        column is cut to the story's articles for each call.

    Returns
    -------
    pandas.DataFrame
        The stories' tables one after another (stories in order), with a
        ``story_id`` (int64) column first.
    """
    table = _as_table(corpus).reset_index(drop=True)
    if stories is None:
        stories = group_stories(table)
    missing = {"article_id", "story_id", "n_outlets"} - set(stories.columns)
    if missing:
        raise ValueError(
            f"by_story: stories table lacks column(s) {', '.join(sorted(missing))}; pass framing.group_stories(corpus)"
        )
    story_of = dict(zip(stories["article_id"].astype(str), stories["story_id"], strict=True))
    unknown = set(table["article_id"].astype(str)) - set(story_of)
    if unknown:
        raise ValueError(
            f"by_story: {len(unknown)} article(s) have no story, e.g. {sorted(unknown)[0]!r}; group the same corpus"
        )
    keys = table["article_id"].astype(str).map(story_of)
    wide = set(stories.loc[stories["n_outlets"] >= min_outlets, "story_id"])
    parts, offset = [], 0
    groups = table.groupby(keys, sort=True)
    for story_id, members in groups:
        if story_id not in wide:
            continue
        result = table_function(members.reset_index(drop=True), **_story_inputs(kwargs, members))
        if result.empty:
            continue
        result = result.copy()
        if renumber and renumber in result:
            ids = result[renumber].astype("int64")
            result[renumber] = ids + offset
            offset += int(ids.max()) + 1
        result.insert(0, "story_id", np.int64(story_id))
        parts.append(result)
    if parts:
        return pd.concat(parts, ignore_index=True)
    # no story produced rows: the function's own empty table, with the story column
    _, members = next(iter(groups))
    shape = table_function(members.reset_index(drop=True), **_story_inputs(kwargs, members)).iloc[0:0].copy()
    shape.insert(0, "story_id", pd.Series(dtype="int64"))
    return shape
