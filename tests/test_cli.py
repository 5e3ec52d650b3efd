"""The command line of the contract: run, repair, schema, exit codes and error records."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from conftest import read_jsonl, run_cli
from dkcouncil import __version__

CASE = """## **Ny legeplads ved Solsikkens Børnehus**

25/2210      Åben Sag

### **Sagsfremstilling**

Forældrebestyrelsen har ønsket en ny legeplads. Prisen er anslået til 450.000 kr.

### **Indstilling**

Direktøren indstiller, at anlægsbevillingen på 450.000 kr. godkendes.

### **Beslutning i Børne- og Skoleudvalget den 12-05-2025**

Godkendt.

Mette Lund (V) deltog ikke i sagens behandling.
"""


@pytest.fixture
def small_batch(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a_sag.md").write_text(CASE, encoding="utf-8")
    (folder / "b_tom.txt").write_text("", encoding="utf-8")
    (folder / "c_sag_cp1252.txt").write_bytes(CASE.replace("Legeplads", "Cykelbane").encode("cp1252"))
    return folder


def test_version_and_help() -> None:
    assert run_cli("--version").stdout.strip() == f"dkcouncil {__version__}"
    help_text = run_cli("--help").stdout
    for word in ("run", "repair", "schema", "exit status"):
        assert word in help_text


@pytest.mark.parametrize(
    "args", [[], ["run"], ["run", "no/such/folder"], ["run", ".", "--jobs", "0"], ["frobnicate"]]
)
def test_bad_usage_exits_2(args: list[str]) -> None:
    proc = run_cli(*args)
    assert proc.returncode == 2
    assert "error" in proc.stderr


def test_run_writes_records_and_error_records_and_exits_1(
    small_batch: Path, tmp_path: Path, record_schema: dict
) -> None:
    out = tmp_path / "out.jsonl"
    proc = run_cli("run", str(small_batch), "-o", str(out), "--no-progress")
    assert proc.returncode == 1, proc.stderr
    assert "b_tom.txt" in proc.stderr and "no text" in proc.stderr
    records = read_jsonl(out)
    assert [Path(r["source"]).name for r in records] == ["a_sag.md", "b_tom.txt", "c_sag_cp1252.txt"]
    good = [r for r in records if "error" not in r]
    for record in good:
        jsonschema.validate(record, record_schema)
    assert records[1]["error"]["type"] == "EmptyDocument"
    assert records[1]["error"]["stage"] == "read"
    decision = good[0]["items"][0]["decision"]
    assert decision["outcome"] == "approved"
    assert [p["name"] for p in decision["not_participating"]] == ["Mette Lund"]
    assert 450000 in [a["value_dkk"] for a in good[0]["amounts"]]
    assert "2 records, 1 errors" in proc.stderr


def test_run_without_output_writes_jsonl_to_stdout(small_batch: Path) -> None:
    proc = run_cli("run", str(small_batch / "a_sag.md"))
    assert proc.returncode == 0, proc.stderr
    [record] = [json.loads(line) for line in proc.stdout.splitlines()]
    assert record["doc_type"] == "case"


def test_resume_skips_what_is_done_and_doubles_nothing(small_batch: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run_cli("run", str(small_batch / "a_sag.md"), "-o", str(out), "--no-progress")
    proc = run_cli("run", str(small_batch), "-o", str(out), "--resume", "--no-progress")
    assert "1 skipped" in proc.stderr
    sources = [Path(r["source"]).name for r in read_jsonl(out)]
    assert sorted(sources) == ["a_sag.md", "b_tom.txt", "c_sag_cp1252.txt"]


def test_two_jobs_give_the_same_records_in_the_same_order(small_batch: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_cli("run", str(small_batch), "-o", str(one), "--no-progress")
    run_cli("run", str(small_batch), "-o", str(two), "--jobs", "2", "--no-progress")
    assert read_jsonl(one) == read_jsonl(two)


@pytest.mark.parametrize("suffix", [".db", ".parquet"])
def test_run_writes_sqlite_and_parquet(small_batch: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"out{suffix}"
    proc = run_cli("run", str(small_batch), "-o", str(out), "--no-progress")
    assert proc.returncode == 1
    assert out.exists() and out.stat().st_size > 0


def test_missing_dacy_model_is_a_clear_message_not_a_crash(small_batch: Path) -> None:
    proc = run_cli("run", str(small_batch / "a_sag.md"), "--ner", "dacy-small")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "dacy" in proc.stderr.lower() and "install" in proc.stderr.lower()


def test_ner_path_that_does_not_exist_is_a_clear_message(small_batch: Path) -> None:
    proc = run_cli("run", str(small_batch / "a_sag.md"), "--ner", "/no/such/model")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "/no/such/model" in proc.stderr


def test_repair_reads_stdin_and_logs_repairs(tmp_path: Path) -> None:
    log = tmp_path / "repairs.json"
    proc = run_cli("repair", "--log", str(log), stdin="Mødet blev holdt i KÃ¸benhavn.\n")
    assert proc.returncode == 0
    assert proc.stdout == "Mødet blev holdt i København.\n"
    [repair] = json.loads(log.read_text(encoding="utf-8"))
    assert repair["kind"] == "encoding"
    assert repair["replacement"] in ("København", "ø")
