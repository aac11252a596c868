"""Shared figure style: outlet order and colours, deterministic saving.

Plotting never computes a measure: functions here take tidy tables. Every
figure of the package uses :func:`outlet_palette` so an outlet has the same
colour everywhere, and :func:`save_figure` so a rerun writes identical bytes
(no timestamps or software versions in PNG/PDF/SVG metadata).
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from pathlib import Path

from ..agency import RESERVED_GROUPS
from ..io import atomic_path
from .agency import plot_agentless_share, plot_event_forms
from .claims import plot_fact_coverage, plot_same_fact
from .sources import plot_hedge_asymmetry, plot_sources, plot_tolls
from .style import (
    PALETTE,
    RESERVED_LABELS,
    NothingToDraw,
    ci_extent,
    display_label,
    display_labels,
    humanize,
    outlet_order,
    outlet_palette,
)
from .tone import plot_actor_tone, plot_sentence_tone
from .validation import plot_validation
from .wording import (
    plot_actor_labels,
    plot_article_lengths,
    plot_distinctive_terms,
    plot_event_labels,
    plot_loaded_language,
    plot_text_reuse,
)

__all__ = [
    "FIGURE_WIDTH",
    "MIN_FONT_SIZE",
    "PALETTE",
    "RESERVED_LABELS",
    "NothingToDraw",
    "display_label",
    "display_labels",
    "humanize",
    "outlet_order",
    "outlet_palette",
    "plot_actor_labels",
    "plot_actor_tone",
    "plot_agent_groups",
    "plot_agentless_share",
    "plot_article_lengths",
    "plot_distinctive_terms",
    "plot_event_forms",
    "plot_event_labels",
    "plot_fact_coverage",
    "plot_fingerprint",
    "plot_hedge_asymmetry",
    "plot_loaded_language",
    "plot_same_fact",
    "plot_sentence_tone",
    "plot_sources",
    "plot_text_reuse",
    "plot_tolls",
    "plot_validation",
    "save_figure",
    "use_style",
]


# Metadata written into figure files: empty, so files do not change between runs.
_METADATA = {
    "png": {"Software": None},
    "pdf": {"Creator": None, "Producer": None, "CreationDate": None, "ModDate": None},
    "svg": {"Creator": None, "Date": None, "Format": None, "Type": None},
}


def use_style() -> None:
    """Apply the package's matplotlib style (fonts, sizes, no SVG hash salt)."""
    import matplotlib as mpl

    mpl.rcParams.update(
        {
            "figure.dpi": 100,
            "savefig.dpi": 200,
            "savefig.bbox": "tight",
            "font.size": 9,
            "axes.titlesize": 10,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "svg.hashsalt": "framing",
            "pdf.fonttype": 42,
            # matplotlib sizes the PDF backend's font subsets by ps.fonttype: with 42
            # every character of the font (the minus sign, dashes) goes in one embedded
            # subset instead of a second copy of the font per figure.
            "ps.fonttype": 42,
        }
    )


def save_figure(
    fig, path: str | Path, *, formats: Sequence[str] = ("png", "pdf"), show: bool | None = None
) -> list[Path]:
    """Save ``fig`` once per format, atomically and byte-reproducibly.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    path : str or Path
        Target without or with a suffix; the suffix is replaced per format.
    formats : sequence of str, default ("png", "pdf")
        PNG for screens, PDF for the paper.
    show : bool, optional
        Display the saved PNG in the notebook and close ``fig``, so the notebook
        shows exactly the file under ``figures/`` and the figure is not drawn a
        third time by the inline backend. Default: when matplotlib's backend is
        Jupyter's inline backend and a PNG was written.

    Returns
    -------
    list of Path
    """
    import matplotlib as mpl

    base = Path(path)
    written = []
    _without_ligatures(fig)
    with mpl.rc_context({"svg.hashsalt": "framing"}):
        for fmt in formats:
            target = base.with_suffix(f".{fmt}")
            with atomic_path(target) as tmp:
                fig.savefig(tmp, format=fmt, metadata=_METADATA.get(fmt))
            written.append(target)
    png = base.with_suffix(".png")
    if show is None:
        show = "inline" in mpl.get_backend() and png in written
    if show and png in written:
        import matplotlib.pyplot as plt
        from IPython.display import Image, display

        # At the screen resolution of the figure, not the (higher) file resolution.
        scale = mpl.rcParams["figure.dpi"] / _savefig_dpi(fig)
        with png.open("rb") as handle:
            data = handle.read()
        display(Image(data=data, format="png", width=round(_png_width(data) * scale)))
        plt.close(fig)
    return written


