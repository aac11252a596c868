"""Publishing a run's tables as one step, and reading them back with a check.

What a run with ``out=`` leaves in ``OUT`` (``framing analyze --out OUT``):

* ``OUT/<table>.csv``: one plain CSV file per table, read by ``pandas.read_csv``
  or a spreadsheet as they are (:func:`read_run` keeps words such as "NA" or "None"
  as text: only an empty field is missing);
* ``OUT/skipped.csv``: the articles that could not be parsed or measured
  (``article_id, file, stage, reason``; a header only when none was skipped);
* ``OUT/report.md``: a short report of the run;
* ``OUT/manifest.json``: what the run published, written last. It holds the
  run id, the corpus hash, the framing version and pipeline, every file of
  the run with its rows (tables) and sha256, and every table the run did not
  make with the reason.

How a run publishes (:func:`switch_in`). Every file is first written into a
fresh hidden folder ``OUT/.framing-run-<pid>-<random>`` (the same file
system, so renames are atomic). Only when the whole run has succeeded is the
set switched in: the old ``manifest.json`` is removed, the files are renamed
into ``OUT`` one by one, the files an earlier run left that this run did not
make are removed (any table name framing knows, and anything the old manifest
listed), and the new ``manifest.json`` is renamed into place last. So:

* while ``OUT/manifest.json`` exists, every file it lists is the one it
  describes (same sha256), from the same run, and no other table of framing is
  in ``OUT``;
* Ctrl-C and SIGTERM are held back during the switch (:func:`signals_held`),
  so they take effect before it or after it; a run killed with SIGKILL while
  switching in (a window of milliseconds) leaves ``OUT`` without a manifest:
  :func:`read_run` refuses it, and the next run replaces it whole;
* a run killed or failing earlier leaves ``OUT`` as it was.

A single folder rename would make the switch itself atomic, but ``OUT`` would
then have to be replaced as a whole (with whatever else a user keeps there) or
the tables would move to a versioned sub-folder; a manifest renamed into place
last keeps ``OUT/<table>.csv`` where users and notebooks read it. A reader
that must never see a mixed set reads through :func:`read_run` (or checks the
manifest itself); ``pandas.read_csv`` on one file always gets a complete file.

Leftovers: a run removes the ``.framing-run-*`` folder it made on every exit
(success, error, Ctrl-C and, in the command line, SIGTERM); a folder left by a
run killed with SIGKILL is removed when the next run into the same ``OUT``
starts (only folders whose process is gone, so two runs into one folder do
not remove each other's work).

Formula escaping: a text cell that starts with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return and is not a number is written with a ``'`` in front
(:func:`escape_formulas`, the OWASP rule for CSV injection), so a spreadsheet
shows it as text instead of running it. Numeric columns, and numbers held as
text (``-3``), are written as they are. The manifest records it
(``formulas_escaped``), and :func:`read_run` takes the ``'`` off again in
every CSV table it reads (``skipped`` and ``removed_lines`` too).
``escape_formulas=False`` (``--no-escape-formulas``) writes cells unchanged.

Every table file of a run is written by :func:`write_table`, the one place a
new file format would be added; with ``format="parquet"`` (``--format parquet``)
the tables are ``OUT/<table>.parquet`` and are never escaped (a Parquet cell
is not read as a formula).
"""

from __future__ import annotations

import errno as errno_codes
import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import threading
import time
from collections.abc import Iterable, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..io import FLOAT_FORMAT
from .formats import read_csv_table, read_table

__all__ = [
    "FORMULA_STARTS",
    "MANIFEST",
    "MANIFEST_FORMAT",
    "RUN_PREFIX",
    "SKIPPED_COLUMNS",
    "OutputError",
    "Run",
    "RunError",
    "corpus_sha256",
    "escape_formulas",
    "file_sha256",
    "make_run_dir",
    "new_run_id",
    "read_run",
    "remove_stale_runs",
    "rename",
    "signals_held",
    "switch_in",
    "unescape_formulas",
    "write_table",
    "writing_to",
]

