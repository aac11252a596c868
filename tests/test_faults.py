"""Fault injection: kills, SIGTERM, dead workers, full and read-only disks, stale and hostile output.

Most cases run ``framing analyze`` in a subprocess (``tests/faultkit.py``
injects the fault at a named point) on four invented articles, with a parse
cache warmed once, so the module runs in a few minutes. Each checks what
issue 19 asks: after any fault ``--out`` holds the previous run or a folder
:func:`framing.read_run` refuses, never a mixed set; no ``.framing-run-*``
folder outlives the next run; a rerun gives the tables of an uninterrupted run
byte for byte.
"""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import framing
from framing import cli
from framing.pipeline import RunError, TableSpec, batches, endtables, publish, run
from framing.pipeline.publish import escape_formulas, unescape_formulas

TESTS = Path(__file__).resolve().parent
SRC = Path(framing.__file__).resolve().parents[1]

# Invented articles; k2-k4 hold lines a spreadsheet would run as formulas.
ARTICLES = {
    "k1": (
        "Harbour Times",
        "Rebels shelled the port of Kessel overnight.\nFive fishermen were wounded, the mayor said.",
    ),
    "k2": (
        "Valley Courier",
        '=HYPERLINK("http://example.invalid","details")\nThe ministry reportedly ordered an inquiry.\n'
        "No one has claimed responsibility.",
    ),
    "k3": (
        "Harbour Times",
        "Soldiers were accused of looting shops in Kessel.\n+44 20 7946 0000 is the number residents called.\n"
        "The army denied the claims.",
    ),
    "k4": ("Valley Courier", "@Kessel residents said gunmen killed two farmers on Sunday.\nPolice arrested three men."),
}


#: The tables of the runs compared with the reference: per-article tables, term counts
#: and aggregates, but not the cross-article tables, whose imports (scikit-learn)
#: would double the time of every subprocess.
SOME_TABLES = ["--tables", "sentences,responsibility,outlet_tone,loaded_words"]


