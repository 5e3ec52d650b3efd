"""Decisions from any output (JSONL, Parquet, SQLite) as rows a journalist can read and filter."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from dkcouncil.emit.tables import flatten
from dkcouncil.schemas import CouncilDocument


@dataclass
class DecisionRow:
    date: str | None
    municipality: str | None
    body: str | None
    item: str
    outcome: str | None
    votes_for: list[str] = field(default_factory=list)
    votes_against: list[str] = field(default_factory=list)
    votes_abstained: list[str] = field(default_factory=list)
    not_participating: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    amounts_dkk: list[float] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)  # parties of those not participating
    source: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def _records_file(out: Path) -> Path:
    """JSONL output is its own record file; Parquet output keeps its records beside the tables."""
    return out.with_name(f"{out.stem}.records.jsonl") if out.suffix == ".parquet" else out


def _from_records(path: Path) -> Iterator[DecisionRow]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if "error" in obj:
                continue
            record = CouncilDocument.model_validate(obj)
            tables = flatten(record)
            amounts = defaultdict(list)
            for row in tables["amounts"]:
                amounts[row["item_id"]].append(row["value_dkk"])
            items = {row["item_id"]: row for row in tables["items"]}
            people = {p.name: p.party for p in [*record.participants, *record.absent, *record.people]}
            for row in tables["decisions"]:
                yield _row(
                    row,
                    items[row["item_id"]],
                    record.meeting.date if record.meeting else None,
                    amounts[row["item_id"]],
                    people,
                    record.source,
                )


def _from_sqlite(path: Path) -> Iterator[DecisionRow]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    amounts = defaultdict(list)
    for row in db.execute("SELECT item_id, value_dkk FROM amounts WHERE item_id IS NOT NULL"):
        amounts[row["item_id"]].append(row["value_dkk"])
    parties = {
        r["name"]: r["party"] for r in db.execute("SELECT name, party FROM people WHERE party IS NOT NULL")
    }
    query = (
        "SELECT c.*, i.number, i.title AS item_title, i.absent, d.meeting_date, d.source, d.municipality AS doc_mun "
        "FROM decisions c JOIN items i ON i.item_id = c.item_id JOIN documents d ON d.doc_id = c.doc_id "
        "ORDER BY d.meeting_date, c.decision_id"
    )
    for row in db.execute(query):
        decision = {k: row[k] for k in row.keys()}  # noqa: SIM118 - sqlite3.Row has no items()
        for key in ("votes_for", "votes_against", "votes_abstained", "not_participating", "absent"):
            decision[key] = json.loads(decision[key]) if decision[key] else []
        item = {"number": decision["number"], "title": decision["item_title"], "absent": decision["absent"]}
        yield _row(
            decision,
            item,
            decision["meeting_date"],
            amounts[decision["item_id"]],
            parties,
            decision["source"],
        )
    db.close()


def _row(
    decision: dict,
    item: dict,
    meeting_date: str | None,
    amounts: list[float],
    parties: dict[str, str | None],
    source: str,
) -> DecisionRow:
    number = f"{item['number']} " if item.get("number") else ""
    not_participating = decision.get("not_participating") or []
    return DecisionRow(
        date=decision.get("date") or meeting_date,
        municipality=decision.get("municipality"),
        body=decision.get("body"),
        item=f"{number}{item['title']}",
        outcome=decision.get("outcome"),
        votes_for=decision.get("votes_for") or [],
        votes_against=decision.get("votes_against") or [],
        votes_abstained=decision.get("votes_abstained") or [],
        not_participating=not_participating,
        absent=item.get("absent") or [],
        amounts_dkk=amounts,
        parties=sorted({p for name in not_participating if (p := parties.get(name))}),
        source=source,
    )


def load_decisions(out: str | Path) -> list[DecisionRow]:
    """Every decision in a run's output, oldest first."""
    path = Path(out)
    rows = list(
        _from_sqlite(path)
        if path.suffix in (".db", ".sqlite", ".sqlite3")
        else _from_records(_records_file(path))
    )
    return sorted(rows, key=lambda r: (r.date or "", r.source))


def select(
    rows: list[DecisionRow],
    *,
    municipality: str | None = None,
    body: str | None = None,
    party: str | None = None,
    outcome: str | None = None,
) -> list[DecisionRow]:
    """Rows matching every filter: municipality exactly, body as a part of its name, a party that
    voted or stood aside, an outcome from the contract's enum (all case-insensitive)."""

    def keep(row: DecisionRow) -> bool:
        if municipality and (row.municipality or "").casefold() != municipality.casefold():
            return False
        if body and body.casefold() not in (row.body or "").casefold():
            return False
        if outcome and (row.outcome or "") != outcome:
            return False
        if party:
            involved = {*row.votes_for, *row.votes_against, *row.votes_abstained, *row.parties}
            if party.casefold() not in {p.casefold() for p in involved}:
                return False
        return True

    return [row for row in rows if keep(row)]
