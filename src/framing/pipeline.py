"""Run every measure over a corpus of any size: streamed, parallel or on Dask.

The corpus is cut into batches of articles. Each batch is parsed (cache hits
read from disk, misses parsed with one ``nlp.pipe`` call) and every per-article
table function of the package is applied to that batch alone; the batch's Docs
are then dropped. With an output directory (``out=``, what ``framing analyze``
does) the batch tables are appended to temporary files there as they arrive,
so memory stays flat whatever the corpus size; without one they are kept in
memory and returned. Aggregates (``responsibility``, ``distinctive_terms`` ...)
are computed at the end from the finished tables (read back one at a time), or
for term counts from per-batch partial sums.

The same batch function runs in three places:

* in this process (``workers=1``);
* in ``workers`` spawned processes (:mod:`multiprocessing`, spawn start method
  so it behaves the same on Linux, macOS and Windows);
* on a Dask distributed cluster (``dask="local"`` starts a LocalCluster, any
  other string is a scheduler address).

A worker process loads the spaCy pipeline once (``framing.nlp.load_model`` is
cached per process) and only when a batch has a cache miss. Batches are
gathered in input order, so the tables are identical whichever runner is used.

The registry :data:`TABLES` names each table, the module and function that
make it, and for aggregates the tables they summarise. A module that is not
installed (or not written yet) is skipped with one log line, so the pipeline
runs with whatever measures exist.
"""

from __future__ import annotations

import importlib
import inspect
import logging
import os
import pickle
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pandas as pd

from .io import FLOAT_FORMAT, with_formatted_floats
from .parse import ParsedCorpus, default_cache_dir, parse

__all__ = [
    "ARTICLE_COLUMNS",
    "BATCH_SIZE",
    "MAX_CORPUS_TABLE_ARTICLES",
    "NLP_BATCH_SIZE",
    "TABLES",
    "Analysis",
    "BatchJob",
    "BatchResult",
    "SavedTables",
    "TableSpec",
    "analyze",
    "article_rows",
    "available_tables",
    "process_batch",
    "write_tables",
]

logger = logging.getLogger(__name__)

#: Articles per batch. A news article parses in ~20 ms on one core, so a batch
#: of 64 is about a second of work: large enough that shipping it to a worker
#: costs little, small enough that the Docs of a batch (~1 MB each) stay small.
BATCH_SIZE = 64
#: Texts per ``nlp.pipe`` call inside a batch. spaCy's CPU default (64) is
#: tuned for short texts: with ~900-token news articles a 64-text batch peaks
#: at ~850 MB RSS with en_core_web_sm, 16 at ~375 MB and 4 at ~225 MB, at the
#: same speed (measured here; benchmarks/README.md). 8 keeps memory flat.
NLP_BATCH_SIZE = 8
#: With several workers, at least this many batches per worker, so a corpus
#: smaller than ``workers * batch_size`` articles still keeps every worker busy.
MIN_BATCHES_PER_WORKER = 4
#: Batches kept in flight per worker on Dask, so the scheduler always has the
#: next batch ready but a huge corpus is not sent all at once.
BATCHES_IN_FLIGHT_PER_WORKER = 2
#: Largest corpus for which the cross-article tables (``claims``, ``text_reuse``)
#: are made. They compare every pair of sentences or articles, which grows with
#: the square of the corpus, and need every Doc at once; framing.align_claims
#: asks for "a few days of coverage at a time". Decision: 200 articles.
MAX_CORPUS_TABLE_ARTICLES = 200
#: Show a progress bar by default from this many articles on.
PROGRESS_MIN_ARTICLES = 20

#: Columns of the ``articles`` table, in order.
ARTICLE_COLUMNS = [
    "article_id",
    "outlet",
    "date",
    "title",
    "url",
    "n_chars",
    "n_tokens",
    "n_sentences",
]
_ARTICLE_DTYPES = {"n_chars": "int64", "n_tokens": "int64", "n_sentences": "int64"}


