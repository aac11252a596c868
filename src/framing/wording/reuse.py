"""Text reuse: long word sequences two articles share, and their TF-IDF cosine."""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from dataclasses import dataclass

import pandas as pd

from ..docview import doc_text
from ..hints import CorpusInput, SpellingInput, WordListInput
from ..parse import ensure_parsed
from ..textnorm import doc_words, load_spelling_variants, load_stopwords

#: Shortest shared word sequence counted as reuse. Decision: six words rarely
#: repeat by chance in news prose but a copied clause does; Clough et al. (2002,
#: METER corpus) measure journalistic reuse by word n-gram overlap and greedy
#: string tiling in the same way.
REUSE_N = 6


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
    corpus: CorpusInput,
    *,
    n: int = REUSE_N,
    by: str = "pair",
    min_cosine: float = 0.0,
    spelling_variants: SpellingInput = None,
    stop_words: WordListInput = None,
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
    from sklearn.metrics.pairwise import linear_kernel

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
    grams: dict[int, list[tuple]] = {}
    pair_rows, passage_rows = [], []
    row_of, cosines = -1, None
    for i, j in itertools.permutations(range(len(articles)), 2):
        if i != row_of:
            # the rows are l2-normalised, so the linear kernel is the cosine;
            # one article's row at a time keeps memory linear in the corpus
            row_of, cosines = i, None if matrix is None else linear_kernel(matrix[i], matrix)[0]
        cosine = math.nan if cosines is None else float(cosines[j])
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
