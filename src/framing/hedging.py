"""Hedges: words that present a harm event or a claim as uncertain or second-hand.

A hedge is a cue ("allegedly", "are accused of", "believed to", "could not
independently verify") plus its *scope*, the character span the cue
qualifies. The cues and how each one reaches its scope are data
(``framing/data/hedges.csv``); this module only reads the dependency parse.

Lexicon columns::

    cue        canonical cue, as reported in the tables ("accused of")
    cue_type   adverb | adjective | uncertainty | epistemic | reporting-frame
               | verification-disclaimer
    lemma      lemma of the cue's head word
    pos        optional coarse part of speech the head word must have
    link       how the cue reaches its scope (below)
    rationale  why the entry is a hedge (source)

Links (scope in brackets)::

    ""          the word's syntactic head and its subtree; for an adjective
                before a noun, the noun phrase ["allegedly [killed hundreds]"]
    amod        only as a noun modifier ["alleged [massacres]"]
    of          a prepositional "of" child ["accused of [killing civilians]"]
    that        a clausal complement ["claims that [X killed]"]
    of|that     either
    to          an infinitival complement ["appear to [have been killed]"]
    to-passive  the same, only for a passive or reduced-relative verb
                ["are said to [have ...]", "violence, believed to [be ...]"]
    perfect     a modal + "have" + past participle, or + "been" + -ing
                ["may have [killed ten]", "may have [been carrying arms]"]
    neg         a negated verb, or one under a negated "able / possible",
                or under "unable", or with a "neither / no" subject: [its
                object], else the whole sentence
                ["could not independently verify [the toll]"]
    neg-clause  a negated adjective with a clausal complement
                ["not immediately clear [whether ...]"]

References
----------
Hyland, K. (1998). *Hedging in Scientific Research Articles*. John Benjamins.
Bednarek, M. (2006). Epistemological positioning and evidentiality in English
news discourse. *Text & Talk* 26(6).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import pandas as pd

from .docview import cache_per_doc, doc_text, iter_sents, sentence_texts, token_strings
from .hints import CorpusInput, WordListInput
from .lexicons import load_lexicon
from .links import event_group_in
from .parse import ensure_parsed
from .syntax import word_pairs

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "HEDGE_COLUMNS",
    "Hedge",
    "find_hedges",
    "hedge_rows",
    "hedges",
    "load_hedge_lexicon",
]

#: Columns of :func:`hedges`, in order.
HEDGE_COLUMNS = [
    "article_id",
    "outlet",
    "sent_id",
    "sentence",
    "cue",
    "cue_type",
    "cue_text",
    "target",
    "target_agent_group",
    "start_char",
    "end_char",
    "scope_start",
    "scope_end",
]

_LINKS = {"", "amod", "of", "that", "of|that", "to", "to-passive", "perfect", "neg", "neg-clause"}
_CUE_TYPES = {
    "adverb",
    "adjective",
    "uncertainty",
    "epistemic",
    "reporting-frame",
    "verification-disclaimer",
}
# Clausal complements that carry the content of "claims that ..." / "unclear who ...".
_CLAUSAL = {"ccomp", "acl", "relcl", "csubj", "advcl", "xcomp"}
# Nouns naming an author or institution ("the report of the commission" names who wrote
# the report, not an event known only from reports): the lexicon report_authors.csv.
AUTHOR_LEXICON = "report_authors"
#: The packaged hedge lexicon (``lexicon=None``).
HEDGE_LEXICON = "hedges"
# Verbs that take "to have" + participle only in a passive reporting frame: an active
# "X alleged to have" is the reduced relative "X (who are) alleged to have" misparsed.
_PASSIVE_ONLY_INFINITIVE = {"allege"}


@dataclass(frozen=True)
class Hedge:
    """One hedge cue and the span it qualifies (character offsets into the Doc text)."""

    cue: str
    cue_type: str
    text: str
    sent_id: int
    start_char: int
    end_char: int
    scope_start: int
    scope_end: int


@dataclass(frozen=True)
class _Entry:
    cue: str
    cue_type: str
    lemma: str
    pos: str
    link: str


def load_hedge_lexicon(lexicon=None) -> tuple[_Entry, ...]:
    """Read and check a hedge lexicon (a CSV path; ``None``: the packaged one)."""
    return _entries(str(HEDGE_LEXICON if lexicon is None else lexicon))


@lru_cache(maxsize=8)
def _entries(lexicon: str) -> tuple[_Entry, ...]:
    table = load_lexicon(lexicon)
    missing = {"cue", "cue_type", "lemma", "link", "rationale"} - set(table.columns)
    if missing:
        raise ValueError(
            f"hedge lexicon {lexicon!r}: missing column(s) {', '.join(sorted(missing))}"
        )
    entries = []
    for i, row in enumerate(table.itertuples(index=False), start=2):
        if row.link not in _LINKS:
            raise ValueError(
                f"hedge lexicon {lexicon!r}, row {i}: unknown link {row.link!r};"
                f" use one of {sorted(_LINKS)}"
            )
        if row.cue_type not in _CUE_TYPES:
            raise ValueError(
                f"hedge lexicon {lexicon!r}, row {i}: unknown cue_type {row.cue_type!r}"
            )
        if not row.cue or not row.lemma:
            raise ValueError(f"hedge lexicon {lexicon!r}, row {i}: empty cue or lemma")
        pos = getattr(row, "pos", "")
        entries.append(_Entry(row.cue, row.cue_type, row.lemma.lower(), pos, row.link))
    return tuple(entries)


def _span(tokens) -> tuple[int, int]:
    tokens = [t for t in tokens if not t.is_space]
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _subtree(token) -> tuple[int, int]:
    """Character span of a token's subtree, without edge punctuation."""
    tokens = [t for t in token.subtree if not t.is_space]
    while len(tokens) > 1 and tokens[0].is_punct:
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return _span(tokens)


