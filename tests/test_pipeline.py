"""The streaming runner: registry, batch invariance, cache reuse, processes and Dask."""

from __future__ import annotations

import gc
import weakref

import pandas as pd
import pytest

import framing
from framing import pipeline
from framing.pipeline import ARTICLE_COLUMNS, TableSpec, analyze, available_tables, batches, endtables, publish
from framing.pipeline.batches import sum_counts
from framing.pipeline.registry import accepted_options

# Hand-written articles (invented places and people), so the tests do not
# depend on the seed corpus's wording.
INVENTED = pd.DataFrame(
    {
        "article_id": ["a1", "a2", "a3", "a4", "a5"],
        "outlet": ["Daily Lantern", "Daily Lantern", "River Post", "River Post", "Coast Wire"],
        "text": [
            "Militia fighters attacked the village of Varna on Monday.\n"
            "At least 12 civilians were killed, officials said.",
            "The governor of Ostrel province called for calm.\nHe said the army would restore order.",
            "Dozens of homes were burned in the night, according to residents.\n"
            "The attackers have not been identified.",
            "Police arrested three men after the clashes.\nThe men were later released.",
            "Aid groups said hundreds of families had fled.\nThe road to the coast was closed.",
        ],
    }
)


def assert_tables_equal(left: dict, right: dict) -> None:
    assert list(left) == list(right)
    for name in left:
        pd.testing.assert_frame_equal(left[name], right[name], obj=name)


@pytest.fixture(scope="module")
def invented():
    return framing.load_corpus(INVENTED)


@pytest.fixture(scope="module")
def serial(invented, parse_cache):
    return analyze(invented, cache_dir=parse_cache, progress=False)


# --------------------------------------------------------------------------- registry


def test_registry_names_are_unique_and_inputs_come_first():
    names = [spec.name for spec in pipeline.TABLES]
    assert len(names) == len(set(names))
    for position, spec in enumerate(pipeline.TABLES):
        assert spec.kind in {"article", "counts", "aggregate", "corpus"}
        for _, table in spec.inputs:
            assert names.index(table) < position, f"{spec.name} needs {table} first"


def test_every_table_is_named_after_its_function():
    for spec in pipeline.TABLES:
        if spec.options:  # a table of one function's non-default form has a name of its own
            assert spec.name != spec.function.__name__
        else:
            assert spec.name == spec.function.__name__
    # and the function is the one users import from framing
    for spec in pipeline.TABLES:
        if spec.name != "articles":
            assert getattr(framing, spec.function.__name__) is spec.function


def test_a_spec_refuses_a_keyword_its_function_does_not_take():
    with pytest.raises(TypeError, match=r"bootstrap_ci\(\) takes no rows="):
        TableSpec(framing.bootstrap_ci, "aggregate", inputs=(("rows", "articles"),))


def test_unknown_table_name_is_refused():
    with pytest.raises(ValueError, match="unknown table.*nonsense"):
        available_tables(["sentences", "nonsense"])


def test_requested_table_pulls_in_its_inputs():
    def summary(corpus, *, values=None):
        return values

    specs = (
        TableSpec(pipeline.articles),
        TableSpec(framing.sentences),
        TableSpec(summary, kind="aggregate", inputs=(("values", "sentences"),)),
    )
    runnable = available_tables(["summary"], tables=specs)
    assert [spec.name for spec in runnable] == ["sentences", "summary"]


def test_an_option_no_table_takes_is_refused(invented, parse_cache):
    with pytest.raises(TypeError, match="actors= is taken by none of the tables asked for"):
        analyze(invented, tables=["sentences"], actors=framing.load_actors(), cache_dir=parse_cache)


def test_sum_counts_adds_partial_counts():
    first = pd.DataFrame({"outlet": ["A", "A", "B"], "term": ["x", "y", "x"], "count": [1, 2, 3]})
    second = pd.DataFrame({"outlet": ["A", "B"], "term": ["x", "z"], "count": [4, 5]})
    total = sum_counts([first, second])
    assert total.to_dict("list") == {
        "outlet": ["A", "A", "B", "B"],
        "term": ["x", "y", "x", "z"],
        "count": [5, 2, 3, 5],
    }


# --------------------------------------------------------------------------- serial run


def test_articles_table_columns_and_dtypes(serial):
    table = serial["articles"]
    assert list(table.columns) == ARTICLE_COLUMNS
    assert table["article_id"].tolist() == ["a1", "a2", "a3", "a4", "a5"]
    for column in ("n_chars", "n_tokens", "n_sentences"):
        assert table[column].dtype == "int64"
    assert table["n_sentences"].tolist() == [2, 2, 2, 2, 2]
    assert table["n_chars"].tolist() == [len(text) for text in INVENTED["text"]]


