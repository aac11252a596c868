"""The file formats tables are written in: CSV (the default) and Parquet.

CSV is what every table is published as unless asked otherwise, with the
bytes :func:`framing.io.write_table` writes. Parquet (Apache Parquet, through
pyarrow) keeps each column's dtype in the file, so a table read back with
:func:`read_table` has the dtypes its docstring lists, where CSV gives
whatever ``pandas.read_csv`` infers; it is also smaller and faster to read for
a large corpus. The values are the same in both: floats are rounded to the
six significant digits CSV writes (:data:`framing.io.FLOAT_FORMAT`), so a
rerun on another machine gives the same values in either format.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..io import FLOAT_FORMAT, atomic_path
from ..io import write_table as write_csv

__all__ = ["TABLE_FORMATS", "read_csv_table", "read_table", "round_floats", "table_path", "write_table"]

#: Table formats, by name, with the file ending of each.
TABLE_FORMATS = {"csv": ".csv", "parquet": ".parquet"}


def _check_format(format: str) -> str:
    if format not in TABLE_FORMATS:
        raise ValueError(f"unknown table format {format!r}; use one of {', '.join(TABLE_FORMATS)}")
    return format


def table_path(directory: str | Path, name: str, format: str = "csv") -> Path:
    """``directory/<name>.csv`` or ``directory/<name>.parquet``."""
    return Path(directory) / f"{name}{TABLE_FORMATS[_check_format(format)]}"


def round_floats(table: pd.DataFrame, *, float_format: str = FLOAT_FORMAT) -> pd.DataFrame:
    """``table`` with every float column rounded as CSV writes it (``float_format``), NaN kept."""
    floats = [column for column in table.columns if pd.api.types.is_float_dtype(table[column])]
    if not floats:
        return table
    rounded = table.copy()
    for column in floats:
        values = rounded[column]
        if isinstance(values.dtype, np.dtype):  # NaN formats as "nan" and reads back as NaN
            rounded[column] = np.char.mod(float_format, values.to_numpy()).astype(values.dtype)
        else:  # a nullable Float64 column
            rounded[column] = values.map(lambda v: float(float_format % v), na_action="ignore").astype(values.dtype)
    return rounded


def write_table(table: pd.DataFrame, path: str | Path, format: str = "csv") -> Path:
    """Write a table as CSV or Parquet, atomically (a reader never sees half a file).

    Parameters
    ----------
    table : pandas.DataFrame
        Any table of the package.
    path : str or Path
        Where to write it (its ending is not checked; see :func:`table_path`).
    format : {"csv", "parquet"}
        CSV as :func:`framing.io.write_table` writes it (UTF-8, no index,
        six significant digits); Parquet with the table's dtypes, floats
        rounded the same way (:func:`round_floats`), no index.

    Returns
    -------
    Path
    """
    if _check_format(format) == "csv":
        return write_csv(table, path)
    import pyarrow as pa  # only for Parquet
    import pyarrow.parquet as pq

    path = Path(path)
    arrow = pa.Table.from_pandas(round_floats(table).reset_index(drop=True), preserve_index=False)
    with atomic_path(path) as tmp:
        pq.write_table(arrow, tmp)
    return path


def read_csv_table(path: str | Path) -> pd.DataFrame:
    """A CSV table as written by :func:`framing.io.write_table`: dtypes inferred as
    ``pandas.read_csv`` does, but only an empty field is missing. Words that pandas
    reads as missing by default ("NA", "None", "null", "nan", "N/A") are text a
    corpus can hold (a term, a source's name, an actor) and stay text."""
    return pd.read_csv(path, keep_default_na=False, na_values=[""])


def read_table(path: str | Path) -> pd.DataFrame:
    """A table written by :func:`write_table`, by its file ending: Parquet with its
    dtypes, CSV by :func:`read_csv_table`."""
    path = Path(path)
    if path.suffix == TABLE_FORMATS["parquet"]:
        return pd.read_parquet(path)
    return read_csv_table(path)
