"""Fill the computed blocks of README.md from the tables the notebooks wrote.

README.md (and benchmarks/README.md) hold blocks between ``<!-- BEGIN name -->`` and ``<!-- END name -->``
markers. Each is rendered here from a CSV written by code, so no number in
the README is typed by hand. ``make reproduce`` runs this after the
notebooks; ``tests/test_readme.py`` fails when a block is stale.

Usage::

    python tools/render_readme.py [--check]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
PROCESSED = ROOT / "data" / "processed"
BENCHMARKS = ROOT / "benchmarks"

# measure -> (label shown, target or "") for the validation block, in README order
VALIDATION_ORDER = [
    ("passives", "Passive voice detection", "F1 >= 0.95"),
    ("agent_head", "Agent head of harm events / passives", "accuracy >= 0.90"),
    ("harm_form", "Harm-event form (active/passive/nominal/adjectival)", "accuracy >= 0.90"),
    ("attributions", "Attribution (source head + verb)", "F1 >= 0.90"),
    ("hedges", "Hedge cue", "F1 >= 0.90"),
    ("casualties", "Casualty toll (value + victims)", "F1 >= 0.90"),
    ("tone", "Sentence tone (VADER, 3 classes)", "reported, no target"),
]


def fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 10 else f"{value:,.1f}"
    return str(value)


def markdown_table(table: pd.DataFrame) -> str:
    header = "| " + " | ".join(table.columns) + " |"
    rule = "|" + "|".join("---" for _ in table.columns) + "|"
    rows = ["| " + " | ".join(fmt(v) for v in row) + " |" for row in table.itertuples(index=False)]
    return "\n".join([header, rule, *rows])


def validation_block(summary: pd.DataFrame) -> str:
    """``summary``: data/processed/validation_summary.csv (measure, metric, value, n, ...)."""
    return markdown_table(summary)


def render(text: str, blocks: dict[str, str]) -> str:
    for name, body in blocks.items():
        pattern = re.compile(rf"(<!-- BEGIN {name} -->\n).*?(<!-- END {name} -->)", re.S)
        if not pattern.search(text):
            raise SystemExit(f"README.md has no block {name!r}")
        text = pattern.sub(lambda m, body=body: m.group(1) + body.rstrip() + "\n" + m.group(2), text)
    return text


NOTEBOOKS = ROOT / "notebooks"


def figure_map() -> pd.DataFrame:
    """Figure -> notebook -> files -> tables, read from the notebooks' own save calls."""
    import json

    rows = []
    for path in sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")):
        source = "\n".join(
            "".join(c["source"])
            for c in json.loads(path.read_text(encoding="utf-8"))["cells"]
            if c["cell_type"] == "code"
        )
        figures = re.findall(r'save_figure\([^)]*?FIGURES\s*/\s*"([^"]+)"', source, re.S)
        tables = re.findall(r'write_table\([^)]*?PROCESSED\s*/\s*"([^"]+)"', source, re.S)
        rows.append(
            (
                f"`notebooks/{path.name}`",
                ", ".join(f"`figures/{name}.{{png,pdf}}`" for name in figures) or "(none)",
                ", ".join(f"`data/processed/{name}`" for name in tables) or "(none)",
            )
        )
    return pd.DataFrame(rows, columns=["notebook", "figures", "tables it writes"])


# (function, module, columns constant, what one row is)
TABLES = [
    ("load_corpus", "corpus", "CORPUS_COLUMNS", "an article (cleaned text)"),
    ("sentences", "sentences", "SENTENCE_COLUMNS", "a sentence; offsets into the cleaned text"),
    ("clean_corpus (removed)", "clean", "REMOVED_COLUMNS", "a line removed by a cleaning rule"),
    ("passives", "agency", "PASSIVE_COLUMNS", "a passive construction"),
    ("harm_events", "agency", "HARM_EVENT_COLUMNS", "a mention of a violent act (verb or noun)"),
    ("responsibility", "agency", "RESPONSIBILITY_COLUMNS", "an outlet x measure (x agent group), 95% CI"),
    ("term_counts", "wording", "TERM_COUNT_COLUMNS", "an article x term (by='article')"),
    ("distinctive_terms", "wording", "DISTINCTIVE_COLUMNS", "an outlet x comparison x term (weighted log-odds)"),
    ("actor_labels", "wording", "ACTOR_LABEL_COLUMNS", "how an outlet names an actor group"),
    ("event_labels", "wording", "EVENT_LABEL_COLUMNS", "an outlet x label for the violence, share with CI"),
    ("loaded_language", "wording", "LOADED_RATE_COLUMNS", "an outlet: loaded words per 1,000 words, CI"),
    ("text_reuse", "wording", "REUSE_COLUMNS", "an ordered pair of articles: shared n-gram coverage, TF-IDF cosine"),
    ("attributions", "sources", "ATTRIBUTION_COLUMNS", "a reporting act (who said what, with which verb)"),
    ("hedges", "hedging", "HEDGE_COLUMNS", "a hedge cue and what it qualifies"),
    ("hedge_asymmetry", "hedging", "HEDGE_ASYMMETRY_COLUMNS", "an outlet x agent group: share of harm events hedged"),
    ("casualties", "casualties", "CASUALTY_COLUMNS", "a death or casualty toll"),
    ("toll_table", "casualties", "TOLL_TABLE_COLUMNS", "an outlet x victims x value, with wording and source"),
    ("align_claims", "claims", "CLAIM_COLUMNS", "one outlet's version of a fact reported by several"),
    ("prominence", "claims", "PROMINENCE_COLUMNS", "first mention of an element in an article"),
    ("sentence_sentiment", "tone", "SENTIMENT_COLUMNS", "a sentence's VADER scores"),
    ("actor_tone", "tone", "ACTOR_TONE_COLUMNS", "an outlet x actor group x role: mean clause tone, CI"),
]


