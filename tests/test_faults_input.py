"""Fault tests of the input side (issue 19): what scraped text, a damaged or shared
parse cache, a hostile taxonomy, a very long article and a metadata file pointing
outside its corpus do to a run. Every fault case failed on the code before issue 19
(silently, with a traceback, or by hanging); the few tests of what must keep working (a
link inside the corpus folder, a regex with a separator, a cache under umask 077) passed
then too. The whole module runs in about a minute."""

from __future__ import annotations

import pandas as pd
import pytest

import framing
from framing.clean import clean_text, strip_format_characters

# --------------------------------------------------------------------------- invisible characters

#: Invisible format characters common in scraped pages (Unicode category Cf).
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
SENTENCE = "Gunmen killed 12 civilians in the village on Sunday, officials said."


def _corpus(text: str, **columns) -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["a"], "outlet": ["x"], "text": [text], **columns})


@pytest.mark.parametrize("mark", INVISIBLE, ids=lambda ch: f"U+{ord(ch):04X}")
def test_invisible_characters_are_removed_and_logged(mark):
    text = "First paragraph.\n" + SENTENCE.replace("killed", f"kil{mark}led").replace("civilians", f"civil{mark}ians")
    result = clean_text(text)
    assert result.text == "First paragraph.\n" + SENTENCE
    assert [(r.line_no, r.text, r.rule) for r in result.removed] == [
        (2, f"U+{ord(mark):04X} x2", "format_characters")
    ]


def test_every_format_character_is_removed_and_nothing_else():
    text = "a\u200bb\u202ec\u2066d e\u00e9\u2014f\u00a0g"
    stripped, counts = strip_format_characters(text)
    assert stripped == "abcd e\u00e9\u2014f\u00a0g"  # letters, dashes and no-break spaces stay
    assert counts == {"U+200B": 1, "U+202E": 1, "U+2066": 1}


@pytest.mark.model
@pytest.mark.parametrize("clean", [True, False])
def test_a_zero_width_space_inside_a_word_no_longer_hides_the_harm_event_and_toll(clean, tmp_path):
    text = SENTENCE.replace("killed", "kil\u200bled").replace("12", "1\u20602")
    corpus = framing.load_corpus(_corpus(text, title=["Vil\u00adlage re\u200bport"]), clean=clean)
    assert corpus.loc[0, "text"] == "Village report\n" + SENTENCE
    assert corpus.loc[0, "title"] == "Village report"
    parsed = framing.parse(corpus, cache_dir=tmp_path, progress=False)
    events = framing.harm_events(parsed)
    assert events["trigger"].tolist() == ["killed"]
    start, end = events.loc[0, ["start_char", "end_char"]]
    assert corpus.loc[0, "text"][start:end] == "killed"  # offsets count in the stored text
    tolls = framing.casualties(parsed)
    assert tolls["value"].tolist() == [12]
    start, end = tolls.loc[0, ["start_char", "end_char"]]
    assert corpus.loc[0, "text"][start:end] == "12"


# --------------------------------------------------------------------------- confinement

BODY = "Officials said the road was closed on Monday.\n"


def _folder(tmp_path, names: list[str]):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "inside.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "outside.txt").write_text("A secret kept outside the corpus.\n", encoding="utf-8")
    rows = "".join(f"{name},x\n" for name in names)
    (corpus / "metadata.csv").write_text("file,outlet\n" + rows, encoding="utf-8")
    return corpus


@pytest.mark.parametrize("kind", ["parent", "absolute", "symlink"])
def test_metadata_cannot_point_outside_the_corpus_folder(tmp_path, kind):
    outside = tmp_path / "outside.txt"
    names = {"parent": "../outside.txt", "absolute": str(outside), "symlink": "link.txt"}
    corpus = _folder(tmp_path, ["inside.txt", names[kind]])
    if kind == "symlink":
        (corpus / "link.txt").symlink_to(outside)
    with pytest.raises(framing.CorpusError, match=r"row 3: names .*outside the corpus folder") as caught:
        framing.load_corpus(corpus)
    assert "allow_outside=True" in str(caught.value) and "--allow-outside-files" in str(caught.value)
    loaded = framing.load_corpus(corpus, allow_outside=True)
    assert loaded["text"].str.contains("secret").tolist() == [False, True]


def test_a_link_inside_the_folder_to_a_file_inside_it_is_read(tmp_path):
    corpus = _folder(tmp_path, ["inside.txt", "sub/alias.txt"])
    (corpus / "sub").mkdir()
    (corpus / "sub" / "alias.txt").symlink_to(corpus / "inside.txt")
    assert framing.load_corpus(corpus)["text"].tolist() == [BODY.strip()] * 2


