"""The `framing analyze` command: outputs, exit codes, messages, atomic writes."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

import framing
from conftest import RAW
from framing import cli
from framing.pipeline import TABLES

# Invented articles (not from the corpus), written as JSON lines.
ARTICLES = [
    {
        "article_id": "x1",
        "outlet": "Harbour Times",
        "date": "2024-05-01",
        "text": "Rebels shelled the port of Kessel overnight.\nFive fishermen were wounded, the mayor said.",
    },
    {
        "article_id": "x2",
        "outlet": "Valley Courier",
        "text": "The ministry reportedly ordered an inquiry.\nNo one has claimed responsibility.",
    },
    {
        "article_id": "x3",
        "outlet": "Harbour Times",
        "text": "Soldiers were accused of looting shops in Kessel.\nThe army denied the claims.",
    },
]


@pytest.fixture()
def jsonl(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    return path


def run(args, capsys):
    code = cli.main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def csv_names(directory):
    return sorted(p.name for p in directory.glob("*.csv"))


def test_analyze_writes_every_table_and_a_report(jsonl, tmp_path, parse_cache, capsys):
    out = tmp_path / "out"
    code, _, err = run(["analyze", str(jsonl), "--out", str(out), "--cache-dir", str(parse_cache)], capsys)
    assert code == 0, err
    expected = framing.analyze(jsonl, cache_dir=parse_cache, progress=False)
    written = {spec.name for spec in TABLES if spec.write} & set(expected.tables)
    # the tables, the articles skipped, and what reading and cleaning left out of the articles
    assert csv_names(out) == sorted([*(f"{name}.csv" for name in written), "removed_lines.csv", "skipped.csv"])
    articles = pd.read_csv(out / "articles.csv", dtype={"article_id": str})
    assert articles["article_id"].tolist() == ["x1", "x2", "x3"]
    sentences = pd.read_csv(out / "sentences.csv", keep_default_na=False)
    assert len(sentences) == len(expected["sentences"]) == 6
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "3 articles from 2 outlets" in report
    assert "| `sentences.csv` | 6 |" in report
    assert not list(out.glob("*.tmp")) and not list(out.glob(".*"))


def test_seed_corpus_runs(tmp_path, parse_cache, capsys):
    out = tmp_path / "seed"
    code, _, err = run(
        ["analyze", str(RAW), "--out", str(out), "--cache-dir", str(parse_cache), "--quiet", "--no-figures"], capsys
    )
    assert code == 0, err
    assert err == ""
    assert len(pd.read_csv(out / "articles.csv")) == 5
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "| BBC News | 1 | " in report  # integer counts per outlet
    if (out / "responsibility.csv").exists():
        assert "harm events with no agent expressed" in report


def test_analyze_writes_png_and_pdf_figures_unless_told_not_to(jsonl, tmp_path, parse_cache, capsys):
    from framing.pipeline.figures import FIGURE_FILES

    out = tmp_path / "out"
    code, _, err = run(["analyze", str(jsonl), "--out", str(out), "--cache-dir", str(parse_cache), "-q"], capsys)
    assert code == 0, err
    made = {p.stem for p in (out / "figures").glob("*.png")}
    assert made == {p.stem for p in (out / "figures").glob("*.pdf")}
    # every figure whose tables exist and have rows, and no other
    expected = {
        name
        for name, tables in FIGURE_FILES.items()
        if all((out / f"{t}.csv").exists() and len(pd.read_csv(out / f"{t}.csv")) for t in tables)
    }
    assert {"article-lengths", "agent-groups", "event-forms", "sources"} <= made
    assert made == expected
    png = (out / "figures" / "agent-groups.png").read_bytes()
    assert png.startswith(b"\x89PNG") and (out / "figures" / "agent-groups.pdf").read_bytes().startswith(b"%PDF")

    bare = tmp_path / "bare"
    code, _, err = run(
        ["analyze", str(jsonl), "--out", str(bare), "--cache-dir", str(parse_cache), "-q", "--no-figures"], capsys
    )
    assert code == 0, err
    assert not (bare / "figures").exists()
    assert (bare / "articles.csv").exists()


def test_report_with_only_the_articles_table():
    articles = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "n_sentences": [3, 4]})
    result = framing.pipeline.Analysis(
        tables={"articles": articles},
        skipped={"passives": "module framing.agency not found"},
        n_articles=2,
        n_parsed=1,
        seconds=0.5,
        runner="1 process",
        model="m",
    )
    report = cli.render_report(result, input_name="in.csv")
    assert "2 articles from 2 outlets" in report
    assert "1 articles parsed, 1 read from the parse cache" in report
    assert "* `passives`: module framing.agency not found" in report
    assert "| Y | 1 | 4 |" in report
    assert "Key figures" not in report


@pytest.mark.parametrize(
    "runner", [["--workers", "2"], ["--dask", "local", "--workers", "2"]], ids=["processes", "dask"]
)
def test_workers_give_byte_identical_tables(runner, jsonl, tmp_path, parse_cache, capsys):
    if "--dask" in runner:
        pytest.importorskip("distributed")
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    base = ["analyze", str(jsonl), "--cache-dir", str(parse_cache), "--quiet", "--batch-size", "1", "--no-figures"]
    assert run([*base, "--out", str(serial)], capsys)[0] == 0
    code, _, err = run([*base, "--out", str(parallel), *runner], capsys)
    assert code == 0
    assert err == ""  # no Dask chatter with --quiet
    assert csv_names(serial) == csv_names(parallel)
    for name in csv_names(serial):
        assert (serial / name).read_bytes() == (parallel / name).read_bytes(), name


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["analyze", "{tmp}/missing", "--out", "{tmp}/o"], "no such file or directory"),
        (["analyze", "{tmp}/bad.txt", "--out", "{tmp}/o"], "unsupported input"),
        (
            ["analyze", "{jsonl}", "--out", "{tmp}/o", "--model", "no_such_pipeline"],
            "is not installed",
        ),
        (["analyze", "{jsonl}", "--out", "{tmp}/o", "--actors", "{tmp}/none.csv"], "--actors"),
        (["analyze", "{jsonl}", "--out", "{tmp}/o", "--actors", "{tmp}/bad.txt"], "bad.txt"),
        (
            ["analyze", "{jsonl}", "--out", "{tmp}/o", "--spelling-variants", "{tmp}/none.csv"],
            "--spelling-variants",
        ),
        (["analyze", "{jsonl}", "--out", "{tmp}/o", "--spelling-variants", "{tmp}/bad.txt"], "bad.txt"),
        (["analyze", "{jsonl}", "--out", "{tmp}/o", "--tables", "sentences,nonsense"], "nonsense"),
        (["analyze", "{jsonl}", "--out", "{tmp}/bad.txt"], "not a directory"),
    ],
)
def test_bad_input_exits_2_with_one_message(args, message, jsonl, tmp_path, capsys):
    (tmp_path / "bad.txt").write_text("role,group\nvillain,x\n", encoding="utf-8")
    args = [a.format(tmp=tmp_path, jsonl=jsonl) for a in args]
    code, out, err = run(args, capsys)
    assert code == 2
    lines = [line for line in err.splitlines() if line.startswith("framing: error:")]
    assert len(lines) == 1 and message in lines[0]
    assert "Traceback" not in err
    assert not (tmp_path / "o").exists()


def test_spelling_variants_file_is_added_to_the_default(jsonl, tmp_path, parse_cache, capsys):
    variants = tmp_path / "places.csv"
    variants.write_text("variant,canonical,match,rationale\nkessel,kesselburg,word,invented place\n")
    base = ["analyze", str(jsonl), "--cache-dir", str(parse_cache), "--quiet", "--tables", "distinctive_terms"]
    assert run([*base, "--out", str(tmp_path / "plain")], capsys)[0] == 0
    assert run([*base, "--out", str(tmp_path / "study"), "--spelling-variants", str(variants)], capsys)[0] == 0
    plain = set(pd.read_csv(tmp_path / "plain" / "distinctive_terms.csv")["term"])
    study = set(pd.read_csv(tmp_path / "study" / "distinctive_terms.csv")["term"])
    assert "kessel" in plain and "kesselburg" not in plain
    assert "kesselburg" in study and "kessel" not in study


@pytest.mark.parametrize("option", [["--workers", "0"], ["--batch-size", "x"]])
def test_bad_option_is_a_usage_error(option, jsonl, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["analyze", str(jsonl), "--out", str(tmp_path / "o"), *option])
    assert exit_info.value.code == 2
    assert "framing analyze: error:" in capsys.readouterr().err


def test_interrupted_analysis_writes_nothing(jsonl, tmp_path, capsys, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(framing.pipeline, "analyze", interrupted)
    code, _, err = run(["analyze", str(jsonl), "--out", str(tmp_path / "o")], capsys)
    assert code == 130
    assert "interrupted" in err
    assert not (tmp_path / "o").exists()


def test_interrupted_write_leaves_no_half_written_table(jsonl, tmp_path, parse_cache, capsys, monkeypatch):
    out = tmp_path / "o"
    replace = framing.pipeline.publish.rename
    calls = []

    def rename_then_stop(source, target):
        calls.append(target)
        if len(calls) == 2:  # stop while the finished tables are being renamed into place
            raise KeyboardInterrupt
        return replace(source, target)

    monkeypatch.setattr(framing.pipeline.publish, "rename", rename_then_stop)
    code, _, err = run(["analyze", str(jsonl), "--out", str(out), "--cache-dir", str(parse_cache)], capsys)
    assert code == 130
    assert "no table was half-written" in err
    assert list(out.iterdir()) == [out / "articles.csv"]  # no temporary file left, and no manifest
    assert len(pd.read_csv(out / "articles.csv")) == 3
    with pytest.raises(framing.pipeline.RunError):
        framing.read_run(out)


def test_module_entry_point_help_and_bad_input(tmp_path):
    shown = subprocess.run(
        [sys.executable, "-m", "framing", "analyze", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert shown.returncode == 0
    for option in (
        "--out",
        "--actors",
        "--model",
        "--workers",
        "--dask",
        "--batch-size",
        "--cache-dir",
    ):
        assert option in shown.stdout
    failed = subprocess.run(
        [
            sys.executable,
            "-m",
            "framing",
            "analyze",
            str(tmp_path / "missing"),
            "--out",
            str(tmp_path / "o"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert failed.returncode == 2
    assert failed.stderr.strip().splitlines() == [f"framing: error: {tmp_path / 'missing'}: no such file or directory"]


def test_report_rates_name_only_tables_the_pipeline_makes():
    from framing.pipeline import TABLES
    from framing.pipeline.report import PER_SENTENCE_TABLES

    assert set(PER_SENTENCE_TABLES) <= {spec.name for spec in TABLES}


def test_stock_ruler_flag_turns_the_indexed_ruler_off_for_the_run(jsonl, tmp_path, capsys, monkeypatch):
    from framing import nlp

    monkeypatch.setenv(nlp.INDEXED_RULER_ENV_VAR, "1")  # restored after the test, like the flag's change
    seen = []

    def record(*args, **kwargs):
        seen.append(nlp.indexed_ruler_default())
        raise KeyboardInterrupt

    monkeypatch.setattr(framing.pipeline, "analyze", record)
    run(["analyze", str(jsonl), "--out", str(tmp_path / "o")], capsys)
    run(["analyze", str(jsonl), "--out", str(tmp_path / "o"), "--stock-ruler"], capsys)
    assert seen == [True, False]


def test_a_taxonomy_no_asked_table_uses_is_a_clear_error(jsonl, tmp_path, capsys):
    actors = RAW.parent / "study" / "actors.csv"
    args = ["analyze", str(jsonl), "--out", str(tmp_path / "o"), "--tables", "sentences", "--actors", str(actors)]
    code, _, err = run(args, capsys)
    assert code == 2
    assert "actors= is taken by none of the tables asked for (sentences)" in err


# ---------------------------------------------------------------- word lists and taxonomies

#: Invented reports for the word-list options: each list below changes one table on them.
LEXICON_ARTICLES = [
    {
        "article_id": "w1",
        "outlet": "Harbour Times",
        "text": "Rebels shelled the port of Kessel overnight. Nine traders were killed in a blaze "
        "at the market, the mayor said. Residents called it a brutal massacre.",
    },
    {
        "article_id": "w2",
        "outlet": "Valley Courier",
        "text": "Witnesses allegedly saw soldiers beating detainees in Morrow. The ministry said "
        "nine farmers were wounded.",
    },
]

#: option -> (packaged list, its key column, rows to drop, rows to add, table it changes)
LEXICON_CASES = {
    "harm_terms": ("harm_terms", "term", ["shell"], [], "harm_events"),
    "harm_causes": ("harm_causes", "term", ["blaze"], [], "harm_events"),
    "stative": ("stative_participles", "term", [], [{"term": "kill", "rationale": "test"}], "passives"),
    "victims": (
        "victims_generic",
        "pattern",
        [],
        [{"victims": "merchants", "match": "head", "pattern": "trader", "note": "test"}],
        "casualties",
    ),
    "quantities": ("quantities", "text", ["nine"], [], "casualties"),
    "toll_terms": ("toll_terms", "lemma", ["kill"], [], "casualties"),
    "hedge_cues": ("hedges", "cue", ["allegedly"], [], "hedges"),
    "reporting_verbs": ("reporting_verbs", "lemma", ["say"], [], "attributions"),
    "event_labels": ("event_labels", "label", ["massacre"], [], "event_mentions"),
    "loaded_language": ("loaded_language", "word", ["brutal"], [], "loaded_sentences"),
    "people_nouns": ("people_nouns", "lemma", ["trader", "farmer"], [], "actor_mentions"),
    "stop_words": ("stopwords", "word", [], [{"word": "rebels", "source": "test"}], "distinctive_terms"),
    "vader_domain": (
        "vader_domain",
        "token",
        [],
        [{"token": "traders", "action": "add", "valence": "3.0", "anchor": "good", "rationale": "test"}],
        "sentence_sentiment",
    ),
}


@pytest.fixture(scope="module")
def lexicon_corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("lexicons") / "articles.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in LEXICON_ARTICLES) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def default_tables(lexicon_corpus, parse_cache):
    names = sorted({case[-1] for case in LEXICON_CASES.values()})
    return framing.analyze(lexicon_corpus, tables=names, cache_dir=parse_cache, progress=False)


def test_every_lexicon_option_is_a_cli_option():
    from framing.pipeline.registry import LEXICON_OPTIONS

    assert set(cli.LEXICON_HELP) == set(LEXICON_OPTIONS) == set(LEXICON_CASES)


@pytest.mark.parametrize("spec", [spec for spec in TABLES], ids=lambda spec: spec.name)
def test_every_list_a_table_function_reads_has_a_cli_option(spec):
    # a keyword typed as a file input (a taxonomy, a word list, a path) is reached by --actors,
    # --sources, --spelling-variants or one of the LEXICON_OPTIONS (--toll-terms for casualties ...)
    import inspect

    from framing.pipeline.registry import LEXICON_OPTIONS, lexicon_takers

    direct = {"actors", "sources", "spelling_variants"}
    for keyword, param in inspect.signature(spec.function).parameters.items():
        kind = str(param.annotation)
        if param.kind != param.KEYWORD_ONLY or "Corpus" in kind:
            continue
        if not any(word in kind for word in ("TaxonomyInput", "WordListInput", "SpellingInput", "Path")):
            continue
        names = [n for n, (key, _) in LEXICON_OPTIONS.items() if key == keyword]
        reached = keyword in direct or any(lexicon_takers(n, [spec.function]) for n in names)
        assert reached, f"{spec.name}({keyword}=...) has no option of framing.analyze nor of the CLI"


@pytest.mark.parametrize("name", sorted(LEXICON_CASES))
def test_missing_lexicon_file_exits_2_with_one_line(name, jsonl, tmp_path, capsys):
    flag = "--" + name.replace("_", "-")
    code, out, err = run(["analyze", str(jsonl), "--out", str(tmp_path / "o"), flag, str(tmp_path / "no.csv")], capsys)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and flag in err and "no.csv" in err


@pytest.mark.parametrize("name", sorted(LEXICON_CASES))
def test_lexicon_file_changes_its_table(name, lexicon_corpus, default_tables, parse_cache, tmp_path, capsys):
    from framing.lexicons import load_lexicon

    packaged, key, drop, add, table = LEXICON_CASES[name]
    lexicon = load_lexicon(packaged)
    lexicon = lexicon[~lexicon[key].str.lower().isin(drop)]
    added = pd.DataFrame(add, columns=lexicon.columns, dtype=object).fillna("")
    lexicon = pd.concat([added, lexicon], ignore_index=True)
    path = tmp_path / f"{name}.csv"
    lexicon.to_csv(path, index=False)
    out = tmp_path / "out"
    flag = "--" + name.replace("_", "-")
    args = ["analyze", str(lexicon_corpus), "--out", str(out), "--cache-dir", str(parse_cache), "--quiet"]
    code, _, err = run([*args, "--tables", table, flag, str(path)], capsys)
    assert code == 0, err
    changed = pd.read_csv(out / f"{table}.csv", keep_default_na=False, dtype=str)
    before = default_tables[table].astype(str)
    assert not (changed.shape == before.shape and (changed.to_numpy() == before.to_numpy()).all()), (
        f"{flag} left {table} unchanged"
    )


def test_people_nouns_reach_the_victims_of_tolls(lexicon_corpus, default_tables, parse_cache, tmp_path, capsys):
    # "Nine traders were killed": traders are no victims-taxonomy noun, so the person nouns say who they are
    from framing.lexicons import load_lexicon

    lexicon = load_lexicon("people_nouns")
    path = tmp_path / "people_nouns.csv"
    lexicon[~lexicon["lemma"].isin(["trader", "farmer"])].to_csv(path, index=False)
    out = tmp_path / "out"
    args = ["analyze", str(lexicon_corpus), "--out", str(out), "--cache-dir", str(parse_cache), "--quiet"]
    code, _, err = run([*args, "--tables", "casualties", "--people-nouns", str(path)], capsys)
    assert code == 0, err
    changed = pd.read_csv(out / "casualties.csv", keep_default_na=False, dtype=str)
    before = default_tables["casualties"]
    assert "nine traders" in " ".join(before["victim_text"].str.lower())
    assert "nine traders" not in " ".join(changed["victim_text"].str.lower())


def test_python_api_refuses_an_unknown_list_name(lexicon_corpus, parse_cache):
    with pytest.raises(TypeError, match="harm_term"):
        framing.analyze(lexicon_corpus, tables=["harm_events"], lexicons={"harm_term": "x.csv"}, progress=False)


def test_key_figures_name_the_resampling_unit():
    from types import SimpleNamespace

    import pandas as pd

    from framing.pipeline.report import _key_figures

    table = pd.DataFrame(
        {
            "outlet": ["A", "B"],
            "measure": "agentless",
            "group": "",
            "n": [3, 4],
            "n_events": [6, 8],
            "share": [0.5, 0.5],
            "ci_low": [0.2, 0.25],
            "ci_high": [0.8, 0.75],
            "ci_unit": ["article", "sentence"],
        }
    )
    lines = _key_figures(SimpleNamespace(tables={"responsibility": table}))
    assert "| outlet | value | 95% CI | resampled |" in lines
    assert "| A | 0.50 | 0.20 to 0.80 | articles |" in lines
    assert "| B | 0.50 | 0.25 to 0.75 | sentences |" in lines
