"""A fuzz corpus: mutated corpus documents must all end as records or clear error records, and bad
documents in a batch must not change the good documents' records."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import CORPUS
from dkcouncil.batch import run
from dkcouncil.process import Options, Processor
from dkcouncil.read import iter_sources
from dkcouncil.schemas import CouncilDocument, ErrorRecord

Mutation = Callable[[bytes, random.Random], bytes]


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(0, max(1, len(data)))]


def _flip_bytes(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(max(1, len(buf) // 200)):
        if buf:
            buf[rng.randrange(len(buf))] = rng.randrange(256)
    return bytes(buf)


def _reencode(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8", errors="replace")
    encoding = rng.choice(["utf-16", "cp1252", "latin-1", "utf-8-sig"])
    return text.encode(encoding, errors="replace")


def _mojibake(data: bytes, rng: random.Random) -> bytes:
    return data.decode("latin-1").encode("utf-8")  # UTF-8 read as latin-1, written again


def _shuffle_blocks(data: bytes, rng: random.Random) -> bytes:
    blocks = data.split(b"\n\n")
    rng.shuffle(blocks)
    return b"\n\n".join(blocks)


def _drop_headings(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    return b"\n".join(
        line for line in lines if not (line.lstrip().startswith((b"#", b"**")) or line.isupper())
    )


def _nul_and_long_lines(data: bytes, rng: random.Random) -> bytes:
    cut = rng.randrange(0, max(1, len(data)))
    return data[:cut] + b"\x00" * 20 + b"x" * rng.choice([10, 5000, 300_000]) + data[cut:]


MUTATIONS: list[Mutation] = [
    _truncate,
    _flip_bytes,
    _reencode,
    _mojibake,
    _shuffle_blocks,
    _drop_headings,
    _nul_and_long_lines,
]


@pytest.fixture(scope="module")
def fuzz_corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    sources = [p for p in iter_sources([CORPUS]) if p.suffix in (".md", ".txt", ".html", ".pdf")]
    if not sources:
        pytest.skip("corpus/ holds no documents")
    rng = random.Random(20261122)
    folder = tmp_path_factory.mktemp("fuzz")
    made = []
    for n in range(240):
        source = sources[n % len(sources)]
        mutate = MUTATIONS[n % len(MUTATIONS)]
        data = mutate(source.read_bytes(), rng)
        path = folder / f"{n:03d}_{mutate.__name__.strip('_')}{source.suffix}"
        path.write_bytes(data)
        made.append(path)
    return made


def test_every_mutated_document_ends_as_a_record_or_a_clear_error(fuzz_corpus: list[Path]) -> None:
    processor = Processor(Options(timeout=30))
    kinds: dict[str, int] = {}
    for path in fuzz_corpus:
        record = processor.process(path)
        if isinstance(record, ErrorRecord):
            # Bad input is expected; a crash inside the pipeline or a hang is not.
            assert record.error.type not in ("InternalError", "Timeout", "MemoryError"), record.error.message
            assert path.name in record.error.message
            kinds[record.error.type] = kinds.get(record.error.type, 0) + 1
            continue
        CouncilDocument.model_validate(record.model_dump(by_alias=True))
        for entity in record.entities:
            assert record.text[entity.start : entity.end] == entity.text
        for item in record.items:
            for section in item.sections:
                assert 0 <= section.start <= section.end <= len(record.text)
    assert sum(kinds.values()) < len(fuzz_corpus)  # most mutations still leave a readable document


def test_bad_documents_do_not_change_the_good_ones(fuzz_corpus: list[Path], tmp_path: Path) -> None:
    good = [p for p in iter_sources([CORPUS]) if p.suffix in (".md", ".txt")][:4]
    bad = [p for p in fuzz_corpus if "nul_and_long_lines" in p.name or "flip_bytes" in p.name][:6]
    clean_out, mixed_out = tmp_path / "clean.jsonl", tmp_path / "mixed.jsonl"
    run(good, str(clean_out), progress=False)
    run([*bad[:3], *good, *bad[3:]], str(mixed_out), progress=False)

    def records(path: Path) -> dict[str, dict]:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        return {r["source"]: r for r in rows if "error" not in r}

    mixed = records(mixed_out)
    for source, record in records(clean_out).items():
        assert mixed[source] == record
