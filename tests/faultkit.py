"""Run ``framing analyze`` in a subprocess with a fault injected (for tests/test_faults.py).

``python -m faultkit ARGS...`` runs ``framing.cli.main(ARGS)`` after patching
one named point of the run, chosen by environment variables:

* ``FAULT_AT``: ``batch`` (the serial runner's batch function), ``aggregate``
  (a table made at the end), ``rename`` (a file moved into --out while
  publishing; the manifest is the last one) or ``worker`` (a per-article table
  run inside worker processes, for ``--workers``);
* ``FAULT_CALL``: at which call the fault happens (1 = the first; ``last``
  for ``rename`` = the manifest's);
* ``FAULT_DO``: ``kill`` (SIGKILL to this process, or to the worker), ``pause``
  (touch ``FAULT_READY`` and sleep ``FAULT_PAUSE`` seconds, default 120, to be
  sent a signal), ``kill-once`` (for ``worker``: only while ``FAULT_READY`` does
  not exist yet).

Nothing here is imported by framing itself.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pandas as pd


def _act() -> None:
    action = os.environ.get("FAULT_DO", "kill")
    if action == "pause":
        Path(os.environ["FAULT_READY"]).touch()
        time.sleep(float(os.environ.get("FAULT_PAUSE", "120")))
        return
    os.kill(os.getpid(), signal.SIGKILL)


def _at_call(function, number: str):
    calls = []

    def patched(*args, **kwargs):
        calls.append(1)
        if number != "last" and len(calls) == int(number):
            _act()
        if number == "last" and Path(args[0]).name == "manifest.json":
            _act()
        return function(*args, **kwargs)

    return patched


def worker_fault(corpus) -> pd.DataFrame:
    """A per-article table that kills its worker process on the article ``FAULT_ARTICLE``."""
    ids = corpus.articles["article_id"].tolist()
    if os.environ.get("FAULT_ARTICLE") in ids:
        ready = Path(os.environ["FAULT_READY"])
        if os.environ.get("FAULT_DO") == "kill" or not ready.exists():
            ready.touch()
            os.kill(os.getpid(), signal.SIGKILL)
    return pd.DataFrame({"article_id": ids})


def main(argv: list[str]) -> int:
    from framing import cli
    from framing.pipeline import TableSpec, batches, endtables, publish, run

    point, number = os.environ.get("FAULT_AT", ""), os.environ.get("FAULT_CALL", "1")
    if point == "batch":
        batches.process_batch = _at_call(batches.process_batch, number)
    elif point == "aggregate":
        endtables.call_at_end = _at_call(endtables.call_at_end, number)
    elif point == "rename":
        publish.rename = _at_call(publish.rename, number)
    elif point == "worker":
        import faultkit  # by its own name, so worker processes can unpickle the table function

        chosen = run.available_tables
        run.available_tables = lambda names=None: [*chosen(names), TableSpec(faultkit.worker_fault, write=False)]
    elif point:
        raise SystemExit(f"faultkit: unknown FAULT_AT {point!r}")
    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
