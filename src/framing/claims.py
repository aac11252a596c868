"""The same fact across outlets, and how early each article states it.

:func:`align_claims` groups sentences from different outlets that report the
same fact, by TF-IDF cosine similarity, helped by shared numbers (a toll of
745 in two sentences is strong evidence they report the same count).
:func:`prominence` gives, per article, the sentence rank at which a toll, a
source, a hedge, a perpetrator and the victims are first mentioned.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .parse import ensure_parsed

__all__ = ["CLAIM_COLUMNS", "PROMINENCE_COLUMNS", "align_claims", "prominence"]

#: Columns of :func:`align_claims`, in order.
CLAIM_COLUMNS = [
    "claim_id",
    "article_id",
    "outlet",
    "sent_id",
    "sentence",
    "n_outlets",
    "similarity",
    "hedge_cues",
    "sources",
    "numbers",
]
#: Columns of :func:`prominence`, in order.
PROMINENCE_COLUMNS = ["article_id", "outlet", "item", "sent_id", "rank", "is_lede"]
#: Cosine similarity above which two sentences are taken to report the same
#: fact (a decision checked by reading the seed corpus' groups; see Notes).
SIMILARITY = 0.35
#: Lower threshold for sentences that share a number of 10 or more.
SIMILARITY_SHARED_NUMBER = 0.15
#: Sentences up to this rank (0-based sent_id) form the lede.
LEDE_SENTENCES = 2
_NUMBER = re.compile(r"\b\d[\d,]*\b")


def _numbers(text: str) -> frozenset:
    values = set()
    for match in _NUMBER.findall(text):
        value = int(match.replace(",", ""))
        if value >= 10 and not 1900 <= value <= 2100:
            values.add(value)
    return frozenset(values)


def align_claims(
    corpus,
    *,
    hedges: pd.DataFrame | None = None,
    attributions: pd.DataFrame | None = None,
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
    similarity : float
        Cosine threshold (:data:`SIMILARITY`).
    min_outlets : int, default 2
        Keep groups spanning at least this many outlets.

    Returns
    -------
    pandas.DataFrame
        ``claim_id`` (int64), ``article_id``, ``outlet`` (str), ``sent_id``
        (int64), ``sentence`` (str), ``n_outlets`` (int64), ``similarity``
        (float64, mean cosine to the other members), ``hedge_cues``,
        ``sources`` (str, ``;``-joined), ``numbers`` (str, numbers >= 10 in
        the sentence). Groups ordered by size, then first appearance.

    Notes
    -----
    Groups are connected components of the similarity graph, so a chain of
    pairwise-similar sentences can join two different facts; headings are
    left out. Sentences of the same outlet are never linked directly.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    from .hedging import hedges as hedge_table
    from .sentences import sentences as sentence_table
    from .sources import attributions as attribution_table

    parsed = ensure_parsed(corpus, **parse_kwargs)
    sents = sentence_table(parsed)
    sents = sents[~sents["is_heading"]].reset_index(drop=True)
    if hedges is None:
        hedges = hedge_table(
            parsed,
            events=pd.DataFrame(columns=["article_id", "sent_id", "start_char", "agent_group"]),
        )
    if attributions is None:
        attributions = attribution_table(parsed)
    if len(sents) < 2:
        return pd.DataFrame(columns=CLAIM_COLUMNS)
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(sents["text"])
    cosine = (matrix @ matrix.T).toarray()
    numbers = [_numbers(t) for t in sents["text"]]
    outlets = sents["outlet"].to_numpy()
    parent = list(range(len(sents)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(sents)):
        for j in range(i + 1, len(sents)):
            if outlets[i] == outlets[j]:
                continue
            shared = numbers[i] & numbers[j]
            if cosine[i, j] >= similarity or (shared and cosine[i, j] >= SIMILARITY_SHARED_NUMBER):
                parent[find(i)] = find(j)
    roots = np.array([find(i) for i in range(len(sents))])
    groups = []
    for root in dict.fromkeys(roots):
        members = np.flatnonzero(roots == root)
        n_outlets = len(set(outlets[members]))
        if n_outlets >= min_outlets:
            groups.append((members, n_outlets))
    groups.sort(key=lambda g: (-g[1], g[0][0]))
    cues = hedges.groupby(["article_id", "sent_id"])["cue"].agg(
        lambda s: ";".join(dict.fromkeys(s))
    )
    cited = attributions.groupby(["article_id", "sent_id"])["source"].agg(
        lambda s: ";".join(dict.fromkeys(s))
    )
    rows = []
    for claim_id, (members, n_outlets) in enumerate(groups):
        for i in members:
            others = [j for j in members if j != i]
            row = sents.iloc[i]
            key = (row["article_id"], row["sent_id"])
            rows.append(
                (
                    claim_id,
                    row["article_id"],
                    row["outlet"],
                    int(row["sent_id"]),
                    row["text"],
                    n_outlets,
                    float(np.mean(cosine[i, others])) if others else 1.0,
                    cues.get(key, ""),
                    cited.get(key, ""),
                    ";".join(str(v) for v in sorted(numbers[i])),
                )
            )
    table = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    return table.astype(
        {"claim_id": "int64", "sent_id": "int64", "n_outlets": "int64", "similarity": "float64"}
    )


def prominence(
    corpus,
    *,
    tolls: pd.DataFrame | None = None,
    attributions: pd.DataFrame | None = None,
    hedges: pd.DataFrame | None = None,
    events: pd.DataFrame | None = None,
    **parse_kwargs,
) -> pd.DataFrame:
    """Per article, the sentence at which each element first appears.

    Items: ``toll`` (first casualty number), ``source`` (first attribution),
    ``hedge`` (first hedge), and, when ``events`` (the
    :func:`framing.harm_events` table, columns ``agent_group`` and
    ``patient_group``) is given, ``perpetrator`` (first event naming an agent
    group other than none/other) and ``victims`` (first event with a patient).

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``outlet``, ``item`` (str), ``sent_id`` (int64, -1
        when never mentioned), ``rank`` (int64, 1-based; -1 when absent),
        ``is_lede`` (bool: within the first :data:`LEDE_SENTENCES` sentences).
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
    rows = []
    for article in parsed.articles.itertuples(index=False):
        for item, table in tables.items():
            mine = table[table["article_id"] == article.article_id]
            sent_id = int(mine["sent_id"].min()) if len(mine) else -1
            rank = sent_id + 1 if sent_id >= 0 else -1
            rows.append(
                (
                    article.article_id,
                    article.outlet,
                    item,
                    sent_id,
                    rank,
                    0 <= sent_id < LEDE_SENTENCES,
                )
            )
    table = pd.DataFrame(rows, columns=PROMINENCE_COLUMNS)
    return table.astype({"sent_id": "int64", "rank": "int64", "is_lede": "bool"})
