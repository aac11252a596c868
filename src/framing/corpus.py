"""Load and validate a corpus of news articles.

The corpus is a table with one row per article::

    article_id  str   unique identifier
    outlet      str   who published it
    date        str   ISO date (YYYY-MM-DD) or "" when unknown
    title       str   headline or ""
    url         str   address or ""
    text        str   article text (cleaned unless ``clean=False``), headed by
                      the title as its first line (unless ``prepend_title=False``)

Any further metadata columns of a directory's ``metadata.csv`` or of a CSV /
JSONL / DataFrame input are kept after these, unchanged.

The stored ``text`` is what every table's ``start_char`` / ``end_char`` count
in: with a title, the title line and its newline come first, so the
headline is measured like any sentence (flagged ``is_heading`` in the
sentence table) and the body's offsets are shifted by ``len(title) + 1``. A
text that already starts with its title gets no second copy. The stored text
has no invisible format characters (zero-width spaces, soft hyphens: Unicode
category Cf), which split words for the parser: they are removed before
anything else, and :func:`framing.clean_corpus` lists each line that lost
some. The raw files are never modified.

A directory's ``metadata.csv`` may name only files inside that directory
(after following links), unless ``allow_outside=True``.

Column names are matched to these ignoring case and surrounding spaces
(``Date`` is read as ``date``); a name close to a missing one gets a "did you
mean" hint (an error for ``text`` and ``outlet``, a warning for the others).
"""

from __future__ import annotations

import difflib
import json
import os
import re
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from .clean import REMOVED_COLUMNS, clean_corpus, strip_format_characters
from .errors import CorpusError, CorpusWarning
from .readers import PAGE_SUFFIXES, as_iso_date, is_warc, map_columns, read_page_file, read_warc
from .screening import screen_corpus
from .textnorm import fold_text

__all__ = [
    "CorpusError",
    "CorpusWarning",
    "load_corpus",
    "prepend_titles",
    "title_length",
    "CORPUS_COLUMNS",
    "MAX_BYTES",
]

#: Columns every validated corpus starts with, in this order.
CORPUS_COLUMNS = ["article_id", "outlet", "date", "title", "url", "text"]
#: Columns a saved page fills when metadata.csv leaves them out or empty.
PAGE_FIELDS = ("outlet", "title", "date", "url")

#: Largest accepted article, in bytes. A news article is rarely above 100 kB;
#: 5 MB catches a mis-pointed file (a data dump, a PDF) before it is parsed.
MAX_BYTES = 5_000_000

#: Share of control characters above which a text is treated as binary.
#: Text files have tabs and newlines only; 1% is generous.
BINARY_CONTROL_SHARE = 0.01

