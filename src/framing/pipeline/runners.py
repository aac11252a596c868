"""Where the batches run: in this process, in spawned processes, or on Dask.

Every runner yields :class:`~framing.pipeline.batches.BatchResult` in input
order, so the tables are identical whichever is used.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
from collections import deque
from collections.abc import Iterator
from functools import partial

import pandas as pd

from ..nlp import load_model
from . import batches as batch_work

__all__ = [
    "BATCHES_IN_FLIGHT_PER_WORKER",
    "MIN_BATCHES_PER_WORKER",
    "dask_client",
    "iter_batches",
    "run_dask",
    "run_processes",
    "run_serial",
]

#: With several workers, at least this many batches per worker, so a corpus
#: smaller than ``workers * batch_size`` articles still keeps every worker busy.
MIN_BATCHES_PER_WORKER = 4
#: Batches kept in flight per worker on Dask, so the scheduler always has the
#: next batch ready but a huge corpus is not sent all at once.
BATCHES_IN_FLIGHT_PER_WORKER = 2


def iter_batches(corpus: pd.DataFrame, size: int) -> Iterator[pd.DataFrame]:
    """Consecutive slices of ``size`` rows."""
    for start in range(0, len(corpus), size):
        yield corpus.iloc[start : start + size]


def run_serial(batches, job):
    """Process the batches one after the other in this process."""
    for batch in batches:
        yield batch_work.process_batch(batch, job)


def _worker_init() -> None:
    # Ctrl-C reaches the whole process group: the parent stops the pool and
    # reports once, so workers ignore it instead of printing a traceback each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Progress bars and log lines belong to the parent process.
    logging.getLogger("framing").setLevel(logging.WARNING)


def run_processes(batches, job, workers: int):
    """Process the batches in ``workers`` spawned processes, yielding in input order.

    The spawn start method behaves the same on Linux, macOS and Windows.
    """
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_worker_init) as pool:
        # imap keeps input order; chunksize 1 since a batch is already ~1 s of work
        yield from pool.imap(partial(batch_work.process_batch, job=job), batches, chunksize=1)


def _preload_model(model: str) -> str:
    """Load the pipeline in a Dask worker (once per worker process), so the first
    batch does not pay for it."""
    load_model(model)
    return model


def dask_client(dask, workers: int):
    """A connected client and whatever must be closed after it.

    ``dask`` is ``"local"`` (a LocalCluster of ``workers`` processes), a
    scheduler address, or a connected Client (used as it is).
    """
    from distributed import Client, LocalCluster  # optional dependency: framing[dask]

    if hasattr(dask, "submit"):  # an existing Client
        return dask, []
    if dask == "local":
        cluster = LocalCluster(
            n_workers=max(workers, 1),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
        client = Client(cluster)
        return client, [client, cluster]
    client = Client(dask)
    return client, [client]


def run_dask(batches, job, client, *, preload: bool):
    """Process the batches on a Dask cluster, a few per worker in flight, in input order."""
    if preload:
        client.run(_preload_model, job.model)
    n_workers = max(len(client.scheduler_info().get("workers", {})), 1)
    window = n_workers * BATCHES_IN_FLIGHT_PER_WORKER
    in_flight: deque = deque()
    for batch in batches:
        in_flight.append(client.submit(batch_work.process_batch, batch, job, pure=False))
        if len(in_flight) >= window:
            yield in_flight.popleft().result()
    while in_flight:
        yield in_flight.popleft().result()
