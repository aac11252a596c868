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


# (table function as framing exports it, module holding its columns constant, the constant,
# what one row is); the file that computes it is read from the function itself
TABLES = [
    ("load_corpus", "corpus", "CORPUS_COLUMNS", "an article (cleaned text)"),
    ("clean_corpus", "clean", "REMOVED_COLUMNS", "a line removed by a cleaning rule"),
    ("sentences", "sentences", "SENTENCE_COLUMNS", "a sentence; offsets into the cleaned text"),
    ("passives", "agency", "PASSIVE_COLUMNS", "a passive construction"),
    ("harm_events", "agency", "HARM_EVENT_COLUMNS", "a mention of a violent act (verb or noun)"),
    ("responsibility", "agency", "RESPONSIBILITY_COLUMNS", "an outlet x measure (x agent group), 95% CI"),
    ("term_counts", "wording", "TERM_COUNT_COLUMNS", "an article x term (by='article')"),
    ("distinctive_terms", "wording", "DISTINCTIVE_COLUMNS", "an outlet x comparison x term (weighted log-odds)"),
    ("actor_mentions", "wording", "ACTOR_MENTION_COLUMNS", "a noun phrase naming an actor"),
    ("actor_labels", "wording", "ACTOR_LABEL_COLUMNS", "how an outlet names an actor group"),
    ("event_mentions", "wording", "EVENT_MENTION_COLUMNS", "a word labelling the violence"),
    ("event_labels", "wording", "EVENT_LABEL_COLUMNS", "an outlet x label for the violence, share with CI"),
    ("loaded_language", "wording", "LOADED_RATE_COLUMNS", "an outlet: loaded words per 1,000 words, CI"),
    ("text_reuse", "wording", "REUSE_COLUMNS", "an ordered pair of articles: shared n-gram coverage, TF-IDF cosine"),
    ("group_stories", "stories", "STORY_COLUMNS", "an article and the story (same happening, across outlets) it is in"),
    ("attributions", "sources", "ATTRIBUTION_COLUMNS", "a reporting act (who said what, with which verb)"),
    ("hedges", "hedging", "HEDGE_COLUMNS", "a hedge cue and what it qualifies"),
    ("hedge_asymmetry", "agency", "HEDGE_ASYMMETRY_COLUMNS", "an outlet x agent group: share of harm events hedged"),
    ("casualties", "casualties", "CASUALTY_COLUMNS", "a toll: people killed, injured, missing, displaced or detained"),
    ("toll_table", "casualties", "TOLL_TABLE_COLUMNS", "outlet x measure x victims x value, with wording and source"),
    ("align_claims", "claims", "CLAIM_COLUMNS", "one outlet's version of a fact reported by several"),
    ("prominence", "claims", "PROMINENCE_COLUMNS", "first mention of an element in an article"),
    ("sentence_sentiment", "tone", "SENTIMENT_COLUMNS", "a sentence's VADER scores"),
    ("outlet_tone", "tone", "OUTLET_TONE_COLUMNS", "an outlet x measure: mean sentence tone, CI"),
    ("actor_clauses", "tone", "ACTOR_CLAUSE_COLUMNS", "an actor mention and the clause its tone is read from"),
    ("actor_tone", "tone", "ACTOR_TONE_COLUMNS", "an outlet x actor group x role: mean clause tone, CI"),
    ("compare_groups", "compare", "COMPARE_COLUMNS", "a pair of groups: difference with CI, p-value, Holm-adjusted"),
]


def defining_file(function) -> str:
    """The repository path of the file that defines ``function`` (not the one re-exporting it)."""
    import inspect

    return Path(inspect.getsourcefile(function)).resolve().relative_to(ROOT).as_posix()


def tables_block() -> pd.DataFrame:
    import importlib

    import framing

    rows = []
    for name, module, constant, row in TABLES:
        columns = getattr(importlib.import_module(f"framing.{module}"), constant)
        where = defining_file(getattr(framing, name))
        rows.append((f"`framing.{name}`", f"`{where}`", row, ", ".join(columns)))
    return pd.DataFrame(rows, columns=["table (function)", "computed in", "one row is", "columns (in order)"])


def _benchmark_runs(path: Path) -> pd.DataFrame:
    """Raw benchmark rows; a results file from before ``--repeats`` is one repeat."""
    raw = pd.read_csv(path)
    if "repeat" not in raw.columns:
        raw.insert(1, "repeat", 0)
    return raw


def _range(values: pd.Series, fmt: str) -> str:
    """Median, and the range when there are several runs: '1.02 (0.98-1.07)'."""
    text = fmt.format(values.median())
    if len(values) > 1:
        text += f" ({fmt.format(values.min())}-{fmt.format(values.max())})"
    return text