@dataclass(frozen=True)
class TableSpec:
    """One table the pipeline writes.

    Attributes
    ----------
    name : str
        Table (and CSV file) name.
    module, function : str
        ``framing.<module>.<function>`` makes it.
    kind : {"article", "counts", "aggregate", "corpus"}
        ``article``: a per-article table function, applied batch by batch and
        concatenated. ``counts``: the same, but the batch tables are partial
        counts summed over their key columns as they arrive. ``aggregate``:
        called once at the end on the tables named in ``inputs``. ``corpus``:
        compares articles with each other, so it needs every Doc at once; made
        at the end (from the parse cache) only for corpora of at most
        :data:`MAX_CORPUS_TABLE_ARTICLES` articles, skipped with a log line above.
    inputs : tuple of (keyword, table name)
        Which table is passed through which keyword: for an aggregate, the
        finished table; for a per-article table, the same batch's table (so
        ``hedges`` reuses the batch's ``harm_events`` instead of recomputing them).
    write : bool
        Whether the CLI writes it (term counts are an intermediate).
    options : tuple of (keyword, value)
        Fixed keyword arguments of the function for this table (``by="word"``).
    """

    name: str
    module: str
    function: str
    kind: str = "article"
    inputs: tuple[tuple[str, str], ...] = ()
    write: bool = True
    options: tuple[tuple[str, object], ...] = ()


#: Every table of the package, in the order they are computed and reported.
#: Decision: a table is listed here once its module documents it; aggregates
#: take the finished tables through the keyword their module documents.
TABLES: tuple[TableSpec, ...] = (
    TableSpec("articles", "pipeline", "_articles_table"),
    TableSpec("sentences", "sentences", "sentences"),
    TableSpec("passives", "agency", "passives"),
    TableSpec("harm_events", "agency", "harm_events"),
    TableSpec("actor_mentions", "wording", "actor_mentions"),
    TableSpec("event_mentions", "wording", "event_mentions"),
    TableSpec("loaded_sentences", "wording", "loaded_language", options=(("by", "sentence"),)),
    TableSpec("loaded_words", "wording", "loaded_language", "counts", options=(("by", "word"),)),
    TableSpec("term_counts", "wording", "term_counts", "counts", write=False),
    TableSpec("attributions", "sources", "attributions"),
    TableSpec("hedges", "hedging", "hedges", inputs=(("events", "harm_events"),)),
    TableSpec("casualties", "casualties", "casualties"),
    TableSpec("sentiment", "tone", "sentence_sentiment"),
    TableSpec("actor_clauses", "tone", "actor_clauses", inputs=(("events", "harm_events"),)),
    TableSpec(
        "prominence",
        "claims",
        "prominence",
        inputs=(
            ("tolls", "casualties"),
            ("attributions", "attributions"),
            ("hedges", "hedges"),
            ("events", "harm_events"),
        ),
    ),
    # aggregates, from the finished tables
    TableSpec(
        "responsibility", "agency", "responsibility", "aggregate", (("events", "harm_events"),)
    ),
    TableSpec(
        "hedge_asymmetry", "agency", "hedge_asymmetry", "aggregate", (("events", "harm_events"),)
    ),
    TableSpec(
        "actor_labels", "wording", "actor_labels", "aggregate", (("mentions", "actor_mentions"),)
    ),
    TableSpec(
        "event_labels", "wording", "event_labels", "aggregate", (("mentions", "event_mentions"),)
    ),
    TableSpec(
        "distinctive_terms",
        "wording",
        "distinctive_terms",
        "aggregate",
        (("counts", "term_counts"),),
    ),
    TableSpec("toll_table", "casualties", "toll_table", "aggregate", (("tolls", "casualties"),)),
    TableSpec("outlet_tone", "tone", "outlet_tone", "aggregate", (("sentiment", "sentiment"),)),
    TableSpec("actor_tone", "tone", "actor_tone", "aggregate", (("clauses", "actor_clauses"),)),
    # across articles: small corpora only
    TableSpec(
        "claims",
        "claims",
        "align_claims",
        "corpus",
        (
            ("hedges", "hedges"),
            ("attributions", "attributions"),
            ("events", "harm_events"),
            ("sentences", "sentences"),
        ),
    ),
    TableSpec("text_reuse", "wording", "text_reuse", "corpus"),
)


