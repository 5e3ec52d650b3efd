"""Writers for JSONL, Parquet and SQLite output.

Every writer makes each completed record durable before the next one is processed, so a run
killed at any moment (SIGINT or SIGKILL) loses nothing completed, and knows which inputs it has
already written (by sha256) so that ``--resume`` neither skips nor doubles a document.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import IO, Protocol

from dkcouncil.schemas import CouncilDocument, ErrorRecord

from .tables import TABLES, error_rows, flatten, to_json_line

Record = CouncilDocument | ErrorRecord


class Writer(Protocol):
    def done(self) -> set[str]:
        """The sha256 of every input already in the output."""
        ...

    def write(self, record: Record) -> None: ...

    def close(self) -> None: ...


def _sha(obj: dict) -> str | None:
    return obj.get("sha256")


class JsonlWriter:
    """JSON Lines, one record a line, flushed per record.

    A flush hands the line to the kernel, which keeps it when the process is killed; a torn last
    line (power loss, or a kill inside ``write``) is cut off on resume.
    """

    def __init__(self, path: Path | None, *, resume: bool = False) -> None:
        self.path = path
        self._done: set[str] = set()
        self._fh: IO[str]
        if path is None:
            self._fh = sys.stdout
            return
        if resume and path.exists():
            self._done = _recover_jsonl(path)
            self._fh = path.open("a", encoding="utf-8")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = path.open("w", encoding="utf-8")

    def done(self) -> set[str]:
        return self._done

    def write(self, record: Record) -> None:
        self._fh.write(to_json_line(record) + "\n")
        self._fh.flush()
        if record.sha256:
            self._done.add(record.sha256)

    def close(self) -> None:
        if self._fh is not sys.stdout:
            self._fh.close()


def _recover_jsonl(path: Path) -> set[str]:
    """Cut a torn last line off ``path``; return the sha256 of the complete records."""
    done: set[str] = set()
    good_end = 0
    with path.open("rb") as fh:
        for line in fh:
            if not line.endswith(b"\n"):
                break
            try:
                obj = json.loads(line)
            except ValueError:
                break
            good_end += len(line)
            if sha := _sha(obj):
                done.add(sha)
    if good_end != path.stat().st_size:
        with path.open("r+b") as fh:
            fh.truncate(good_end)
    return done


class SqliteWriter:
    """A SQLite database of flat tables (see :mod:`dkcouncil.emit.tables`), one transaction a record,
    with foreign keys and full-text search over agenda items, ready for ``datasette``."""

    def __init__(self, path: Path, *, resume: bool = False) -> None:
        import sqlite_utils

        if path.exists() and not resume:
            path.unlink()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite_utils.Database(path)
        metadata = path.with_name(f"{path.stem}.metadata.json")
        metadata.write_text(
            json.dumps(datasette_metadata(path.stem), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        self.db.execute("PRAGMA journal_mode=WAL")
        _create_schema(self.db)
        self._done = {row[0] for row in self.db.execute("SELECT sha256 FROM documents")}
        self._done |= {
            row[0] for row in self.db.execute("SELECT sha256 FROM errors WHERE sha256 IS NOT NULL")
        }

    def done(self) -> set[str]:
        return self._done

    def write(self, record: Record) -> None:
        tables = flatten(record) if isinstance(record, CouncilDocument) else error_rows(record)
        with self.db.conn:
            for name in TABLES:
                if tables[name]:
                    self.db[name].insert_all(tables[name], alter=True)
        if record.sha256:
            self._done.add(record.sha256)

    def close(self) -> None:
        self.db.conn.close()


WHO_DECIDED_WHAT = """
SELECT coalesce(c.date, d.meeting_date) AS date, d.municipality, c.body, i.number, i.title AS item, c.outcome,
       c.votes_for, c.votes_against, c.votes_abstained,
       c.votes_for_count, c.votes_against_count, c.votes_abstained_count, c.not_participating, i.absent,
       (SELECT sum(a.value_dkk) FROM amounts a WHERE a.item_id = i.item_id) AS amounts_dkk_sum,
       c.text AS decision, d.source, c.decision_id
