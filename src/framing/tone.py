"""Tone: VADER sentence sentiment, its per-outlet distribution, and tone by actor and role.

Three layers, as everywhere in framing:

* :func:`find_sentiment` scores each sentence of one Doc with VADER
  (Hutto & Gilbert 2014) and returns small frozen records;
  :func:`sentence_sentiment` is the corpus table (one row per sentence) and
  :func:`outlet_tone` its per-outlet summary with bootstrap intervals.
* :func:`find_actor_clauses` scores the *clause* in which an actor appears,
  with the actor's role in it: ``agent`` or ``patient`` of a harm event (from
  :func:`framing.harm_events`), or only ``mentioned`` (a noun phrase the study's
  actor taxonomy classifies, in a sentence where that group is neither agent
  nor patient of a harm event). :func:`actor_clauses` is the corpus table,
  :func:`actor_tone` its per-outlet summary.

What a clause is
----------------
The clause of a token is built from its *governing verb*: the token itself if
it is a verb heading a clause, else the nearest verb above it in the
dependency tree (the sentence root when no verb is found). The clause is that
verb's subtree *minus* every clause embedded in it that has its own subject
(a conjoined verb, complement, adverbial or relative clause with an
``nsubj``, ``nsubjpass``, ``csubj`` or ``expl`` child, at any depth) and minus the coordinating
conjunction that introduces such a conjoined clause. So in "Gunmen killed 12
villagers who had fled, and the army restored calm, the monitor said" the
clause of *killed* is "Gunmen killed 12 villagers"; clauses that share the
subject ("entered the village and killed residents", "killing dozens") stay
in, because they say more about the same actor.

Lexicon
-------
VADER is tuned to social media. ``framing/data/vader_domain.csv`` adapts it
to conflict news in two documented ways: it removes words that are labels
here rather than evaluations ("fighters *loyal* to", "*security* forces",
"*United* Nations", "*rebels*"), and it adds harm and relief words the
lexicon lacks ("massacre", "executed", "shelling", "ceasefire"), each rated
like a named existing VADER entry. Whether the adjustment is used by default
(:data:`USE_DOMAIN_LEXICON`) was decided on the held-out half of
``data/validation/tone.csv`` (see :mod:`framing.validation.tone`).

References
----------
Hutto, C. J. & Gilbert, E. (2014). VADER: A parsimonious rule-based model for
sentiment analysis of social media text. *Proceedings of ICWSM-14*.
"""

from __future__ import annotations

import weakref
from collections import namedtuple
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from .docview import arcs, doc_text, once_per_doc, sent_index, sentence_chars, token_strings
from .memo import AnswersOf
from .parse import ensure_parsed
from .stats import bootstrap_ci, bootstrap_cis

_POLARITY: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _polarity_memo(doc, analyzer):
    """``analyzer.polarity_scores`` remembered per text for as long as ``doc`` lives.

    The sentence table and the actor clauses of a Doc score many of the same
    texts (a clause is often its whole sentence). The memo is per Doc, so a
    text repeated in another article is scored again: run times do not depend
    on how much the articles of a corpus repeat each other. Callers must not
    change the returned dicts.
    """
    memo = _POLARITY.setdefault(doc, {}).setdefault(analyzer, {})

    def polarity(text: str) -> dict:
        scores = memo.get(text)
        if scores is None:
            scores = memo[text] = analyzer.polarity_scores(text)
        return scores

    return polarity

__all__ = [
    "ACTOR_CLAUSE_COLUMNS",
    "ACTOR_TONE_COLUMNS",
    "DOMAIN_LEXICON",
    "OUTLET_TONE_COLUMNS",
    "ROLES",
    "SENTIMENT_COLUMNS",
    "USE_DOMAIN_LEXICON",
    "VADER_THRESHOLD",
    "ActorClause",
    "ActorMention",
    "SentenceTone",
    "actor_clause_rows",
    "actor_clauses",
    "actor_tone",
    "analyzer",
    "clause_tokens",
    "compound_label",
    "find_actor_clauses",
    "find_actor_mentions",
    "find_sentiment",
    "outlet_tone",
    "score_text",
    "sentence_sentiment",
    "sentence_sentiment_rows",
]

#: Compound score at or beyond which a text is positive (>= +t) or negative
#: (<= -t); neutral in between. The thresholds recommended by VADER's authors
#: (Hutto & Gilbert 2014; vaderSentiment README, "scoring").
VADER_THRESHOLD = 0.05
#: Name of the packaged domain adjustment (``framing/data/vader_domain.csv``).
DOMAIN_LEXICON = "vader_domain"
#: Use the domain adjustment by default. Decision: adopted because it raised
#: macro-F1 on the held-out (``test``) half of data/validation/tone.csv
#: (numbers: ``framing.validation.tone.evaluate_tone()``).
USE_DOMAIN_LEXICON = True
#: Roles of :func:`actor_tone`, in display order.
ROLES = ("agent", "patient", "mentioned")
#: Actor groups that mean "no actor expressed" in the agency tables; such rows
#: describe no actor and are left out of the actor tables.
NO_ACTOR_GROUPS = frozenset({"none", ""})

