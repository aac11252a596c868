"""Kill ``framing analyze`` with SIGKILL at many moments of a long run, rerun it, compare with an uninterrupted run.

    .venv/bin/python benchmarks/kill_rerun.py WORKDIR [--articles 2000] [--paragraphs 2]
        [--previous 100] [--random-kills 8] [--seed 19] [--phases aggregating writing]
        [--faults rename:3 rename:last] [--workers 1] [--csv benchmarks/kill_rerun.csv]

Builds a corpus of ``--articles`` short articles in ``WORKDIR/corpus`` from the
seed articles of ``data/raw`` (article ``i`` is ``--paragraphs`` paragraphs of
seed ``i % 5``, starting ``i // 5`` paragraphs in, and a last line naming it,
so every text differs and the parse cache never answers for another one).
Then:

1. a reference run, uninterrupted, into ``WORKDIR/reference`` with an empty
   parse cache; the script notes when it reaches each phase (see
   :func:`phase_of`) and its peak memory;
2. a previous run on the first ``--previous`` articles, copied into ``--out``
   before every killed run, so a kill that lands before the switch must leave
   that run readable;
3. ``--random-kills`` runs, each from an empty parse cache like the reference,
   killed with SIGKILL at a time drawn (seeded) from an equal share of the
   reference run's duration (the k-th kill from the k-th of k slices, so the
   kills cover the run from its start to its end); each ``--phases`` run is
   killed as soon as its run folder shows that phase, and each ``--faults`` run
   (``tests/faultkit.py``: ``rename:N`` kills itself before the N-th file is
   renamed into ``--out``, ``rename:last`` before the manifest) dies inside the
   switch itself. Phase runs start from an empty parse cache (the phases are
   told apart by it); fault runs start from the cache the reference filled.
   A shared machine's load makes a time alone miss the short late windows;
4. after each kill: what a reader finds in ``--out`` (:func:`framing.read_run`:
   the previous run, a refusal, or the new run when the kill came after the
   switch), the run folders left, then a rerun on the same ``--out`` and parse
   cache, timed, and every table (``*.csv``) and the manifest's corpus hash
   compared with the reference byte for byte.

Writes one row per kill to ``--csv`` (default ``WORKDIR/kill_rerun.csv``) and
prints it, and the reference run (seconds, peak memory, when each phase began)
to ``<csv stem>_reference.csv`` beside it; ``tools/render_readme.py`` renders
both (``benchmarks/kill_rerun*.csv``) into benchmarks/README.md. Peak memory is
the framing process's own (``wait4``), so with ``--workers 2`` it leaves out the
worker processes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
RAW = HERE.parent / "data" / "raw"
TESTS = HERE.parent / "tests"
#: Phases a kill can wait for, in the order a run reaches them (see :func:`phase_of`).
PHASES = ("starting", "streaming", "aggregating", "writing", "publishing")
#: When the kill came, from what a reader finds in --out after it (:func:`state`).
LANDED = {"previous run": "before publish", "refused (no manifest)": "during publish", "new run": "after publish"}
#: How often the reference run's phase is sampled (seconds).
SAMPLE_S = 0.25


def build_corpus(folder: Path, n_articles: int, paragraphs: int | None = None) -> Path:
    """``n_articles`` perturbed copies of the seed articles (all of each, or ``paragraphs``
    paragraphs of it), as .txt files with metadata.csv."""
    import framing

    seeds = framing.load_corpus(RAW)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rows = []
    for i in range(n_articles):
        seed = seeds.iloc[i % len(seeds)]
        lines = [p for p in seed["text"].split("\n") if p.strip()]
        shift = (i // len(seeds)) % len(lines)
        lines = lines[shift:] + lines[:shift]
        if paragraphs is not None:
            lines = lines[:paragraphs]
        text = "\n".join(lines) + f"\nCopy {i} of the seed article.\n"
        name = f"a{i:04d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        rows.append({"file": name, "outlet": seed["outlet"], "date": seed["date"]})
    pd.DataFrame(rows).to_csv(folder / "metadata.csv", index=False)
    return folder


def command(corpus: Path, out: Path, cache: Path, workers: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "faultkit",
        "analyze",
        str(corpus),
        "--out",
        str(out),
        "--cache-dir",
        str(cache),
        "--workers",
        str(workers),
        "-q",
    ]


def start(corpus: Path, out: Path, cache: Path, workers: int, fault: dict | None = None) -> subprocess.Popen:
    """``framing analyze`` in a subprocess, through tests/faultkit.py (no fault unless ``fault`` names one)."""
    src = HERE.parent / "src"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), str(src)]), **(fault or {})}
    for key in ("FAULT_AT", "FAULT_CALL", "FAULT_DO"):
        if fault is None or key not in fault:
            env.pop(key, None)
    return subprocess.Popen(command(corpus, out, cache, workers), env=env, stdout=subprocess.DEVNULL)


def exited(process: subprocess.Popen) -> bool:
    """Whether ``process`` has ended, without reaping it (so :func:`wait` still gets its memory)."""
    if process.returncode is not None:
        return True
    try:
        return os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
    except ChildProcessError:  # reaped already
        return True


def wait(process: subprocess.Popen) -> tuple[int, float]:
    """Exit code and peak resident memory (MB) of ``process`` (itself, from wait4; NaN if reaped already)."""
    if process.returncode is not None:
        return process.returncode, float("nan")
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, usage.ru_maxrss / 1024


def run_whole(corpus: Path, out: Path, cache: Path, workers: int, *, timeline: list | None = None):
    """An uninterrupted run: (seconds, peak MB); ``timeline`` gets (seconds, phase) samples."""
    begin = time.perf_counter()
    process = start(corpus, out, cache, workers)
    n_articles = len(pd.read_csv(corpus / "metadata.csv"))
    while timeline is not None and not exited(process):
        timeline.append((time.perf_counter() - begin, phase_of(process, out, cache, n_articles)))
        time.sleep(SAMPLE_S)
    code, peak = wait(process)
    if code != 0:
        raise SystemExit(f"kill_rerun: uninterrupted run into {out} exited {code}")
    return time.perf_counter() - begin, peak


def n_cached(cache: Path) -> int:
    return sum(1 for _ in cache.rglob("*.spacy"))


def phase_of(process: subprocess.Popen, out: Path, cache: Path, n_articles: int) -> str:
    """Where the run writing into ``out`` is, read from its run folder and the parse cache.

    ``starting`` (reading the corpus, loading the model: no article parsed yet),
    ``streaming k/n`` (parse and per-article tables, batch by batch: k articles
    in the parse cache; a run from a full cache shows ``streaming``),
    ``aggregating`` (every article parsed, tables made at the end not yet
    written), ``writing`` (the first aggregate file is in the run folder),
    ``publishing`` (report.md is: removed_lines, figures, evidence.html, then
    the switch), ``exited``.
    """
    if exited(process):
        return "exited"
    folders = list(out.glob(f".framing-run-{process.pid}-*"))
    folder = folders[0] if folders else None
    if folder is not None and (folder / "report.md").exists():
        return "publishing"
    if folder is not None and (folder / "responsibility.csv").exists():
        return "writing"
    done = n_cached(cache)
    if folder is None or (done == 0 and not (folder / "articles.csv").exists()):
        return "starting"
    if done < n_articles:
        return f"streaming {done}/{n_articles}"
    return "aggregating" if (folder / "articles.csv").exists() else "streaming"


def csv_bytes(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.glob("*.csv"))}


def corpus_hash(folder: Path) -> str:
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["corpus_sha256"]


def state(out: Path, previous_id: str) -> str:
    """What a reader finds in ``out``: the previous run, the new run, or a refusal."""
    import framing

    try:
        found = framing.read_run(out)
    except framing.pipeline.RunError:
        return "refused (no manifest)"
    return "previous run" if found.run_id == previous_id else "new run"


def kill_after(process, seconds: float, out: Path, cache: Path, n_articles: int) -> tuple[float, str]:
    """SIGKILL ``process`` ``seconds`` after now; (seconds it ran, phase it was in)."""
    begin = time.perf_counter()
    time.sleep(seconds)
    phase = phase_of(process, out, cache, n_articles)
    os.kill(process.pid, signal.SIGKILL)  # not send_signal: its poll() would reap an ended run
    return time.perf_counter() - begin, phase


def kill_at_phase(process, wanted: str, out: Path, cache: Path, n_articles: int) -> tuple[float, str]:
    """SIGKILL ``process`` as soon as it reaches phase ``wanted`` (or later)."""
    begin = time.perf_counter()
    while True:
        phase = phase_of(process, out, cache, n_articles)
        if phase == "exited" or PHASES.index(phase.split()[0]) >= PHASES.index(wanted):
            break
        time.sleep(0.005)
    os.kill(process.pid, signal.SIGKILL)  # not send_signal: its poll() would reap an ended run
    return time.perf_counter() - begin, phase


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--paragraphs", type=int, default=2, help="paragraphs per article (0: the whole seed)")
    parser.add_argument("--previous", type=int, default=100, help="articles of the run already in --out")
    parser.add_argument("--random-kills", type=int, default=8)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--phases", nargs="*", default=["aggregating", "writing"], choices=PHASES[1:])
    parser.add_argument("--faults", nargs="*", default=["rename:3", "rename:last"])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--csv", type=Path, default=None)
    args = parser.parse_args()
    import framing

    work = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    n = args.articles
    corpus = build_corpus(work / "corpus", n, args.paragraphs or None)
    before = build_corpus(work / "before", args.previous, args.paragraphs or None)
    for name in ("reference", "previous", "cache-reference", "cache-previous"):
        shutil.rmtree(work / name, ignore_errors=True)
    timeline: list[tuple[float, str]] = []
    seconds, peak = run_whole(corpus, work / "reference", work / "cache-reference", args.workers, timeline=timeline)
    firsts = {}
    for at, phase in timeline:
        firsts.setdefault(phase.split()[0], at)
    print(f"{n} articles: reference run {seconds:.1f} s, peak {peak:.0f} MB; phases from {firsts}", file=sys.stderr)
    target = args.csv or work / "kill_rerun.csv"
    whole = {"articles": n, "paragraphs": args.paragraphs, "workers": args.workers, "seconds": round(seconds, 1)}
    whole["peak_mb"] = round(peak)
    whole |= {f"{phase}_from_s": round(firsts.get(phase, float("nan")), 1) for phase in PHASES}
    pd.DataFrame([whole]).to_csv(target.with_name(f"{target.stem}_reference.csv"), index=False)
    run_whole(before, work / "previous", work / "cache-previous", args.workers)
    previous_id = framing.read_run(work / "previous").run_id
    reference = csv_bytes(work / "reference")
    reference_hash = corpus_hash(work / "reference")
    rng = random.Random(args.seed)
    moments = [("random", seconds * (k + rng.random()) / args.random_kills) for k in range(args.random_kills)]
    moments += [("phase", phase) for phase in args.phases] + [("fault", fault) for fault in args.faults]
    rows = []
    for kind, moment in moments:
        out, cache = work / "out", work / "cache"
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
        shutil.copytree(work / "previous", out)
        if kind == "fault":
            shutil.copytree(work / "cache-reference", cache)
        fault = None
        if kind == "fault":
            point, call = moment.split(":")
            fault = {"FAULT_AT": point, "FAULT_CALL": call, "FAULT_DO": "kill"}
        process = start(corpus, out, cache, args.workers, fault)
        if kind == "random":
            ran, phase = kill_after(process, moment, out, cache, n)
        elif kind == "phase":
            ran, phase = kill_at_phase(process, moment, out, cache, n)
        else:
            ran, phase = 0.0, f"switching ({moment})"
        begin = time.perf_counter()
        code, _ = wait(process)
        if kind == "fault":
            ran = time.perf_counter() - begin
        found = state(out, previous_id)
        left = len(list(out.glob(".framing-run-*")))
        cached = n_cached(cache)
        rerun_s, rerun_peak = run_whole(corpus, out, cache, args.workers)
        tables = csv_bytes(out)
        rows.append(
            {
                "articles": n,
                "kill": {"random": "at a random time", "phase": "at a phase", "fault": "inside the switch"}[kind],
                "cache_at_start": "full" if kind == "fault" else "empty",
                "killed_after_s": round(ran, 1),
                "phase_at_kill": phase,
                "exit_code": code,
                "out_after_kill": found,
                "kill_landed": LANDED[found],
                "run_folders_left": left,
                "articles_in_cache": cached,
                "rerun_s": round(rerun_s, 1),
                "rerun_peak_mb": round(rerun_peak),
                "run_folders_after_rerun": len(list(out.glob(".framing-run-*"))),
                "tables": len(reference),
                "tables_identical": sum(tables.get(name) == data for name, data in reference.items()),
                "identical": tables == reference and corpus_hash(out) == reference_hash,
                "reference_s": round(seconds, 1),
                "reference_peak_mb": round(peak),
            }
        )
        print(rows[-1], file=sys.stderr)
        pd.DataFrame(rows).to_csv(target, index=False)  # row by row: a crash keeps the kills done
    print(pd.DataFrame(rows).to_string(index=False))


if __name__ == "__main__":
    main()
