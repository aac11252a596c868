"""Figures of tone: sentence tone per outlet, and the tone of the clauses each actor appears in."""

from __future__ import annotations

from collections.abc import Sequence

from .style import ci_extent, display_label, display_labels, humanize, outlet_order, outlet_palette

__all__ = ["TONE_COLOURS", "plot_actor_tone", "plot_sentence_tone"]

#: Colour of each tone label (Okabe & Ito 2008 vermillion and bluish green; grey for neutral).
TONE_COLOURS = {"share_negative": "#D55E00", "share_neutral": "#999999", "share_positive": "#009E73"}


def plot_sentence_tone(
    sentiment,
    outlet_tone,
    *,
    outlets: Sequence[str] | None = None,
    palette=None,
    random_state: int = 0,
    title: str = "",
):
    """Each sentence's VADER compound (jittered dots) with the outlet mean, and the share of each tone label.

    Parameters
    ----------
    sentiment : pandas.DataFrame
        :func:`framing.sentence_sentiment` (``outlet``, ``compound``).
    outlet_tone : pandas.DataFrame
        :func:`framing.outlet_tone` (``outlet``, ``measure``, ``n``, ``estimate``, ``ci_low``, ``ci_high``).
    outlets : sequence of str, optional
    palette : dict, optional
    random_state : int, default 0
        Seed of the vertical jitter of the dots (the figure is deterministic).
    title : str, optional

    Returns
    -------
    matplotlib.figure.Figure
        Left: x from -1 to 1; right: shares from 0 to 1.
    """
    import matplotlib.pyplot as plt
    import numpy as np

    outlets = list(outlets) if outlets is not None else outlet_order(outlet_tone)
    palette = palette or outlet_palette(outlets)
    fig, (ax_mean, ax_share) = plt.subplots(1, 2, figsize=(7, 0.45 * len(outlets) + 1.6),
                                            gridspec_kw={"width_ratios": [1, 1.2]})
    rng = np.random.default_rng(random_state)
    means = outlet_tone[outlet_tone["measure"] == "mean_compound"].set_index("outlet").reindex(outlets)
    for y, outlet in enumerate(outlets):
        values = sentiment.loc[sentiment["outlet"] == outlet, "compound"].astype(float)
        ax_mean.scatter(values, y + rng.uniform(-0.22, 0.22, len(values)), s=6, color=palette[outlet], alpha=0.35, lw=0)
        row = means.loc[outlet]
        ax_mean.errorbar(row.estimate, y, xerr=ci_extent(row.estimate, row.ci_low, row.ci_high),
                         fmt="D", color="black", ms=4, capsize=3, lw=1.1)
    ax_mean.axvline(0, color="grey", lw=0.6)
    n = means["n"].fillna(0).astype(int)
    ax_mean.set_yticks(range(len(outlets)), [f"{o} (n={n[o]})" for o in outlets])
    ax_mean.set_ylim(len(outlets) - 0.5, -0.5)
    ax_mean.set_xlim(-1.05, 1.05)
    ax_mean.set_xlabel("compound per sentence (dots);\nmean, 95% CI (diamond)")
    width = 0.26
    for k, (measure, colour) in enumerate(TONE_COLOURS.items()):
        part = outlet_tone[outlet_tone["measure"] == measure].set_index("outlet").reindex(outlets)
        estimate = part["estimate"].astype(float)
        y = np.arange(len(outlets)) + (k - 1) * width
        ax_share.barh(y, estimate, height=width, color=colour, label=measure.removeprefix("share_"))
        ax_share.errorbar(estimate, y, xerr=ci_extent(estimate, part["ci_low"], part["ci_high"]),
                          fmt="none", color="black", lw=0.8, capsize=2)
    ax_share.set_yticks(range(len(outlets)), [])
    ax_share.set_ylim(len(outlets) - 0.5, -0.5)
    ax_share.set_xlim(0, 1)
    ax_share.set_xlabel("share of sentences, 95% CI")
    ax_share.legend(frameon=False, fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=3)
    if title:
        fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    return fig


def plot_actor_tone(
    actor_tone,
    *,
    groups: Sequence[str] | None = None,
    roles: Sequence[str] | None = None,
    outlets: Sequence[str] | None = None,
    palette=None,
    taxonomy=None,
    title: str = "",
):
    """Mean tone of the clauses in which each actor group appears, one panel per role, dots with 95% CIs.

    Parameters
    ----------
    actor_tone : pandas.DataFrame
        :func:`framing.actor_tone` (``outlet``, ``actor_group``, ``role``, ``mean_compound``,
        ``ci_low``, ``ci_high``).
    groups : sequence of str, optional
        Rows, top to bottom; default every group of the table, sorted.
    roles : sequence of str, optional
        Panels; default the table's roles in order.
    outlets, palette, title
        As in :func:`plot_sentence_tone`.
    taxonomy : ActorTaxonomy or mapping, optional
        For the group display labels.

    Returns
    -------
    matplotlib.figure.Figure
    """
    import matplotlib.pyplot as plt
    import numpy as np

    outlets = list(outlets) if outlets is not None else outlet_order(actor_tone)
    palette = palette or outlet_palette(outlets)
    groups = list(groups) if groups is not None else sorted(set(actor_tone["actor_group"]))
    roles = list(roles) if roles is not None else list(dict.fromkeys(actor_tone["role"]))
    labels = display_labels(taxonomy)
    fig, axes = plt.subplots(1, len(roles), figsize=(7, 0.4 * len(groups) + 1.8), sharey=True, sharex=True,
                             squeeze=False)
    axes = axes[0]
    offsets = np.linspace(-0.3, 0.3, len(outlets)) if len(outlets) > 1 else np.zeros(1)
    for ax, role in zip(axes, roles, strict=True):
        part = actor_tone[(actor_tone["role"] == role) & actor_tone["actor_group"].isin(groups)]
        for k, outlet in enumerate(outlets):
            rows = part[part["outlet"] == outlet]
            mean = rows["mean_compound"].astype(float)
            y = np.array([groups.index(g) for g in rows["actor_group"]]) + offsets[k]
            ax.errorbar(mean, y, xerr=ci_extent(mean, rows["ci_low"], rows["ci_high"]), fmt="o", ms=3.5, lw=0.9,
                        capsize=1.5, color=palette[outlet], label=outlet if role == roles[0] else None)
        ax.axvline(0, color="grey", lw=0.6)
        ax.set_title(humanize(role), fontsize=9)
        ax.set_xlim(-1.05, 1.05)
        ax.set_xlabel("mean compound, 95% CI")
        for y in np.arange(len(groups) - 1) + 0.5:
            ax.axhline(y, color="#eeeeee", lw=0.6, zorder=0)
    axes[0].set_yticks(range(len(groups)), [display_label(g, labels) for g in groups])
    axes[0].set_ylim(len(groups) - 0.5, -0.5)
    fig.legend(loc="upper center", ncol=min(len(outlets), 3), frameon=False, fontsize=7, bbox_to_anchor=(0.5, 0.0))
    if title:
        fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    return fig
