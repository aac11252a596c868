"""Figure of the validation headline table: accuracy on all and on held-out sentences."""

from __future__ import annotations

__all__ = ["plot_validation"]


def _scores(column):
    """A score column as numbers: the headline table writes them as text ("0.912", "")."""
    import pandas as pd

    return pd.to_numeric(column, errors="coerce").astype(float)


def plot_validation(summary, *, ax=None, title: str = ""):
    """Each measure's score on all labelled sentences and on the held-out ones, with its target.

    Parameters
    ----------
    summary : pandas.DataFrame
        :func:`framing.validation.headline_table` (``measure``, ``metric``, ``all``,
        ``held_out``, ``target``); scores may be text, as that table writes them,
        and are read as numbers (an empty held-out score draws no bar). A
        ``held_out_ci95`` column ("low-high") draws each interval as a line
        across its held-out bar.
    ax : matplotlib.axes.Axes, optional
        Draw here; default a new figure 7 inches wide.
    title : str, optional

    Returns
    -------
    matplotlib.figure.Figure

    Notes
    -----
    The axis runs from 0 to 1 whatever the scores: every metric of the table
    (F1, accuracy, kappa when positive) lies in that range.
    """
    import numpy as np

    from .style import figure_and_axes, humanize

    fig, ax = figure_and_axes(ax, (7, 0.32 * len(summary) + 1))
    y = np.arange(len(summary))
    ax.barh(y - 0.2, _scores(summary["all"]).fillna(0), height=0.38, color="#0072B2", label="all labelled sentences")
    held = _scores(summary["held_out"])
    ax.barh(y + 0.2, held.fillna(0), height=0.38, color="#E69F00", label="held-out sentences")
    if "held_out_ci95" in summary:  # "low-high" (headline_table), "" where no interval applies
        bounds = summary["held_out_ci95"].astype(str).str.extract(r"^([0-9.]+)-([0-9.]+)$")
        for i, (low, high) in enumerate(zip(_scores(bounds[0]), _scores(bounds[1]), strict=True)):
            if np.isfinite(low) and np.isfinite(high):
                ax.plot([low, high], [i + 0.2, i + 0.2], color="0.2", linewidth=0.8)
    targets = _scores(summary["target"].astype(str).str.extract(r"([0-9.]+)\s*$")[0])
    for i, target in enumerate(targets):
        if np.isfinite(target):
            ax.plot([target, target], [i - 0.45, i + 0.45], color="0.2", linewidth=1)
    names = zip(summary["measure"], summary["metric"], strict=True)
    ax.set_yticks(y, [f"{measure} ({humanize(metric).lower()})" for measure, metric in names])
    ax.tick_params(axis="y", labelsize=7)
    ax.set_ylim(len(summary) - 0.5, -0.5)
    ax.set_xlim(0, 1)
    ax.set_xlabel("score (black tick: target; line across a held-out bar: its 95% interval)")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=2, fontsize=7, frameon=False)
    if title:
        ax.set_title(title)
    return fig
