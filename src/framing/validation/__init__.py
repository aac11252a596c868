"""Accuracy of every measure on hand-written labelled sentences (data/validation/).

One module per area (``agency``, ``sources``, ``tone`` ...), each with
``evaluate_*`` functions that parse the labelled sentences through
:func:`framing.parse` and return a tidy table of metrics. Nothing here is
imported by the measures.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

__all__ = ["ALL_METRIC_COLUMNS", "FRESH_SETS", "HEADLINES", "evaluate_all", "headline_table"]

#: Columns of :func:`evaluate_all`, in order.
ALL_METRIC_COLUMNS = ["area", "measure", "metric", "value", "n", "subset"]

#: The fresh held-out sets, in the order they were written: every sentence of each is held out.
#: Each was written by a session that never saw the rules and scored once before any rule was
#: written against it; how each was used after that (heldout2 to heldout6 became development data)
#: is in data/validation/README.md, and the first blind scores of heldout4 to heldout8 are kept in
#: ``<set>_first_scores.csv``.
FRESH_SETS = ("heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8")


def fresh_headlines(name: str) -> list[tuple]:
    """The README table's rows for fresh set ``name``, with the targets the project set for them."""
    return [
        (f"Harm-event detection, fresh held-out ({name})", "agency", f"harm_event_real_{name}", "f1", 0.95),
        (f"Harm-event agent group where named, fresh held-out ({name})", "agency", f"harm_event_real_{name}",
         "agent_group_accuracy_named", 0.80),
        (f"Harm-event agent group, every event, fresh held-out ({name})", "agency", f"harm_event_real_{name}",
         "agent_group_accuracy", 0.85),
        (f"Casualty toll (value + victims + measure), fresh held-out ({name})", "sources",
         f"casualty_real_measure_{name}", "f1", 0.85),
        (f"Attribution (source head + verb), fresh held-out ({name})", "sources", f"attribution_real_{name}",
         "f1", 0.92),
    ]


#: Rows of the README's validation table: (label, area, measure prefix, metric, target or None).
#: Targets are the ones the project set itself when each measure was written; tone has none.
HEADLINES = [
    ("Passive voice detection", "agency", "passive", "f1", 0.95),
    ("Passive voice detection, PassivePy", "agency", "passivepy_passive", "f1", None),
    ("Harm-event detection", "agency", "harm_event", "f1", None),
    ("Harm-event agent head", "agency", "harm_event", "agent_head_accuracy", 0.90),
    ("Harm-event form", "agency", "harm_event", "form_accuracy", 0.90),
    ("Harm-event detection, real-report shapes", "agency", "harm_event_real", "f1", 0.95),
    ("Harm-event agent group where an agent is named, real-report shapes", "agency", "harm_event_real",
     "agent_group_accuracy_named", 0.80),
    ("Harm-event agent group, every event, real-report shapes", "agency", "harm_event_real",
     "agent_group_accuracy", 0.85),
    ("Passive agent head", "agency", "passive", "agent_head_accuracy", 0.90),
    ("Attribution (source head + verb)", "sources", "attribution", "f1", 0.90),
    ("Hedge cue", "sources", "hedge", "f1", 0.90),
    ("Casualty toll (value + victims)", "sources", "casualty", "f1", 0.90),
    ("Casualty toll (value + victims), real-report shapes", "sources", "casualty_real", "f1", None),
    ("Casualty toll (value + victims + measure), real-report shapes", "sources", "casualty_real_measure", "f1", 0.85),
    ("Attribution (source head + verb), real-report shapes", "sources", "attribution_real", "f1", 0.92),
    *(row for name in FRESH_SETS for row in fresh_headlines(name)),
    ("Actor mentions (wording)", "wording", "actor_mentions", "f1", None),
    ("Event labels (wording)", "wording", "event_labels", "f1", None),
    ("Sentence tone, VADER", "tone", "vader", "macro_f1", None),
    ("Sentence tone, VADER + domain lexicon", "tone", "vader_domain", "macro_f1", None),
]
_HELD_OUT = ("test", "heldout", *FRESH_SETS)
#: Shared lists a fresh set's own taxonomy files only add to. heldout2 and heldout3 wrote complete
#: ``<set>_actors.csv`` / ``<set>_victims.csv`` files; the files of heldout4 to heldout8 hold only their
#: invented sides and the counted nouns the toll guidelines' list may not name (data/validation/README.md),
#: and their annotators took every other group from the guidelines, whose groups are those of
#: ``agency_real_actors.csv`` and ``tolls_real_victims.csv``. The rules are scored with the same lists:
#: the set's rows first, then the shared ones (whose own invented names occur in neither set).
SHARED_TAXONOMIES = {
    name: {"actors": "agency_real_actors.csv", "victims": "tolls_real_victims.csv"}
    for name in ("heldout4", "heldout5", "heldout6", "heldout7", "heldout8")
}


