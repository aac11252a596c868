"""Figures of sources, hedges and tolls: who is cited, what is hedged, what was counted."""

from __future__ import annotations

from collections.abc import Sequence

from .style import ci_extent, display_label, display_labels, humanize, outlet_order, outlet_palette

__all__ = ["QUALIFIER_MARKERS", "plot_hedge_asymmetry", "plot_sources", "plot_tolls"]

#: Marker of each toll qualifier (:func:`framing.casualties`); a vague quantity
#: ("dozens", "hundreds") is drawn hollow whatever its qualifier.
QUALIFIER_MARKERS = {
    "exact": "o",
    "at_least": "^",
    "more_than": ">",
    "about": "D",
    "nearly": "v",
    "up_to": "s",
    "fewer_than": "<",
}


def plot_sources(attributions, *, outlets: Sequence[str] | None = None, palette=None, taxonomy=None, title: str = ""):
    """Share of each outlet's reporting acts by source type and by reporting-verb class.

    Parameters
    ----------
    attributions : pandas.DataFrame
        :func:`framing.attributions` (``outlet``, ``source_type``, ``verb_class``).
    outlets : sequence of str, optional
        Outlet order; default first appearance in the table.
    palette : dict, optional
        Outlet colours; default :func:`outlet_palette`.
    taxonomy : ActorTaxonomy or mapping, optional
        Source taxonomy for the display labels of the source types.
    title : str, optional

    Returns
    -------
    matplotlib.figure.Figure
        Two panels; bar lengths are the shares (each outlet's bars sum to 1 per panel).
    """
    import matplotlib.pyplot as plt
    import numpy as np
    import pandas as pd

    outlets = list(outlets) if outlets is not None else outlet_order(attributions)
    palette = palette or outlet_palette(outlets)
    labels = display_labels(taxonomy)
    counts = {
        column: pd.crosstab(attributions[column], attributions["outlet"]).reindex(columns=outlets, fill_value=0)
        for column in ("source_type", "verb_class")
    }
    shares = {column: table / table.sum().replace(0, 1) for column, table in counts.items()}
    rows = {column: share.sum(axis=1).sort_values().index for column, share in shares.items()}
    n_by_outlet = counts["source_type"].sum()
    fig, axes = plt.subplots(
        1, 2, figsize=(7, 0.08 * max(len(r) for r in rows.values()) * len(outlets) + 1.5),
        gridspec_kw={"width_ratios": [max(len(r), 1) for r in rows.values()]},
    )
    height = 0.8 / max(len(outlets), 1)
    for ax, column, panel in zip(axes, shares, ("Source type", "Reporting-verb class"), strict=True):
        y = np.arange(len(rows[column]))
        for k, outlet in enumerate(outlets):
            ax.barh(
                y + ((len(outlets) - 1) / 2 - k) * height,
                shares[column].loc[rows[column], outlet],
                height=height,
                color=palette[outlet],
                label=f"{outlet} (n={int(n_by_outlet[outlet])})",
            )
        names = [display_label(r, labels) if column == "source_type" else humanize(r) for r in rows[column]]
        ax.set_yticks(y, names)
        ax.set_xlim(0, 1)
        ax.set_xlabel("share of the outlet's attributions")
        ax.set_title(panel)
        ax.grid(axis="x", linewidth=0.4, alpha=0.5)
    axes[1].legend(loc="lower right", fontsize=7, frameon=False)
    if title:
        fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    return fig


def plot_hedge_asymmetry(
    asymmetry,
    *,
    groups: Sequence[str] | None = None,
    outlets: Sequence[str] | None = None,
    palette=None,
    taxonomy=None,
    title: str = "",
):
    """Share of each outlet's harm events hedged, one panel per alleged perpetrator, dots with 95% CIs.

    Parameters
    ----------
    asymmetry : pandas.DataFrame
        :func:`framing.hedge_asymmetry` (``outlet``, ``agent_group``, ``n_events``,
        ``n_hedged``, ``share_hedged``, ``ci_low``, ``ci_high``).
    groups : sequence of str, optional
        Panels, left to right; default every group of the table in its order.
    outlets, palette, taxonomy, title
        As in :func:`plot_sources` (``taxonomy``: the actor taxonomy).

    Returns
    -------
    matplotlib.figure.Figure
    """
    import matplotlib.pyplot as plt
    import numpy as np

    outlets = list(outlets) if outlets is not None else outlet_order(asymmetry)
    palette = palette or outlet_palette(outlets)
    groups = list(groups) if groups is not None else list(dict.fromkeys(asymmetry["agent_group"]))
    labels = display_labels(taxonomy)
    fig, axes = plt.subplots(1, len(groups), figsize=(7, 0.4 * len(outlets) + 1.5), sharey=True, squeeze=False)
    axes = axes[0]
    y = {outlet: i for i, outlet in enumerate(outlets)}
    for ax, group in zip(axes, groups, strict=True):
        part = asymmetry[(asymmetry["agent_group"] == group) & asymmetry["outlet"].isin(y)]
        share = part["share_hedged"].astype(float).to_numpy()
        ax.errorbar(
            share,
            [y[o] for o in part["outlet"]],
            xerr=ci_extent(share, part["ci_low"], part["ci_high"]),
            fmt="none",
            ecolor="0.5",
            capsize=2,
            linewidth=1,
        )
        ax.scatter(share, [y[o] for o in part["outlet"]], color=[palette[o] for o in part["outlet"]], s=25, zorder=3)
        for row in part.itertuples():
            ax.annotate(
                f"{row.n_hedged}/{row.n_events}",
                (1.0, y[row.outlet]),
                xycoords=("axes fraction", "data"),
                xytext=(0, 5),
                textcoords="offset points",
                ha="right",
                fontsize=7,
                color="0.4",
            )
        for outlet in [o for o in outlets if o not in set(part["outlet"])]:
            ax.annotate("no events", (0.5, y[outlet]), xycoords=("axes fraction", "data"), ha="center", fontsize=7)
        ax.set_xlim(-0.05, 1.05)
        ax.set_title(display_label(group, labels), fontsize=9)
        ax.set_xlabel("share hedged")
        ax.grid(axis="x", linewidth=0.4, alpha=0.5)
    axes[0].set_yticks(np.arange(len(outlets)), outlets)
    axes[0].set_ylim(len(outlets) - 0.5, -0.5)
    if title:
        fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    return fig


