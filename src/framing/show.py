"""``framing.show(table)``: the marked sentences of a table, drawn in a notebook.

Any tidy table with ``article_id``, ``start_char`` and ``end_char`` (every
per-sentence table of the package) is drawn as its sentences with each row a
highlighted span and a label, in the manner of displaCy's entity view: inline
HTML in Jupyter (through ``IPython.display``), bracketed plain text elsewhere.
The marks are those of the evidence page (:mod:`framing.evidence`).
"""

from __future__ import annotations

import html

import pandas as pd

from .evidence import PAGE_CSS, Mark, mark_text, marks_of
from .hints import CorpusInput

__all__ = ["MARKED_TEXT_COLUMNS", "SHOW_LIMIT", "marked_sentences", "render_html", "render_text", "show"]

#: Sentences drawn by default. Decision: a screen or two; pass ``limit=None`` for all.
SHOW_LIMIT = 20

#: Columns that hold the words a row marks (harm trigger, passive or reporting
#: verb, hedge cue, toll number), used to place a mark in its ``sentence``
#: when no corpus is given.
MARKED_TEXT_COLUMNS = ("trigger", "verb", "cue_text", "number_text", "term", "word", "text")

#: Characters of context either side of a mark when the table has no ``sentence`` column.
CONTEXT_CHARS = 80


def _texts(corpus) -> dict[str, str] | None:
    """``{article_id: text}`` of a corpus table, a ParsedCorpus or a path (None for None)."""
    if corpus is None:
        return None
    if hasattr(corpus, "articles") and hasattr(corpus, "docs"):  # a ParsedCorpus
        corpus = corpus.articles
    if not isinstance(corpus, pd.DataFrame):
        from .corpus import load_corpus

        corpus = load_corpus(corpus)
    if not {"article_id", "text"} <= set(corpus.columns):
        raise ValueError("corpus= needs article_id and text columns (what framing.load_corpus returns)")
    return dict(zip(corpus["article_id"].astype(str), corpus["text"].astype(str), strict=True))


def _place_in_sentence(row: dict, sentence: str) -> int | None:
    """Where the row's marked words start in its sentence, from a MARKED_TEXT_COLUMNS value
    as long as the mark (the first occurrence), or None."""
    width = int(row["end_char"]) - int(row["start_char"])
    for column in MARKED_TEXT_COLUMNS:
        words = row.get(column)
        if isinstance(words, str) and len(words) == width and words in sentence:
            return sentence.index(words)
    return None


def marked_sentences(table: pd.DataFrame, corpus=None, *, label: str | None = None, limit: int | None = SHOW_LIMIT):
    """The sentences of a table's rows with their marks, in first-row order.

    Parameters
    ----------
    table : pandas.DataFrame
        A tidy table with ``article_id``, ``start_char`` and ``end_char``.
    corpus : DataFrame, ParsedCorpus or path, optional
        The corpus the table was made from: marks are then placed exactly by
        their offsets. Without it, each row's ``sentence`` column is drawn and
        the mark placed at its marked words (see Notes).
    label : str, optional
        Column to label each mark with (default: the kind's, e.g. the agent group of a harm event).
    limit : int or None
        Most sentences returned.

    Returns
    -------
    list of (heading, text, start, end, marks)
        ``text[start:end]`` is the sentence, ``marks`` the :class:`~framing.evidence.Mark` s in it.

    Raises
    ------
    ValueError
        If the table lacks the offsets, or neither ``corpus`` nor a ``sentence`` column is there.

    Notes
    -----
    Without a corpus a row's offsets index its article, not its sentence, so
    the mark is put on the first occurrence in the sentence of the row's
    marked words (``trigger``, ``verb``, ``cue_text``, ``number_text``...);
    a word that occurs twice in a sentence may be marked at the wrong one,
    and a row with none of those columns is not marked. Pass the corpus for
    exact marks.
    """
    texts = _texts(corpus)
    if texts is None and "sentence" not in table.columns:
        raise ValueError("the table has no sentence column: pass corpus= (the corpus the table was made from)")
    rows = table.to_dict("records")
    found: dict[tuple, tuple] = {}
    for row, (article_id, mark) in zip(rows, marks_of(table, label=label), strict=True):
        sentence = row.get("sentence") if isinstance(row.get("sentence"), str) else None
        if texts is not None:
            if article_id not in texts:
                raise ValueError(f"article {article_id!r} of the table is not in corpus=")
            text = texts[article_id]
            start, end = _sentence_bounds(text, mark, sentence)
            key = (article_id, start, end)
        else:
            text, start, end = sentence, 0, len(sentence)
            at = _place_in_sentence(row, sentence)
            key = (article_id, sentence)
            mark = None if at is None else Mark(at, at + mark.end - mark.start, mark.attrs, mark.label, mark.title)
        if key not in found:
            if limit is not None and len(found) >= limit:
                continue
            heading = " · ".join(str(row[c]) for c in ("outlet", "article_id", "sent_id") if c in row)
            found[key] = (heading, text, start, end, [])
        if mark is not None:
            found[key][4].append(mark)
    return list(found.values())