#: Columns of :func:`sentence_sentiment`, in order.
SENTIMENT_COLUMNS = ["article_id", "outlet", "sent_id", "compound", "pos", "neu", "neg"]
#: Columns of :func:`outlet_tone`, in order.
OUTLET_TONE_COLUMNS = ["outlet", "measure", "n", "estimate", "ci_low", "ci_high"]
#: Columns of :func:`actor_clauses`, in order.
ACTOR_CLAUSE_COLUMNS = [
    "article_id",
    "outlet",
    "sent_id",
    "role",
    "actor_group",
    "actor",
    "clause",
    "start_char",
    "end_char",
    "compound",
]
#: Columns of :func:`actor_tone`, in order.
ACTOR_TONE_COLUMNS = ["outlet", "actor_group", "role", "n", "mean_compound", "ci_low", "ci_high"]

# Dependency labels of a dependent that can head a clause of its own
# (ClearNLP / en_core_web_* labels).
_CLAUSAL_DEPS = frozenset(
    {"conj", "ccomp", "advcl", "relcl", "parataxis", "acl", "xcomp", "pcomp", "csubj"}
)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_VERB_POS = frozenset({"VERB", "AUX"})
# Dependents of a noun that belong to its mention ("fighters loyal to X",
# "gunmen affiliated with Y"): post-nominal adjective phrases only, never
# relative clauses or prepositional phrases, which name other entities.
_MENTION_RIGHT_DEPS = frozenset({"amod", "compound", "flat", "nummod"})


# --------------------------------------------------------------------------- VADER


@dataclass(frozen=True)
class SentenceTone:
    """VADER scores of one sentence (offsets into ``doc.text``)."""

    sent_id: int
    start_char: int
    end_char: int
    compound: float
    pos: float
    neu: float
    neg: float


def _domain_key(domain) -> str | None:
    """Normalise the ``domain`` option to a hashable cache key (a file path or None)."""
    if domain is None:
        domain = USE_DOMAIN_LEXICON
    if domain is True:
        from .lexicons import lexicon_path

        return str(lexicon_path(DOMAIN_LEXICON))
    if domain is False:
        return None
    if isinstance(domain, (str, Path)):
        path = Path(domain)
        if not path.is_file():
            raise ValueError(
                f"domain lexicon {path} not found; pass True, False or the path of a CSV file"
            )
        return str(path.resolve())
    raise ValueError(f"domain must be True, False or a CSV path, got {domain!r}")


def _read_adjustments(path: str) -> list[tuple[str, str, float | None]]:
    from .lexicons import load_lexicon

    table = load_lexicon(path)
    missing = {"token", "action", "valence"} - set(table.columns)
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
    adjustments = []
    for row_no, row in enumerate(table.itertuples(index=False), start=2):
        token, action = row.token.strip().lower(), row.action.strip()
        if not token or any(ch.isspace() for ch in token):
            raise ValueError(
                f"{path}, row {row_no}: token {row.token!r} must be one word (VADER scores words)"
            )
        if action == "remove":
            adjustments.append((token, action, None))
        elif action in {"add", "set"}:
            try:
                valence = float(row.valence)
            except ValueError:
                raise ValueError(
                    f"{path}, row {row_no}: valence {row.valence!r} is not a number"
                ) from None
            if not -4.0 <= valence <= 4.0:
                raise ValueError(
                    f"{path}, row {row_no}: valence {valence} outside VADER's -4..+4 scale"
                )
            adjustments.append((token, action, valence))
        else:
            raise ValueError(f"{path}, row {row_no}: action {action!r} is not add, set or remove")
    return adjustments


@lru_cache(maxsize=8)
def _analyzer(key: str | None):
    # Built lazily, once per process and lexicon: the constructor reads
    # VADER's lexicon files (nothing happens at import). ExactAnalyzer is
    # vaderSentiment's analyzer with a faster polarity_scores giving the same scores.
    from ._vader import ExactAnalyzer

    sia = ExactAnalyzer()
    if key is not None:
        lexicon = dict(sia.lexicon)
        for token, action, valence in _read_adjustments(key):
            if action == "remove":
                lexicon.pop(token, None)
            else:
                lexicon[token] = valence
        sia.lexicon = lexicon
    return sia