#: Columns required in every input.
REQUIRED_COLUMNS = ("text", "outlet")
#: A column name at least this similar (difflib ratio) to a missing column's
#: name is named in a "did you mean" hint: "outet" / "outlet" is 0.91,
#: "titel" / "title" 0.80, "source" / "outlet" 0.50.
HINT_MIN_SIMILARITY = 0.75

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def load_corpus(
    source: str | os.PathLike | pd.DataFrame,
    *,
    clean: bool = True,
    max_bytes: int = MAX_BYTES,
    metadata: str | Path | None = None,
    prepend_title: bool = True,
    on_markup: str = "warn",
    on_language: str = "warn",
    columns: Mapping[str, str] | None = None,
    return_removed: bool = False,
    allow_outside: bool = False,
) -> pd.DataFrame | tuple[pd.DataFrame, pd.DataFrame]:
    """Load and validate articles from a directory, saved pages, a web archive, CSV, JSONL or DataFrame.

    Parameters
    ----------
    source : str, Path or pandas.DataFrame
        * a directory of ``.txt`` files with a ``metadata.csv`` naming them
          (column ``file``, or ``article_id`` + ``.txt``) and giving ``outlet``;
        * a directory of saved web pages (``.html``, ``.htm``; mixed with
          ``.txt`` files or not): the article text, title, date and site name
          (as ``outlet``) are read from each page with trafilatura
          (:func:`framing.readers.read_page`). A ``metadata.csv`` is then
          optional; a value it gives wins over the page's, and a page with no
          site name needs one. A single page file is read the same way;
        * a web archive (``.warc``, ``.warc.gz``, ``.arc``, ``.arc.gz``): one
          article per HTML response record (:func:`framing.readers.read_warc`);
        * a ``.csv`` file with columns ``text`` and ``outlet``;
        * a ``.jsonl`` file, one JSON object per line, keys ``text`` and ``outlet``;
        * a DataFrame with columns ``text`` and ``outlet``.
        ``article_id``, ``date``, ``title`` and ``url`` are optional everywhere.
        A ``date`` may be an ISO timestamp (``2024-03-09T14:30:00Z``); its day is kept.
    clean : bool, default True
        Remove non-article lines (captions, credits, summary-box labels, trailing
        related-story lists, dateline markers) with :func:`framing.clean_corpus`.
        Invisible format characters (zero-width spaces, soft hyphens, Unicode
        category Cf; :func:`framing.clean.strip_format_characters`) are removed
        from every text and title either way: they split words the parser
        would otherwise know.
    max_bytes : int
        Refuse any article larger than this many bytes (UTF-8).
    metadata : str or Path, optional
        Metadata file for a directory source; default ``source/metadata.csv``.
    prepend_title : bool, default True
        Put the ``title``, when there is one, as the first line of ``text``
        (see :func:`prepend_titles`), so the headline is analysed.
    on_markup, on_language : {"warn", "error", "drop", "ignore"}
        What to do with an article holding HTML tags or entities, or one that
        looks not English (see :func:`framing.screening.screen_corpus`): warn
        (a :class:`framing.CorpusWarning` naming the article) and keep it,
        raise, drop it (with a warning), or not check.
    columns : mapping, optional
        For a table whose columns are named otherwise (an export from a news
        database, a ``metadata.csv``, a DataFrame): ``{corpus column: its
        column}``, e.g. ``{"outlet": "media_name", "date": "publish_date"}``
        for a Media Cloud export.
    return_removed : bool, default False
        Also return every removal: the page lines and archive records left
        out when reading, then the lines removed by cleaning.
    allow_outside : bool, default False
        For a directory source: read a file that ``metadata.csv`` names outside
        the directory (``../other/a.txt``, an absolute path, or a link that
        resolves outside it). Refused by default, so a metadata file cannot
        pull any readable file on the machine into the tables.

    Returns
    -------
    corpus : pandas.DataFrame
        Columns ``article_id, outlet, date, title, url, text`` (all ``str``), then
        any extra metadata columns. Row order is the input order (less any
        dropped article).
    removed : pandas.DataFrame
        With ``return_removed=True`` only: columns ``article_id, outlet,
        line_no, text, rule`` as :func:`framing.clean_corpus` returns them;
        for a page, ``line_no`` counts the page's visible lines (rule
        ``page_boilerplate``), and an archive record left out has ``line_no``
        0 (rules ``warc_*``, see :func:`framing.readers.read_warc`).

    Raises
    ------
    CorpusError
        With one message naming the file or row and the problem: a missing,
        empty, binary, non-UTF-8 or oversized file; a metadata row with no file,
        or naming a file outside the directory (unless ``allow_outside``), or a
        file with no metadata row; a duplicate ``article_id``; a missing
        ``text`` or ``outlet`` column or value (with a "did you mean" for a
        close name); an unparseable date; two columns differing only in case.
        With ``"error"``, HTML in an article or an article not in English.
        A page with no article text or no outlet; a web archive with no HTML
        response; a column named in ``columns`` missing from the file.

    Warns
    -----
    framing.CorpusWarning
        A column name close to a missing optional column (``tilte``); with
        ``"warn"`` or ``"drop"``, each article with HTML or not in English.
    """
    columns = dict(columns or {})
    read_removed = pd.DataFrame(columns=REMOVED_COLUMNS)
    if isinstance(source, pd.DataFrame):
        frame = _validate(_mapped(source.copy(), columns, "DataFrame"), where="DataFrame", max_bytes=max_bytes)
    else:
        path = Path(source)
        if not path.exists():
            raise CorpusError(f"{path}: no such file or directory")
        if path.is_dir():
            frame, read_removed = _load_directory(
                path, metadata=metadata, max_bytes=max_bytes, columns=columns, allow_outside=allow_outside
            )
        elif path.suffix.lower() == ".csv":
            frame = _validate(_mapped(_read_csv(path), columns, path), where=str(path), max_bytes=max_bytes)
        elif path.suffix.lower() in {".jsonl", ".ndjson"}:
            frame = _validate(_mapped(_read_jsonl(path), columns, path), where=str(path), max_bytes=max_bytes)
        elif path.suffix.lower() in PAGE_SUFFIXES or is_warc(path):
            if columns:
                raise ValueError(f"{path}: columns= maps the columns of a table; a page or archive has none")
            frame, read_removed = _load_pages(path, max_bytes=max_bytes)
        else:
            raise CorpusError(
                f"{path}: unsupported input; give a directory (.txt files with metadata.csv, or saved "
                ".html pages), a .warc / .warc.gz / .arc file, a .csv file, a .jsonl file or a pandas DataFrame"
            )
    removed = read_removed
    if clean:
        frame, clean_removed = clean_corpus(frame)
        removed = pd.concat([read_removed, clean_removed], ignore_index=True) if len(read_removed) else clean_removed
    else:  # invisible format characters split words for the parser whether or not lines are cleaned
        frame["text"] = [strip_format_characters(text)[0] for text in frame["text"]]
    frame["title"] = [strip_format_characters(title)[0] for title in frame["title"]]
    # after cleaning: a byline or a caption full of names is not evidence of another language
    frame = screen_corpus(frame, on_markup=on_markup, on_language=on_language)
    if prepend_title:
        frame = prepend_titles(frame)
    if return_removed:
        return frame, removed.astype({"line_no": "int64"}).reset_index(drop=True)
    return frame


