"""The figures of a finished run: one PNG and one PDF per figure its tables support.

:func:`write_figures` is called once by ``framing analyze`` after the tables
are written (``--no-figures`` skips it). Each figure is a :mod:`framing.plots`
function over one or two of the run's tables; a figure whose table was not
made (``--tables``, a single-outlet corpus, a corpus too large for the
cross-article tables) or is empty is skipped and the reason logged.
"""

from __future__ import annotations

import logging
from pathlib import Path

__all__ = ["FIGURE_FILES", "write_figures"]

logger = logging.getLogger("framing.pipeline")

#: File stem of each figure under ``OUT/figures/``, with the tables it draws.
FIGURE_FILES = {
    "article-lengths": ("articles",),
    "agent-groups": ("responsibility",),
    "agentless-share": ("responsibility",),
    "event-forms": ("harm_events",),
    "event-labels": ("event_mentions",),
    "distinctive-terms": ("distinctive_terms",),
    "actor-labels": ("actor_labels",),
    "text-reuse": ("text_reuse",),
    "sources": ("attributions",),
    "hedge-asymmetry": ("hedge_asymmetry",),
    "tolls": ("toll_table",),
    "sentence-tone": ("sentence_sentiment", "outlet_tone"),
    "actor-tone": ("actor_tone",),
    "fact-coverage": ("align_claims",),
}


def write_figures(analysis, out: str | Path, *, actors=None, sources=None, victims=None) -> list[Path]:
    """Draw and save every figure the tables of ``analysis`` support.

    Parameters
    ----------
    analysis : framing.pipeline.Analysis
        A finished run (its ``articles`` table gives the outlet order).
    out : str or Path
        The run's output directory; figures go to ``out/figures/NAME.png`` and ``.pdf``
        (names in :data:`FIGURE_FILES`).
    actors, sources, victims : path, DataFrame, taxonomy or None
        The taxonomies of the run, for agent groups and display labels
        (``None``: the generic ones shipped with framing; no source labels).

    Returns
    -------
    list of Path
        The files written, PNG and PDF of each figure.
    """
    import matplotlib.pyplot as plt

    from .. import plots
    from ..actors import load_actors
    from ..agency import RESERVED_GROUPS
    from ..casualties import load_victims
    from ..sources import load_sources
    from ..wording import event_labels

    actors, sources, victims = load_actors(actors), load_sources(sources), load_victims(victims)
    outlets = plots.outlet_order(analysis["articles"]) if "articles" in analysis else None
    palette = plots.outlet_palette(outlets) if outlets else None
    common = {"outlets": outlets, "palette": palette}
    draw = {
        "article-lengths": lambda t: plots.plot_article_lengths(t["articles"], **common),
        "agent-groups": lambda t: plots.plot_agent_groups(
            t["responsibility"], groups=[*actors.groups("agent"), *RESERVED_GROUPS], taxonomy=actors, **common
        ),
        "agentless-share": lambda t: plots.plot_agentless_share(t["responsibility"], **common),
        "event-forms": lambda t: plots.plot_event_forms(t["harm_events"], **common),
        "event-labels": lambda t: plots.plot_event_labels(
            event_labels(mentions=t["event_mentions"], by="category"), **common
        ),
        "distinctive-terms": lambda t: plots.plot_distinctive_terms(t["distinctive_terms"], **common),
        "actor-labels": lambda t: plots.plot_actor_labels(t["actor_labels"], outlets=outlets, taxonomy=actors),
        "text-reuse": lambda t: plots.plot_text_reuse(t["text_reuse"], outlets=outlets),
        "sources": lambda t: plots.plot_sources(t["attributions"], taxonomy=sources, **common),
        "hedge-asymmetry": lambda t: plots.plot_hedge_asymmetry(t["hedge_asymmetry"], taxonomy=actors, **common),
        "tolls": lambda t: plots.plot_tolls(t["toll_table"], taxonomy=victims, **common),
        "sentence-tone": lambda t: plots.plot_sentence_tone(t["sentence_sentiment"], t["outlet_tone"], **common),
        "actor-tone": lambda t: plots.plot_actor_tone(t["actor_tone"], taxonomy=actors, **common),
        "fact-coverage": lambda t: plots.plot_fact_coverage(t["align_claims"], **common),
    }
    folder = Path(out) / "figures"
    written: list[Path] = []
    plots.use_style()
    for name, needed in FIGURE_FILES.items():
        missing = [table for table in needed if table not in analysis]
        if missing:
            logger.info("figure %s skipped: no %s table", name, ", ".join(missing))
            continue
        tables = {table: analysis[table] for table in needed}
        empty = [table for table, frame in tables.items() if frame.empty]
        if empty:
            logger.info("figure %s skipped: the %s table is empty", name, ", ".join(empty))
            continue
        if "articles" not in analysis:  # --tables without articles: the outlets of the table drawn
            with_outlet = next((frame for frame in tables.values() if "outlet" in frame.columns), None)
            outlets = plots.outlet_order(with_outlet) if with_outlet is not None else None
            common.update(outlets=outlets, palette=plots.outlet_palette(outlets) if outlets else None)
        try:
            fig = draw[name](tables)
        except plots.NothingToDraw as reason:
            logger.info("figure %s skipped: %s", name, reason)
            continue
        written += plots.save_figure(fig, folder / name, show=False)
        plt.close(fig)
    return written
