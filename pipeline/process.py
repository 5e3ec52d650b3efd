"""The one place where the stages are chained: read -> repair -> segment -> tag -> emit."""

from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from dkcouncil.emit import build_record, error_record
from dkcouncil.emit.privacy import redact
from dkcouncil.read import Limits, ReadError, read_path
from dkcouncil.repair import repair_text
from dkcouncil.schemas import CouncilDocument, ErrorRecord
from dkcouncil.segment import segment
from dkcouncil.tag import Tagger

Record = CouncilDocument | ErrorRecord


@dataclass(frozen=True)
class Options:
    """Everything a run can be configured with; picklable, so workers get the same."""

    ner: str = "default"
    repair_threshold: float = 0.5
    timeout: float = 300.0  # seconds per document; 0 for none
    limits: Limits = field(default_factory=Limits)
    redact_cpr: bool = False  # mask CPR numbers (personal ID numbers) in the record
    ocr: bool = False  # OCR PDFs that have no text layer (needs tesseract with Danish data)


class DocumentTimeout(Exception):
    pass


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise DocumentTimeout in this thread after ``seconds``.

    The main thread gets a SIGALRM, which also stops a long regex search (the regex module checks
    for signals). Other threads (a Dask worker runs tasks in one) get the exception from a timer
    thread at their next Python instruction, so a long call into C finishes first.
    """
    if seconds <= 0:
        yield
        return
    if threading.current_thread() is not threading.main_thread():
        with _thread_time_limit(seconds):
            yield
        return

    def expire(signum: int, frame: object) -> None:
        raise DocumentTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _thread_time_limit(seconds: float) -> Iterator[None]:
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"inside": True, "fired": False}

    def expire() -> None:
        with lock:
            if state["inside"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(DocumentTimeout))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            state["inside"] = False
            if state["fired"]:  # not raised yet if the block ended in the same instant: withdraw it
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)


class Processor:
    """Holds the loaded NER pipeline; turns one path into one record, never raising."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        self.tagger = Tagger(self.options.ner)

    def process(self, path: str | Path) -> Record:
        source = str(path)
        stage = "read"
        sha256 = None
        try:
            with _time_limit(self.options.timeout):
                raw = read_path(path, self.options.limits, ocr=self.options.ocr)
                sha256 = raw.sha256
                stage = "repair"
                repaired = repair_text(raw.text, threshold=self.options.repair_threshold)
                stage = "segment"
                seg = segment(repaired.text, source_format=raw.format)
                stage = "tag"
                tagging = self.tagger.tag(repaired.text, seg)
                stage = "emit"
                record = build_record(raw, repaired, seg, tagging, ner_model=self.tagger.model_name)
                return redact(record) if self.options.redact_cpr else record
        except ReadError as exc:
            return error_record(source, exc.kind, str(exc), stage=stage, sha256=sha256)
        except DocumentTimeout:
            message = (
                f"{source}: processing stopped after {self.options.timeout:g} s in the {stage} stage; "
                "raise the limit with --timeout or report the document as a bug"
            )
            return error_record(source, "Timeout", message, stage=stage, sha256=sha256)
        except MemoryError:
            return error_record(
                source,
                "MemoryError",
                f"{source}: out of memory in the {stage} stage",
                stage=stage,
                sha256=sha256,
            )
        except Exception as exc:  # one bad document must never stop a batch
            message = f"{source}: {type(exc).__name__} in the {stage} stage: {exc}"
            return error_record(source, "InternalError", message, stage=stage, sha256=sha256)
