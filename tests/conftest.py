"""Shared fixtures: the model, the seed corpus and its parse (cached under a temp dir)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
STUDY = ROOT / "data" / "study"
VALIDATION = ROOT / "data" / "validation"


@pytest.fixture(scope="session")
def nlp():
    import framing

    return framing.load_model()


@pytest.fixture(scope="session")
def parse_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("parse-cache")


@pytest.fixture(scope="session")
def seed_corpus():
    import framing

    return framing.load_corpus(RAW)


@pytest.fixture(scope="session")
def seed_parsed(seed_corpus, parse_cache):
    import framing

    return framing.parse(seed_corpus, cache_dir=parse_cache, progress=False)


@pytest.fixture(scope="session")
def parse_text(nlp):
    """Parse one string exactly as framing.parse would (same pipeline)."""

    def _parse(text: str):
        return nlp(text)

    return _parse