# --------------------------------------------------------------------------- registry


def _resolve(spec: TableSpec):
    """The function of ``spec``, or raise ImportError / AttributeError."""
    if spec.module == "pipeline":
        return globals()[spec.function]
    module = importlib.import_module(f"framing.{spec.module}")
    return getattr(module, spec.function)


def available_tables(names=None) -> tuple[list[TableSpec], dict[str, str]]:
    """Split the registry into tables that can be made now and those that cannot.

    Parameters
    ----------
    names : iterable of str, optional
        Only these tables (and the tables they need); default all of :data:`TABLES`.

    Returns
    -------
    specs : list of TableSpec
        Runnable, in registry order.
    skipped : dict
        Table name -> reason (a missing module or function, or a missing input table).

    Raises
    ------
    ValueError
        If ``names`` contains a table the registry does not know.
    """
    by_name = {spec.name: spec for spec in TABLES}
    wanted = set(by_name) if names is None else set(names)
    unknown = sorted(wanted - set(by_name))
    if unknown:
        raise ValueError(f"unknown table(s) {', '.join(unknown)}; choose from {', '.join(by_name)}")
    for spec in reversed(TABLES):  # a table needs its inputs (listed before it)
        if spec.name in wanted:
            wanted.update(table for _, table in spec.inputs)
    specs, skipped = [], {}
    for spec in TABLES:
        if spec.name not in wanted:
            continue
        try:
            function = _resolve(spec)
        except ModuleNotFoundError as err:
            if err.name != f"framing.{spec.module}":
                raise  # the module exists but one of its own imports is missing
            skipped[spec.name] = f"module framing.{spec.module} not found"
            continue
        except AttributeError:
            skipped[spec.name] = f"framing.{spec.module} has no {spec.function}()"
            continue
        params = inspect.signature(function).parameters
        unknown = [keyword for keyword, _ in spec.inputs if keyword not in params]
        if unknown:  # the registry is out of date with the module: never guess
            skipped[spec.name] = (
                f"framing.{spec.module}.{spec.function}() takes no {', '.join(unknown)}= "
                "(update framing.pipeline.TABLES)"
            )
            continue
        missing = [table for _, table in spec.inputs if table in skipped]
        if missing and spec.kind in {"aggregate", "corpus"}:
            skipped[spec.name] = f"needs table {', '.join(missing)}, which was skipped"
            continue
        specs.append(spec)
    by_reason: dict[str, list[str]] = {}
    for name, reason in skipped.items():
        by_reason.setdefault(reason, []).append(name)
    for reason, names in by_reason.items():
        logger.info("skipping %s: %s", ", ".join(names), reason)
    return specs, skipped


def _accepted(function, options: Mapping) -> dict:
    """The subset of ``options`` that ``function`` names as parameters."""
    params = inspect.signature(function).parameters
    return {key: value for key, value in options.items() if key in params}


# --------------------------------------------------------------------------- per batch


def article_rows(article, doc) -> list[tuple]:
    """One row of the ``articles`` table (see :data:`ARTICLE_COLUMNS`)."""
    from .docview import sent_bounds, token_strings

    n_sentences = len(sent_bounds(doc))  # the sentences of iter_sents
    n_tokens = len(doc) - sum(token_strings(doc).is_space)
    return [
        (
            article.article_id,
            article.outlet,
            article.date,
            article.title,
            article.url,
            len(article.text),
            n_tokens,
            n_sentences,
        )
    ]


def _articles_table(corpus: ParsedCorpus) -> pd.DataFrame:
    rows = [row for article, doc in corpus for row in article_rows(article, doc)]
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS).astype(_ARTICLE_DTYPES)


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
_PARSE_LOCK = threading.Lock()


