"""Remove non-article lines from news text by generic, auditable rules.

Web copies of news articles carry lines that are not the article: photo
captions and credits, summary-box labels, related-story lists, dateline
markers left by scrapers, bylines. They would be counted as sentences, terms
and sources. Every rule here looks only at the shape of a line (its ending, its
prefix, its place at the end of the text) or at a label in the packaged
``boilerplate.csv`` lexicon, never at a particular file, so it applies to any
outlet. Every removed line is reported with the rule that removed it.

``boilerplate.csv`` rows match a line in one of four ways (column ``match``):
``label`` (the whole line, less final punctuation), ``prefix`` (its start),
``credit`` (a caption ending in a credit: the marker, at the start of the
line or after a sentence, followed by at most :data:`CREDIT_MAX_WORDS` words
with no final full stop, as in "... on Thursday.Credit...Jane Doe/Agency")
and ``byline`` (the marker word, then names: "By Jane Doe and John Roe,
Reuters"; see :data:`BYLINE`).

Headings (short lines with no final punctuation) are kept: an outlet's
headings frame the story too. :func:`is_heading_line` flags them.

Invisible format characters (Unicode category Cf: zero-width space U+200B,
zero-width (non-)joiner U+200C / U+200D, word joiner U+2060, a byte-order
mark U+FEFF inside the text, soft hyphen U+00AD, bidirectional marks) are
removed first (:func:`strip_format_characters`). Scraped pages carry them
inside words, where they split "kil\u200bled" into tokens no lexicon knows,
so harm events and tolls were silently lost. The stored text is the text
without them, so every offset counts in it, and each line that lost any is
reported with the rule ``format_characters`` and the code points removed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .errors import CorpusError
from .lexicons import load_lexicon

__all__ = [
    "CleanResult",
    "RemovedLine",
    "clean_text",
    "clean_corpus",
    "is_heading_line",
    "strip_format_characters",
    "REMOVED_COLUMNS",
]

#: Columns of the removed-lines table, in order.
REMOVED_COLUMNS = ["article_id", "outlet", "line_no", "text", "rule"]

#: A heading is at most this many words; longer unpunctuated lines are prose
#: that lost its full stop. 20 words covers the longest headlines in wire style
#: guides (AP aims for under ~15).
HEADING_MAX_WORDS = 20

#: A trailing list of related-story headlines has at least this many lines;
#: one unpunctuated last line is more often a heading or a sign-off.
RELATED_MIN_LINES = 2

# A scraper's leading "date 2025-03-09" marker (also "Date: 2025-03-09").
_DATELINE = re.compile(r"^\s*date:?\s+\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\s*", re.I)
# A photo credit closing a line: "(AP: Omar Albam)", "(Reuters: J. Smith)",
# "(Getty Images)", "(AFP)". The parenthesis must start with a capital and be short.
_CREDIT = re.compile(
    r"\((?:AP|AFP|Reuters|EPA|Getty(?: Images)?|AAP|PA|Supplied|Xinhua|Anadolu|"
    r"[A-Z][\w.&'/ -]{0,30}):\s*[^()]{1,60}\)\s*$"
    r"|\((?:AP|AFP|Reuters|EPA|Getty Images|AAP|PA(?: Media)?|Anadolu|Xinhua)(?: Photo)?\)\s*$"
)
_TERMINAL = tuple(".!?;\"”’'…)]")

#: Most words a photo credit after its marker has ("Jane Doe/Agence France-Presse
#: - Getty Images" is 6); more, and the marker is more likely part of a sentence.
CREDIT_MAX_WORDS = 10
#: Most words of a byline line, marker included: names, "and", an agency or a
#: place ("By Jane Doe and John Roe, Reuters, Jerusalem" is 9).
BYLINE_MAX_WORDS = 16

# A name in a byline: two or more capitalised words, with short lower-case
# particles between them or joined to them ("Ana de la Cruz", "Omar al-Sayed").
_NAME_WORD = r"(?:[a-z]{1,3}-)?[A-Z][\w'’.-]*"
_NAME = rf"{_NAME_WORD}(?:\s+(?:(?!and\b)[a-z]{{1,3}}\s+)*{_NAME_WORD})+"
#: The shape of a byline after its marker: names joined by "and", "&" or
#: commas, then optionally a comma (or "in", a dash, a bar) and a short
#: affiliation or place that starts with a capital. One-word names ("By
#: Reuters") are not matched: "By Monday, Kessel was quiet" would be.
BYLINE = re.compile(
    rf"^{_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME})*"
    r"(?:\s*(?:,|\bin\b|\||-|–|—)\s*[A-Z][^.!?;:]{0,60})?$"
)


@dataclass(frozen=True)
class RemovedLine:
    """A line (or a leading fragment of one) removed by a cleaning rule."""

    line_no: int  # 1-based line number in the raw text
    text: str
    rule: str


@dataclass(frozen=True)
class CleanResult:
    """Cleaned text and what was removed from it."""

    text: str
    removed: tuple[RemovedLine, ...]


#: Unicode general category of the invisible format characters removed before
#: anything else (zero-width space and joiners, word joiner, soft hyphen,
#: byte-order mark, bidirectional controls); they carry no letter of English text.
FORMAT_CATEGORY = "Cf"


@lru_cache(maxsize=1)
def _format_chars() -> re.Pattern:
    """A character class of every code point of category ``Cf`` in this Python's
    Unicode database (built on first use, about 0.2 s, not at import)."""
    codes = [c for c in range(0x110000) if unicodedata.category(chr(c)) == FORMAT_CATEGORY]
    return re.compile("[" + "".join(re.escape(chr(c)) for c in codes) + "]")


def strip_format_characters(text: str) -> tuple[str, dict[str, int]]:
    """``text`` without invisible format characters, and how many of each were removed.

    Parameters
    ----------
    text : str

    Returns
    -------
    text : str
        The text less every character of Unicode category ``Cf``.
    removed : dict
        ``{"U+200B": 2, ...}``, in order of first occurrence; empty when none.

    Notes
    -----
    A zero-width space used as the only break between two words joins them;
    in scraped news text it is far more often inside a word.
    """
    pattern = _format_chars()
    found = pattern.findall(text)
    if not found:
        return text, {}
    counts: dict[str, int] = {}
    for ch in found:
        key = f"U+{ord(ch):04X}"
        counts[key] = counts.get(key, 0) + 1
    return pattern.sub("", text), counts


def _fold(line: str) -> str:
    line = unicodedata.normalize("NFKC", line).replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", line).strip().lower()


def _rules():
    table = load_lexicon("boilerplate")
    rows = list(zip(table.text, table.rule, table.match, strict=True))
    labels = {_fold(t): r for t, r, m in rows if m == "label"}
    prefixes = [(_fold(t), r) for t, r, m in rows if m == "prefix"]
    # a credit marker at the line's start or right after a sentence's end
    credits = [
        (re.compile(rf"(?:^|(?<=[.!?\"')\]]))\s*{re.escape(_fold(t))}\s*(?P<tail>.*)$"), r)
        for t, r, m in rows
        if m == "credit"
    ]
    bylines = [(re.compile(rf"^{re.escape(t.strip())}\s+(?P<tail>.*)$", re.I), r) for t, r, m in rows if m == "byline"]
    return labels, prefixes, credits, bylines


def _credit_rule(folded: str, credits) -> str | None:
    """The rule of a caption that ends in a credit (marker, then a few words with no final full stop)."""
    for pattern, rule in credits:
        for match in pattern.finditer(folded):
            tail = match.group("tail").strip()
            if tail and len(tail.split()) <= CREDIT_MAX_WORDS and not tail.endswith((".", "!", "?")):
                return rule
    return None


def _byline_rule(line: str, bylines) -> str | None:
    """The rule of a byline line: marker, then names (and an affiliation), no final punctuation."""
    if len(line.split()) > BYLINE_MAX_WORDS or line.endswith(_TERMINAL):
        return None
    for pattern, rule in bylines:
        match = pattern.match(line)
        if match and BYLINE.match(match.group("tail").strip()):
            return rule
    return None


def is_heading_line(line: str) -> bool:
    """True for a short line with no final punctuation: a headline or subheading.

    Notes
    -----
    A sentence that lost its full stop in copy-paste is also flagged when it
    is short; a heading that ends in a question mark is not flagged.
    """
    line = line.strip()
    if not line or not any(ch.isalpha() for ch in line):
        return False
    if line.endswith(_TERMINAL) or line.endswith(":"):
        return False
    return len(line.split()) <= HEADING_MAX_WORDS


def clean_text(text: str) -> CleanResult:
    """Remove captions, credits, labels, related-story lists and dateline markers.

    Parameters
    ----------
    text : str
        Raw article text, one paragraph per line.

    Returns
    -------
    CleanResult
        ``text`` holds the kept lines, stripped and joined by ``"\\n"`` (blank
        lines dropped); ``removed`` lists every removed line with its rule:
        ``dateline_marker``, ``photo_credit``, ``caption``, ``summary_label``,
        ``related_links``, ``byline`` or ``boilerplate``; and every line that
        lost invisible format characters (:func:`strip_format_characters`),
        with rule ``format_characters`` and the code points and counts as its
        text (``"U+200B x2"``).

    Notes
    -----
    A byline naming one word only ("By Reuters") is kept: it has the shape
    of "By Monday, ..." too.
    """
    labels, prefixes, credits, bylines = _rules()
    kept: list[tuple[int, str]] = []
    removed: list[RemovedLine] = []
    for line_no, raw in enumerate(text.splitlines(), start=1):
        raw, invisible = strip_format_characters(raw)
        if invisible:
            described = ", ".join(f"{code} x{n}" for code, n in invisible.items())
            removed.append(RemovedLine(line_no, described, "format_characters"))
        line = raw.strip()
        if not line:
            continue
        marker = _DATELINE.match(line)
        if marker:
            removed.append(RemovedLine(line_no, marker.group(0).strip(), "dateline_marker"))
            line = line[marker.end() :].strip()
            if not line:
                continue
        folded = _fold(line)
        rule = labels.get(folded.rstrip(":?.! "))
        if rule is None:
            rule = next((r for p, r in prefixes if folded.startswith(p)), None)
        if rule is None:
            rule = _credit_rule(folded, credits)
        if rule is None and _CREDIT.search(line):
            rule = "photo_credit"
        if rule is None:
            rule = _byline_rule(line, bylines)
        if rule is not None:
            removed.append(RemovedLine(line_no, line, rule))
            continue
        kept.append((line_no, line))

    # A trailing run of unpunctuated lines is a related-stories list.
    tail = 0
    while tail < len(kept) and is_heading_line(kept[len(kept) - 1 - tail][1]):
        tail += 1
    if tail >= RELATED_MIN_LINES and tail < len(kept):
        for line_no, line in kept[len(kept) - tail :]:
            removed.append(RemovedLine(line_no, line, "related_links"))
        kept = kept[: len(kept) - tail]
    removed.sort(key=lambda r: r.line_no)
    return CleanResult("\n".join(line for _, line in kept), tuple(removed))


def clean_corpus(corpus: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Clean every article of a corpus table.

    Parameters
    ----------
    corpus : pandas.DataFrame
        A table from :func:`framing.load_corpus` with ``clean=False``.

    Returns
    -------
    cleaned : pandas.DataFrame
        The same table with ``text`` replaced by the cleaned text.
    removed : pandas.DataFrame
        One row per removed line. Columns: ``article_id`` (str), ``outlet``
        (str), ``line_no`` (int64, 1-based in the raw text), ``text`` (str),
        ``rule`` (str).

    Raises
    ------
    framing.CorpusError
        When cleaning leaves an article with no text.
    """

    cleaned = corpus.copy()
    texts, rows = [], []
    for article_id, outlet, text in zip(corpus.article_id, corpus.outlet, corpus.text, strict=False):
        result = clean_text(text)
        if not result.text.strip():
            raise CorpusError(f"article {article_id!r}: nothing is left after cleaning")
        texts.append(result.text)
        rows.extend((article_id, outlet, r.line_no, r.text, r.rule) for r in result.removed)
    cleaned["text"] = texts
    removed = pd.DataFrame(rows, columns=REMOVED_COLUMNS)
    removed["line_no"] = removed["line_no"].astype("int64")
    return cleaned, removed