def tables_block() -> pd.DataFrame:
    import importlib

    rows = []
    for name, module, constant, row in TABLES:
        try:
            columns = getattr(importlib.import_module(f"framing.{module}"), constant)
        except (ImportError, AttributeError):
            continue
        rows.append((f"`{name}`", row, ", ".join(columns)))
    return pd.DataFrame(rows, columns=["table (function)", "one row is", "columns (in order)"])


def benchmark_table(path: Path = BENCHMARKS / "results.csv") -> pd.DataFrame:
    """The README's scale table, from the benchmark script's raw results."""
    raw = pd.read_csv(path)
    mode = raw["mode"] + [f" x{w}" if w > 1 else "" for w in raw["workers"]]
    return pd.DataFrame(
        {
            "articles": raw["articles"],
            "mode": mode.str.replace("framing x", "framing, workers=", regex=False),
            "seconds": raw["seconds"].map("{:.1f}".format),
            "articles/s": raw["articles_per_s"].map("{:.2f}".format),
            "sentences/s": raw["sentences_per_s"].map("{:.0f}".format),
            "peak MB (largest process)": raw[["peak_rss_mb", "peak_child_rss_mb"]].max(axis=1).map("{:.0f}".format),
            "time vs bare parse": raw["time_vs_bare"].map("{:.2f}".format),
        }
    )


def benchmark_targets(path: Path = BENCHMARKS / "results.csv") -> pd.DataFrame:
    """The issue's targets against the largest benchmarked corpus (and memory over every size)."""
    raw = pd.read_csv(path)
    largest = raw[raw["articles"] == raw["articles"].max()]

    def row(mode: str, workers: int = 1):
        found = largest[(largest["mode"] == mode) & (largest["workers"] == workers)]
        return found.iloc[0] if len(found) else None

    one, two, passivepy = row("framing"), row("framing", 2), row("passivepy")
    n = int(largest["articles"].iloc[0])
    lines = []

    def add(target: str, measured: str, met: bool) -> None:
        lines.append((target, measured, "yes" if met else "no"))

    for label, record in (("one process", one), ("workers=2", two)):
        if record is not None:
            ratio = record.time_vs_bare
            add(f"full analysis <= 1.15 x bare parse ({n} articles, {label})", f"{ratio:.2f} x", ratio <= 1.15)
    if passivepy is not None:
        for label, record in (("one process", one), ("workers=2", two)):
            if record is not None:
                ratio = record.articles_per_s / passivepy.articles_per_s
                add(f">= 2 x PassivePy's throughput ({label})", f"{ratio:.2f} x", ratio >= 2)
    if one is not None and two is not None:
        speedup = two.articles_per_s / one.articles_per_s
        add("workers=2 close to 2 x one process (>= 1.8 x)", f"{speedup:.2f} x", speedup >= 1.8)
    framing = raw[raw["mode"] == "framing"]
    peaks = framing[["peak_rss_mb", "peak_child_rss_mb"]].max(axis=1)
    single = framing.loc[framing["workers"] == 1, "peak_rss_mb"]
    add(
        "peak memory under 1.5 GB and flat from smallest to largest corpus",
        f"{peaks.max():.0f} MB at most; one process {single.iloc[0]:.0f} -> {single.iloc[-1]:.0f} MB",
        peaks.max() < 1500 and single.iloc[-1] <= 1.5 * single.iloc[0],
    )
    return pd.DataFrame(lines, columns=["target", "measured", "met"])


def table_costs(path: Path = BENCHMARKS / "table_costs.csv") -> pd.DataFrame:
    """Milliseconds per article of the parse and of each table (benchmarks/table_costs.py)."""
    raw = pd.read_csv(path)
    return pd.DataFrame(
        {
            "kind": raw["kind"],
            "table": raw["table"],
            "ms per article": raw["per_article_ms"].map("{:.2f}".format),
            "share of the parse": raw["share_of_parse"].map("{:.3f}".format),
        }
    )


def blocks_from_files() -> dict[str, str]:
    blocks = {"figures": markdown_table(figure_map()), "tables": markdown_table(tables_block())}
    if (BENCHMARKS / "results.csv").is_file():
        blocks["benchmarks"] = markdown_table(benchmark_table())
        blocks["benchmark-targets"] = markdown_table(benchmark_targets())
    if (BENCHMARKS / "table_costs.csv").is_file():
        blocks["table-costs"] = markdown_table(table_costs())
    sources = {
        "validation": PROCESSED / "validation_summary.csv",
        "passivepy": PROCESSED / "validation_passivepy.csv",
        "fingerprint": PROCESSED / "fingerprint_table.csv",
    }
    for name, path in sources.items():
        if path.is_file():
            blocks[name] = markdown_table(pd.read_csv(path, keep_default_na=False))
    return blocks


#: Files with computed blocks: each gets the blocks it has markers for.
RENDERED = (README, BENCHMARKS / "README.md")


def main(argv: list[str]) -> int:
    available = blocks_from_files()
    stale = []
    for path in RENDERED:
        text = path.read_text(encoding="utf-8")
        new = render(text, {k: v for k, v in available.items() if f"<!-- BEGIN {k} -->" in text})
        if new != text:
            stale.append(path)
            if "--check" not in argv:
                path.write_text(new, encoding="utf-8")
    return 1 if stale and "--check" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
