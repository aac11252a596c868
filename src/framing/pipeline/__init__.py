"""Run every measure over a corpus of any size: streamed, parallel or on Dask.

The corpus is cut into batches of articles. Each batch is parsed (cache hits
read from disk, misses parsed with one ``nlp.pipe`` call) and every per-article
table function of the package is applied to that batch alone; the batch's Docs
are then dropped. With an output directory (``out=``, what ``framing analyze``
does) the batch tables are appended to temporary files there as they arrive,
so memory stays flat whatever the corpus size; without one they are kept in
memory and returned. Aggregates (``responsibility``, ``distinctive_terms`` ...)
are computed at the end from the finished tables (read back one at a time), or
for term counts from per-batch partial sums.

The same batch function runs in three places: in this process
(``workers=1``), in ``workers`` spawned processes, or on a Dask distributed
cluster (``dask="local"`` starts a LocalCluster, any other string is a
scheduler address). A worker process loads the spaCy pipeline once and only
when a batch has a cache miss. Batches are gathered in input order, so the
tables are identical whichever runner is used.

Where things are:

* :mod:`~framing.pipeline.registry`: :data:`TABLES`, one :class:`TableSpec`
  per table holding the function that makes it;
* :mod:`~framing.pipeline.articles`: the ``articles`` table;
* :mod:`~framing.pipeline.batches`: the work on one batch, and joining batch tables;
* :mod:`~framing.pipeline.runners`: serial, processes, Dask;
* :mod:`~framing.pipeline.sink`: streaming tables to disk with ``out=``;
* :mod:`~framing.pipeline.publish`: publishing a run's files as one set with a
  ``manifest.json``, :func:`read_run` to read them back checked, formula escaping;
* :mod:`~framing.pipeline.report`: ``report.md``;
* :mod:`~framing.pipeline.run`: :func:`analyze` in named steps, and :func:`write_tables`.
"""

from .articles import ARTICLE_COLUMNS, article_rows, articles
from .batches import BATCH_SIZE, NLP_BATCH_SIZE, ArticleError, BatchJob, BatchResult, process_batch
from .publish import OutputError, Run, RunError, read_run
from .registry import TABLES, TableSpec, available_tables
from .run import MAX_CORPUS_TABLE_ARTICLES, PROGRESS_MIN_ARTICLES, Analysis, UnusedOptionError, analyze, write_tables
from .runners import BATCHES_IN_FLIGHT_PER_WORKER, MIN_BATCHES_PER_WORKER, WorkerLostError
from .sink import SavedTables

__all__ = [
    "ARTICLE_COLUMNS",
    "BATCHES_IN_FLIGHT_PER_WORKER",
    "BATCH_SIZE",
    "MAX_CORPUS_TABLE_ARTICLES",
    "MIN_BATCHES_PER_WORKER",
    "NLP_BATCH_SIZE",
    "PROGRESS_MIN_ARTICLES",
    "TABLES",
    "Analysis",
    "ArticleError",
    "BatchJob",
    "BatchResult",
    "OutputError",
    "Run",
    "RunError",
    "SavedTables",
    "TableSpec",
    "UnusedOptionError",
    "WorkerLostError",
    "analyze",
    "article_rows",
    "articles",
    "available_tables",
    "process_batch",
    "read_run",
    "write_tables",
]
