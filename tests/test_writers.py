"""Writers: every completed record durable, torn output recovered, flat tables joined by ids."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from dkcouncil.emit.writers import JsonlWriter, ParquetWriter, SqliteWriter, open_writer
from dkcouncil.schemas import (
    AgendaItem,
    BudgetLine,
    CouncilDocument,
    Decision,
    ErrorInfo,
    ErrorRecord,
    Meeting,
    Person,
    Votes,
)
from dkcouncil.schemas.models import Body


def _record(n: int) -> CouncilDocument:
    sha = hashlib.sha256(f"dokument {n}".encode()).hexdigest()
    decision = Decision(
        body="Økonomiudvalget",
        date="2025-03-03",
        text="Anbefales. For stemte A og V. Imod stemte Ø.",
        outcome="recommended",
        votes=Votes(for_=["A", "V"], against=["Ø"]),
        not_participating=[Person(name="Ole Birk", party="O")],
    )
    return CouncilDocument(
        doc_id=sha[:16],
        source=f"referat_{n}.md",
        sha256=sha,
        doc_type="minutes",
        title=f"Referat {n}",
        body=Body(name="Økonomiudvalget", municipality="Norddjurs"),
        meeting=Meeting(date="2025-03-03"),
        participants=[Person(name="Anna Holm", party="A", municipality="Norddjurs")],
        items=[
            AgendaItem(number="1", title="Ny svømmehal i Grenaa", decision=decision, decisions=[decision])
        ],
        budget_lines=[BudgetLine(ref="1.2", title="Svømmehal", kind="anlæg", values={"2025": 2_500_000})],
        text="Referat",
    )


def _error(n: int) -> ErrorRecord:
    return ErrorRecord(
        error=ErrorInfo(type="EncryptedPDF", message="krypteret", stage="read"),
        source=f"bad_{n}.pdf",
        sha256=f"{n:064x}",
    )


def test_jsonl_writes_one_valid_line_per_record_and_uses_the_contract_keys(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    writer = JsonlWriter(out)
    writer.write(_record(1))
    writer.write(_error(2))
    writer.close()
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["items"][0]["decision"]["votes"]["for"] == ["A", "V"]
    assert "Økonomiudvalget" in out.read_text(encoding="utf-8")  # not \u-escaped
    assert lines[1] == {
        "error": {"type": "EncryptedPDF", "message": "krypteret", "stage": "read"},
        "source": "bad_2.pdf",
        "sha256": f"{2:064x}",
    }


def test_jsonl_resume_cuts_a_torn_last_line_and_remembers_what_is_done(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    writer = JsonlWriter(out)
    writer.write(_record(1))
    writer.write(_record(2))
    writer.close()
    with out.open("a", encoding="utf-8") as fh:  # a run killed in the middle of a line
        fh.write('{"schema_version": "1.0.0", "doc_id": "ab')
    resumed = JsonlWriter(out, resume=True)
    assert resumed.done() == {_record(1).sha256, _record(2).sha256}
    resumed.write(_record(3))
    resumed.close()
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["source"] for line in lines] == ["referat_1.md", "referat_2.md", "referat_3.md"]


def test_without_resume_the_output_starts_afresh(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"old": true}\n')
    JsonlWriter(out).close()
    assert out.read_text() == ""


def test_sqlite_has_joined_tables_full_text_search_and_resume(tmp_path: Path) -> None:
    out = tmp_path / "out.db"
    writer = SqliteWriter(out)
    writer.write(_record(1))
    writer.write(_error(2))
    writer.close()
    db = sqlite3.connect(out)
    row = db.execute(
        "SELECT d.municipality, i.title, c.outcome, c.votes_against FROM decisions c "
        "JOIN items i ON i.item_id = c.item_id JOIN documents d ON d.doc_id = c.doc_id"
    ).fetchone()
    assert row == ("Norddjurs", "Ny svømmehal i Grenaa", "recommended", '["Ø"]')
    hits = db.execute("SELECT title FROM items_fts WHERE items_fts MATCH 'svømmehal'").fetchall()
    assert hits == [("Ny svømmehal i Grenaa",)]
    fks = {(fk[2], fk[3]) for fk in db.execute("PRAGMA foreign_key_list(decisions)")}
    assert ("items", "item_id") in fks
    assert db.execute("SELECT year, value_dkk FROM budget_lines").fetchall() == [(2025, 2_500_000)]
    assert db.execute("SELECT type FROM errors").fetchall() == [("EncryptedPDF",)]
    db.close()
    resumed = SqliteWriter(out, resume=True)
    assert resumed.done() == {_record(1).sha256, f"{2:064x}"}
    resumed.close()


def test_parquet_writes_documents_and_flat_tables(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out.parquet"
    writer = ParquetWriter(out)
    writer.write(_record(1))
    writer.write(_record(2))
    writer.close()
    documents = pq.read_table(out).to_pylist()
    assert [d["title"] for d in documents] == ["Referat 1", "Referat 2"]
    decisions = pq.read_table(tmp_path / "out.decisions.parquet").to_pylist()
    assert decisions[0]["votes_for"] == ["A", "V"]
    assert decisions[0]["not_participating"] == ["Ole Birk"]
    people = pq.read_table(tmp_path / "out.people.parquet").to_pylist()
    assert {"status": "participant", "name": "Anna Holm"}.items() <= people[0].items()
    assert (tmp_path / "out.records.jsonl").exists()  # the full records, and the resume log
    assert ParquetWriter(out, resume=True).done() == {_record(1).sha256, _record(2).sha256}


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("x.jsonl", JsonlWriter),
        ("x.parquet", ParquetWriter),
        ("x.db", SqliteWriter),
        ("x.sqlite", SqliteWriter),
    ],
)
def test_writer_is_chosen_by_suffix(tmp_path: Path, name: str, kind: type) -> None:
    writer = open_writer(str(tmp_path / name))
    assert isinstance(writer, kind)
    writer.close()
