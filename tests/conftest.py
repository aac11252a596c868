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


def actor_taxonomy(rows):
    """A small actor taxonomy of ``(role, group, match, pattern)`` rows, as the agency tests write them."""
    import pandas as pd

    import framing

    return framing.load_actors(pd.DataFrame(rows, columns=["role", "group", "match", "pattern"]))


def harm_rows(doc, actors, *fields):
    """The ``fields`` of every harm event framing finds in ``doc`` (sentence context off), in order."""
    import framing

    return [tuple(getattr(e, f) for f in fields) for e in framing.find_harm_events(doc, actors=actors, context=False)]


def trigger_heads(parse_text, text):
    """The first word of each harm-event trigger framing finds in ``text`` (sentence context off;
    a verb entry with its object spans it: "charged the crowd" -> "charged")."""
    import framing

    return [e.trigger.split()[0] for e in framing.find_harm_events(parse_text(text), context=False)]


def toll_rows(doc, victims):
    """(value, victims, measure) of every casualty toll framing finds in ``doc``, sorted."""
    from framing.casualties import find_casualties

    return sorted((c.value, c.victims, c.measure) for c in find_casualties(doc, victims=victims))
