"""Seconds per table for one batch of articles: where the analysis time goes.

    .venv/bin/python benchmarks/table_costs.py [--articles 64]

Parses one batch (empty cache, then a cache read), then runs every table of
``framing.pipeline.TABLES`` on it exactly as the pipeline does (per-article
tables on the batch, aggregates on their finished inputs). Writes
``benchmarks/table_costs.csv``. Not a test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from measure import MODEL, replicated_texts  # noqa: E402


def main() -> None:
    import framing
    from framing import pipeline
    from framing.io import write_table
    from framing.pipeline.batches import parse_batch
    from framing.pipeline.registry import accepted_options
    from framing.pipeline.run import run_options

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=64)
    args = parser.parse_args()
    texts, outlets = replicated_texts(-(-args.articles // 5))
    frame = pd.DataFrame({"text": texts[: args.articles], "outlet": outlets[: args.articles]})
    corpus = framing.load_corpus(frame, clean=False)
    framing.load_model(MODEL)
    specs = pipeline.available_tables()
    options = run_options(specs)
    rows = []
    with tempfile.TemporaryDirectory() as cache:
        job = pipeline.BatchJob(model=MODEL, cache_dir=cache)
        for step in ("parse + cache write", "cache read"):
            start = time.perf_counter()
            parsed, _ = parse_batch(corpus, job)
            rows.append(("parse", step, time.perf_counter() - start))
        done: dict[str, pd.DataFrame] = {}
        for spec in specs:
            function = spec.function
            inputs = {key: done[name] for key, name in spec.inputs if name in done}
            fixed = {**accepted_options(function, options), **dict(spec.options)}
            source = corpus if spec.kind == "aggregate" else parsed
            start = time.perf_counter()
            done[spec.name] = function(source, **inputs, **fixed)
            rows.append((spec.kind, spec.name, time.perf_counter() - start))
    table = pd.DataFrame(rows, columns=["kind", "table", "seconds"])
    table["per_article_ms"] = 1000 * table["seconds"] / len(corpus)
    parse_seconds = table.loc[0, "seconds"]
    table["share_of_parse"] = table["seconds"] / parse_seconds
    write_table(table, HERE / "table_costs.csv", float_format="%.3f")
    print(table.to_string(index=False))


if __name__ == "__main__":
    main()
