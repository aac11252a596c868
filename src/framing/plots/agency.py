"""Figures of agency beyond the agent-group figure: the grammatical form of harm events."""

from __future__ import annotations

from collections.abc import Sequence

from .style import ci_extent, figure_and_axes, outlet_order, outlet_palette

__all__ = ["FORM_COLOURS", "plot_agentless_share", "plot_event_forms"]

#: Grey of each harm-event form, dark (names a doer by default) to light.
FORM_COLOURS = {"active": "#333333", "passive": "#888888", "nominal": "#BBBBBB", "adjectival": "#E5E5E5"}


def plot_event_forms(events, *, outlets: Sequence[str] | None = None, palette=None, ax=None, title: str = ""):
    """Share of each outlet's harm events by grammatical form, stacked bars.

    Parameters
    ----------
    events : pandas.DataFrame
        :func:`framing.harm_events` (``outlet``, ``form``).
    outlets : sequence of str, optional
        Row order; default first appearance in the table.
    palette : dict, optional
        Outlet colours of the tick labels.
    ax : matplotlib.axes.Axes, optional
    title : str, optional

    Returns
    -------
    matplotlib.figure.Figure
        Each outlet's bars sum to 1 (an outlet with no events draws none).
    """
    import matplotlib.ticker
    import numpy as np
    import pandas as pd

    outlets = list(outlets) if outlets is not None else outlet_order(events)
    palette = palette or outlet_palette(outlets)
    forms = [f for f in FORM_COLOURS] + sorted(set(events["form"]) - set(FORM_COLOURS))
    shares = pd.crosstab(events["outlet"], events["form"], normalize="index").reindex(
        index=outlets, columns=forms, fill_value=0
    ).fillna(0)
    fig, ax = figure_and_axes(ax, (7, 0.35 * len(outlets) + 1.4))
    left = np.zeros(len(outlets))
    y = np.arange(len(outlets))
    for form in forms:
        ax.barh(y, shares[form], left=left, color=FORM_COLOURS.get(form, "#FFFFFF"), edgecolor="white", label=form)
        left += shares[form].to_numpy()
    ax.set_yticks(y, outlets)
    for tick, outlet in zip(ax.get_yticklabels(), outlets, strict=True):
        tick.set_color(palette[outlet])
    ax.set_ylim(len(outlets) - 0.5, -0.5)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.set_xlabel("share of the outlet's harm events")
    ax.legend(ncol=4, loc="upper center", bbox_to_anchor=(0.5, -0.3), frameon=False, fontsize=7)
    if title:
        ax.set_title(title)
    return fig


def plot_agentless_share(responsibility, *, outlets: Sequence[str] | None = None, palette=None, ax=None,
                         title: str = ""):
    """Share of each outlet's harm events that name no agent, dots with 95% CIs.

    Parameters
    ----------
    responsibility : pandas.DataFrame
        :func:`framing.responsibility` (rows of measure ``agentless``: ``outlet``,
        ``share``, ``ci_low``, ``ci_high``, ``n_events``).
    outlets, palette, ax, title
        As in :func:`plot_event_forms`.

    Returns
    -------
    matplotlib.figure.Figure
    """
    import numpy as np

    part = responsibility[responsibility["measure"] == "agentless"]
    outlets = list(outlets) if outlets is not None else outlet_order(part)
    palette = palette or outlet_palette(outlets)
    rows = part.set_index("outlet").reindex(outlets)
    share = rows["share"].astype(float)
    fig, ax = figure_and_axes(ax, (5, 0.35 * len(outlets) + 1.2))
    y = np.arange(len(outlets))
    ax.errorbar(share, y, xerr=ci_extent(share, rows["ci_low"], rows["ci_high"]),
                fmt="none", ecolor="0.5", capsize=2)
    ax.scatter(share, y, color=[palette[o] for o in outlets], zorder=3)
    ax.set_yticks(y, [f"{o} (n={int(n)})" if n == n else o for o, n in zip(outlets, rows["n_events"], strict=True)])
    ax.set_ylim(len(outlets) - 0.5, -0.5)
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of harm events with no agent (95% CI)")
    if title:
        ax.set_title(title)
    return fig