def _without_ligatures(fig) -> None:
    """Typeset the figure's text without ligatures ("fi", "fl", "ff").

    A ligature is one glyph for several characters; matplotlib's PDF backend
    embeds such glyphs in a second copy of the font (about 0.2 s per figure and
    a larger file), and PDF readers copy or search them less reliably. Tick
    labels are created first so that they are included.
    """
    from matplotlib.text import Text

    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            axis.get_major_ticks()
            axis.get_minor_ticks()
    for text in fig.findobj(Text):
        if text.get_fontfeatures() is None:
            text.set_fontfeatures(("-liga",))


def _savefig_dpi(fig) -> float:
    import matplotlib as mpl

    dpi = mpl.rcParams["savefig.dpi"]
    return fig.dpi if dpi == "figure" else float(dpi)


def _png_width(data: bytes) -> int:
    """Pixel width from a PNG's IHDR chunk (bytes 16-20)."""
    return int.from_bytes(data[16:20], "big")


#: Width of Figure 1, inches: one text column of a journal page (7 in); at this
#: size every font of :func:`plot_fingerprint` is at least :data:`MIN_FONT_SIZE` pt.
FIGURE_WIDTH = 7.0
#: Smallest font size on a figure printed at its own size, points.
MIN_FONT_SIZE = 7.0
#: Measures of :func:`framing.summary.fingerprint` drawn on a log axis (counts of people).
LOG_MEASURES = ("killed_toll",)
#: Measures drawn on their own scale (not shares from 0 to 1).
OPEN_SCALE_MEASURES = ("mean_tone", "loaded_rate", *LOG_MEASURES)