def _taxonomy(folder: Path, name: str, kind: str) -> Path | pd.DataFrame:
    """The ``kind`` (actors or victims) taxonomy fresh set ``name`` was labelled with."""
    own = folder / f"{name}_{kind}.csv"
    shared = SHARED_TAXONOMIES.get(name, {}).get(kind)
    if shared is None:
        return own
    tables = [pd.read_csv(path, dtype=str, keep_default_na=False) for path in (own, folder / shared)]
    return pd.concat(tables, ignore_index=True).fillna("")


def _fresh(table: pd.DataFrame, name: str) -> pd.DataFrame:
    """Scores on the fresh set ``name``, under the measure name with ``_<name>`` after its prefix:
    every sentence is held out, so its ``all`` rows are given again as subset ``name``."""
    every = table[table["subset"] == "all"].copy()
    parts = every["measure"].str.partition(" ")
    every["measure"] = (parts[0] + f"_{name} " + parts[2]).str.strip()
    return pd.concat([every, every.assign(subset=name)], ignore_index=True)


def evaluate_all(
    validation_dir: str | Path = Path("data") / "validation",
    *,
    cache_dir: str | Path | None = None,
    actors: str | Path | None = None,
    model: str | None = None,
) -> pd.DataFrame:
    """Every accuracy figure the package reports, in one tidy table.

    Parameters
    ----------
    validation_dir : str or Path
        Folder of the labelled CSV files.
    cache_dir : str or Path, optional
        Parse cache for the labelled sentences.
    actors : str or Path, optional
        Actor taxonomy used for the harm-event labels (the study's file).
    model : str, optional
        spaCy pipeline.

    Returns
    -------
    pandas.DataFrame
        ``area`` (agency, sources, wording, tone), ``measure``, ``metric``,
        ``value`` (float64), ``n`` (int64), ``subset`` (``all``, ``dev``,
        ``test``/``heldout``: held-out sentences were written after the rules).
    """
    from .agency import evaluate_agency, load_passivepy_predictions
    from .events import evaluate_events
    from .reports import evaluate_sources_real, evaluate_tolls_real
    from .sources import evaluate_sources
    from .tone import evaluate_tone
    from .wording import evaluate_actor_mentions, evaluate_event_labels

    folder = Path(validation_dir)
    parse = {"cache_dir": cache_dir, "model": model}
    passivepy_path = folder / "passivepy_predictions.csv"
    passivepy = load_passivepy_predictions(passivepy_path) if passivepy_path.is_file() else None
    agency = [evaluate_agency(folder / "agency.csv", passivepy=passivepy, actors=actors, **parse)]
    if (folder / "agency_real.csv").is_file():
        # sentences in the shapes of real reports, with their own taxonomy of invented sides
        agency.append(evaluate_events(folder / "agency_real.csv", actors=folder / "agency_real_actors.csv", **parse))
    for name in FRESH_SETS:
        if (folder / f"agency_{name}.csv").is_file():
            actors_of_set = _taxonomy(folder, name, "actors")
            events = evaluate_events(folder / f"agency_{name}.csv", actors=actors_of_set, **parse)
            agency.append(_fresh(events, name))
    sources = [evaluate_sources(folder, **parse)]
    if (folder / "tolls_real.csv").is_file():
        # tolls in the shapes of real reports, with the victims taxonomy their guidelines define
        victims = folder / "tolls_real_victims.csv"
        sources.append(evaluate_tolls_real(folder / "tolls_real.csv", victims=victims, **parse))
    if (folder / "sources_real.csv").is_file():
        sources.append(evaluate_sources_real(folder / "sources_real.csv", **parse))
    for name in FRESH_SETS:
        if (folder / f"tolls_{name}.csv").is_file():
            victims = _taxonomy(folder, name, "victims")
            sources.append(_fresh(evaluate_tolls_real(folder / f"tolls_{name}.csv", victims=victims, **parse), name))
        if (folder / f"sources_{name}.csv").is_file():
            sources.append(_fresh(evaluate_sources_real(folder / f"sources_{name}.csv", **parse), name))
    parts = {
        "agency": pd.concat(agency, ignore_index=True),
        "sources": pd.concat(sources, ignore_index=True),
        "wording": pd.concat(
            [
                evaluate_actor_mentions(folder / "wording_actor_mentions.csv", actors=actors, **parse),
                evaluate_event_labels(folder / "wording_event_labels.csv", **parse),
            ],
            ignore_index=True,
        ),
        "tone": evaluate_tone(folder / "tone.csv"),
    }
    frames = []
    for area, table in parts.items():
        table = table.copy()
        if "subset" not in table.columns:
            table["subset"] = "all"
        table.insert(0, "area", area)
        frames.append(table[ALL_METRIC_COLUMNS])
    return pd.concat(frames, ignore_index=True).astype({"value": "float64", "n": "int64"})