def test_every_table_equals_the_module_table_function(serial, invented, parse_cache):
    parsed = framing.parse(invented, cache_dir=parse_cache, progress=False)
    assert "sentences" in serial.tables
    for spec in pipeline.TABLES:
        if spec.kind == "aggregate" or spec.name not in serial.tables:
            continue
        function = spec.function
        options = accepted_options(function, {"actors": framing.load_actors()})
        # inputs from the same run's finished tables, as a user would pass them
        inputs = {key: serial[name] for key, name in spec.inputs if name in serial.tables}
        expected = function(parsed, **inputs, **options, **dict(spec.options))
        got = serial[spec.name]
        if spec.kind == "counts":  # summed batch by batch: same rows, maybe another order
            keys = [c for c in got.columns if not pd.api.types.is_numeric_dtype(got[c])]
            got = got.sort_values(keys, ignore_index=True)
            expected = expected.sort_values(keys, ignore_index=True)
        pd.testing.assert_frame_equal(got, expected, obj=spec.name)


def test_batch_size_does_not_change_any_table(serial, invented, parse_cache):
    small = analyze(invented, cache_dir=parse_cache, batch_size=2, progress=False)
    assert_tables_equal(small.tables, serial.tables)


def test_docs_of_a_batch_are_dropped_before_the_next_batch(invented, parse_cache, monkeypatch):
    refs = []  # weak references to every Doc parsed so far
    seen_alive = []
    parse_batch = batches.parse_batch

    def tracking(batch, job):
        gc.collect()
        seen_alive.append(sum(ref() is not None for ref in refs))
        parsed, n_parsed = parse_batch(batch, job)
        refs.extend(weakref.ref(doc) for doc in parsed.docs)
        return parsed, n_parsed

    monkeypatch.setattr(batches, "parse_batch", tracking)
    analyze(invented, cache_dir=parse_cache, batch_size=1, progress=False)
    # every measure ran on every batch, and no batch's Docs outlived it
    assert seen_alive == [0, 0, 0, 0, 0]


def test_tables_subset(invented, parse_cache):
    result = analyze(invented, tables=["sentences"], cache_dir=parse_cache, progress=False)
    assert list(result.tables) == ["sentences"]


def test_adding_articles_parses_only_the_new_ones(invented, tmp_path):
    first = analyze(invented.iloc[:3], tables=["articles"], cache_dir=tmp_path, progress=False)
    again = analyze(invented, tables=["articles"], cache_dir=tmp_path, progress=False)
    assert (first.n_parsed, again.n_parsed) == (3, 2)


def test_cached_and_fresh_parse_give_the_same_tables(serial, invented):
    fresh = analyze(invented, use_cache=False, progress=False)
    assert fresh.n_parsed == len(invented)
    assert_tables_equal(fresh.tables, serial.tables)


def test_cross_article_tables_are_made_over_the_limit_too(serial, invented, parse_cache, monkeypatch):
    corpus_specs = [s.name for s in pipeline.TABLES if s.kind == "corpus" and s.name in serial.tables]
    assert corpus_specs, "no cross-article table was made for five articles"
    monkeypatch.setattr(endtables, "MAX_CORPUS_TABLE_ARTICLES", 4)
    monkeypatch.setattr(endtables, "STORY_RUN_ARTICLES", 4)
    big = analyze(invented, cache_dir=parse_cache, progress=False)
    for name in corpus_specs:  # story by story (tests/test_endtables.py), with the same columns
        assert name in big.tables and name not in big.skipped
        assert list(big[name].columns) == list(serial[name].columns)


def test_bad_options_are_refused(invented):
    with pytest.raises(ValueError, match="workers"):
        analyze(invented, workers=0)
    with pytest.raises(ValueError, match="batch_size"):
        analyze(invented, batch_size=0)


def test_a_plain_table_of_ones_own_is_loaded_like_load_corpus_would(serial, parse_cache):
    # INVENTED has only article_id, outlet and text: no date, title or url
    result = analyze(INVENTED, cache_dir=parse_cache, progress=False)
    assert_tables_equal(dict(result.tables), dict(serial.tables))


def test_a_plain_table_with_a_duplicate_id_is_refused():
    bad = INVENTED.assign(article_id=["a1", "a1", "a3", "a4", "a5"])
    with pytest.raises(framing.CorpusError, match="duplicate"):
        analyze(bad, progress=False)


def test_bad_corpus_raises_corpus_error(tmp_path):
    with pytest.raises(framing.CorpusError, match="no such file"):
        analyze(tmp_path / "missing")


# --------------------------------------------------------------------------- streamed to disk


def _csv_bytes(directory):
    return {path.name: path.read_bytes() for path in sorted(directory.glob("*.csv"))}


def test_streamed_tables_have_the_bytes_of_the_in_memory_tables(serial, invented, parse_cache, tmp_path):
    pipeline.write_tables(serial, tmp_path / "memory")
    # one article per batch: every table is appended five times
    streamed = analyze(invented, cache_dir=parse_cache, batch_size=1, progress=False, out=tmp_path / "streamed")
    assert _csv_bytes(tmp_path / "streamed") == _csv_bytes(tmp_path / "memory")
    assert sorted(p.name for p in (tmp_path / "streamed").iterdir()) == sorted(
        [*_csv_bytes(tmp_path / "memory"), "manifest.json", "report.md"]
    )  # no temporary file or directory left
    assert list(streamed.tables) == list(serial.tables)
    assert streamed.out == tmp_path / "streamed"
    assert streamed.n_rows == {name: len(table) for name, table in serial.tables.items()}
    assert streamed.outlet_rows == serial.outlet_rows
    assert streamed.outlet_rows["sentences"] == {
        "Daily Lantern": 4,
        "River Post": 4,
        "Coast Wire": 2,
    }