def test_cli_refuses_outside_files_unless_allowed_and_takes_max_bytes(tmp_path, capsys):
    from framing.cli import main

    corpus = _folder(tmp_path, ["inside.txt", "../outside.txt"])
    assert main(["analyze", str(corpus), "--out", str(tmp_path / "out"), "--no-cache", "-q"]) == 2
    err = capsys.readouterr().err
    assert "row 3: names '../outside.txt', which is outside the corpus folder" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    # --max-bytes reaches load_corpus (checked before any parse)
    assert main(["analyze", str(corpus), "--out", str(tmp_path / "out"), "--allow-outside-files",
                 "--max-bytes", "10", "-q"]) == 2
    assert "above the limit of 10" in capsys.readouterr().err


# --------------------------------------------------------------------------- parse cache

TEXTS = ["Police arrested two men in the city on Monday.", "Rebels shelled the town, residents said."]


@pytest.fixture
def two_articles():
    return pd.DataFrame({"article_id": ["a", "b"], "outlet": ["x", "y"], "text": TEXTS})


def _entries(cache_dir):
    from framing.parse import DocCache, text_hash

    cache = DocCache(cache_dir, framing.resolve_model())
    return [cache.path(text_hash(text)) for text in TEXTS]


def _reparse(corpus, cache_dir):
    with pytest.warns(framing.errors.CacheWarning) as caught:
        parsed = framing.parse(corpus, cache_dir=cache_dir, progress=False)
    return parsed, [str(w.message) for w in caught if issubclass(w.category, framing.errors.CacheWarning)]


@pytest.mark.model
def test_a_swapped_cache_entry_is_detected_and_reparsed(two_articles, tmp_path):
    framing.parse(two_articles, cache_dir=tmp_path, progress=False)
    first, second = _entries(tmp_path)
    data_first, data_second = first.read_bytes(), second.read_bytes()
    first.write_bytes(data_second)  # each a valid Doc, filed under the other article's key
    second.write_bytes(data_first)
    parsed, messages = _reparse(two_articles, tmp_path)
    assert parsed.n_parsed == 2
    assert [doc.text for doc in parsed.docs] == TEXTS
    assert len(messages) == 2
    assert str(first) in messages[0] and "another text" in messages[0]
    assert str(second) in messages[1]
    assert first.read_bytes() == data_first  # rewritten with the right parse
    again = framing.parse(two_articles, cache_dir=tmp_path, progress=False)  # no warning now
    assert again.n_parsed == 0


