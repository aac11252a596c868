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


@dataclass
class BatchResult:
    """The tables of one batch and what it cost."""

    tables: dict[str, pd.DataFrame]
    n_articles: int
    n_parsed: int
    seconds: float


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
        Tables keyed by name; the Docs are not returned.
    """
    start = time.perf_counter()
    parsed, n_parsed = parse_batch(batch, job)
    tables: dict[str, pd.DataFrame] = {}
    for spec in job.tables:
        # a table made from another table of the same batch gets it, not recomputes it
        inputs = {key: tables[name] for key, name in spec.inputs if name in tables}
        options = {**accepted_options(spec.function, job.options), **dict(spec.options)}
        tables[spec.name] = spec.function(parsed, **inputs, **options)
    return BatchResult(tables, len(batch), n_parsed, time.perf_counter() - start)


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