def plot_fingerprint(
    table,
    *,
    outlets: Sequence[str] | None = None,
    palette: dict[str, str] | None = None,
    ncols: int = 4,
    title: str = "",
):
    """The summary figure: one row per outlet, one panel per measure, dots with 95% CIs.

    Parameters
    ----------
    table : pandas.DataFrame
        :func:`framing.summary.fingerprint`.
    outlets : sequence of str, optional
        Row order (top to bottom); default first appearance in ``table``.
    palette : dict, optional
        Outlet colours; default :func:`outlet_palette`.
    ncols : int, default 4
        Panels per row; panels wrap onto further rows.
    title : str, optional

    Returns
    -------
    matplotlib.figure.Figure
        :data:`FIGURE_WIDTH` inches wide, every font at least :data:`MIN_FONT_SIZE` pt:
        it prints at its own size in a 7-inch text column. Share panels run from 0
        to 1; a toll panel (``killed_toll``: killed only) is on a log axis.
    """
    import matplotlib.pyplot as plt
    import numpy as np

    outlets = list(outlets) if outlets is not None else outlet_order(table)
    palette = palette or outlet_palette(outlets)
    measures = list(dict.fromkeys(table["measure"]))
    ncols = max(1, min(ncols, len(measures)))
    nrows = -(-len(measures) // ncols)
    fig, axes = plt.subplots(
        nrows,
        ncols,
        figsize=(FIGURE_WIDTH, nrows * (0.28 * len(outlets) + 1.15) + (0.3 if title else 0)),
        sharey=True,
        squeeze=False,
    )
    y = {outlet: i for i, outlet in enumerate(outlets)}
    for ax in axes.flat[len(measures) :]:
        ax.set_axis_off()
    for ax, measure in zip(axes.flat, measures, strict=False):
        part = table[table["measure"] == measure]
        for row in part.itertuples():
            if row.outlet not in y:
                continue
            low = row.ci_low if np.isfinite(row.ci_low) else row.estimate
            high = row.ci_high if np.isfinite(row.ci_high) else row.estimate
            ax.errorbar(
                row.estimate,
                y[row.outlet],
                xerr=ci_extent(row.estimate, low, high),
                fmt="o",
                color=palette[row.outlet],
                capsize=2,
                markersize=4,
                linewidth=1,
            )
            # observations behind each estimate, at the panel's right edge
            ax.annotate(
                f"n={row.n}",
                (1.0, y[row.outlet]),
                xycoords=("axes fraction", "data"),
                xytext=(0, 4),
                textcoords="offset points",
                ha="right",
                fontsize=MIN_FONT_SIZE,
                color="0.4",
            )
        ax.set_title(textwrap.fill(part["label"].iloc[0], 22), fontsize=MIN_FONT_SIZE + 0.5)
        for outlet in [o for o in outlets if o not in set(part["outlet"])]:
            ax.annotate(
                "no events",
                (0.5, y[outlet]),
                xycoords=("axes fraction", "data"),
                ha="center",
                va="center",
                fontsize=MIN_FONT_SIZE,
                color="0.5",
            )
        ax.grid(axis="x", linewidth=0.4, alpha=0.5)
        ax.tick_params(labelsize=MIN_FONT_SIZE)
        if measure in LOG_MEASURES:
            _whole_decades(ax, part["estimate"])
        elif measure not in OPEN_SCALE_MEASURES:
            ax.set_xlim(-0.05, 1.05)
        elif measure == "mean_tone":
            ax.axvline(0, color="0.6", linewidth=0.6)
    for ax in axes[:, 0]:
        ax.set_yticks(range(len(outlets)), outlets)
        ax.set_ylim(len(outlets) - 0.5, -0.5)
    unit = f"intervals: {describe_ci_unit(table)}"  # the caption names what was resampled
    fig.suptitle(f"{title}\n{unit}" if title else unit, fontsize=10 if title else 8)
    fig.tight_layout()
    return fig


def _whole_decades(ax, values) -> None:
    """A log axis over whole powers of ten around ``values``, labelled at the powers only."""
    import matplotlib.ticker
    import numpy as np

    values = np.asarray(values, dtype=float)
    values = values[np.isfinite(values) & (values > 0)]
    ax.set_xscale("log")
    if len(values):
        # a value at a power of ten sits inside the axis, not on its frame
        ax.set_xlim(10 ** np.floor(np.log10(values.min()) - 1e-9), 10 ** np.ceil(np.log10(values.max()) + 1e-9))
    ax.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())


