"""Quotations in raw text: quote marks paired one by one.

Curly and straight double quotes and curly single quotes are paired left to
right. An opening mark with no closing mark before the next opening mark, or
the end of its paragraph, is dropped, so an unbalanced mark loses one
quotation and never the rest of the document.
"""

from __future__ import annotations

import re
from dataclasses import replace

__all__ = ["find_quotes", "is_inside", "link_quotes"]

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


def is_inside(char: int, quotes) -> bool:
    """``char`` lies inside one of the ``(start, end)`` spans of ``quotes``."""
    return any(s <= char < e for s, e in quotes)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def link_quotes(found, quotes, sents, text, *, min_quote_words: int, direct_share: float) -> list:
    """Mark attributions whose content is mostly quoted as direct; attach
    adjacent quotations ("X said:" + quote; a quote continuing after its
    attribution sentence) to them.

    ``found`` are :class:`framing.sources.attributions.Attribution` records in
    text order; ``direct_share`` is the share of an attribution's content inside
    quote marks from which it is direct. Records left with no content are dropped.
    """
    sent_spans = {sid: (span.start_char, span.end_char) for sid, span in sents}
    result = []
    used = set()
    for record in found:
        content = (record.content_start, record.content_end)
        quoted = [q for q in quotes if record.content_start >= 0 and _overlap(q, content) > 0]
        share = sum(_overlap(q, content) for q in quoted) / max(1, content[1] - content[0])
        if record.content_start >= 0 and share >= direct_share:
            lo = min([content[0], *(q[0] for q in quoted)])
            hi = max([content[1], *(q[1] for q in quoted)])
            record = replace(record, kind="direct", content_start=lo, content_end=hi)
            used.update(quoted)
        result.append(record)
    # quotations still unattributed: attach to an attribution in the sentence
    # just before them ("He said:" / a quote continuing after "..., he said.")
    by_sent = {}
    for k, record in enumerate(result):
        by_sent.setdefault(record.sent_id, []).append(k)
    for quote in quotes:
        if quote in used or len(text[quote[0] : quote[1]].split()) < min_quote_words:
            continue
        # the sentence holding the opening mark
        q_sent = next((sid for sid, (s, e) in sent_spans.items() if s <= quote[0] < e), None)
        if q_sent is None:
            continue
        candidates = []
        # an attribution in the same sentence, outside the quote, with no content
        # of its own (`He said: "..."` parsed as one sentence)
        for k in by_sent.get(q_sent, []):
            r = result[k]
            if not is_inside(r.start_char, [quote]) and (
                r.content_start < 0 or r.kind == "direct" or r.content_end <= quote[0] + 1
            ):
                candidates.append(k)
        if not candidates and q_sent - 1 in by_sent:
            prev = text[sent_spans[q_sent - 1][1] : quote[0]]
            if prev.strip() in {"", '"', "\u201c", "\u2018"}:
                candidates = [
                    k
                    for k in by_sent[q_sent - 1]
                    if result[k].kind == "direct" or text[: sent_spans[q_sent - 1][1]].rstrip().endswith(":")
                ]
        if not candidates:
            continue
        k = candidates[-1]
        r = result[k]
        lo = quote[0] if r.content_start < 0 else min(r.content_start, quote[0])
        result[k] = replace(r, kind="direct", content_start=lo, content_end=max(r.content_end, quote[1]))
        used.add(quote)
    return [r for r in result if r.content_start >= 0]
