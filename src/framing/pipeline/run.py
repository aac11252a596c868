"""``analyze``: every table of the package for a corpus, in named steps.

1. :func:`run_options` reads the taxonomies once and refuses an option no table takes;
2. :func:`start_runner` starts the batches on the chosen runner;
3. :func:`collect_batches` gathers the batch tables (to disk with ``out=``);
4. :func:`finish_batch_tables` joins them, and
   :mod:`framing.pipeline.endtables` makes the tables computed at the end
   (cross-article tables story by story for a large corpus);
5. :func:`publish_run` is where a finished run is published: with ``out=``,
   every table, ``skipped.csv``, ``report.md`` and ``manifest.json`` are
   written into the run folder and switched into ``out`` as one set
   (:mod:`framing.pipeline.publish` says how and why).
"""

from __future__ import annotations

import inspect
import logging
import os
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from ..actors import load_actors
from ..corpus import CORPUS_COLUMNS, load_corpus
from ..hints import SpellingInput, TaxonomyInput
from ..nlp import resolve_model
from ..parse import default_cache_dir
from ..sources import load_sources
from ..textnorm import load_spelling_variants
from .batches import BATCH_SIZE, ArticleError, BatchJob, concat_tables, sort_counts, sum_counts
from .endtables import MAX_CORPUS_TABLE_ARTICLES, make_aggregates, make_corpus_tables
from .formats import table_path
from .outputs import owned_files, run_manifest, write_tables
from .publish import SKIPPED_COLUMNS, corpus_sha256, new_run_id, switch_in, write_table, writing_to
from .registry import TABLES, TableSpec, available_tables, lexicon_takers
from .report import render_report
from .runners import MIN_BATCHES_PER_WORKER, dask_client, iter_batches, run_dask, run_processes, run_serial
from .sink import SavedTables, TableSink

if TYPE_CHECKING:  # dask is an optional extra
    from distributed import Client

__all__ = [
    "MAX_CORPUS_TABLE_ARTICLES",
    "PROGRESS_MIN_ARTICLES",
    "Analysis",
    "UnusedOptionError",
    "analyze",
    "publish_run",
    "run_options",
    "write_tables",
]

logger = logging.getLogger("framing.pipeline")

#: Show a progress bar by default from this many articles on.
PROGRESS_MIN_ARTICLES = 20
#: Kinds of table made batch by batch (the others are made at the end).
BATCH_KINDS = ("article", "counts")


class UnusedOptionError(TypeError):
    """An option was given to :func:`analyze` that none of the tables asked for takes."""