def plot_agent_groups(
    responsibility,
    *,
    groups: Sequence[str],
    outlets: Sequence[str],
    palette: dict[str, str] | None = None,
    taxonomy=None,
    title: str = "",
):
    """Share of each outlet's harm events by agent group, dots with 95% CIs.

    Parameters
    ----------
    responsibility : pandas.DataFrame
        :func:`framing.responsibility`.
    groups : sequence of str
        The taxonomy's agent groups, top to bottom; the reserved groups
        (``other``, ``pronoun``, ``mutual``, ``none``) follow them, each
        labelled as :data:`RESERVED_LABELS` says.
    outlets : sequence of str
        Outlet order (legend and dodge).
    palette : dict, optional
        Outlet colours; default :func:`outlet_palette`.
    taxonomy : ActorTaxonomy or mapping, optional
        Display labels of the groups (the taxonomy file's ``label`` column);
        a group without one is shown humanised (:func:`humanize`).

    Returns
    -------
    matplotlib.figure.Figure
    """
    import matplotlib.pyplot as plt
    import numpy as np

    palette = palette or outlet_palette(outlets)
    rows = [g for g in groups if g not in RESERVED_GROUPS] + list(RESERVED_GROUPS)
    names = display_labels(taxonomy)
    labels = [RESERVED_LABELS.get(g) or display_label(g, names) for g in rows]
    shares = responsibility[responsibility["measure"] == "agent_group"].set_index(["outlet", "group"])
    n_by_outlet = responsibility[responsibility["measure"] == "events"].set_index("outlet")["n"]
    fig, ax = plt.subplots(figsize=(FIGURE_WIDTH, 0.42 * len(rows) + 1.9))
    step = 0.8 / max(len(outlets), 1)
    with_events = set(shares.index.get_level_values("outlet"))
    for k, outlet in enumerate(outlets):
        if outlet not in with_events:  # no harm event: nothing to draw, and no legend entry
            continue
        part = shares.loc[outlet].reindex(rows)
        y = np.arange(len(rows)) + (k - (len(outlets) - 1) / 2) * step
        ax.errorbar(
            part["share"],
            y,
            xerr=ci_extent(part["share"], part["ci_low"], part["ci_high"]),
            fmt="o",
            ms=4,
            lw=1,
            capsize=2,
            color=palette[outlet],
            label=f"{outlet} (n = {n_by_outlet[outlet]})",
        )
    ax.set_yticks(np.arange(len(rows)), labels)
    ax.invert_yaxis()
    ax.set_xlim(-0.02, 1.02)
    ax.xaxis.set_major_formatter(plt.matplotlib.ticker.PercentFormatter(1.0))
    ax.set_xlabel(f"share of the outlet's harm events (95% bootstrap CI, {describe_ci_unit(responsibility)})")
    for y in np.arange(len(rows) - 1) + 0.5:
        ax.axhline(y, color="0.9", lw=0.6, zorder=0)
    ax.legend(
        loc="upper center",
        bbox_to_anchor=(0.45, -0.14),
        ncol=3,
        fontsize=7,
        frameon=False,
        title="outlet (number of harm events)",
        title_fontsize=7,
    )
    if title:
        ax.set_title(title)
    return fig


# --------------------------------------------------------------------------- intervals: unit and group differences


def describe_ci_unit(table) -> str:
    """What a table's intervals resampled, in words for a caption (from its ``ci_unit`` column).

    ``"resampling whole articles"``, ``"resampling the sentences of each
    outlet's one article"``, or both when the groups differ; tables without
    the column predate it and resampled sentences.
    """
    units = set(table["ci_unit"].dropna().astype(str)) if "ci_unit" in table.columns else {"sentence"}
    units = {part for unit in units for part in unit.split("/")}
    if units == {"article"}:
        return "resampling whole articles"
    if units == {"sentence"}:
        return "resampling the sentences of each outlet's one article"
    return "resampling whole articles (sentences where an outlet has one article)"


def plot_group_differences(result, ax=None, *, title: str = ""):
    """Pairwise differences between groups with their intervals: one row per pair.

    Parameters
    ----------
    result : pandas.DataFrame
        :func:`framing.compare_groups`.
    ax : matplotlib.axes.Axes, optional
        Drawn into; a new figure when None.
    title : str, optional

    Returns
    -------
    matplotlib.axes.Axes
        Rows top to bottom in the table's order, labelled ``group − other``
        (with the Holm-adjusted p-value); a dot at each difference, a bar
        from ``ci_low`` to ``ci_high``, a line at 0, and the resampling unit
        in the x label.
    """
    import matplotlib.pyplot as plt
    import numpy as np

    if ax is None:
        _, ax = plt.subplots(figsize=(6.4, 0.4 * len(result) + 1.2))
    y = np.arange(len(result))
    difference = result["difference"].to_numpy(dtype=float)
    low, high = result["ci_low"].to_numpy(dtype=float), result["ci_high"].to_numpy(dtype=float)
    ax.errorbar(
        difference,
        y,
        xerr=ci_extent(difference, low, high),
        fmt="o",
        ms=4,
        lw=1,
        capsize=2,
        color="0.2",
    )
    labels = [
        f"{row.group} \u2212 {row.other} (p adj. {row.p_adjusted:.3g})" for row in result.itertuples(index=False)
    ]
    ax.set_yticks(y, labels)
    ax.set_ylim(len(result) - 0.5, -0.5)
    ax.axvline(0, color="0.6", lw=0.8, zorder=0)
    ax.set_xlabel(f"difference (95% bootstrap CI, {describe_ci_unit(result)})")
    if title:
        ax.set_title(title)
    return ax