def analyzer(*, domain: bool | str | Path | None = None):
    """The process-wide VADER ``SentimentIntensityAnalyzer`` for a lexicon.

    Parameters
    ----------
    domain : bool, str or Path, optional
        ``True``: VADER's lexicon with framing's conflict-news adjustment
        (``framing/data/vader_domain.csv``); ``False``: VADER as shipped; a
        path: a CSV file with the same columns (``token``, ``action`` in
        add | set | remove, ``valence``). Default :data:`USE_DOMAIN_LEXICON`.

    Notes
    -----
    The analyzer is a ``framing._vader.ExactAnalyzer``: vaderSentiment's
    class with a faster ``polarity_scores`` that returns the same scores
    (tested against vaderSentiment on several thousand texts).
    """
    return _analyzer(_domain_key(domain))


def score_text(text: str, *, domain: bool | str | Path | None = None) -> dict[str, float]:
    """VADER scores of a text: ``{"compound", "pos", "neu", "neg"}``."""
    scores = analyzer(domain=domain).polarity_scores(text)
    return {key: float(scores[key]) for key in ("compound", "pos", "neu", "neg")}


def compound_label(compound, *, threshold: float = VADER_THRESHOLD):
    """Map compound scores to ``negative`` | ``neutral`` | ``positive``.

    Hutto & Gilbert's decision rule: positive if ``compound >= threshold``,
    negative if ``compound <= -threshold``, neutral otherwise. Accepts a
    number (returns a str) or an array-like (returns a numpy array of str).
    """
    values = np.asarray(compound, dtype=float)
    labels = np.where(
        values >= threshold, "positive", np.where(values <= -threshold, "negative", "neutral")
    )
    return str(labels) if labels.ndim == 0 else labels


def find_sentiment(doc, *, domain: bool | str | Path | None = None) -> list[SentenceTone]:
    """VADER scores of every sentence of a Doc.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    domain : bool, str or Path, optional
        Lexicon; see :func:`analyzer`.

    Returns
    -------
    list of SentenceTone
        One per sentence of :func:`framing.sentences.iter_sents`, in order.

    Notes
    -----
    VADER scores words, negation and intensifiers; it does not know who did
    what to whom, so "gunmen killed villagers" and "villagers were killed"
    score the same, and a neutral report of a killing is negative.
    """
    sia = analyzer(domain=domain)
    polarity = _polarity_memo(doc, sia)
    records = []
    for sent_id, start_char, end_char, text in sentence_chars(doc):
        scores = polarity(text)
        records.append(
            SentenceTone(
                sent_id,
                start_char,
                end_char,
                float(scores["compound"]),
                float(scores["pos"]),
                float(scores["neu"]),
                float(scores["neg"]),
            )
        )
    return records


def sentence_sentiment_rows(
    article, doc, *, domain: bool | str | Path | None = None
) -> list[tuple]:
    """Rows of :func:`sentence_sentiment` for one article (columns :data:`SENTIMENT_COLUMNS`)."""
    return [
        (article.article_id, article.outlet, r.sent_id, r.compound, r.pos, r.neu, r.neg)
        for r in find_sentiment(doc, domain=domain)
    ]


def _sentiment_table(rows: list[tuple]) -> pd.DataFrame:
    table = pd.DataFrame(rows, columns=SENTIMENT_COLUMNS)
    return table.astype(
        {
            "article_id": "str",
            "outlet": "str",
            "sent_id": "int64",
            "compound": "float64",
            "pos": "float64",
            "neu": "float64",
            "neg": "float64",
        }
    )


def sentence_sentiment(
    corpus, *, domain: bool | str | Path | None = None, **parse_kwargs
) -> pd.DataFrame:
    """VADER sentiment of every sentence of every article.

    Parameters
    ----------
    corpus : pandas.DataFrame, ParsedCorpus, str or Path
        Articles; parsed (cached) with :func:`framing.parse` if not already.
    domain : bool, str or Path, optional
        Lexicon; see :func:`analyzer`. Default :data:`USE_DOMAIN_LEXICON`.
    **parse_kwargs
        Passed to :func:`framing.parse`.

    Returns
    -------
    pandas.DataFrame
        One row per sentence: ``article_id`` (str), ``outlet`` (str),
        ``sent_id`` (int64, as in :func:`framing.sentences`), ``compound``
        (float64, -1..1), ``pos``, ``neu``, ``neg`` (float64, shares of the
        text summing to 1).

    Notes
    -----
    Label a score with :func:`compound_label`. See :mod:`framing.validation.tone`
    for VADER's measured agreement with hand labels on news sentences.

    References
    ----------
    Hutto, C. J. & Gilbert, E. (2014). VADER. *ICWSM-14*.
    """
    parsed = ensure_parsed(corpus, **parse_kwargs)
    rows = []
    for article, doc in parsed:
        rows.extend(sentence_sentiment_rows(article, doc, domain=domain))
    return _sentiment_table(rows)


