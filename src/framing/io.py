"""Write tables and files atomically: a reader never sees a half-written file.

Every writer here writes to a temporary file in the target directory and
renames it into place (``os.replace`` is atomic on POSIX and Windows), so an
interrupted run leaves the previous file, or none, never a truncated one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import pandas as pd

__all__ = ["FLOAT_FORMAT", "atomic_path", "read_cached", "write_table", "write_text"]

#: Floats in every CSV table: six significant digits, so a rerun on another
#: machine gives the same bytes despite last-bit differences.
FLOAT_FORMAT = "%.6g"

T = TypeVar("T")

#: (resolved path, reader) -> ((mtime_ns, size), value) of the last read of each file.
_READ_CACHE: dict[tuple[str, Callable], tuple[tuple[int, int], object]] = {}


@contextmanager
def atomic_path(path: str | Path):
    """Yield a temporary path next to ``path``; rename it onto ``path`` on success."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    # mkstemp creates 0600 files; give the result the permissions a plain open() would
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def write_table(table: pd.DataFrame, path: str | Path, *, float_format: str = FLOAT_FORMAT) -> Path:
    """Write a DataFrame as CSV (UTF-8, ``\\n`` line ends, no index), atomically.

    Floats are written with six significant digits so a rerun on another
    machine gives the same bytes despite last-bit differences. pandas formats
    them (``float_format``): a hand-written formatter was a third faster, which
    on a 109-article corpus is 0.34 s of an 18 s run (2%), not worth its code.
    """
    path = Path(path)
    with atomic_path(path) as tmp:
        table.to_csv(tmp, index=False, lineterminator="\n", float_format=float_format)
    return path


def write_text(text: str, path: str | Path) -> Path:
    """Write a UTF-8 text file atomically."""
    path = Path(path)
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return path


def read_cached(path: str | Path, reader: Callable[[Path], T]) -> T:
    """``reader(path)``, computed once per version of the file.

    Measures that take a lexicon or taxonomy path are often called once per
    document; this reads and parses the file on the first call and again only
    after its size or modification time changes, so an edited file is picked
    up in a running notebook. The value is shared: ``reader`` must return
    something callers do not modify (or they must copy it).
    """
    path = Path(path)
    stat = path.stat()
    key, version = (str(path.resolve()), reader), (stat.st_mtime_ns, stat.st_size)
    cached = _READ_CACHE.get(key)
    if cached is not None and cached[0] == version:
        return cached[1]
    value = reader(path)
    _READ_CACHE[key] = (version, value)
    return value