# --------------------------------------------------------------------------- titles


def title_line(title: str) -> str:
    """The title as the one line it is prepended as (runs of whitespace made one space)."""
    return " ".join(title.split())


def title_length(text: str, title: str) -> int:
    """Characters of ``text`` its title line takes: the length of the first line
    if it is ``title`` (compared case- and quote-folded, spaces squeezed), else 0."""
    line = title_line(title)
    if not line:
        return 0
    first = text.split("\n", 1)[0].rstrip()
    return len(first) if fold_text(first) == fold_text(line) else 0


def prepend_titles(corpus: pd.DataFrame) -> pd.DataFrame:
    """The corpus with each article's ``title`` put as the first line of its ``text``.

    Parameters
    ----------
    corpus : pandas.DataFrame
        A corpus table with ``title`` and ``text`` columns.

    Returns
    -------
    pandas.DataFrame
        A copy; an empty title, or a text that already starts with its title
        (as many copied pages do), is left as it is, so applying it twice
        changes nothing.
    """
    texts = [
        text if title_length(text, title) or not title_line(title) else f"{title_line(title)}\n{text}"
        for title, text in zip(corpus["title"], corpus["text"], strict=True)
    ]
    headed = corpus.copy()
    headed["text"] = texts
    return headed


# --------------------------------------------------------------------------- readers


