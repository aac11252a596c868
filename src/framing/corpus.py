"""Load and validate a corpus of news articles.

The corpus is a table with one row per article::

    article_id  str   unique identifier
    outlet      str   who published it
    date        str   ISO date (YYYY-MM-DD) or "" when unknown
    title       str   headline or ""
    url         str   address or ""
    text        str   article text (cleaned unless ``clean=False``)

Any further metadata columns of a directory's ``metadata.csv`` or of a CSV /
JSONL / DataFrame input are kept after these, unchanged.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from .clean import clean_corpus
from .errors import CorpusError

__all__ = ["CorpusError", "load_corpus", "CORPUS_COLUMNS", "MAX_BYTES"]

#: Columns every validated corpus starts with, in this order.
CORPUS_COLUMNS = ["article_id", "outlet", "date", "title", "url", "text"]

#: Largest accepted article, in bytes. A news article is rarely above 100 kB;
#: 5 MB catches a mis-pointed file (a data dump, a PDF) before it is parsed.
MAX_BYTES = 5_000_000

#: Share of control characters above which a text is treated as binary.
#: Text files have tabs and newlines only; 1% is generous.
BINARY_CONTROL_SHARE = 0.01

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def load_corpus(
    source,
    *,
    clean: bool = True,
    max_bytes: int = MAX_BYTES,
    metadata: str | Path | None = None,
) -> pd.DataFrame:
    """Load and validate articles from a directory, CSV, JSONL or DataFrame.

    Parameters
    ----------
    source : str, Path or pandas.DataFrame
        * a directory of ``.txt`` files with a ``metadata.csv`` naming them
          (column ``file``, or ``article_id`` + ``.txt``) and giving ``outlet``;
        * a ``.csv`` file with columns ``text`` and ``outlet``;
        * a ``.jsonl`` file, one JSON object per line, keys ``text`` and ``outlet``;
        * a DataFrame with columns ``text`` and ``outlet``.
        ``article_id``, ``date``, ``title`` and ``url`` are optional everywhere.
    clean : bool, default True
        Remove non-article lines (captions, credits, summary-box labels, trailing
        related-story lists, dateline markers) with :func:`framing.clean_corpus`.
    max_bytes : int
        Refuse any article larger than this many bytes (UTF-8).
    metadata : str or Path, optional
        Metadata file for a directory source; default ``source/metadata.csv``.

    Returns
    -------
    pandas.DataFrame
        Columns ``article_id, outlet, date, title, url, text`` (all ``str``), then
        any extra metadata columns. Row order is the input order.

    Raises
    ------
    CorpusError
        With one message naming the file or row and the problem: a missing,
        empty, binary, non-UTF-8 or oversized file; a metadata row with no file
        or a file with no metadata row; a duplicate ``article_id``; a missing
        ``text`` or ``outlet`` column or value; an unparseable date.
    """
    if isinstance(source, pd.DataFrame):
        frame = _validate(source.copy(), where="DataFrame", max_bytes=max_bytes)
    else:
        path = Path(source)
        if not path.exists():
            raise CorpusError(f"{path}: no such file or directory")
        if path.is_dir():
            frame = _load_directory(path, metadata=metadata, max_bytes=max_bytes)
        elif path.suffix.lower() == ".csv":
            frame = _validate(_read_csv(path), where=str(path), max_bytes=max_bytes)
        elif path.suffix.lower() in {".jsonl", ".ndjson"}:
            frame = _validate(_read_jsonl(path), where=str(path), max_bytes=max_bytes)
        else:
            raise CorpusError(
                f"{path}: unsupported input; give a directory with metadata.csv, "
                "a .csv file, a .jsonl file or a pandas DataFrame"
            )
    if clean:

        frame, _ = clean_corpus(frame)
    return frame


# --------------------------------------------------------------------------- readers


def _read_text_file(path: Path, *, max_bytes: int) -> str:
    if not path.is_file():
        raise CorpusError(f"{path}: file is missing")
    size = path.stat().st_size
    if size > max_bytes:
        raise CorpusError(
            f"{path}: file is {size:,} bytes, above the limit of {max_bytes:,}; "
            "is it really one article? Pass max_bytes= to raise the limit."
        )
    data = path.read_bytes()
    return _decode(data, where=str(path))


def _decode(data: bytes, *, where: str) -> str:
    if b"\x00" in data:
        raise CorpusError(f"{where}: looks like a binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise CorpusError(
            f"{where}: not valid UTF-8 (byte {data[err.start]:#04x} at offset {err.start}); re-encode the file as UTF-8"
        ) from None
    _check_text(text, where=where)
    return text


def _check_text(text: str, *, where: str) -> None:
    if not text.strip():
        raise CorpusError(f"{where}: text is empty")
    controls = len(_CONTROL.findall(text))
    if controls and controls / len(text) > BINARY_CONTROL_SHARE:
        raise CorpusError(f"{where}: looks like a binary file ({controls} control characters), not text")


def _read_csv(path: Path) -> pd.DataFrame:
    raw = path.read_bytes()
    if not raw.strip():
        raise CorpusError(f"{path}: file is empty")
    _decode(raw, where=str(path))
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, ValueError) as err:
        raise CorpusError(f"{path}: cannot be read as CSV ({err})") from None


def _read_jsonl(path: Path) -> pd.DataFrame:
    raw = path.read_bytes()
    if not raw.strip():
        raise CorpusError(f"{path}: file is empty")
    text = _decode(raw, where=str(path))
    records = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise CorpusError(f"{path}, line {line_no}: invalid JSON ({err.msg})") from None
        if not isinstance(record, dict):
            raise CorpusError(f"{path}, line {line_no}: expected a JSON object")
        records.append(record)
    return pd.DataFrame.from_records(records)


def _load_directory(directory: Path, *, metadata, max_bytes: int) -> pd.DataFrame:
    meta_path = Path(metadata) if metadata is not None else directory / "metadata.csv"
    if not meta_path.is_file():
        raise CorpusError(
            f"{directory}: no metadata file {meta_path.name}; it must list each .txt file "
            "(column 'file' or 'article_id') with its 'outlet'"
        )
    meta = _read_csv(meta_path)
    where = str(meta_path)
    if "file" not in meta.columns and "article_id" not in meta.columns:
        raise CorpusError(f"{where}: needs a 'file' or an 'article_id' column")
    if "text" in meta.columns:
        raise CorpusError(f"{where}: has a 'text' column; texts come from the .txt files")
    files = meta["file"] if "file" in meta.columns else meta["article_id"] + ".txt"
    _check_duplicates(files, where=where, what="file")
    if "article_id" not in meta.columns:
        meta["article_id"] = [Path(name).stem for name in files]

    listed = set(files)
    unlisted = sorted(p.name for p in directory.glob("*.txt") if p.name not in listed)
    if unlisted:
        raise CorpusError(
            f"{directory / unlisted[0]}: file has no row in {meta_path.name}"
            + (f" (and {len(unlisted) - 1} more)" if len(unlisted) > 1 else "")
        )
    texts = []
    for row_no, name in enumerate(files, start=2):
        file_path = directory / name
        if not file_path.is_file():
            raise CorpusError(f"{where}, row {row_no}: names {name!r}, which does not exist")
        texts.append(_read_text_file(file_path, max_bytes=max_bytes))
    meta["text"] = texts
    meta = meta.drop(columns=["file"], errors="ignore")
    return _validate(meta, where=where, max_bytes=max_bytes, row_offset=2)


# --------------------------------------------------------------------------- validation


def _check_duplicates(values: Iterable[str], *, where: str, what: str, row_offset: int = 2):
    seen: dict[str, int] = {}
    for i, value in enumerate(values):
        if value in seen:
            raise CorpusError(
                f"{where}: duplicate {what} {value!r} in rows {seen[value] + row_offset} and {i + row_offset}"
            )
        seen[value] = i


def _validate(frame: pd.DataFrame, *, where: str, max_bytes: int, row_offset: int = 0) -> pd.DataFrame:
    """Check required columns and values; return the table in canonical column order."""
    for column in ("text", "outlet"):
        if column not in frame.columns:
            raise CorpusError(
                f"{where}: missing required column {column!r} (found: {', '.join(map(str, frame.columns)) or 'none'})"
            )
    if frame.empty:
        raise CorpusError(f"{where}: no articles")
    label = "row" if row_offset else "row index"
    frame = frame.reset_index(drop=True)
    if "article_id" not in frame.columns:
        frame["article_id"] = [f"article-{i:06d}" for i in range(len(frame))]
    for column in ("date", "title", "url"):
        if column not in frame.columns:
            frame[column] = ""
    for column in ("article_id", "outlet", "date", "title", "url"):
        frame[column] = frame[column].map(_as_str)

    for i, row in enumerate(frame.itertuples(index=False)):
        row_where = f"{where}, {label} {i + row_offset}"
        if not row.article_id:
            raise CorpusError(f"{row_where}: empty article_id")
        if not row.outlet:
            raise CorpusError(f"{row_where} (article {row.article_id!r}): empty outlet")
        if row.date and not _ISO_DATE.match(row.date):
            raise CorpusError(f"{row_where} (article {row.article_id!r}): date {row.date!r} is not YYYY-MM-DD")
        text = row.text
        if isinstance(text, bytes):
            text = _decode(text, where=f"{row_where} (article {row.article_id!r})")
        if not isinstance(text, str):
            if text is None or (isinstance(text, float) and pd.isna(text)):
                raise CorpusError(f"{row_where} (article {row.article_id!r}): text is empty")
            raise CorpusError(f"{row_where} (article {row.article_id!r}): text is {type(text).__name__}, not str")
        _check_text(text, where=f"{row_where} (article {row.article_id!r})")
        if len(text.encode("utf-8")) > max_bytes:
            raise CorpusError(
                f"{row_where} (article {row.article_id!r}): text is above the limit of "
                f"{max_bytes:,} bytes; pass max_bytes= to raise the limit"
            )
    _check_duplicates(frame["article_id"], where=where, what="article_id", row_offset=row_offset)
    frame["text"] = [t.decode("utf-8") if isinstance(t, bytes) else t for t in frame["text"]]
    extra = [c for c in frame.columns if c not in CORPUS_COLUMNS]
    return frame[CORPUS_COLUMNS + extra]


def _as_str(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    return str(value).strip()
