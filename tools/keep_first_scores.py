"""Keep a fresh set's first, blind scores before anyone reads its misses.

    make reproduce && python tools/keep_first_scores.py heldout8

Reads the README's validation table as the last ``make reproduce`` computed it
(``data/processed/validation_summary.csv``), takes the rows of the fresh set,
and writes them to ``data/validation/<set>_first_scores.csv`` with the commit
the rules were at (``rules_at``). The file is never overwritten: a set is
scored blind once, and these are the numbers to quote for it after it has
become development data. ``tools/render_readme.py`` puts each such file in
the README block ``<set>-first``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SUMMARY = ROOT / "data" / "processed" / "validation_summary.csv"
COLUMNS = ["rules_at", "measure", "metric", "value", "n", "target", "met", "ci95"]


def first_scores(name: str, summary: pd.DataFrame, commit: str) -> pd.DataFrame:
    """The rows of fresh set ``name`` in the validation table, as kept in ``<name>_first_scores.csv``."""
    rows = summary[summary["measure"].str.endswith(f"({name})")]
    if rows.empty:
        raise ValueError(f"{SUMMARY}: no row for the fresh set {name!r} (is it in FRESH_SETS?)")
    kept = pd.DataFrame(
        {
            "rules_at": commit,
            "measure": rows["measure"],
            "metric": rows["metric"],
            "value": rows["held_out"],
            "n": rows["n_held_out"],
            "target": rows["target"],
            "met": rows["met"],
            "ci95": rows["held_out_ci95"],
        }
    )
    return kept[COLUMNS]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("name", help="the fresh set, e.g. heldout8")
    args = parser.parse_args(argv)
    out = ROOT / "data" / "validation" / f"{args.name}_first_scores.csv"
    if out.exists():
        print(f"{out}: exists; first scores are kept as they were", file=sys.stderr)
        return 1
    if subprocess.run(["git", "status", "--porcelain", "src"], capture_output=True, text=True, cwd=ROOT).stdout:
        print("src/ has uncommitted changes: commit the rules before keeping their scores", file=sys.stderr)
        return 1
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT,
                            check=True).stdout.strip()
    summary = pd.read_csv(SUMMARY, dtype=str, keep_default_na=False)
    first_scores(args.name, summary, commit).to_csv(out, index=False)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