def test_streamed_run_reads_per_article_tables_back_and_keeps_aggregates(serial, invented, parse_cache, tmp_path):
    streamed = analyze(invented, cache_dir=parse_cache, progress=False, out=tmp_path)
    sentences = streamed["sentences"]  # read from sentences.csv
    assert sentences["text"].tolist() == serial["sentences"]["text"].tolist()
    assert streamed.tables["responsibility"] is streamed.tables["responsibility"]  # in memory
    pd.testing.assert_frame_equal(streamed["responsibility"], serial["responsibility"])
    assert "term_counts" in streamed and not (tmp_path / "term_counts.csv").exists()
    copied = pipeline.write_tables(streamed, tmp_path / "copy")
    assert [p.read_bytes() for p in copied] == [(tmp_path / p.name).read_bytes() for p in copied]
    assert pipeline.write_tables(streamed, tmp_path) == [tmp_path / p.name for p in copied]


def test_interrupted_streamed_run_leaves_the_previous_tables(invented, parse_cache, tmp_path, monkeypatch):
    out = tmp_path / "out"
    analyze(invented, tables=["articles"], cache_dir=parse_cache, progress=False, out=out)
    before = _csv_bytes(out)
    files = sorted(p.name for p in out.iterdir())
    process_batch = batches.process_batch
    calls = []

    def stop_at_the_third_batch(batch, job):
        calls.append(batch)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return process_batch(batch, job)

    monkeypatch.setattr(batches, "process_batch", stop_at_the_third_batch)
    with pytest.raises(KeyboardInterrupt):
        analyze(invented, cache_dir=parse_cache, batch_size=1, progress=False, out=out)
    assert _csv_bytes(out) == before  # two batches were streamed, none was published
    assert sorted(p.name for p in out.iterdir()) == files
    assert files == ["articles.csv", "manifest.json", "report.md", "skipped.csv"]
    assert list(framing.read_run(out).tables) == ["articles", "skipped"]
    calls.clear()
    with pytest.raises(KeyboardInterrupt):
        analyze(invented, cache_dir=parse_cache, batch_size=1, progress=False, out=tmp_path / "new")
    assert not (tmp_path / "new").exists()  # made by the run, removed with it


def test_interrupted_publish_leaves_only_complete_tables(invented, parse_cache, tmp_path, monkeypatch):
    replace = publish.rename
    calls = []

    def replace_then_stop(source, target):
        calls.append(target)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return replace(source, target)

    monkeypatch.setattr(publish, "rename", replace_then_stop)
    with pytest.raises(KeyboardInterrupt):
        analyze(invented, cache_dir=parse_cache, batch_size=2, progress=False, out=tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["articles.csv"]  # no manifest: not one run
    assert len(pd.read_csv(tmp_path / "articles.csv")) == len(invented)
    with pytest.raises(framing.pipeline.RunError, match="no readable manifest.json"):
        framing.read_run(tmp_path)


# --------------------------------------------------------------------------- parallel


@pytest.mark.slow
def test_two_processes_give_the_serial_tables(serial, invented):
    # no cache: both spawned workers load the model and parse
    parallel = analyze(invented, workers=2, batch_size=2, use_cache=False, progress=False)
    assert parallel.runner == "2 processes"
    assert parallel.n_parsed == len(invented)
    assert_tables_equal(parallel.tables, serial.tables)


@pytest.mark.slow
def test_dask_local_cluster_gives_the_serial_tables(serial, invented):
    pytest.importorskip("distributed")
    distributed = analyze(invented, dask="local", workers=2, batch_size=2, use_cache=False, progress=False)
    assert distributed.runner.startswith("dask")
    assert distributed.n_parsed == len(invented)
    assert_tables_equal(distributed.tables, serial.tables)


def test_one_outlet_skips_the_outlet_comparison_and_makes_the_rest(invented, parse_cache):
    one = invented[invented["outlet"] == "River Post"].assign(desk=["north", "south"])
    result = analyze(one, cache_dir=parse_cache, progress=False)
    assert result.skipped == {
        "distinctive_terms": "compares outlets with each other, so it needs at least 2 outlets; this corpus has 1"
    }
    assert "distinctive_terms" not in result.tables
    assert {"articles", "term_counts", "toll_table", "outlet_tone", "text_reuse"} <= set(result.tables)
    articles = result["articles"]
    assert list(articles.columns) == [*ARTICLE_COLUMNS, "desk"]  # extra metadata kept, after the sizes
    assert articles["desk"].tolist() == ["north", "south"]