def outlet_tone(
    corpus=None,
    *,
    sentiment: pd.DataFrame | None = None,
    threshold: float = VADER_THRESHOLD,
    cluster: str = "sentence",
    domain: bool | str | Path | None = None,
    **parse_kwargs,
) -> pd.DataFrame:
    """Per-outlet distribution of sentence tone, with 95% bootstrap intervals.

    Parameters
    ----------
    corpus : optional
        Articles, used only when ``sentiment`` is not given.
    sentiment : pandas.DataFrame, optional
        A :func:`sentence_sentiment` table.
    threshold : float, default :data:`VADER_THRESHOLD`
        For the negative / neutral / positive shares (:func:`compound_label`).
    cluster : {"sentence", "article"}, default "sentence"
        Resampling unit of the bootstrap. ``"article"`` resamples whole
        articles (honest when an outlet has many articles, since sentences of
        one article are not independent); with one article per outlet it
        gives a zero-width interval, so the default resamples sentences.
    domain : optional
        Lexicon, used only when ``sentiment`` is computed here.
    **parse_kwargs
        Passed to :func:`framing.parse` when ``sentiment`` is computed here.

    Returns
    -------
    pandas.DataFrame
        Long format, one row per outlet and measure: ``outlet`` (str),
        ``measure`` (str: ``mean_compound``, ``share_negative``,
        ``share_neutral``, ``share_positive``), ``n`` (int64, sentences),
        ``estimate``, ``ci_low``, ``ci_high`` (float64). Outlets in order of
        first appearance.
    """
    if cluster not in {"sentence", "article"}:
        raise ValueError(f"cluster must be 'sentence' or 'article', got {cluster!r}")
    if sentiment is None:
        if corpus is None:
            raise ValueError("outlet_tone needs a corpus or a sentiment= table")
        sentiment = sentence_sentiment(corpus, domain=domain, **parse_kwargs)
    _require(sentiment, ["article_id", "outlet", "compound"], "sentiment")
    rows = []
    for outlet in dict.fromkeys(sentiment["outlet"].tolist()):
        part = sentiment[sentiment["outlet"] == outlet]
        compound = part["compound"].to_numpy(dtype=float)
        labels = compound_label(compound, threshold=threshold)
        groups = part["article_id"].to_numpy() if cluster == "article" else None
        measures = {
            "mean_compound": compound,
            "share_negative": (labels == "negative").astype(float),
            "share_neutral": (labels == "neutral").astype(float),
            "share_positive": (labels == "positive").astype(float),
        }
        # one draw of resamples for the four measures (same observations, same seed)
        cis = bootstrap_cis(list(measures.values()), groups=groups)
        for (measure, values), (estimate, low, high) in zip(measures.items(), cis, strict=True):
            rows.append((outlet, measure, len(values), estimate, low, high))
    table = pd.DataFrame(rows, columns=OUTLET_TONE_COLUMNS)
    return table.astype(
        {
            "outlet": "str",
            "measure": "str",
            "n": "int64",
            "estimate": "float64",
            "ci_low": "float64",
            "ci_high": "float64",
        }
    )


# --------------------------------------------------------------------------- clauses


@dataclass(frozen=True)
class _Tree:
    """The dependency arcs of a Doc as flat lists of token indices (see :func:`_tree`)."""

    heads: list  # head of each token; a root is its own head
    children: list  # every non-root token, grouped by head, each group in document order
    starts: list  # the children of token i are children[starts[i]:starts[i + 1]]
    clause_children: list  # the same without the children cut from their head's clause
    clause_starts: list
    dep: list  # the Doc's token_strings lists (shared, not copied)
    pos: list


@once_per_doc  # a handful of flat lists per Doc, held weakly
def _tree(doc) -> _Tree:
    """The arcs of ``doc``, read once per Doc from its head array.

    A child is cut from its head's clause when it heads a clause of its own:
    its label is clausal (:data:`_CLAUSAL_DEPS`; a ``conj`` only when it is a
    verb) and it has a subject dependent (:data:`_SUBJECT_DEPS`). A ``cc`` or
    ``preconj`` child of the same head before such a ``conj`` (the "but" of
    "..., but X did Y") is cut with it. Which children are cut depends on the
    head alone, so it is decided once per Doc, not once per clause.
    """
    doc_arcs = arcs(doc)
    heads, children, starts = doc_arcs.heads, doc_arcs.children, doc_arcs.starts
    tokens = token_strings(doc)
    dep, pos = tokens.dep, tokens.pos
    with_subject = {heads[i] for i in children if dep[i] in _SUBJECT_DEPS}
    cut = {
        i
        for i in with_subject
        if dep[i] in _CLAUSAL_DEPS and not (dep[i] == "conj" and pos[i] not in _VERB_POS)
    }
    for child in [i for i in cut if dep[i] == "conj"]:
        head = heads[child]
        cut.update(
            t
            for t in children[starts[head] : starts[head + 1]]
            if dep[t] in {"cc", "preconj"} and t < child
        )
    in_clause = [child for child in children if child not in cut] if cut else children
    per_head = np.bincount(np.asarray([heads[child] for child in in_clause], dtype=np.int64), minlength=len(doc))
    clause_starts = [0, *np.cumsum(per_head).tolist()]
    return _Tree(heads, children, starts, in_clause, clause_starts, dep, pos)


