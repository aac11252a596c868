"""Tables of a run with ``out=``: streamed to disk batch by batch, published at the end."""

from __future__ import annotations

import os
import pickle
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from ..io import FLOAT_FORMAT
from .batches import concat_tables
from .formats import read_table, table_path, write_table

__all__ = ["SavedTables", "TableSink", "rename"]


class SavedTables(Mapping):
    """Tables of a run written to a directory: read from ``<out>/<name>.csv``
    (``pandas.read_csv`` defaults) or ``<out>/<name>.parquet`` each time one is
    asked for, except those kept in memory (aggregates and the unwritten term
    counts, which are small). Iterates in registry order."""

    def __init__(self, out: Path, names: list[str], in_memory: dict[str, pd.DataFrame], format: str = "csv"):
        self.out = Path(out)
        self._names = list(names)
        self._in_memory = dict(in_memory)
        self.format = format

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name in self._in_memory:
            return self._in_memory[name]
        if name not in self._names:
            raise KeyError(name)
        return read_table(table_path(self.out, name, self.format))

    def __iter__(self):
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, name) -> bool:
        return name in self._names


def rename(source: Path, target: Path) -> None:
    """Move a finished table into place (atomic on one file system)."""
    os.replace(source, target)


class TableSink:
    """The per-article tables of a run with ``out=``, streamed to disk.

    Everything goes to a hidden temporary directory inside ``out`` (same file
    system, so the final renames are atomic): each written table is appended
    as CSV batch by batch, and each batch table that an aggregate or a
    cross-article table needs later is also appended there to a pickle stream
    (an exact round trip) and read back whole only when that aggregate runs,
    one table at a time. :meth:`publish` renames the finished CSV files into ``out``;
    :meth:`discard` removes the directory, so an interrupted run leaves the
    previous tables or none, never a half-written one.

    With ``format="parquet"`` every written table goes to the pickle stream
    instead of a CSV file, and :meth:`publish` writes each as one Parquet file
    from its batches joined as in memory (:func:`~framing.pipeline.batches.concat_tables`),
    so its dtypes are those of the table function whatever the batching; the
    run's peak memory then includes its largest table, read back one at a time.
    """

    def __init__(self, out: Path, keep: set[str], format: str = "csv"):
        self.created = not out.exists()  # removed again if the run fails
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.dir = Path(tempfile.mkdtemp(dir=out, prefix=".framing-run-"))
        self.keep = keep
        self.handles: dict[str, object] = {}
        self.pickles: dict[str, object] = {}
        self.n_rows: dict[str, int] = {}
        self.format = format

    def append(self, name: str, table: pd.DataFrame, *, write: bool) -> None:
        """Add one batch's rows of table ``name`` (to its CSV file if ``write``)."""
        self.n_rows[name] = self.n_rows.get(name, 0) + len(table)
        if write and self.format != "csv":
            self.keep.add(name)  # written whole by publish()
        elif write:
            handle = self.handles.get(name)
            header = handle is None
            if header:
                path = self.dir / f"{name}.csv"
                handle = self.handles[name] = open(path, "w", encoding="utf-8", newline="")
            if header or len(table):
                # formatted as write_table formats, so streamed bytes equal a whole write
                table.to_csv(handle, index=False, header=header, lineterminator="\n", float_format=FLOAT_FORMAT)
        if name in self.keep:
            handle = self.pickles.get(name)
            if handle is None:
                handle = self.pickles[name] = open(self.dir / f"{name}.pickles", "wb")
            pickle.dump(table, handle, protocol=pickle.HIGHEST_PROTOCOL)

    def load(self, name: str) -> pd.DataFrame:
        """The whole table, exactly as concatenated in memory."""
        if not self.pickles[name].closed:
            self.pickles[name].flush()
        frames = []
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
        write_table(table, table_path(self.dir, name, self.format), self.format)

    def close(self) -> None:
        """Close every file the sink has open."""
        for handle in [*self.handles.values(), *self.pickles.values()]:
            handle.close()

    def publish(self, names: list[str]) -> list[Path]:
        """Close the streamed files and rename every finished table into ``out``."""
        self.close()
        published = []
        for name in names:
            source = table_path(self.dir, name, self.format)
            if self.format != "csv" and not source.exists() and name in self.pickles:
                write_table(self.load(name), source, self.format)
            if source.exists():
                target = table_path(self.out, name, self.format)
                rename(source, target)
                published.append(target)
        return published

    def discard(self) -> None:
        """Remove the temporary files (and ``out`` if this run made it and left it empty)."""
        self.close()
        shutil.rmtree(self.dir, ignore_errors=True)
        if self.created and not any(self.out.iterdir()):
            self.out.rmdir()
