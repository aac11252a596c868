"""Sentence tone: VADER scores of every sentence, and their distribution per outlet.

:func:`find_sentiment` scores each sentence of one Doc and returns small
frozen records; :func:`sentence_sentiment` is the corpus table (one row per
sentence) and :func:`outlet_tone` its per-outlet summary with bootstrap
intervals. The lexicon (``domain=``) is described in :mod:`framing.tone.vader`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from ..docview import sentence_chars
from ..groups import group_order, grouped_by
from ..hints import CorpusInput
from ..parse import check_parse_options, ensure_parsed
from ..stats import N_BOOTSTRAP, RANDOM_STATE, bootstrap_cis, resampling_clusters
from .vader import VADER_THRESHOLD, Domain, analyzer, compound_label, polarity_memo

#: Columns of :func:`sentence_sentiment`, in order.
SENTIMENT_COLUMNS = ["article_id", "outlet", "sent_id", "compound", "pos", "neu", "neg"]
#: Columns of :func:`outlet_tone`, in order.
OUTLET_TONE_COLUMNS = ["outlet", "measure", "n", "estimate", "ci_low", "ci_high", "ci_unit"]


def require_columns(table: pd.DataFrame, columns: Iterable[str], *, name: str, producer: str) -> None:
    """Raise ``ValueError`` naming the columns ``table`` lacks and the function that makes it.

    ``name`` is the keyword the table was passed as (``sentiment``, ``events``,
    ``clauses``), ``producer`` the public function returning such a table.
    """
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(
            f"{name} table lacks column(s) {', '.join(missing)}; "
            f"pass the table returned by framing.{producer}"
        )


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


def find_sentiment(doc, *, domain: Domain = None) -> list[SentenceTone]:
    """VADER scores of every sentence of a Doc.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    domain : None, False, str or Path, optional
        Lexicon; see :func:`framing.tone.analyzer`. Default: framing's
        packaged conflict-news adjustment.

    Returns
    -------
    list of SentenceTone
        One per sentence of :func:`framing.docview.iter_sents`, in order.

    Notes
    -----
    VADER scores words, negation and intensifiers; it does not know who did
    what to whom, so "gunmen killed villagers" and "villagers were killed"
    score the same, and a neutral report of a killing is negative.
    """
    polarity = polarity_memo(doc, analyzer(domain=domain))
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


def sentence_sentiment_rows(article, doc, *, domain: Domain = None) -> list[tuple]:
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


def sentence_sentiment(corpus: CorpusInput, *, domain: Domain = None, **parse_kwargs) -> pd.DataFrame:
    """VADER sentiment of every sentence of every article.

    Parameters
    ----------
    corpus : pandas.DataFrame, ParsedCorpus, str or Path
        Articles; parsed (cached) with :func:`framing.parse` if not already.
    domain : None, False, str or Path, optional
        Lexicon; see :func:`framing.tone.analyzer`. Default: framing's
        packaged conflict-news adjustment.
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
    Label a score with :func:`framing.tone.compound_label`. See
    :mod:`framing.validation.tone` for VADER's measured agreement with hand
    labels on news sentences.

    References
    ----------
    Hutto, C. J. & Gilbert, E. (2014). VADER. *ICWSM-14*.
    """
    check_parse_options(parse_kwargs)
    parsed = ensure_parsed(corpus, **parse_kwargs)
    rows = []
    for article, doc in parsed:
        rows.extend(sentence_sentiment_rows(article, doc, domain=domain))
    return _sentiment_table(rows)


def outlet_tone(
    corpus: CorpusInput | None = None,
    *,
    sentiment: pd.DataFrame | None = None,
    threshold: float = VADER_THRESHOLD,
    cluster: str = "auto",
    by: str = "outlet",
    n_resamples: int = N_BOOTSTRAP,
    random_state: int = RANDOM_STATE,
    domain: Domain = None,
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
    cluster : {"auto", "article", "sentence"}, default "auto"
        Resampling unit of the bootstrap. ``"auto"`` follows the data
        (:func:`framing.stats.resampling_clusters`): whole articles when an
        outlet has more than one (sentences of one article are not
        independent), its sentences otherwise. ``"article"`` always resamples
        articles (a zero-width interval for an outlet of one article);
        ``"sentence"`` always resamples sentences (too narrow when an outlet
        has many articles that differ).
    by : str, default "outlet"
        Group sentences by this column: ``outlet`` or any article metadata
        column, from ``sentiment`` or joined from ``corpus`` by article
        (:func:`framing.with_metadata`). Sentences with no value are left out.
    n_resamples, random_state
        Bootstrap settings (:func:`framing.bootstrap_cis`).
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
        ``estimate``, ``ci_low``, ``ci_high`` (float64), ``ci_unit`` (str:
        ``article`` or ``sentence``, what was resampled). The first column is
        named after ``by``. Outlets in order of first appearance.
    """
    if cluster not in {"auto", "sentence", "article"}:
        raise ValueError(f"cluster must be 'auto', 'sentence' or 'article', got {cluster!r}")
    check_parse_options(parse_kwargs)
    if sentiment is None:
        if corpus is None:
            raise ValueError("outlet_tone needs a corpus or a sentiment= table")
        sentiment = sentence_sentiment(corpus, domain=domain, **parse_kwargs)
    require_columns(sentiment, ["article_id", "compound"], name="sentiment", producer="sentence_sentiment")
    sentiment = grouped_by(sentiment, by, corpus, name="sentiment")
    article_ids = sentiment["article_id"].to_numpy()
    scores = sentiment["compound"].to_numpy(dtype=float)
    positions = sentiment.groupby(by, sort=False).indices
    rows = []
    for outlet in group_order(sentiment[by]):
        at = positions[outlet]
        compound = scores[at]
        labels = compound_label(compound, threshold=threshold)
        if cluster == "auto":
            groups, unit = resampling_clusters(article_ids[at])
        else:
            groups, unit = (article_ids[at] if cluster == "article" else None), cluster
        measures = {
            "mean_compound": compound,
            "share_negative": (labels == "negative").astype(float),
            "share_neutral": (labels == "neutral").astype(float),
            "share_positive": (labels == "positive").astype(float),
        }
        # one draw of resamples for the four measures (same observations, same seed)
        cis = bootstrap_cis(list(measures.values()), groups=groups, n_resamples=n_resamples, random_state=random_state)
        for (measure, values), (estimate, low, high) in zip(measures.items(), cis, strict=True):
            rows.append((outlet, measure, len(values), estimate, low, high, unit))
    table = pd.DataFrame(rows, columns=[by, *OUTLET_TONE_COLUMNS[1:]])
    return table.astype(
        ({"outlet": "str"} if by == "outlet" else {})
        | {
            "measure": "str",
            "ci_unit": "str",
            "n": "int64",
            "estimate": "float64",
            "ci_low": "float64",
            "ci_high": "float64",
        }
    )
