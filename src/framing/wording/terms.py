"""Term counts: the normalised n-grams of each article, summed per outlet."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pandas as pd

from ..hints import CorpusInput, SpellingInput, WordListInput
from ..parse import ensure_parsed
from ..textnorm import doc_words, load_spelling_variants, load_stopwords, word_runs, word_text_runs
from .shared import outlet_order

#: Default n-gram lengths: unigrams to trigrams, enough for "revenge killings"
#: and "security forces" without the sparsity of longer n-grams on short texts.
NGRAM_RANGE = (1, 3)
#: Columns of :func:`term_counts` with ``by="article"`` (``by="outlet"`` drops ``article_id``).
TERM_COUNT_COLUMNS = ["article_id", "outlet", "term", "count"]


@dataclass(frozen=True)
class Term:
    """One n-gram occurrence after normalisation."""

    term: str
    n: int
    start_char: int
    end_char: int
    sent_id: int


def _check_range(ngram_range) -> None:
    low, high = ngram_range
    if not 1 <= low <= high:
        raise ValueError(
            f"ngram_range must be (low, high) with 1 <= low <= high, got {ngram_range}"
        )


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
    _check_range(ngram_range)
    low, high = ngram_range
    stops = load_stopwords(stop_words)
    spelling = load_spelling_variants(spelling_variants)
    terms = []
    for run in word_runs(doc_words(doc, lemmas=lemmas, spelling=spelling)):
        texts = [w.text for w in run]
        for start in range(len(run)):
            for n in range(low, high + 1):
                end = start + n
                if end > len(run):
                    break
                if texts[start] in stops or texts[end - 1] in stops:
                    continue
                terms.append(
                    Term(
                        " ".join(texts[start:end]),
                        n,
                        run[start].start_char,
                        run[end - 1].end_char,
                        run[start].sent_id,
                    )
                )
    return terms


def term_count_rows(
    article,
    doc,
    *,
    ngram_range: tuple[int, int] = NGRAM_RANGE,
    lemmas: bool = False,
    stop_words=None,
    spelling_variants=None,
) -> list[tuple]:
    """Per-article term counts: ``(article_id, outlet, term, count)`` tuples.

    Options as in :func:`find_terms`. Summing these rows over articles gives
    the outlet counts, so a corpus of any size can be counted batch by batch
    (see :data:`TERM_COUNT_COLUMNS`).
    """
    counts = Counter(
        _term_grams(
            doc,
            ngram_range=ngram_range,
            lemmas=lemmas,
            stop_words=stop_words,
            spelling_variants=spelling_variants,
        )
    )
    return [
        (article.article_id, article.outlet, term, count) for term, count in sorted(counts.items())
    ]


def _term_grams(doc, *, ngram_range, lemmas, stop_words, spelling_variants) -> list[str]:
    """Every n-gram string :func:`term_count_rows` counts (with repeats)."""
    _check_range(ngram_range)
    low, high = ngram_range
    stops = load_stopwords(stop_words)
    spelling = load_spelling_variants(spelling_variants)
    # the n-gram strings only, n by n over each run of words: the n-grams of
    # find_terms without a Term record (or a generator step) per n-gram
    grams: list[str] = []
    for texts in word_text_runs(doc, lemmas=lemmas, spelling=spelling):
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
    corpus: CorpusInput,
    *,
    ngram_range: tuple[int, int] = NGRAM_RANGE,
    lemmas: bool = False,
    stop_words: WordListInput = None,
    spelling_variants: SpellingInput = None,
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
    # the lexicons resolved once, not once per article
    options = dict(
        ngram_range=ngram_range,
        lemmas=lemmas,
        stop_words=load_stopwords(stop_words),
        spelling_variants=load_spelling_variants(spelling_variants),
    )
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
        totals.setdefault(article.outlet, Counter()).update(_term_grams(doc, **options))
    rows = [
        (outlet, term, count)
        for outlet in outlet_order(parsed.articles)
        if outlet in totals
        for term, count in sorted(totals[outlet].items(), key=lambda item: (-item[1], item[0]))
    ]
    return pd.DataFrame(rows, columns=TERM_COUNT_COLUMNS[1:]).astype(
        {"outlet": "str", "term": "str", "count": "int64"}
    )
