"""Event labels: how each outlet names the violence itself.

Symmetric conflict ("clashes"), one-sided atrocity ("massacre") or aggregate
and neutral ("deaths"): the categories of ``framing/data/event_labels.csv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..docview import sent_index, token_strings
from ..groups import group_order, grouped_by
from ..hints import CorpusInput, WordListInput
from ..lexicons import load_lexicon
from ..parse import ensure_parsed
from ..stats import N_BOOTSTRAP, RANDOM_STATE, bootstrap_cis, resampling_clusters
from ..textnorm import fold_text, refuse_default
from .shared import articles_of, doc_quotes, folded_forms, in_spans, matching, outlet_order

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class EventMention:
    """A noun naming the violence."""

    start_char: int
    end_char: int
    sent_id: int
    text: str
    label: str
    category: str
    quoted: bool


#: Event-label categories, in the order figures show them.
EVENT_CATEGORIES = ("symmetric_conflict", "one_sided_atrocity", "aggregate_neutral")
#: Columns of :func:`event_mentions`, in order.
EVENT_MENTION_COLUMNS = [
    "article_id",
    "outlet",
    "sent_id",
    "start_char",
    "end_char",
    "text",
    "label",
    "category",
    "quoted",
]
#: Columns of :func:`event_labels` (``by="category"`` drops ``label``).
EVENT_LABEL_COLUMNS = ["outlet", "label", "category", "count", "share", "ci_low", "ci_high", "ci_unit"]


def _event_lexicon(source=None) -> list[tuple[tuple[str, ...], str, str, frozenset]]:
    """The entries of an event-label lexicon (a list of entries is returned as is)."""
    if isinstance(source, list):
        return source
    refuse_default(source, "lexicon")
    return list(_read_event_lexicon(source))


@lru_cache(maxsize=16)  # read once per lexicon, not once per Doc
def _read_event_lexicon(source) -> tuple[tuple[tuple[str, ...], str, str, frozenset], ...]:
    table = load_lexicon("event_labels" if source is None else source)
    entries = []
    for i, row in enumerate(table.itertuples(index=False), start=2):
        if row.category not in EVENT_CATEGORIES:
            raise ValueError(
                f"event labels, row {i}: category {row.category!r} is not one of {', '.join(EVENT_CATEGORIES)}"
            )
        pos = frozenset((getattr(row, "pos", "") or "NOUN").split("|"))
        entries.append(
            (tuple(fold_text(row.label).split()), fold_text(row.label), row.category, pos)
        )
    # longest first, so "revenge killing" wins over "killing"
    return tuple(sorted(entries, key=lambda e: -len(e[0])))


def find_event_labels(doc: Doc, *, lexicon: WordListInput = None) -> list[EventMention]:
    """Nouns that name the violence, with their category.

    A lexicon entry (``framing/data/event_labels.csv``) matches when its last
    word is the lemma (or form) of a token with an allowed part of speech
    (nouns by default, so the verb "fighting" is not a label) and its
    earlier words are the preceding tokens. The longest entry wins.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    lexicon : None, path or list
        Columns ``label, category, pos, rationale``; ``None`` is the packaged
        ``framing/data/event_labels.csv``.

    Returns
    -------
    list of EventMention
        ``quoted`` is True inside quotation marks (the outlet quotes
        someone else's word, e.g. SOHR's "massacres").

    Notes
    -----
    "fighting" tagged as a verb by the tagger is missed, and a noun used
    figuratively ("a fight over the budget") is counted.
    """
    entries = _event_lexicon(lexicon)
    quotes = doc_quotes(doc)
    sent_of = sent_index(doc)
    # entries by last word, keeping lexicon order: a token is only tried
    # against the entries one of its forms can end
    by_last: dict[str, list[int]] = {}
    for order, (words, *_) in enumerate(entries):
        by_last.setdefault(words[-1], []).append(order)
    tokens = token_strings(doc)  # plain lists: no spaCy Token per token
    # a token matches a word by folded lemma, lower case or folded form
    lemmas, texts = folded_forms(doc)

    def forms(i: int) -> tuple[str, str, str]:
        return lemmas[i], tokens.lower[i], texts[i]

    candidates = []
    # only the tokens one of whose forms ends an entry
    for i in matching((lemmas, tokens.lower, texts), by_last):
        token_pos = tokens.pos[i]
        tried = sorted({order for form in forms(i) for order in by_last.get(form, ())})
        for order in tried:
            words, label, category, pos = entries[order]
            if token_pos not in pos and not ("NOUN" in pos and token_pos == "PROPN"):
                continue
            start = i - len(words) + 1
            if start < 0:
                continue
            if all(w in forms(start + k) for k, w in enumerate(words[:-1])):
                candidates.append((start, i + 1, label, category))
                break  # entries are longest first
    # a word inside a longer label ("death" in "death toll") is not a label of its own
    taken: set[int] = set()
    found = []
    for start, end, label, category in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if taken.intersection(range(start, end)):
            continue
        taken.update(range(start, end))
        span = doc[start:end]
        found.append(
            EventMention(
                span.start_char,
                span.end_char,
                sent_of.get(end - 1, -1),
                span.text,
                label,
                category,
                in_spans(span.start_char, quotes),
            )
        )
    return sorted(found, key=lambda m: m.start_char)


def event_label_rows(article, doc, *, lexicon=None) -> list[tuple]:
    """Rows of :func:`event_mentions` for one article (:data:`EVENT_MENTION_COLUMNS`).

    ``lexicon`` as in :func:`find_event_labels`.
    """
    return [
        (
            article.article_id,
            article.outlet,
            m.sent_id,
            m.start_char,
            m.end_char,
            m.text,
            m.label,
            m.category,
            m.quoted,
        )
        for m in find_event_labels(doc, lexicon=lexicon)
    ]


def event_mentions(corpus: CorpusInput, *, lexicon: WordListInput = None, **parse_kwargs) -> pd.DataFrame:
    """One row per noun naming the violence.

    Parameters
    ----------
    corpus : DataFrame, ParsedCorpus, str or Path
    lexicon : None, path or list
        As in :func:`find_event_labels`.
    **parse_kwargs
        Passed to :func:`framing.parse`.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``outlet`` (str), ``sent_id``, ``start_char``,
        ``end_char`` (int64), ``text``, ``label``, ``category`` (str),
        ``quoted`` (bool).
    """
    parsed = ensure_parsed(corpus, **parse_kwargs)
    entries = _event_lexicon(lexicon)
    rows = [
        row for article, doc in parsed for row in event_label_rows(article, doc, lexicon=entries)
    ]
    return pd.DataFrame(rows, columns=EVENT_MENTION_COLUMNS).astype(
        {c: "int64" for c in ("sent_id", "start_char", "end_char")}
        | {c: "str" for c in ("article_id", "outlet", "text", "label", "category")}
        | {"quoted": "bool"}
    )


def event_labels(
    corpus: CorpusInput | None = None,
    *,
    mentions: pd.DataFrame | None = None,
    by: str = "label",
    group_by: str = "outlet",
    include_quoted: bool = True,
    lexicon: WordListInput = None,
    n_resamples: int = N_BOOTSTRAP,
    random_state: int = RANDOM_STATE,
    **parse_kwargs,
) -> pd.DataFrame:
    """How each outlet names the violence: shares of labels or categories.

    Parameters
    ----------
    corpus : DataFrame, ParsedCorpus, str or Path, optional
        Needed when ``mentions`` is absent.
    mentions : DataFrame, optional
        An :func:`event_mentions` table.
    by : {"label", "category"}, default "label"
        The level of the shares (``by`` names the labels here, so the
        grouping of articles is ``group_by``).
    group_by : str, default "outlet"
        Group articles by this column: ``outlet`` or any article metadata
        column (``country``, a date period), from ``mentions`` or joined from
        ``corpus`` by article (:func:`framing.with_metadata`).
    include_quoted : bool, default True
        Count words inside quotation marks; ``False`` keeps the outlet's own voice.
    lexicon : None or path
        As in :func:`find_event_labels`, when computing ``mentions``.
    n_resamples, random_state
        Bootstrap settings (:func:`framing.bootstrap_ci`).
    **parse_kwargs
        Passed to :func:`framing.parse`.

    Returns
    -------
    pandas.DataFrame
        ``outlet`` (str; named after ``group_by``), ``label`` (str; absent
        with ``by="category"``), ``category`` (str), ``count`` (int64),
        ``share`` (float64: of the outlet's event labels), ``ci_low``,
        ``ci_high`` (float64, 95% percentile bootstrap), ``ci_unit`` (str:
        ``article`` when the outlet's labels come from more than one article,
        else ``sentence``, so two labels in one sentence are not
        independent). Every label seen in any outlet (every category)
        appears for every outlet, with 0 when unused.

    Notes
    -----
    A share of a handful of labels has a wide interval; an outlet with no
    event labels gets ``nan`` shares.
    """
    if by not in {"label", "category"}:
        raise ValueError(f"by must be 'label' or 'category', got {by!r}")
    if mentions is None:
        if corpus is None:
            raise ValueError("event_labels needs corpus= or mentions= (an event_mentions table)")
        corpus = ensure_parsed(corpus, **parse_kwargs)
        mentions = event_mentions(corpus, lexicon=lexicon)
    if not include_quoted:
        mentions = mentions[~mentions["quoted"]]
    articles = articles_of(corpus)
    if group_by == "outlet":
        outlets = outlet_order(articles if articles is not None else mentions)
    else:
        mentions = grouped_by(mentions, group_by, articles, name="mentions")
        in_order = articles if articles is not None and group_by in articles.columns else mentions
        outlets = group_order(in_order[group_by].dropna())
    key = "label" if by == "label" else "category"
    if by == "label":
        values = list(dict.fromkeys(mentions.sort_values(["category", "label"])["label"]))
        category_of = dict(zip(mentions["label"], mentions["category"], strict=True))
    else:
        values = list(EVENT_CATEGORIES)
    positions = mentions.groupby(group_by, sort=False).indices
    article_ids = mentions["article_id"].to_numpy()
    sent_ids = mentions["sent_id"].to_numpy()
    labels = mentions[key].to_numpy()
    rows = []
    for outlet in outlets:
        at = positions.get(outlet, np.array([], dtype=int))
        clusters, unit = resampling_clusters(article_ids[at], sent_ids[at])
        column = labels[at]
        hits_of = [(column == value).astype(float) for value in values]
        # one draw of resamples for every label of the outlet (same clusters, same seed)
        cis = bootstrap_cis(
            hits_of, groups=clusters, n_resamples=n_resamples, random_state=random_state
        )
        for value, hits, (share, low, high) in zip(values, hits_of, cis, strict=True):
            row = [outlet, value, int(hits.sum()), share, low, high, unit]
            if by == "label":
                row.insert(2, category_of[value])
            rows.append(row)
    columns = [group_by, *EVENT_LABEL_COLUMNS[1:]]
    if by == "category":
        columns.remove("label")
    return pd.DataFrame(rows, columns=columns).astype(
        {"count": "int64", "share": "float64", "ci_low": "float64", "ci_high": "float64"}
    )
