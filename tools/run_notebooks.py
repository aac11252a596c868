"""Execute notebooks top to bottom on a fresh kernel, as a reader would.

Usage::

    python tools/run_notebooks.py [NOTEBOOK ...] [-p NAME=EXPR ...] [--out-dir DIR]

With no notebook, runs every ``notebooks/NN-*.ipynb`` in order. Each runs in
``notebooks/`` (so its ``ROOT = Path("..")`` is the repository root) on a new
kernel of the running interpreter. ``-p NAME=EXPR`` overrides a value of the
cell tagged ``parameters`` by inserting a cell right after it (papermill's
convention); EXPR is Python, e.g. ``-p 'FIGURES=Path("/tmp/fig")'``.
The executed copy goes to ``--out-dir`` (default ``build/notebooks``); the
notebook in ``notebooks/`` is never modified. Exit status 1 names the
notebook and cell that failed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

# jsonschema (imported by nbformat) loads rfc3987_syntax when it is installed, and
# that module compiles a grammar at import time: about 1 s of every run, for a
# URI format check that no notebook schema uses. Marking it absent makes
# jsonschema skip that one optional checker; nothing else changes.
sys.modules.setdefault("rfc3987_syntax", None)

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
#: Seconds one cell may run; the slowest cell (a cold parse) takes ~10 s here.
CELL_TIMEOUT = 600


def inject_parameters(nb, overrides: dict[str, str]):
    """Insert an ``injected-parameters`` cell after the ``parameters`` cell."""
    import nbformat

    if not overrides:
        return nb
    lines = ["# Parameters injected by tools/run_notebooks.py"]
    lines += [f"{name} = {expr}" for name, expr in overrides.items()]
    cell = nbformat.v4.new_code_cell("\n".join(lines))
    cell.metadata["tags"] = ["injected-parameters"]
    cell["id"] = "injected-parameters"
    index = next(
        (i for i, c in enumerate(nb.cells) if "parameters" in c.get("metadata", {}).get("tags", [])),
        None,
    )
    if index is None:
        raise SystemExit("notebook has no cell tagged 'parameters' to override")
    nb.cells.insert(index + 1, cell)
    nbformat.validator.normalize(nb)
    return nb


async def run(path: Path, *, overrides: dict[str, str], out_dir: Path | None) -> float:
    """Execute one notebook on a new kernel; write the executed copy to ``out_dir``."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(path, as_version=4)
    nb = inject_parameters(nb, overrides)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="framing-kernel-") as sockets:
        client = NotebookClient(
            nb,
            config=_kernel_config(sockets),
            timeout=CELL_TIMEOUT,
            kernel_name="python3",
            resources={"metadata": {"path": str(path.parent)}},
            record_timing=False,
            # Every output has arrived and every file is written (atomically) when the
            # last cell returns, so the kernel is stopped at once rather than asked to
            # exit (a graceful exit takes about 0.5 s per notebook).
            shutdown_kernel="immediate",
        )
        try:
            await client.async_execute()
        except CellExecutionError as err:
            raise NotebookFailed(f"{path.name}: a cell failed\n{err}") from None
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, out_dir / path.name)
    return time.perf_counter() - start


def _kernel_config(sockets: str):
    """Kernel settings: talk over Unix sockets in ``sockets`` (TCP where there are none).

    A local kernel needs no network port, and the kernel then does not warn
    about unencrypted TCP on every start.
    """
    from traitlets.config import Config

    if os.name != "posix":
        return Config()
    return Config({"KernelManager": {"transport": "ipc", "ip": os.path.join(sockets, "kernel")}})


class NotebookFailed(Exception):
    """A cell of a notebook raised; the message names the notebook and the cell."""


async def run_all(paths: list[Path], *, overrides: dict[str, str], out_dir: Path | None, jobs: int) -> list[str]:
    """Run ``paths`` with at most ``jobs`` kernels at once, in this one process.

    The notebooks are independent (each computes from data/raw), so they can run
    side by side; this process only relays messages, the work is in the kernels.
    Returns the failure messages (empty when every notebook ran).
    """
    import asyncio

    gate = asyncio.Semaphore(max(1, jobs))
    done = 0
    failures = []

    async def one(path: Path) -> None:
        nonlocal done
        async with gate:
            try:
                seconds = await run(path, overrides=overrides, out_dir=out_dir)
            except NotebookFailed as err:
                failures.append(str(err))
                outcome = "FAILED"
            else:
                outcome = f"done in {seconds:.1f} s"
            done += 1
            print(f"[{done}/{len(paths)}] {path.name} {outcome}", flush=True)

    await asyncio.gather(*(one(p) for p in paths))
    return failures


def main(argv: list[str] | None = None) -> int:
    import asyncio

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="*", type=Path, help="notebooks to run (default: all, in order)")
    parser.add_argument("-p", "--param", action="append", default=[], metavar="NAME=EXPR")
    parser.add_argument("--out-dir", type=Path, default=ROOT / "build" / "notebooks")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="notebooks run at once (each on its own kernel)")
    args = parser.parse_args(argv)
    overrides = {}
    for item in args.param:
        name, sep, expr = item.partition("=")
        if not sep or not name.isidentifier():
            parser.error(f"--param wants NAME=EXPR, got {item!r}")
        overrides[name] = expr
    paths = [p.resolve() for p in (args.notebooks or sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")))]
    start = time.perf_counter()
    print(f"running {len(paths)} notebook(s), {max(1, args.jobs)} at a time, each on a new kernel", flush=True)
    failures = asyncio.run(run_all(paths, overrides=overrides, out_dir=args.out_dir, jobs=args.jobs))
    if failures:
        raise SystemExit("\n\n".join(failures))
    print(f"{len(paths)} notebook(s) in {time.perf_counter() - start:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
