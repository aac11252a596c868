"""The unit of work of every runner: parse one batch of articles, make its tables.

Also how batch tables are put back together: concatenated in input order, or
for partial counts summed as they arrive.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from ..parse import ParsedCorpus, parse
from .registry import TableSpec, accepted_options

__all__ = [
    "BATCH_SIZE",
    "NLP_BATCH_SIZE",
    "ArticleError",
    "BatchJob",
    "BatchResult",
    "concat_tables",
    "parse_batch",
    "process_batch",
    "sort_counts",
    "sum_counts",
]

#: Articles per batch. A news article parses in ~20 ms on one core, so a batch
#: of 64 is about a second of work: large enough that shipping it to a worker
#: costs little, small enough that the Docs of a batch (~1 MB each) stay small.
BATCH_SIZE = 64
#: Texts per ``nlp.pipe`` call inside a batch. spaCy's CPU default (64) is
#: tuned for short texts: with ~900-token news articles a 64-text batch peaks
#: at ~850 MB RSS with en_core_web_sm, 16 at ~375 MB and 4 at ~225 MB, at the
#: same speed (measured here; benchmarks/README.md). 8 keeps memory flat.
NLP_BATCH_SIZE = 8


@dataclass(frozen=True)
class BatchJob:
    """What a worker needs to process a batch: sent once with every batch (small)."""

    model: str
    cache_dir: str
    use_cache: bool = True
    nlp_batch_size: int = NLP_BATCH_SIZE
    tables: tuple[TableSpec, ...] = ()
    options: Mapping = field(default_factory=dict)
    strict: bool = False


@dataclass
class BatchResult:
    """The tables of one batch, what it cost, and the articles it had to skip
    (rows of the ``skipped`` table: article_id, file, stage, reason)."""

    tables: dict[str, pd.DataFrame]
    n_articles: int
    n_parsed: int
    seconds: float
    skipped: list[tuple] = field(default_factory=list)


class ArticleError(RuntimeError):
    """An article that could not be parsed or measured, in a run with ``strict=True``;
    the message names the article, the stage and the error."""


#: Longest reason kept for a skipped article (the first line of the error).
MAX_REASON_CHARS = 300


# spaCy does not promise that one pipeline may be used from several threads at
# once (Dask workers may run several threads), so parsing holds this lock.
PARSE_LOCK = threading.Lock()


def parse_batch(batch: pd.DataFrame, job: BatchJob) -> tuple[ParsedCorpus, int]:
    """Docs of one batch, in row order, and how many were parsed (not cached).

    The cache lookup and the single ``nlp.pipe`` pass are :func:`framing.parse`'s.
    """
    with PARSE_LOCK:
        parsed = parse(
            batch,
            model=job.model,
            cache_dir=job.cache_dir,
            batch_size=job.nlp_batch_size,
            use_cache=job.use_cache,
            progress=False,
        )
    return parsed, parsed.n_parsed


def process_batch(batch: pd.DataFrame, job: BatchJob) -> BatchResult:
    """Parse one batch of articles and make its per-article tables.

    This is the unit of work of every runner (in process, multiprocessing,
    Dask); it is a module-level function so spawned processes can import it.

    Parameters
    ----------
    batch : pandas.DataFrame
        Rows of a corpus table.
    job : BatchJob
        Model, cache and the table specs (``article`` and ``counts`` kinds).

    Returns
    -------
    BatchResult
        Tables keyed by name; the Docs are not returned. If the batch fails,
        it is done again article by article: an article whose parse or
        measure raises is left out of every table and listed in ``skipped``.

    Raises
    ------
    ArticleError
        With ``job.strict``, for the first article that cannot be parsed or measured.
    OSError
        Never caught here: a full disk or an unreadable cache is not the article's fault.
    """
    start = time.perf_counter()
    try:
        parsed, n_parsed = parse_batch(batch, job)
        tables = make_batch_tables(parsed, job)
        skipped = []
    except OSError:
        raise
    except Exception:  # one article broke the batch: find it, article by article
        tables, n_parsed, skipped = process_articles(batch, job)
    return BatchResult(tables, len(batch), n_parsed, time.perf_counter() - start, skipped)


def make_batch_tables(parsed: ParsedCorpus, job: BatchJob) -> dict[str, pd.DataFrame]:
    """Every table of ``job`` for one parsed batch."""
    tables: dict[str, pd.DataFrame] = {}
    for spec in job.tables:
        # a table made from another table of the same batch gets it, not recomputes it
        inputs = {key: tables[name] for key, name in spec.inputs if name in tables}
        options = {**accepted_options(spec.function, job.options), **dict(spec.options)}
        tables[spec.name] = spec.function(parsed, **inputs, **options)
    return tables


def process_articles(batch: pd.DataFrame, job: BatchJob) -> tuple[dict[str, pd.DataFrame], int, list[tuple]]:
    """The tables of a batch made one article at a time, skipping the articles that fail.

    Returns the tables (a table no article of the batch made is left out), the
    number of articles parsed, and one ``skipped`` row per failed article.
    """
    parts: dict[str, list[pd.DataFrame]] = {spec.name: [] for spec in job.tables}
    kinds = {spec.name: spec.kind for spec in job.tables}
    skipped, n_parsed = [], 0
    for position in range(len(batch)):
        one = batch.iloc[position : position + 1]
        article_id = one["article_id"].iloc[0]
        file = one["file"].iloc[0] if "file" in one.columns else ""
        stage = "parse"
        try:
            parsed, parsed_now = parse_batch(one, job)
            tables: dict[str, pd.DataFrame] = {}
            for spec in job.tables:
                stage = f"measure {spec.name}"
                inputs = {key: tables[name] for key, name in spec.inputs if name in tables}
                options = {**accepted_options(spec.function, job.options), **dict(spec.options)}
                tables[spec.name] = spec.function(parsed, **inputs, **options)
        except OSError:
            raise
        except Exception as err:
            lines = str(err).strip().splitlines()
            reason = f"{type(err).__name__}: {lines[0] if lines else ''}"[:MAX_REASON_CHARS]
            if job.strict:
                where = f" (file {file})" if file else ""
                raise ArticleError(f"article {article_id}{where}: {stage} failed: {reason}") from err
            skipped.append((article_id, file, stage, reason))
            continue
        n_parsed += parsed_now
        for name, table in tables.items():
            parts[name].append(table)
    joined = {}
    for name, frames in parts.items():
        if frames:
            joined[name] = sum_counts(frames) if kinds[name] == "counts" else concat_tables(frames)
    return joined, n_parsed, skipped


def concat_tables(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Batch tables in order. Empty batch tables are left out (when any row
    exists) since a module may type an empty table less precisely (``object``
    for ``str``), and one such batch would change the dtype of the whole column."""
    rows = [frame for frame in frames if len(frame)]
    return pd.concat(rows or frames[:1], ignore_index=True)


