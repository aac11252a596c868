"""One parse per article, cached on disk and reused only while the key matches."""

from __future__ import annotations

import dataclasses
import json
from importlib import import_module
from pathlib import Path

import pandas as pd
import pytest

import framing
from conftest import ROOT

parse_module = import_module("framing.parse")

pytestmark = pytest.mark.model

TEXTS = ["Police said two men were arrested.\nNobody was hurt.", "The council met on Monday."]


@pytest.fixture
def corpus():
    return framing.load_corpus(pd.DataFrame({"text": TEXTS, "outlet": ["A", "B"]}))


def test_second_run_never_calls_the_parser(corpus, tmp_path, monkeypatch):
    first = framing.parse(corpus, cache_dir=tmp_path, progress=False)
    assert first.n_parsed == 2

    def no_parser(*args, **kwargs):
        raise AssertionError("the parser was called despite a warm cache")

    monkeypatch.setattr(parse_module, "load_model", no_parser)
    second = framing.parse(corpus, cache_dir=tmp_path, progress=False)
    assert second.n_parsed == 0
    for a, b in zip(first.docs, second.docs, strict=False):
        assert [t.dep_ for t in a] == [t.dep_ for t in b]
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
        assert [s.text for s in a.sents] == [s.text for s in b.sents]
        assert [(e.text, e.label_) for e in a.ents] == [(e.text, e.label_) for e in b.ents]


def test_only_new_articles_are_parsed(corpus, tmp_path):
    framing.parse(corpus, cache_dir=tmp_path, progress=False)
    bigger = framing.load_corpus(pd.DataFrame({"text": TEXTS + ["A third story."], "outlet": ["A", "B", "C"]}))
    assert framing.parse(bigger, cache_dir=tmp_path, progress=False).n_parsed == 1


def test_key_includes_model_and_spacy_version(corpus, tmp_path):
    info = framing.resolve_model()
    framing.parse(corpus, cache_dir=tmp_path, progress=False)
    other = dataclasses.replace(info, spacy_version="0.0.0")
    assert other.cache_key != info.cache_key
    assert not parse_module.DocCache(tmp_path, other).path(parse_module.text_hash(TEXTS[0])).exists()
    assert parse_module.DocCache(tmp_path, info).path(parse_module.text_hash(TEXTS[0])).exists()


def test_corrupt_cache_entry_is_reparsed(corpus, tmp_path):
    framing.parse(corpus, cache_dir=tmp_path, progress=False)
    path = parse_module.DocCache(tmp_path, framing.resolve_model()).path(parse_module.text_hash(TEXTS[0]))
    path.write_bytes(b"garbage")
    with pytest.warns(framing.errors.CacheWarning, match="cannot be read"):
        again = framing.parse(corpus, cache_dir=tmp_path, progress=False)
    assert again.n_parsed == 1
    assert again.docs[0].text == TEXTS[0]


def test_no_temporary_files_left(corpus, tmp_path):
    framing.parse(corpus, cache_dir=tmp_path, progress=False)
    assert not list(tmp_path.rglob("*.tmp"))


def test_iter_parsed_streams_in_row_order(corpus, tmp_path):
    pairs = list(parse_module.iter_parsed(corpus, cache_dir=tmp_path, batch_size=1, progress=False))
    assert [a.article_id for a, _ in pairs] == corpus["article_id"].tolist()
    assert [d.text for _, d in pairs] == TEXTS


def test_progress_bar_for_long_parses(tmp_path, capsys):
    many = framing.load_corpus(pd.DataFrame({"text": [f"Story number {i}." for i in range(25)], "outlet": "X"}))
    framing.parse(many, cache_dir=tmp_path)
    assert "parsing with" in capsys.readouterr().err


def test_parsed_corpus_lookup(seed_parsed):
    first = seed_parsed.articles["article_id"].iloc[0]
    assert seed_parsed.doc(first) is seed_parsed.docs[0]
    with pytest.raises(KeyError):
        seed_parsed.doc("nope")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Police in Springfield said 12 people were killed on Monday.\n\nThe mayor, Ana Ruiz, denied it.",
        "  Ünïcode — “quotes” and emoji 🙂 and\ttabs  ",
    ],
)
def test_cache_entry_reads_back_as_docbin_would(parse_text, text):
    """The fast writer gives the Doc that DocBin's own to_bytes gives, spans included."""
    import spacy
    from spacy.tokens import DocBin, Span

    doc = parse_text(text)
    if len(doc) >= 2:
        doc.spans["claims"] = [Span(doc, 0, 2, label="CLAIM_LABEL_ONLY_HERE", kb_id="Q1_ONLY_HERE")]

    def read(data):  # a fresh vocab each time: every string must come from the entry itself
        return list(DocBin().from_bytes(data).get_docs(spacy.blank("en").vocab))[0]

    got = read(parse_module.docbin_bytes(doc))
    expected = read(DocBin(docs=[doc], store_user_data=False).to_bytes())
    assert got.to_bytes() == expected.to_bytes()
    assert [(e.text, e.label_) for e in got.ents] == [(e.text, e.label_) for e in doc.ents]
    assert [(s.label_, s.kb_id_) for s in got.spans.get("claims", [])] == [
        (s.label_, s.kb_id_) for s in doc.spans.get("claims", [])
    ]