def _sentence_bounds(text: str, mark: Mark, sentence: str | None) -> tuple[int, int]:
    """The sentence around a mark: the row's ``sentence`` found in the text where it covers
    the mark, else the line around it, at most CONTEXT_CHARS either side."""
    if sentence:
        # the last occurrence starting at or before the mark
        at = text.rfind(sentence, 0, mark.start + len(sentence))
        if 0 <= at <= mark.start and at + len(sentence) >= mark.end:
            return at, at + len(sentence)
    start = max(text.rfind("\n", 0, mark.start) + 1, mark.start - CONTEXT_CHARS)
    newline = text.find("\n", mark.end)
    end = min(len(text) if newline < 0 else newline, mark.end + CONTEXT_CHARS)
    return start, end


def render_html(sentences) -> str:
    """The marked sentences of :func:`marked_sentences` as an HTML fragment (text escaped)."""
    blocks = [
        f'<div class="sent-block"><div class="sent-meta">{html.escape(heading)}</div>'
        f"{mark_text(text, marks, start=start, end=end)}</div>"
        for heading, text, start, end, marks in sentences
    ]
    return f'<div class="framing-show"><style>{PAGE_CSS}</style>{"".join(blocks)}</div>'


def render_text(sentences) -> str:
    """The marked sentences as plain text: each mark ``[words]{label}``, nested marks nested."""
    blocks = []
    for heading, text, start, end, marks in sentences:
        blocks.append(f"{heading}\n  {mark_text(text, marks, start=start, end=end, plain=True)}")
    return "\n".join(blocks)


def show(
    table: pd.DataFrame, corpus: CorpusInput | None = None, *, label: str | None = None, limit: int | None = SHOW_LIMIT
) -> str | None:
    """Draw the marked sentences of a table (displaCy-style), inline in a notebook.

    Parameters
    ----------
    table : pandas.DataFrame
        Any tidy table with ``article_id``, ``start_char`` and ``end_char``:
        ``framing.harm_events(corpus)``, a filtered slice of it, a user's own.
    corpus : DataFrame, ParsedCorpus or path, optional
        The corpus the table was made from, for exact placement (see
        :func:`marked_sentences`).
    label : str, optional
        Column to label the marks with.
    limit : int or None, default :data:`SHOW_LIMIT`
        Most sentences drawn.

    Returns
    -------
    str or None
        None after displaying HTML in a running Jupyter kernel; elsewhere the
        plain-text rendering (each mark ``[words]{label}``), for print().

    Examples
    --------
    >>> events = framing.harm_events(corpus)                      # doctest: +SKIP
    >>> framing.show(events[events["agent_group"] == "none"], corpus)  # doctest: +SKIP
    """
    sentences = marked_sentences(table, corpus, label=label, limit=limit)
    if _in_kernel():
        from IPython.display import HTML, display

        display(HTML(render_html(sentences)))
        return None
    return render_text(sentences)


def _in_kernel() -> bool:
    """True inside a running Jupyter kernel (IPython importable and a kernel attached)."""
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and getattr(shell, "kernel", None) is not None
