"""Loaded language: evaluative, intensifying and labelling words per 1,000 words."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from ..docview import cache_per_doc, sent_bounds, sent_index, token_strings
from ..groups import group_order, with_metadata
from ..hints import CorpusInput, WordListInput
from ..lexicons import load_lexicon
from ..parse import ensure_parsed
from ..stats import N_BOOTSTRAP, RANDOM_STATE, bootstrap_rate_ci, resampling_clusters
from ..textnorm import fold_text, refuse_default
from .shared import doc_quotes, folded_forms, in_spans, matching, outlet_order


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
    "ci_unit",
    "count_quoted",
]
#: Columns of ``loaded_language(by="word")``.
LOADED_WORD_COLUMNS = ["outlet", "word", "kind", "count", "count_quoted"]


def _loaded_lexicon(source=None) -> dict[str, str]:
    """Word -> kind of a loaded-language lexicon (a dict is returned as is)."""
    if isinstance(source, dict):
        return source
    refuse_default(source, "lexicon")
    return dict(_read_loaded_lexicon(source))


@lru_cache(maxsize=16)  # read once per lexicon, not once per Doc
def _read_loaded_lexicon(source) -> dict[str, str]:
    table = load_lexicon("loaded_language" if source is None else source)
    return {fold_text(word): kind for word, kind in zip(table["word"], table["kind"], strict=True)}


@cache_per_doc  # the loaded_sentences and loaded_words tables both need them
def find_loaded_words(doc, *, lexicon=None) -> list[LoadedWord]:
    """Words of the loaded-language lexicon, matched by lemma or form.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    lexicon : None, path or dict
        ``None`` is the packaged ``framing/data/loaded_language.csv``; a file
        of one's own has the same columns (``word, kind, source``).

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
    quotes = doc_quotes(doc)
    sent_of = sent_index(doc)
    tokens = token_strings(doc)  # plain lists: no spaCy Token per token
    lemmas = folded_forms(doc)[0]
    found = []
    for i in matching((lemmas, tokens.lower), entries):  # the tokens in the lexicon
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
                        in_spans(start, quotes),
                    )
                )
                break
    return found


def loaded_language_rows(article, doc, *, lexicon=None) -> list[tuple]:
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


def loaded_language(
    corpus: CorpusInput,
    *,
    by: str = "outlet",
    include_quoted: bool = True,
    lexicon: WordListInput = None,
    n_resamples: int = N_BOOTSTRAP,
    random_state: int = RANDOM_STATE,
    **parse_kwargs,
) -> pd.DataFrame:
    """Loaded language per outlet: rate per 1,000 words with a CI, or the words.

    Parameters
    ----------
    corpus : DataFrame, ParsedCorpus, str or Path
    by : {"outlet", "word", "sentence"} or a metadata column, default "outlet"
        ``outlet``: the rate; ``word``: the words behind it; ``sentence``:
        per-sentence counts (the per-article rows the rate is built from);
        any other column of the corpus's metadata (``country``, a date
        period): the rate per value of that column, as for ``outlet``.
    include_quoted : bool, default True
        Count words inside quotation marks in the rate; ``False`` measures
        the outlet's own voice only.
    lexicon : None, path or dict
        As in :func:`find_loaded_words`.
    n_resamples, random_state
        Bootstrap settings (:func:`framing.stats.bootstrap_rate_ci`).
    **parse_kwargs
        Passed to :func:`framing.parse`.

    Returns
    -------
    pandas.DataFrame
        ``by="outlet"``: ``outlet`` (str), ``n_words`` (int64), ``count``
        (int64), ``rate_per_1000`` (float64), ``ci_low``, ``ci_high``
        (float64: 95% percentile bootstrap), ``ci_unit`` (str: ``article``
        when the outlet has more than one article, whole articles being
        resampled, else ``sentence``), ``count_quoted`` (int64: of
        ``count``, inside quotation marks; always all quoted words, whatever
        ``include_quoted``). A metadata column: the same, its first column
        named after it; articles with no value are left out.
        ``by="word"``: ``outlet``, ``word``, ``kind`` (str), ``count``,
        ``count_quoted`` (int64), most frequent first.
        ``by="sentence"``: :data:`LOADED_SENTENCE_COLUMNS` (str, str, then int64).

    References
    ----------
    Recasens, M., Danescu-Niculescu-Mizil, C. & Jurafsky, D. (2013).
    Linguistic models for analyzing and detecting biased language. *ACL*.
    """
    entries = _loaded_lexicon(lexicon)
    # by name when it has one, so the words found per Doc are shared between calls
    source = entries if isinstance(lexicon, dict) else lexicon
    parsed = ensure_parsed(corpus, **parse_kwargs)
    if by not in {"outlet", "word", "sentence"} and by not in parsed.articles.columns:
        raise ValueError(
            f"by must be 'outlet', 'word', 'sentence' or a metadata column of the corpus, got {by!r} "
            f"(the corpus has: {', '.join(map(str, parsed.articles.columns))})"
        )
    outlets = outlet_order(parsed.articles)
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
    if by != "outlet":
        sentences = with_metadata(sentences, parsed.articles, by)
        sentences = sentences[sentences[by].notna()]
        outlets = group_order(parsed.articles[by].dropna())
    positions = sentences.groupby(by, sort=False).indices
    out = []
    for outlet in outlets:
        sub = sentences.iloc[positions.get(outlet, [])]
        counted = sub["n_loaded"] if include_quoted else sub["n_loaded"] - sub["n_loaded_quoted"]
        clusters, unit = resampling_clusters(sub["article_id"])
        rate, low, high = bootstrap_rate_ci(
            counted, sub["n_words"], n_resamples=n_resamples, random_state=random_state, groups=clusters
        )
        out.append(
            (
                outlet,
                int(sub["n_words"].sum()),
                int(counted.sum()),
                rate,
                low,
                high,
                unit,
                int(sub["n_loaded_quoted"].sum()),
            )
        )
    return pd.DataFrame(out, columns=[by, *LOADED_RATE_COLUMNS[1:]]).astype(
        {
            "n_words": "int64",
            "count": "int64",
            "count_quoted": "int64",
            "rate_per_1000": "float64",
            "ci_low": "float64",
            "ci_high": "float64",
        }
    )