def _parse_batch(batch: pd.DataFrame, job: BatchJob) -> tuple[ParsedCorpus, int]:
    """Docs of one batch, in row order, and how many were parsed (not cached).

    The cache lookup and the single ``nlp.pipe`` pass are :func:`framing.parse`'s.
    """
    with _PARSE_LOCK:
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
    parsed, n_parsed = _parse_batch(batch, job)
    tables = {}
    for spec in job.tables:
        function = _resolve(spec)
        # a table made from another table of the same batch gets it, not recomputes it
        inputs = {key: tables[name] for key, name in spec.inputs if name in tables}
        options = {**_accepted(function, job.options), **dict(spec.options)}
        tables[spec.name] = function(parsed, **inputs, **options)
    return BatchResult(tables, len(batch), n_parsed, time.perf_counter() - start)


# --------------------------------------------------------------------------- runners


def _batches(corpus: pd.DataFrame, size: int) -> Iterator[pd.DataFrame]:
    for start in range(0, len(corpus), size):
        yield corpus.iloc[start : start + size]


def _run_serial(batches, job):
    for batch in batches:
        yield process_batch(batch, job)


def _worker_init() -> None:
    import signal

    # Ctrl-C reaches the whole process group: the parent stops the pool and
    # reports once, so workers ignore it instead of printing a traceback each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Progress bars and log lines belong to the parent process.
    logging.getLogger("framing").setLevel(logging.WARNING)


def _run_processes(batches, job, workers: int):
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_worker_init) as pool:
        # imap keeps input order; chunksize 1 since a batch is already ~1 s of work
        yield from pool.imap(partial(process_batch, job=job), batches, chunksize=1)


def _preload_model(model: str) -> str:
    """Load the pipeline in a Dask worker (once per worker process), so the first
    batch does not pay for it."""
    from .nlp import load_model

    load_model(model)
    return model


def _dask_client(dask, workers: int):
    """A connected client and whatever must be closed after it."""
    from distributed import Client, LocalCluster

    if hasattr(dask, "submit"):  # an existing Client
        return dask, []
    if dask == "local":
        cluster = LocalCluster(
            n_workers=max(workers, 1),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
        client = Client(cluster)
        return client, [client, cluster]
    client = Client(dask)
    return client, [client]


def _run_dask(batches, job, client, *, preload: bool):
    from collections import deque

    if preload:
        client.run(_preload_model, job.model)
    n_workers = max(len(client.scheduler_info().get("workers", {})), 1)
    window = n_workers * BATCHES_IN_FLIGHT_PER_WORKER
    in_flight: deque = deque()
    for batch in batches:
        in_flight.append(client.submit(process_batch, batch, job, pure=False))
        if len(in_flight) >= window:
            yield in_flight.popleft().result()
    while in_flight:
        yield in_flight.popleft().result()


# --------------------------------------------------------------------------- analyze


@dataclass
class Analysis:
    """The tables of one run and what the run did.

    ``tables`` maps table name to DataFrame (``analysis["passives"]`` works too);
    ``skipped`` maps a table that could not be made to the reason. After a run
    with ``out=``, ``tables`` is a :class:`SavedTables`: the per-article tables
    are read from their CSV files when asked for, never all held at once.
    ``out`` is that directory (None for an in-memory run), ``n_rows`` the rows
    of every table and ``outlet_rows`` the rows per outlet of every per-article
    table with an ``article_id`` column (counted while streaming, so a report
    needs no table read back).
    """

    tables: Mapping[str, pd.DataFrame]
    skipped: dict[str, str]
    n_articles: int
    n_parsed: int
    seconds: float
    runner: str
    model: str
    out: Path | None = None
    n_rows: dict[str, int] = field(default_factory=dict)
    outlet_rows: dict[str, dict[str, int]] = field(default_factory=dict)

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    def __contains__(self, name: str) -> bool:
        return name in self.tables


class SavedTables(Mapping):
    """Tables of a run written to a directory: read from ``<out>/<name>.csv``
    (``pandas.read_csv`` defaults) each time one is asked for, except those
    kept in memory (aggregates and the unwritten term counts, which are small).
    Iterates in registry order."""

    def __init__(self, out: Path, names: list[str], in_memory: dict[str, pd.DataFrame]):
        self.out = Path(out)
        self._names = list(names)
        self._in_memory = dict(in_memory)

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name in self._in_memory:
            return self._in_memory[name]
        if name not in self._names:
            raise KeyError(name)
        return pd.read_csv(self.out / f"{name}.csv")

    def __iter__(self):
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, name) -> bool:
        return name in self._names