def headline_table(metrics: pd.DataFrame) -> pd.DataFrame:
    """The README's validation table: one row per headline measure.

    Returns
    -------
    pandas.DataFrame
        ``measure``, ``metric``, ``all`` (value on every labelled sentence,
        development ones included), ``n_all``, ``held_out`` (value on
        sentences written after the rules and never used to change them; ""
        where a measure has no held-out set), ``n_held_out``, ``target``,
        ``met`` (judged on ``held_out`` when there is one, else on ``all``;
        "" without a target), ``held_out_ci95`` (the 95% Wilson score
        interval of a held-out accuracy, "low-high", from its value and
        ``n``: :func:`proportion_interval`; "" for an F1, which is no
        proportion of ``n``). Values are strings with three decimals.

    Notes
    -----
    The interval says how far a score on a set of this size may be from the
    rate on prose like it: heldout sets are small (tens of events), and a
    target is "met" on the point value, so read ``met`` with the interval.
    """
    rows = []
    for label, area, prefix, metric, target in HEADLINES:
        part = metrics[(metrics["area"] == area) & (metrics["metric"] == metric)]
        part = part[part["measure"].str.split(" ").str[0] == prefix]
        if part.empty:
            continue
        every = part[part["subset"] == "all"].iloc[0]
        held = part[part["subset"].isin(_HELD_OUT)]
        held_value = float(held["value"].iloc[0]) if len(held) else None
        judged = held_value if held_value is not None else float(every["value"])
        rows.append(
            (
                label,
                metric.replace("_", " "),
                f"{float(every['value']):.3f}",
                str(int(every["n"])),
                "" if held_value is None else f"{held_value:.3f}",
                "" if held_value is None else str(int(held["n"].iloc[0])),
                "" if target is None else f">= {target:.2f}",
                "" if target is None else ("yes" if judged >= target else "no"),
                _interval_text(metric, held_value, int(held["n"].iloc[0]) if len(held) else 0),
            )
        )
    columns = ["measure", "metric", "all", "n_all", "held_out", "n_held_out", "target", "met", "held_out_ci95"]
    return pd.DataFrame(rows, columns=columns)


#: Metrics that are a share of their ``n`` (so a binomial interval applies); F1 is not.
PROPORTION_METRICS = ("accuracy", "precision", "recall", "negatives_clean")


def proportion_interval(value: float, n: int, *, confidence: float = 0.95) -> tuple[float, float]:
    """The Wilson score interval of a proportion ``value`` observed on ``n`` items.

    Uses :func:`scipy.stats.binomtest` (``method="wilson"``) on ``round(value * n)`` successes:
    the Wilson interval stays inside [0, 1] and keeps its coverage for small ``n`` and rates
    near 1, where the normal approximation does not.
    """
    from scipy.stats import binomtest

    if n <= 0:
        raise ValueError(f"n must be positive, got {n}")
    found = binomtest(int(round(value * n)), n).proportion_ci(confidence_level=confidence, method="wilson")
    return float(found.low), float(found.high)


def _interval_text(metric: str, value: float | None, n: int) -> str:
    if value is None or n <= 0 or not any(m in metric for m in PROPORTION_METRICS):
        return ""
    low, high = proportion_interval(value, n)
    return f"{low:.3f}-{high:.3f}"
