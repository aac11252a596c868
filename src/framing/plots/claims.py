"""Figures of the same fact across outlets: the sentences side by side, and who reports what."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from .style import RESERVED_LABELS, display_label, display_labels, outlet_order, outlet_palette

__all__ = ["plot_fact_coverage", "plot_same_fact"]


def plot_same_fact(claims, *, min_outlets: int = 3, wrap: int = 95, outlets: Sequence[str] | None = None,
                   palette=None, taxonomy=None, title: str = ""):
    """Each fact reported by several outlets: every outlet's sentence with its voice, perpetrator, hedge, source.

    Parameters
    ----------
    claims : pandas.DataFrame
        :func:`framing.align_claims`.
    min_outlets : int, default 3
        Facts reported by fewer outlets are left out.
    wrap : int, default 95
        Characters per line of a sentence.
    outlets, palette : optional
    taxonomy : ActorTaxonomy or mapping, optional
        For the perpetrator group labels.
    title : str, optional

    Returns
    -------
    matplotlib.figure.Figure
        Text only (no axes drawn); 7 inches wide, as tall as the text.
    """
    import matplotlib.pyplot as plt

    outlets = list(outlets) if outlets is not None else outlet_order(claims)
    palette = palette or outlet_palette(outlets)
    labels = display_labels(taxonomy)
    shown = claims[claims["n_outlets"] >= min_outlets]
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.set_axis_off()
    y = 0.0  # in text lines from the top
    for claim_id, group in shown.groupby("claim_id", sort=True):
        ax.text(0.0, y, f"Fact {claim_id} · {group['claim_terms'].iloc[0]}", fontsize=8, fontweight="bold", va="top")
        y += 1.6
        for row in group.itertuples():
            groups = [g for g in str(row.agent_group).split(";") if g]
            perpetrators = ", ".join(RESERVED_LABELS.get(g) or display_label(g, labels) for g in groups)
            tags = [
                f"voice: {row.voice.replace(';', ', ')}" if row.voice else "no harm verb",
                f"perpetrator: {perpetrators}" if perpetrators else "",
                f"hedge: {row.hedge_cues.replace(';', ', ')}" if row.hedge_cues else "no hedge",
                f"source: {row.sources.split(';')[0]}" if row.sources else "no source",
            ]
            text = textwrap.fill(row.sentence, wrap)
            name = textwrap.fill(row.outlet, 16)
            ax.text(0.0, y, name, color=palette.get(row.outlet, "black"), fontsize=7, fontweight="bold", va="top")
            ax.text(0.2, y, text, fontsize=7, va="top", linespacing=1.25)
            y += 1.25 * (max(text.count("\n"), name.count("\n")) + 1)
            ax.text(0.2, y, " · ".join(t for t in tags if t), fontsize=7, color="0.35", va="top", style="italic")
            y += 1.7
        y += 0.8
    ax.set_xlim(0, 1)
    ax.set_ylim(max(y, 1), 0)
    fig.set_size_inches(7, 0.13 * y + 0.4)
    if title:
        fig.suptitle(title, fontsize=10, x=0.02, ha="left")
    fig.tight_layout()
    return fig


def plot_fact_coverage(claims, omitted=None, *, outlets: Sequence[str] | None = None, palette=None, ax=None,
                       title: str = ""):
    """Which outlet reports which shared fact: filled dot reports it, open dot omits a fact most others report.

    Parameters
    ----------
    claims : pandas.DataFrame
        :func:`framing.align_claims` (``claim_id``, ``claim_terms``, ``outlet``).
    omitted : pandas.DataFrame, optional
        :func:`framing.omitted_facts` (``claim_id``, ``outlet``).
    outlets, palette, title : optional
    ax : matplotlib.axes.Axes, optional

    Returns
    -------
    matplotlib.figure.Figure
    """
    import matplotlib.pyplot as plt
    import pandas as pd

    outlets = list(outlets) if outlets is not None else outlet_order(claims)
    palette = palette or outlet_palette(outlets)
    coverage = pd.crosstab(claims["claim_id"], claims["outlet"]).reindex(columns=outlets, fill_value=0)
    terms = claims.groupby("claim_id")["claim_terms"].first()
    missing = set() if omitted is None else set(zip(omitted["claim_id"], omitted["outlet"], strict=True))
    if ax is None:
        fig, ax = plt.subplots(figsize=(7, 0.25 * len(coverage) + 1.6))
    fig = ax.figure
    for i, claim_id in enumerate(coverage.index):
        for j, outlet in enumerate(outlets):
            if coverage.loc[claim_id, outlet]:
                ax.scatter(j, i, s=50, color=palette[outlet], zorder=3)
            elif (claim_id, outlet) in missing:
                ax.scatter(j, i, s=50, facecolor="white", edgecolor=palette[outlet], linewidth=1.2, zorder=3)
    ax.set_xticks(range(len(outlets)), outlets, rotation=30, ha="right")
    ax.set_yticks(range(len(coverage)), [f"{c}: {terms[c]}" for c in coverage.index], fontsize=7)
    ax.set_ylim(len(coverage) - 0.5, -0.5)
    ax.set_xlim(-0.5, len(outlets) - 0.5)
    ax.grid(linewidth=0.3, alpha=0.5)
    if title:
        ax.set_title(title, fontsize=9)
    fig.tight_layout()
    return fig