def benchmark_table(path: Path = BENCHMARKS / "results.csv") -> pd.DataFrame:
    """The README's scale table: medians over repeats (the ratio's range in brackets)."""
    raw = _benchmark_runs(path)
    rows = []
    for (articles, mode, workers), runs in raw.groupby(["articles", "mode", "workers"], sort=False):
        label = mode if workers == 1 else f"{mode}, workers={workers}"
        rows.append(
            (
                articles,
                label,
                len(runs),
                f"{runs['seconds'].median():.1f}",
                f"{runs['articles_per_s'].median():.2f}",
                f"{runs['sentences_per_s'].median():.0f}",
                f"{runs[['peak_rss_mb', 'peak_child_rss_mb']].max(axis=1).max():.0f}",
                _range(runs["time_vs_bare"], "{:.2f}"),
            )
        )
    columns = [
        "articles",
        "mode",
        "runs",
        "seconds (median)",
        "articles/s (median)",
        "sentences/s (median)",
        "peak MB (largest process, any run)",
        "time vs bare parse, median (range)",
    ]
    return pd.DataFrame(rows, columns=columns)


def benchmark_targets(path: Path = BENCHMARKS / "results.csv") -> pd.DataFrame:
    """The issue's targets against the largest benchmarked corpus (and memory over every
    size). Each ratio is taken within one repeat (modes run back to back), then the
    median over repeats is compared with the target; the range is shown beside it."""
    raw = _benchmark_runs(path)
    largest = raw[raw["articles"] == raw["articles"].max()]
    n = int(largest["articles"].iloc[0])

    def per_repeat(mode: str, workers: int = 1) -> pd.Series | None:
        found = largest[(largest["mode"] == mode) & (largest["workers"] == workers)]
        return found.set_index("repeat") if len(found) else None

    one, two, passivepy = per_repeat("framing"), per_repeat("framing", 2), per_repeat("passivepy")
    lines = []

    def add(target: str, ratios: pd.Series, met) -> None:
        ratios = ratios.dropna()
        lines.append((target, _range(ratios, "{:.2f}") + " x", "yes" if met(ratios.median()) else "no"))

    for label, runs in (("one process", one), ("workers=2", two)):
        if runs is not None:
            add(
                f"full analysis <= 1.15 x bare parse ({n} articles, {label})",
                runs["time_vs_bare"],
                lambda r: r <= 1.15,
            )
    if passivepy is not None:
        for label, runs in (("one process", one), ("workers=2", two)):
            if runs is not None:
                add(
                    f">= 2 x PassivePy's throughput ({label})",
                    runs["articles_per_s"] / passivepy["articles_per_s"],
                    lambda r: r >= 2,
                )
    if one is not None and two is not None:
        add(
            "workers=2 close to 2 x one process (>= 1.8 x)",
            two["articles_per_s"] / one["articles_per_s"],
            lambda r: r >= 1.8,
        )
    framing = raw[raw["mode"] == "framing"]
    peaks = framing[["peak_rss_mb", "peak_child_rss_mb"]].max(axis=1)
    single = framing[framing["workers"] == 1].groupby("articles")["peak_rss_mb"].max()
    lines.append(
        (
            "peak memory under 1.5 GB and flat from smallest to largest corpus",
            f"{peaks.max():.0f} MB at most; one process {single.iloc[0]:.0f} -> {single.iloc[-1]:.0f} MB",
            "yes" if peaks.max() < 1500 and single.iloc[-1] <= 1.5 * single.iloc[0] else "no",
        )
    )
    return pd.DataFrame(lines, columns=["target", "measured, median (range)", "met"])


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


def statistics_costs(path: Path = BENCHMARKS / "statistics_costs.csv") -> pd.DataFrame:
    """Seconds of each statistic on the synthetic corpus (benchmarks/statistics_costs.py)."""
    raw = pd.read_csv(path)
    return pd.DataFrame(
        {
            "step": raw["step"],
            "articles": raw["articles"].map("{:,}".format),
            "input rows": raw["input_rows"].map("{:,}".format),
            "output rows": raw["output_rows"],
            "seconds": raw["seconds"].map("{:.2f}".format),
        }
    )


def compare_power(path: Path = BENCHMARKS / "compare_power.csv") -> pd.DataFrame:
    """compare_groups' false alarms (difference 0) and power by simulation (benchmarks/statistics_costs.py)."""
    raw = pd.read_csv(path)
    return pd.DataFrame(
        {
            "true difference": raw["difference"].map("{:.2f}".format),
            "articles per group": raw["articles_per_group"],
            "simulated corpora": raw["runs"],
            "p < 0.05 (permutation)": raw["rejected_at_0_05"].map("{:.3f}".format),
            "interval excludes 0": raw["interval_excludes_0"].map("{:.3f}".format),
            "interval covers the truth": raw["interval_covers_truth"].map("{:.3f}".format),
        }
    )


def stories_threshold(path: Path = BENCHMARKS / "stories_threshold.csv") -> pd.DataFrame:
    """group_stories' same-story pair scores by threshold (benchmarks/stories.py sweep)."""
    raw = pd.read_csv(path)
    return raw.assign(threshold=raw["threshold"].map("{:.2f}".format))[
        ["corpus", "threshold", "true_stories", "stories_found", "precision", "recall", "f1", "adjusted_rand"]
    ]


