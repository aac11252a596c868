"""The inside of the package, checked: no private name crosses a module, no import
cycle, no oversized module.

These are the rules of docs/CONTRIBUTING.md ("Layout"), read from the code's own
syntax trees, so a newcomer can change one module without reading another's
underscored helpers.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "framing"

#: Longest module, in lines. Files of a few hundred lines holding related
#: functions only (house style, after textacy); past this a module is split.
MAX_MODULE_LINES = 600

#: Private modules other modules may import: the version string only.
ALLOWED_PRIVATE_MODULES = {"framing._version"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(SRC.rglob("*.py"))}


def resolve(current: str, is_package: bool, level: int, target: str | None) -> str:
    """The absolute module name of ``from <level dots><target> import ...``."""
    if level == 0:
        return target or ""
    base = current.split(".")
    if not is_package:
        base = base[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join(base + ([target] if target else []))


def imports(name: str, path: Path) -> list[tuple[str, list[str], int]]:
    """Every ``(module, names, line)`` imported by a module, function-level imports included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            target = resolve(name, path.name == "__init__.py", node.level, node.module)
            found.append((target, [alias.name for alias in node.names], node.lineno))
        elif isinstance(node, ast.Import):
            found.extend((alias.name, [], node.lineno) for alias in node.names)
    return [(module, names, line) for module, names, line in found if module.split(".")[0] == "framing"]


def owner(module: str, known: dict[str, Path]) -> str | None:
    """The framing module (file) a dotted import name lands in."""
    while module and module not in known:
        module = module.rpartition(".")[0]
    return module or None


def private_crossings() -> list[str]:
    known = modules()
    found = []
    for name, path in known.items():
        for module, names, line in imports(name, path):
            if any(part.startswith("_") and part != "__init__" for part in module.split(".")) and (
                module not in ALLOWED_PRIVATE_MODULES
            ):
                found.append(f"{path.relative_to(SRC.parent)}:{line} imports private module {module}")
            for imported in names:
                submodule = f"{module}.{imported}"
                private = imported.startswith("_") and not imported.startswith("__")
                if private and submodule not in known and module != name:
                    found.append(f"{path.relative_to(SRC.parent)}:{line} imports {module}.{imported}")
        # attribute access on an imported framing module: ``sentences._arcs``
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("framing")):
                base = resolve(name, path.name == "__init__.py", node.level, node.module)
                for alias in node.names:
                    if f"{base}.{alias.name}" in known:
                        aliases[alias.asname or alias.name] = f"{base}.{alias.name}"
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in aliases
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
            ):
                found.append(f"{path.relative_to(SRC.parent)}:{node.lineno} reads {aliases[node.value.id]}.{node.attr}")
    return found


def import_graph() -> dict[str, set[str]]:
    known = modules()
    graph: dict[str, set[str]] = {name: set() for name in known}
    for name, path in known.items():
        for module, names, _ in imports(name, path):
            targets = {owner(f"{module}.{n}", known) for n in names} if names else set()
            targets.discard(None)
            if not targets or all(t == owner(module, known) for t in targets):
                targets = {owner(module, known)}
            # ``from .pkg import sub``: the submodule; ``from .mod import fn``: the module
            graph[name] |= {t for t in targets if t and t != name}
    # the top-level package re-exports the API; it imports everything and nothing imports it
    graph.pop("framing", None)
    for targets in graph.values():
        targets.discard("framing")
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_private_name_crosses_a_module():
    assert private_crossings() == []


def test_no_import_cycles():
    assert cycles(import_graph()) == []


@pytest.mark.parametrize("name", sorted(modules()))
def test_module_is_small_enough_to_read(name):
    lines = len(modules()[name].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{name}: {lines} lines; split it by task (docs/CONTRIBUTING.md)"


def test_the_checks_catch_what_they_forbid(tmp_path):
    # a cycle and a crossing, built by hand, are found
    assert cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}}) == [["a", "b"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
    assert resolve("framing.agency.rules", False, 2, "docview") == "framing.docview"
    assert resolve("framing.agency", True, 1, "rules") == "framing.agency.rules"


CONTRIBUTING = SRC.parents[1] / "docs" / "CONTRIBUTING.md"


def contributing_map() -> set[str]:
    """The files and folders the module map in docs/CONTRIBUTING.md names under ``src/framing/``.

    The map is the first fenced block of its "Layout" section: an entry is a
    line indented two spaces (a module ``name.py`` or a package ``name/``) or,
    under a package, four spaces (``name.py`` inside it); description lines
    are indented further and start with no file name.
    """
    text = CONTRIBUTING.read_text(encoding="utf-8")
    block = text.split("## Layout", 1)[1].split("```", 2)[1]
    named, package = set(), None
    for line in block.splitlines():
        top = re.match(r"^  ([A-Za-z_][\w]*(?:\.py|/))(?:\s|$)", line)
        inner = re.match(r"^    ([A-Za-z_][\w]*\.py)(?:\s|$)", line)
        if top:
            entry = top.group(1)
            named.add(entry.rstrip("/"))
            package = entry.rstrip("/") if entry.endswith("/") else None
        elif inner and package:
            named.add(f"{package}/{inner.group(1)}")
    return named


def tree_entries() -> set[str]:
    """Every module and package of src/framing, and the modules inside its packages."""
    found = set()
    for path in SRC.iterdir():
        if path.suffix == ".py" and path.name != "_version.py":
            found.add(path.name)
        elif path.is_dir() and (path / "__init__.py").exists():
            found.add(path.name)
            found |= {f"{path.name}/{p.name}" for p in path.glob("*.py") if p.name != "__init__.py"}
    return found


def test_contributing_module_map_is_the_tree():
    named, present = contributing_map(), tree_entries()
    assert sorted(present - named) == [], "modules missing from docs/CONTRIBUTING.md's map"
    assert sorted(named - present) == [], "docs/CONTRIBUTING.md's map names files that do not exist"


def test_module_map_check_sees_a_missing_and_an_extra_entry(monkeypatch, tmp_path):
    doc = tmp_path / "CONTRIBUTING.md"
    doc.write_text("## Layout\n\n```\nsrc/framing/\n  a.py   x\n  pkg/   y\n    b.py   z\n```\n")
    monkeypatch.setattr(__import__(__name__), "CONTRIBUTING", doc)
    assert contributing_map() == {"a.py", "pkg", "pkg/b.py"}