FROM decisions c JOIN items i ON i.item_id = c.item_id JOIN documents d ON d.doc_id = c.doc_id
"""


def datasette_metadata(database: str) -> dict:
    """Titles, descriptions and facets that make ``datasette OUT.db -m OUT.metadata.json`` a browser."""
    decision_facets = ["outcome", "body", "municipality"]
    return {
        "title": "dkcouncil: who decided what",
        "description": "Danish council documents as data: decisions, votes, absentees and amounts.",
        "databases": {
            database: {
                "tables": {
                    "who_decided_what": {
                        "description": "Every decision with its date, body, item, outcome, votes and money.",
                        "facets": decision_facets,
                        "sort_desc": "date",
                    },
                    "decisions": {
                        "description": "Decisions (an item decided by a committee, then the council, "
                        "has one row each).",
                        "facets": decision_facets,
                    },
                    "items": {
                        "description": "Agenda items; full-text search on title and text.",
                        "facets": ["municipality", "outcome", "access"],
                    },
                    "documents": {
                        "description": "One row per document.",
                        "facets": ["doc_type", "municipality", "body"],
                    },
                    "people": {
                        "description": "Participants, absentees, signatories and people named.",
                        "facets": ["party", "municipality", "status"],
                    },
                    "amounts": {
                        "description": "Money amounts in kroner, with the item they are written in.",
                        "facets": ["municipality"],
                    },
                    "entities": {"description": "Named entities.", "facets": ["label", "source"]},
                    "budget_lines": {
                        "description": "Budget table rows, one per year, in whole kroner.",
                        "facets": ["municipality", "kind", "year"],
                    },
                    "initiatives": {
                        "description": "Budget agreements' initiatives and the committee responsible for each.",
                        "facets": ["committee", "municipality"],
                    },
                    "errors": {
                        "description": "Documents that could not be processed, and why.",
                        "facets": ["type", "stage"],
                    },
                }
            }
        },
    }


def _create_schema(db) -> None:
    if "documents" in db.table_names():
        return
    with db.conn:
        db["documents"].create(
            {
                "doc_id": str,
                "source": str,
                "sha256": str,
                "schema_version": str,
                "doc_type": str,
                "title": str,
                "body": str,
                "municipality": str,
                "meeting_date": str,
                "meeting_time": str,
                "meeting_location": str,
                "n_items": int,
                "n_participants": int,
                "n_absent": int,
                "agreement_parties": str,
                "warnings": str,
                "text": str,
            },
            pk="doc_id",
        )
        db["items"].create(
            {
                "item_id": str,
                "doc_id": str,
                "position": int,
                "number": str,
                "title": str,
                "case_numbers": str,
                "access": str,
                "municipality": str,
                "meeting_date": str,
                "absent": str,
                "text": str,
                "decision_body": str,
                "decision_date": str,
                "outcome": str,
                "decision_text": str,
                "votes_for": str,
                "votes_against": str,
                "votes_abstained": str,
                "votes_for_count": int,
                "votes_against_count": int,
                "votes_abstained_count": int,
                "not_participating": str,
            },
            pk="item_id",
            foreign_keys=[("doc_id", "documents", "doc_id")],
        )
        db["decisions"].create(
            {
                "decision_id": str,
                "item_id": str,
                "doc_id": str,
                "order": int,
                "item_title": str,
                "municipality": str,
                "body": str,
                "date": str,
                "outcome": str,
                "text": str,
                "votes_for": str,
                "votes_against": str,
                "votes_abstained": str,
                "votes_for_count": int,
                "votes_against_count": int,
                "votes_abstained_count": int,
                "not_participating": str,
            },
            pk="decision_id",
            foreign_keys=[("item_id", "items", "item_id"), ("doc_id", "documents", "doc_id")],
        )
        for name, columns in (
            (
                "people",
                {"doc_id": str, "status": str, "name": str, "party": str, "municipality": str, "role": str},
            ),
            (
                "entities",
                {
                    "doc_id": str,
                    "label": str,
                    "text": str,
                    "start": int,
                    "end": int,
                    "normalized": str,
                    "source": str,
                },
            ),
            (
                "amounts",
                {
                    "doc_id": str,
                    "item_id": str,
                    "municipality": str,
                    "text": str,
                    "value_dkk": float,
                    "start": int,
                    "end": int,
                },
            ),
            (
                "budget_lines",
                {
                    "doc_id": str,
                    "municipality": str,
                    "ref": str,
                    "title": str,
                    "kind": str,
                    "year": int,
                    "value_dkk": int,
                },
            ),
            (
                "initiatives",
                {
                    "doc_id": str,
                    "position": int,
                    "municipality": str,
                    "ref": str,
                    "title": str,
                    "chapter": str,
                    "committee": str,
                },
            ),
        ):
            db[name].create(columns, foreign_keys=[("doc_id", "documents", "doc_id")])
            db[name].create_index(["doc_id"])
        db["errors"].create({"source": str, "sha256": str, "type": str, "message": str, "stage": str})
        db.create_view("who_decided_what", WHO_DECIDED_WHAT)
        db["items"].enable_fts(["title", "text"], create_triggers=True)
        db["decisions"].create_index(["outcome"])
        db["people"].create_index(["name"])


class ParquetWriter:
    """Parquet: ``OUT.parquet`` is the documents table, ``OUT.<table>.parquet`` the flat tables.

    Parquet files cannot be appended to, so every record is first written durably to
    ``OUT.records.jsonl`` (the full nested records, kept beside the tables) and the tables are
    written from it on close; that file is also what ``--resume`` reads.
    """

    def __init__(self, path: Path, *, resume: bool = False) -> None:
        self.path = path
        self.spool = path.with_name(f"{path.stem}.records.jsonl")
        self._jsonl = JsonlWriter(self.spool, resume=resume)

    def done(self) -> set[str]:
        return self._jsonl.done()

    def write(self, record: Record) -> None:
        self._jsonl.write(record)

    def close(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._jsonl.close()
        rows: dict[str, list[dict]] = {name: [] for name in TABLES}
        with self.spool.open(encoding="utf-8") as fh:
            for line in fh:
                obj = json.loads(line)
                if "error" in obj:
                    tables = error_rows(ErrorRecord.model_validate(obj))
                else:
                    tables = flatten(CouncilDocument.model_validate(obj))
                for name in TABLES:
                    rows[name].extend(tables[name])
        for name in TABLES:
            target = (
                self.path if name == "documents" else self.path.with_name(f"{self.path.stem}.{name}.parquet")
            )
            tmp = target.with_name(target.name + ".tmp")
            pq.write_table(pa.Table.from_pylist(rows[name]), tmp)
            os.replace(tmp, target)  # readers never see a half-written table


def open_writer(out: str | None, *, resume: bool = False) -> Writer:
    """The writer for ``out`` by its suffix: .jsonl, .parquet, .db/.sqlite; ``-``/None is stdout JSONL."""
    if out in (None, "-"):
        return JsonlWriter(None)
    path = Path(out)
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return ParquetWriter(path, resume=resume)
    if suffix in (".db", ".sqlite", ".sqlite3"):
        return SqliteWriter(path, resume=resume)
    return JsonlWriter(path, resume=resume)