def stories_scale(path: Path = BENCHMARKS / "stories_scale.csv") -> pd.DataFrame:
    """Seconds and peak memory of group_stories and of by_story tables (benchmarks/stories.py scale)."""
    raw = pd.read_csv(path)

    def seconds(column):
        return raw[column].map(lambda v: "" if pd.isna(v) else f"{v:.1f}") if column in raw else ""

    return pd.DataFrame(
        {
            "run": raw["kind"].map({"group": "group_stories", "claims": "group, parse, by_story tables"}),
            "articles": raw["articles"].map("{:,}".format),
            "stories found": raw["stories_found"],
            "largest story": raw["largest_story"],
            "grouping s": seconds("group_seconds"),
            "parse s": seconds("parse_seconds"),
            "align_claims by story s": seconds("claims_seconds"),
            "text_reuse by story s": seconds("reuse_seconds"),
            "peak MB": raw["peak_rss_mb"].map("{:,.0f}".format),
            "pair F1 (synthetic)": raw["synthetic_f1"].map("{:.3f}".format),
        }
    )


#: When a kill came, from what framing.read_run found in OUT after it (as benchmarks/kill_rerun.py says it).
LANDED = {"previous run": "before publish", "refused (no manifest)": "during publish", "new run": "after publish"}


def kill_rerun(path: Path = BENCHMARKS / "kill_rerun.csv") -> pd.DataFrame:
    """Each SIGKILL of a long run and its rerun (benchmarks/kill_rerun.py)."""
    raw = pd.read_csv(path)
    return pd.DataFrame(
        {
            "kill": raw["kill"],
            "parse cache": raw["cache_at_start"],
            "killed after s": raw["killed_after_s"].map("{:.1f}".format),
            "phase at the kill": raw["phase_at_kill"].replace({"exited": "run had ended"}),
            "OUT after the kill": raw["out_after_kill"],
            "landed": raw["out_after_kill"].map(LANDED),
            "run folders left": raw["run_folders_left"],
            "rerun s": raw["rerun_s"].map("{:.1f}".format),
            "rerun peak MB": raw["rerun_peak_mb"].map("{:,.0f}".format),
            "tables identical": raw["tables_identical"].astype(str) + " of " + raw["tables"].astype(str),
            "rerun = uninterrupted run": raw["identical"].map({True: "yes", False: "no"}),
        }
    )


def kill_rerun_reference(path: Path = BENCHMARKS / "kill_rerun_reference.csv") -> pd.DataFrame:
    """The uninterrupted run the killed runs are compared with, and when each of its phases began."""
    raw = pd.read_csv(path)
    phases = [column for column in raw.columns if column.endswith("_from_s")]
    table = pd.DataFrame(
        {
            "articles": raw["articles"].map("{:,}".format),
            "paragraphs each": raw["paragraphs"],
            "workers": raw["workers"],
            "run s": raw["seconds"].map("{:.1f}".format),
            "peak MB": raw["peak_mb"].map("{:,.0f}".format),
        }
    )
    for column in phases:
        table[column.removesuffix("_from_s") + " from s"] = raw[column].map("{:.1f}".format)
    return table


def blocks_from_files() -> dict[str, str]:
    blocks = {"figures": markdown_table(figure_map()), "tables": markdown_table(tables_block())}
    if (BENCHMARKS / "results.csv").is_file():
        blocks["benchmarks"] = markdown_table(benchmark_table())
        blocks["benchmark-targets"] = markdown_table(benchmark_targets())
    if (BENCHMARKS / "table_costs.csv").is_file():
        blocks["table-costs"] = markdown_table(table_costs())
    if (BENCHMARKS / "statistics_costs.csv").is_file():
        blocks["statistics-costs"] = markdown_table(statistics_costs())
    if (BENCHMARKS / "compare_power.csv").is_file():
        blocks["compare-power"] = markdown_table(compare_power())
    if (BENCHMARKS / "stories_threshold.csv").is_file():
        blocks["stories-threshold"] = markdown_table(stories_threshold())
    if (BENCHMARKS / "stories_scale.csv").is_file():
        blocks["stories-scale"] = markdown_table(stories_scale())
    if (BENCHMARKS / "kill_rerun.csv").is_file():
        blocks["kill-rerun"] = markdown_table(kill_rerun())
    if (BENCHMARKS / "kill_rerun_reference.csv").is_file():
        blocks["kill-rerun-reference"] = markdown_table(kill_rerun_reference())
    sources = {
        "validation": PROCESSED / "validation_summary.csv",
        "passivepy": PROCESSED / "validation_passivepy.csv",
        "agreement": PROCESSED / "validation_agreement_summary.csv",
        "fingerprint": PROCESSED / "fingerprint_table.csv",
    }
    # each fresh set's scores as first computed, blind (tools/keep_first_scores.py; kept, not recomputed)
    for path in sorted((ROOT / "data" / "validation").glob("*_first_scores.csv")):
        sources[path.name.removesuffix("_first_scores.csv") + "-first"] = path
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