def _rename(source: Path, target: Path) -> None:
    """Move a finished table into place (atomic on one file system)."""
    os.replace(source, target)


class _TableSink:
    """The per-article tables of a run with ``out=``, streamed to disk.

    Everything goes to a hidden temporary directory inside ``out`` (same file
    system, so the final renames are atomic): each written table is appended
    as CSV batch by batch, and each batch table that an aggregate or a
    cross-article table needs later is also appended there to a pickle stream
    (an exact round trip) and read back whole only when that aggregate runs,
    one table at a time. :meth:`publish` renames the finished CSV files into ``out``;
    :meth:`discard` removes the directory, so an interrupted run leaves the
    previous tables or none, never a half-written one.
    """

    def __init__(self, out: Path, keep: set[str]):
        self.created = not out.exists()  # removed again if the run fails
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.dir = Path(tempfile.mkdtemp(dir=out, prefix=".framing-run-"))
        self.keep = keep
        self.handles: dict[str, object] = {}
        self.pickles: dict[str, object] = {}
        self.n_rows: dict[str, int] = {}

    def append(self, name: str, table: pd.DataFrame, *, write: bool) -> None:
        self.n_rows[name] = self.n_rows.get(name, 0) + len(table)
        if write:
            handle = self.handles.get(name)
            if handle is None:
                path = self.dir / f"{name}.csv"
                handle = self.handles[name] = open(path, "w", encoding="utf-8", newline="")
                header = True
            else:
                header = False
            if header or len(table):
                # formatted as write_table formats, so streamed bytes equal a whole write
                with_formatted_floats(table, FLOAT_FORMAT).to_csv(
                    handle, index=False, header=header, lineterminator="\n"
                )
        if name in self.keep:
            handle = self.pickles.get(name)
            if handle is None:
                handle = self.pickles[name] = open(self.dir / f"{name}.pickles", "wb")
            pickle.dump(table, handle, protocol=pickle.HIGHEST_PROTOCOL)

    def load(self, name: str) -> pd.DataFrame:
        """The whole table, exactly as concatenated in memory."""
        self.pickles[name].flush()
        frames = []
        with open(self.dir / f"{name}.pickles", "rb") as handle:
            while True:
                try:
                    frames.append(pickle.load(handle))
                except EOFError:
                    break
        return _concat(frames)

    def write(self, name: str, table: pd.DataFrame) -> None:
        """A table made at the end (an aggregate), written whole."""
        from .io import write_table

        self.n_rows[name] = len(table)
        write_table(table, self.dir / f"{name}.csv")

    def _close(self) -> None:
        for handle in [*self.handles.values(), *self.pickles.values()]:
            handle.close()

    def publish(self, names: list[str]) -> list[Path]:
        """Close the streamed files and rename every finished table into ``out``."""
        self._close()
        published = []
        for name in names:
            source = self.dir / f"{name}.csv"
            if source.exists():
                target = self.out / f"{name}.csv"
                _rename(source, target)
                published.append(target)
        return published

    def discard(self) -> None:
        """Remove the temporary files (and ``out`` if this run made it and left it empty)."""
        self._close()
        shutil.rmtree(self.dir, ignore_errors=True)
        if self.created and not any(self.out.iterdir()):
            self.out.rmdir()


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Batch tables in order. Empty batch tables are left out (when any row
    exists) since a module may type an empty table less precisely (``object``
    for ``str``), and one such batch would change the dtype of the whole column."""
    rows = [frame for frame in frames if len(frame)]
    return pd.concat(rows or frames[:1], ignore_index=True)


def _sort_counts(table: pd.DataFrame) -> pd.DataFrame:
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


def _sum_counts(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Add partial count tables: numeric columns summed over the other columns."""
    table = _concat(frames)
    numeric = [c for c in table.columns if pd.api.types.is_numeric_dtype(table[c])]
    keys = [c for c in table.columns if c not in numeric]
    if not numeric or not keys:
        return table
    summed = table.groupby(keys, sort=False, dropna=False)[numeric].sum().reset_index()
    return summed[table.columns]


