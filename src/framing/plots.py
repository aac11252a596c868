"""Shared figure style: outlet order and colours, deterministic saving.

Plotting never computes a measure: functions here take tidy tables. Every
figure of the package uses :func:`outlet_palette` so an outlet has the same
colour everywhere, and :func:`save_figure` so a rerun writes identical bytes
(no timestamps or software versions in PNG/PDF/SVG metadata).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .io import atomic_path

__all__ = ["PALETTE", "outlet_order", "outlet_palette", "save_figure", "use_style"]

#: Colour-blind-safe qualitative palette (Okabe & Ito 2008), cycled by outlet order.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")

# Metadata written into figure files: empty, so files do not change between runs.
_METADATA = {
    "png": {"Software": None},
    "pdf": {"Creator": None, "Producer": None, "CreationDate": None, "ModDate": None},
    "svg": {"Creator": None, "Date": None, "Format": None, "Type": None},
}


def outlet_order(corpus_or_outlets) -> list[str]:
    """Outlets in first-appearance order of the corpus (the order of metadata.csv)."""
    outlets = corpus_or_outlets["outlet"] if hasattr(corpus_or_outlets, "columns") else corpus_or_outlets
    return list(dict.fromkeys(outlets))


def outlet_palette(outlets: Sequence[str]) -> dict[str, str]:
    """Map each outlet, in the given order, to a fixed colour."""
    return {outlet: PALETTE[i % len(PALETTE)] for i, outlet in enumerate(outlets)}


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
        }
    )


def save_figure(fig, path: str | Path, *, formats: Sequence[str] = ("png", "pdf")) -> list[Path]:
    """Save ``fig`` once per format, atomically and byte-reproducibly.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    path : str or Path
        Target without or with a suffix; the suffix is replaced per format.
    formats : sequence of str, default ("png", "pdf")
        PNG for screens, PDF for the paper.

    Returns
    -------
    list of Path
    """
    import matplotlib as mpl

    base = Path(path)
    written = []
    with mpl.rc_context({"svg.hashsalt": "framing"}):
        for fmt in formats:
            target = base.with_suffix(f".{fmt}")
            with atomic_path(target) as tmp:
                fig.savefig(tmp, format=fmt, metadata=_METADATA.get(fmt))
            written.append(target)
    return written
