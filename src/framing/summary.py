"""The framing fingerprint: one row per outlet, the key measures side by side.

This module computes no new statistic: it picks rows from the aggregate
tables of the other modules (each already carrying its bootstrap interval)
and stacks them into one tidy table for the paper's summary figure.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["FINGERPRINT_COLUMNS", "FINGERPRINT_MEASURES", "fingerprint"]

#: Columns of :func:`fingerprint`, in order.
FINGERPRINT_COLUMNS = ["outlet", "measure", "label", "estimate", "ci_low", "ci_high", "n", "ci_unit"]

#: The measures, in figure order, with the axis label each gets.
FINGERPRINT_MEASURES = {
    "agentless": "harm events with no agent (share)",
    "agent_group": "harm events whose agent is {group} (share)",
    "hedged": "of those, hedged (share)",
    "atrocity": "violence named as one-sided atrocity (share of event labels)",
    "loaded_rate": "loaded words per 1,000 words",
    "mean_tone": "mean sentence tone (VADER compound)",
    "killed_toll": "largest toll of people killed",
}


def _pick(table: pd.DataFrame, mask, measure: str, estimate: str, n: str) -> pd.DataFrame:
    part = table.loc[mask]
    return pd.DataFrame(
        {
            "outlet": part["outlet"].astype(str).to_numpy(),
            "measure": measure,
            "estimate": part[estimate].astype(float).to_numpy(),
            "ci_low": part["ci_low"].astype(float).to_numpy(),
            "ci_high": part["ci_high"].astype(float).to_numpy(),
            "n": part[n].astype("int64").to_numpy(),
            # tables written before intervals named their unit resampled sentences
            "ci_unit": part["ci_unit"].astype(str).to_numpy() if "ci_unit" in part.columns else "sentence",
        }
    )


def fingerprint(
    *,
    responsibility: pd.DataFrame,
    hedge_asymmetry: pd.DataFrame,
    event_categories: pd.DataFrame,
    loaded_rates: pd.DataFrame,
    outlet_tone: pd.DataFrame,
    group: str,
    group_label: str | None = None,
    tolls: pd.DataFrame | None = None,
    atrocity_category: str = "one_sided_atrocity",
    outlets: list[str] | None = None,
) -> pd.DataFrame:
    """Stack the per-outlet key measures into one table.

    Parameters
    ----------
    responsibility : DataFrame
        :func:`framing.responsibility`.
    hedge_asymmetry : DataFrame
        :func:`framing.hedge_asymmetry`.
    event_categories : DataFrame
        :func:`framing.event_labels` with ``by="category"``.
    loaded_rates : DataFrame
        :func:`framing.loaded_language` with ``by="outlet"``.
    outlet_tone : DataFrame
        :func:`framing.tone.outlet_tone`.
    group : str
        The agent group whose share, and hedging, is shown (a study's choice:
        no default).
    group_label : str, optional
        How the labels name ``group``; default its id with spaces for underscores.
    tolls : DataFrame, optional
        :func:`framing.toll_table`; when given, a ``killed_toll`` row per outlet:
        the largest number of people reported killed (``measure == "killed"``
        only, so injured or displaced counts never stand in for deaths), with
        no interval (``ci_low``, ``ci_high`` NaN) and ``n`` the outlet's killed
        rows. An outlet with no killed toll gets no row.
    atrocity_category : str
        The event-label category whose share is shown.
    outlets : list of str, optional
        Outlet order; default the order of ``responsibility``.

    Returns
    -------
    pandas.DataFrame
        ``outlet``, ``measure`` (one of :data:`FINGERPRINT_MEASURES`),
        ``label`` (axis label), ``estimate``, ``ci_low``, ``ci_high``
        (float64: the source table's 95% bootstrap interval), ``n`` (int64:
        observations behind the estimate: events, labels, words or
        sentences), ``ci_unit`` (str: the source table's resampling unit,
        ``article`` or ``sentence``). Sorted by measure (figure order), then outlet.

    Raises
    ------
    ValueError
        When a source table lacks the rows for ``group`` or the category.
    """
    r = responsibility
    parts = [
        _pick(r, r["measure"] == "agentless", "agentless", "share", "n_events"),
        _pick(r, (r["measure"] == "agent_group") & (r["group"] == group), "agent_group", "share", "n_events"),
        _pick(hedge_asymmetry, hedge_asymmetry["agent_group"] == group, "hedged", "share_hedged", "n_events"),
        _pick(event_categories, event_categories["category"] == atrocity_category, "atrocity", "share", "count"),
        _pick(loaded_rates, slice(None), "loaded_rate", "rate_per_1000", "n_words"),
        _pick(outlet_tone, outlet_tone["measure"] == "mean_compound", "mean_tone", "estimate", "n"),
    ]
    for part, name in zip(parts, FINGERPRINT_MEASURES, strict=False):
        if part.empty:
            raise ValueError(f"fingerprint: no rows for measure {name!r} (group={group!r})")
    if tolls is not None:
        parts.append(_largest_killed(tolls))
    table = pd.concat(parts, ignore_index=True)
    # the atrocity n should be all labels of the outlet, not only the atrocity ones
    totals = event_categories.groupby("outlet")["count"].sum()
    atrocity = table["measure"] == "atrocity"
    table.loc[atrocity, "n"] = table.loc[atrocity, "outlet"].map(totals).astype("int64")
    order = outlets or list(dict.fromkeys(r["outlet"]))
    group_label = group_label or group.replace("_", " ")
    table["label"] = table["measure"].map(FINGERPRINT_MEASURES).str.replace("{group}", group_label)
    table["_m"] = table["measure"].map({m: i for i, m in enumerate(FINGERPRINT_MEASURES)})
    table["_o"] = table["outlet"].map({o: i for i, o in enumerate(order)})
    table = table.sort_values(["_m", "_o"], kind="stable").drop(columns=["_m", "_o"])
    return table[FINGERPRINT_COLUMNS].reset_index(drop=True).astype({"n": "int64"})


def _largest_killed(tolls: pd.DataFrame) -> pd.DataFrame:
    """Per outlet, the largest ``killed`` value of a toll table (no interval: a reported number)."""
    killed = tolls[tolls["measure"] == "killed"]
    grouped = killed.groupby("outlet", sort=False)["value"]
    largest, n = grouped.max(), grouped.size()
    return pd.DataFrame(
        {
            "outlet": largest.index.astype(str),
            "measure": "killed_toll",
            "estimate": largest.astype(float).to_numpy(),
            "ci_low": float("nan"),
            "ci_high": float("nan"),
            "n": n.reindex(largest.index).astype("int64").to_numpy(),
        }
    )
