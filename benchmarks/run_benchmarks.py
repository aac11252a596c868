"""Throughput, memory and scaling of framing against a bare parse and PassivePy.

    .venv/bin/python benchmarks/run_benchmarks.py [--scales 1 10 100] [--repeats 3] \
        [--passivepy /tmp/ppvenv/bin/python]

For each scale (copies of the five seed articles, each copy perturbed so the
parse cache never hits) it runs, one after another in fresh processes:
bare ``nlp.pipe``, the full framing analysis, PassivePy (when its interpreter
is given and works), and the framing analysis with ``workers=2``. All modes of
one scale run back to back, so the ratios of one repeat share the machine's
load at that moment; the whole round is repeated ``--repeats`` times (the
order of the modes rotated each time), because on a shared machine one run
of the same command varies by about 10%. The README reports medians and the
range over repeats. Writes ``benchmarks/results.csv`` (one row per run) and
``benchmarks/scaling.png`` (+ ``.pdf``, medians).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MEASURE = HERE / "measure.py"
RESULT_COLUMNS = [
    "scale",
    "repeat",
    "articles",
    "mode",
    "workers",
    "seconds",
    "articles_per_s",
    "sentences_per_s",
    "peak_rss_mb",
    "peak_child_rss_mb",
    "time_vs_bare",
]


def measure(python: str, mode: str, scale: int, workers: int = 1) -> dict | None:
    command = [python, str(MEASURE), mode, str(scale), "--workers", str(workers)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode != 0:
        print(f"{mode} x{scale}: failed\n{done.stderr[-2000:]}", file=sys.stderr)
        return None
    record = json.loads(done.stdout.strip().splitlines()[-1])
    print(
        f"{mode:>10} w={workers} x{scale:<4} {record['seconds']:8.2f} s  "
        f"peak {record['peak_rss_mb']:.0f} MB (child {record['peak_child_rss_mb']:.0f} MB)",
        file=sys.stderr,
    )
    return record


def plot(results: pd.DataFrame, path: Path) -> None:
    import matplotlib.pyplot as plt

    from framing.plots import save_figure, use_style

    use_style()
    labels = {
        ("bare", 1): "bare nlp.pipe",
        ("framing", 1): "framing analyze",
        ("framing", 2): "framing analyze, 2 workers",
        ("passivepy", 1): "PassivePy",
    }
    colours = {
        ("bare", 1): "#000000",
        ("framing", 1): "#0072B2",
        ("framing", 2): "#56B4E9",
        ("passivepy", 1): "#D55E00",
    }
    fig, (speed, memory) = plt.subplots(1, 2, figsize=(8, 3.4), layout="constrained")
    results = results.groupby(["mode", "workers", "articles"], sort=False, as_index=False).median(numeric_only=True)
    for (mode, workers), part in results.groupby(["mode", "workers"], sort=False):
        key = (mode, int(workers))
        style = dict(marker="o", color=colours.get(key), label=labels.get(key, f"{mode} {workers}"))
        speed.plot(part["articles"], part["articles_per_s"], **style)
        memory.plot(part["articles"], part["peak_rss_mb"] + part["peak_child_rss_mb"], **style)
    memory.axhline(1500, color="grey", linestyle=":", linewidth=1, label="1.5 GB target")
    for axis in (speed, memory):
        axis.set_xscale("log")
        axis.set_xlabel("articles (copies of the 5 seed articles)")
    speed.set_ylabel("articles per second")
    speed.set_ylim(0, 1.15 * results["articles_per_s"].max())
    memory.set_ylabel("peak RSS (MB)")
    memory.set_ylim(0, 1700)
    speed.set_title("Throughput (1 core unless stated)")
    memory.set_title("Peak memory (process + largest child)")
    handles, names = memory.get_legend_handles_labels()
    fig.legend(handles, names, loc="outside lower center", ncol=5, frameon=False, fontsize=8)
    save_figure(fig, path)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--repeats", type=int, default=3, help="rounds of every mode per scale")
    parser.add_argument("--python", default=sys.executable, help="interpreter with framing")
    parser.add_argument("--passivepy", help="interpreter of a venv with PassivePy installed")
    parser.add_argument(
        "--plot-only", action="store_true", help="redraw scaling.png from results.csv"
    )
    args = parser.parse_args()
    if args.plot_only:
        plot(pd.read_csv(HERE / "results.csv"), HERE / "scaling")
        return

    records = []
    for scale in args.scales:
        runs = [("bare", 1, args.python), ("framing", 1, args.python)]
        if args.passivepy:
            runs.append(("passivepy", 1, args.passivepy))
        if scale > 1:
            runs.append(("framing", 2, args.python))
        for repeat in range(args.repeats):
            shift = repeat % len(runs)
            for mode, workers, python in runs[shift:] + runs[:shift]:
                record = measure(python, mode, scale, workers)
                if record is not None:
                    records.append({**record, "repeat": repeat})

    table = pd.DataFrame(records)
    rank = {("bare", 1): 0, ("framing", 1): 1, ("passivepy", 1): 2, ("framing", 2): 3}
    table["_rank"] = [rank.get((m, w), 9) for m, w in zip(table["mode"], table["workers"], strict=True)]
    table = table.sort_values(["scale", "repeat", "_rank"], kind="stable").drop(columns="_rank")
    # sentences: counted by the bare parse, so every mode divides the same number;
    # time vs bare: against the bare parse of the same scale and repeat
    bare = table[table["mode"] == "bare"].set_index(["scale", "repeat"])
    key = pd.MultiIndex.from_frame(table[["scale", "repeat"]])
    table["sentences"] = bare["sentences"].reindex(key).to_numpy()
    table["articles_per_s"] = table["articles"] / table["seconds"]
    table["sentences_per_s"] = table["sentences"] / table["seconds"]
    table["time_vs_bare"] = table["seconds"] / bare["seconds"].reindex(key).to_numpy()
    table = table[RESULT_COLUMNS]
    from framing.io import write_table

    write_table(table, HERE / "results.csv", float_format="%.3f")
    plot(table, HERE / "scaling")
    print(table.to_string(index=False))


if __name__ == "__main__":
    main()