def write_corpus(folder: Path, ids) -> Path:
    folder.mkdir(parents=True)
    rows = ["file,article_id,outlet,date"]
    for article_id in ids:
        outlet, text = ARTICLES[article_id]
        (folder / f"{article_id}.txt").write_text(text + "\n", encoding="utf-8")
        rows.append(f"{article_id}.txt,{article_id},{outlet},2024-05-0{article_id[1]}")
    (folder / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    root = tmp_path_factory.mktemp("faults")
    return {
        "root": root,
        "full": write_corpus(root / "full", ["k1", "k2", "k3", "k4"]),
        "small": write_corpus(root / "small", ["k1", "k2", "k3"]),
        "cache": root / "cache",
    }


def framing_run(work, corpus, out, *extra, fault=None, preexec_fn=None, timeout=300, popen=False):
    """``framing analyze`` in a subprocess, through faultkit (no fault unless ``fault`` names one)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), str(SRC)]), **(fault or {})}
    command = [sys.executable, "-m", "faultkit", "analyze", str(corpus), "--out", str(out)]
    command += ["--cache-dir", str(work["cache"]), "--quiet", "--batch-size", "1", *SOME_TABLES, *extra]
    if popen:
        return subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True, preexec_fn=preexec_fn)
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout, preexec_fn=preexec_fn)


@pytest.fixture(scope="module")
def reference(work):
    """An uninterrupted run on the four articles (it also warms the parse cache)."""
    out = work["root"] / "reference"
    done = framing_run(work, work["full"], out)
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture(scope="module")
def previous(work, reference):
    """The run already in --out before the faulty one: three of the four articles."""
    out = work["root"] / "previous"
    done = framing_run(work, work["small"], out)
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture()
def out(previous, tmp_path):
    """An output folder holding the previous run."""
    target = tmp_path / "out"
    shutil.copytree(previous, target)
    return target


def csv_bytes(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.glob("*.csv"))}


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.glob(".framing-run-*"))


def error_lines(stderr: str) -> list[str]:
    assert "Traceback" not in stderr, stderr
    return [line for line in stderr.splitlines() if line.startswith("framing: error:")]


def assert_is_previous_run(out: Path, previous: Path) -> None:
    assert csv_bytes(out) == csv_bytes(previous)
    assert framing.read_run(out).run_id == framing.read_run(previous).run_id


def assert_rerun_gives_reference(work, out: Path, reference: Path) -> None:
    done = framing_run(work, work["full"], out)
    assert done.returncode == 0, done.stderr
    assert csv_bytes(out) == csv_bytes(reference)
    assert leftovers(out) == []
    checked = framing.read_run(out)
    assert checked.manifest["corpus_sha256"] == framing.read_run(reference).manifest["corpus_sha256"]


# --------------------------------------------------------------------------- kill -9 at named points


@pytest.mark.parametrize(
    ("point", "call"),
    [("batch", "2"), ("aggregate", "1"), ("rename", "1"), ("rename", "4"), ("rename", "last")],
    ids=["while-streaming", "while-aggregating", "publish-first-file", "publish-fourth-file", "publish-manifest"],
)
def test_kill_9_leaves_the_previous_run_or_a_refused_folder_and_a_rerun_repairs_it(
    point, call, work, out, previous, reference
):
    killed = framing_run(work, work["full"], out, fault={"FAULT_AT": point, "FAULT_CALL": call, "FAULT_DO": "kill"})
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    if point == "rename":  # killed while switching in: no manifest, so no reader trusts the mix
        assert not (out / "manifest.json").exists()
        with pytest.raises(RunError, match="no readable manifest.json"):
            framing.read_run(out)
    else:  # killed before publishing: the previous run is untouched
        assert_is_previous_run(out, previous)
    assert len(leftovers(out)) == 1  # the killed run's folder, removed by the next run
    assert_rerun_gives_reference(work, out, reference)


def test_sigterm_removes_the_run_folder_and_leaves_the_previous_run(work, out, previous, tmp_path):
    ready = tmp_path / "ready"
    fault = {"FAULT_AT": "batch", "FAULT_CALL": "2", "FAULT_DO": "pause", "FAULT_READY": str(ready)}
    process = framing_run(work, work["full"], out, fault=fault, popen=True)
    deadline = time.monotonic() + 120
    while not ready.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert ready.exists(), process.stderr.read() if process.poll() is not None else "never paused"
    assert len(leftovers(out)) == 1
    process.send_signal(signal.SIGTERM)
    stderr = process.communicate(timeout=60)[1]
    assert process.returncode == 143, stderr
    assert "Traceback" not in stderr
    assert [line for line in stderr.splitlines() if line.startswith("framing:")] == [
        f"framing: terminated (SIGTERM); {out} holds the last complete run, if any"
    ]
    assert leftovers(out) == []
    assert_is_previous_run(out, previous)


def test_sigterm_while_publishing_waits_for_the_switch_to_finish(work, out, reference, tmp_path):
    ready = tmp_path / "ready"
    fault = {"FAULT_AT": "rename", "FAULT_CALL": "2", "FAULT_DO": "pause", "FAULT_PAUSE": "2"}
    process = framing_run(work, work["full"], out, fault={**fault, "FAULT_READY": str(ready)}, popen=True)
    deadline = time.monotonic() + 120
    while not ready.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert ready.exists(), "never reached the second rename"
    process.send_signal(signal.SIGTERM)  # one file moved, the others not yet
    stderr = process.communicate(timeout=60)[1]
    assert process.returncode == 143, stderr
    assert leftovers(out) == []
    assert csv_bytes(out) == csv_bytes(reference)  # the whole new run, switched in
    assert framing.read_run(out).manifest["n_articles"] == 4


# --------------------------------------------------------------------------- worker processes


@pytest.mark.slow  # two pools of spawned workers: 30 s on the shared 2-core machine
def test_a_worker_killed_once_is_redone_and_the_tables_are_unchanged(work, out, reference, tmp_path):
    fault = {"FAULT_AT": "worker", "FAULT_ARTICLE": "k3", "FAULT_DO": "kill-once", "FAULT_READY": str(tmp_path / "k")}
    done = framing_run(work, work["full"], out, "--workers", "2", fault=fault)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "k").exists()  # a worker was killed
    assert "a worker process died" in done.stderr
    assert csv_bytes(out) == csv_bytes(reference)
    assert leftovers(out) == []


@pytest.mark.slow  # two pools of spawned workers: 30 s on the shared 2-core machine
def test_a_batch_that_kills_its_worker_twice_exits_2_naming_its_articles(work, out, previous, tmp_path):
    fault = {"FAULT_AT": "worker", "FAULT_ARTICLE": "k3", "FAULT_DO": "kill", "FAULT_READY": str(tmp_path / "k")}
    done = framing_run(work, work["full"], out, "--workers", "2", fault=fault, timeout=240)
    assert done.returncode == 2, done.stderr
    lines = error_lines(done.stderr)
    assert len(lines) == 1 and "died twice on the batch of articles k3 " in lines[0]
    assert leftovers(out) == []
    assert_is_previous_run(out, previous)


# --------------------------------------------------------------------------- disks


def test_full_disk_exits_2_with_one_line_and_leaves_the_previous_run(work, out, previous, reference):
    limit = max(path.stat().st_size for path in reference.glob("*.csv")) // 2

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    done = framing_run(work, work["full"], out, preexec_fn=small_files)
    assert done.returncode == 2, done.stderr
    lines = error_lines(done.stderr)
    assert len(lines) == 1 and "File too large" in lines[0] and str(out) in lines[0]
    assert leftovers(out) == []
    assert_is_previous_run(out, previous)


def _read_only_folder(tmp_path) -> Path:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        (folder / "probe").mkdir()
    except OSError:
        return folder
    # root writes anywhere it has permission bits against it; sysfs refuses even root
    if Path("/sys/kernel").is_dir():
        try:
            (Path("/sys/kernel") / "framing-probe").mkdir()
        except OSError:
            return Path("/sys/kernel")
    pytest.skip("no folder here refuses writes to this user")


def test_read_only_out_exits_2_with_one_line(work, reference, tmp_path, capsys):
    folder = _read_only_folder(tmp_path)
    code = cli.main(["analyze", str(work["full"]), "--out", str(folder), "--cache-dir", str(work["cache"]), "-q"])
    lines = error_lines(capsys.readouterr().err)
    assert code == 2
    assert len(lines) == 1 and f"cannot write the output to {folder}" in lines[0]


@pytest.mark.parametrize("where", ["under-a-file", "under-sysfs"])
def test_an_out_that_cannot_be_created_exits_2_with_one_line(where, work, reference, tmp_path, capsys):
    if where == "under-a-file":
        (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
        target = tmp_path / "notes.txt" / "results"
    else:
        if not Path("/sys/kernel").is_dir():
            pytest.skip("no sysfs")
        target = Path("/sys/kernel/framing-results/run")
    code = cli.main(["analyze", str(work["full"]), "--out", str(target), "--cache-dir", str(work["cache"]), "-q"])
    lines = error_lines(capsys.readouterr().err)
    assert code == 2
    assert len(lines) == 1 and "cannot write the output to" in lines[0]


# --------------------------------------------------------------------------- stale output


def test_tables_a_run_does_not_make_are_removed_and_listed_as_not_asked_for(work, reference, tmp_path, capsys):
    out = tmp_path / "out"
    shutil.copytree(reference, out)
    args = ["analyze", str(work["full"]), "--out", str(out), "--cache-dir", str(work["cache"]), "-q"]
    assert cli.main([*args, "--tables", "sentences"]) == 0, capsys.readouterr().err
    made = ["evidence.html", "manifest.json", "removed_lines.csv", "report.md", "sentences.csv", "skipped.csv"]
    assert sorted(p.name for p in out.iterdir()) == made
    checked = framing.read_run(out)
    assert list(checked.tables) == ["sentences", "skipped", "removed_lines"]  # removed_lines: written by the CLI
    assert checked.not_made["align_claims"] == "not asked for"
    assert "Not asked for: `articles`, " in (out / "report.md").read_text(encoding="utf-8")


def test_a_stray_table_from_another_run_is_refused(reference, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(reference, out)
    (out / "sentences.csv").write_bytes(b"article_id,outlet\nz,Z\n")
    with pytest.raises(RunError, match="sentences.csv: differs from the file run"):
        framing.read_run(out)
    (out / "sentences.csv").unlink()
    with pytest.raises(RunError, match="sentences.csv: listed in manifest.json .* but missing"):
        framing.read_run(out)


def test_run_folders_of_dead_runs_are_removed_when_the_next_run_starts(work, reference, tmp_path, capsys):
    out = tmp_path / "out"
    shutil.copytree(reference, out)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True)
        dead_pid = int(finished.stdout)
        for name in (f".framing-run-{dead_pid}-0a0b", ".framing-run-x1y2z3", f".framing-run-{sleeper.pid}-live"):
            (out / name).mkdir()
            (out / name / "sentences.csv").write_text("half,written\n", encoding="utf-8")
        args = ["analyze", str(work["full"]), "--out", str(out), "--cache-dir", str(work["cache"]), "-q"]
        assert cli.main([*args, *SOME_TABLES]) == 0, capsys.readouterr().err
        # a live process's folder is its own business; the dead and the pre-0.2 ones are gone
        assert leftovers(out) == [f".framing-run-{sleeper.pid}-live"]
    finally:
        sleeper.kill()
        sleeper.wait()
    assert csv_bytes(out) == csv_bytes(reference)


def test_report_and_manifest_agree(reference):
    manifest = json.loads((reference / "manifest.json").read_text(encoding="utf-8"))
    report = (reference / "report.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `(\w+)\.csv` \| (\d+) \|", report, re.M))
    tables = {entry["table"]: entry["rows"] for entry in manifest["files"] if "table" in entry}
    assert {name: int(n) for name, n in rows.items()} == tables
    assert manifest["run_id"] in report
    for entry in manifest["files"]:
        assert entry["sha256"] == publish.file_sha256(reference / entry["file"])
    assert manifest["framing_version"] == framing.__version__
    assert manifest["n_articles"] == 4
    assert set(manifest) >= {"run_id", "corpus_sha256", "framing_version", "files", "not_made"}


def test_one_outlet_writes_every_other_table_and_says_why_one_is_missing(work, reference, tmp_path, capsys):
    corpus = write_corpus(tmp_path / "one", ["k1", "k3"])
    out = tmp_path / "out"
    code = cli.main(["analyze", str(corpus), "--out", str(out), "--cache-dir", str(work["cache"]), "-q"])
    assert code == 0, capsys.readouterr().err
    checked = framing.read_run(out)
    reason = checked.not_made["distinctive_terms"]
    assert reason.startswith("compares outlets with each other")
    assert f"* `distinctive_terms`: {reason}" in (out / "report.md").read_text(encoding="utf-8")
    made = set(checked.tables)
    assert {"articles", "sentences", "responsibility", "outlet_tone", "text_reuse"} <= made
    assert "distinctive_terms" not in made and not (out / "distinctive_terms.csv").exists()


# --------------------------------------------------------------------------- articles and tables that fail


def _fail_on(article_id, function):
    def failing(batch, *args, **kwargs):
        ids = batch["article_id"].tolist() if isinstance(batch, pd.DataFrame) else batch.articles["article_id"].tolist()
        if article_id in ids:
            raise ValueError(f"cannot handle {article_id}\nsecond line")
        return function(batch, *args, **kwargs)

    return failing


def test_an_article_that_fails_to_parse_is_skipped_named_and_listed(
    work, reference, tmp_path, monkeypatch, capsys, caplog
):
    monkeypatch.setattr(batches, "parse_batch", _fail_on("k2", batches.parse_batch))
    out = tmp_path / "out"
    args = ["analyze", str(work["full"]), "--out", str(out), "--cache-dir", str(work["cache"])]
    assert cli.main([*args, "--batch-size", "4"]) == 0
    assert "skipped article k2 (parse): ValueError: cannot handle k2" in caplog.text
    checked = framing.read_run(out)
    assert list(checked.skipped.columns) == ["article_id", "file", "stage", "reason"]
    assert checked.skipped[["article_id", "stage", "reason"]].values.tolist() == [
        ["k2", "parse", "ValueError: cannot handle k2"]
    ]
    assert checked["articles"]["article_id"].tolist() == ["k1", "k3", "k4"]
    assert "k2" not in set(checked["sentences"]["article_id"])
    assert checked.manifest["n_articles_skipped"] == 1
    assert "* `k2` (parse): ValueError: cannot handle k2" in (out / "report.md").read_text(encoding="utf-8")
    # with --strict the same article stops the run, named, and --out keeps the previous run
    before = csv_bytes(out)
    assert cli.main([*args, "--strict", "-q"]) == 2
    lines = error_lines(capsys.readouterr().err)
    assert len(lines) == 1 and "article k2: parse failed: ValueError: cannot handle k2" in lines[0]
    assert csv_bytes(out) == before and leftovers(out) == []


def test_every_article_failing_is_an_error_not_an_empty_run(work, tmp_path, monkeypatch, capsys):
    def broken(batch, job):
        raise RuntimeError("pipeline cannot load")

    monkeypatch.setattr(batches, "parse_batch", broken)
    out = tmp_path / "out"
    code = cli.main(["analyze", str(work["full"]), "--out", str(out), "--cache-dir", str(work["cache"]), "-q"])
    lines = error_lines(capsys.readouterr().err)
    assert code == 2
    assert len(lines) == 1 and "every article failed (4)" in lines[0] and "pipeline cannot load" in lines[0]
    assert not out.exists()


def test_an_article_a_measure_fails_on_is_left_out_of_every_table(work, tmp_path, monkeypatch):
    def boom(corpus):
        ids = corpus.articles["article_id"].tolist()
        if "k4" in ids:
            raise KeyError("no rule for this")
        return pd.DataFrame({"article_id": ids})

    chosen = run.available_tables
    monkeypatch.setattr(run, "available_tables", lambda names=None: [*chosen(names), TableSpec(boom, write=False)])
    result = framing.analyze(work["full"], cache_dir=work["cache"], progress=False, out=tmp_path / "out")
    assert result.skipped_articles[["article_id", "stage"]].values.tolist() == [["k4", "measure boom"]]
    assert "k4" not in set(result["sentences"]["article_id"])
    assert "k4" not in set(framing.read_run(tmp_path / "out")["articles"]["article_id"])


def test_an_aggregate_that_fails_is_not_made_and_the_rest_is_written(work, reference, tmp_path, monkeypatch):
    spec = next(s for s in framing.pipeline.TABLES if s.name == "responsibility")
    monkeypatch.setattr(endtables, "call_at_end", _fail_on_spec(spec.name, endtables.call_at_end))
    some = SOME_TABLES[1].split(",")
    result = framing.analyze(work["full"], tables=some, cache_dir=work["cache"], progress=False, out=tmp_path / "out")
    assert result.skipped["responsibility"] == "could not be computed: ValueError: no events"
    checked = framing.read_run(tmp_path / "out")
    assert checked.not_made["responsibility"] == result.skipped["responsibility"]
    cli_only = {"responsibility.csv", "removed_lines.csv"}  # removed_lines is written by the command line
    assert csv_bytes(tmp_path / "out") == {k: v for k, v in csv_bytes(reference).items() if k not in cli_only}
    with pytest.raises(ValueError, match="no events"):
        framing.analyze(work["full"], tables=some, cache_dir=work["cache"], progress=False, strict=True)


def _fail_on_spec(name, function):
    def failing(spec, *args, **kwargs):
        if spec.name == name:
            raise ValueError("no events")
        return function(spec, *args, **kwargs)

    return failing


# --------------------------------------------------------------------------- formulas


def test_formula_cells_are_escaped_and_numbers_are_not(work, reference, tmp_path, capsys):
    table = pd.read_csv(reference / "sentences.csv")
    starts = {text[:2] for text in table["text"]}
    assert {"'=", "'+", "'@"} <= starts
    assert not any(text[:1] in "=+-@" for text in table["text"])
    tone = pd.read_csv(reference / "sentence_sentiment.csv")
    assert tone["compound"].dtype == float and (tone["compound"] < 0).any()  # negative numbers stay numbers
    # read back, the text is what the measures saw
    memory = framing.analyze(work["full"], cache_dir=work["cache"], progress=False)
    pd.testing.assert_frame_equal(framing.read_run(reference)["sentences"], memory["sentences"])
    out = tmp_path / "raw"
    args = ["analyze", str(work["full"]), "--out", str(out), "--cache-dir", str(work["cache"]), "-q"]
    assert cli.main([*args, "--no-escape-formulas"]) == 0
    raw = pd.read_csv(out / "sentences.csv")
    assert raw["text"].tolist() == memory["sentences"]["text"].tolist()
    assert framing.read_run(out).manifest["formulas_escaped"] is False


#: An invented article ending in a bulleted list of related stories: cleaning removes the
#: list (rule related_links), and its lines start with characters a spreadsheet would run.
RELATED_LIST = (
    "Gunmen attacked a checkpoint near Kessel on Friday, police said.\n"
    "Two officers were wounded in the attack.\n"
    "- Kessel curfew extended for a third night\n"
    "+ Live updates from the port\n"
    "@HarbourTimes coverage of the unrest\n"
)


@pytest.mark.parametrize("table_format", ["csv", "parquet"])
def test_read_run_gives_back_removed_lines_as_they_were(work, tmp_path, capsys, table_format):
    """removed_lines is written formula-escaped like the other CSV tables; read_run
    reads it and takes the escaping off, so its text is the text cleaning removed."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "r1.txt").write_text(RELATED_LIST, encoding="utf-8")
    (corpus / "metadata.csv").write_text("file,outlet\nr1.txt,Harbour Times\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["analyze", str(corpus), "--out", str(out), "--cache-dir", str(work["cache"]), "-q"]
    args += ["--tables", "sentences", "--no-figures", "--no-evidence", "--format", table_format]
    assert cli.main(args) == 0, capsys.readouterr().err
    _, removed = framing.load_corpus(corpus, return_removed=True)
    lines = ["- Kessel curfew extended for a third night", "+ Live updates from the port"]
    assert removed["text"].tolist()[:2] == lines  # the list really is removed, with its first characters
    read = framing.read_run(out)["removed_lines"]
    pd.testing.assert_frame_equal(read, removed.astype({"outlet": object}), check_dtype=False)
    if table_format == "csv":  # on disk the cells are escaped
        assert pd.read_csv(out / "removed_lines.csv")["text"].str[:2].tolist()[:2] == ["'-", "'+"]
        assert framing.read_run(out, tables=["removed_lines", "skipped"]).tables.keys() == {"removed_lines", "skipped"}


def test_escape_formulas_rule():
    table = pd.DataFrame(
        {
            "text": ["=1+2", "+cmd", "-x", "@SUM(A1)", "\tx", "\rx", "-3", "+1.5e3", "plain", None, "'=kept"],
            "value": [-1.0, 2.0, -3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0],
        }
    )
    escaped = escape_formulas(table)
    expected = ["'=1+2", "'+cmd", "'-x", "'@SUM(A1)", "'\tx", "'\rx", "-3", "+1.5e3", "plain"]
    assert escaped["text"].tolist()[:9] == expected
    assert pd.isna(escaped["text"].iloc[9])
    assert escaped["value"].tolist() == table["value"].tolist()
    assert table["text"].iloc[0] == "=1+2"  # the caller's table is not changed
    assert unescape_formulas(escaped)["text"].tolist()[:9] == table["text"].tolist()[:9]
    clean = pd.DataFrame({"text": ["a", "b"], "n": [-1, 2], "flag": pd.Series([True, False], dtype=object)})
    assert escape_formulas(clean) is clean
    assert unescape_formulas(clean) is clean


def test_figures_evidence_and_removed_lines_are_published_with_the_tables(work, reference, tmp_path, capsys):
    manifest = json.loads((reference / "manifest.json").read_text(encoding="utf-8"))
    listed = {entry["file"] for entry in manifest["files"]}
    figures = sorted(path.relative_to(reference).as_posix() for path in (reference / "figures").iterdir())
    assert "figures/agentless-share.png" in figures and set(figures) <= listed
    assert {"evidence.html", "removed_lines.csv"} <= listed
    framing.read_run(reference)  # every listed file, figures included, checked against its sha256
    out = tmp_path / "out"
    shutil.copytree(reference, out)
    args = ["analyze", str(work["full"]), "--out", str(out), "--cache-dir", str(work["cache"]), "-q", *SOME_TABLES]
    assert cli.main([*args, "--no-figures", "--no-evidence"]) == 0, capsys.readouterr().err
    # the previous run's figures and page went with it: nothing in OUT is from another run
    assert not (out / "figures").exists() and not (out / "evidence.html").exists()
    assert "removed_lines.csv" in {entry["file"] for entry in framing.read_run(out).manifest["files"]}
