"""Every notebook runs top to bottom, twice, writing byte-identical outputs.

Outputs go to temporary directories through the notebooks' parameters cell,
so the test never touches figures/ or data/processed/ of the checkout.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys

import pytest

from conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.model]

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))


def run_all(figures, processed, cache, out):
    params = [
        f'FIGURES=Path(r"{figures}")',
        f'PROCESSED=Path(r"{processed}")',
        f'CACHE=Path(r"{cache}")',
    ]
    command = [sys.executable, str(ROOT / "tools" / "run_notebooks.py"), "--jobs", "2", "--out-dir", str(out)]
    for param in params:
        command += ["-p", param]
    result = subprocess.run(command + [str(p) for p in NOTEBOOKS], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def digests(*folders):
    found = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "cache" not in path.parts:
                found[str(path.relative_to(folder.parent))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory, parse_cache):
    results = []
    for run in ("first", "second"):
        base = tmp_path_factory.mktemp(run)
        figures, processed = base / "figures", base / "processed"
        figures.mkdir()
        processed.mkdir()
        run_all(figures, processed, parse_cache, base / "executed")
        results.append((base, digests(figures, processed)))
    return results


def test_every_notebook_executes_and_writes(two_runs):
    base, files = two_runs[0]
    executed = sorted(p.name for p in (base / "executed").glob("*.ipynb"))
    assert executed == [p.name for p in NOTEBOOKS]
    assert any(name.startswith("figures/") and name.endswith(".png") for name in files)
    assert any(name.startswith("figures/") and name.endswith(".pdf") for name in files)
    assert any(name.startswith("processed/") and name.endswith(".csv") for name in files)


def test_second_run_is_byte_identical(two_runs):
    (_, first), (_, second) = two_runs
    assert first == second


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_thin_and_clean(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    cells = nb["cells"]
    tagged = [c for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, "exactly one cell tagged 'parameters'"
    for cell in cells:
        source = "".join(cell["source"])
        if cell["cell_type"] == "code":
            assert not cell.get("outputs"), "commit notebooks without outputs"
            assert not re.search(r"^\s*(def|class|lambda)\b|^\s*[%!]", source, re.M), "no functions, classes or magics"
            assert "/work/" not in source and not re.search(r"['\"]/(?:home|tmp|Users)/", source)
        else:
            prose = re.sub(r"`[^`]*`", "", source)  # code spans and file names may hold digits
            prose = re.sub(r"^#+ \d\d ·", "", prose)  # the notebook number in the title
            prose = re.sub(r"\b(?:19|20)\d\d\b", "", prose)  # years
            # settings, not results: the confidence level and the paper's figure number
            # and rate units ("per 1,000 words")
            prose = re.sub(
                r"\b95%\s+(?:bootstrap\s+|confidence\s+|percentile\s+)?(?:interval|CI)s?|\bFigure \d\b"
                r"|\bper 1,000\b",
                "",
                prose,
            )
            digits = re.search(r".{0,60}\d.{0,60}", prose)
            assert not digits, (
                "numbers in markdown must be rendered from computed values "
                f"(display(Markdown(f'...'))): {digits.group(0)!r}"
            )


def test_reproduce_target_runs_every_notebook_in_order():
    result = subprocess.run(["make", "-n", "-B", "reproduce"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    # make lists the out-of-date notebooks (all of them with -B), then one process runs the list
    queued = re.findall(r"echo notebooks/(\S+\.ipynb) >> build/stale-notebooks\.txt", result.stdout)
    assert queued == [p.name for p in NOTEBOOKS]
    assert re.search(r"run_notebooks\.py --jobs \d+ \$\(cat build/stale-notebooks\.txt\)", result.stdout)
    assert result.stdout.index("run_notebooks.py") < result.stdout.index("render_readme.py")


def test_a_failing_notebook_is_named_and_fails_the_run(tmp_path):
    command = [sys.executable, str(ROOT / "tools" / "run_notebooks.py"), "--out-dir", str(tmp_path)]
    command += ["-p", 'RAW=Path("/no/such/corpus")', str(NOTEBOOKS[0])]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 1
    assert f"{NOTEBOOKS[0].name}: a cell failed" in result.stderr
    assert "/no/such/corpus" in result.stderr
    assert not (tmp_path / NOTEBOOKS[0].name).exists()  # no executed copy of a failed run


def test_readme_blocks_match_what_the_notebooks_computed(two_runs):
    """No number in the README is typed: each block equals the rendering of a computed table."""
    import importlib.util

    import pandas as pd

    spec = importlib.util.spec_from_file_location("render_readme", ROOT / "tools" / "render_readme.py")
    render = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render)
    base, _ = two_runs[0]
    benchmark_blocks = {
        "benchmarks": render.markdown_table(render.benchmark_table()),
        "benchmark-targets": render.markdown_table(render.benchmark_targets()),
    }
    readme_blocks = {
        "figures": render.markdown_table(render.figure_map()),
        "tables": render.markdown_table(render.tables_block()),
        "validation": render.markdown_table(
            pd.read_csv(base / "processed" / "validation_summary.csv", keep_default_na=False)
        ),
        "passivepy": render.markdown_table(
            pd.read_csv(base / "processed" / "validation_passivepy.csv", keep_default_na=False)
        ),
        "fingerprint": render.markdown_table(
            pd.read_csv(base / "processed" / "fingerprint_table.csv", keep_default_na=False)
        ),
        **benchmark_blocks,
    }
    expected = {
        "README.md": readme_blocks,
        "benchmarks/README.md": {**benchmark_blocks, "table-costs": render.markdown_table(render.table_costs())},
    }
    for path, blocks in expected.items():
        text = (ROOT / path).read_text(encoding="utf-8")
        for name, body in blocks.items():
            block = re.search(rf"<!-- BEGIN {name} -->\n(.*?)<!-- END {name} -->", text, re.S)
            assert block, f"{path} has no {name} block"
            assert block.group(1).strip() == body.strip(), f"{path} block {name!r} is stale: run `make reproduce`"


def test_make_dependencies_follow_what_each_notebook_reads():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "notebook_deps.py")], capture_output=True, text=True)
    deps = {
        line.split(":")[0].removeprefix("build/notebooks/"): set(line.split(":", 1)[1].split())
        for line in result.stdout.splitlines()
    }
    assert set(deps) == {p.name for p in NOTEBOOKS}
    assert deps["01-corpus-overview.ipynb"] == set()  # reads only data/raw
    assert "data/validation/tone.csv" in deps["06-tone.ipynb"]
    assert "data/validation/tone.csv" not in deps["08-summary.ipynb"]
    assert "data/study/actors.csv" in deps["03-agency-by-outlet.ipynb"]


def notebook_tables() -> dict[str, list[str]]:
    """Notebook -> names of the data/processed tables it writes (from its write_table calls)."""
    found = {}
    for path in NOTEBOOKS:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        source = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
        names = re.findall(r'write_table\([^)]*?PROCESSED\s*/\s*"([^"]+)\.csv"', source, re.S)
        found[path.name] = names
    return found


def notebook_only_tables() -> set[str]:
    text = (ROOT / "data" / "processed" / "README.md").read_text(encoding="utf-8")
    block = text.split("<!-- notebook-only tables")[1]
    return set(re.findall(r"^\| `(\w+)` \|", block, re.M))


def test_every_table_a_notebook_writes_has_one_name():
    from framing.pipeline import TABLES

    registry = {spec.name for spec in TABLES}
    documented = notebook_only_tables()
    assert not registry & documented, "a registry table is also listed as notebook-only"
    for notebook, names in notebook_tables().items():
        assert names, f"{notebook} writes no table"
        unnamed = sorted(set(names) - registry - documented)
        assert not unnamed, f"{notebook} writes {unnamed}: name it after its table function or list it"
    # every documented notebook-only table is still written by some notebook
    written = {name for names in notebook_tables().values() for name in names}
    assert documented <= written