def _is_passive_frame(token) -> bool:
    if token.dep_ in {"acl", "amod"}:  # reduced relative: "violence, believed to be ..."
        return True
    if token.i > 0 and token.nbor(-1).text == "," and token.tag_ in {"VBN", "VBD"}:
        return True  # the same, read by the parser as the main verb after a comma
    return (
        any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)
        or token.tag_ == "VBN"
        and any(c.lemma_ == "be" and c.dep_ in {"aux", "auxpass"} for c in token.children)
    )


@lru_cache(maxsize=1)
def negation_words() -> dict[str, frozenset[str]]:
    """``framing/data/negation_words.csv`` by role: ``head`` (negates the verb it
    governs), ``determiner`` (on a subject), ``subject`` (a negative pronoun)."""
    return {
        role: frozenset(word for word, kind in pairs if kind == role)
        for pairs in [word_pairs("negation_words", "term", "role")]
        for role in ("head", "determiner", "subject")
    }


def _negated(token) -> bool:
    """The verb, or an "able / possible" it complements, is negated ("could not
    verify", "has not been able to verify", "unable to verify", "failed to verify")."""
    negation = negation_words()
    for subject in token.children:
        if subject.dep_ in {"nsubj", "nsubjpass"} and (
            subject.lower_ in negation["subject"]
            or any(
                g.dep_ in {"det", "preconj"} and g.lower_ in negation["determiner"]
                for g in subject.children
            )
        ):
            return True  # "Neither claim could be confirmed", "No figure could be verified"
    node = token
    for _ in range(3):
        if any(c.dep_ == "neg" for c in node.children):
            return True
        if node.lemma_.lower() in negation["head"]:
            return True
        if node.dep_ not in {"xcomp", "acomp"} or node.head.i == node.i:
            return False
        node = node.head
    return False


@lru_cache(maxsize=8)
def _author_nouns(lexicon: str) -> frozenset[str]:
    return frozenset(load_lexicon(lexicon)["lemma"].str.lower())


def _names_author(noun) -> bool:
    """The object of "report of" names an author or institution, not an event."""
    if noun.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"}:
        return True
    return noun.lemma_.lower() in _author_nouns(AUTHOR_LEXICON)


def _perfect_infinitive(token) -> bool:
    """``token`` has a "to have" + past participle complement ("alleged to have killed")."""
    return any(
        c.dep_ == "xcomp"
        and c.tag_ == "VBN"
        and any(g.lower_ == "to" for g in c.children)
        and any(g.dep_ == "aux" and g.lemma_ == "have" for g in c.children)
        for c in token.children
    )


