"""The casualties table (one row per toll) and the toll table (distinct tolls per outlet)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..docview import sentence_texts
from ..hints import CorpusInput, TaxonomyInput
from ..parse import ensure_parsed
from ..sources import classify_source, find_attributions, load_sources
from .tolls import MEASURES, find_casualties
from .victims import load_victims

__all__ = ["CASUALTY_COLUMNS", "TOLL_TABLE_COLUMNS", "casualties", "casualty_rows", "toll_table"]

#: Columns of :func:`casualties`, in order.
CASUALTY_COLUMNS = [
    "article_id",
    "outlet",
    "sent_id",
    "sentence",
    "number_text",
    "value",
    "qualifier",
    "vague",
    "measure",
    "victims",
    "victim_text",
    "source",
    "source_type",
    "start_char",
    "end_char",
]
#: Columns of :func:`toll_table`, in order.
TOLL_TABLE_COLUMNS = [
    "outlet",
    "measure",
    "victims",
    "value",
    "qualifier",
    "vague",
    "number_text",
    "source",
    "source_type",
    "n_mentions",
]


def casualty_rows(
    article,
    doc,
    *,
    victims=None,
    sources=None,
    lexicon: str | Path | None = None,
    toll_terms: str | Path | None = None,
    people_nouns: str | Path | None = None,
) -> list[tuple]:
    """Rows of :func:`casualties` for one article (see :data:`CASUALTY_COLUMNS`)."""
    taxonomy = load_sources(sources)
    attributions = find_attributions(doc)
    sents = sentence_texts(doc)
    rows = []
    found = find_casualties(doc, victims=victims, lexicon=lexicon, toll_terms=toll_terms, people_nouns=people_nouns)
    for toll in found:
        source, source_type = "", ""
        for record in attributions:
            if record.content_start <= toll.start_char < record.content_end:
                source, source_type = record.source, classify_source(taxonomy, record)
                break
        rows.append(
            (
                article.article_id,
                article.outlet,
                toll.sent_id,
                sents[toll.sent_id],
                toll.number_text,
                toll.value,
                toll.qualifier,
                toll.vague,
                toll.measure,
                toll.victims,
                toll.victim_text,
                source,
                source_type,
                toll.start_char,
                toll.end_char,
            )
        )
    return rows


def casualties(
    corpus: CorpusInput,
    *,
    victims: TaxonomyInput = None,
    sources: TaxonomyInput = None,
    lexicon: str | Path | None = None,
    toll_terms: str | Path | None = None,
    people_nouns: str | Path | None = None,
    **parse_kwargs,
) -> pd.DataFrame:
    """One row per toll (number of people killed or harmed) in every article.

    Parameters
    ----------
    corpus : pandas.DataFrame, ParsedCorpus, str or Path
    victims : str, Path, DataFrame or ActorTaxonomy, optional
        Victim taxonomy (``data/study/victims.csv``); default generic.
    sources : optional
        Source taxonomy for ``source_type`` (see :func:`framing.attributions`).
    lexicon : str or Path, optional
        Number words and qualifiers; ``None`` reads the packaged
        ``framing/data/quantities.csv``.
    toll_terms : str or Path, optional
        Lemmas that make a number a toll, with the measure each gives it
        (``lemma``, ``measure``, ``rationale``); ``None`` reads the packaged
        ``framing/data/toll_terms.csv`` (:func:`framing.casualties.find_casualties`).
    people_nouns : str or Path, optional
        Person and armed nouns (``lemma``, ``kind``, ``side``, ``rationale``) for
        counted people the victims taxonomy lacks; ``None`` reads the packaged
        ``framing/data/people_nouns.csv`` (:mod:`framing.casualties.victims`).
    **parse_kwargs
        Passed to :func:`framing.parse`; a name it does not take raises TypeError,
        also when the corpus is already parsed.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``outlet`` (str), ``sent_id`` (int64), ``sentence``,
        ``number_text`` (as written) (str), ``value`` (int64: the stated
        number, or a vague word's lower bound), ``qualifier`` (``at_least`` |
        ``more_than`` | ``about`` | ``nearly`` | ``up_to`` | ``fewer_than`` |
        ``exact``; with ``more_than``, ``up_to`` and ``fewer_than`` the value
        is the stated bound, not an estimate), ``vague`` (bool: a quantity
        word such as "dozens", "hundreds", "scores"; its qualifier is
        ``at_least`` unless one is stated), ``measure`` (``killed`` |
        ``injured`` | ``missing`` | ``displaced`` | ``detained`` | ``other``;
        burials count as killed), ``victims`` (taxonomy group, ``total`` for a
        bare number, ``other`` for people no list knows, such as "100
        Palestinians" with the generic taxonomy), ``victim_text`` (the counted
        noun phrase with its participle modifiers), ``source``
        (the attribution whose content holds the number, "" if none),
        ``source_type`` (str), ``start_char``, ``end_char`` (int64).
    """
    # a misspelled option is an error even when the corpus is already parsed
    parsed = ensure_parsed(corpus, **parse_kwargs)
    victims = load_victims(victims)
    rows = []
    for article, doc in parsed:
        rows.extend(
            casualty_rows(
                article,
                doc,
                victims=victims,
                sources=sources,
                lexicon=lexicon,
                toll_terms=toll_terms,
                people_nouns=people_nouns,
            )
        )
    table = pd.DataFrame(rows, columns=CASUALTY_COLUMNS)
    ints = {"sent_id", "value", "start_char", "end_char"}
    return table.astype({c: ("int64" if c in ints else "bool" if c == "vague" else "str") for c in CASUALTY_COLUMNS})


def toll_table(
    corpus: CorpusInput | None = None, *, tolls: pd.DataFrame | None = None, measure: str | None = None, **kwargs
) -> pd.DataFrame:
    """Per outlet and measure, the distinct tolls it reports and whom it attributes them to.

    Parameters
    ----------
    corpus : optional
        Used only when ``tolls`` is absent.
    tolls : pandas.DataFrame, optional
        The :func:`casualties` table.
    measure : str, optional
        Keep one measure only (``"killed"`` for death tolls); ``None`` keeps
        every measure, each in its own rows.
    **kwargs
        Passed to :func:`casualties` when it is computed here.

    Returns
    -------
    pandas.DataFrame
        ``outlet``, ``measure``, ``victims`` (str), ``value`` (int64),
        ``qualifier`` (str), ``vague`` (bool), ``number_text``, ``source``,
        ``source_type`` (str; the first mention's wording and source),
        ``n_mentions`` (int64). One row per outlet, measure, victims and
        value: 760 wounded never sits beside 104 dead. Outlets in
        first-appearance order, then measure (in the order of
        :data:`framing.casualties.MEASURES`), victims, value descending.
        Pivot on ``outlet`` to see the same toll across outlets.

    Raises
    ------
    ValueError
        When neither ``corpus`` nor ``tolls`` is given, or ``measure`` is not
        one of :data:`framing.casualties.MEASURES`.
    """
    if measure is not None and measure not in MEASURES:
        raise ValueError(f"toll_table: measure {measure!r} is not one of {', '.join(MEASURES)}")
    if tolls is None:
        if corpus is None:
            raise ValueError("toll_table needs corpus= or tolls= (the framing.casualties table)")
        tolls = casualties(corpus, **kwargs)
    if measure is not None:
        tolls = tolls[tolls["measure"] == measure]
    order = {outlet: i for i, outlet in enumerate(dict.fromkeys(tolls["outlet"]))}
    rows = []
    for (outlet, kind, victims, value), part in tolls.groupby(["outlet", "measure", "victims", "value"], sort=False):
        sourced = part[part["source"] != ""]
        first = (sourced if len(sourced) else part).iloc[0]
        rows.append(
            (
                outlet,
                kind,
                victims,
                int(value),
                first["qualifier"],
                bool(first["vague"]),
                first["number_text"],
                first["source"],
                first["source_type"],
                len(part),
            )
        )
    table = pd.DataFrame(rows, columns=TOLL_TABLE_COLUMNS)
    ranks = {m: i for i, m in enumerate(MEASURES)}
    table = table.assign(_o=table["outlet"].map(order), _m=table["measure"].map(ranks)).sort_values(
        ["_o", "_m", "victims", "value"], ascending=[True, True, True, False]
    )
    table = table.drop(columns=["_o", "_m"]).reset_index(drop=True)
    return table.astype({"value": "int64", "vague": "bool", "n_mentions": "int64"})
