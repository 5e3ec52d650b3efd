"""Per-document time limit: past it a document becomes a Timeout error record, in the main thread
(SIGALRM) and in a worker thread (as a Dask worker runs tasks), and the next document is unharmed."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from conftest import CORPUS
from dkcouncil.process import Options, Processor, Record
from dkcouncil.schemas import ErrorRecord

GOOD = CORPUS / "referat_norddjurs_oekonomiudvalget.md"


@pytest.fixture(scope="module")
def processors() -> tuple[Processor, Processor]:
    return Processor(Options(timeout=2.0)), Processor(Options(timeout=0))


@pytest.fixture(scope="module")
def long_document(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("slow") / "referat_langt.md"
    path.write_text(GOOD.read_text(encoding="utf-8") * 40, encoding="utf-8")  # about 6 s of work
    return path


def _in_thread(processor: Processor, path: Path) -> Record:
    result: list[Record] = []
    worker = threading.Thread(target=lambda: result.append(processor.process(path)))
    worker.start()
    worker.join(120)
    assert result, "the worker thread did not return within 120 s"
    return result[0]


@pytest.mark.parametrize("where", ["main thread", "worker thread"])
def test_a_document_over_the_time_limit_is_a_timeout_record(
    processors: tuple[Processor, Processor], long_document: Path, where: str
) -> None:
    limited, unlimited = processors
    record = limited.process(long_document) if where == "main thread" else _in_thread(limited, long_document)
    assert isinstance(record, ErrorRecord)
    assert record.error.type == "Timeout"
    assert "referat_langt.md" in record.error.message and "--timeout" in record.error.message
    # The same processor goes on: the next document's record is the one an unlimited run gives.
    after = limited.process(GOOD) if where == "main thread" else _in_thread(limited, GOOD)
    expected = unlimited.process(GOOD).model_dump(exclude={"processed_at"})
    assert after.model_dump(exclude={"processed_at"}) == expected