def _content_clause(clause, cue) -> bool:
    """A finite clause giving the content of "claims / alleged that ...": not an
    infinitive ("alleged to have": the to-passive entry) and, under a noun, not
    a participial modifier ("reports published by the agency")."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children)
    if cue.pos_ in {"NOUN", "PROPN"} and clause.tag_ in {"VBN", "VBG"} and not has_subject:
        return False
    return True


def _scope(token, entry: _Entry, sent) -> tuple[tuple[int, int], list] | None:
    """(scope span, extra cue tokens) for a candidate cue token, or None if the link fails."""
    link = entry.link
    children = list(token.children)
    if link in {"of", "that", "of|that"}:
        wanted = set(link.split("|"))
        if "of" in wanted:
            # "accused the colonel of ordering": "of" may hang on the object
            objects = [c for c in children if c.dep_ == "dobj"]
            for prep in [*children, *(g for o in objects for g in o.children)]:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    objs = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
                    if objs and token.pos_ == "NOUN" and _names_author(objs[0]):
                        continue  # "the report of the commission": its author, not an event
                    if objs:
                        return _subtree(objs[0]), [prep]
        if "that" in wanted and not _perfect_infinitive(token):
            for c in children:
                if c.dep_ in _CLAUSAL and c.pos_ in {"VERB", "AUX"} and _content_clause(c, token):
                    return _subtree(c), []
        return None
    if link in {"to", "to-passive"}:
        if (
            link == "to-passive"
            and not _is_passive_frame(token)
            and not (token.lemma_.lower() in _PASSIVE_ONLY_INFINITIVE and _perfect_infinitive(token))
        ):
            return None
        for c in children:
            if c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children):
                return _subtree(c), [g for g in c.children if g.lower_ == "to"]
        return None
    if link == "perfect":
        head = token.head
        progressive = head.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lower_ == "been" for c in head.children
        )  # "may have been carrying"
        if token.dep_ != "aux" or not (head.tag_ == "VBN" or progressive):
            return None
        have = [
            c for c in head.children if c.dep_ == "aux" and c.lemma_ == "have" and c.i > token.i
        ]
        if not have:
            return None
        return _subtree(head), have
    if link == "neg-clause":
        # "It was not (immediately) clear whether ...": a negated adjective with a clause
        if not _negated(token):
            return None
        clauses = [
            c
            for c in [*token.children, *token.head.children]
            if c.dep_ in {"ccomp", "csubj", "advcl"} and c.i != token.i and c.i > token.i
        ]
        if not clauses:
            return None
        return _subtree(clauses[0]), [
            c for c in [*token.children, *token.head.children] if c.dep_ == "neg"
        ][:1]
    if link == "neg":
        if not _negated(token):
            return None
        for c in children:
            if c.dep_ in {"dobj", "nsubjpass", "ccomp"}:
                return _subtree(c), []
        return (sent.start_char, sent.end_char), []
    if link == "amod":
        if token.dep_ != "amod" or _perfect_infinitive(token):
            return None  # "guards alleged to have beaten": the to-passive entry
        return _subtree(token.head), []
    # no link: an adverb qualifies its head's clause, an adjective its noun or subject
    if token.dep_ in {"acomp", "attr"}:
        clauses = [
            c
            for c in [*token.children, *token.head.children]
            if c.dep_ in _CLAUSAL and c.i != token.i
        ]
        if clauses:
            return _subtree(clauses[0]), []
        subjects = [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
        if subjects and subjects[0].lower_ not in {"it", "this", "that"}:
            return _subtree(subjects[0]), []
        return (sent.start_char, sent.end_char), []
    if token.head.i == token.i:
        return (sent.start_char, sent.end_char), []
    return _subtree(token.head), []


@cache_per_doc  # asked for by the hedges and harm_events tables
def find_hedges(doc: Doc, *, lexicon: WordListInput = None) -> list[Hedge]:
    """Find hedge cues and the spans they qualify.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A parsed Doc (dependency parse and lemmas needed).
    lexicon : str or Path, optional
        The path of a CSV with the columns in the module docstring; ``None``
        reads the packaged ``hedges.csv``.

    Returns
    -------
    list of Hedge
        In text order; one per cue token. ``start_char``/``end_char`` cover
        the cue words ("accused ... of"), ``scope_start``/``scope_end`` the
        span they qualify.

    Notes
    -----
    * Scope follows the parse: when the parser attaches "allegedly" to the
      wrong verb the scope is that verb's clause.
    * "may"/"might"/"could" count only with a perfect ("may have killed");
      plain modals of possibility ("may rise") are not hedges of a past event.
    * A cue whose link finds nothing ("accused" with no "of ...") is skipped,
      so an active "X accused Y" is an attribution, not a hedge.
    """
    entries = load_hedge_lexicon(lexicon)
    by_lemma: dict[str, list[_Entry]] = {}
    for entry in entries:
        by_lemma.setdefault(entry.lemma, []).append(entry)
    found = []
    tokens = token_strings(doc)
    # a spaCy Token only for a token whose lemma or form is a cue
    cues = [
        i
        for i, (lemma, lower) in enumerate(zip(tokens.lemma, tokens.lower, strict=True))
        if lower in by_lemma or lemma.lower() in by_lemma
    ]
    if not cues:
        return found
    for sent_id, sent in iter_sents(doc):
        for i in cues[bisect_left(cues, sent.start) : bisect_left(cues, sent.end)]:
            token = doc[i]
            lemma = token.lemma_.lower()
            candidates = by_lemma.get(lemma, []) + (
                by_lemma.get(token.lower_, []) if token.lower_ != lemma else []
            )
            for entry in candidates:
                if entry.pos and token.pos_ != entry.pos:
                    continue
                result = _scope(token, entry, sent)
                if result is None:
                    continue
                (scope_start, scope_end), extra = result
                cue_tokens = sorted([token, *extra], key=lambda t: t.i)
                start, end = _span(cue_tokens)
                text = " ".join(t.text for t in cue_tokens)
                if cue_tokens[-1].i - cue_tokens[0].i + 1 > len(cue_tokens):
                    text = " ... ".join(t.text for t in cue_tokens)
                found.append(
                    Hedge(
                        entry.cue, entry.cue_type, text, sent_id, start, end, scope_start, scope_end
                    )
                )
                break
    return found


def hedge_rows(
    article, doc, *, lexicon=None, events: pd.DataFrame | None = None
) -> list[tuple]:
    """Rows of :func:`hedges` for one article (see :data:`HEDGE_COLUMNS`).

    ``events``: this article's harm events (``sent_id``, ``start_char``,
    ``agent_group``), to name the agent group of the event a hedge qualifies.
    """
    sents = sentence_texts(doc)
    rows = []
    hedges = find_hedges(doc, lexicon=lexicon)
    text = doc_text(doc) if hedges else ""
    for hedge in hedges:
        rows.append(
            (
                article.article_id,
                article.outlet,
                hedge.sent_id,
                sents[hedge.sent_id],
                hedge.cue,
                hedge.cue_type,
                hedge.text,
                text[hedge.scope_start : hedge.scope_end],
                event_group_in(events, hedge.sent_id, hedge.scope_start, hedge.scope_end),
                hedge.start_char,
                hedge.end_char,
                hedge.scope_start,
                hedge.scope_end,
            )
        )
    return rows


def hedges(
    corpus: CorpusInput, *, lexicon: WordListInput = None, events: pd.DataFrame | None = None, **parse_kwargs
) -> pd.DataFrame:
    """One row per hedge cue in every article.

    Parameters
    ----------
    corpus : pandas.DataFrame, ParsedCorpus, str or Path
        Articles; parsed (cached) with :func:`framing.parse` if not already.
    lexicon : str or Path, optional
        Hedge lexicon (see :func:`find_hedges`); ``None``: the packaged one.
    events : pandas.DataFrame, optional
        The :func:`framing.harm_events` table, to fill ``target_agent_group``
        (joined by offset, :func:`framing.links.event_group_in`). Without it
        the column is "": the events are computed from the hedges, so this
        module cannot compute them without an import cycle.
    **parse_kwargs
        Passed to :func:`framing.parse`.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``outlet`` (str), ``sent_id`` (int64), ``sentence``,
        ``cue`` (canonical), ``cue_type``, ``cue_text`` (as written),
        ``target`` (the text the cue qualifies), ``target_agent_group`` (agent
        group of the first harm event inside the target, "" if none) (str),
        ``start_char``, ``end_char`` (the cue), ``scope_start``, ``scope_end``
        (the target) (int64).
    """
    parsed = ensure_parsed(corpus, **parse_kwargs)
    rows = []
    by_article = {}
    if events is not None and len(events):
        # one pass over the events instead of one filter per article
        by_article = dict(list(events.groupby("article_id", sort=False)))
    for article, doc in parsed:
        mine = None
        if events is not None and len(events):
            mine = by_article.get(article.article_id, events.iloc[0:0])
        rows.extend(hedge_rows(article, doc, lexicon=lexicon, events=mine))
    table = pd.DataFrame(rows, columns=HEDGE_COLUMNS)
    return table.astype(
        {
            **{
                c: "str"
                for c in HEDGE_COLUMNS
                if c not in {"sent_id", "start_char", "end_char", "scope_start", "scope_end"}
            },
            **{
                c: "int64"
                for c in ("sent_id", "start_char", "end_char", "scope_start", "scope_end")
            },
        }
    )
