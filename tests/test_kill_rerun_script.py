"""benchmarks/kill_rerun.py's own parts (the benchmark itself takes half an hour: not run here)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

import framing
from conftest import ROOT


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("kill_rerun", ROOT / "benchmarks" / "kill_rerun.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_corpus_of_short_copies_differ_and_survive_cleaning(bench, tmp_path):
    folder = bench.build_corpus(tmp_path / "corpus", 12, 2)
    corpus = framing.load_corpus(folder)
    assert len(corpus) == 12 and corpus["text"].nunique() == 12
    assert corpus["outlet"].nunique() == 5
    # two paragraphs of the seed and the line naming the copy
    assert all(text.count("\n") <= 2 and text.endswith("of the seed article.") for text in corpus["text"])


def test_phase_is_read_from_the_run_folder_and_the_parse_cache(bench, tmp_path):
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        out, cache = tmp_path / "out", tmp_path / "cache"
        out.mkdir()
        cache.mkdir()
        assert bench.phase_of(process, out, cache, 3) == "starting"
        run = out / f".framing-run-{process.pid}-0a1b2c3d"
        run.mkdir()
        (out / ".framing-run-1-ffffffff").mkdir()  # another run's folder is not this run's phase
        (out / ".framing-run-1-ffffffff" / "report.md").write_text("x")
        assert bench.phase_of(process, out, cache, 3) == "starting"
        (cache / "ab").mkdir()
        (cache / "ab" / "ab12.spacy").write_bytes(b"")
        (run / "articles.csv").write_text("article_id\n")
        assert bench.phase_of(process, out, cache, 3) == "streaming 1/3"
        for name in ("cd34", "ef56"):
            (cache / "ab" / f"{name}.spacy").write_bytes(b"")
        assert bench.phase_of(process, out, cache, 3) == "aggregating"
        (run / "responsibility.csv").write_text("outlet\n")
        assert bench.phase_of(process, out, cache, 3) == "writing"
        (run / "report.md").write_text("# report\n")
        assert bench.phase_of(process, out, cache, 3) == "publishing"
        process.kill()
        process.wait()
        assert bench.phase_of(process, out, cache, 3) == "exited"
    finally:
        process.kill()
        process.wait()
