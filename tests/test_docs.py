"""What a reader gets without running the analysis: the API reference (`make docs`, pdoc,
warnings as errors), the typed public API (py.typed), and the README's pointers."""

from __future__ import annotations

import inspect
import os
import re
import shutil
import subprocess
import sys
import tomllib

import pytest

import framing
from conftest import ROOT


def make_docs(out, **variables) -> subprocess.CompletedProcess:
    """`make docs` with this interpreter (STAMP= : no .venv set-up) into ``out``."""
    if shutil.which("make") is None:
        pytest.fail("make is not installed; the README's commands need it")
    assigns = [f"PY={sys.executable}", "STAMP=", f"DOCS_DIR={out}", *(f"{k}={v}" for k, v in variables.items())]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
    return subprocess.run(
        ["make", "--no-print-directory", "-s", "docs", *assigns], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_make_docs_documents_every_public_name(tmp_path):
    out = tmp_path / "docs"
    result = make_docs(out)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert (out / "index.html").exists()
    page = (out / "framing.html").read_text(encoding="utf-8")
    documented = set(re.findall(r'<section id="([A-Za-z_]\w*)">', page))
    assert set(framing.__all__) - {"__version__"} <= documented
    assert (out / "framing" / "evidence.html").exists() and (out / "framing" / "pipeline.html").exists()


def test_a_docs_warning_fails_the_build(tmp_path, monkeypatch):
    # an annotation pdoc cannot resolve is a warning; `make docs` must stop on it
    (tmp_path / "brokendoc.py").write_text(
        '"""A module."""\n\n\ndef f(x: "NoSuchType") -> int:\n    """Doc."""\n    return 1\n', encoding="utf-8"
    )
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")])))
    result = make_docs(tmp_path / "docs", DOCS_MODULES="brokendoc")
    assert result.returncode != 0
    assert "Error parsing type annotation NoSuchType" in result.stderr


def test_docs_tool_is_pinned_and_declared():
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    assert re.search(r"^pdoc==16\.0\.0$", lock, re.M)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert any(spec.startswith("pdoc") for spec in project["project"]["optional-dependencies"]["docs"])


def test_package_ships_py_typed():
    assert (ROOT / "src" / "framing" / "py.typed").exists()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "py.typed" in project["tool"]["setuptools"]["package-data"]["framing"]


def unannotated(name: str) -> list[str]:
    """Parameters (and ``return``) of a public function or class constructor without annotation."""
    obj = getattr(framing, name)
    function = obj.__init__ if inspect.isclass(obj) else obj
    signature = inspect.signature(function)
    missing = [
        p.name
        for p in signature.parameters.values()
        if p.name != "self" and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD) and p.annotation is p.empty
    ]
    if not inspect.isclass(obj) and signature.return_annotation is signature.empty:
        missing.append("return")
    return missing


def public_functions() -> list:
    return sorted(n for n in framing.__all__ if callable(getattr(framing, n)) and not n[0].isupper())


@pytest.mark.parametrize("name", public_functions())
def test_public_signatures_are_annotated(name):
    assert unannotated(name) == []


def test_readme_says_where_executed_notebooks_are_and_how_to_open_them():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    executed = re.search(r"^EXECUTED := .*build/notebooks/", makefile, re.M)
    assert executed, "the Makefile no longer writes executed notebooks to build/notebooks/"
    assert "`build/notebooks/`" in readme
    assert "jupyter lab build/notebooks/" in readme
    assert "make docs" in readme and "build/docs/" in readme