def sort_counts(table: pd.DataFrame) -> pd.DataFrame:
    """Rows by outlet (first appearance), then largest count first, then key text."""
    numeric = [c for c in table.columns if pd.api.types.is_numeric_dtype(table[c])]
    keys = [c for c in table.columns if c not in numeric]
    if not numeric or not keys:
        return table
    order = table.copy()
    rank = {}
    if "outlet" in order.columns:
        rank = {outlet: i for i, outlet in enumerate(dict.fromkeys(order["outlet"]))}
        order["_outlet_rank"] = order["outlet"].map(rank)
    by = (["_outlet_rank"] if rank else []) + [numeric[0]] + keys
    ascending = ([True] if rank else []) + [False] + [True] * len(keys)
    order = order.sort_values(by, ascending=ascending, kind="mergesort", ignore_index=True)
    return order.drop(columns=["_outlet_rank"], errors="ignore")


def sum_counts(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Add partial count tables: numeric columns summed over the other columns."""
    table = concat_tables(frames)
    numeric = [c for c in table.columns if pd.api.types.is_numeric_dtype(table[c])]
    keys = [c for c in table.columns if c not in numeric]
    if not numeric or not keys:
        return table
    summed = table.groupby(keys, sort=False, dropna=False)[numeric].sum().reset_index()
    return summed[table.columns]
