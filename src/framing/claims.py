"""The same fact across outlets, and how early each article states it.

:func:`align_claims` groups sentences from different outlets that report the
same fact, by TF-IDF cosine similarity, helped by shared numbers (a toll of
745 in two sentences is strong evidence they report the same count), and
gives each version's wording with its voice, agent group, hedges and
sources. :func:`omitted_facts` lists, per outlet, the facts most other
outlets report and it does not. :func:`prominence` gives, per article, the
sentence rank at which a toll, a source, a hedge, a perpetrator and the
victims are first mentioned.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .corpus import title_length
from .docview import sentence_chars
from .hints import CorpusInput
from .parse import ensure_parsed

__all__ = [
    "CLAIM_COLUMNS",
    "OMITTED_COLUMNS",
    "PROMINENCE_COLUMNS",
    "align_claims",
    "omitted_facts",
    "prominence",
]

#: Columns of :func:`align_claims`, in order.
CLAIM_COLUMNS = [
    "claim_id",
    "claim_terms",
    "article_id",
    "outlet",
    "sent_id",
    "sentence",
    "n_outlets",
    "similarity",
    "voice",
    "agent_group",
    "hedge_cues",
    "sources",
    "numbers",
]
#: Columns of :func:`omitted_facts`, in order.
OMITTED_COLUMNS = [
    "outlet",
    "claim_id",
    "claim_terms",
    "n_outlets",
    "n_other_outlets",
    "share_others",
    "reported_by",
    "example",
]
#: Columns of :func:`prominence`, in order.
PROMINENCE_COLUMNS = ["article_id", "outlet", "item", "sent_id", "rank", "is_lede"]
#: Cosine similarity above which two sentences are taken to report the same
#: fact (a decision checked by reading the seed corpus' groups; see Notes).
SIMILARITY = 0.35
#: Lower threshold for sentences that share a number of 10 or more.
SIMILARITY_SHARED_NUMBER = 0.15
#: Terms (highest summed TF-IDF over a group's sentences) that name a group.
N_CLAIM_TERMS = 4
#: The first this many sentences of the body (after the headline) form the lede.
LEDE_SENTENCES = 2
_NUMBER = re.compile(r"\b\d[\d,]*\b")
_EVENT_COLUMNS = ["article_id", "sent_id", "start_char", "form", "agent_group"]


def _numbers(text: str) -> frozenset:
    values = set()
    for match in _NUMBER.findall(text):
        value = int(match.replace(",", ""))
        if value >= 10 and not 1900 <= value <= 2100:
            values.add(value)
    return frozenset(values)


def _cluster(pairs, outlets) -> list[list[int]]:
    """Complete-linkage groups with at most one sentence per outlet.

    ``pairs``: (score, i, j) of linked sentences. Pairs are taken best first;
    two groups merge only when they share no outlet and every sentence of one
    is linked to every sentence of the other, so a chain of pairwise-similar
    sentences can no longer join two different facts.
    """
    linked = {(i, j) for _, i, j in pairs} | {(j, i) for _, i, j in pairs}
    group_of: dict[int, list[int]] = {}
    for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        a = group_of.get(i, [i])
        b = group_of.get(j, [j])
        if a is b:
            continue
        if {outlets[k] for k in a} & {outlets[k] for k in b}:
            continue
        if not all((x, y) in linked for x in a for y in b):
            continue
        merged = sorted(a + b)
        for k in merged:
            group_of[k] = merged
    groups = {id(g): g for g in group_of.values()}
    return sorted(groups.values(), key=lambda g: g[0])


def _join(table: pd.DataFrame, column: str) -> pd.Series:
    """Distinct values of ``column`` per (article_id, sent_id), ";"-joined in order."""
    if len(table) == 0:
        return pd.Series(dtype=str)
    values = table[column].fillna("").astype(str)
    keep = table.assign(_v=values)[values != ""]
    return keep.groupby(["article_id", "sent_id"])["_v"].agg(lambda s: ";".join(dict.fromkeys(s)))


def align_claims(
    corpus: CorpusInput,
    *,
    hedges: pd.DataFrame | None = None,
    attributions: pd.DataFrame | None = None,
    events: pd.DataFrame | None = None,
    sentences: pd.DataFrame | None = None,
    similarity: float = SIMILARITY,
    min_outlets: int = 2,
    **parse_kwargs,
) -> pd.DataFrame:
    """Groups of sentences from different outlets that report the same fact.

    Parameters
    ----------
    corpus : DataFrame, ParsedCorpus, str or Path
    hedges, attributions : DataFrame, optional
        The :func:`framing.hedges` and :func:`framing.attributions` tables;
        computed when absent.
    events : DataFrame, optional
        The :func:`framing.harm_events` table (columns ``article_id``,
        ``sent_id``, ``start_char``, ``form``, ``agent_group``), for each
        version's voice and agent group; computed with the generic actor
        taxonomy when absent (pass the study's table for study groups).
    sentences : DataFrame, optional
        The :func:`framing.sentences` table of the same corpus; computed when
        absent.
    similarity : float
        Cosine threshold (:data:`SIMILARITY`).
    min_outlets : int, default 2
        Keep groups spanning at least this many outlets.

    Returns
    -------
    pandas.DataFrame
        ``claim_id`` (int64), ``claim_terms`` (str, the group's
        :data:`N_CLAIM_TERMS` highest-weighted terms), ``article_id``,
        ``outlet`` (str), ``sent_id`` (int64), ``sentence`` (str),
        ``n_outlets`` (int64), ``similarity`` (float64, mean cosine to the
        other members), ``voice`` (forms of the sentence's harm events in
        text order: active, passive, nominal; "" if none), ``agent_group``
        (their agent groups), ``hedge_cues``, ``sources`` (str, ``;``-joined),
        ``numbers`` (str, numbers >= 10 in the sentence). Groups ordered by
        number of outlets, then first appearance; rows by outlet order.

    Notes
    -----
    Two sentences are linked when their cosine similarity reaches
    ``similarity``, or :data:`SIMILARITY_SHARED_NUMBER` when they share a
    number of 10 or more (years excluded). Groups are built by complete
    linkage, best links first, with at most one sentence per outlet: every
    member is linked to every other, so a chain of similar sentences cannot
    join two facts, but a fact an outlet spreads over two sentences keeps
    only the better-linked one. Headings are left out. Pairwise similarity
    grows with the square of the number of sentences: align a few days of
    coverage at a time, not a whole archive.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import linear_kernel

    from .hedging import hedges as hedge_table
    from .sentences import sentences as sentence_table
    from .sources import attributions as attribution_table

    parsed = ensure_parsed(corpus, **parse_kwargs)
    sents = sentence_table(parsed) if sentences is None else sentences
    sents = sents[~sents["is_heading"]].reset_index(drop=True)
    if len(sents) < 2:
        return _empty_claims()
    if events is None:
        from .agency import harm_events

        events = harm_events(parsed)
    missing = set(_EVENT_COLUMNS) - set(events.columns)
    if missing:
        raise ValueError(
            f"align_claims: events table lacks column(s) {', '.join(sorted(missing))};"
            " pass the framing.harm_events table"
        )
    if hedges is None:
        hedges = hedge_table(parsed, events=events)
    if attributions is None:
        attributions = attribution_table(parsed)
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    matrix = vectorizer.fit_transform(sents["text"])
    terms = vectorizer.get_feature_names_out()
    # TF-IDF rows are l2-normalised: their linear kernel is the cosine
    similarity_of = linear_kernel(matrix, dense_output=False).tocsr()
    cosine = similarity_of.tocoo()
    numbers = [_numbers(t) for t in sents["text"]]
    outlets = sents["outlet"].to_numpy()
    outlet_codes = pd.factorize(outlets)[0]
    # most pairs are far below either threshold: drop them (and pairs within
    # one outlet, and each pair's mirror) in one vectorised step, keeping order
    row, col, data = cosine.row, cosine.col, cosine.data
    keep = (
        (row < col)
        & (outlet_codes[row] != outlet_codes[col])
        & (data >= min(similarity, SIMILARITY_SHARED_NUMBER))
    )
    pairs = []
    for i, j, value in zip(row[keep], col[keep], data[keep], strict=True):
        if value >= similarity or (value >= SIMILARITY_SHARED_NUMBER and numbers[i] & numbers[j]):
            pairs.append((float(value), int(i), int(j)))
    order = {outlet: k for k, outlet in enumerate(dict.fromkeys(outlets))}
    groups = []
    for members in _cluster(pairs, outlets):
        n_outlets = len({outlets[k] for k in members})
        if n_outlets >= min_outlets:
            members = sorted(members, key=lambda k: (order[outlets[k]], k))
            groups.append((members, n_outlets))
    groups.sort(key=lambda g: (-g[1], min(g[0])))
    events = events.sort_values(["article_id", "sent_id", "start_char"])
    # plain dicts and lists: one lookup per claim member instead of a pandas index search
    voices, agents = _join(events, "form").to_dict(), _join(events, "agent_group").to_dict()
    cues, cited = _join(hedges, "cue").to_dict(), _join(attributions, "source").to_dict()
    article_ids, sent_outlets = sents["article_id"].tolist(), sents["outlet"].tolist()
    sent_ids, texts = sents["sent_id"].tolist(), sents["text"].tolist()
    rows = []
    for claim_id, (members, n_outlets) in enumerate(groups):
        weights = np.asarray(matrix[members].sum(axis=0)).ravel()
        top = np.argsort(-weights, kind="stable")[:N_CLAIM_TERMS]
        label = ", ".join(terms[k] for k in top if weights[k] > 0)
        block = similarity_of[members][:, members].toarray()
        for k, i in enumerate(members):
            key = (article_ids[i], sent_ids[i])
            similar = [block[k, m] for m in range(len(members)) if m != k]
            rows.append(
                (
                    claim_id,
                    label,
                    article_ids[i],
                    sent_outlets[i],
                    int(sent_ids[i]),
                    texts[i],
                    n_outlets,
                    float(np.mean(similar)) if similar else 1.0,
                    voices.get(key, ""),
                    agents.get(key, ""),
                    cues.get(key, ""),
                    cited.get(key, ""),
                    ";".join(str(v) for v in sorted(numbers[i])),
                )
            )
    return _typed_claims(pd.DataFrame(rows, columns=CLAIM_COLUMNS))


def _typed_claims(table: pd.DataFrame) -> pd.DataFrame:
    ints = {"claim_id", "sent_id", "n_outlets"}
    return table.astype(
        {
            c: "int64" if c in ints else "float64" if c == "similarity" else "str"
            for c in CLAIM_COLUMNS
        }
    )


def _empty_claims() -> pd.DataFrame:
    return _typed_claims(pd.DataFrame(columns=CLAIM_COLUMNS))


def omitted_facts(
    corpus: CorpusInput | None = None,
    *,
    claims: pd.DataFrame | None = None,
    outlets: list[str] | None = None,
    min_share: float = 0.5,
    **kwargs,
) -> pd.DataFrame:
    """Per outlet, the facts that most other outlets report and it omits.

    Parameters
    ----------
    corpus : optional
        Articles; used to compute ``claims`` when absent and for the list of
        outlets.
    claims : pandas.DataFrame, optional
        The :func:`align_claims` table.
    outlets : list of str, optional
        All outlets of the corpus, in order (an outlet with no sentence in any
        group still omits facts). Default: the corpus' outlets, else those of
        ``claims``.
    min_share : float, default 0.5
        A fact counts as omitted when *more than* this share of the other
        outlets report it (0.5: a majority of the others).
    **kwargs
        Passed to :func:`align_claims` when it is computed here.

    Returns
    -------
    pandas.DataFrame
        ``outlet`` (str), ``claim_id`` (int64), ``claim_terms`` (str),
        ``n_outlets`` (int64, outlets reporting the fact), ``n_other_outlets``
        (int64, outlets other than this one), ``share_others`` (float64),
        ``reported_by`` (str, ``;``-joined outlets), ``example`` (str, the
        first reporting outlet's sentence). Outlets in order, then facts by
        ``share_others`` descending and ``claim_id``.

    Notes
    -----
    "Omitted" means no sentence of the outlet joined the group: a fact the
    outlet words very differently (below the similarity threshold) counts as
    omitted. With several articles per outlet, an outlet omits a fact only
    when none of its articles reports it.
    """
    if claims is None:
        if corpus is None:
            raise ValueError("omitted_facts needs corpus= or claims= (the align_claims table)")
        claims = align_claims(corpus, **kwargs)
    missing = {"claim_id", "claim_terms", "outlet", "sentence"} - set(claims.columns)
    if missing:
        raise ValueError(
            f"omitted_facts: claims table lacks column(s) {', '.join(sorted(missing))}"
        )
    if outlets is None:
        if corpus is not None:
            articles = ensure_parsed(corpus, **_parse_only(kwargs)).articles
            outlets = list(dict.fromkeys(articles["outlet"]))
        else:
            outlets = list(dict.fromkeys(claims["outlet"]))
    rows = []
    n_other = len(outlets) - 1
    for outlet in outlets:
        found = []
        for claim_id, group in claims.groupby("claim_id", sort=True):
            reporters = list(dict.fromkeys(group["outlet"]))
            if outlet in reporters or n_other <= 0:
                continue
            share = len(reporters) / n_other
            if share > min_share:
                found.append(
                    (
                        outlet,
                        int(claim_id),
                        group["claim_terms"].iloc[0],
                        len(reporters),
                        n_other,
                        share,
                        ";".join(reporters),
                        group["sentence"].iloc[0],
                    )
                )
        rows.extend(sorted(found, key=lambda r: (-r[5], r[1])))
    table = pd.DataFrame(rows, columns=OMITTED_COLUMNS)
    return table.astype(
        {
            "outlet": "str",
            "claim_id": "int64",
            "claim_terms": "str",
            "n_outlets": "int64",
            "n_other_outlets": "int64",
            "share_others": "float64",
            "reported_by": "str",
            "example": "str",
        }
    )


def _parse_only(kwargs: dict) -> dict:
    """The parse options among align_claims keyword arguments."""
    own = {"hedges", "attributions", "events", "sentences", "similarity", "min_outlets"}
    return {k: v for k, v in kwargs.items() if k not in own}


def headline_sentences(article, doc) -> int:
    """How many sentences of ``doc`` are in the article's title line (0 without a title)."""
    title = getattr(article, "title", "")
    title_end = title_length(article.text, title) if isinstance(title, str) else 0
    if not title_end:
        return 0
    return sum(1 for _, _, end_char, _ in sentence_chars(doc) if end_char <= title_end)


def prominence(
    corpus: CorpusInput,
    *,
    tolls: pd.DataFrame | None = None,
    attributions: pd.DataFrame | None = None,
    hedges: pd.DataFrame | None = None,
    events: pd.DataFrame | None = None,
    response_sources: list[str] | None = None,
    **parse_kwargs,
) -> pd.DataFrame:
    """Per article, the sentence at which each element first appears.

    Items: ``toll`` (first casualty number), ``source`` (first attribution),
    ``hedge`` (first hedge), and, when ``events`` (the
    :func:`framing.harm_events` table, columns ``agent_group`` and
    ``patient_group``) is given, ``perpetrator`` (first event naming an agent
    group other than none/other) and ``victims`` (first event with a patient).
    With ``response_sources`` (source types of the authorities whose response
    matters, e.g. ``["syrian_government"]``; the attributions table needs
    ``source_type``), ``response`` is the first attribution to one of them.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``outlet``, ``item`` (str), ``sent_id`` (int64, -1
        when never mentioned), ``rank`` (int64, 1-based; -1 when absent),
        ``is_lede`` (bool: in the headline or the first :data:`LEDE_SENTENCES`
        sentences after it).
    """
    from .casualties import casualties
    from .hedging import hedges as hedge_table
    from .sources import attributions as attribution_table

    parsed = ensure_parsed(corpus, **parse_kwargs)
    empty_events = pd.DataFrame(columns=["article_id", "sent_id", "start_char", "agent_group"])
    tables = {
        "toll": tolls if tolls is not None else casualties(parsed),
        "source": attributions if attributions is not None else attribution_table(parsed),
        "hedge": hedges if hedges is not None else hedge_table(parsed, events=empty_events),
    }
    if events is not None:
        if "agent_group" in events:
            tables["perpetrator"] = events[
                ~events["agent_group"].fillna("").isin(["", "none", "other"])
            ]
        if "patient_group" in events:
            tables["victims"] = events[events["patient_group"].fillna("") != ""]
    if response_sources is not None:
        cited = tables["source"]
        if "source_type" not in cited:
            raise ValueError(
                "prominence: response_sources needs an attributions table with source_type"
                " (framing.attributions(..., sources=...))"
            )
        tables["response"] = cited[cited["source_type"].isin(list(response_sources))]
    # first sentence of each item per article, in one pass per table
    firsts = {
        item: table.groupby("article_id", sort=False)["sent_id"].min().to_dict()
        for item, table in tables.items()
    }
    rows = []
    for article, doc in parsed:
        lede_end = LEDE_SENTENCES + headline_sentences(article, doc)
        for item in tables:
            first = firsts[item]
            sent_id = int(first[article.article_id]) if article.article_id in first else -1
            rank = sent_id + 1 if sent_id >= 0 else -1
            rows.append(
                (
                    article.article_id,
                    article.outlet,
                    item,
                    sent_id,
                    rank,
                    0 <= sent_id < lede_end,
                )
            )
    table = pd.DataFrame(rows, columns=PROMINENCE_COLUMNS)
    return table.astype({"sent_id": "int64", "rank": "int64", "is_lede": "bool"})
