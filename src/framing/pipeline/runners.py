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
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import pandas as pd

from ..nlp import load_model
from . import batches as batch_work

__all__ = [
    "BATCHES_IN_FLIGHT_PER_WORKER",
    "MIN_BATCHES_PER_WORKER",
    "WorkerLostError",
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

logger = logging.getLogger("framing.pipeline")


class WorkerLostError(RuntimeError):
    """A worker process died (killed, out of memory) twice while working on the
    same batch; the message names the batch's articles."""


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

    A few batches per worker are in flight at a time. When a worker process
    dies (killed, or chosen by the out-of-memory killer) the pool is broken
    and every batch in flight is lost: a new pool is started and those batches
    are done again one at a time, so the batch that kills a worker again is
    known. The spawn start method behaves the same on Linux, macOS and Windows.

    Raises
    ------
    WorkerLostError
        If a worker dies a second time on the same batch, naming its articles.
    """
    context = multiprocessing.get_context("spawn")
    window = workers * BATCHES_IN_FLIGHT_PER_WORKER
    batches = iter(batches)
    in_flight: deque = deque()  # (batch, future), in input order

    def start_pool():
        return ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_init)

    pool = start_pool()
    done = False
    try:
        while True:
            while len(in_flight) < window:
                batch = next(batches, None)
                if batch is None:
                    break
                in_flight.append((batch, pool.submit(batch_work.process_batch, batch, job)))
            if not in_flight:
                done = True
                return
            batch, future = in_flight.popleft()
            try:
                result = future.result()
            except BrokenProcessPool:
                lost = [batch, *(other for other, _ in in_flight)]
                in_flight.clear()
                pool.shutdown(wait=True, cancel_futures=True)
                logger.warning(
                    "a worker process died (killed, or out of memory?); redoing %d batch(es) one at a time",
                    len(lost),
                )
                pool = start_pool()
                for suspect in lost:
                    yield _redo_alone(pool, suspect, job)
                continue
            yield result
    finally:
        if done:
            pool.shutdown(wait=True)
        else:  # an error, Ctrl-C or SIGTERM: do not wait for the batches in flight
            _stop_now(pool)


def _stop_now(pool: ProcessPoolExecutor) -> None:
    """Shut ``pool`` down and end its worker processes without waiting for their batches."""
    pool.shutdown(wait=False, cancel_futures=True)
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14
    if terminate is not None:
        terminate()
        return
    # before 3.14 the executor has no public way to stop a running worker
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()


def _redo_alone(pool: ProcessPoolExecutor, batch: pd.DataFrame, job):
    """``batch`` done again on its own: a second dead worker is this batch's doing."""
    try:
        return pool.submit(batch_work.process_batch, batch, job).result()
    except BrokenProcessPool:
        ids = batch["article_id"].astype(str).tolist()
        shown = ", ".join(ids[:20]) + (f" and {len(ids) - 20} more" if len(ids) > 20 else "")
        raise WorkerLostError(
            f"a worker process died twice on the batch of articles {shown} (killed, or out of "
            "memory: try fewer --workers, a smaller --batch-size, or leave these articles out)"
        ) from None


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