#: Name of the file that says which files in ``OUT`` form one run; written last.
MANIFEST = "manifest.json"
#: Written into the manifest, so a later framing can read an older one.
MANIFEST_FORMAT = "framing-run/1"
#: Prefix of the hidden folder a run writes into before it is switched in.
RUN_PREFIX = ".framing-run-"
#: First characters that make a spreadsheet read a cell as a formula (OWASP,
#: "CSV Injection": =, +, -, @, tab, carriage return).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Columns of the ``skipped`` table: an article left out of every table, and why.
#: ``file`` is the corpus's ``file`` column when it has one, else empty (load_corpus
#: does not keep the name of each .txt file); ``stage`` is ``parse`` or ``measure <table>``.
SKIPPED_COLUMNS = ["article_id", "file", "stage", "reason"]

# a number written as text ("-3", "+1.5e3"): a spreadsheet reads it as that number, not a formula
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


class OutputError(OSError):
    """The output folder cannot be written (full disk, read-only, not a folder ...),
    with the path and what went wrong in one line."""

    def __init__(self, message: str, code: int | None = None):
        super().__init__(code, message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class RunError(ValueError):
    """An output folder that does not hold one complete run (no manifest, a file
    missing, changed or from another run)."""


@contextmanager
def writing_to(out: Path):
    """Turn an OSError raised while writing into ``out`` into an :class:`OutputError`."""
    try:
        yield
    except OutputError:
        raise
    except OSError as err:
        where = err.filename if err.filename else out
        reason = err.strerror or str(err)
        hint = {
            errno_codes.ENOSPC: "; free some space or choose another --out",
            errno_codes.EFBIG: "; the file size limit (ulimit -f) was reached",
            errno_codes.EROFS: "; choose a writable --out",
            errno_codes.EACCES: "; choose a folder you can write to",
            errno_codes.EPERM: "; choose a folder you can write to",
            errno_codes.ENOTDIR: "; a part of the path is a file, not a folder",
        }.get(err.errno, "")
        raise OutputError(f"cannot write the output to {out}: {reason} ({where}){hint}", err.errno) from err


# --------------------------------------------------------------------------- writing tables


def _text_columns(table: pd.DataFrame) -> list:
    return [
        column
        for column in table.columns
        if table[column].dtype == object or isinstance(table[column].dtype, pd.StringDtype)
    ]


def _first_chars(values: pd.Series, n: int) -> pd.Series | None:
    """The first ``n`` characters of each string (NaN for any other cell), or None when
    the column holds no string at all (an object column of booleans, say)."""
    try:
        return values.str[:n]
    except AttributeError:
        return None


def escape_formulas(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with a ``'`` put before every text cell a spreadsheet would run as a formula.

    A cell is escaped when it is a string starting with one of
    :data:`FORMULA_STARTS` and is not a number (``-3`` stays ``-3``). Numeric
    columns are never touched. Returns ``table`` itself when nothing needs
    escaping, else a copy.

    References
    ----------
    OWASP, "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection).
    """
    escaped = None
    for column in _text_columns(table):
        values = table[column]
        first = _first_chars(values, 1)
        if first is None:
            continue
        candidates = first.isin(FORMULA_STARTS)
        if not candidates.any():
            continue
        starts = values[candidates]
        risky = ~starts.str.fullmatch(_NUMBER).fillna(False).astype(bool)
        if not risky.any():
            continue
        if escaped is None:
            escaped = table.copy()
        index = starts.index[risky.to_numpy()]
        escaped[column] = escaped[column].astype(object)
        escaped.loc[index, column] = "'" + starts[risky]
    return table if escaped is None else escaped


def unescape_formulas(table: pd.DataFrame) -> pd.DataFrame:
    """Undo :func:`escape_formulas`: a leading ``'`` before a formula character is removed.

    Notes
    -----
    A cell that was written starting with ``'=`` (or ``'`` and another formula
    character) before escaping loses its quote; news text rarely holds one.
    """
    unescaped = None
    for column in _text_columns(table):
        values = table[column]
        first = _first_chars(values, 2)
        if first is None:
            continue
        marked = first.str[:1].eq("'") & first.str[1:2].isin(FORMULA_STARTS)
        marked = marked.fillna(False).astype(bool)
        if not marked.any():
            continue
        if unescaped is None:
            unescaped = table.copy()
        unescaped.loc[marked, column] = values[marked].str[1:]
    return table if unescaped is None else unescaped


def write_table(table: pd.DataFrame, target, *, format: str = "csv", header: bool = True, escape: bool = True) -> None:
    """Write ``table`` as CSV or Parquet to ``target``, the way every table file of a run is written.

    Parameters
    ----------
    table : pandas.DataFrame
    target : str, Path or text file handle
        A path (written whole) or, for CSV, an open handle (appended to: a table
        streamed batch by batch).
    format : {"csv", "parquet"}, default "csv"
        Parquet is written whole, with the table's dtypes and floats rounded as
        CSV writes them (:func:`framing.pipeline.formats.write_table`).
    header : bool, default True
        Write the column names (the first batch of a streamed table, or a whole table); CSV only.
    escape : bool, default True
        Escape formula-like text cells (:func:`escape_formulas`); CSV only, since a
        Parquet file is not opened by a spreadsheet as text and keeps the cells as they are.

    Notes
    -----
    CSV: UTF-8, ``\\n`` line ends, no index, floats with :data:`framing.io.FLOAT_FORMAT`;
    a table streamed in batches has the bytes of the whole table written at once.
    """
    if format != "csv":
        from .formats import write_table as write_formatted

        write_formatted(table, target, format)
        return
    if escape:
        table = escape_formulas(table)
    options = {"index": False, "header": header, "lineterminator": "\n", "float_format": FLOAT_FORMAT}
    if isinstance(target, (str, Path)):
        table.to_csv(target, encoding="utf-8", **options)
    else:
        table.to_csv(target, **options)


# --------------------------------------------------------------------------- hashes and ids


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes, read in 1 MB blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def corpus_sha256(corpus: pd.DataFrame) -> str:
    """sha256 of a corpus table: its column names, then every row's values in order.

    Two runs on the same articles with the same metadata have the same hash;
    a changed text, outlet, date or order of articles changes it.
    """
    digest = hashlib.sha256()
    digest.update(json.dumps([str(c) for c in corpus.columns]).encode("utf-8"))
    for row in corpus.itertuples(index=False, name=None):
        values = [None if (not isinstance(v, str) and pd.isna(v)) else str(v) for v in row]
        digest.update(b"\n" + json.dumps(values, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


def new_run_id() -> str:
    """A run id: UTC time to the second and 8 random hex digits (``20261205T071533Z-1a2b3c4d``)."""
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "-" + secrets.token_hex(4)


# --------------------------------------------------------------------------- the run folder


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    except OSError:
        return False
    return True


def remove_stale_runs(out: Path) -> list[Path]:
    """Remove the ``.framing-run-*`` folders in ``out`` left by runs that were killed.

    A folder is left alone while the process that made it (the pid in its
    name) is alive on this machine; a folder without a pid in its name (made
    by framing before 0.2) is always stale. Returns the folders removed.
    """
    removed = []
    if not out.is_dir():
        return removed
    for path in out.glob(RUN_PREFIX + "*"):
        pid_text = path.name[len(RUN_PREFIX) :].split("-", 1)[0]
        if pid_text.isdigit() and int(pid_text) != os.getpid() and _pid_alive(int(pid_text)):
            continue
        if pid_text.isdigit() and int(pid_text) == os.getpid() and path.is_dir():
            continue  # this process's own folder (a run inside a run: write_tables during analyze)
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def make_run_dir(out: Path) -> tuple[Path, bool]:
    """Create ``out`` if needed and a fresh run folder inside it; remove stale ones first.

    Returns the run folder and whether ``out`` was created by this call.

    Raises
    ------
    OutputError
        If ``out`` is a file, or it or the run folder cannot be created.
    """
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise OutputError(f"--out {out}: exists and is not a directory", errno_codes.ENOTDIR)
    with writing_to(out):
        created = not out.exists()
        out.mkdir(parents=True, exist_ok=True)
        remove_stale_runs(out)
        run_dir = out / f"{RUN_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
        run_dir.mkdir()
    return run_dir, created


def rename(source: Path, target: Path) -> None:
    """Move one file of the run folder into ``out`` (atomic on one file system)."""
    os.replace(source, target)


def _inside(name: str) -> bool:
    """Whether a file name of a manifest stays inside OUT (``figures/x.png``, not ``../x`` or ``/x``)."""
    path = Path(name)
    return bool(path.parts) and not path.is_absolute() and ".." not in path.parts


def _listed_files(manifest: Mapping) -> list[str]:
    return [entry["file"] for entry in manifest.get("files", [])]


def _read_manifest(out: Path) -> dict | None:
    try:
        return json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


@contextmanager
def signals_held():
    """Hold Ctrl-C (SIGINT) and SIGTERM back while the block runs; they act after it.

    The switch takes milliseconds; held, an interrupt or a scheduler's SIGTERM
    takes effect after the new manifest is in place instead of between two
    renames. Only SIGKILL (or a crash of the machine) can still cut a switch
    short. Python's handlers are swapped for ones that only note the signal
    (a signal mask would not do: another thread may receive it), then the
    previous handler is run for the first one noted. A no-op off the main thread.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    noted: list[tuple[int, object]] = []
    previous = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        handler = signal.getsignal(signum)
        if handler is not None:  # None: installed outside Python, left alone
            previous[signum] = signal.signal(signum, lambda number, frame: noted.append((number, frame)))
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if noted:
            signum, frame = noted[0]
            handler = previous[signum]
            if callable(handler):
                handler(signum, frame)
            elif handler == signal.SIG_DFL:
                signal.raise_signal(signum)


def switch_in(run_dir: Path, out: Path, manifest: Mapping, *, owned: Iterable[str]) -> list[Path]:
    """Publish the files of ``run_dir`` in ``out``; ``manifest`` is written last.

    Parameters
    ----------
    run_dir : Path
        The run folder, holding every file ``manifest["files"]`` lists.
    out : Path
        The output folder (``run_dir``'s parent).
    manifest : mapping
        What :data:`MANIFEST` will hold.
    owned : iterable of str
        File names framing may write in ``out`` (every table it knows): those not
        in this run are removed, with those the previous manifest listed.

    Returns
    -------
    list of Path
        The files published, the manifest last.
    """
    files = _listed_files(manifest)
    with writing_to(out), signals_held():
        (run_dir / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        previous = _read_manifest(out) or {}
        # from here until the new manifest is in place, OUT has none: a reader refuses it
        (out / MANIFEST).unlink(missing_ok=True)
        published = []
        for name in files:
            (out / name).parent.mkdir(parents=True, exist_ok=True)  # figures/
            rename(run_dir / name, out / name)
            published.append(out / name)
        for name in sorted((set(owned) | set(_listed_files(previous))) - set(files) - {MANIFEST}):
            if _inside(name):  # never outside OUT, whatever an old manifest says
                (out / name).unlink(missing_ok=True)
                folder = (out / name).parent
                if folder != out and folder.is_dir() and not any(folder.iterdir()):
                    folder.rmdir()  # a sub-folder (figures/) the run left empty
        rename(run_dir / MANIFEST, out / MANIFEST)
        published.append(out / MANIFEST)
    shutil.rmtree(run_dir, ignore_errors=True)
    return published


# --------------------------------------------------------------------------- reading a run back


@dataclass
class Run:
    """One complete run read back from its output folder by :func:`read_run`.

    ``manifest`` is ``manifest.json``; ``tables`` maps table name to its
    DataFrame (``run["passives"]`` works too), including the tables published
    beside the measures (``removed_lines`` from ``framing analyze``); ``not_made`` maps each table
    the run did not make to the reason; ``skipped`` is the ``skipped`` table
    (articles left out of every table).
    """

    out: Path
    manifest: dict
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)

    @property
    def run_id(self) -> str:
        return self.manifest["run_id"]

    @property
    def not_made(self) -> dict[str, str]:
        return dict(self.manifest.get("not_made", {}))

    @property
    def skipped(self) -> pd.DataFrame:
        return self.tables["skipped"]

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    def __contains__(self, name: str) -> bool:
        return name in self.tables


def read_run(out: str | Path, *, tables: Iterable[str] | None = None, owned: Iterable[str] | None = None) -> Run:
    """The tables of the run published in ``out``, after checking they form one run.

    Parameters
    ----------
    out : str or Path
        A folder written by ``framing analyze --out`` or ``framing.analyze(out=)``.
    tables : iterable of str, optional
        Only read these tables (every file is checked all the same); default all:
        every table the manifest names, and every other CSV or Parquet file it
        lists at the top of ``out`` (``removed_lines``), by its file name.
    owned : iterable of str, optional
        File names of tables framing knows; default every table of
        :data:`framing.pipeline.TABLES`. One of them in ``out`` that the
        manifest does not list is a table of another run.

    Returns
    -------
    Run
        CSV tables of a run written with formula escaping (``formulas_escaped``
        in the manifest) are unescaped (:func:`unescape_formulas`), so their text
        is what the run wrote before escaping.

    Raises
    ------
    RunError
        If ``out`` has no ``manifest.json`` (a run was interrupted while
        publishing, or the folder was written by framing before 0.2), a file
        the manifest lists is missing or differs from it (its sha256), a
        table of framing is there that the manifest does not list, or a
        table asked for is not in the run.
    """
    out = Path(out)
    manifest = _read_manifest(out)
    if manifest is None:
        raise RunError(
            f"{out}: no readable {MANIFEST}, so the files there may not be from one run (a run "
            "was interrupted while publishing, or they were written another way); run framing analyze again"
        )
    if manifest.get("format") != MANIFEST_FORMAT:
        raise RunError(f"{out / MANIFEST}: format {manifest.get('format')!r}, expected {MANIFEST_FORMAT!r}")
    listed = {entry["file"]: entry for entry in manifest.get("files", [])}
    for name, entry in listed.items():
        path = out / name
        if not path.is_file():
            raise RunError(f"{path}: listed in {MANIFEST} (run {manifest['run_id']}) but missing")
        if file_sha256(path) != entry["sha256"]:
            raise RunError(
                f"{path}: differs from the file run {manifest['run_id']} wrote (sha256); "
                "the folder mixes runs or a file was edited"
            )
    if owned is None:
        from .registry import TABLES  # not at import: registry imports every measure

        owned = [f"{spec.name}{ending}" for spec in TABLES for ending in (".csv", ".parquet")] + ["skipped.csv"]
    strays = sorted(name for name in owned if name not in listed and (out / name).exists())
    if strays:
        raise RunError(f"{out}: {', '.join(strays)} not made by run {manifest['run_id']} (a table of another run)")
    available = {entry["table"]: entry for entry in listed.values() if "table" in entry}
    for name, entry in listed.items():  # files published beside the tables (removed_lines): tables too
        path = Path(name)
        if "table" not in entry and len(path.parts) == 1 and path.suffix in (".csv", ".parquet"):
            available.setdefault(path.stem, entry)
    wanted = list(available) if tables is None else list(tables)
    missing = [name for name in wanted if name not in available]
    if missing:
        reasons = manifest.get("not_made", {})
        raise RunError(
            f"{out}: run {manifest['run_id']} has no table "
            + ", ".join(f"{name} ({reasons[name]})" if name in reasons else name for name in missing)
        )
    loaded = {}
    for name in wanted:
        path = out / available[name]["file"]
        if path.suffix == ".csv":
            table = read_csv_table(path)
            loaded[name] = unescape_formulas(table) if manifest.get("formulas_escaped") else table
        else:  # Parquet, never escaped
            loaded[name] = read_table(path)
    return Run(out, manifest, loaded)
