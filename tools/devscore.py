"""Score the harm-event rules on development sentences, showing development halves only.

For rule writers: every ``data/validation/agency_*.csv`` labelled events file
whose ``split`` is ``dev`` (or a set listed in ``DEV_SETS``, all of whose rows are
development data) is scored; rows whose split is anything else (``test``, a
fresh held-out set's name) are never parsed, counted or printed, so the tool
cannot show a held-out sentence or a held-out number.

    python tools/devscore.py                    # one line per set: F1, named, every
    python tools/devscore.py --errors dev11     # and the wrong events of sets matching "dev11"
    python tools/devscore.py --csv before.csv   # keep every dev prediction, to diff two rule states
    python tools/devscore.py --file probe.csv --actors probe_actors.csv [--errors]
                                                # a private labelled file: its dev rows, as above
    python tools/devscore.py --file probe.csv --actors probe_actors.csv --test-numbers
                                                # its test rows: the numbers only, never a sentence

The lead scores the held-out halves with ``framing.validation`` (``make reproduce``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from framing.validation import SHARED_TAXONOMIES, _taxonomy  # noqa: E402
from framing.validation.events import load_event_labels, match_events, predict_events  # noqa: E402

FOLDER = ROOT / "data" / "validation"

#: Former fresh sets that were made development data after their blind scoring (every row is dev).
DEV_SETS = ("heldout4", "heldout5", "heldout6", "heldout7")


def _sets(pattern: str | None) -> list[tuple[str, Path]]:
    found = []
    for path in sorted(FOLDER.glob("agency_*.csv")):
        name = path.stem.removeprefix("agency_")
        if any(part in name for part in ("annotator", "sentences", "actors")) or name in ("heldout2", "heldout3"):
            continue
        if name.startswith("heldout") and name not in DEV_SETS:
            continue
        if pattern and pattern not in name:
            continue
        found.append((name, path))
    return found


def _actors(name: str):
    if name in SHARED_TAXONOMIES:
        return _taxonomy(FOLDER, name, "actors")
    own = FOLDER / f"agency_{name}_actors.csv"
    return own if own.is_file() else None


def _dev_rows(name: str, path: Path) -> pd.DataFrame:
    labels = load_event_labels(path)
    if name in DEV_SETS:
        return labels
    return labels[labels["split"] == "dev"]


def score(name: str, labels: pd.DataFrame, predicted: dict) -> tuple[dict, list[str]]:
    tp = fp = fn = 0
    named = named_ok = every_ok = 0
    errors = []
    for item_id, events in labels.groupby("item_id", sort=False):
        sentence = events["sentence"].iloc[0]
        gold = [e for e in events.to_dict("records") if e["trigger"]]
        pairs, missed, extra = match_events(gold, predicted.get(item_id, []))
        tp, fn, fp = tp + len(pairs), fn + len(missed), fp + len(extra)
        for g, p in pairs:
            same = g["agent_group"] == p["agent_group"]
            every_ok += same
            if g["agent_group"] != "none":
                named += 1
                named_ok += same
            if not same:
                errors.append(f"  GROUP {item_id} [{g['trigger']}] gold {g['agent']!r}={g['agent_group']} "
                              f"got {p['agent']!r}={p['agent_group']} | {sentence}")
        errors += [f"  MISS  {item_id} [{g['trigger']}] {g['agent']!r}={g['agent_group']} | {sentence}" for g in missed]
        errors += [f"  EXTRA {item_id} [{p['trigger']}] {p['agent']!r}={p['agent_group']} | {sentence}" for p in extra]
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return {
        "set": name, "events": tp + fn, "f1": round(f1, 3), "recall": round(tp / (tp + fn), 3) if tp + fn else 0,
        "precision": round(tp / (tp + fp), 3) if tp + fp else 0,
        "named": round(named_ok / named, 3) if named else float("nan"), "n_named": named,
        "every": round(every_ok / (tp or 1), 3), "n_every": tp,
    }, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pattern", nargs="?", help="only sets whose name contains this")
    parser.add_argument("--errors", action="store_true", help="print every wrong event of the dev rows")
    parser.add_argument("--csv", type=Path, help="write every dev prediction to this file")
    parser.add_argument("--file", type=Path, help="score this labelled events file (with a split column) instead")
    parser.add_argument("--actors", type=Path, help="the taxonomy of --file")
    parser.add_argument("--test-numbers", action="store_true", help="with --file: score its test rows, numbers only")
    args = parser.parse_args(argv)
    if args.file:
        labels = load_event_labels(args.file)
        part = "test" if args.test_numbers else "dev"
        labels = labels[labels["split"] == part]
        result, errors = score(f"{args.file.stem} ({part})", labels, predict_events(labels, actors=args.actors))
        if args.errors and not args.test_numbers:
            print("\n".join(errors) if errors else "  (no errors)")
        print(pd.DataFrame([result]).to_string(index=False))
        return 0
    rows, kept = [], []
    for name, path in _sets(args.pattern):
        labels = _dev_rows(name, path)
        if labels.empty:
            continue
        predicted = predict_events(labels, actors=_actors(name))
        result, errors = score(name, labels, predicted)
        rows.append(result)
        if args.errors:
            print(f"== {name}")
            print("\n".join(errors) if errors else "  (no errors)")
        for item_id, events in predicted.items():
            kept += [{"set": name, "item_id": item_id, **event} for event in events]
    table = pd.DataFrame(rows)
    total = {
        "set": "TOTAL", "events": table["events"].sum(),
        "named": round((table["named"].fillna(0) * table["n_named"]).sum() / table["n_named"].sum(), 3),
        "every": round((table["every"] * table["n_every"]).sum() / table["n_every"].sum(), 3),
    }
    print(pd.concat([table, pd.DataFrame([total])], ignore_index=True).to_string(index=False))
    if args.csv:
        pd.DataFrame(kept).to_csv(args.csv, index=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
