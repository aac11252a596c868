"""``report.md``: a short Markdown report of a run, written with its tables.

It is rendered from the same :class:`~framing.pipeline.run.Analysis` the
manifest is made from (tables, rows, tables not made, skipped articles), in
the run folder before the run is switched in, so report.md and manifest.json
always describe the same run.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["PER_SENTENCE_TABLES", "render_report"]


#: Skipped articles listed by name in report.md (all are in skipped.csv).
MAX_SKIPPED_LISTED = 20


def render_report(result, *, input_name: str = "") -> str:
    """A short Markdown report of a run: corpus, tables written, tables not made,
    skipped articles, key per-outlet figures.

    Parameters
    ----------
    result : framing.pipeline.Analysis
    input_name : str, optional
        What the corpus was read from, as the user named it.

    Returns
    -------
    str
        The report; every table, row count and reason in it is the one
        ``manifest.json`` of the same run holds.
    """
    from .registry import TABLES

    writable = {spec.name for spec in TABLES if spec.write}
    skipped_articles = getattr(result, "skipped_articles", None)
    n_skipped = 0 if skipped_articles is None else len(skipped_articles)
    articles = result["articles"] if "articles" in result else None
    lines = ["# framing analysis", ""]
    lines.append(
        f"Input `{input_name}`: {result.n_articles} articles"
        + (f" from {articles['outlet'].nunique()} outlets" if articles is not None else "")
        + f"; pipeline `{result.model}`; {result.n_parsed} articles parsed, "
        f"{result.n_articles - result.n_parsed} read from the parse cache; "
        f"run with {result.runner} in {result.seconds:.1f} s."
    )
    if getattr(result, "run_id", None):
        lines += ["", f"Run `{result.run_id}`: `manifest.json` lists every file of this run with its sha256."]
    lines += ["", "## Tables", "", "| table | rows | columns |", "| --- | ---: | --- |"]
    for name in result.tables:
        if name in writable:
            # sizes as counted by the run; a table is read only for its header
            n_rows = result.n_rows[name] if name in result.n_rows else len(result[name])
            columns = _columns(result, name)
            lines.append(f"| `{name}{_suffix(result)}` | {n_rows} | {', '.join(map(str, columns))} |")
    if result.out is not None:
        lines.append(f"| `skipped.csv` | {n_skipped} | article_id, file, stage, reason |")
    if result.skipped:
        lines += ["", "Not made:", ""]
        lines += [f"* `{name}`: {reason}" for name, reason in result.skipped.items()]
    not_asked = [n for n in writable if n not in result.tables and n not in result.skipped]
    if not_asked and result.out is not None:
        ordered = [spec.name for spec in TABLES if spec.name in not_asked]
        lines += ["", "Not asked for: " + ", ".join(f"`{name}`" for name in ordered) + "."]
    if n_skipped:
        lines += ["", f"Articles skipped ({n_skipped}, listed in `skipped.csv`; left out of every table):", ""]
        for row in skipped_articles.head(MAX_SKIPPED_LISTED).itertuples(index=False):
            lines.append(f"* `{row.article_id}` ({row.stage}): {row.reason}")
        if n_skipped > MAX_SKIPPED_LISTED:
            lines.append(f"* and {n_skipped - MAX_SKIPPED_LISTED} more")
    if articles is not None:
        lines += ["", "## Per outlet", ""]
        lines += _per_outlet(result, articles)
    key = _key_figures(result)
    if key:
        lines += ["", "## Key figures (95% bootstrap intervals)", "", *key]
    lines += [
        "",
        "Counts per 100 sentences are raw: small samples per outlet give wide "
        "intervals; see the per-measure tables for bootstrap confidence intervals.",
        "",
    ]
    return "\n".join(lines)


def _columns(result, name: str) -> list:
    path = None if result.out is None else result.out / f"{name}{_suffix(result)}"
    if path is not None and path.exists():
        if path.suffix == ".parquet":
            import pyarrow.parquet as pq

            return list(pq.read_schema(path).names)
        return list(pd.read_csv(path, nrows=0).columns)
    return list(result[name].columns)


def _suffix(result) -> str:
    """The file ending of the run's tables (``.csv`` unless run with another format)."""
    from .formats import TABLE_FORMATS

    return TABLE_FORMATS[getattr(result, "format", "csv")]


#: Rows of the aggregate tables quoted in report.md: (table, value column, the
#: ``measure`` it is selected by, label). Decision: one agency and one tone figure.
_KEY_FIGURES = (
    ("responsibility", "share", "agentless", "harm events with no agent expressed"),
    ("outlet_tone", "estimate", "mean_compound", "mean VADER compound of sentences"),
)


def _key_figures(result) -> list[str]:
    lines = []
    for name, value, measure, label in _KEY_FIGURES:
        table = result.tables.get(name)
        needed = {"outlet", "measure", value, "ci_low", "ci_high"}
        if table is None or not needed <= set(table.columns):
            continue
        rows = table[table["measure"] == measure]
        if rows.empty:
            continue
        lines += [f"{label} (`{name}{_suffix(result)}`):", ""]
        lines += ["| outlet | value | 95% CI | resampled |", "| --- | ---: | --- | --- |"]
        for row in rows.itertuples(index=False):
            estimate = getattr(row, value)
            unit = getattr(row, "ci_unit", "sentence")  # tables from before ci_unit resampled sentences
            lines.append(f"| {row.outlet} | {estimate:.2f} | {row.ci_low:.2f} to {row.ci_high:.2f} | {unit}s |")
        lines.append("")
    return lines


#: Tables whose rows are events in sentences, reported per 100 sentences per outlet.
PER_SENTENCE_TABLES = (
    "passives",
    "harm_events",
    "attributions",
    "hedges",
    "casualties",
)


def _per_outlet(result, articles) -> list[str]:
    """Articles, sentences and, per 100 sentences, the rows of each per-sentence table."""
    summary = articles.groupby("outlet", sort=True).agg(
        articles=("article_id", "size"), sentences=("n_sentences", "sum")
    )
    per_100 = {}
    for name in PER_SENTENCE_TABLES:
        if name in result.outlet_rows:  # counted while the run streamed the table
            counts = pd.Series(result.outlet_rows[name], dtype="int64")
        else:
            table = result.tables.get(name)
            if table is None or "article_id" not in table.columns:
                continue
            outlets = articles.set_index("article_id")["outlet"]
            counts = table["article_id"].map(outlets).value_counts()
        per_100[f"{name} /100 sent."] = (
            100 * counts.reindex(summary.index, fill_value=0) / summary["sentences"].clip(lower=1)
        )
    summary = pd.concat([summary, pd.DataFrame(per_100).round(1)], axis=1)
    header = ["outlet", *summary.columns]
    lines = ["| " + " | ".join(header) + " |", "| --- |" + " ---: |" * (len(header) - 1)]
    for outlet, (n_articles, n_sentences, *rates) in zip(summary.index, summary.itertuples(index=False), strict=True):
        cells = [str(outlet), str(int(n_articles)), str(int(n_sentences))]
        cells += [f"{rate:.1f}" for rate in rates]
        lines.append("| " + " | ".join(cells) + " |")
    return lines
