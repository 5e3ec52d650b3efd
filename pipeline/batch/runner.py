"""Run the pipeline over many documents: in order, in parallel, resumable, with progress."""

from __future__ import annotations

import multiprocessing
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dkcouncil.emit.writers import Writer, open_writer
from dkcouncil.process import Options, Processor, Record
from dkcouncil.read import iter_sources
from dkcouncil.read.base import sha256_file
from dkcouncil.schemas import CouncilDocument, ErrorRecord
from dkcouncil.tag import Tagger


@dataclass
class Summary:
    documents: int = 0
    records: int = 0
    errors: int = 0
    skipped: int = 0
    seconds: float = 0.0
    failures: list[ErrorRecord] = field(default_factory=list)

    def line(self) -> str:
        rate = self.documents / self.seconds if self.seconds else 0.0
        return (
            f"dkcouncil: {self.documents} documents, {self.records} records, {self.errors} errors, "
            f"{self.skipped} skipped (already in output), {self.seconds:.1f} s ({rate:.1f} documents/s)"
        )


PAGE_CHARS = 2000  # a page, for progress and benchmarks
_worker: Processor | None = None


def _init_worker(options: Options) -> None:
    global _worker
    _worker = Processor(options)


def _work(path: Path) -> Record:
    assert _worker is not None, "worker not initialised"
    return _worker.process(path)


def _pending(sources: list[Path], done: set[str]) -> tuple[list[Path], int]:
    """Sources whose bytes are not yet in the output, and how many were skipped."""
    if not done:
        return sources, 0
    pending = []
    for path in sources:
        try:
            if sha256_file(path) in done:
                continue
        except OSError:
            pass  # unreadable: processing it yields the error record that says why
        pending.append(path)
    return pending, len(sources) - len(pending)


def _records(
    pending: list[Path], options: Options, jobs: int, engine: str, scheduler: str | None
) -> Iterator[Record]:
    """Records in the order of ``pending`` whatever the engine and the number of processes."""
    if engine == "dask":
        from .dask_engine import dask_records

        yield from dask_records(pending, options, scheduler=scheduler, jobs=jobs)
        return
    if jobs <= 1 or len(pending) <= 1:
        processor = Processor(options)
        yield from (processor.process(path) for path in pending)
        return
    # spawn, not fork: workers load their own spaCy pipeline and share no threads with the parent
    context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=_init_worker, initargs=(options,)) as pool:
        yield from pool.imap(_work, pending, chunksize=1)


def run(
    paths: Iterable[str | Path],
    out: str | None,
    *,
    options: Options | None = None,
    jobs: int = 1,
    resume: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
    progress: bool | None = None,
    on_error: Callable[[ErrorRecord], None] | None = None,
) -> Summary:
    """Process every document under ``paths`` into ``out``; returns what happened."""
    options = options or Options()
    started = time.perf_counter()
    sources = list(iter_sources(paths))
    writer: Writer = open_writer(out, resume=resume)
    summary = Summary()
    try:
        pending, summary.skipped = _pending(sources, writer.done() if resume else set())
        show = sys.stderr.isatty() if progress is None else progress
        if pending and (jobs > 1 or engine == "dask"):
            Tagger.check(options.ner)  # a missing model is a usage error here, not a crash in every worker
        records = _records(pending, options, jobs, engine, scheduler)
        for record in _with_progress(records, len(pending), show):
            writer.write(record)
            summary.documents += 1
            if isinstance(record, ErrorRecord):
                summary.errors += 1
                summary.failures.append(record)
                if on_error:
                    on_error(record)
            else:
                summary.records += 1
    finally:
        writer.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _with_progress(records: Iterator[Record], total: int, show: bool) -> Iterator[Record]:
    if not show:
        yield from records
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("[bold]dkcouncil"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn(
            "{task.fields[rate]:.1f} docs/s · {task.fields[pages]:,.0f} pages · {task.fields[errors]} errors"
        ),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    started = time.perf_counter()
    with Progress(*columns, transient=False) as bar:
        task = bar.add_task("run", total=total, rate=0.0, errors=0, pages=0.0)
        errors = 0
        pages = 0.0
        for done, record in enumerate(records, 1):
            errors += isinstance(record, ErrorRecord)
            pages += len(record.text) / PAGE_CHARS if isinstance(record, CouncilDocument) else 0
            elapsed = time.perf_counter() - started
            bar.update(task, advance=1, rate=done / elapsed if elapsed else 0.0, errors=errors, pages=pages)
            yield record
