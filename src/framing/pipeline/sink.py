"""Tables of a run with ``out=``: streamed to a run folder batch by batch, published at the end.

How the run folder is switched into ``out`` (and why): :mod:`framing.pipeline.publish`.
"""

from __future__ import annotations

import pickle
import shutil
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from .batches import concat_tables
from .formats import read_table, table_path
from .publish import make_run_dir, unescape_formulas, write_table, writing_to

__all__ = ["SavedTables", "TableSink"]


class SavedTables(Mapping):
    """Tables of a run written to a directory: read from ``<out>/<name>.csv``
    (:func:`~framing.pipeline.formats.read_csv_table`, formula escaping undone) or ``<out>/<name>.parquet``
    each time one is asked for, except those kept in memory (aggregates and the
    unwritten term counts, which are small). Iterates in registry order."""

    def __init__(
        self,
        out: Path,
        names: list[str],
        in_memory: dict[str, pd.DataFrame],
        *,
        format: str = "csv",
        escaped: bool = True,
    ):
        self.out = Path(out)
        self._names = list(names)
        self._in_memory = dict(in_memory)
        self.format = format
        self._escaped = escaped and format == "csv"  # Parquet is never escaped

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name in self._in_memory:
            return self._in_memory[name]
        if name not in self._names:
            raise KeyError(name)
        table = read_table(table_path(self.out, name, self.format))
        return unescape_formulas(table) if self._escaped else table

    def __iter__(self):
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, name) -> bool:
        return name in self._names


class TableSink:
    """The per-article tables of a run with ``out=``, streamed to disk.

    Everything goes to the run's hidden folder inside ``out``
    (:func:`~framing.pipeline.publish.make_run_dir`): each written table is
    appended as CSV batch by batch, and each batch table that an aggregate or
    a cross-article table needs later is also appended to a pickle stream (an
    exact round trip) and read back whole only when that aggregate runs, one
    table at a time. The finished folder is published by
    :func:`~framing.pipeline.publish.switch_in`; :meth:`discard` removes it,
    so a failed or interrupted run leaves ``out`` as it was.

    With ``format="parquet"`` every written table goes to the pickle stream
    instead of a CSV file, and :meth:`finish` writes each as one Parquet file
    from its batches joined as in memory (:func:`~framing.pipeline.batches.concat_tables`),
    so its dtypes are those of the table function whatever the batching; the
    run's peak memory then includes its largest table, read back one at a time.

    Raises
    ------
    framing.pipeline.publish.OutputError
        From any method, when ``out`` cannot be written.
    """

    def __init__(self, out: Path, keep: set[str], *, format: str = "csv", escape_formulas: bool = True):
        self.out = Path(out)
        self.dir, self.created = make_run_dir(self.out)
        self.keep = keep
        self.escape_formulas = escape_formulas
        self.handles: dict[str, object] = {}
        self.pickles: dict[str, object] = {}
        self.n_rows: dict[str, int] = {}
        self.format = format

    def append(self, name: str, table: pd.DataFrame, *, write: bool) -> None:
        """Add one batch's rows of table ``name`` (to its CSV file if ``write``)."""
        self.n_rows[name] = self.n_rows.get(name, 0) + len(table)
        with writing_to(self.out):
            if write and self.format != "csv":
                self.keep.add(name)  # written whole by finish()
            elif write:
                handle = self.handles.get(name)
                header = handle is None
                if header:
                    handle = self.handles[name] = open(self.dir / f"{name}.csv", "w", encoding="utf-8", newline="")
                if header or len(table):
                    write_table(table, handle, header=header, escape=self.escape_formulas)
            if name in self.keep:
                handle = self.pickles.get(name)
                if handle is None:
                    handle = self.pickles[name] = open(self.dir / f"{name}.pickles", "wb")
                pickle.dump(table, handle, protocol=pickle.HIGHEST_PROTOCOL)

    def load(self, name: str) -> pd.DataFrame:
        """The whole table, exactly as concatenated in memory."""
        frames = []
        with writing_to(self.out):
            self.pickles[name].flush()
            with open(self.dir / f"{name}.pickles", "rb") as handle:
                while True:
                    try:
                        frames.append(pickle.load(handle))
                    except EOFError:
                        break
        return concat_tables(frames)

    def write(self, name: str, table: pd.DataFrame) -> None:
        """A table made at the end (an aggregate), written whole."""
        self.n_rows[name] = len(table)
        with writing_to(self.out):
            write_table(table, table_path(self.dir, name, self.format), format=self.format, escape=self.escape_formulas)

    def finish(self, names: list[str]) -> None:
        """Write each streamed table of ``names`` not yet in the run folder whole in the
        run's format (Parquet: from its pickled batches), then :meth:`close`."""
        for name in names:
            target = table_path(self.dir, name, self.format)
            if self.format != "csv" and not target.exists() and name in self.pickles:
                table = self.load(name)
                with writing_to(self.out):
                    write_table(table, target, format=self.format)
        self.close()

    def close(self) -> None:
        """Close every file the sink has open; drop the pickle streams (no longer needed)."""
        with writing_to(self.out):
            for handle in [*self.handles.values(), *self.pickles.values()]:
                handle.close()
        for name in list(self.pickles):
            (self.dir / f"{name}.pickles").unlink(missing_ok=True)

    def discard(self) -> None:
        """Remove the run folder (and ``out`` if this run made it and left it empty)."""
        for handle in [*self.handles.values(), *self.pickles.values()]:
            try:
                handle.close()
            except OSError:  # a full disk fails the flush: the folder goes anyway
                pass
        shutil.rmtree(self.dir, ignore_errors=True)
        try:
            if self.created and self.out.is_dir() and not any(self.out.iterdir()):
                self.out.rmdir()
        except OSError:
            pass