@dataclass
class Analysis:
    """The tables of one run and what the run did.

    ``tables`` maps table name to DataFrame (``analysis["passives"]`` works too);
    ``skipped`` maps a table that could not be made to the reason. After a run
    with ``out=``, ``tables`` is a :class:`~framing.pipeline.sink.SavedTables`:
    the per-article tables are read from their CSV files when asked for, never
    all held at once. ``out`` is that directory (None for an in-memory run),
    ``n_rows`` the rows of every table and ``outlet_rows`` the rows per outlet
    of every per-article table with an ``article_id`` column (counted while
    streaming, so a report needs no table read back). ``skipped_articles``
    is the ``skipped`` table: the articles that could not be parsed or
    measured, left out of every table (columns ``article_id, file, stage,
    reason``). ``run_id`` and ``corpus_sha256`` identify the run (and are in
    its ``manifest.json``, which ``manifest`` holds after a run with ``out=``).
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
    format: str = "csv"
    skipped_articles: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=SKIPPED_COLUMNS))
    run_id: str = ""
    corpus_sha256: str = ""
    model_version: str = ""
    tables_asked: list[str] | None = None
    escape_formulas: bool = True
    manifest: dict | None = None

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    def __contains__(self, name: str) -> bool:
        return name in self.tables


@dataclass
class Collected:
    """What :func:`collect_batches` gathered: tables kept in memory, rows per outlet."""

    parts: dict[str, list[pd.DataFrame]]
    outlet_rows: dict[str, dict[str, int]] = field(default_factory=dict)
    n_parsed: int = 0
    skipped: list[tuple] = field(default_factory=list)


def analyze(
    corpus: pd.DataFrame | str | os.PathLike,
    *,
    tables: Iterable[str] | None = None,
    actors: TaxonomyInput = None,
    sources: TaxonomyInput = None,
    spelling_variants: SpellingInput = None,
    lexicons: Mapping | None = None,
    model: str | None = None,
    cache_dir: str | Path | None = None,
    use_cache: bool = True,
    workers: int = 1,
    dask: str | Client | None = None,
    batch_size: int = BATCH_SIZE,
    progress: bool | None = None,
    out: str | Path | None = None,
    format: str = "csv",
    strict: bool = False,
    escape_formulas: bool = True,
    input_name: str | None = None,
    extra_files: Callable[[Analysis, Path], object] | None = None,
) -> Analysis:
    """Every table of the package for a corpus, streaming the parse in batches.

    Parameters
    ----------
    corpus : pandas.DataFrame, str or Path
        A corpus table or anything :func:`framing.load_corpus` accepts.
    tables : iterable of str, optional
        Names from :data:`~framing.pipeline.TABLES` (inputs of aggregates are added); default all.
    actors : str, Path, DataFrame or ActorTaxonomy, optional
        The study's actor taxonomy (:func:`framing.load_actors`); default the
        generic one shipped with framing. Passed to every table function that
        takes ``actors=``.
    sources : str, Path or DataFrame, optional
        The study's source taxonomy (``framing.sources.load_sources``), passed
        to every table function that takes ``sources=``.
    spelling_variants : None, path, SpellingMap or a list of these
        Spelling variants merged before words are compared
        (:func:`framing.textnorm.load_spelling_variants`); a study adds its own
        with ``[None, "my_variants.csv"]``. Passed to every table function
        that takes ``spelling_variants=``.
    lexicons : mapping, optional
        A study's own word lists and taxonomies, ``{name: path}``, by the
        names of :data:`~framing.pipeline.registry.LEXICON_OPTIONS`
        (``harm_terms``, ``harm_causes``, ``victims``, ``hedge_cues``,
        ``reporting_verbs``, ``event_labels``, ``loaded_language``,
        ``people_nouns``, ``stop_words``, ``stative``, ``quantities``,
        ``toll_terms``, ``vader_domain``); each is passed to the table functions that read
        it, under their keyword. A list not named keeps the packaged one.
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
    batch_size : int, default :data:`~framing.pipeline.BATCH_SIZE`
        Articles per batch: the most Docs a worker holds at once. With
        ``workers > 1`` it is lowered so each worker gets at least
        :data:`~framing.pipeline.MIN_BATCHES_PER_WORKER` batches.
    progress : bool, optional
        Progress bar on stderr; by default from :data:`PROGRESS_MIN_ARTICLES` articles.
    out : str or Path, optional
        Directory for the tables (``<name>.csv``, created if missing), as
        ``framing analyze --out`` writes them, with ``skipped.csv``,
        ``report.md`` and ``manifest.json``. Per-article tables are appended
        to a hidden run folder there batch by batch, so memory stays flat
        however large the corpus; the run's files are switched into ``out``
        as one set only once the whole run has succeeded, and tables of an
        earlier run that this one did not make are removed
        (:mod:`framing.pipeline.publish`; read them back with
        :func:`framing.read_run`). Without ``out`` every table is kept in
        memory and nothing is written.
    format : {"csv", "parquet"}, default "csv"
        File format of the tables written to ``out`` (see
        :mod:`framing.pipeline.formats`): Parquet keeps each column's dtype.
        ``skipped.csv`` is CSV in either format.
    strict : bool, default False
        Stop at the first article that cannot be parsed or measured (raise
        :class:`~framing.pipeline.batches.ArticleError`), and at the first
        table that cannot be computed, instead of skipping it with a warning.
    escape_formulas : bool, default True
        With ``out``, put a ``'`` before text cells of the CSV tables a
        spreadsheet would run as a formula
        (:func:`framing.pipeline.publish.escape_formulas`); Parquet tables are
        written as they are.
    input_name : str, optional
        What the corpus was read from, for report.md; default the path when
        ``corpus`` is one.
    extra_files : callable, optional
        With ``out``, called as ``extra_files(analysis, folder)`` once the
        tables and report.md are in the run folder and before it is switched
        in: ``analysis`` reads its tables from ``folder``, and every file the
        call writes under ``folder`` is published with the tables and listed
        in ``manifest.json`` (``framing analyze`` writes removed_lines, the
        figures and evidence.html this way).

    Returns
    -------
    Analysis
        ``tables`` in registry order, each exactly what its table function
        returns for the whole corpus (row order = corpus order), and
        ``skipped`` tables with the reason. With ``out``, ``tables`` reads each
        per-article table back from its CSV file when it is asked for (a
        :class:`~framing.pipeline.sink.SavedTables`; the aggregates stay in
        memory); ``n_rows`` and ``outlet_rows`` give sizes without reading anything.

    Raises
    ------
    framing.CorpusError
        If the input is not a valid corpus.
    framing.ModelNotFoundError
        If the pipeline is not installed.
    TypeError
        If ``actors``, ``sources``, ``spelling_variants`` or a list of
        ``lexicons`` is given but none of the tables asked for takes it, or
        ``lexicons`` names a list framing does not know.
    ValueError
        For an unknown table name, a bad ``workers`` / ``batch_size`` or actor file.
    framing.pipeline.publish.OutputError
        An OSError: ``out`` cannot be written (a file, read-only, full disk),
        in one line naming it. ``out`` is then left as it was.
    framing.pipeline.batches.ArticleError
        With ``strict=True``, naming the first article that failed; and whenever
        every article failed (a broken pipeline, not a bad article).
    framing.pipeline.runners.WorkerLostError
        If a worker process dies twice on the same batch (``workers > 1``).

    Notes
    -----
    Per-article tables are identical across runners because each batch is
    processed by the same function and gathered in input order, and a table
    streamed to ``out`` has the bytes :func:`write_tables` writes for the
    same table held in memory (tested). Aggregates are computed in this
    process from the finished tables, never from Docs; with ``out`` each reads
    back only the tables it summarises, one at a time, so the run's peak
    memory is the parse plus the largest such table. The corpus table itself
    (the texts) is held throughout; the Docs, ~100 times larger, are never kept.

    An article whose parse or measure raises is left out of every table and
    listed in ``skipped_articles`` (with a warning); a table made at the end
    whose function raises is left out with the reason in ``skipped``; the rest
    of the run goes on (unless ``strict``). An OSError is never skipped.
    """
    started = time.perf_counter()
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    table_path(".", "check", format)  # an unknown format fails before the parse
    if input_name is None and isinstance(corpus, (str, Path)):
        input_name = str(corpus)
    corpus = as_corpus(corpus)
    info = resolve_model(model)
    specs = available_tables(tables)
    options = run_options(specs, actors=actors, sources=sources, spelling_variants=spelling_variants, lexicons=lexicons)
    job = BatchJob(
        model=info.name,
        cache_dir=str(cache_dir if cache_dir is not None else default_cache_dir()),
        use_cache=use_cache,
        tables=tuple(spec for spec in specs if spec.kind in BATCH_KINDS),
        options=options,
        strict=strict,
    )
    # the output folder first: a bad --out fails before any article is parsed
    sink = (
        None if out is None else TableSink(Path(out), read_back(specs), format=format, escape_formulas=escape_formulas)
    )
    try:
        results, runner, closers = start_runner(corpus, job, workers=workers, dask=dask, batch_size=batch_size)
        show = progress if progress is not None else len(corpus) >= PROGRESS_MIN_ARTICLES
        collected = collect_batches(results, job, corpus, sink, progress=show, closers=closers)
        finished, not_made = finish_batch_tables(job, collected, streamed=sink is not None)
        if collected.skipped and len(collected.skipped) == len(corpus):  # the run, not an article, is broken
            first = collected.skipped[0]
            raise ArticleError(
                f"every article failed ({len(corpus)}), so no table was made; the first, {first[0]}, "
                f"at {first[2]}: {first[3]}"
            )
        kept = corpus
        if collected.skipped:  # the tables made at the end see only the articles every table has
            left_out = {row[0] for row in collected.skipped}
            kept = corpus[~corpus["article_id"].isin(left_out)].reset_index(drop=True)
        not_made |= make_aggregates(specs, kept, finished, sink, options, strict=strict)
        not_made |= make_corpus_tables(specs, kept, finished, sink, options, job, strict=strict)
        streamed = sink.n_rows if sink is not None else {}
        names = [spec.name for spec in specs if spec.name in finished or spec.name in streamed]
        analysis = Analysis(
            tables={name: finished[name] for name in names if name in finished},
            skipped={spec.name: not_made[spec.name] for spec in specs if spec.name in not_made},
            n_articles=len(corpus),
            n_parsed=collected.n_parsed,
            seconds=0.0,
            runner=runner,
            model=info.name,
            outlet_rows=collected.outlet_rows,
            skipped_articles=pd.DataFrame(collected.skipped, columns=SKIPPED_COLUMNS),
            run_id=new_run_id(),
            corpus_sha256=corpus_sha256(corpus),
            model_version=info.version,
            tables_asked=None if tables is None else [spec.name for spec in specs],
            escape_formulas=escape_formulas,
            format=format,
        )
        analysis.n_rows = {name: len(table) for name, table in analysis.tables.items()}
        publish_run(
            analysis, names, finished, sink, started=started, input_name=input_name or "", extra_files=extra_files
        )
    finally:
        if sink is not None:
            sink.discard()
    return analysis


def as_corpus(corpus) -> pd.DataFrame:
    """A corpus table with a fresh index: a table :func:`framing.load_corpus` made is
    used as it is; a path, or a table of one's own (say article_id, outlet, text),
    is validated and completed by it."""
    if not isinstance(corpus, pd.DataFrame) or set(CORPUS_COLUMNS) - set(corpus.columns):
        corpus = load_corpus(corpus)
    return corpus.reset_index(drop=True)


def run_options(specs: list[TableSpec], *, actors=None, sources=None, spelling_variants=None, lexicons=None) -> dict:
    """The run-wide options, each read once here rather than once per batch.

    Raises
    ------
    UnusedOptionError
        A TypeError: an option is given (not None) but none of ``specs`` takes it, so a
        taxonomy passed for tables that are not made is not silently unused.
    """
    given = {"actors": actors, "sources": sources, "spelling_variants": spelling_variants}
    for key, value in given.items():
        takers = [spec.name for spec in specs if key in inspect.signature(spec.function).parameters]
        if value is not None and not takers:
            names = ", ".join(spec.name for spec in specs)
            raise UnusedOptionError(f"{key}= is taken by none of the tables asked for ({names})")
    given_lists = {name: value for name, value in (lexicons or {}).items() if value is not None}
    for name in given_lists:
        if not lexicon_takers(name, [spec.function for spec in specs]):
            names = ", ".join(spec.name for spec in specs)
            raise UnusedOptionError(f"lexicons[{name!r}] is read by none of the tables asked for ({names})")
    return {
        "actors": load_actors(actors),
        "sources": load_sources(sources),
        "spelling_variants": load_spelling_variants(spelling_variants),
        "lexicons": {name: str(value) for name, value in given_lists.items()},
    }


def start_runner(corpus: pd.DataFrame, job: BatchJob, *, workers: int, dask, batch_size: int):
    """The batch results (a generator, in input order), the runner's name and what to close."""
    if workers > 1:  # spread a small corpus over every worker; tables do not depend on it
        batch_size = max(1, min(batch_size, -(-len(corpus) // (workers * MIN_BATCHES_PER_WORKER))))
    batches = iter_batches(corpus, batch_size)
    if dask is not None:
        client, closers = dask_client(dask, workers)
        return run_dask(batches, job, client, preload=True), f"dask ({client.scheduler.address})", closers
    if workers > 1:
        return run_processes(batches, job, workers), f"{workers} processes", []
    return run_serial(batches, job), "1 process", []


def read_back(specs: list[TableSpec]) -> set[str]:
    """Tables read back whole later: the inputs of aggregates and cross-article tables."""
    return {table for spec in specs if spec.kind not in BATCH_KINDS for _, table in spec.inputs}


def collect_batches(results, job: BatchJob, corpus: pd.DataFrame, sink, *, progress: bool, closers) -> Collected:
    """Gather every batch's tables: streamed to ``sink`` or kept, counts summed as they come."""
    bar = None
    if progress:
        from tqdm.auto import tqdm  # only when a bar is shown

        bar = tqdm(total=len(corpus), desc="analysing", unit="article", file=sys.stderr)
    writable = {spec.name for spec in TABLES if spec.write}
    outlet_of = dict(zip(corpus["article_id"], corpus["outlet"], strict=True))
    collected = Collected(parts={spec.name: [] for spec in job.tables})
    try:
        for result in results:
            collected.n_parsed += result.n_parsed
            for row in result.skipped:
                logger.warning("skipped article %s (%s): %s", row[0], row[2], row[3])
            collected.skipped.extend(result.skipped)
            for spec in job.tables:
                table = result.tables.get(spec.name)
                if table is None:  # every article of the batch was skipped
                    continue
                if spec.kind == "article" and "article_id" in table.columns:
                    counts = collected.outlet_rows.setdefault(spec.name, {})
                    for article_id in table["article_id"].tolist():  # not per-element pandas
                        outlet = outlet_of.get(article_id)
                        counts[outlet] = counts.get(outlet, 0) + 1
                parts = collected.parts[spec.name]
                if spec.kind == "counts" or sink is None:
                    parts.append(table)
                    if spec.kind == "counts" and len(parts) > 1:
                        collected.parts[spec.name] = [sum_counts(parts)]
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
    return collected


def finish_batch_tables(
    job: BatchJob, collected: Collected, *, streamed: bool
) -> tuple[dict[str, pd.DataFrame], dict[str, str]]:
    """The batch tables held in memory, joined (per-article tables streamed to disk stay
    there), and the tables no article made (every article skipped) with the reason."""
    finished: dict[str, pd.DataFrame] = {}
    not_made = {}
    for spec in job.tables:
        if streamed and spec.kind == "article":
            continue
        parts = collected.parts.pop(spec.name)
        if not parts:
            not_made[spec.name] = "every article was skipped (skipped.csv says why)"
            continue
        finished[spec.name] = concat_tables(parts)
        if spec.kind == "counts":  # an order that does not depend on the batching
            finished[spec.name] = sort_counts(finished[spec.name])
    return finished, not_made


def publish_run(
    analysis: Analysis,
    names: list[str],
    finished: dict,
    sink,
    *,
    started: float,
    input_name: str = "",
    extra_files: Callable[[Analysis, Path], object] | None = None,
) -> Analysis:
    """Publish a finished run: the one place where a run's files are written and put in place.

    Without a sink (no ``out=``) the tables stay in memory. With one, the
    tables made at the end, ``skipped.csv`` and ``report.md`` are written into
    the run folder beside the streamed tables, ``manifest.json`` is made from
    the same ``analysis``, and the folder is switched into ``out``
    (:func:`~framing.pipeline.publish.switch_in`). Anything else a run writes
    (figures, say) belongs in the run folder before the switch, so that it is
    published with the tables it was made from: ``extra_files(analysis, folder)``
    writes it there, after report.md and before the manifest.

    ``analysis`` is completed in place (``tables``, ``n_rows``, ``seconds``,
    ``out``, ``manifest``) and returned.
    """
    if sink is None:
        analysis.seconds = time.perf_counter() - started
        return analysis
    writable = {spec.name for spec in TABLES if spec.write}
    for name in names:
        if name in finished and name in writable:
            sink.write(name, finished[name])
    sink.finish([name for name in names if name in writable])
    with writing_to(sink.out):
        write_table(analysis.skipped_articles, sink.dir / "skipped.csv", escape=analysis.escape_formulas)
    analysis.n_rows = {name: sink.n_rows[name] if name in sink.n_rows else len(finished[name]) for name in names}
    kept = {name: finished[name] for name in names if name in finished}  # streamed tables are not
    saved = {"format": sink.format, "escaped": analysis.escape_formulas}
    analysis.tables = SavedTables(sink.dir, names, kept, **saved)
    analysis.out = sink.dir  # the report (and extra_files) read the tables from the run folder
    analysis.seconds = time.perf_counter() - started
    with writing_to(sink.out):
        (sink.dir / "report.md").write_text(render_report(analysis, input_name=input_name), encoding="utf-8")
        if extra_files is not None:
            extra_files(analysis, sink.dir)
    published = [name for name in names if name in writable]
    analysis.manifest = run_manifest(analysis, sink.dir, published)
    switch_in(sink.dir, sink.out, analysis.manifest, owned=owned_files())
    analysis.tables = SavedTables(sink.out, names, kept, **saved)
    analysis.out = sink.out
    return analysis
