"""Cost of one giant sentence: parse and measures, against its length (issue 19).

A scraped page with no full stop is one "sentence" of tens of thousands of
tokens. This script builds such a sentence of generated clauses (subjects,
harm and reporting verbs, objects, places, joined by commas), parses it once
into a fresh cache, then times ``framing.analyze`` on it from the cache (every
table, the parse excluded), once per length, in one process after a warm-up
run, and appends one line per length to ``benchmarks/long_sentence.csv``.

Usage::

    python benchmarks/long_sentence.py 25000 100000 400000
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import pandas as pd

import framing
from framing.pipeline import analyze

RESULTS = Path(__file__).with_name("long_sentence.csv")
COLUMNS = ["date", "commit", "chars", "tokens", "longest_sentence", "parse_s", "measures_s", "peak_rss_mb"]


def giant_sentence(n_chars: int, seed: int = 0) -> str:
    """A heading line, then clauses joined by commas up to ``n_chars``, one full stop at the end."""
    rng = random.Random(seed)
    subjects = ["gunmen", "the police", "residents", "officials", "soldiers", "the army", "fighters", "witnesses"]
    verbs = ["killed", "attacked", "said", "wounded", "fled", "shelled", "reported", "arrested", "detained"]
    objects = ["civilians", "the village", "two men", "families", "the town", "dozens of people", "a convoy"]
    parts, size = [], 0
    while size < n_chars:
        part = f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(objects)}"
        if rng.random() < 0.3:
            part += f" in {rng.choice(['Homs', 'Latakia', 'the north', 'the coast'])}"
        parts.append(part)
        size += len(part) + 2
    return "Report\n" + ", ".join(parts) + "."


def corpus_of(text: str) -> pd.DataFrame:
    table = pd.DataFrame({"article_id": ["giant"], "outlet": ["x"], "text": [text]})
    return framing.load_corpus(table, on_language="ignore", on_markup="ignore")


def measure(n_chars: int, cache_dir: Path) -> dict:
    corpus = corpus_of(giant_sentence(n_chars))
    start = time.perf_counter()
    parsed = framing.parse(corpus, cache_dir=cache_dir, progress=False)
    parse_s = time.perf_counter() - start
    doc = parsed.docs[0]
    start = time.perf_counter()
    analyze(corpus, cache_dir=cache_dir, progress=False)
    measures_s = time.perf_counter() - start
    return {
        "chars": len(corpus.loc[0, "text"]),
        "tokens": len(doc),
        "longest_sentence": max(len(sent) for sent in doc.sents),
        "parse_s": round(parse_s, 2),
        "measures_s": round(measures_s, 2),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }


def main(lengths: list[int]) -> None:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    with tempfile.TemporaryDirectory() as cache:
        measure(2_000, Path(cache))  # warm-up: imports, model and lexicons loaded once
        rows = []
        for n_chars in lengths:
            row = {"date": date.today().isoformat(), "commit": commit, **measure(n_chars, Path(cache))}
            print(row, flush=True)
            rows.append(row)
    table = pd.DataFrame(rows, columns=COLUMNS)
    table.to_csv(RESULTS, mode="a", header=not RESULTS.exists(), index=False)


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [25_000, 100_000, 400_000])
