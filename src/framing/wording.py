"""Wording: distinctive vocabulary, actor and event labels, loaded language, text reuse.

Every measure here counts words after the same normalisation
(:mod:`framing.textnorm`: case, Unicode quotes and dashes folded, hyphenated
words joined, the spelling-variant map, optional lemmas), so a curly
apostrophe or ``Ahmad``/``Ahmed`` never shows up as a wording difference.

Measures and their tables (columns and dtypes in each docstring):

* :func:`term_counts` -- n-gram counts per outlet (or article), built from
  per-article counts (:func:`term_count_rows`) so a large corpus can be
  counted in batches and summed;
* :func:`distinctive_terms` -- weighted log-odds with an informative
  Dirichlet prior (Monroe, Colaresi & Quinn 2008), each outlet against the
  pooled rest and against every other outlet, in one table;
* :func:`actor_mentions` / :func:`actor_labels` -- the noun phrases naming
  people and armed groups, grouped by the study's actor taxonomy, with the
  ones it does not cover kept as ``unassigned``;
* :func:`event_mentions` / :func:`event_labels` -- how the violence itself is
  named (symmetric conflict, one-sided atrocity, aggregate or neutral), with
  bootstrap intervals on the shares;
* :func:`loaded_language` -- evaluative, intensifying and labelling words
  per 1,000 words, with bootstrap intervals, and the words behind the rate;
* :func:`text_reuse` -- shared word n-grams (n >= 6) and TF-IDF cosine
  between articles, with the shared passages listed.

Word lists are data files in ``framing/data`` (``stopwords``,
``spelling_variants``, ``people_nouns``, ``event_labels``,
``loaded_language``); the actor taxonomy is the study's file read with
:func:`framing.load_actors`.
"""

from __future__ import annotations

import itertools
import math
import weakref
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

import numpy as np
import pandas as pd

from .actors import load_actors
from .docview import arcs, cache_per_doc, doc_text, once_per_doc, sent_bounds, sent_index, token_strings
from .lexicons import load_lexicon
from .parse import ensure_parsed
from .stats import N_BOOTSTRAP, RANDOM_STATE, bootstrap_ci, bootstrap_cis, pair_cosines
from .textnorm import (
    _word_text_runs,
    doc_words,
    fold_text,
    load_spelling_variants,
    load_stopwords,
    quoted_spans,
    word_runs,
)

#: fold_text of token strings, memoised: the same words recur in every article.
_fold = lru_cache(maxsize=1 << 16)(fold_text)

__all__ = [
    "ACTOR_LABEL_COLUMNS",
    "ACTOR_MENTION_COLUMNS",
    "DISTINCTIVE_COLUMNS",
    "EVENT_LABEL_COLUMNS",
    "EVENT_MENTION_COLUMNS",
    "LOADED_RATE_COLUMNS",
    "LOADED_SENTENCE_COLUMNS",
    "LOADED_WORD_COLUMNS",
    "PASSAGE_COLUMNS",
    "REUSE_COLUMNS",
    "TERM_COUNT_COLUMNS",
    "ActorMention",
    "EventMention",
    "LoadedWord",
    "SharedPassage",
    "Term",
    "actor_label_rows",
    "actor_labels",
    "actor_mentions",
    "distinctive_terms",
    "event_label_rows",
    "event_labels",
    "event_mentions",
    "find_actor_mentions",
    "find_event_labels",
    "find_loaded_words",
    "find_shared_passages",
    "find_terms",
    "loaded_language",
    "loaded_language_rows",
    "log_odds_dirichlet",
    "term_count_rows",
    "term_counts",
    "text_reuse",
]

#: Default n-gram lengths: unigrams to trigrams, enough for "revenge killings"
#: and "security forces" without the sparsity of longer n-grams on short texts.
NGRAM_RANGE = (1, 3)
#: Shortest shared word sequence counted as reuse. Decision: six words rarely
#: repeat by chance in news prose but a copied clause does; Clough et al. (2002,
#: METER corpus) measure journalistic reuse by word n-gram overlap and greedy
#: string tiling in the same way.
REUSE_N = 6
#: Pseudo-count added to every term of a user-supplied background corpus so a
#: term the background never uses still gets a positive prior (Laplace).
BACKGROUND_PSEUDOCOUNT = 1.0
#: Entity types that make a noun phrase "about people or groups" on their own.
PEOPLE_ENTITY_TYPES = frozenset({"PERSON", "NORP"})
#: Dependency labels of the leading words dropped from an actor label: articles,
#: numbers and quantifiers say how many, not who ("745 civilians" -> "civilians").
_LEFT_STOP_DEPS = frozenset(
    {"det", "predet", "nummod", "quantmod", "preconj", "cc", "conj", "appos", "relcl"}
)
_LEADING_DROP_DEPS = frozenset(
    {"det", "predet", "nummod", "quantmod", "advmod", "preconj", "punct", "cc"}
)
#: Longest right-hand adjective phrase kept in an actor label, in tokens
#: ("loyal to the former Assad regime" is 6); decision: longer ones are clauses.
MAX_ADJ_PHRASE = 7
#: Group of a noun phrase about people that the taxonomy does not cover.
UNASSIGNED = "unassigned"
#: Event-label categories, in the order figures show them.
EVENT_CATEGORIES = ("symmetric_conflict", "one_sided_atrocity", "aggregate_neutral")


# =========================================================================== helpers


def _outlet_order(table: pd.DataFrame) -> list[str]:
    return list(dict.fromkeys(table["outlet"]))


def _articles_of(corpus) -> pd.DataFrame | None:
    if corpus is None:
        return None
    if hasattr(corpus, "articles"):
        return corpus.articles
    if isinstance(corpus, pd.DataFrame):
        return corpus
    return None


