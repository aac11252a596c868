"""Story grouping: the threshold sweep that chose framing.stories.THRESHOLD, and its cost at scale.

    python benchmarks/stories.py sweep            # ~1 min: writes benchmarks/stories_threshold.csv
    python benchmarks/stories.py scale [KIND]     # ~15 min: benchmarks/stories_scale.csv (KIND: group or claims only)
    python benchmarks/stories.py one KIND N       # one measurement, in this process (used by `scale`)

``sweep`` groups, at thresholds 0.05-0.40, the labelled articles of
``tests/data/stories/articles.csv`` (seven happenings, two pairs of them on
near topics) together with the five seed articles (one more happening), and
2,000 synthetic reports, and scores the same-story pairs (precision, recall,
F1) and the adjusted Rand index.

``scale`` measures, each in a fresh process so its peak memory is its own:
``group`` (framing.group_stories on N synthetic articles, no parsing) and
``claims`` (group_stories, then framing.by_story with align_claims and with
text_reuse on N synthetic articles, parsed once into a temporary cache; the
parse is timed apart). Synthetic articles: stories of 2-6 outlets' short
reports built from templates with the story's own place, group, count and
day, so articles of one story share vocabulary and numbers as real coverage
does. Not a test.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

THRESHOLDS = [0.05, 0.08, 0.10, 0.12, 0.15, 0.18, 0.20, 0.25, 0.30, 0.35, 0.40]
OUTLETS = ["Northern Wire", "Capital Daily", "Coastline Post", "Valley Radio", "Harbour Times", "Plains Herald"]
SYLLABLES = ["ka", "ro", "mel", "tis", "var", "an", "dor", "li", "sen", "qu", "bra", "to", "nes", "ur", "phi", "gal"]
ACTS = [
    ("An airstrike hit {place}, killing {n} people", "The strike on {place} killed {n}, officials said"),
    ("Gunmen attacked a market in {place}, killing {n}", "{n} shoppers were shot dead in {place} by gunmen"),
    ("A fire at a factory in {place} killed {n} workers", "{n} workers died in a blaze in {place}"),
    ("Floods swept through {place}, leaving {n} dead", "The flooding in {place} has killed {n} people"),
    ("Shelling of {place} killed {n} civilians", "{n} civilians died as shells fell on {place}"),
]
EXTRA = [
    "The {group} denied any role and said an inquiry would follow.",
    "Witnesses in {place} said the {group} had warned residents days earlier.",
    "Rescue teams searched the rubble in {place} through the night.",
    "The {group} said it would publish its own figures on {day}.",
    "Aid agencies asked for access to {place} and its hospitals.",
    "Local officials in {place} said the toll of {n} could rise.",
]


def _name(rng: random.Random, parts: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def synthetic_corpus(n_articles: int, seed: int = 0) -> pd.DataFrame:
    """About ``n_articles`` synthetic reports in stories of 2-6 outlets (true story in ``story``)."""
    rng = random.Random(seed)
    rows, story = [], 0
    while len(rows) < n_articles:
        place, group, n = _name(rng), f"{_name(rng, 2)} brigade", rng.randint(3, 400)
        day = f"2031-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        lead, other = rng.choice(ACTS)
        words = [_name(rng, 3).lower() for _ in range(16)]  # the story's own vocabulary
        for outlet in rng.sample(OUTLETS, rng.randint(2, 6)):
            sentences = [(lead if rng.random() < 0.5 else other).format(place=place, n=n) + "."]
            sentences += [s.format(place=place, group=group, n=n, day=day) for s in rng.sample(EXTRA, 2)]
            for _ in range(2):
                sentences.append(f"Residents spoke of the {' and the '.join(rng.sample(words, 4))}.")
            rows.append(
                {
                    "article_id": f"s{len(rows):06d}",
                    "outlet": outlet,
                    "date": day,
                    "title": sentences[0][:60],
                    "text": " ".join(sentences),
                    "story": story,
                }
            )
        story += 1
    return pd.DataFrame(rows[:n_articles])


def pair_scores(truth, found) -> dict:
    from sklearn.metrics import adjusted_rand_score

    # pairs counted from the contingency table (never an n x n matrix, so 50,000 articles fit)
    cells = pd.crosstab(pd.Series(truth).to_numpy(), pd.Series(found).to_numpy()).to_numpy()

    def pairs(counts) -> int:
        counts = np.asarray(counts, dtype=np.int64)
        return int((counts * (counts - 1) // 2).sum())

    tp = pairs(cells)
    found_pairs, true_pairs = pairs(cells.sum(axis=0)), pairs(cells.sum(axis=1))
    precision = tp / found_pairs if found_pairs else 1.0
    recall = tp / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "adjusted_rand": round(adjusted_rand_score(truth, found), 3),
    }


def labelled_articles() -> pd.DataFrame:
    import framing

    written = pd.read_csv(ROOT / "tests" / "data" / "stories" / "articles.csv", dtype=str, keep_default_na=False)
    seed = framing.load_corpus(ROOT / "data" / "raw")
    seed = seed.assign(story="seed")[["article_id", "outlet", "date", "story", "title", "text"]]
    return pd.concat([written, seed], ignore_index=True)


def sweep() -> None:
    import framing

    rows = []
    corpora = {"labelled (24 reports)": labelled_articles(), "synthetic (2,000 reports)": synthetic_corpus(2000)}
    for (name, table), threshold in itertools.product(corpora.items(), THRESHOLDS):
        found = framing.group_stories(table, threshold=threshold)
        rows.append(
            {
                "corpus": name,
                "threshold": threshold,
                "articles": len(table),
                "true_stories": table["story"].nunique(),
                "stories_found": found["story_id"].nunique(),
                **pair_scores(table["story"], found["story_id"]),
            }
        )
    out = pd.DataFrame(rows)
    out.to_csv(ROOT / "benchmarks" / "stories_threshold.csv", index=False)
    print(out.to_string(index=False))


def one(kind: str, n_articles: int) -> dict:
    import framing

    corpus = synthetic_corpus(n_articles)
    result = {"kind": kind, "articles": n_articles}
    start = time.perf_counter()
    stories = framing.group_stories(corpus)
    result["group_seconds"] = round(time.perf_counter() - start, 2)
    result["stories_found"] = int(stories["story_id"].nunique())
    result["largest_story"] = int(stories["story_size"].max())
    result.update({f"synthetic_{k}": v for k, v in pair_scores(corpus["story"], stories["story_id"]).items()})
    if kind == "claims":
        with tempfile.TemporaryDirectory() as cache:
            start = time.perf_counter()
            framing.parse(corpus, cache_dir=cache, progress=False)
            result["parse_seconds"] = round(time.perf_counter() - start, 2)
            start = time.perf_counter()
            claims = framing.by_story(framing.align_claims, corpus, stories, cache_dir=cache)
            result["claims_seconds"] = round(time.perf_counter() - start, 2)
            result["claim_rows"] = len(claims)
            start = time.perf_counter()
            reuse = framing.by_story(framing.text_reuse, corpus, stories, renumber=None, cache_dir=cache)
            result["reuse_seconds"] = round(time.perf_counter() - start, 2)
            result["reuse_rows"] = len(reuse)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result


def scale(only: str | None = None) -> None:
    sizes = [("group", 2000), ("group", 10000), ("group", 50000), ("claims", 500), ("claims", 2000)]
    path = ROOT / "benchmarks" / "stories_scale.csv"
    if only:  # re-measure one kind, keep the other rows
        kept = pd.read_csv(path) if path.is_file() else pd.DataFrame(columns=["kind"])
        sizes = [s for s in sizes if s[0] == only]
    rows = []
    for kind, n in sizes:
        done = subprocess.run(
            [sys.executable, __file__, "one", kind, str(n)], check=True, capture_output=True, text=True
        )
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(rows[-1], flush=True)
    table = pd.DataFrame(rows)
    if only:
        table = pd.concat([table, kept[kept["kind"] != only]], ignore_index=True)
        order = table["kind"].map({"group": 0, "claims": 1})
        table = table.assign(_order=order).sort_values(["_order", "articles"]).drop(columns="_order")
    table.to_csv(path, index=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["sweep", "scale", "one"])
    parser.add_argument("kind", nargs="?")
    parser.add_argument("n", nargs="?", type=int)
    args = parser.parse_args()
    if args.what == "sweep":
        sweep()
    elif args.what == "scale":
        scale(args.kind)
    else:
        print(json.dumps(one(args.kind, args.n)))


if __name__ == "__main__":
    main()