def _governing_verb(tree: _Tree, i: int) -> int:
    """Token ``i`` itself if it heads a clause (a verb that is not an
    auxiliary), else the nearest such verb above it, else its root."""
    pos, dep, heads = tree.pos, tree.dep, tree.heads
    while True:
        if pos[i] in _VERB_POS and dep[i] not in {"aux", "auxpass"}:
            return i
        if heads[i] == i:
            return i
        i = heads[i]


def clause_tokens(token) -> list:
    """Tokens of the clause containing ``token``, in document order.

    The clause is the subtree of the governing verb minus every clause
    embedded in it (at any depth) that has its own subject, and minus the
    ``cc`` introducing a conjoined one; see the module docstring.

    Notes
    -----
    Built on the dependency parse, so a parse error moves the boundary: a
    clause the parser attaches to the wrong verb is scored with that verb.
    A verbless sentence (a headline fragment) is one clause.
    """
    doc = token.doc
    tree = _tree(doc)
    return [doc[i] for i in _clause_indices(tree, _governing_verb(tree, token.i))]


def _clause_indices(tree: _Tree, verb: int) -> list[int]:
    """Token indices of :func:`clause_tokens` for the clause headed by ``verb``:
    its subtree without the children :func:`_tree` cuts (and their subtrees)."""
    children, starts = tree.clause_children, tree.clause_starts
    kept: list[int] = []
    stack = [verb]
    while stack:
        head = stack.pop()
        kept.append(head)
        stack.extend(children[starts[head] : starts[head + 1]])
    return sorted(kept)


def _clause_text(tokens) -> str:
    if not tokens:
        return ""
    return _indices_text(tokens[0].doc, [token.i for token in tokens])


def _indices_text(doc, indices: list[int]) -> str:
    """The words of tokens ``indices`` (in order), a space where tokens were cut out."""
    if not indices:
        return ""
    tokens, text = token_strings(doc), doc_text(doc)
    idx, words, space = tokens.idx, tokens.text, tokens.whitespace

    def run(first: int, last: int) -> str:
        # tokens first..last with their trailing spaces, as the Doc's text holds them
        return text[idx[first] : idx[last] + len(words[last]) + (1 if space[last] else 0)]

    parts = []
    first = previous = indices[0]
    for i in indices[1:]:
        if i != previous + 1:
            parts.append(run(first, previous))
            if not (space[previous] or words[previous].endswith(" ")):
                parts.append(" ")
            first = i
        previous = i
    parts.append(run(first, previous))
    # a clause cut out of a sentence keeps the commas that separated it
    return "".join(parts).strip().strip(",;:").strip()


# --------------------------------------------------------------------------- actors


@dataclass(frozen=True)
class ActorMention:
    """A noun phrase the actor taxonomy classifies."""

    sent_id: int
    text: str
    head: str
    group: str
    start_char: int
    end_char: int


@dataclass(frozen=True)
class ActorClause:
    """The clause in which an actor appears, its role there, and the clause's tone.

    ``start_char``/``end_char`` span the clause (its first to last token; a
    clause with a dependent clause removed from its middle is not contiguous,
    ``clause`` holds its actual words).
    """

    sent_id: int
    role: str
    actor_group: str
    actor: str
    clause: str
    start_char: int
    end_char: int
    compound: float


def _mention_bounds(doc, tree: _Tree, noun: int) -> tuple[int, int]:
    """Token bounds (end exclusive) of the mention headed by token ``noun``: its left
    subtree and its post-nominal modifiers (:data:`_MENTION_RIGHT_DEPS`)."""
    dep = tree.dep
    start = doc[noun].left_edge.i  # spaCy's edge (its own rule on non-projective parses)
    end = noun
    for child in tree.children[tree.starts[noun] : tree.starts[noun + 1]]:
        # the right children (Token.rights)
        if child > noun and dep[child] in _MENTION_RIGHT_DEPS:
            end = max(end, doc[child].right_edge.i)
    return start, end + 1


def find_actor_mentions(doc, *, actors=None) -> list[ActorMention]:
    """Noun phrases of a Doc that the actor taxonomy classifies.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    actors : str, Path, DataFrame or ActorTaxonomy, optional
        See :func:`framing.load_actors`; default its generic taxonomy.

    Returns
    -------
    list of ActorMention
        One per (noun phrase, group), in document order. A phrase is
        classified with the taxonomy's agent entries and with its patient
        entries, so it can yield two groups (e.g. one named as perpetrator,
        one as victim). Nested phrases are resolved by keeping the longest
        matched phrase: "gunmen loyal to the government" is one mention, not
        also "the government".

    Notes
    -----
    Pronouns are not resolved: "they" is never an actor mention.
    """
    return [mention for mention, _, _ in _mentions(doc, actors)]


