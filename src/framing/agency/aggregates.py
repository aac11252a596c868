"""Aggregates over the harm_events table: who is named as doing harm, and how
often each group's acts are hedged, per outlet (or any article metadata column),
with bootstrap intervals whose resampling unit each row names."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..actors import NO_AGENT, load_actors
from ..groups import group_order, grouped_by
from ..hints import CorpusInput, TaxonomyInput
from ..stats import N_BOOTSTRAP, bootstrap_ci, bootstrap_cis, resampling_clusters
from .events import MUTUAL, OTHER, PRONOUN
from .tables import harm_events

__all__ = [
    "HEDGE_ASYMMETRY_COLUMNS",
    "RESPONSIBILITY_COLUMNS",
    "hedge_asymmetry",
    "responsibility",
]

#: Columns of :func:`responsibility`, in order.
RESPONSIBILITY_COLUMNS = [
    "outlet",
    "measure",
    "group",
    "n",
    "n_events",
    "share",
    "ci_low",
    "ci_high",
    "ci_unit",
]
#: Columns of :func:`hedge_asymmetry`, in order.
HEDGE_ASYMMETRY_COLUMNS = [
    "outlet",
    "agent_group",
    "n_events",
    "n_hedged",
    "share_hedged",
    "ci_low",
    "ci_high",
    "ci_unit",
]


def responsibility(
    corpus: CorpusInput | None = None,
    *,
    events: pd.DataFrame | None = None,
    actors: TaxonomyInput = None,
    groups: list[str] | None = None,
    by: str = "outlet",
    confidence: float = 0.95,
    n_resamples: int = N_BOOTSTRAP,
    random_state: int = 20250309,
    **parse_kwargs,
) -> pd.DataFrame:
    """Who is named as doing harm, per outlet, with bootstrap intervals.

    Parameters
    ----------
    corpus : pandas.DataFrame, ParsedCorpus, str or Path, optional
        Used only when ``events`` is not given.
    events : pandas.DataFrame, optional
        A :func:`harm_events` table (computed from ``corpus`` when absent).
    actors : optional
        Taxonomy for computing ``events`` and for the list of agent groups.
    groups : list of str, optional
        Agent groups to report, in order; default the taxonomy's agent
        groups, then the reserved groups ``other``, ``pronoun``, ``mutual``
        and ``none``, then any other group present.
    by : str, default "outlet"
        The column the rows are grouped by: ``outlet`` or any article
        metadata column (``country``, ``stance``, a date period), taken from
        ``events`` when it has it, else joined from ``corpus`` by article
        (:func:`framing.with_metadata`). Events with no value are left out.
    confidence : float, default 0.95
    n_resamples : int, default :data:`framing.stats.N_BOOTSTRAP`
    random_state : int, default 20250309
        Seed of the bootstrap (the project's fixed seed).
    **parse_kwargs
        Passed to :func:`framing.parse` when ``events`` is computed.

    Returns
    -------
    pandas.DataFrame
        Tidy long table, one row per outlet and measure (the first column is
        named after ``by``):
        ``outlet`` (str), ``measure`` (str: ``events``, ``agent_expressed``,
        ``agentless`` or ``agent_group``), ``group`` (str: the agent group
        for ``agent_group`` rows, "" otherwise), ``n`` (int64: events
        counted in the row), ``n_events`` (int64: all events of the outlet),
        ``share`` (float64: ``n / n_events``; 1.0 for ``events``),
        ``ci_low``, ``ci_high`` (float64: percentile bootstrap interval;
        nan for ``events``), ``ci_unit`` (str: what was resampled,
        ``article`` when the outlet's events come from more than one article,
        else ``sentence``, the sentences of its one article, so events of one
        sentence move together; see :func:`framing.stats.resampling_clusters`).
        Outlets appear in first-appearance order.

    Notes
    -----
    The reserved agent groups are counted apart from the taxonomy's:
    ``other`` (a named doer the taxonomy does not know), ``pronoun`` (a
    personal pronoun, not resolved), ``mutual`` (an act between named sides,
    "fighting between the army and the rebels": a doer is named, so it is
    not agentless) and ``none``. ``agentless`` counts only ``none``: events
    with no doer expressed (agentless passives, nominals without agent,
    subjectless clauses without controller, harm put on a non-human cause);
    ``agent_expressed`` counts every other group. With five short articles
    the intervals are wide: read differences whose intervals overlap as
    not established.

    References
    ----------
    Efron, B. & Tibshirani, R. (1993). *An Introduction to the Bootstrap*.
    """
    if events is None:
        if corpus is None:
            raise ValueError("responsibility needs a corpus or an events= table from harm_events()")
        events = harm_events(corpus, actors=actors, **parse_kwargs)
    missing = {"article_id", "sent_id", "agent", "agent_group"} - set(events.columns)
    if missing:
        raise ValueError(
            f"events table lacks column(s) {', '.join(sorted(missing))}; pass harm_events() output"
        )
    if groups is None:
        taxonomy = load_actors(actors)
        groups = [g for g in taxonomy.groups("agent")] + [OTHER, PRONOUN, MUTUAL, NO_AGENT]
        groups += [g for g in events["agent_group"].unique() if g not in groups]
        groups = list(dict.fromkeys(groups))
    events = grouped_by(events, by, corpus, name="events")
    article_ids = events["article_id"].to_numpy()
    sent_ids = events["sent_id"].to_numpy()
    agent_groups = events["agent_group"].to_numpy()
    positions = events.groupby(by, sort=False).indices
    rows = []
    for key in group_order(events[by]):
        at = positions[key]
        n_events = len(at)
        clusters, unit = resampling_clusters(article_ids[at], sent_ids[at])
        rows.append((key, "events", "", n_events, n_events, 1.0, np.nan, np.nan, unit))
        found = agent_groups[at]
        indicators = [
            ("agent_expressed", "", found != NO_AGENT),
            ("agentless", "", found == NO_AGENT),
        ] + [("agent_group", g, found == g) for g in groups]
        # one draw of resamples for every indicator of the group (same clusters, same seed)
        cis = bootstrap_cis(
            [hits.astype(float) for _, _, hits in indicators],
            groups=clusters,
            confidence=confidence,
            n_resamples=n_resamples,
            random_state=random_state,
        )
        for (measure, group, hits), (share, low, high) in zip(indicators, cis, strict=True):
            rows.append((key, measure, group, int(hits.sum()), n_events, share, low, high, unit))
    out = pd.DataFrame(rows, columns=[by, *RESPONSIBILITY_COLUMNS[1:]])
    return out.astype(
        {
            "n": "int64",
            "n_events": "int64",
            "share": "float64",
            "ci_low": "float64",
            "ci_high": "float64",
        }
    )


def hedge_asymmetry(
    corpus: CorpusInput | None = None,
    *,
    events: pd.DataFrame | None = None,
    groups: list[str] | None = None,
    other: str = "other",
    by: str = "outlet",
    random_state: int = 20250309,
    **parse_kwargs,
) -> pd.DataFrame:
    """Per outlet and agent group, the share of harm events that are hedged.

    Parameters
    ----------
    corpus : optional
        Articles, used only to compute ``events`` when it is not given.
    events : pandas.DataFrame, optional
        The :func:`framing.harm_events` table (columns ``article_id``,
        ``outlet``, ``sent_id``, ``agent_group``, ``hedge_cue``; an event is
        hedged when ``hedge_cue`` is non-empty).
    groups : list of str, optional
        Agent groups to keep as they are (e.g. ``["government_forces",
        "assad_loyalists"]``); every other group is pooled as ``other``.
        Default: keep all groups.
    other : str, default "other"
        Name of the pooled group.
    by : str, default "outlet"
        Group rows by this column: ``outlet`` or any article metadata column,
        from ``events`` or joined from ``corpus`` (as in :func:`responsibility`).
    random_state : int
        Seed of the bootstrap.

    Returns
    -------
    pandas.DataFrame
        ``outlet`` (named after ``by``), ``agent_group`` (str), ``n_events``,
        ``n_hedged`` (int64), ``share_hedged``, ``ci_low``, ``ci_high``
        (float64: 95% bootstrap interval), ``ci_unit`` (str: ``article`` when
        the cell's events come from more than one article, else ``sentence``,
        events sharing a sentence moving together). Outlets in
        first-appearance order, groups sorted.

    Notes
    -----
    Five short articles give a handful of events per cell; the intervals are
    wide and a cell with one event has a degenerate interval.
    """
    if events is None:
        if corpus is None:
            raise ValueError(
                "hedge_asymmetry needs corpus= or events= (the framing.harm_events table)"
            )
        events = harm_events(corpus, **parse_kwargs)
    missing = {"article_id", "sent_id", "agent_group", "hedge_cue"} - set(events.columns)
    if missing:
        raise ValueError(
            f"hedge_asymmetry: events table lacks column(s) {', '.join(sorted(missing))}"
        )
    table = events.copy()
    table["agent_group"] = table["agent_group"].fillna("").astype(str)
    if groups is not None:
        table.loc[~table["agent_group"].isin(groups), "agent_group"] = other
    table["hedged"] = table["hedge_cue"].fillna("").astype(str).str.len().gt(0).astype(float)
    table = grouped_by(table, by, corpus, name="events")
    article_ids = table["article_id"].to_numpy()
    sent_ids = table["sent_id"].to_numpy()
    hedged = table["hedged"].to_numpy()
    positions = table.groupby([by, "agent_group"], sort=False).indices
    cells: dict = {}
    for key, group in positions:
        cells.setdefault(key, []).append(group)
    rows = []
    for key in group_order(table[by]):
        for group in sorted(cells[key]):
            at = positions[(key, group)]
            clusters, unit = resampling_clusters(article_ids[at], sent_ids[at])
            estimate, low, high = bootstrap_ci(hedged[at], groups=clusters, random_state=random_state)
            rows.append((key, group, len(at), int(hedged[at].sum()), estimate, low, high, unit))
    result = pd.DataFrame(rows, columns=[by, *HEDGE_ASYMMETRY_COLUMNS[1:]])
    return result.astype(
        {"agent_group": "str", "ci_unit": "str", "n_events": "int64", "n_hedged": "int64"}
        | ({"outlet": "str"} if by == "outlet" else {})
        | {c: "float64" for c in ("share_hedged", "ci_low", "ci_high")}
    )
