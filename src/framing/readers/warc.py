"""Articles from a web archive: one per HTML response record of a WARC or ARC file.

A crawler's WARC file (ISO 28500) holds every request and response of a crawl:
pages, images, scripts, redirects, errors. :func:`read_warc` keeps the
responses that are a page (HTTP 2xx, an HTML content type) and reads each with
:func:`framing.readers.html.read_page`; the URL comes from the record's
``WARC-Target-URI`` header, and every response record left out is logged
with its reason, like a line removed by :func:`framing.clean_corpus`.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pandas as pd

from ..clean import REMOVED_COLUMNS
from ..errors import CorpusError
from .html import outlet_from_url, read_page

__all__ = ["HTML_CONTENT_TYPES", "WARC_SUFFIXES", "WARC_COLUMNS", "is_warc", "read_warc"]

#: File endings read as web archives (gzip-compressed or not).
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
#: HTTP content types read as pages.
HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml")
#: Columns of the table :func:`read_warc` returns: the corpus columns (without
#: cleaning), then where each article came from in the archive.
WARC_COLUMNS = ["article_id", "outlet", "date", "title", "url", "text", "crawl_date", "warc_record_id"]


def is_warc(path: Path) -> bool:
    """True when ``path``'s name ends like a web archive (``.warc``, ``.warc.gz``, ``.arc``, ``.arc.gz``)."""
    return path.name.lower().endswith(WARC_SUFFIXES)


def read_warc(path: str | Path, *, max_bytes: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read every HTML page of a WARC or ARC file as an article.

    Parameters
    ----------
    path : str or Path
        A ``.warc``, ``.warc.gz``, ``.arc`` or ``.arc.gz`` file.
    max_bytes : int
        Larger page payloads are left out (and logged).

    Returns
    -------
    articles : pandas.DataFrame
        Columns :data:`WARC_COLUMNS`, all ``str``, in archive order.
        ``article_id`` is the URL without its scheme; ``outlet`` the page's
        site name, else its host; ``date`` the page's publication date, else
        the day of the capture (``WARC-Date``); ``crawl_date`` the full
        ``WARC-Date``. The text is not cleaned yet.
    removed : pandas.DataFrame
        Columns of :data:`framing.clean.REMOVED_COLUMNS`: the page lines left
        out of each article (rule ``page_boilerplate``), and one row per
        response record left out, with ``line_no`` 0, its URL and reason as
        ``text`` and the rule ``warc_http_status`` (not 2xx), ``warc_not_html``,
        ``warc_revisit`` (a duplicate payload stored by reference),
        ``warc_too_large``, ``warc_no_article_text`` or ``warc_duplicate_url``
        (a URL captured again: the first capture is kept). ``warc_record_id``
        is ``""`` for an ARC file, whose records have none.

    Raises
    ------
    CorpusError
        The file is not a web archive, is truncated, or holds no HTML response.
    """
    from warcio.archiveiterator import ArchiveIterator  # here, not at import of framing
    from warcio.exceptions import ArchiveLoadFailed
    from warcio.statusandheaders import StatusAndHeadersParserException

    path = Path(path)
    rows: list[list[str]] = []
    removed: list[tuple] = []
    seen: set[str] = set()
    n_records = 0
    is_arc = _check_archive(path) == "arc"
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream, arc2warc=True):
                n_records += 1
                if record.rec_type not in ("response", "revisit"):
                    continue  # requests, warcinfo, metadata: never articles
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                article_id = _article_id(url)
                where = f"{path}, record {n_records} ({url})"
                reason = _skip_reason(record, article_id, seen)
                payload = b""
                if reason is None:
                    payload = record.content_stream().read()
                    if len(payload) > max_bytes:
                        reason = ("warc_too_large", f"{len(payload):,} bytes, above the limit of {max_bytes:,}")
                if reason is None:
                    try:
                        page = read_page(payload, where=where, url=url)
                    except CorpusError:
                        page, reason = None, ("warc_no_article_text", "no article text found in the page")
                if reason is not None:
                    removed.append((article_id, outlet_from_url(url), 0, f"{url} ({reason[1]})", reason[0]))
                    continue
                seen.add(article_id)
                crawl_date = record.rec_headers.get_header("WARC-Date") or ""
                rows.append(
                    [
                        article_id,
                        page.outlet,
                        page.date or crawl_date[:10],
                        page.title,
                        url,
                        page.text,
                        crawl_date,
                        # an ARC record has no id; warcio's conversion invents a random one
                        "" if is_arc else record.rec_headers.get_header("WARC-Record-ID") or "",
                    ]
                )
                removed.extend((article_id, page.outlet, r.line_no, r.text, r.rule) for r in page.removed)
    except ArchiveLoadFailed as err:
        raise CorpusError(f"{path}: not a readable WARC or ARC file ({err.msg})") from None
    except StatusAndHeadersParserException as err:
        raise CorpusError(f"{path}, record {n_records + 1}: headers that cannot be read ({err.msg})") from None
    except EOFError:
        raise CorpusError(f"{path}: the archive ends in the middle of a record (truncated file?)") from None
    if not rows:
        skipped = pd.Series([rule for *_, rule in removed], dtype=str).value_counts()
        detail = ", ".join(f"{n} {rule}" for rule, n in skipped.items())
        raise CorpusError(
            f"{path}: no HTML response record with article text among its {n_records} records"
            + (f" (left out: {detail})" if detail else "")
        )
    removed_table = pd.DataFrame(removed, columns=REMOVED_COLUMNS)
    removed_table["line_no"] = removed_table["line_no"].astype("int64")
    return pd.DataFrame(rows, columns=WARC_COLUMNS), removed_table


#: How a WARC file (``WARC/1.0``, ``WARC/1.1``) and an ARC file (its ``filedesc://`` record) begin.
ARCHIVE_STARTS = (b"WARC/", b"filedesc://")


def _check_archive(path: Path) -> str:
    """``"warc"`` or ``"arc"`` by how the file begins; refuse any other file (a text file given by mistake)."""
    with path.open("rb") as stream:
        start = stream.read(2)
    opener = gzip.open if start == b"\x1f\x8b" else open
    try:
        with opener(path, "rb") as stream:
            start = stream.read(16).lstrip()
    except (OSError, EOFError) as err:
        raise CorpusError(f"{path}: not a readable WARC or ARC file ({err})") from None
    if not start.startswith(ARCHIVE_STARTS):
        raise CorpusError(f"{path}: not a readable WARC or ARC file (it does not begin with a WARC or ARC header)")
    return "warc" if start.startswith(ARCHIVE_STARTS[0]) else "arc"


def _article_id(url: str) -> str:
    """The URL without its scheme and final slash: ``example.org/world/clashes``."""
    return url.split("://", 1)[-1].rstrip("/")


def _skip_reason(record, article_id: str, seen: set[str]) -> tuple[str, str] | None:
    """Why a response record is not read as an article (rule, detail), or None."""
    if record.rec_type == "revisit":
        return "warc_revisit", "revisit record: the payload is stored with an earlier capture"
    if record.http_headers is None:
        return "warc_not_html", "no HTTP headers"
    status = record.http_headers.get_statuscode() or ""
    if not status.startswith("2"):
        return "warc_http_status", f"HTTP {status}"
    content_type = (record.http_headers.get_header("Content-Type") or "").split(";", 1)[0].strip().lower()
    if content_type not in HTML_CONTENT_TYPES:
        return "warc_not_html", f"content type {content_type or 'missing'}"
    if article_id in seen:
        return "warc_duplicate_url", "captured again; the first capture is kept"
    return None
