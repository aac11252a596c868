"""Figures of wording: article length, distinctive terms, actor and event labels, loaded words, reuse."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from .style import (
    NothingToDraw,
    ci_extent,
    display_label,
    display_labels,
    figure_and_axes,
    humanize,
    outlet_order,
    outlet_palette,
)

__all__ = [
    "annotated_heatmap",
    "plot_actor_labels",
    "plot_article_lengths",
    "plot_distinctive_terms",
    "plot_event_labels",
    "plot_loaded_language",
    "plot_text_reuse",
]


def plot_article_lengths(articles, *, outlets: Sequence[str] | None = None, palette=None, title: str = ""):
    """Words and sentences of each outlet's articles, side by side.

    Parameters
    ----------
    articles : pandas.DataFrame
        One row per article with ``outlet`` and ``n_words`` or ``n_tokens``, and
        ``n_sentences`` (:func:`framing.sentences.article_overview`, or the
        ``articles`` table of ``framing analyze``); an outlet's articles are summed.
    outlets : sequence of str, optional
        Row order; default first appearance in the table.
    palette : dict, optional
    title : str, optional

    Returns
    -------
    matplotlib.figure.Figure
    """
    import matplotlib.pyplot as plt

    outlets = list(outlets) if outlets is not None else outlet_order(articles)
    palette = palette or outlet_palette(outlets)
    words = "n_words" if "n_words" in articles.columns else "n_tokens"
    totals = articles.groupby("outlet")[[words, "n_sentences"]].sum().reindex(outlets, fill_value=0)
    fig, axes = plt.subplots(1, 2, figsize=(7, 0.35 * len(outlets) + 1.2), sharey=True)
    names = ("words" if words == "n_words" else "tokens", "sentences")
    for ax, column, label in zip(axes, (words, "n_sentences"), names, strict=True):
        values = totals[column].astype(int)
        ax.barh(range(len(outlets)), values, color=[palette[o] for o in outlets])
        ax.set_xlabel(label)
        for y, value in enumerate(values):
            ax.text(value, y, f" {value}", va="center", fontsize=8)
    axes[0].set_yticks(range(len(outlets)), outlets)
    axes[0].set_ylim(len(outlets) - 0.5, -0.5)
    if title:
        fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    return fig


def plot_distinctive_terms(
    distinctive,
    *,
    top: int = 8,
    min_count: int = 2,
    comparison: str = "rest",
    outlets: Sequence[str] | None = None,
    palette=None,
    title: str = "",
):
    """Each outlet's most distinctive terms (weighted log-odds z against the other outlets).

    Parameters
    ----------
    distinctive : pandas.DataFrame
        :func:`framing.distinctive_terms` (``outlet``, ``comparison``, ``term``, ``count``, ``z``).
    top : int, default 8
        Terms per outlet panel; three panels a row.
    min_count : int, default 2
        Terms the outlet uses fewer times are left out.
    comparison : str, default "rest"
        Rows of this comparison only.
    outlets, palette, title
        As in :func:`plot_article_lengths`.

    Returns
    -------
    matplotlib.figure.Figure
        One panel per outlet; bar lengths are the table's z; dashed line at 1.96.
    """
    import matplotlib.pyplot as plt

    table = distinctive[(distinctive["comparison"] == comparison) & (distinctive["count"] >= min_count)]
    table = table.sort_values("z", ascending=False, kind="stable")
    outlets = list(outlets) if outlets is not None else outlet_order(distinctive)
    palette = palette or outlet_palette(outlets)
    ncols = min(len(outlets), 3)  # panels of about 2.3 inches: term labels and ticks stay legible
    nrows = -(-len(outlets) // ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(7, nrows * (0.2 * top + 0.9) + 0.4), sharex=True, squeeze=False)
    for ax in axes.flat[len(outlets) :]:
        ax.set_axis_off()
    for ax, outlet in zip(axes.flat, outlets, strict=False):
        rows = table[table["outlet"] == outlet].head(top).iloc[::-1]
        ax.barh(rows["term"], rows["z"].astype(float), color=palette[outlet])
        ax.axvline(1.96, color="0.4", lw=0.8, ls="--")
        ax.set_title(outlet, fontsize=8)
        ax.tick_params(axis="y", labelsize=7)
        ax.set_xlabel("z", fontsize=8)
        ax.tick_params(axis="x", labelbottom=True)  # every panel keeps its scale
    if title:
        fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    return fig


def annotated_heatmap(matrix, *, ax, fmt: str = "{:d}", cmap: str = "Blues", mask=None, vmin=None, vmax=None):
    """Draw ``matrix`` (a DataFrame) as cells with their values written in; return the image."""
    import numpy as np

    values = matrix.to_numpy(dtype=float)
    shown = np.ma.masked_array(values, mask=mask if mask is not None else np.zeros(values.shape, dtype=bool))
    image = ax.imshow(shown, cmap=cmap, aspect="auto", vmin=vmin, vmax=vmax)
    top = np.nanmax(values[~shown.mask]) if (~shown.mask).any() else 0
    for (i, j), value in np.ndenumerate(values):
        if shown.mask[i, j]:
            continue
        text = fmt.format(int(value) if fmt == "{:d}" else value)
        dark = top and value > 0.6 * top
        ax.text(j, i, text, ha="center", va="center", fontsize=7, color="white" if dark else "black")
    ax.set_xticks(range(matrix.shape[1]), [str(c) for c in matrix.columns], rotation=30, ha="right")
    ax.set_yticks(range(matrix.shape[0]), [str(r) for r in matrix.index])
    for spine in ax.spines.values():
        spine.set_visible(False)
    return image


def plot_actor_labels(
    labels_table, *, top: int = 30, outlets: Sequence[str] | None = None, taxonomy=None, ax=None, title: str = ""
):
    """How often each outlet names an actor group with each label: a heatmap of counts.

    Parameters
    ----------
    labels_table : pandas.DataFrame
        :func:`framing.actor_labels` (``outlet``, ``actor_group``, ``label``, ``count``);
        rows of group ``unassigned`` are left out.
    top : int, default 30
        The most frequent (group, label) pairs shown.
    outlets : sequence of str, optional
        Column order.
    taxonomy : ActorTaxonomy or mapping, optional
        Actor taxonomy for the group display labels.
    ax : matplotlib.axes.Axes, optional
    title : str, optional

    Returns
    -------
    matplotlib.figure.Figure
        Rows "group: label", cells the summed counts.
    """
    outlets = list(outlets) if outlets is not None else outlet_order(labels_table)
    names = display_labels(taxonomy)
    assigned = labels_table[labels_table["actor_group"] != "unassigned"]
    if assigned.empty:
        raise NothingToDraw("no actor mention is assigned to a group: nothing to draw")
    totals = assigned.groupby(["actor_group", "label"])["count"].sum().sort_values(ascending=False, kind="stable")
    keep = set(totals.head(top).index)
    matrix = (
        assigned.loc[[pair in keep for pair in zip(assigned["actor_group"], assigned["label"], strict=True)]]
        .pivot_table(index=["actor_group", "label"], columns="outlet", values="count", aggfunc="sum", fill_value=0)
        .reindex(columns=outlets, fill_value=0)
        .sort_index()
    )
    fig, ax = figure_and_axes(ax, (7, 0.22 * len(matrix) + 1.5))
    matrix.index = [f"{display_label(group, names)}: {label}" for group, label in matrix.index]
    annotated_heatmap(matrix.astype(int), ax=ax)
    ax.tick_params(axis="y", labelsize=7)
    if title:
        ax.set_title(title, fontsize=9)
    return fig


def plot_event_labels(
    by_category,
    own_voice=None,
    *,
    categories: Sequence[str] | None = None,
    outlets: Sequence[str] | None = None,
    palette=None,
    title: str = "",
):
    """Share of each outlet's event nouns by category, dots with 95% CIs.

    Parameters
    ----------
    by_category : pandas.DataFrame
        :func:`framing.event_labels` with ``by="category"`` (``outlet``, ``category``,
        ``share``, ``ci_low``, ``ci_high``).
    own_voice : pandas.DataFrame, optional
        The same table with ``include_quoted=False``: a second panel.
    categories : sequence of str, optional
        x order; default the table's.
    outlets, palette, title
        As in :func:`plot_article_lengths`.

    Returns
    -------
    matplotlib.figure.Figure
    """
    import matplotlib.pyplot as plt
    import numpy as np

    outlets = list(outlets) if outlets is not None else outlet_order(by_category)
    palette = palette or outlet_palette(outlets)
    categories = list(categories) if categories is not None else list(dict.fromkeys(by_category["category"]))
    panels = [(by_category, "all event nouns")] + (
        [(own_voice, "outside quotation marks")] if own_voice is not None else []
    )
    fig, axes = plt.subplots(1, len(panels), figsize=(7, 3.2), sharey=True, squeeze=False)
    width = 0.8 / max(len(outlets), 1)
    for ax, (table, panel) in zip(axes[0], panels, strict=True):
        for k, outlet in enumerate(outlets):
            rows = table[table["outlet"] == outlet].set_index("category").reindex(categories)
            share = rows["share"].astype(float)
            x = np.arange(len(categories)) + (k - (len(outlets) - 1) / 2) * width
            ax.errorbar(
                x,
                share,
                yerr=[share - rows["ci_low"].astype(float), rows["ci_high"].astype(float) - share],
                fmt="o",
                color=palette[outlet],
                label=outlet,
                capsize=2,
                ms=4,
            )
        ax.set_xticks(np.arange(len(categories)), [textwrap.fill(humanize(c), 12) for c in categories])
        ax.set_title(panel, fontsize=9)
        ax.set_ylim(-0.03, 1.03)  # a share of 0 or 1 drawn whole, not cut by the frame
    axes[0][0].set_ylabel("share of the outlet's event nouns (95% CI)")
    fig.legend(
        *axes[0][0].get_legend_handles_labels(),
        frameon=False,
        fontsize=7,
        loc="upper center",
        ncol=min(len(outlets), 3),
        bbox_to_anchor=(0.5, 0.0),
    )
    if title:
        fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    return fig


def plot_loaded_language(
    loaded, own_voice=None, *, outlets: Sequence[str] | None = None, palette=None, ax=None, title: str = ""
):
    """Loaded words per 1,000 words per outlet, with 95% CIs (and in the outlet's own voice).

    Parameters
    ----------
    loaded : pandas.DataFrame
        :func:`framing.loaded_language` per outlet (``outlet``, ``rate_per_1000``, ``ci_low``, ``ci_high``).
    own_voice : pandas.DataFrame, optional
        The same with ``include_quoted=False``, drawn as open squares below each dot.
    outlets, palette, title
        As in :func:`plot_article_lengths`.
    ax : matplotlib.axes.Axes, optional

    Returns
    -------
    matplotlib.figure.Figure
    """
    import numpy as np

    outlets = list(outlets) if outlets is not None else outlet_order(loaded)
    palette = palette or outlet_palette(outlets)
    fig, ax = figure_and_axes(ax, (6, 0.4 * len(outlets) + 1.2))
    y = np.arange(len(outlets))
    series = [(loaded, -0.15 if own_voice is not None else 0, "o", "all words")]
    if own_voice is not None:
        series.append((own_voice, 0.15, "s", "own voice (outside quotes)"))
    for table, offset, marker, label in series:
        rows = table.set_index("outlet").reindex(outlets)
        rate = rows["rate_per_1000"].astype(float)
        ax.errorbar(
            rate,
            y + offset,
            xerr=ci_extent(rate, rows["ci_low"], rows["ci_high"]),
            fmt=marker,
            color="0.3",
            mfc="white" if marker == "s" else "0.3",
            capsize=2,
            label=label,
        )
    ax.set_yticks(y, outlets)
    for tick, outlet in zip(ax.get_yticklabels(), outlets, strict=True):
        tick.set_color(palette[outlet])
    ax.set_ylim(len(outlets) - 0.5, -0.5)
    ax.set_xlim(left=0)
    ax.set_xlabel("loaded words per 1,000 words (95% CI)")
    ax.legend(frameon=False, fontsize=7, loc="lower center", ncol=2, bbox_to_anchor=(0.5, 1.0))
    if title:
        ax.set_title(title, pad=18)
    return fig


def plot_text_reuse(reuse, *, outlets: Sequence[str] | None = None, title: str = ""):
    """Two outlet-by-outlet heatmaps: share of the row's words in shared passages, and TF-IDF cosine.

    Parameters
    ----------
    reuse : pandas.DataFrame
        :func:`framing.text_reuse` (``outlet``, ``other_outlet``, ``coverage``, ``tfidf_cosine``).
    outlets : sequence of str, optional
        Row and column order.
    title : str, optional

    Returns
    -------
    matplotlib.figure.Figure
    """
    import matplotlib.pyplot as plt
    import numpy as np

    outlets = list(outlets) if outlets is not None else outlet_order(reuse)
    fig, axes = plt.subplots(1, 2, figsize=(7, 0.45 * len(outlets) + 1.8))
    for ax, column, panel, fmt in [
        (axes[0], "coverage", "share of row's words in shared passages", "{:.0%}"),
        (axes[1], "tfidf_cosine", "TF-IDF cosine similarity", "{:.2f}"),
    ]:
        matrix = reuse.pivot_table(index="outlet", columns="other_outlet", values=column).reindex(
            index=outlets, columns=outlets
        )
        annotated_heatmap(
            matrix,
            ax=ax,
            fmt=fmt,
            cmap="Purples",
            mask=np.eye(len(outlets), dtype=bool) | matrix.isna(),
            vmin=0,
            vmax=1,
        )
        ax.set_title(panel, fontsize=9)
        ax.tick_params(labelsize=7)
    if title:
        fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    return fig