@pytest.mark.model
@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty"])
def test_a_damaged_cache_entry_is_named_and_reparsed(two_articles, tmp_path, damage):
    framing.parse(two_articles, cache_dir=tmp_path, progress=False)
    entry = _entries(tmp_path)[1]
    data = entry.read_bytes()
    entry.write_bytes({"truncated": data[: len(data) // 2], "garbage": b"\x93NUMPY\x00" * 50, "empty": b""}[damage])
    parsed, messages = _reparse(two_articles, tmp_path)
    assert parsed.n_parsed == 1 and parsed.docs[1].text == TEXTS[1]
    assert len(messages) == 1 and str(entry) in messages[0] and "cannot be read" in messages[0]
    assert entry.read_bytes() == data


@pytest.mark.model
@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_cache_files_follow_the_umask(two_articles, tmp_path, umask, mode):
    import os
    import stat

    previous = os.umask(umask)
    try:
        framing.parse(two_articles, cache_dir=tmp_path, progress=False)
    finally:
        os.umask(previous)
    for entry in _entries(tmp_path):
        assert stat.S_IMODE(entry.stat().st_mode) == mode
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]


# --------------------------------------------------------------------------- hostile taxonomy regex


def _taxonomy_file(tmp_path, pattern: str):
    path = tmp_path / "actors.csv"
    table = pd.DataFrame(
        {
            "role": ["agent", "agent"],
            "group": ["police", "gunmen"],
            "match": ["phrase", "regex"],
            "pattern": ["police", pattern],
            "note": ["", "hostile"],
        }
    )
    table.to_csv(path, index=False)
    return path


@pytest.mark.parametrize("pattern", [r"^(\w+\s?)*gunmen$", r"(?:a+)+b", r"(x+x+)+y", r"(?:\s*\w+)*armed men"])
def test_a_backtracking_regex_is_refused_at_load_with_file_and_row(tmp_path, pattern):
    path = _taxonomy_file(tmp_path, pattern)
    with pytest.raises(framing.errors.TaxonomyError, match=rf"{path}, row 3: regex .* exponential time"):
        framing.load_actors(path)


@pytest.mark.parametrize("pattern", [r"(?:\w+ )*gunmen", r"(?:new |interim )*government", r"gunm[ae]n$"])
def test_regexes_with_a_separator_or_no_nesting_are_accepted(tmp_path, pattern):
    taxonomy = framing.load_actors(_taxonomy_file(tmp_path, pattern))
    assert taxonomy.entries[1].pattern == pattern


def test_cli_refuses_a_hostile_taxonomy_before_parsing(tmp_path, capsys):
    from framing.cli import main

    corpus = _folder(tmp_path, ["inside.txt"])
    actors = _taxonomy_file(tmp_path, r"^(\w+\s?)*gunmen$")
    assert main(["analyze", str(corpus), "--out", str(tmp_path / "out"), "--actors", str(actors), "-q"]) == 2
    err = capsys.readouterr().err
    assert f"{actors}, row 3: regex" in err and "Traceback" not in err


def test_a_regex_search_that_runs_past_its_time_limit_raises_naming_the_row(tmp_path, monkeypatch):
    import time

    from framing import patterns

    # polynomial, not exponential, so the shape check lets it through; on a long phrase it is slow
    taxonomy = framing.load_actors(_taxonomy_file(tmp_path, r"(.*.*.*a){8}!z"))
    monkeypatch.setattr(patterns, "REGEX_TIMEOUT", 0.02)
    start = time.perf_counter()
    with pytest.raises(framing.errors.PatternTimeoutError, match=r"actors.csv, row 3: regex .* more than 0.02 s"):
        taxonomy.classify("a" * 120 + "!")
    assert time.perf_counter() - start < 2


# --------------------------------------------------------------------------- long articles


def _paragraphs(n_chars: int) -> str:
    """Generated news-like paragraphs, ``n_chars`` long or a little more."""
    import random

    rng = random.Random(3)
    subjects = ["Gunmen", "The police", "Residents", "Officials", "Soldiers", "Witnesses"]
    verbs = ["killed", "attacked", "wounded", "arrested", "said they saw"]
    objects = ["12 civilians", "two men", "the convoy", "dozens of people", "a family"]
    paragraphs, size = [], 0
    while size < n_chars:
        sentences = [
            f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(objects)} on day {rng.randint(1, 999)}."
            for _ in range(rng.randint(1, 6))
        ]
        paragraphs.append(" ".join(sentences))
        size += len(paragraphs[-1]) + 1
    return "\n".join(paragraphs)


@pytest.fixture(scope="module")
def blank_pipeline(tmp_path_factory):
    """A tokenizer-only English pipeline on disk: parses a million characters in seconds."""
    import spacy

    path = tmp_path_factory.mktemp("blank-pipeline") / "blank_en"
    spacy.blank("en").to_disk(path)
    return str(path)


@pytest.mark.parametrize("limit", [2, 7, 50])
def test_split_text_joins_back_and_cuts_at_paragraphs_first(limit):
    from framing.parse import split_text

    text = "One two.\nThree four five six seven. Eight nine ten.\n\nEleven" * 3
    pieces = split_text(text, limit)
    assert "".join(pieces) == text
    assert all(0 < len(piece) <= limit for piece in pieces)
    assert split_text("short", 100) == ["short"]
    assert split_text("a b.\nc d. e f", 7) == ["a b.\n", "c d. ", "e f"]


def test_an_article_over_spacys_max_length_is_parsed_with_offsets_right(blank_pipeline, tmp_path):
    text = _paragraphs(1_200_000)
    corpus = framing.load_corpus(_corpus(text), on_language="ignore", on_markup="ignore")
    text = corpus.loc[0, "text"]
    assert len(text) > framing.load_model(blank_pipeline).max_length
    parsed = framing.parse(corpus, model=blank_pipeline, cache_dir=tmp_path, progress=False)
    doc = parsed.docs[0]
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)
    again = framing.parse(corpus, model=blank_pipeline, cache_dir=tmp_path, progress=False)
    assert again.n_parsed == 0 and again.docs[0].text == text  # the joined Doc is cached and verified