def test_vocabulary_is_renewed_when_it_grows_and_docs_do_not_change(nlp, tmp_path, monkeypatch):
    import numpy as np

    monkeypatch.setattr(parse_module, "MAX_NEW_STRINGS", 20)
    monkeypatch.setattr(parse_module, "CHUNK_SIZE", 1)
    # invented articles, each with 30 words no vocabulary has seen
    texts = [
        f"Officials in district {i} said {' '.join(f'Qorvex{i}n{j}' for j in range(30))} were missing."
        "\n\nNo one was charged."
        for i in range(3)
    ]
    corpus = framing.load_corpus(
        pd.DataFrame({"text": texts, "outlet": ["A", "B", "C"]}), clean=False, on_language="ignore"
    )
    attrs = ["ORTH", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START"]
    expected = [doc.to_array(attrs) for doc in nlp.pipe(texts)]
    for _ in ("parsed", "read from the cache"):
        docs = [doc for _, doc in parse_module.iter_parsed(corpus, cache_dir=tmp_path, progress=False)]
        vocabularies = {id(doc.vocab) for doc in docs}  # the Docs keep theirs alive, so ids are distinct
        assert len(vocabularies) >= 2, "a vocabulary that grew past the limit should be replaced"
        for doc, array in zip(docs, expected, strict=True):
            assert np.array_equal(doc.to_array(attrs), array)


def test_vocabulary_is_kept_below_the_limit(seed_corpus, tmp_path):
    docs = [doc for _, doc in parse_module.iter_parsed(seed_corpus, cache_dir=tmp_path, progress=False)]
    assert len({id(doc.vocab) for doc in docs}) == 1


def test_parse_and_sentences_stay_callable_after_their_modules_are_imported():
    import framing.sentences  # noqa: F401
    from framing.parse import iter_parsed  # noqa: F401

    assert callable(framing.parse) and framing.parse.__module__ == "framing.parse"
    assert callable(framing.sentences) and framing.sentences.__module__ == "framing.sentences"
    assert parse_module.iter_parsed is iter_parsed


@pytest.mark.parametrize("table", ["harm_events", "sentences", "casualties", "articles"])
def test_a_misspelt_keyword_is_refused_parsed_or_not(seed_parsed, seed_corpus, table):
    function = framing.pipeline.articles if table == "articles" else getattr(framing, table)
    for corpus in (seed_parsed, seed_corpus):  # already parsed, and a DataFrame
        with pytest.raises(TypeError, match=r"actor\b.*the parse options are model, cache_dir"):
            function(corpus, actor=framing.load_actors())


def test_ensure_parsed_names_the_bad_keyword_and_the_accepted_ones(seed_parsed):
    with pytest.raises(TypeError, match="cache_directory; the parse options are model, cache_dir, batch_size"):
        parse_module.ensure_parsed(seed_parsed, cache_directory="x")
    assert parse_module.ensure_parsed(seed_parsed, cache_dir="ignored: already parsed") is seed_parsed


def test_analyze_refuses_a_misspelt_keyword(seed_corpus):
    with pytest.raises(TypeError, match="actor"):
        framing.analyze(seed_corpus, actor="data/study/actors.csv")


def test_default_cache_is_the_user_cache_directory_unless_set(monkeypatch, tmp_path):
    import platformdirs

    monkeypatch.delenv(parse_module.CACHE_ENV_VAR, raising=False)
    assert parse_module.default_cache_dir() == Path(platformdirs.user_cache_dir("framing", appauthor=False))
    monkeypatch.setenv(parse_module.CACHE_ENV_VAR, str(tmp_path))
    assert parse_module.default_cache_dir() == tmp_path


def test_makefile_and_notebooks_keep_the_project_cache():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "cache_dir='data/processed/cache'" in makefile
    for notebook in sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb")):
        code = "\n".join(
            "".join(cell["source"]) for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]
            if cell["cell_type"] == "code"
        )
        assert 'CACHE = PROCESSED / "cache"' in code, notebook.name
        assert "framing.parse(" not in code.replace("framing.parse(corpus, cache_dir=CACHE", ""), notebook.name
