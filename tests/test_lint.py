"""Style gate: ruff (configured in pyproject.toml) finds nothing. Not --exit-zero."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

PATHS = ["src", "tests", "tools", "benchmarks"]


def ruff_command() -> list[str] | None:
    """ruff as the interpreter running the tests has it (``python -m ruff``), else on PATH.

    Found through the running interpreter rather than ``ROOT/.venv``, so the
    gate works in a git worktree that has no ``.venv`` of its own.
    """
    if importlib.util.find_spec("ruff") is not None:
        return [sys.executable, "-m", "ruff"]
    found = shutil.which("ruff")
    return None if found is None else [found]


def run_ruff(*paths: str, cwd=ROOT) -> subprocess.CompletedProcess:
    ruff = ruff_command()
    if ruff is None:
        pytest.fail("ruff is not installed; it is pinned in requirements.lock (run `make setup`)")
    return subprocess.run([*ruff, "check", *paths], cwd=cwd, capture_output=True, text=True)


def test_ruff_finds_nothing():
    result = run_ruff(*PATHS)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_ruff_gate_fails_on_a_problem(tmp_path):
    """The same command, with the project's settings, on a file with an unused import and a
    line over 120 characters: it must report both and exit non-zero."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "bad.py").write_text("import os\n\nTEXT = '" + "x" * 130 + "'\n", encoding="utf-8")
    result = run_ruff("bad.py", cwd=tmp_path)
    assert result.returncode != 0
    assert "F401" in result.stdout and "E501" in result.stdout
