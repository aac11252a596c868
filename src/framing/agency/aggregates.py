"""Aggregates over the harm_events table: who is named as doing harm, and how
often each group's acts are hedged, per outlet, with bootstrap intervals."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..actors import NO_AGENT, load_actors
from ..hints import CorpusInput, TaxonomyInput
from ..stats import bootstrap_ci, bootstrap_cis
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
]


def responsibility(
    corpus: CorpusInput | None = None,
    *,
    events: pd.DataFrame | None = None,
    actors: TaxonomyInput = None,
    groups: list[str] | None = None,
    confidence: float = 0.95,
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
    confidence : float, default 0.95
    random_state : int, default 20250309
        Seed of the bootstrap (the project's fixed seed).
    **parse_kwargs
        Passed to :func:`framing.parse` when ``events`` is computed.

    Returns
    -------
    pandas.DataFrame
        Tidy long table, one row per outlet and measure:
        ``outlet`` (str), ``measure`` (str: ``events``, ``agent_expressed``,
        ``agentless`` or ``agent_group``), ``group`` (str: the agent group
        for ``agent_group`` rows, "" otherwise), ``n`` (int64: events
        counted in the row), ``n_events`` (int64: all events of the outlet),
        ``share`` (float64: ``n / n_events``; 1.0 for ``events``),
        ``ci_low``, ``ci_high`` (float64: percentile bootstrap interval,
        resampling whole sentences so events of one sentence move together;
        nan for ``events``). Outlets appear in first-appearance order.

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
    missing = {"article_id", "outlet", "sent_id", "agent", "agent_group"} - set(events.columns)
    if missing:
        raise ValueError(
            f"events table lacks column(s) {', '.join(sorted(missing))}; pass harm_events() output"
        )
    if groups is None:
        taxonomy = load_actors(actors)
        groups = [g for g in taxonomy.groups("agent")] + [OTHER, PRONOUN, MUTUAL, NO_AGENT]
        groups += [g for g in events["agent_group"].unique() if g not in groups]
        groups = list(dict.fromkeys(groups))
    rows = []
    for outlet in dict.fromkeys(events["outlet"]):
        table = events[events["outlet"] == outlet]
        n_events = len(table)
        clusters = (
            table["article_id"].astype(str) + "\x00" + table["sent_id"].astype(str)
        ).to_numpy()
        rows.append((outlet, "events", "", n_events, n_events, 1.0, np.nan, np.nan))
        indicators = [
            ("agent_expressed", "", (table["agent_group"] != NO_AGENT).to_numpy()),
            ("agentless", "", (table["agent_group"] == NO_AGENT).to_numpy()),
        ] + [("agent_group", g, (table["agent_group"] == g).to_numpy()) for g in groups]
        # one draw of resamples for every indicator of the outlet (same clusters, same seed)
        cis = bootstrap_cis(
            [hits.astype(float) for _, _, hits in indicators],
            groups=clusters,
            confidence=confidence,
            random_state=random_state,
        )
        for (measure, group, hits), (share, low, high) in zip(indicators, cis, strict=True):
            rows.append((outlet, measure, group, int(hits.sum()), n_events, share, low, high))
    out = pd.DataFrame(rows, columns=RESPONSIBILITY_COLUMNS)
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
    random_state : int
        Seed of the bootstrap.

    Returns
    -------
    pandas.DataFrame
        ``outlet``, ``agent_group`` (str), ``n_events``, ``n_hedged``
        (int64), ``share_hedged``, ``ci_low``, ``ci_high`` (float64: 95%
        bootstrap interval, resampling sentences so events sharing a sentence
        move together). Outlets in first-appearance order, groups sorted.

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
    missing = {"article_id", "outlet", "sent_id", "agent_group", "hedge_cue"} - set(events.columns)
    if missing:
        raise ValueError(
            f"hedge_asymmetry: events table lacks column(s) {', '.join(sorted(missing))}"
        )
    table = events.copy()
    table["agent_group"] = table["agent_group"].fillna("").astype(str)
    if groups is not None:
        table.loc[~table["agent_group"].isin(groups), "agent_group"] = other
    table["hedged"] = table["hedge_cue"].fillna("").astype(str).str.len().gt(0).astype(float)
    rows = []
    for outlet in dict.fromkeys(table["outlet"]):
        part = table[table["outlet"] == outlet]
        for group in sorted(part["agent_group"].unique()):
            cell = part[part["agent_group"] == group]
            clusters = (
                cell["article_id"].astype(str) + "#" + cell["sent_id"].astype(str)
            ).to_numpy()
            estimate, low, high = bootstrap_ci(
                cell["hedged"].to_numpy(), groups=clusters, random_state=random_state
            )
            rows.append((outlet, group, len(cell), int(cell["hedged"].sum()), estimate, low, high))
    result = pd.DataFrame(rows, columns=HEDGE_ASYMMETRY_COLUMNS)
    return result.astype(
        {"outlet": "str", "agent_group": "str", "n_events": "int64", "n_hedged": "int64"}
        | {c: "float64" for c in ("share_hedged", "ci_low", "ci_high")}
    )
