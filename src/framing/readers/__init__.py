"""Readers of the forms researchers hold articles in, for :func:`framing.load_corpus`.

* :mod:`~framing.readers.html`: saved web pages (article text and metadata
  with trafilatura, and the page lines left out);
* :mod:`~framing.readers.warc`: web archives (WARC / ARC), one article per
  HTML response record;
* :mod:`~framing.readers.exports`: tables exported from news databases
  (column mapping, ISO timestamps as dates).

Each reader returns what it left out in the shape of
:data:`framing.clean.REMOVED_COLUMNS`, so one table logs every removal from
page to cleaned text.
"""

from .exports import as_iso_date, map_columns, parse_column_mapping
from .html import PAGE_SUFFIXES, Page, read_page, read_page_file, visible_lines
from .warc import WARC_SUFFIXES, is_warc, read_warc

__all__ = [
    "PAGE_SUFFIXES",
    "WARC_SUFFIXES",
    "Page",
    "as_iso_date",
    "is_warc",
    "map_columns",
    "parse_column_mapping",
    "read_page",
    "read_page_file",
    "read_warc",
    "visible_lines",
]
