"""Write Make dependencies of each notebook on the data files it reads.

Every notebook reads ``data/raw/``; beyond that, a notebook depends only on
the study and validation files it names (``STUDY / "actors.csv"``, or the
whole ``VALIDATION`` folder when it passes the folder itself). Reading the
notebooks' own code keeps the Makefile right when a notebook starts reading
a new file, so editing one source table re-runs only the notebooks that read it.

Usage: ``python tools/notebook_deps.py > build/deps.mk``
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = {"STUDY": "data/study", "VALIDATION": "data/validation"}


def dependencies(notebook: Path) -> list[str]:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    found = set()
    for name, folder in FOLDERS.items():
        for file in re.findall(rf'(?:{name}|"{folder.split("/")[1]}")\s*/\s*"([^"]+)"', code):
            found.add(f"{folder}/{file}")
        if re.search(rf"\b{name}\b\s*[,)]", code):  # the folder itself is passed to a function
            found.update(str(p.relative_to(ROOT)) for p in sorted((ROOT / folder).glob("*.csv")))
    return sorted(path for path in found if (ROOT / path).is_file())


def main() -> int:
    for notebook in sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb")):
        deps = " ".join(dependencies(notebook))
        print(f"build/notebooks/{notebook.name}: {deps}".rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
