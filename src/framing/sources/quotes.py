"""Quotations in raw text: quote marks paired one by one.

Curly and straight double quotes and curly single quotes are paired left to
right. An opening mark with no closing mark before the next opening mark, or
the end of its paragraph, is dropped, so an unbalanced mark loses one
quotation and never the rest of the document.
"""

from __future__ import annotations

import re

__all__ = ["find_quotes"]

_OPENERS = {"\u201c": '"', "\u2018": "'", "\u00ab": '"'}
_CLOSERS = {"\u201d": '"', "\u2019": "'", "\u00bb": '"'}


def _mark_role(text: str, i: int) -> str:
    """'open', 'close' or '' for the quote mark at ``text[i]``."""
    char = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if char in _OPENERS:
        if char == "\u2018" and before.isalnum():
            return ""
        return "open"
    if char in _CLOSERS:
        if char == "\u2019" and (after.isalnum() or before.isspace()):
            return ""  # apostrophe: "country’s", "’90s"
        return "close"
    if char == '"':
        if before.isspace() or before in "([{-\u2013\u2014/" or i == 0:
            return "open" if not after.isspace() else ""
        return "close" if not before.isspace() else ""
    return ""


_QUOTE_CHARS = re.compile("[" + re.escape("".join(sorted({*_OPENERS, *_CLOSERS, '"'}))) + "]")


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations in ``text`` (inside the marks).

    Curly and straight double quotes and curly single quotes are paired
    left to right. An opening mark followed by another opening mark before
    any closing mark is dropped; a closing mark with nothing open is
    dropped. A quotation still open at the end of a paragraph that ends a
    sentence continues only if the next paragraph opens a quotation (the
    newspaper convention for multi-paragraph quotes); it then ends at that
    paragraph end. Otherwise it is dropped.
    """
    # the quote marks only, found by one regular-expression scan, not a Python loop per character
    marks = [(m.start(), _mark_role(text, m.start())) for m in _QUOTE_CHARS.finditer(text)]
    marks = [(i, role) for i, role in marks if role]
    quotes = []
    open_at = None
    for i, role in marks:
        if open_at is not None:
            newline = text.find("\n", open_at, i)
            if newline != -1:
                paragraph = text[open_at + 1 : newline].rstrip()
                ends_sentence = paragraph[-1:] in ".!?\u2026"
                if role == "open" and ends_sentence and text[newline:i].strip() == "":
                    quotes.append((open_at + 1, newline))  # continued in the next paragraph
                elif role == "close" and not ends_sentence and paragraph[-1:] not in ",:;":
                    quotes.append((open_at + 1, i))  # a line break inside the quotation
                    open_at = None
                    continue
                open_at = None  # unbalanced: drop this quotation only
        if role == "open":
            open_at = i
        elif role == "close" and open_at is not None:
            if i > open_at + 1:
                quotes.append((open_at + 1, i))
            open_at = None
    return [_trim(text, s, e) for s, e in quotes if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