@pytest.mark.model
def test_a_long_article_cut_into_pieces_gives_the_measures_of_its_paragraphs(tmp_path, monkeypatch):
    from importlib import import_module

    text = _paragraphs(6_000)
    corpus = framing.load_corpus(_corpus(text), on_language="ignore")
    whole = framing.harm_events(framing.parse(corpus, cache_dir=tmp_path / "whole", progress=False))
    monkeypatch.setattr(import_module("framing.parse"), "MAX_PIECE_CHARS", 1_000)
    parsed = framing.parse(corpus, cache_dir=tmp_path / "pieces", progress=False)
    assert parsed.docs[0].text == corpus.loc[0, "text"]
    pieces = framing.harm_events(parsed)
    stored = corpus.loc[0, "text"]
    assert all(stored[s:e] == trigger for s, e, trigger in pieces[["start_char", "end_char", "trigger"]].values)
    # paragraphs already start sentences, so cutting between them changes (almost) nothing
    same = set(map(tuple, whole[["start_char", "trigger", "agent"]].values))
    found = set(map(tuple, pieces[["start_char", "trigger", "agent"]].values))
    assert len(same & found) >= 0.95 * len(same) and len(found) > 20


# --------------------------------------------------------------------------- one giant sentence


def _one_sentence(n_chars: int) -> str:
    """A heading, then generated clauses joined by commas (no full stop) up to ``n_chars``."""
    import random

    rng = random.Random(0)
    subjects = ["gunmen", "the police", "residents", "officials", "soldiers", "fighters", "witnesses"]
    verbs = ["killed", "attacked", "said", "wounded", "shelled", "reported", "arrested"]
    objects = ["civilians", "the village", "two men", "families", "dozens of people", "a convoy"]
    parts, size = [], 0
    while size < n_chars:
        parts.append(f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(objects)}")
        size += len(parts[-1]) + 2
    return "Report\n" + ", ".join(parts) + "."


def test_sentence_cuts_fall_after_a_comma_past_the_middle_or_at_the_limit():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from framing.nlp import sentence_cuts

    words = ["Short", "one", "."] + ["w", "w", "w", "w", "w", "w", ",", "w", "w", "w"] * 2 + ["w"] * 12 + ["."]
    starts = [True] + [False] * 2 + [True] + [False] * (len(words) - 4)
    doc = Doc(Vocab(), words=words, sent_starts=starts)
    # a sentence of tokens 3 to 35, commas at 9 and 19; with a limit of 10 the cuts fall
    # after each comma (10, 20), then, with no comma in reach, at the limit (30)
    assert sentence_cuts(doc, limit=10) == [10, 20, 30]
    assert sentence_cuts(doc, limit=len(words)) == []


@pytest.mark.model
def test_a_giant_sentence_is_cut_into_sentences_of_bounded_length(tmp_path):
    from framing.nlp import MAX_SENTENCE_TOKENS

    corpus = framing.load_corpus(_corpus(_one_sentence(12_000)), on_language="ignore")
    doc = framing.parse(corpus, cache_dir=tmp_path, progress=False).docs[0]
    assert doc.text == corpus.loc[0, "text"]
    lengths = [len(sent) for sent in doc.sents]
    assert max(lengths) <= MAX_SENTENCE_TOKENS and len(lengths) > 5
    # cut after a comma where one is in reach, so clauses stay whole
    assert all(sent[-1].text in {",", "."} for sent in list(doc.sents)[1:])


@pytest.mark.model
def test_no_sentence_of_the_seed_corpus_is_cut(seed_parsed):
    from framing.nlp import MAX_SENTENCE_TOKENS, sentence_cuts

    assert all(sentence_cuts(doc) == [] for doc in seed_parsed.docs)
    assert max(len(sent) for doc in seed_parsed.docs for sent in doc.sents) * 4 < MAX_SENTENCE_TOKENS


#: The per-article tables timed on a giant sentence (every one that reads each sentence's tree).
PER_ARTICLE = ("harm_events", "passives", "attributions", "casualties", "hedges", "sentence_sentiment", "actor_clauses")


@pytest.mark.model
def test_measures_cost_near_linear_time_in_sentence_length(tmp_path):
    import time

    corpora = [framing.load_corpus(_corpus(_one_sentence(n)), on_language="ignore") for n in (5_000, 20_000)]
    for corpus in corpora:  # parsed (and every lexicon read) before anything is timed
        parsed = framing.parse(corpus, cache_dir=tmp_path, progress=False)
        for name in PER_ARTICLE:
            getattr(framing, name)(parsed)
    seconds = []
    for corpus in corpora:
        runs = []
        for _ in range(2):
            parsed = framing.parse(corpus, cache_dir=tmp_path, progress=False)  # fresh Docs: nothing remembered
            start = time.perf_counter()
            for name in PER_ARTICLE:
                getattr(framing, name)(parsed)
            runs.append(time.perf_counter() - start)
        seconds.append(min(runs))
    assert seconds[1] < 6 * seconds[0], f"4x the length cost {seconds[1] / seconds[0]:.1f}x the time ({seconds})"