def _in_spans(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


# The event and loaded-word lexicons both need a Doc's folded forms and quotations.
@once_per_doc
def _folded_forms(doc) -> tuple[list[str], list[str]]:
    """``(folded lemmas, folded forms)`` of the tokens of ``doc``."""
    tokens = token_strings(doc)
    return list(map(_fold, tokens.lemma)), list(map(_fold, tokens.text))


@once_per_doc
def _doc_quotes(doc) -> list[tuple[int, int]]:
    """:func:`quoted_spans` of the Doc's text."""
    return quoted_spans(doc_text(doc))


def _matching(columns, words) -> list[int]:
    """Indices (ascending) at which any of the equal-length ``columns`` holds one of ``words``."""
    # compress/map run in C: most tokens match nothing, so no Python step per token
    return sorted(
        {i for column in columns for i in compress(range(len(column)), map(words.__contains__, column))}
    )


# =========================================================================== term counts


@dataclass(frozen=True)
class Term:
    """One n-gram occurrence after normalisation."""

    term: str
    n: int
    start_char: int
    end_char: int
    sent_id: int


#: Columns of :func:`term_counts` with ``by="article"`` (``by="outlet"`` drops ``article_id``).
TERM_COUNT_COLUMNS = ["article_id", "outlet", "term", "count"]


def find_terms(
    doc,
    *,
    ngram_range: tuple[int, int] = NGRAM_RANGE,
    lemmas: bool = False,
    stop_words=None,
    spelling_variants=None,
) -> list[Term]:
    """Every n-gram of a Doc that :func:`term_counts` counts.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    ngram_range : (int, int), default (1, 3)
        Smallest and largest n.
    lemmas : bool, default False
        Count lemmas instead of word forms.
    stop_words : None, path or iterable of str
        Unigrams that are stop words are dropped, and so are longer n-grams
        that start or end with one ("of the" goes, "remnants of assad"
        stays). ``None`` is the packaged list; an empty list keeps everything.
    spelling_variants : None, path, SpellingMap or a list of these
        See :func:`framing.textnorm.load_spelling_variants`.

    Returns
    -------
    list of Term
        In text order; n-grams never span punctuation or a sentence end.
    """
    return [
        Term(
            " ".join(texts[start:end]),
            end - start,
            run[start].start_char,
            run[end - 1].end_char,
            run[start].sent_id,
        )
        for run, texts, start, end in _term_bounds(
            doc,
            ngram_range=ngram_range,
            lemmas=lemmas,
            stop_words=stop_words,
            spelling_variants=spelling_variants,
        )
    ]


def _term_bounds(doc, *, ngram_range, lemmas, stop_words, spelling_variants):
    """``(run, texts, start, end)`` of every n-gram :func:`find_terms` returns, in order."""
    low, high = ngram_range
    if not 1 <= low <= high:
        raise ValueError(
            f"ngram_range must be (low, high) with 1 <= low <= high, got {ngram_range}"
        )
    stops = load_stopwords(stop_words)
    spelling = load_spelling_variants(spelling_variants)
    for run in word_runs(doc_words(doc, lemmas=lemmas, spelling=spelling)):
        texts = [w.text for w in run]
        for start in range(len(run)):
            for n in range(low, high + 1):
                end = start + n
                if end > len(run):
                    break
                if texts[start] in stops or texts[end - 1] in stops:
                    continue
                yield run, texts, start, end


def term_count_rows(article, doc, **options) -> list[tuple]:
    """Per-article term counts: ``(article_id, outlet, term, count)`` tuples.

    ``options`` are those of :func:`find_terms`. Summing these rows over
    articles gives the outlet counts, so a corpus of any size can be counted
    batch by batch (see :data:`TERM_COUNT_COLUMNS`).
    """
    counts = Counter(_term_grams(doc, options))
    return [
        (article.article_id, article.outlet, term, count) for term, count in sorted(counts.items())
    ]


def _term_grams(doc, options: dict) -> list[str]:
    """Every n-gram string :func:`term_count_rows` counts (with repeats); ``options``
    as in :func:`find_terms` (others are ignored)."""
    options = {
        "ngram_range": NGRAM_RANGE,
        "lemmas": False,
        "stop_words": None,
        "spelling_variants": None,
        **options,
    }
    low, high = options["ngram_range"]
    if not 1 <= low <= high:
        raise ValueError(
            f"ngram_range must be (low, high) with 1 <= low <= high, got {options['ngram_range']}"
        )
    stops = load_stopwords(options["stop_words"])
    spelling = load_spelling_variants(options["spelling_variants"])
    # the n-gram strings only, n by n over each run of words: the same n-grams
    # as _term_bounds without a Term record (or a generator step) per n-gram
    grams: list[str] = []
    for texts in _word_text_runs(doc, lemmas=options["lemmas"], spelling=spelling):
        kept = [text not in stops for text in texts]
        for n in range(low, min(high, len(texts)) + 1):
            if n == 1:
                grams.extend(text for text, keep in zip(texts, kept, strict=True) if keep)
            else:
                grams.extend(
                    " ".join(texts[start : start + n])
                    for start in range(len(texts) - n + 1)
                    if kept[start] and kept[start + n - 1]
                )
    return grams


def term_counts(
    corpus,
    *,
    ngram_range: tuple[int, int] = NGRAM_RANGE,
    lemmas: bool = False,
    stop_words=None,
    spelling_variants=None,
    by: str = "outlet",
    **parse_kwargs,
) -> pd.DataFrame:
    """Counts of normalised n-grams per outlet (or per article).

    Parameters
    ----------
    corpus : DataFrame, ParsedCorpus, str or Path
        Articles; parsed (cached) through :func:`framing.parse` if not already.
    ngram_range, lemmas, stop_words, spelling_variants
        As in :func:`find_terms`.
    by : {"outlet", "article"}, default "outlet"
    **parse_kwargs
        Passed to :func:`framing.parse` (``cache_dir=``, ``model=`` ...).

    Returns
    -------
    pandas.DataFrame
        ``by="outlet"``: ``outlet`` (str), ``term`` (str), ``count`` (int64),
        ordered by outlet (corpus order), then count (descending), then term.
        ``by="article"``: ``article_id`` (str) first, then the same columns.
        The length of a term is ``term.count(" ") + 1``.

    Notes
    -----
    Normalisation, in order: NFKC; curly quotes, apostrophes and dashes folded;
    lower case; hyphen-joined tokens as one word; the spelling-variant map;
    lemmas if asked; stop words (see :func:`find_terms`). Nothing else is
    filtered: no minimum count or document frequency, because on a corpus of
    a few short articles any such threshold removes almost every term.
    """
    if by not in {"outlet", "article"}:
        raise ValueError(f"by must be 'outlet' or 'article', got {by!r}")
    options = dict(
        ngram_range=ngram_range,
        lemmas=lemmas,
        stop_words=stop_words,
        spelling_variants=spelling_variants,
    )
    # resolve the lexicons once, not once per article
    options["stop_words"] = load_stopwords(stop_words)
    options["spelling_variants"] = load_spelling_variants(spelling_variants)
    parsed = ensure_parsed(corpus, **parse_kwargs)
    if by == "article":
        rows = [row for article, doc in parsed for row in term_count_rows(article, doc, **options)]
        return pd.DataFrame(rows, columns=TERM_COUNT_COLUMNS).astype(
            {"article_id": "str", "outlet": "str", "term": "str", "count": "int64"}
        )
    # the sum of the article rows per outlet and term, summed here rather than
    # through a table of every article's rows; (outlet, term) is unique, so
    # the order (outlet, count descending, term) is total
    totals: dict[str, Counter] = {}
    for article, doc in parsed:
        totals.setdefault(article.outlet, Counter()).update(_term_grams(doc, options))
    rows = [
        (outlet, term, count)
        for outlet in _outlet_order(parsed.articles)
        if outlet in totals
        for term, count in sorted(totals[outlet].items(), key=lambda item: (-item[1], item[0]))
    ]
    return pd.DataFrame(rows, columns=TERM_COUNT_COLUMNS[1:]).astype(
        {"outlet": "str", "term": "str", "count": "int64"}
    )


# =========================================================================== distinctive terms


def log_odds_dirichlet(y_i, y_j, alpha) -> tuple[np.ndarray, np.ndarray]:
    """Weighted log-odds ratio of group ``i`` over group ``j`` and its z-score.

    Parameters
    ----------
    y_i, y_j : array-like of float
        Counts of each term in the two groups (same term order).
    alpha : array-like of float
        Dirichlet prior pseudo-counts, one per term (all > 0).

    Returns
    -------
    (delta, z) : tuple of numpy arrays
        ``delta_w = log[(y_iw + a_w) / (n_i + a_0 - y_iw - a_w)]
        - log[(y_jw + a_w) / (n_j + a_0 - y_jw - a_w)]`` and
        ``z_w = delta_w / sqrt(1 / (y_iw + a_w) + 1 / (y_jw + a_w))``
        (Monroe et al. 2008, eqs. 16, 18-20), where ``n`` are the group totals
        and ``a_0`` the sum of ``alpha``.

    References
    ----------
    Monroe, B. L., Colaresi, M. P. & Quinn, K. M. (2008). Fightin' words:
    lexical feature selection and evaluation for identifying the content of
    political conflict. *Political Analysis* 16(4), 372-403.
    """
    y_i, y_j, alpha = (np.asarray(x, dtype=float) for x in (y_i, y_j, alpha))
    if np.any(alpha <= 0):
        raise ValueError("every prior pseudo-count alpha must be positive")
    a0 = alpha.sum()
    n_i, n_j = y_i.sum(), y_j.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = np.log((y_i + alpha) / (n_i + a0 - y_i - alpha)) - np.log(
            (y_j + alpha) / (n_j + a0 - y_j - alpha)
        )
        z = delta / np.sqrt(1.0 / (y_i + alpha) + 1.0 / (y_j + alpha))
    return delta, z


#: Columns of :func:`distinctive_terms`, in order.
DISTINCTIVE_COLUMNS = [
    "outlet",
    "comparison",
    "term",
    "n",
    "count",
    "count_other",
    "rate_per_1000",
    "log_odds",
    "z",
]


def _background_counts(background, options, parse_kwargs) -> pd.Series:
    if (
        isinstance(background, pd.DataFrame)
        and {"term", "count"} <= set(background.columns)
        and "text" not in background
    ):
        table = background
    else:
        table = term_counts(background, by="outlet", **options, **parse_kwargs)
    return table.groupby("term")["count"].sum().astype(float)


def distinctive_terms(
    corpus=None,
    *,
    counts: pd.DataFrame | None = None,
    background=None,
    prior_scale: float | None = None,
    comparisons: Iterable[str] = ("rest", "pairs"),
    min_count: int = 1,
    ngram_range: tuple[int, int] = NGRAM_RANGE,
    lemmas: bool = False,
    stop_words=None,
    spelling_variants=None,
    **parse_kwargs,
) -> pd.DataFrame:
    """Which terms each outlet uses more or less than the others.

    The weighted log-odds ratio with an informative Dirichlet prior (Monroe,
    Colaresi & Quinn 2008) of every term, for each outlet against the pooled
    rest of the corpus and against every other outlet, in one table.

    Parameters
    ----------
    corpus : DataFrame, ParsedCorpus, str or Path, optional
        Articles; needed only when ``counts`` is not given (and sets the
        outlet order).
    counts : DataFrame, optional
        A :func:`term_counts` table (by outlet or by article); computed from
        ``corpus`` when absent.
    background : DataFrame, ParsedCorpus, str or Path, optional
        Where the prior's term frequencies come from: a table with ``term``
        and ``count`` columns, or a corpus (counted with the same options).
        Default: the pooled counts of all outlets.
    prior_scale : float, optional
        ``a_0``, the prior's total pseudo-count, per n-gram length. Default:
        the pooled count total of that length, so with the pooled prior
        ``a_w`` is exactly the term's pooled count (the empirical-Bayes
        choice of Silge & Schnoebelen's *tidylo*).
    comparisons : iterable of {"rest", "pairs"}
        ``rest``: each outlet against all other outlets pooled; ``pairs``:
        each outlet against each other outlet (both directions, so filtering
        on ``outlet`` gives all of an outlet's comparisons).
    min_count : int, default 1
        Keep a term in a comparison when the two groups use it at least this
        many times together. The default keeps every term; z already
        shrinks rare terms towards 0, so no term needs deleting.
    ngram_range, lemmas, stop_words, spelling_variants
        Passed to :func:`term_counts` when counting here.
    **parse_kwargs
        Passed to :func:`framing.parse`.

    Returns
    -------
    pandas.DataFrame
        ``outlet`` (str), ``comparison`` (str: ``"rest"`` or the other
        outlet), ``term`` (str), ``n`` (int64, words in the term), ``count``
        (int64, uses by ``outlet``), ``count_other`` (int64, uses by the
        comparison group), ``rate_per_1000`` (float64, uses per 1,000
        counted terms of the same length in ``outlet``), ``log_odds``
        (float64, delta) and ``z`` (float64; positive: ``outlet`` uses the
        term more). Ordered by outlet, comparison (``rest`` first), then z
        descending.

    Notes
    -----
    Each n-gram length is its own multinomial (its own totals and prior), so
    a trigram's rate is per 1,000 trigrams. Stop words are dropped in
    counting (see :func:`find_terms`); nothing else is filtered. With five
    short articles few terms pass |z| > 1.96: a term one outlet uses three
    times and the others never is about as far as the data go. Report z,
    not p-values; the same term tested in many comparisons is not corrected
    for multiplicity.

    References
    ----------
    Monroe, B. L., Colaresi, M. P. & Quinn, K. M. (2008). Fightin' words.
    *Political Analysis* 16(4), 372-403.
    Silge, J. & Schnoebelen, T. (2019). tidylo: weighted tidy log odds ratio (R package).
    """
    comparisons = tuple(comparisons)
    unknown = set(comparisons) - {"rest", "pairs"}
    if unknown or not comparisons:
        raise ValueError(f"comparisons must be 'rest' and/or 'pairs', got {comparisons!r}")
    options = dict(
        ngram_range=ngram_range,
        lemmas=lemmas,
        stop_words=stop_words,
        spelling_variants=spelling_variants,
    )
    if counts is None:
        if corpus is None:
            raise ValueError("distinctive_terms needs corpus= or counts= (a term_counts table)")
        corpus = ensure_parsed(corpus, **parse_kwargs)
        counts = term_counts(corpus, by="outlet", **options)
    missing = {"outlet", "term", "count"} - set(counts.columns)
    if missing:
        raise ValueError(
            f"counts is missing column(s) {', '.join(sorted(missing))}; pass a term_counts table"
        )
    articles = _articles_of(corpus)
    outlets = _outlet_order(articles if articles is not None else counts)
    outlets = [o for o in outlets if o in set(counts["outlet"])]
    if len(outlets) < 2:
        raise ValueError(f"distinctive_terms needs at least two outlets, got {len(outlets)}")
    pivot = counts.pivot_table(
        index="outlet", columns="term", values="count", aggfunc="sum", fill_value=0
    )
    pivot = pivot.reindex(outlets).sort_index(axis=1)
    bg = _background_counts(background, options, parse_kwargs) if background is not None else None
    lengths = pivot.columns.str.count(" ") + 1
    frames = []
    for n in sorted(set(lengths)):
        y = pivot.loc[:, lengths == n]
        y = y.loc[:, y.sum(axis=0) > 0]
        terms = y.columns.to_numpy()
        if bg is None:
            prior = y.sum(axis=0).to_numpy(dtype=float)
        else:
            prior = bg.reindex(terms, fill_value=0.0).to_numpy() + BACKGROUND_PSEUDOCOUNT
        a0 = float(prior_scale) if prior_scale is not None else float(y.to_numpy().sum())
        alpha = a0 * prior / prior.sum()
        matrix = y.to_numpy(dtype=float)
        total = matrix.sum(axis=0)
        pairs = []
        for i, outlet in enumerate(outlets):
            if "rest" in comparisons:
                pairs.append((outlet, "rest", matrix[i], total - matrix[i]))
            if "pairs" in comparisons:
                pairs.extend(
                    (outlet, other, matrix[i], matrix[j])
                    for j, other in enumerate(outlets)
                    if j != i
                )
        for outlet, other, y_i, y_j in pairs:
            delta, z = log_odds_dirichlet(y_i, y_j, alpha)
            keep = (y_i + y_j) >= max(min_count, 1)
            n_i = y_i.sum()
            frames.append(
                pd.DataFrame(
                    {
                        "outlet": outlet,
                        "comparison": other,
                        "term": terms[keep],
                        "n": n,
                        "count": y_i[keep],
                        "count_other": y_j[keep],
                        "rate_per_1000": 1000 * y_i[keep] / n_i if n_i else np.nan,
                        "log_odds": delta[keep],
                        "z": z[keep],
                    }
                )
            )
    table = (
        pd.concat(frames, ignore_index=True)
        if frames
        else pd.DataFrame(columns=DISTINCTIVE_COLUMNS)
    )
    table = table.astype(
        {
            "outlet": "str",
            "comparison": "str",
            "term": "str",
            "n": "int64",
            "count": "int64",
            "count_other": "int64",
            "rate_per_1000": "float64",
            "log_odds": "float64",
            "z": "float64",
        }
    )
    rank = {o: i for i, o in enumerate(outlets)}
    table["_o"] = table["outlet"].map(rank)
    table["_c"] = table["comparison"].map(lambda c: -1 if c == "rest" else rank.get(c, len(rank)))
    table = table.sort_values(
        ["_o", "_c", "z", "term"], ascending=[True, True, False, True], kind="stable"
    )
    return table.drop(columns=["_o", "_c"]).reset_index(drop=True)[DISTINCTIVE_COLUMNS]


# =========================================================================== actor labels


@dataclass(frozen=True)
class ActorMention:
    """A noun phrase naming people or an armed group."""

    start_char: int
    end_char: int
    sent_id: int
    text: str
    label: str
    head: str
    actor_group: str


#: Columns of :func:`actor_mentions`, in order.
ACTOR_MENTION_COLUMNS = [
    "article_id",
    "outlet",
    "sent_id",
    "start_char",
    "end_char",
    "text",
    "label",
    "head",
    "actor_group",
]
#: Columns of :func:`actor_labels`, in order.
ACTOR_LABEL_COLUMNS = ["outlet", "actor_group", "label", "count"]


def _people_nouns(source="default") -> dict[str, str]:
    if isinstance(source, dict):
        return source
    return dict(_read_people_nouns(source))


@lru_cache(maxsize=16)  # read once per lexicon, not once per Doc
def _read_people_nouns(source) -> dict[str, str]:
    table = load_lexicon("people_nouns" if source == "default" else source)
    return {fold_text(lemma): kind for lemma, kind in zip(table["lemma"], table["kind"], strict=True)}


#: Dependency labels of a noun chunk's head in spaCy's English ``noun_chunks``
#: iterator (``spacy.lang.en.syntax_iterators``), which :func:`_noun_chunk_roots` follows.
_NP_DEPS = frozenset(
    {"oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT"}
)


class _Parse:
    """The parse of a Doc as plain lists, for :func:`find_actor_mentions`.

    Noun-chunk heads, their modifiers and subtrees are read here instead of
    through a spaCy ``Token`` per access (``token.lefts``, ``doc[i]``). The
    subtree edges are spaCy's own (``Token.left_edge`` / ``right_edge``,
    which it keeps for non-projective parses too), read for the tokens that
    need them only; children are found as spaCy finds them, by scanning the
    heads between the edges.
    """

    def __init__(self, doc):
        from spacy.attrs import ENT_TYPE, LIKE_NUM

        # the Doc weakly: this is held in a WeakKeyDictionary keyed by the Doc
        self._doc, self.tokens = weakref.ref(doc), token_strings(doc)
        self.heads, self.like_num, self.ent_type = arcs(doc).heads, [], []
        if len(doc):
            array = doc.to_array([LIKE_NUM, ENT_TYPE])
            self.like_num = list(map(bool, array[:, 0].tolist()))
            types = array[:, 1].tolist()
            names = {key: doc.vocab.strings[key] for key in set(types)}
            self.ent_type = list(map(names.__getitem__, types))
        self._left_edge = [-1] * len(doc)  # -1: not read yet
        self._right_edge = [-1] * len(doc)

    # each edge read on its own: most tokens need only one of them
    def left_edge(self, i: int) -> int:
        """``token.left_edge.i``."""
        if self._left_edge[i] < 0:
            self._left_edge[i] = self._doc()[i].left_edge.i
        return self._left_edge[i]

    def right_edge(self, i: int) -> int:
        """``token.right_edge.i``."""
        if self._right_edge[i] < 0:
            self._right_edge[i] = self._doc()[i].right_edge.i
        return self._right_edge[i]

    def lefts(self, i: int) -> list[int]:
        """``[c.i for c in token.lefts]``."""
        heads = self.heads
        return [k for k in range(self.left_edge(i), i) if heads[k] == i]

    def rights(self, i: int) -> list[int]:
        """``[c.i for c in token.rights]``."""
        heads = self.heads
        return [k for k in range(i + 1, self.right_edge(i) + 1) if heads[k] == i]

    def children(self, i: int) -> list[int]:
        """``[c.i for c in token.children]``."""
        return self.lefts(i) + self.rights(i)


_parse_lists = once_per_doc(_Parse)  # Doc -> its _Parse, once per Doc, held weakly


def _noun_chunk_roots(doc, parse: _Parse) -> list[int]:
    """``[chunk.root.i for chunk in doc.noun_chunks]``, from the plain lists.

    Follows spaCy's English noun-chunk iterator and ``Span.root`` step by step;
    a chunk whose root needs ``Span.root``'s tie-break (several tokens with a
    head outside it) asks spaCy, and so does any Doc with another iterator.
    """
    from spacy.lang.en.syntax_iterators import noun_chunks as english_noun_chunks

    if (
        doc.noun_chunks_iterator is not english_noun_chunks
        or "root" in doc.user_span_hooks
        or not doc.has_annotation("DEP")
    ):
        return [chunk.root.i for chunk in doc.noun_chunks]  # spaCy's own (or its error)
    tokens, heads = parse.tokens, parse.heads
    roots = []
    prev_end = -1
    for i, (pos, dep) in enumerate(zip(tokens.pos, tokens.dep, strict=True)):
        if pos not in {"NOUN", "PROPN", "PRON"}:
            continue
        if dep not in _NP_DEPS:
            if dep != "conj":
                continue
            head = heads[i]
            while tokens.dep[head] == "conj" and heads[head] < head:
                head = heads[head]
            if tokens.dep[head] not in _NP_DEPS:
                continue
        start = parse.left_edge(i)
        if start <= prev_end:  # nested chunks are not produced
            continue
        prev_end = i
        roots.append(_span_root(doc, heads, start, i + 1))
    return roots


def _span_root(doc, heads: list[int], start: int, end: int) -> int:
    """``doc[start:end].root.i``: the first sentence root inside, else the one
    token whose head is outside (spaCy breaks a tie between several)."""
    outside = []
    for k in range(start, end):
        if heads[k] == k:
            return k
        if not start <= heads[k] < end:
            outside.append(k)
    return outside[0] if len(outside) == 1 else doc[start:end].root.i


def _of_object(parse: _Parse, i: int) -> int | None:
    """The object of the first right-hand ``of`` of token ``i`` that has one."""
    dep, lower = parse.tokens.dep, parse.tokens.lower
    for child in parse.rights(i):
        if dep[child] == "prep" and lower[child] == "of":
            for grandchild in parse.children(child):
                if dep[grandchild] == "pobj":
                    return grandchild
    return None


def _phrase_start(parse: _Parse, root: int, stops: frozenset) -> int:
    """First token of the noun phrase of ``root``.

    The phrase is the head and its left modifiers, without leading articles,
    numbers and quantifiers ("more than 1,000 people" -> "people").
    """
    tokens = parse.tokens
    start = root
    for child in reversed(parse.lefts(root)):
        if parse.right_edge(child) + 1 != start:
            break
        if tokens.dep[child] in _LEFT_STOP_DEPS or tokens.tag[child] in {"WP$", "WDT"}:
            break
        start = parse.left_edge(child)
    while start < root and (
        tokens.is_punct[start]
        or tokens.dep[start] in _LEADING_DROP_DEPS
        or parse.like_num[start]
        or tokens.tag[start] in {"WP$", "WDT", "PDT"}
        or _fold(tokens.text[start]) in stops
    ):
        start += 1
    return start


def _phrase_end(parse: _Parse, root: int) -> int:
    """End (exclusive) of the noun phrase of ``root`` extended to the right.

    A right-hand ``of`` phrase (up to the end of its object noun) and a
    right-hand adjective phrase are added: "remnants of Assad's forces",
    "gunmen loyal to the government".
    """
    tokens = parse.tokens
    end = root + 1
    for child in parse.rights(root):
        if parse.left_edge(child) != end:
            break
        if tokens.dep[child] == "prep" and tokens.lower[child] == "of":
            objects = [c for c in parse.children(child) if tokens.dep[c] == "pobj"]
            if not objects:
                break
            end = objects[0] + 1
        elif (
            tokens.dep[child] in {"amod", "acl"}
            and tokens.pos[child] == "ADJ"
            and parse.right_edge(child) - root <= MAX_ADJ_PHRASE
        ):
            end = parse.right_edge(child) + 1
        else:
            break
    return end


def find_actor_mentions(
    doc,
    *,
    actors=None,
    people_nouns="default",
    spelling_variants=None,
    stop_words=None,
) -> list[ActorMention]:
    """Noun phrases about people or armed groups, with their actor group.

    A noun chunk (``doc.noun_chunks``) counts when its head noun is in the
    people/group lexicon (``framing/data/people_nouns.csv``: civilians,
    fighters, forces, loyalists ...), when its head is a PERSON or NORP
    entity, or when the taxonomy matches it. A count noun ("hundreds of
    civilians") hands over to its ``of`` object. The phrase is extended to
    the right by ``of`` phrases and adjective phrases, so
    "remnants of Assad's forces" and "gunmen loyal to the government" are
    one label; phrases nested inside a counted one are not counted again.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    actors : str, Path, DataFrame, ActorTaxonomy or None
        The study's taxonomy, read with :func:`framing.load_actors`
        (``None``: the small generic one shipped with framing).
    people_nouns : "default", path or dict
        Head-noun lemma -> kind (person, armed, group, state, quantity).
    spelling_variants : None, path, SpellingMap or a list of these
    stop_words : None, path or iterable of str
        Leading stop words are dropped from labels ("many civilians" ->
        "civilians", "his supporters" -> "supporters").

    Returns
    -------
    list of ActorMention
        ``label`` is the phrase lower-cased, quotes and dashes folded,
        spelling variants mapped, leading articles, numbers and quantifiers
        dropped; ``actor_group`` is the taxonomy group (agent entries first,
        then patient entries) or ``"unassigned"``.

    Notes
    -----
    Pronouns and relative pronouns are skipped: "they" and "who" name an
    actor only through coreference, which is not resolved. A person named
    only by a proper noun the NER misses (tagged GPE or untagged) counts only
    if the taxonomy names it.
    """
    taxonomy = load_actors(actors)
    nouns = _people_nouns(people_nouns)
    spelling = load_spelling_variants(spelling_variants)
    stops = load_stopwords(stop_words)
    sent_of = sent_index(doc)
    text, parse = doc_text(doc), _parse_lists(doc)
    tokens = parse.tokens

    def span_text(start: int, end: int) -> str:
        # Span.text: the Doc's text from the first token to the end of the last
        return text[tokens.idx[start] : tokens.idx[end - 1] + len(tokens.text[end - 1])]

    def head_lemma(i: int) -> str:
        return _fold(tokens.lemma[i] or tokens.text[i])

    covered: set[int] = set()
    mentions = []
    for root in _noun_chunk_roots(doc, parse):
        if root in covered or tokens.pos[root] == "PRON":
            continue
        lemma = head_lemma(root)
        if nouns.get(lemma) == "quantity" or parse.like_num[root] or tokens.pos[root] == "NUM":
            target = _of_object(parse, root)
            if target is None or tokens.pos[target] == "PRON":
                continue
            root = target
            lemma = head_lemma(root)
        start = _phrase_start(parse, root, stops)
        core = span_text(start, root + 1)
        about_people = (
            (lemma in nouns and nouns[lemma] != "quantity")
            or parse.ent_type[root] in PEOPLE_ENTITY_TYPES
            or _classify(taxonomy, core, lemma) is not None
        )
        if not about_people:
            continue
        end = _phrase_end(parse, root)
        phrase = span_text(start, end)
        group = _classify(taxonomy, phrase, lemma)
        label = " ".join(spelling.apply(word) for word in fold_text(phrase).split())
        if group is None:
            group = _classify(taxonomy, label, lemma)
        covered.update(range(start, end))
        start_char = tokens.idx[start]
        mentions.append(
            ActorMention(
                start_char,
                start_char + len(phrase),
                sent_of.get(root, -1),
                phrase,
                label,
                lemma,
                group or UNASSIGNED,
            )
        )
    return mentions


def _classify(taxonomy, text: str, head: str) -> str | None:
    """Agent entries first, then patient entries (a group is a group in either role)."""
    return taxonomy.classify(text, head=head, role="agent") or taxonomy.classify(text, head=head, role="patient")


def actor_label_rows(article, doc, **options) -> list[tuple]:
    """Rows of :func:`actor_mentions` for one article (:data:`ACTOR_MENTION_COLUMNS`)."""
    return [
        (
            article.article_id,
            article.outlet,
            m.sent_id,
            m.start_char,
            m.end_char,
            m.text,
            m.label,
            m.head,
            m.actor_group,
        )
        for m in find_actor_mentions(doc, **options)
    ]


def actor_mentions(
    corpus,
    *,
    actors=None,
    people_nouns="default",
    spelling_variants=None,
    stop_words=None,
    **parse_kwargs,
) -> pd.DataFrame:
    """One row per noun phrase naming people or an armed group.

    Parameters
    ----------
    corpus : DataFrame, ParsedCorpus, str or Path
    actors, people_nouns, spelling_variants, stop_words
        As in :func:`find_actor_mentions`.
    **parse_kwargs
        Passed to :func:`framing.parse`.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``outlet`` (str), ``sent_id``, ``start_char``,
        ``end_char`` (int64), ``text`` (str, as written), ``label`` (str,
        normalised), ``head`` (str, head lemma), ``actor_group`` (str).
    """
    taxonomy = load_actors(actors)
    parsed = ensure_parsed(corpus, **parse_kwargs)
    options = dict(
        actors=taxonomy,
        people_nouns=_people_nouns(people_nouns),
        spelling_variants=load_spelling_variants(spelling_variants),
        stop_words=load_stopwords(stop_words),
    )
    rows = [row for article, doc in parsed for row in actor_label_rows(article, doc, **options)]
    return pd.DataFrame(rows, columns=ACTOR_MENTION_COLUMNS).astype(
        {c: "int64" for c in ("sent_id", "start_char", "end_char")}
        | {c: "str" for c in ("article_id", "outlet", "text", "label", "head", "actor_group")}
    )


def actor_labels(
    corpus=None, *, actors=None, mentions: pd.DataFrame | None = None, **options
) -> pd.DataFrame:
    """How each outlet names each actor group: label counts.

    Parameters
    ----------
    corpus : DataFrame, ParsedCorpus, str or Path, optional
        Needed when ``mentions`` is absent.
    actors : str, Path, DataFrame, ActorTaxonomy or None
        The study's taxonomy (e.g. ``data/study/actors.csv``).
    mentions : DataFrame, optional
        An :func:`actor_mentions` table; computed from ``corpus`` if absent.
    **options
        ``people_nouns=``, ``spelling_variants=`` and parse keywords.

    Returns
    -------
    pandas.DataFrame
        ``outlet`` (str), ``actor_group`` (str; ``"unassigned"`` for
        phrases about people the taxonomy does not cover), ``label`` (str),
        ``count`` (int64). Ordered by outlet (corpus order), group, count
        descending, label.
    """
    if mentions is None:
        if corpus is None:
            raise ValueError("actor_labels needs corpus= or mentions= (an actor_mentions table)")
        mentions = actor_mentions(corpus, actors=actors, **options)
    order = {
        o: i
        for i, o in enumerate(
            _outlet_order(_articles_of(corpus) if _articles_of(corpus) is not None else mentions)
        )
    }
    table = (
        mentions.groupby(["outlet", "actor_group", "label"], sort=False)
        .size()
        .rename("count")
        .reset_index()
    )
    table["_o"] = table["outlet"].map(order)
    table = table.sort_values(
        ["_o", "actor_group", "count", "label"], ascending=[True, True, False, True], kind="stable"
    )
    return (
        table.drop(columns="_o")
        .reset_index(drop=True)
        .astype({"count": "int64"})[ACTOR_LABEL_COLUMNS]
    )


# =========================================================================== event labels


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
EVENT_LABEL_COLUMNS = ["outlet", "label", "category", "count", "share", "ci_low", "ci_high"]


def _event_lexicon(source="default") -> list[tuple[tuple[str, ...], str, str, frozenset]]:
    if isinstance(source, list):
        return source
    return list(_read_event_lexicon(source))


@lru_cache(maxsize=16)  # read once per lexicon, not once per Doc
def _read_event_lexicon(source) -> tuple[tuple[tuple[str, ...], str, str, frozenset], ...]:
    table = load_lexicon("event_labels" if source == "default" else source)
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


def find_event_labels(doc, *, lexicon="default") -> list[EventMention]:
    """Nouns that name the violence, with their category.

    A lexicon entry (``framing/data/event_labels.csv``) matches when its last
    word is the lemma (or form) of a token with an allowed part of speech
    (nouns by default, so the verb "fighting" is not a label) and its
    earlier words are the preceding tokens. The longest entry wins.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    lexicon : "default", path or list
        Columns ``label, category, pos, rationale``.

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
    quotes = _doc_quotes(doc)
    sent_of = sent_index(doc)
    # entries by last word, keeping lexicon order: a token is only tried
    # against the entries one of its forms can end
    by_last: dict[str, list[int]] = {}
    for order, (words, *_) in enumerate(entries):
        by_last.setdefault(words[-1], []).append(order)
    tokens = token_strings(doc)  # plain lists: no spaCy Token per token
    # a token matches a word by folded lemma, lower case or folded form
    lemmas, texts = _folded_forms(doc)

    def forms(i: int) -> tuple[str, str, str]:
        return lemmas[i], tokens.lower[i], texts[i]

    candidates = []
    # only the tokens one of whose forms ends an entry
    for i in _matching((lemmas, tokens.lower, texts), by_last):
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
                _in_spans(span.start_char, quotes),
            )
        )
    return sorted(found, key=lambda m: m.start_char)


def event_label_rows(article, doc, **options) -> list[tuple]:
    """Rows of :func:`event_mentions` for one article (:data:`EVENT_MENTION_COLUMNS`)."""
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
        for m in find_event_labels(doc, **options)
    ]


def event_mentions(corpus, *, lexicon="default", **parse_kwargs) -> pd.DataFrame:
    """One row per noun naming the violence.

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
    corpus=None,
    *,
    mentions: pd.DataFrame | None = None,
    by: str = "label",
    include_quoted: bool = True,
    lexicon="default",
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
    include_quoted : bool, default True
        Count words inside quotation marks; ``False`` keeps the outlet's own voice.
    lexicon : "default" or path
    n_resamples, random_state
        Bootstrap settings (:func:`framing.bootstrap_ci`).

    Returns
    -------
    pandas.DataFrame
        ``outlet`` (str), ``label`` (str; absent with ``by="category"``),
        ``category`` (str), ``count`` (int64), ``share`` (float64: of the
        outlet's event labels), ``ci_low``, ``ci_high`` (float64, 95%
        percentile bootstrap, resampling sentences so two labels in one
        sentence are not independent). Every label seen in any outlet (every
        category) appears for every outlet, with 0 when unused.

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
    articles = _articles_of(corpus)
    outlets = _outlet_order(articles if articles is not None else mentions)
    key = "label" if by == "label" else "category"
    if by == "label":
        values = list(dict.fromkeys(mentions.sort_values(["category", "label"])["label"]))
        category_of = dict(zip(mentions["label"], mentions["category"], strict=True))
    else:
        values = list(EVENT_CATEGORIES)
    rows = []
    for outlet in outlets:
        sub = mentions[mentions["outlet"] == outlet]
        clusters = (sub["article_id"].astype(str) + "\x1f" + sub["sent_id"].astype(str)).to_numpy()
        column = sub[key].to_numpy()
        hits_of = [(column == value).astype(float) for value in values]
        # one draw of resamples for every label of the outlet (same clusters, same seed)
        cis = bootstrap_cis(
            hits_of, groups=clusters, n_resamples=n_resamples, random_state=random_state
        )
        for value, hits, (share, low, high) in zip(values, hits_of, cis, strict=True):
            row = [outlet, value, int(hits.sum()), share, low, high]
            if by == "label":
                row.insert(2, category_of[value])
            rows.append(row)
    columns = (
        EVENT_LABEL_COLUMNS if by == "label" else [c for c in EVENT_LABEL_COLUMNS if c != "label"]
    )
    return pd.DataFrame(rows, columns=columns).astype(
        {"count": "int64", "share": "float64", "ci_low": "float64", "ci_high": "float64"}
    )


# =========================================================================== loaded language


@dataclass(frozen=True)
class LoadedWord:
    """An evaluative, intensifying or labelling word."""

    start_char: int
    end_char: int
    sent_id: int
    text: str
    word: str
    kind: str
    quoted: bool


#: Columns of ``loaded_language(by="sentence")`` (the per-article rows).
LOADED_SENTENCE_COLUMNS = [
    "article_id",
    "outlet",
    "sent_id",
    "n_words",
    "n_loaded",
    "n_loaded_quoted",
]
#: Columns of ``loaded_language(by="outlet")``.
LOADED_RATE_COLUMNS = [
    "outlet",
    "n_words",
    "count",
    "rate_per_1000",
    "ci_low",
    "ci_high",
    "count_quoted",
]
#: Columns of ``loaded_language(by="word")``.
LOADED_WORD_COLUMNS = ["outlet", "word", "kind", "count", "count_quoted"]


def _loaded_lexicon(source="default") -> dict[str, str]:
    if isinstance(source, dict):
        return source
    return dict(_read_loaded_lexicon(source))


@lru_cache(maxsize=16)  # read once per lexicon, not once per Doc
def _read_loaded_lexicon(source) -> dict[str, str]:
    table = load_lexicon("loaded_language" if source == "default" else source)
    return {fold_text(word): kind for word, kind in zip(table["word"], table["kind"], strict=True)}


@cache_per_doc  # the loaded_sentences and loaded_words tables both need them
def find_loaded_words(doc, *, lexicon="default") -> list[LoadedWord]:
    """Words of the loaded-language lexicon, matched by lemma or form.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    lexicon : "default", path or dict
        ``framing/data/loaded_language.csv`` (columns ``word, kind, source``).

    Returns
    -------
    list of LoadedWord
        ``word`` is the lexicon entry, ``text`` the token as written,
        ``quoted`` True inside quotation marks.

    Notes
    -----
    A word list cannot see negation or irony ("not brutal"), and a label
    such as "regime" is counted whoever uses it; the ``quoted`` flag
    separates the outlet's own voice from the people it quotes.
    """
    entries = _loaded_lexicon(lexicon)
    quotes = _doc_quotes(doc)
    sent_of = sent_index(doc)
    tokens = token_strings(doc)  # plain lists: no spaCy Token per token
    lemmas = _folded_forms(doc)[0]
    found = []
    for i in _matching((lemmas, tokens.lower), entries):  # the tokens in the lexicon
        if not tokens.is_alpha[i]:
            continue
        for candidate in (lemmas[i], tokens.lower[i]):
            if candidate in entries:
                start, text = tokens.idx[i], tokens.text[i]
                found.append(
                    LoadedWord(
                        start,
                        start + len(text),
                        sent_of.get(i, -1),
                        text,
                        candidate,
                        entries[candidate],
                        _in_spans(start, quotes),
                    )
                )
                break
    return found


def loaded_language_rows(article, doc, *, lexicon="default") -> list[tuple]:
    """Per-sentence counts for one article (:data:`LOADED_SENTENCE_COLUMNS`).

    ``n_words`` counts tokens that are not punctuation or space.
    """
    found = find_loaded_words(doc, lexicon=lexicon)
    loaded = Counter(w.sent_id for w in found)
    quoted = Counter(w.sent_id for w in found if w.quoted)
    # the sentences of iter_sents, counted on the per-Doc lists (no Span or Token each)
    tokens = token_strings(doc)
    is_word = [
        not (punct or space) for punct, space in zip(tokens.is_punct, tokens.is_space, strict=True)
    ]
    return [
        (
            article.article_id,
            article.outlet,
            sent_id,
            sum(is_word[start:end]),
            loaded[sent_id],
            quoted[sent_id],
        )
        for sent_id, (start, end) in enumerate(sent_bounds(doc))
    ]


def _ratio_ci(numerator, denominator, *, n_resamples, random_state):
    numerator = np.asarray(numerator, dtype=float)
    denominator = np.asarray(denominator, dtype=float)

    def rate(index):
        index = index.astype(int)
        total = denominator[index].sum()
        return 1000 * numerator[index].sum() / total if total else np.nan

    return bootstrap_ci(
        np.arange(numerator.size),
        statistic=rate,
        n_resamples=n_resamples,
        random_state=random_state,
    )


def loaded_language(
    corpus,
    *,
    by: str = "outlet",
    include_quoted: bool = True,
    lexicon="default",
    n_resamples: int = N_BOOTSTRAP,
    random_state: int = RANDOM_STATE,
    **parse_kwargs,
) -> pd.DataFrame:
    """Loaded language per outlet: rate per 1,000 words with a CI, or the words.

    Parameters
    ----------
    corpus : DataFrame, ParsedCorpus, str or Path
    by : {"outlet", "word", "sentence"}, default "outlet"
        ``outlet``: the rate; ``word``: the words behind it; ``sentence``:
        per-sentence counts (the per-article rows the rate is built from).
    include_quoted : bool, default True
        Count words inside quotation marks in the rate; ``False`` measures
        the outlet's own voice only.
    lexicon : "default", path or dict
    n_resamples, random_state
        Bootstrap settings.

    Returns
    -------
    pandas.DataFrame
        ``by="outlet"``: ``outlet`` (str), ``n_words`` (int64), ``count``
        (int64), ``rate_per_1000`` (float64), ``ci_low``, ``ci_high``
        (float64: 95% percentile bootstrap over sentences), ``count_quoted``
        (int64: of ``count``, inside quotation marks; always all quoted
        words, whatever ``include_quoted``).
        ``by="word"``: ``outlet``, ``word``, ``kind`` (str), ``count``,
        ``count_quoted`` (int64), most frequent first.
        ``by="sentence"``: :data:`LOADED_SENTENCE_COLUMNS` (str, str, then int64).

    References
    ----------
    Recasens, M., Danescu-Niculescu-Mizil, C. & Jurafsky, D. (2013).
    Linguistic models for analyzing and detecting biased language. *ACL*.
    """
    if by not in {"outlet", "word", "sentence"}:
        raise ValueError(f"by must be 'outlet', 'word' or 'sentence', got {by!r}")
    entries = _loaded_lexicon(lexicon)
    # by name when it has one, so the words found per Doc are shared between calls
    source = entries if isinstance(lexicon, dict) else lexicon
    parsed = ensure_parsed(corpus, **parse_kwargs)
    outlets = _outlet_order(parsed.articles)
    if by == "word":
        rows = [
            (article.outlet, w.word, w.kind, w.quoted)
            for article, doc in parsed
            for w in find_loaded_words(doc, lexicon=source)
        ]
        words = pd.DataFrame(rows, columns=["outlet", "word", "kind", "quoted"])
        table = (
            words.groupby(["outlet", "word", "kind"], sort=False)
            .agg(count=("quoted", "size"), count_quoted=("quoted", "sum"))
            .reset_index()
        )
        table["_o"] = table["outlet"].map({o: i for i, o in enumerate(outlets)})
        table = table.sort_values(
            ["_o", "count", "word"], ascending=[True, False, True], kind="stable"
        )
        return (
            table.drop(columns="_o")
            .reset_index(drop=True)
            .astype({"count": "int64", "count_quoted": "int64"})[LOADED_WORD_COLUMNS]
        )
    rows = [
        row
        for article, doc in parsed
        for row in loaded_language_rows(article, doc, lexicon=source)
    ]
    sentences = pd.DataFrame(rows, columns=LOADED_SENTENCE_COLUMNS).astype(
        {
            "article_id": "str",
            "outlet": "str",
            "sent_id": "int64",
            "n_words": "int64",
            "n_loaded": "int64",
            "n_loaded_quoted": "int64",
        }
    )
    if by == "sentence":
        return sentences
    out = []
    for outlet in outlets:
        sub = sentences[sentences["outlet"] == outlet]
        counted = sub["n_loaded"] if include_quoted else sub["n_loaded"] - sub["n_loaded_quoted"]
        rate, low, high = _ratio_ci(
            counted, sub["n_words"], n_resamples=n_resamples, random_state=random_state
        )
        out.append(
            (
                outlet,
                int(sub["n_words"].sum()),
                int(counted.sum()),
                rate,
                low,
                high,
                int(sub["n_loaded_quoted"].sum()),
            )
        )
    return pd.DataFrame(out, columns=LOADED_RATE_COLUMNS).astype(
        {
            "n_words": "int64",
            "count": "int64",
            "count_quoted": "int64",
            "rate_per_1000": "float64",
            "ci_low": "float64",
            "ci_high": "float64",
        }
    )


# =========================================================================== text reuse


@dataclass(frozen=True)
class SharedPassage:
    """A word sequence of at least ``n`` words found in both articles."""

    start_char: int
    end_char: int
    other_start_char: int
    other_end_char: int
    n_words: int
    text: str


#: Columns of :func:`text_reuse` with ``by="pair"``.
REUSE_COLUMNS = [
    "article_id",
    "outlet",
    "other_article_id",
    "other_outlet",
    "n_words",
    "shared_words",
    "coverage",
    "n_passages",
    "tfidf_cosine",
]
#: Columns of :func:`text_reuse` with ``by="passage"``.
PASSAGE_COLUMNS = [
    "article_id",
    "outlet",
    "other_article_id",
    "other_outlet",
    "start_char",
    "end_char",
    "other_start_char",
    "other_end_char",
    "n_words",
    "text",
]


def _reuse_words(doc, spelling):
    """All normalised words of a Doc in order (punctuation ignored: reuse survives re-punctuation)."""
    return [w for w in doc_words(doc, spelling=spelling) if w is not None]


def _shingles(texts: list[str], n: int) -> dict[tuple, list[int]]:
    index: dict[tuple, list[int]] = defaultdict(list)
    for i in range(len(texts) - n + 1):
        index[tuple(texts[i : i + n])].append(i)
    return index


def _grams(texts: list[str], n: int) -> list[tuple]:
    """The n-gram starting at each position (as keyed by :func:`_shingles`)."""
    return [tuple(texts[i : i + n]) for i in range(len(texts) - n + 1)]


def _align(words_a, words_b, n, index_b, text_a, *, texts=None, grams_a=None) -> list[SharedPassage]:
    # texts (the word strings of a and b) and grams_a (_grams of a) may be
    # passed in when one article is aligned with many others
    a, b = texts if texts is not None else ([w.text for w in words_a], [w.text for w in words_b])
    if grams_a is None:
        grams_a = _grams(a, n)
    passages = []
    i = 0
    while i <= len(a) - n:
        starts = index_b.get(grams_a[i])
        if not starts:
            i += 1
            continue
        best_j, best_len = starts[0], 0
        for j in starts:
            length = 0
            while i + length < len(a) and j + length < len(b) and a[i + length] == b[j + length]:
                length += 1
            if length > best_len:
                best_j, best_len = j, length
        first, last = words_a[i], words_a[i + best_len - 1]
        passages.append(
            SharedPassage(
                first.start_char,
                last.end_char,
                words_b[best_j].start_char,
                words_b[best_j + best_len - 1].end_char,
                best_len,
                text_a[first.start_char : last.end_char],
            )
        )
        i += best_len
    return passages


def find_shared_passages(
    doc, other_doc, *, n: int = REUSE_N, spelling_variants=None
) -> list[SharedPassage]:
    """Maximal word sequences of ``doc`` (at least ``n`` words) also in ``other_doc``.

    Words are compared after normalisation (case, quotes, dashes, spelling
    variants; punctuation ignored), greedily left to right: at each position
    the longest match in ``other_doc`` is taken and the scan jumps past it.

    Returns
    -------
    list of SharedPassage
        Offsets into ``doc`` (``start_char``...) and ``other_doc``
        (``other_start_char``...); ``text`` as written in ``doc``.
    """
    if n < 1:
        raise ValueError(f"n must be a positive number of words, got {n}")
    spelling = load_spelling_variants(spelling_variants)
    words_a, words_b = _reuse_words(doc, spelling), _reuse_words(other_doc, spelling)
    return _align(words_a, words_b, n, _shingles([w.text for w in words_b], n), doc_text(doc))


def text_reuse(
    corpus,
    *,
    n: int = REUSE_N,
    by: str = "pair",
    min_cosine: float = 0.0,
    spelling_variants=None,
    stop_words=None,
    **parse_kwargs,
) -> pd.DataFrame:
    """Which articles share long word sequences, and how similar their vocabularies are.

    Parameters
    ----------
    corpus : DataFrame, ParsedCorpus, str or Path
    n : int, default 6
        Shortest shared sequence, in normalised words.
    by : {"pair", "passage"}, default "pair"
    min_cosine : float, default 0.0
        Report a pair sharing no passage only when its TF-IDF cosine reaches
        this; the default reports every pair (fine for hundreds of articles;
        raise it for thousands).
    spelling_variants, stop_words
        Normalisation; stop words are removed for the TF-IDF vectors only
        (shared passages keep every word).

    Returns
    -------
    pandas.DataFrame
        ``by="pair"``, one row per ordered pair of articles:
        ``article_id``, ``outlet``, ``other_article_id``, ``other_outlet``
        (str), ``n_words`` (int64, words in the article), ``shared_words``
        (int64, its words inside passages shared with the other article),
        ``coverage`` (float64, shared_words / n_words), ``n_passages``
        (int64), ``tfidf_cosine`` (float64, scikit-learn TF-IDF of unigrams
        without stop words, l2-normalised).
        ``by="passage"``: one row per shared passage, offsets into the
        article and the other article, ``n_words`` and the passage ``text``.

    Notes
    -----
    Coverage is asymmetric: a short article copied whole into a long one has
    coverage 1 but the long one does not. Quotations of the same speaker
    count as shared passages; check ``text`` before calling it copying.
    Candidate pairs are found through an index of n-grams, so only pairs
    that share one are aligned.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    if by not in {"pair", "passage"}:
        raise ValueError(f"by must be 'pair' or 'passage', got {by!r}")
    if n < 1:
        raise ValueError(f"n must be a positive number of words, got {n}")
    spelling = load_spelling_variants(spelling_variants)
    stops = load_stopwords(stop_words)
    parsed = ensure_parsed(corpus, **parse_kwargs)
    articles = list(parsed.articles.itertuples(index=False))
    words = [_reuse_words(doc, spelling) for _, doc in parsed]
    texts = [[w.text for w in ws] for ws in words]
    shingles = [_shingles(t, n) for t in texts]
    owners: dict[tuple, set[int]] = defaultdict(set)
    for k, index in enumerate(shingles):
        for gram in index:
            owners[gram].add(k)
    candidates = set()
    for members in owners.values():
        if len(members) > 1:
            candidates.update(itertools.permutations(sorted(members), 2))

    vectorizer = TfidfVectorizer(analyzer=lambda tokens: [t for t in tokens if t not in stops])
    matrix = vectorizer.fit_transform(texts) if any(texts) else None
    cosines = pair_cosines(matrix, len(articles))
    grams: dict[int, list[tuple]] = {}
    pair_rows, passage_rows = [], []
    for i, j in itertools.permutations(range(len(articles)), 2):
        cosine = cosines(i, j)
        if (i, j) not in candidates and not cosine >= min_cosine:
            continue
        passages = []
        if (i, j) in candidates:
            if i not in grams:
                grams[i] = _grams(texts[i], n)
            passages = _align(
                words[i],
                words[j],
                n,
                shingles[j],
                doc_text(parsed.docs[i]),
                texts=(texts[i], texts[j]),
                grams_a=grams[i],
            )
        a, b = articles[i], articles[j]
        shared = sum(p.n_words for p in passages)
        total = len(words[i])
        pair_rows.append(
            (
                a.article_id,
                a.outlet,
                b.article_id,
                b.outlet,
                total,
                shared,
                shared / total if total else math.nan,
                len(passages),
                cosine,
            )
        )
        passage_rows.extend(
            (
                a.article_id,
                a.outlet,
                b.article_id,
                b.outlet,
                p.start_char,
                p.end_char,
                p.other_start_char,
                p.other_end_char,
                p.n_words,
                p.text,
            )
            for p in passages
        )
    if by == "passage":
        return pd.DataFrame(passage_rows, columns=PASSAGE_COLUMNS).astype(
            {c: "str" for c in PASSAGE_COLUMNS[:4] + ["text"]}
            | {
                c: "int64"
                for c in ("start_char", "end_char", "other_start_char", "other_end_char", "n_words")
            }
        )
    return pd.DataFrame(pair_rows, columns=REUSE_COLUMNS).astype(
        {c: "str" for c in REUSE_COLUMNS[:4]}
        | {
            "n_words": "int64",
            "shared_words": "int64",
            "coverage": "float64",
            "n_passages": "int64",
            "tfidf_cosine": "float64",
        }
    )