def analyze(
    corpus,
    *,
    tables=None,
    actors=None,
    sources=None,
    spelling_variants=None,
    model: str | None = None,
    cache_dir: str | Path | None = None,
    use_cache: bool = True,
    workers: int = 1,
    dask=None,
    batch_size: int = BATCH_SIZE,
    progress: bool | None = None,
    out: str | Path | None = None,
) -> Analysis:
    """Every table of the package for a corpus, streaming the parse in batches.

    Parameters
    ----------
    corpus : pandas.DataFrame, str or Path
        A corpus table or anything :func:`framing.load_corpus` accepts.
    tables : iterable of str, optional
        Names from :data:`TABLES` (inputs of aggregates are added); default all.
    actors : str, Path, DataFrame or ActorTaxonomy, optional
        The study's actor taxonomy (:func:`framing.load_actors`); default the
        generic one shipped with framing. Passed to every table function that
        takes ``actors=``.
    sources : str, Path, DataFrame or ActorTaxonomy, optional
        The study's source taxonomy (``framing.sources.load_sources``), passed
        to every table function that takes ``sources=``.
    spelling_variants : None, path, SpellingMap or a list of these
        Spelling variants merged before words are compared
        (:func:`framing.textnorm.load_spelling_variants`); a study adds its own
        with ``[None, "my_variants.csv"]``. Passed to every table function
        that takes ``spelling_variants=``.
    model : str, optional
        spaCy pipeline; see :func:`framing.resolve_model`.
    cache_dir : str or Path, optional
        Parse cache (default :func:`framing.parse.default_cache_dir`). With a
        remote Dask cluster it must be a path every worker can reach, or pass
        ``use_cache=False``.
    use_cache : bool, default True
    workers : int, default 1
        Worker processes on this machine (or the number of LocalCluster workers
        with ``dask="local"``).
    dask : str or distributed.Client, optional
        ``"local"`` for a LocalCluster, a scheduler address, or a connected Client.
    batch_size : int, default :data:`BATCH_SIZE`
        Articles per batch: the most Docs a worker holds at once. With
        ``workers > 1`` it is lowered so each worker gets at least
        :data:`MIN_BATCHES_PER_WORKER` batches.
    progress : bool, optional
        Progress bar on stderr; by default from :data:`PROGRESS_MIN_ARTICLES` articles.
    out : str or Path, optional
        Directory for the tables (``<name>.csv``, created if missing), as
        ``framing analyze --out`` writes them. Per-article tables are appended
        there batch by batch, under temporary names, so memory stays flat
        however large the corpus; every table is renamed into place only once
        the whole run has succeeded. Without ``out`` every table is kept in
        memory and nothing is written.

    Returns
    -------
    Analysis
        ``tables`` in registry order, each exactly what the module's own table
        function returns for the whole corpus (row order = corpus order), and
        ``skipped`` tables with the reason. With ``out``, ``tables`` reads each
        per-article table back from its CSV file when it is asked for (a
        :class:`SavedTables`; the aggregates stay in memory), so the return
        value stays useful without holding a large corpus's rows; ``n_rows``
        and ``outlet_rows`` give sizes without reading anything.

    Raises
    ------
    framing.CorpusError
        If the input is not a valid corpus.
    framing.ModelNotFoundError
        If the pipeline is not installed.
    ValueError
        For an unknown table name, a bad ``workers`` / ``batch_size`` or actor file.

    Notes
    -----
    Per-article tables are identical across runners because each batch is
    processed by the same function and gathered in input order, and a table
    streamed to ``out`` has the bytes :func:`write_tables` writes for the
    same table held in memory (tested). Aggregates are computed in this
    process from the finished tables, never from Docs; with ``out`` each reads
    back only the tables it summarises, one at a time, so the run's peak
    memory is the parse plus the largest such table. The corpus table itself
    (the texts) is held throughout. Without ``out`` the tables are kept in
    memory (a few times the size of the text); the Docs, which are ~100
    times larger, are never kept.
    """
    from .actors import load_actors
    from .corpus import CORPUS_COLUMNS, load_corpus
    from .nlp import resolve_model

    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    started = time.perf_counter()
    if not isinstance(corpus, pd.DataFrame) or set(CORPUS_COLUMNS) - set(corpus.columns):
        # a path, or a table of one's own (say article_id, outlet, text): validated
        # and completed by load_corpus; a table load_corpus made is used as it is
        corpus = load_corpus(corpus)
    corpus = corpus.reset_index(drop=True)
    info = resolve_model(model)
    from .textnorm import load_spelling_variants

    options = {
        "actors": load_actors(actors),
        "sources": _load_sources(sources),
        "spelling_variants": load_spelling_variants(spelling_variants),
    }
    specs, skipped = available_tables(tables)
    job = BatchJob(
        model=info.name,
        cache_dir=str(cache_dir if cache_dir is not None else default_cache_dir()),
        use_cache=use_cache,
        tables=tuple(s for s in specs if s.kind in {"article", "counts"}),
        options=options,
    )

    if workers > 1:  # spread a small corpus over every worker; tables do not depend on it
        batch_size = max(1, min(batch_size, -(-len(corpus) // (workers * MIN_BATCHES_PER_WORKER))))
    closers: list = []
    if dask is not None:
        client, closers = _dask_client(dask, workers)
        results = _run_dask(_batches(corpus, batch_size), job, client, preload=True)
        runner = f"dask ({client.scheduler.address})"
    elif workers > 1:
        results = _run_processes(_batches(corpus, batch_size), job, workers)
        runner = f"{workers} processes"
    else:
        results = _run_serial(_batches(corpus, batch_size), job)
        runner = "1 process"

    show = progress if progress is not None else len(corpus) >= PROGRESS_MIN_ARTICLES
    bar = None
    if show:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(corpus), desc="analysing", unit="article", file=sys.stderr)
    writable = {spec.name for spec in TABLES if spec.write}
    outlet_of = dict(zip(corpus["article_id"], corpus["outlet"], strict=True))
    outlet_rows: dict[str, dict[str, int]] = {}
    parts: dict[str, list[pd.DataFrame]] = {spec.name: [] for spec in job.tables}
    n_parsed = 0
    sink = None
    try:
        try:
            if out is not None:
                # tables read back whole later: inputs of aggregates and cross-article tables
                keep = {
                    table
                    for spec in specs
                    if spec.kind in {"aggregate", "corpus"}
                    for _, table in spec.inputs
                }
                sink = _TableSink(Path(out), keep)
            for result in results:
                n_parsed += result.n_parsed
                for spec in job.tables:
                    table = result.tables[spec.name]
                    if spec.kind == "article" and "article_id" in table.columns:
                        counts = outlet_rows.setdefault(spec.name, {})
                        for article_id in table["article_id"].tolist():  # not per-element pandas
                            outlet = outlet_of.get(article_id)
                            counts[outlet] = counts.get(outlet, 0) + 1
                    if spec.kind == "counts" or sink is None:
                        parts[spec.name].append(table)
                        if spec.kind == "counts" and len(parts[spec.name]) > 1:
                            parts[spec.name] = [_sum_counts(parts[spec.name])]
                    else:
                        sink.append(spec.name, table, write=spec.name in writable)
                if bar is not None:
                    bar.update(result.n_articles)
        finally:
            if bar is not None:
                bar.close()
            results.close()
            for closer in closers:
                closer.close()

        finished: dict[str, pd.DataFrame] = {}
        for spec in job.tables:
            if sink is not None and spec.kind == "article":
                continue  # on disk
            finished[spec.name] = _concat(parts.pop(spec.name))
            if spec.kind == "counts":  # an order that does not depend on the batching
                finished[spec.name] = _sort_counts(finished[spec.name])

        def table_of(name: str) -> pd.DataFrame:
            return finished[name] if name in finished else sink.load(name)

        for spec in specs:
            if spec.kind != "aggregate":
                continue
            function = _resolve(spec)
            inputs = {keyword: table_of(table) for keyword, table in spec.inputs}
            fixed = {**_accepted(function, options), **dict(spec.options)}
            finished[spec.name] = function(corpus, **inputs, **fixed)
            del inputs
        whole = [spec for spec in specs if spec.kind == "corpus"]
        if whole and len(corpus) > MAX_CORPUS_TABLE_ARTICLES:
            names = ", ".join(spec.name for spec in whole)
            reason = (
                f"compares every pair of articles or sentences; made for at most "
                f"{MAX_CORPUS_TABLE_ARTICLES} articles (this corpus has {len(corpus)}): run "
                "it on a few days of coverage at a time"
            )
            logger.info("skipping %s: %s", names, reason)
            skipped.update({spec.name: reason for spec in whole})
            whole = []
        if whole:
            parsed = parse(
                corpus,
                model=info.name,
                cache_dir=job.cache_dir,
                use_cache=use_cache,
                batch_size=NLP_BATCH_SIZE,
                progress=False,
            )
            for spec in whole:
                function = _resolve(spec)
                inputs = {keyword: table_of(table) for keyword, table in spec.inputs}
                fixed = {**_accepted(function, options), **dict(spec.options)}
                finished[spec.name] = function(parsed, **inputs, **fixed)
                del inputs
            del parsed
        names = [spec.name for spec in specs if spec.name in finished or spec.kind == "article"]
        if sink is None:
            tables: Mapping[str, pd.DataFrame] = {name: finished[name] for name in names}
            n_rows = {name: len(table) for name, table in tables.items()}
        else:
            for name in names:
                if name in finished and name in writable:
                    sink.write(name, finished[name])
            sink.publish([name for name in names if name in writable])
            n_rows = {
                name: sink.n_rows[name] if name in sink.n_rows else len(finished[name])
                for name in names
            }
            kept = {name: finished[name] for name in names if _spec_kind(name) != "article"}
            tables = SavedTables(sink.out, names, kept)
    finally:
        if sink is not None:
            sink.discard()
    return Analysis(
        tables=tables,
        skipped=skipped,
        n_articles=len(corpus),
        n_parsed=n_parsed,
        seconds=time.perf_counter() - started,
        runner=runner,
        model=info.name,
        out=None if sink is None else sink.out,
        n_rows=n_rows,
        outlet_rows=outlet_rows,
    )


def _spec_kind(name: str) -> str:
    """The ``kind`` of a table of :data:`TABLES`."""
    return next(spec.kind for spec in TABLES if spec.name == name)


def _load_sources(sources):
    """The source taxonomy, read once here rather than once per batch."""
    try:
        from .sources import load_sources
    except ModuleNotFoundError:
        return sources
    return load_sources(sources)


def write_tables(analysis: Analysis, out: str | Path) -> list[Path]:
    """Write every table of ``analysis`` marked ``write`` as ``out/<name>.csv``, atomically.

    A run made with ``out=`` has written its tables already: they are copied
    byte for byte (not read back and rewritten), or left alone when ``out`` is
    that directory.
    """
    from .io import atomic_path, write_table

    writable = {spec.name for spec in TABLES if spec.write}
    out = Path(out)
    names = [name for name in analysis.tables if name in writable]
    if analysis.out is None:
        return [write_table(analysis.tables[name], out / f"{name}.csv") for name in names]
    paths = []
    for name in names:
        source, target = analysis.out / f"{name}.csv", out / f"{name}.csv"
        if source.resolve() != target.resolve():
            with atomic_path(target) as tmp:
                shutil.copyfile(source, tmp)
        paths.append(target)
    return paths
