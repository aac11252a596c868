"""Article text and metadata from a saved web page, with what was left out.

A saved page holds far more than the article: navigation, scripts, cookie
banners, related-story links, image captions, footers. :func:`read_page`
takes the article with trafilatura (Barbaresi 2021), which scores the page's
blocks and keeps the main text, and its metadata (title, publication date,
site name). Nothing is fetched: trafilatura reads the bytes given, and the
page's URL is used only as metadata.

What was left out is reported line by line, like :func:`framing.clean_corpus`
reports the lines it removes: the page's visible text is cut into lines at
block elements (paragraphs, list items, headings, captions ...) and every line
that is not in the extracted article is a :class:`~framing.clean.RemovedLine`
with rule ``page_boilerplate`` and its number among those lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..clean import RemovedLine
from ..errors import CorpusError

__all__ = ["PAGE_SUFFIXES", "Page", "outlet_from_url", "read_page", "read_page_file", "visible_lines"]

#: File endings read as saved web pages.
PAGE_SUFFIXES = (".html", ".htm")

#: Elements whose content is never shown as text (code, styling, templates, media).
HIDDEN_ELEMENTS = frozenset("head script style noscript template svg canvas iframe object".split())
#: Elements that start a new line of visible text: the block-level elements of
#: the WHATWG HTML Living Standard that hold text, plus ``br`` and ``button``.
BLOCK_ELEMENTS = frozenset(
    """address article aside blockquote br button caption dd details dialog div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr legend li main nav ol p pre section
    summary table tbody td tfoot th thead tr ul""".split()
)

#: Options of trafilatura's extraction. Decisions: no comments, tables or images
#: (reader comments and data tables are not the outlet's prose); the date only
#: from the page's metadata and markup, never guessed from any date in its text
#: (``extensive_search`` would take a copyright year or a related story's date);
#: ``favor_precision``: on the invented pages of tests/test_readers.py in ten
#: variants (one to eight paragraphs, with and without a sub-heading and a
#: block quote) it kept every body paragraph, as the default does, and left
#: out the image caption the default kept on both one-paragraph pages.
EXTRACTION_OPTIONS = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": False,
    "include_images": False,
    "include_links": False,
    "with_metadata": True,
    "deduplicate": False,
    "date_extraction_params": {"extensive_search": False, "original_date": True},
}

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Page:
    """The article of one saved page.

    ``outlet`` is the page's site name, else its host name (``www.`` dropped),
    else ``""``; ``date`` is ``YYYY-MM-DD`` or ``""``; ``removed`` lists the
    visible lines left out of ``text``.
    """

    text: str
    title: str
    date: str
    outlet: str
    url: str
    removed: tuple[RemovedLine, ...]


def outlet_from_url(url: str) -> str:
    """The host of ``url`` without ``www.`` (``"https://www.example.org/a"`` -> ``"example.org"``)."""
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def visible_lines(html: str | bytes) -> list[str]:
    """The text a browser shows for a page, one line per block, whitespace squeezed.

    Content of ``script``, ``style``, ``noscript``, ``template``, ``head`` and
    embedded media is not text and is not returned.
    """
    import trafilatura  # here, not at import: it takes about a second to import

    tree = trafilatura.load_html(html)
    if tree is None:
        return []
    for element in list(tree.iter()):
        if not isinstance(element.tag, str):  # comments and processing instructions
            element.text = ""
        elif element.tag.lower() in HIDDEN_ELEMENTS and element.getparent() is not None:
            tail = element.tail or ""
            parent, previous = element.getparent(), element.getprevious()
            parent.remove(element)  # lxml removes the text after it too: put that back
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag.lower() in BLOCK_ELEMENTS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    body = tree.find(".//body")
    text = "".join((body if body is not None else tree).itertext())
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return [line for line in lines if line]


def read_page(html: str | bytes, *, where: str, url: str = "") -> Page:
    """The article text and metadata of a saved page.

    Parameters
    ----------
    html : str or bytes
        The page as saved; bytes are decoded by trafilatura (declared charset,
        else detected).
    where : str
        The file (or WARC record) named in an error.
    url : str, optional
        The page's address, when known from elsewhere (a WARC header); used for
        metadata only, never fetched.

    Returns
    -------
    Page

    Raises
    ------
    CorpusError
        When no article text can be found in the page.

    Notes
    -----
    trafilatura keeps the headline as the first line of the text when the page
    repeats it in the body; :func:`framing.load_corpus` then adds no second copy.
    A page holding several articles (a live blog, a front page) gives one text;
    a short article (under about 250 characters) is also read with
    trafilatura's fallback extractors, which may keep more of the page. A left-out line that
    also appears whole inside the article text (a navigation link "Kessel" on
    a page whose article names Kessel) is not logged as removed.

    References
    ----------
    Barbaresi, A. (2021). Trafilatura: A web scraping library and command-line
    tool for text discovery and extraction. ACL-IJCNLP 2021: System Demonstrations.
    """
    import trafilatura

    document = trafilatura.bare_extraction(html, url=url or None, **EXTRACTION_OPTIONS)
    text = (document.text or "") if document is not None else ""
    if not text.strip():
        raise CorpusError(f"{where}: no article text found in the page")
    page_url = url or (document.url or "")
    outlet = (document.sitename or "").strip() or outlet_from_url(page_url) or (document.hostname or "")
    kept = [_SPACES.sub(" ", line).strip() for line in text.splitlines()]
    kept_set = {line for line in kept if line}
    joined = "\n".join(kept)
    removed = tuple(
        RemovedLine(line_no, line, "page_boilerplate")
        for line_no, line in enumerate(visible_lines(html), start=1)
        if line not in kept_set and not _inside(line, joined)
    )
    return Page(
        text=text,
        title=(document.title or "").strip(),
        date=document.date or "",
        outlet=outlet.removeprefix("www."),
        url=page_url,
        removed=removed,
    )


def _inside(line: str, text: str) -> bool:
    """True when ``line`` is part of a kept line (a link or emphasis cut out by a block inside a paragraph)."""
    return re.search(rf"(?<!\w){re.escape(line)}(?!\w)", text) is not None


def read_page_file(path: Path, *, max_bytes: int) -> Page:
    """:func:`read_page` of a saved page file, refused above ``max_bytes`` bytes.

    Raises
    ------
    CorpusError
        A missing or oversized file, or a page with no article text.
    """
    if not path.is_file():
        raise CorpusError(f"{path}: file is missing")
    size = path.stat().st_size
    if size > max_bytes:
        raise CorpusError(
            f"{path}: page is {size:,} bytes, above the limit of {max_bytes:,}; pass max_bytes= to raise the limit"
        )
    return read_page(path.read_bytes(), where=str(path))
