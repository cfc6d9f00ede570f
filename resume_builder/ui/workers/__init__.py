"""Background jobs: runs an export generator on a QThreadPool and reports back through signals.

Threads of the window (a fixed, documented few):

- `app_pool()`: the one pool every background job of the window runs on (previews, exports,
  the tailoring index, imports, word lists, the profile photo's copy);
- the career store's save thread (`ui/store.py`): one thread, so saves stay in order.
"""

from resume_builder.ui.workers.export_jobs import (
    ExportJob,
    ExportJobs,
    ExportWorker,
    PreviewJobs,
    WorkerSignals,
)
from resume_builder.ui.workers.imports import ImportSignals, ImportWorker
from resume_builder.ui.workers.index import AccomplishmentIndexer, IndexJob, IndexSignals
from resume_builder.ui.workers.pool import APP_POOL_THREADS, WorkerKeeper, app_pool

__all__ = [
    "APP_POOL_THREADS",
    "AccomplishmentIndexer",
    "ExportJob",
    "ExportJobs",
    "ExportWorker",
    "ImportSignals",
    "ImportWorker",
    "IndexJob",
    "IndexSignals",
    "PreviewJobs",
    "WorkerKeeper",
    "WorkerSignals",
    "app_pool",
]