#: Per taxonomy, {(phrase, head lemma): its groups as agent, then as patient}:
#: one lookup per candidate phrase instead of two calls of
#: :meth:`framing.actors.ActorTaxonomy.classify`, which remembers each role's answer.
_MENTION_GROUPS = AnswersOf(max_owners=8, max_answers=1 << 17)
_mention_groups = _MENTION_GROUPS.answers


def _mentions(doc, actors) -> list[tuple[ActorMention, int, int]]:
    """:func:`find_actor_mentions` with each mention's token bounds (end exclusive)."""
    from .actors import load_actors

    taxonomy = load_actors(actors)
    known = _mention_groups(taxonomy)
    index = sent_index(doc)
    tokens = token_strings(doc)  # plain lists: a spaCy Token for the candidates only
    tree = _tree(doc)
    text = doc_text(doc)
    candidates = []
    for i, (pos, dep) in enumerate(zip(tokens.pos, tokens.dep, strict=True)):
        if pos not in {"NOUN", "PROPN"} or dep in {"compound", "flat"} or i not in index:
            continue
        start, end = _mention_bounds(doc, tree, i)
        # Span.text, read from the Doc's text (first token to the end of the last)
        start_char = tokens.idx[start]
        end_char = tokens.idx[end - 1] + len(tokens.text[end - 1])
        phrase = text[start_char:end_char]
        key = (phrase, tokens.lemma[i])
        groups = known.get(key)
        if groups is None:
            groups = []
            for role in ("agent", "patient"):
                group = taxonomy.classify(phrase, head=tokens.lemma[i], role=role)
                if group is not None and group not in groups:
                    groups.append(group)
            groups = known[key] = tuple(groups)
        if groups:
            candidates.append((start, end, start_char, end_char, phrase, i, groups))
    # longest first, then document order; keep phrases that overlap no kept phrase
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken = bytearray(len(doc))  # 1 for the tokens of kept phrases
    kept = []
    for candidate in candidates:
        start, end = candidate[:2]
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        kept.append(candidate)
    kept.sort(key=lambda c: c[0])
    return [
        (ActorMention(index[i], phrase, tokens.text[i], group, start_char, end_char), start, end)
        for start, end, start_char, end_char, phrase, i, groups in kept
        for group in groups
    ]


#: Fields of a harm event that :func:`find_actor_clauses` reads.
_EVENT_FIELDS = ("sent_id", "start_char", "end_char", "agent", "agent_group", "patient", "patient_group")
_Event = namedtuple("_Event", _EVENT_FIELDS)


def _event_tuples(events: pd.DataFrame) -> list:
    """The rows of a harm events table as ``_Event`` records, with the values
    ``itertuples`` would give: read column by column, since iterating a pandas
    string column (as ``itertuples`` does) reads it one element at a time."""
    return list(map(_Event._make, zip(*(events[name].tolist() for name in _EVENT_FIELDS), strict=True)))


def _event_records(events) -> list:
    """Harm events as records (``sent_id``, offsets, ``agent[_group]``, ``patient[_group]``)."""
    if events is None:
        return []
    if isinstance(events, pd.DataFrame):
        _require(events, _EVENT_FIELDS, "events")
        return _event_tuples(events)
    return list(events)


