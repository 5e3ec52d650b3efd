"""The same pipeline on a Dask cluster: one task a document, records back in input order.

Workers load the NER pipeline once each (cached per process) and read the documents by path, so
the paths must be reachable from every worker (a shared file system) and dkcouncil must be
installed there too. Without a scheduler address a LocalCluster of processes on 127.0.0.1 is used.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from pathlib import Path

from dkcouncil.process import Options, Processor, Record

_processors: dict[Options, Processor] = {}


def process_on_worker(path: str, options: Options) -> Record:
    """Run on a Dask worker: the worker's cached Processor turns one path into one record."""
    processor = _processors.get(options)
    if processor is None:
        processor = _processors[options] = Processor(options)
    return processor.process(path)


def dask_records(
    pending: list[Path], options: Options, *, scheduler: str | None, jobs: int
) -> Iterator[Record]:
    """Records for ``pending`` in order, with a bounded number of tasks in flight so memory stays flat."""
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=jobs, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        )
        client = Client(cluster)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        in_flight = 4 * workers
        paths = iter(pending)
        window: deque = deque()

        def submit_next() -> None:
            path = next(paths, None)
            if path is not None:
                window.append(client.submit(process_on_worker, str(path), options, pure=False))

        for _ in range(in_flight):
            submit_next()
        while window:
            future = window.popleft()
            submit_next()
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
