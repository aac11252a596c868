"""What every figure shares: outlet order and colours, display labels, new axes.

Display labels come from data, never from code: a taxonomy file's optional
``label`` column (:meth:`framing.actors.ActorTaxonomy.labels`) or a mapping the
caller passes; an id without one is humanised generically
(:func:`humanize`: ``"assad_loyalists"`` -> ``"Assad loyalists"``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

__all__ = [
    "PALETTE",
    "RESERVED_LABELS",
    "ci_extent",
    "display_label",
    "display_labels",
    "figure_and_axes",
    "humanize",
    "outlet_order",
    "outlet_palette",
]

#: How the reserved agent groups of :func:`framing.harm_events` read on a figure.
RESERVED_LABELS = {
    "other": "other (not in the taxonomy)",
    "pronoun": "a pronoun (not resolved)",
    "mutual": "both sides (act between them)",
    "none": "no agent expressed",
}

#: Colour-blind-safe qualitative palette (Okabe & Ito 2008), cycled by outlet order.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


def outlet_order(corpus_or_outlets) -> list[str]:
    """Outlets in first-appearance order of the corpus (the order of metadata.csv)."""
    outlets = corpus_or_outlets["outlet"] if hasattr(corpus_or_outlets, "columns") else corpus_or_outlets
    return list(dict.fromkeys(outlets))


def outlet_palette(outlets: Sequence[str]) -> dict[str, str]:
    """Map each outlet, in the given order, to a fixed colour."""
    return {outlet: PALETTE[i % len(PALETTE)] for i, outlet in enumerate(outlets)}


def humanize(name: str) -> str:
    """An id as words: underscores to spaces, the first letter capitalised.

    Examples
    --------
    >>> humanize("assad_loyalists")
    'Assad loyalists'
    """
    text = " ".join(str(name).replace("_", " ").split())
    return text[:1].upper() + text[1:]


def display_labels(taxonomy=None) -> dict[str, str]:
    """The display label of each id a taxonomy names.

    Parameters
    ----------
    taxonomy : ActorTaxonomy, mapping, sequence of them, or None
        A taxonomy from :func:`framing.load_actors`, :func:`framing.sources.load_sources`
        or :func:`framing.casualties.load_victims` (its ``label`` column), a mapping
        ``{id: label}``, or several of these (the first that names an id wins).

    Returns
    -------
    dict
        Only the ids that have a label; :func:`display_label` humanises the rest.
    """
    if taxonomy is None:
        return {}
    if hasattr(taxonomy, "labels") and callable(taxonomy.labels):
        return dict(taxonomy.labels())
    if isinstance(taxonomy, Mapping):
        return {str(k): str(v) for k, v in taxonomy.items() if v}
    if isinstance(taxonomy, Iterable) and not isinstance(taxonomy, str):
        found: dict[str, str] = {}
        for part in taxonomy:
            for key, value in display_labels(part).items():
                found.setdefault(key, value)
        return found
    raise TypeError(f"taxonomy: expected an ActorTaxonomy, a mapping or a sequence of them, got {type(taxonomy)!r}")


def display_label(name: str, labels: Mapping[str, str] | None = None) -> str:
    """The label of ``name`` in ``labels``, else :func:`humanize` of it."""
    if labels and labels.get(name):
        return labels[name]
    return humanize(name)


def ci_extent(estimate, low, high) -> list:
    """Error-bar lengths below and above ``estimate`` for the interval ``low`` to ``high``
    (matplotlib's ``xerr=``), each at least 0.

    Parameters
    ----------
    estimate, low, high : float or array-like of float
        One value per point, in the same order.

    Returns
    -------
    list of two numpy arrays
        Lengths below and above, shape ``(n,)`` (``(1,)`` for one point).

    Notes
    -----
    A bootstrap interval of values that are all equal (one sentence syndicated
    by every copy of an article, say) is that value, but summed another way
    than the estimate (resampled cluster sums, not :func:`numpy.mean`), so the
    two can differ in the last bit and the interval miss the estimate by
    1e-16. matplotlib refuses a negative error bar; such a side is drawn as 0.
    """
    import numpy as np

    estimate, low, high = (np.atleast_1d(np.asarray(v, dtype=float)) for v in (estimate, low, high))
    return [np.clip(estimate - low, 0, None), np.clip(high - estimate, 0, None)]


def figure_and_axes(ax, figsize: tuple[float, float]):
    """``(figure, ax)``: the figure of a given axes, or a new figure of ``figsize`` inches."""
    import matplotlib.pyplot as plt

    if ax is not None:
        return ax.figure, ax
    return plt.subplots(figsize=figsize)


class NothingToDraw(ValueError):
    """The table holds no row the figure draws (say, every actor mention unassigned)."""
