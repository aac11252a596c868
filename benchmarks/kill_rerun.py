"""Kill ``framing analyze`` with SIGKILL at several moments, rerun it, compare with an uninterrupted run.

    .venv/bin/python benchmarks/kill_rerun.py WORKDIR [--articles 300] [--kills 0.1 0.5]
        [--phases streaming aggregates publishing]

Builds a corpus of ``--articles`` articles in ``WORKDIR/corpus`` from the seed
articles of ``data/raw`` (article ``i`` is seed ``i % 5`` with its paragraphs
rotated by ``i // 5`` places and a last line naming it, so every text differs
and the parse cache never answers for another one), runs the analysis once
uninterrupted into ``WORKDIR/reference`` (this also fills the parse cache), times
a second uninterrupted run into a fresh folder (all cache hits), then for each
fraction ``f`` of ``--kills`` starts a run into ``WORKDIR/out`` (which holds
the previous run, on the first half of the articles), sends it SIGKILL after
``f`` times that second run's duration (or, for each of ``--phases``, as
soon as the run folder shows that phase: ``streaming`` when half the
articles are in its ``articles.csv``, ``aggregates`` when the first aggregate
is written, ``publishing`` when ``report.md`` is, milliseconds before the
switch; a shared machine's load makes times alone miss the late phases),
records what ``--out`` holds
(:func:`framing.read_run`: the previous run, or refused) and the run folders
left, reruns without a kill, and checks every CSV file against the reference
byte for byte. Writes ``WORKDIR/kill_rerun.csv`` and prints it.
"""

from __future__ import annotations

import argparse
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
#: Moments of a run the kill can wait for (see :func:`reached`).
PHASES = ("streaming", "aggregates", "publishing")
RAW = HERE.parent / "data" / "raw"


def build_corpus(folder: Path, n_articles: int) -> Path:
    """``n_articles`` perturbed copies of the seed articles, as .txt files with metadata.csv."""
    import framing

    seeds = framing.load_corpus(RAW)
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for i in range(n_articles):
        seed = seeds.iloc[i % len(seeds)]
        paragraphs = [p for p in seed["text"].split("\n") if p.strip()]
        shift = (i // len(seeds)) % len(paragraphs)
        text = "\n".join(paragraphs[shift:] + paragraphs[:shift]) + f"\nCopy {i} of the seed article.\n"
        name = f"a{i:04d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        rows.append({"file": name, "outlet": seed["outlet"], "date": seed["date"]})
    pd.DataFrame(rows).to_csv(folder / "metadata.csv", index=False)
    return folder


def command(corpus: Path, out: Path, cache: Path) -> list[str]:
    return [sys.executable, "-m", "framing", "analyze", str(corpus), "--out", str(out), "--cache-dir", str(cache), "-q"]


def analyze(corpus: Path, out: Path, cache: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command(corpus, out, cache), check=True)
    return time.perf_counter() - start


def csv_bytes(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.glob("*.csv"))}


def reached(out: Path, phase: str, n_articles: int) -> bool:
    """Whether the run writing into ``out`` has reached ``phase`` (read from its run folder)."""
    for folder in out.glob(".framing-run-*"):
        if phase == "streaming":
            articles = folder / "articles.csv"
            if articles.exists() and articles.read_bytes().count(b"\n") > n_articles // 2:
                return True
        elif phase == "aggregates" and (folder / "responsibility.csv").exists():
            return True
        elif phase == "publishing" and (folder / "report.md").exists():
            return True
    return False


def kill_at(process: subprocess.Popen, moment, out: Path, n_articles: int, cached: float) -> str:
    """Send SIGKILL at ``moment`` (a fraction of ``cached`` seconds, or a phase name); say when it was sent."""
    start = time.perf_counter()
    if isinstance(moment, float):
        time.sleep(moment * cached)
    else:
        while process.poll() is None and not reached(out, moment, n_articles):
            time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    return f"{time.perf_counter() - start:.1f}"


def state(out: Path, previous_id: str) -> str:
    """What a reader finds in ``out``: the previous run, or a refusal."""
    import framing

    try:
        found = framing.read_run(out)
    except framing.pipeline.RunError:
        return "refused (no manifest)"
    return "previous run" if found.run_id == previous_id else f"another run ({found.run_id})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--kills", type=float, nargs="*", default=[0.1, 0.5])
    parser.add_argument(
        "--phases", nargs="*", default=["streaming", "aggregates", "publishing"], choices=PHASES
    )
    args = parser.parse_args()
    import framing

    work = args.workdir
    cache = work / "cache"
    corpus = build_corpus(work / "corpus", args.articles)
    half = build_corpus(work / "half", args.articles // 2)
    first = analyze(corpus, work / "reference", cache)
    shutil.rmtree(work / "timed", ignore_errors=True)
    cached = analyze(corpus, work / "timed", cache)
    reference = csv_bytes(work / "reference")
    assert csv_bytes(work / "timed") == reference, "two uninterrupted runs differ"
    print(f"{args.articles} articles: first run {first:.1f} s, cached run {cached:.1f} s", file=sys.stderr)
    shutil.rmtree(work / "previous", ignore_errors=True)
    analyze(half, work / "previous", cache)
    previous_id = framing.read_run(work / "previous").run_id
    rows = []
    for moment in [*args.kills, *args.phases]:
        out = work / "out"
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(work / "previous", out)
        process = subprocess.Popen(command(corpus, out, cache))
        seconds = kill_at(process, moment, out, args.articles, cached)
        code = process.wait()
        after_kill = state(out, previous_id)
        left = len(list(out.glob(".framing-run-*")))
        start = time.perf_counter()
        subprocess.run(command(corpus, out, cache), check=True)
        rerun = time.perf_counter() - start
        rows.append(
            {
                "articles": args.articles,
                "kill_at": f"{moment} x cached run" if isinstance(moment, float) else moment,
                "kill_after_s": seconds,
                "exit_code": code,
                "out_after_kill": after_kill,
                "run_folders_after_kill": left,
                "rerun_s": round(rerun, 1),
                "run_folders_after_rerun": len(list(out.glob(".framing-run-*"))),
                "rerun_identical": csv_bytes(out) == reference,
                "n_tables": len(reference),
            }
        )
        print(rows[-1], file=sys.stderr)
    table = pd.DataFrame(rows)
    table.to_csv(work / "kill_rerun.csv", index=False)
    print(table.to_string(index=False))


if __name__ == "__main__":
    main()