def plot_tolls(
    toll_table,
    *,
    measures: Sequence[str] | None = None,
    outlets: Sequence[str] | None = None,
    palette=None,
    taxonomy=None,
    title: str = "",
):
    """Every toll each outlet reports, one panel per measure (killed, injured, ...), on a log axis.

    Parameters
    ----------
    toll_table : pandas.DataFrame
        :func:`framing.toll_table` (``outlet``, ``measure``, ``victims``, ``value``,
        ``qualifier``, ``vague``, ``source``).
    measures : sequence of str, optional
        Panels, top to bottom; default every measure of the table, in its order.
    outlets, palette, title
        As in :func:`plot_sources`.
    taxonomy : ActorTaxonomy or mapping, optional
        Victims taxonomy for the display labels of the victim groups.

    Returns
    -------
    matplotlib.figure.Figure
        One point per row: x its value, the marker its qualifier
        (:data:`QUALIFIER_MARKERS`), hollow when the number is vague ("dozens"),
        outlined in black when the toll is attributed to a source.
    """
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    outlets = list(outlets) if outlets is not None else outlet_order(toll_table)
    palette = palette or outlet_palette(outlets)
    measures = list(measures) if measures is not None else list(dict.fromkeys(toll_table["measure"]))
    labels = display_labels(taxonomy)
    table = toll_table[toll_table["measure"].isin(measures) & toll_table["outlet"].isin(outlets)]
    rows = {
        m: list(table[table["measure"] == m].groupby("victims")["value"].max().sort_values(ascending=False).index)
        for m in measures
    }
    heights = [max(len(r), 1) for r in rows.values()]
    fig, axes = plt.subplots(
        len(measures), 1, figsize=(7, 0.45 * sum(heights) + 0.6 * len(measures) + 0.8), sharex=True, squeeze=False,
        gridspec_kw={"height_ratios": heights},
    )
    axes = axes[:, 0]
    offset = {o: (k - (len(outlets) - 1) / 2) * 0.6 / max(len(outlets), 1) for k, o in enumerate(outlets)}
    for ax, measure in zip(axes, measures, strict=True):
        part = table[table["measure"] == measure]
        groups = rows[measure]
        for k in range(len(groups)):
            ax.axhspan(k - 0.45, k + 0.45, color="0.96" if k % 2 == 0 else "white", zorder=0)
        for row in part.itertuples():
            vague = bool(row.vague) and str(row.vague) != "False"
            colour = palette[row.outlet]
            ax.scatter(
                float(row.value),
                groups.index(row.victims) + offset[row.outlet],
                marker=QUALIFIER_MARKERS.get(row.qualifier, "X"),
                s=30,
                facecolor="white" if vague else colour,
                edgecolor="black" if row.source else colour,
                linewidth=0.8,
                zorder=3,
            )
        ax.set_yticks(range(len(groups)), [display_label(g, labels) for g in groups])
        ax.set_ylim(len(groups) - 0.5, -0.5)
        ax.set_ylabel(humanize(measure), fontsize=8)
        ax.grid(axis="x", which="major", linewidth=0.4, alpha=0.6)
    axes[-1].set_xscale("log")
    axes[-1].set_xlabel("number of people (the stated number; a bound when qualified, log scale)")
    handles = [Line2D([], [], marker="o", linestyle="", color=palette[o], label=o) for o in outlets]
    present = set(table["qualifier"])
    handles += [
        Line2D([], [], marker=m, linestyle="", color="0.35", label=q.replace("_", " "))
        for q, m in QUALIFIER_MARKERS.items()
        if q in present
    ]
    handles.append(Line2D([], [], marker="o", linestyle="", markerfacecolor="white", markeredgecolor="0.35",
                          label="vague (dozens, hundreds)"))
    handles.append(Line2D([], [], marker="o", linestyle="", markerfacecolor="0.8", markeredgecolor="black",
                          label="attributed to a source"))
    fig.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=4, fontsize=7, frameon=False)
    if title:
        fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    return fig
