"""Tables exported from news databases: column mapping and timestamps.

An export from a news database (Media Cloud, a newspaper archive, a
scraper's CSV) names its columns its own way (``media_name`` for the outlet,
``publish_date`` for the date) and gives dates as timestamps
(``2024-03-09 14:30:00``, ``2024-03-09T14:30:00Z``). :func:`map_columns`
renames the columns a user names, and :func:`as_iso_date` reads a
timestamp's day, so the export loads as it is, with no rewriting.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping

import pandas as pd

from ..errors import CorpusError

__all__ = ["ISO_TIMESTAMP", "as_iso_date", "map_columns", "parse_column_mapping"]

#: An ISO 8601 date, optionally with a time (``T`` or a space) and a zone:
#: ``2024-03-09``, ``2024-03-09T14:30``, ``2024-03-09 14:30:00.123456+02:00``,
#: ``2024-03-09T14:30:00Z``.
ISO_TIMESTAMP = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?\s*(?:Z|UTC|[+-]\d{2}(?::?\d{2})?)?)?$"
)


def as_iso_date(value: str) -> str | None:
    """The ``YYYY-MM-DD`` day of an ISO date or timestamp, or None if ``value`` is neither.

    The day is the one written, in the timestamp's own time zone: an article
    stamped ``2024-03-09T23:30:00-05:00`` is dated 2024-03-09 (it is the 10th in UTC).
    """
    match = ISO_TIMESTAMP.match(value.strip())
    if match is None:
        return None
    day = match.group("date")
    try:
        pd.Timestamp(day)
    except ValueError:  # 2024-02-30
        return None
    return day


def map_columns(frame: pd.DataFrame, columns: Mapping[str, str], *, where: str, known) -> pd.DataFrame:
    """``frame`` with each column named in ``columns`` renamed to the corpus column it holds.

    Parameters
    ----------
    frame : pandas.DataFrame
        The table as read.
    columns : mapping
        ``{corpus column: column of the file}``, e.g. ``{"outlet": "media_name",
        "date": "publish_date"}``.
    where : str
        The file named in an error.
    known : sequence of str
        The corpus columns a mapping may name.

    Raises
    ------
    CorpusError
        A mapped column missing from the file (with a "did you mean" for a
        close name), or a corpus column both mapped and present under its own
        name (``outlet`` and ``media_name`` mapped to it).
    ValueError
        A key that is not a corpus column, or one file column mapped twice.
    """
    unknown = [key for key in columns if key not in known]
    if unknown:
        raise ValueError(f"columns= maps {unknown[0]!r}, which is not a corpus column; use one of {', '.join(known)}")
    sources = list(columns.values())
    twice = sorted({name for name in sources if sources.count(name) > 1})
    if twice:
        raise ValueError(f"columns= maps the column {twice[0]!r} to more than one corpus column")
    present = [str(c) for c in frame.columns]
    for target, source in columns.items():
        if source not in present:
            close = difflib.get_close_matches(source, present, n=1, cutoff=0.75)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise CorpusError(
                f"{where}: no column {source!r} (mapped to {target!r}){hint} (found: {', '.join(present) or 'none'})"
            )
        if target in present and target != source:
            raise CorpusError(
                f"{where}: has a {target!r} column and columns= maps {source!r} to {target!r}; "
                "drop one of them or map the other"
            )
    return frame.rename(columns={source: target for target, source in columns.items()})


def parse_column_mapping(text: str) -> dict[str, str]:
    """``{"outlet": "media_name", "date": "publish_date"}`` from ``"outlet=media_name,date=publish_date"``.

    Raises
    ------
    ValueError
        A part without ``=`` or with an empty name.
    """
    mapping = {}
    for part in text.split(","):
        if not part.strip():
            continue
        target, sep, source = part.partition("=")
        if not sep or not target.strip() or not source.strip():
            raise ValueError(f"expected corpus_column=file_column, got {part.strip()!r}")
        mapping[target.strip()] = source.strip()
    return mapping