def _read_text_file(path: Path, *, max_bytes: int) -> str:
    if not path.is_file():
        raise CorpusError(f"{path}: file is missing")
    size = path.stat().st_size
    if size > max_bytes:
        raise CorpusError(
            f"{path}: file is {size:,} bytes, above the limit of {max_bytes:,}; "
            "is it really one article? Pass max_bytes= (framing analyze --max-bytes) to raise the limit."
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


def _mapped(frame: pd.DataFrame, columns: dict, where) -> pd.DataFrame:
    return map_columns(frame, columns, where=str(where), known=CORPUS_COLUMNS) if columns else frame


def _load_pages(path: Path, *, max_bytes: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A web archive, or one saved page, as a validated table and what reading it left out."""
    if is_warc(path):
        frame, removed = read_warc(path, max_bytes=max_bytes)
    else:
        frame, removed = _page_table(pd.DataFrame({"article_id": [path.stem]}), [path], max_bytes=max_bytes)
    return _validate(frame, where=str(path), max_bytes=max_bytes), removed


def _page_table(meta: pd.DataFrame, files: list[Path], *, max_bytes: int, where: str = ""):
    """``meta`` with the text of each file (a .txt file or a saved page) and, where
    ``meta`` gives none, the page's outlet, title, date and URL; and the page lines left out."""
    meta = meta.copy()
    texts, removed = [], []
    filled = {column: list(meta[column]) if column in meta.columns else [""] * len(meta) for column in PAGE_FIELDS}
    for i, (article_id, file_path) in enumerate(zip(meta["article_id"], files, strict=True)):
        if file_path.suffix.lower() not in PAGE_SUFFIXES:
            texts.append(_read_text_file(file_path, max_bytes=max_bytes))
            continue
        page = read_page_file(file_path, max_bytes=max_bytes)
        for column in PAGE_FIELDS:
            if not _as_str(filled[column][i]):
                filled[column][i] = getattr(page, column)
        if not filled["outlet"][i]:
            raise CorpusError(
                f"{file_path}: the page names no site and no address to take the outlet from; "
                f"give its outlet in {where or 'a metadata.csv next to it'}"
            )
        texts.append(page.text)
        outlet = filled["outlet"][i]
        removed.extend((article_id, outlet, r.line_no, r.text, r.rule) for r in page.removed)
    for column, values in filled.items():
        if column in meta.columns or any(values):
            meta[column] = values
    meta["text"] = texts
    return meta, pd.DataFrame(removed, columns=REMOVED_COLUMNS)


def _load_directory(
    directory: Path, *, metadata, max_bytes: int, columns: dict, allow_outside: bool = False
) -> tuple[pd.DataFrame, pd.DataFrame]:
    meta_path = Path(metadata) if metadata is not None else directory / "metadata.csv"
    pages = sorted(p for p in directory.iterdir() if p.suffix.lower() in PAGE_SUFFIXES and p.is_file())
    if not meta_path.is_file() and pages and not any(directory.glob("*.txt")):
        if columns:
            raise ValueError(f"{directory}: columns= maps the columns of metadata.csv, and there is none")
        meta, removed = _page_table(pd.DataFrame({"article_id": [p.stem for p in pages]}), pages, max_bytes=max_bytes)
        _check_duplicates(meta["article_id"], where=str(directory), what="article_id (page file name)")
        return _validate(meta, where=str(directory), max_bytes=max_bytes), removed
    if not meta_path.is_file():
        raise CorpusError(
            f"{directory}: no metadata file {meta_path.name}; it must list each .txt file "
            "(column 'file' or 'article_id') with its 'outlet'"
        )
    meta = _read_csv(meta_path)
    where = str(meta_path)
    meta = _mapped(meta, columns, where)
    meta = _match_columns(meta, where=where, known=(*CORPUS_COLUMNS, "file"))
    if "file" not in meta.columns and "article_id" not in meta.columns:
        hint = _did_you_mean(("file", "article_id"), meta.columns)
        raise CorpusError(f"{where}: needs a 'file' or an 'article_id' column{hint}")
    if "text" in meta.columns:
        raise CorpusError(f"{where}: has a 'text' column; texts come from the .txt files")
    files = meta["file"] if "file" in meta.columns else meta["article_id"].map(lambda i: _article_file(directory, i))
    _check_duplicates(files, where=where, what="file")
    if "article_id" not in meta.columns:
        meta["article_id"] = [Path(name).stem for name in files]

    listed = set(files)
    unlisted = sorted(p.name for p in [*directory.glob("*.txt"), *pages] if p.name not in listed)
    if unlisted:
        raise CorpusError(
            f"{directory / unlisted[0]}: file has no row in {meta_path.name}"
            + (f" (and {len(unlisted) - 1} more)" if len(unlisted) > 1 else "")
        )
    paths = []
    root = directory.resolve()
    for row_no, name in enumerate(files, start=2):
        file_path = directory / name
        if not allow_outside and not file_path.resolve().is_relative_to(root):
            raise CorpusError(
                f"{where}, row {row_no}: names {name!r}, which is outside the corpus folder {directory} "
                f"(it resolves to {file_path.resolve()}); move the file into the folder, or pass "
                "allow_outside=True (framing analyze --allow-outside-files) to read it anyway"
            )
        if not file_path.is_file():
            raise CorpusError(f"{where}, row {row_no}: names {name!r}, which does not exist")
        paths.append(file_path)
    meta, removed = _page_table(meta, paths, max_bytes=max_bytes, where=where)
    meta = meta.drop(columns=["file"], errors="ignore")
    return _validate(meta, where=where, max_bytes=max_bytes, row_offset=2), removed


def _article_file(directory: Path, article_id: str) -> str:
    """The file of an article named by id only: ``<id>.txt``, else a saved page ``<id>.html`` / ``.htm``."""
    for suffix in (".txt", *PAGE_SUFFIXES):
        if (directory / f"{article_id}{suffix}").is_file():
            return f"{article_id}{suffix}"
    return f"{article_id}.txt"


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
    frame = _match_columns(frame, where=where, known=CORPUS_COLUMNS)
    for column in REQUIRED_COLUMNS:
        if column not in frame.columns:
            raise CorpusError(
                f"{where}: missing required column {column!r}{_did_you_mean((column,), frame.columns)} "
                f"(found: {', '.join(map(str, frame.columns)) or 'none'})"
            )
    for column in CORPUS_COLUMNS:
        hint = _did_you_mean((column,), frame.columns) if column not in frame.columns else ""
        if hint:
            warnings.warn(
                f"{where}: no {column!r} column{hint} That column is kept as extra metadata "
                f"under its own name; rename it to {column!r} to have it read as one",
                CorpusWarning,
                3,  # the caller of load_corpus (for a CSV, JSONL or DataFrame)
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
        if row.date and as_iso_date(row.date) is None:
            raise CorpusError(
                f"{row_where} (article {row.article_id!r}): date {row.date!r} is not YYYY-MM-DD "
                "or an ISO timestamp (YYYY-MM-DDTHH:MM:SS)"
            )
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
                f"{max_bytes:,} bytes; pass max_bytes= (framing analyze --max-bytes) to raise the limit"
            )
    _check_duplicates(frame["article_id"], where=where, what="article_id", row_offset=row_offset)
    frame["date"] = [as_iso_date(date) if date else "" for date in frame["date"]]
    frame["text"] = [t.decode("utf-8") if isinstance(t, bytes) else t for t in frame["text"]]
    extra = [c for c in frame.columns if c not in CORPUS_COLUMNS]
    return frame[CORPUS_COLUMNS + extra]


def _column_key(name) -> str:
    return str(name).strip().lower().replace(" ", "_")


def _match_columns(frame: pd.DataFrame, *, where: str, known) -> pd.DataFrame:
    """``frame`` with each column named like a known one up to case and spaces
    (``Date``, `` Outlet``, ``Article ID``) renamed to it."""
    renames = {}
    for column in frame.columns:
        key = _column_key(column)
        if column in known or key not in known:
            continue
        if key in frame.columns or key in renames.values():
            raise CorpusError(
                f"{where}: columns {column!r} and {key!r} differ only in case or spaces; keep one of them"
            )
        renames[column] = key
    return frame.rename(columns=renames) if renames else frame


def _did_you_mean(missing, columns) -> str:
    """``"; did you mean 'outlet' (found 'outet')?"`` for a column close to a missing name, else ``""``."""
    unknown = {_column_key(c): str(c) for c in columns if _column_key(c) not in (*CORPUS_COLUMNS, "file")}
    for name in missing:
        close = difflib.get_close_matches(name, list(unknown), n=1, cutoff=HINT_MIN_SIMILARITY)
        if close:
            return f"; did you mean {name!r} (found {unknown[close[0]]!r})?"
    return ""


def _as_str(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    return str(value).strip()