def find_actor_clauses(
    doc,
    *,
    events=None,
    actors=None,
    domain: bool | str | Path | None = None,
) -> list[ActorClause]:
    """Tone of the clauses in which actors appear, by role.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    events : DataFrame or iterable of records, optional
        This article's harm events (rows of :func:`framing.harm_events`, or
        :func:`framing.find_harm_events` records): fields ``sent_id``,
        ``start_char``, ``end_char`` (of the trigger), ``agent``,
        ``agent_group``, ``patient``, ``patient_group``. ``None``: no events,
        so every classified actor is ``mentioned``.
    actors : optional
        Actor taxonomy for the ``mentioned`` role; see :func:`framing.load_actors`.
    domain : optional
        Lexicon; see :func:`analyzer`.

    Returns
    -------
    list of ActorClause
        For each event, one ``agent`` record (its agent group) and one
        ``patient`` record (its patient group), both scoring the clause of the
        trigger; groups meaning "none expressed" are skipped. Then one
        ``mentioned`` record per actor mention whose group is neither agent
        nor patient of an event in the same sentence, scoring the clause of
        the mention's head.

    Notes
    -----
    The tone is the clause's, not a judgement of the actor: in "gunmen
    killed villagers" both the agent and the patient sit in one negative
    clause. The contrast between roles and outlets is what is informative.
    An event whose trigger offsets do not fall on this Doc's tokens is skipped.
    """
    sia = analyzer(domain=domain)
    polarity = _polarity_memo(doc, sia)  # a clause that is a whole sentence is scored once
    index = sent_index(doc)
    cache: dict[int, tuple[str, int, int, float]] = {}

    tokens, tree = token_strings(doc), _tree(doc)

    def scored(i: int):
        verb = _governing_verb(tree, i)
        if verb not in cache:
            indices = _clause_indices(tree, verb)
            text = _indices_text(doc, indices)
            compound = float(polarity(text)["compound"]) if text else 0.0
            first, last = indices[0], indices[-1]
            cache[verb] = (text, tokens.idx[first], tokens.idx[last] + len(tokens.text[last]), compound)
        return cache[verb]

    records: list[ActorClause] = []
    roles_in_sentence: dict[int, set[str]] = {}
    for event in _event_records(events):
        span = doc.char_span(int(event.start_char), int(event.end_char), alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        trigger = span.root
        sent_id = index.get(trigger.i, int(event.sent_id))
        text, start, end, compound = scored(trigger.i)
        for role, actor, group in (
            ("agent", event.agent, event.agent_group),
            ("patient", event.patient, event.patient_group),
        ):
            group = (
                ""
                if group is None or (isinstance(group, float) and np.isnan(group))
                else str(group)
            )
            roles_in_sentence.setdefault(sent_id, set()).add(group)
            if group in NO_ACTOR_GROUPS:
                continue
            records.append(
                ActorClause(sent_id, role, group, str(actor), text, start, end, compound)
            )
    for mention, first, stop in _mentions(doc, actors):
        if mention.group in roles_in_sentence.get(mention.sent_id, set()):
            continue
        # the root of the mention's tokens: char_span(start_char, end_char) gives the same span
        text, start, end, compound = scored(doc[first:stop].root.i)
        records.append(
            ActorClause(
                mention.sent_id,
                "mentioned",
                mention.group,
                mention.text,
                text,
                start,
                end,
                compound,
            )
        )
    records.sort(key=lambda r: (r.sent_id, r.start_char, ROLES.index(r.role)))
    return records


def _article_events(article, doc, actors):
    """This article's harm events from :mod:`framing.agency` (imported here: written separately)."""
    from .agency import HARM_EVENT_COLUMNS, harm_events_rows

    return pd.DataFrame(harm_events_rows(article, doc, actors=actors), columns=HARM_EVENT_COLUMNS)


def actor_clause_rows(
    article,
    doc,
    *,
    events=None,
    actors=None,
    domain: bool | str | Path | None = None,
) -> list[tuple]:
    """Rows of :func:`actor_clauses` for one article (columns :data:`ACTOR_CLAUSE_COLUMNS`).

    ``events`` are this article's harm events; when ``None`` they are
    computed with :mod:`framing.agency` for this article.
    """
    if events is None:
        events = _article_events(article, doc, actors)
    elif isinstance(events, pd.DataFrame) and "article_id" in events.columns:
        events = events[events["article_id"] == article.article_id]
    return [
        (
            article.article_id,
            article.outlet,
            r.sent_id,
            r.role,
            r.actor_group,
            r.actor,
            r.clause,
            r.start_char,
            r.end_char,
            r.compound,
        )
        for r in find_actor_clauses(doc, events=events, actors=actors, domain=domain)
    ]


def _actor_clause_table(rows: list[tuple]) -> pd.DataFrame:
    table = pd.DataFrame(rows, columns=ACTOR_CLAUSE_COLUMNS)
    return table.astype(
        {
            "article_id": "str",
            "outlet": "str",
            "sent_id": "int64",
            "role": "str",
            "actor_group": "str",
            "actor": "str",
            "clause": "str",
            "start_char": "int64",
            "end_char": "int64",
            "compound": "float64",
        }
    )


def actor_clauses(
    corpus,
    *,
    actors=None,
    events: pd.DataFrame | None = None,
    domain: bool | str | Path | None = None,
    **parse_kwargs,
) -> pd.DataFrame:
    """One row per actor appearance with its role and the tone of its clause.

    Parameters
    ----------
    corpus : pandas.DataFrame, ParsedCorpus, str or Path
        Articles; parsed (cached) with :func:`framing.parse` if not already.
    actors : str, Path, DataFrame or ActorTaxonomy, optional
        The study's actor taxonomy (:func:`framing.load_actors`), used for
        the harm events (when computed here) and the ``mentioned`` role.
    events : pandas.DataFrame, optional
        A :func:`framing.harm_events` table of the same corpus; computed here
        when absent.
    domain : optional
        Lexicon; see :func:`analyzer`.
    **parse_kwargs
        Passed to :func:`framing.parse`.

    Returns
    -------
    pandas.DataFrame
        ``article_id`` (str), ``outlet`` (str), ``sent_id`` (int64),
        ``role`` (str: agent | patient | mentioned), ``actor_group`` (str),
        ``actor`` (str, the noun phrase as written; "" when the agency table
        gives none), ``clause`` (str, the words scored), ``start_char``,
        ``end_char`` (int64, the clause's first and last character),
        ``compound`` (float64, VADER compound of the clause).

    See Also
    --------
    find_actor_clauses : the definition of roles and clauses.
    """
    parsed = ensure_parsed(corpus, **parse_kwargs)
    if events is None:
        from .agency import harm_events

        events = harm_events(parsed, actors=actors)
    _require(
        events,
        [
            "article_id",
            "sent_id",
            "start_char",
            "end_char",
            "agent",
            "agent_group",
            "patient",
            "patient_group",
        ],
        "events",
    )
    # one pass over the table, not a DataFrame filter and itertuples per article
    by_article: dict[str, list] = {}
    for article_id, record in zip(events["article_id"].tolist(), _event_tuples(events), strict=True):
        by_article.setdefault(article_id, []).append(record)
    rows = []
    for article, doc in parsed:
        article_events = by_article.get(article.article_id, [])
        rows.extend(
            actor_clause_rows(article, doc, events=article_events, actors=actors, domain=domain)
        )
    return _actor_clause_table(rows)


def actor_tone(
    corpus=None,
    *,
    actors=None,
    events: pd.DataFrame | None = None,
    clauses: pd.DataFrame | None = None,
    domain: bool | str | Path | None = None,
    **parse_kwargs,
) -> pd.DataFrame:
    """Mean tone of the clauses in which each actor group appears, per outlet and role.

    Parameters
    ----------
    corpus : optional
        Articles, used only when ``clauses`` is not given.
    actors : optional
        The study's actor taxonomy (:func:`framing.load_actors`).
    events : pandas.DataFrame, optional
        A :func:`framing.harm_events` table, passed to :func:`actor_clauses`.
    clauses : pandas.DataFrame, optional
        An :func:`actor_clauses` table; computed from ``corpus`` when absent.
    domain : optional
        Lexicon; see :func:`analyzer`.
    **parse_kwargs
        Passed to :func:`framing.parse`.

    Returns
    -------
    pandas.DataFrame
        One row per (outlet, actor_group, role) observed: ``outlet`` (str),
        ``actor_group`` (str), ``role`` (str: agent | patient | mentioned),
        ``n`` (int64, clauses), ``mean_compound``, ``ci_low``, ``ci_high``
        (float64; 95% percentile bootstrap, resampling sentences so several
        appearances in one sentence are not counted as independent). Sorted
        by outlet (first appearance), role (agent, patient, mentioned) and
        actor group.

    Notes
    -----
    A cell with a handful of clauses has a wide interval; with five short
    articles most cells are small. VADER's validity on news is limited and
    measured in :mod:`framing.validation.tone`.

    References
    ----------
    Hutto, C. J. & Gilbert, E. (2014). VADER. *ICWSM-14*.
    """
    if clauses is None:
        if corpus is None:
            raise ValueError("actor_tone needs a corpus or a clauses= table")
        clauses = actor_clauses(corpus, actors=actors, events=events, domain=domain, **parse_kwargs)
    _require(
        clauses, ["article_id", "outlet", "sent_id", "role", "actor_group", "compound"], "clauses"
    )
    outlets = list(dict.fromkeys(clauses["outlet"].tolist()))
    # cluster keys and scores built once for the table and taken per group, not per group
    clusters = (clauses["article_id"].astype(str) + "\x1f" + clauses["sent_id"].astype(str)).to_numpy()
    compound = clauses["compound"].to_numpy(dtype=float)
    grouped = clauses.groupby(["outlet", "actor_group", "role"], sort=False)
    positions = grouped.indices
    rows = []
    for outlet, group, role in grouped.size().index:  # the groups in the order groupby yields them
        at = positions[(outlet, group, role)]
        estimate, low, high = bootstrap_ci(compound[at], groups=clusters[at])
        rows.append((outlet, group, role, len(at), estimate, low, high))
    table = pd.DataFrame(rows, columns=ACTOR_TONE_COLUMNS)
    if not table.empty:
        table = (
            table.assign(
                _o=table["outlet"].map(outlets.index),
                _r=table["role"].map(lambda r: ROLES.index(r) if r in ROLES else len(ROLES)),
            )
            .sort_values(["_o", "_r", "actor_group"], kind="stable")
            .drop(columns=["_o", "_r"])
        )
    return table.reset_index(drop=True).astype(
        {
            "outlet": "str",
            "actor_group": "str",
            "role": "str",
            "n": "int64",
            "mean_compound": "float64",
            "ci_low": "float64",
            "ci_high": "float64",
        }
    )


_PRODUCERS = {
    "sentiment": "sentence_sentiment",
    "events": "harm_events",
    "clauses": "tone.actor_clauses",
}


def _require(table: pd.DataFrame, columns: Iterable[str], name: str) -> None:
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(
            f"{name} table lacks column(s) {', '.join(missing)}; "
            f"pass the table returned by framing.{_PRODUCERS.get(name, name)}"
        )
