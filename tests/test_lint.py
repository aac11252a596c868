"""Style gate: ruff (configured in pyproject.toml) finds nothing. Not --exit-zero."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import ROOT


def test_ruff_finds_nothing():
    ruff = shutil.which("ruff", path=str(ROOT / ".venv" / "bin")) or shutil.which("ruff")
    if ruff is None:
        pytest.fail("ruff is not installed; it is pinned in requirements.lock (run `make setup`)")
    paths = ["src", "tests", "tools", "benchmarks"]
    result = subprocess.run([ruff, "check", *paths], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
