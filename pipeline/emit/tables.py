"""A record as flat tables joined by ids, for Parquet and SQLite: what analysts and Datasette read.

documents(doc_id) <- items(item_id, doc_id) <- decisions(item_id); people, entities, amounts and
budget_lines and initiatives hang off documents by doc_id; errors holds the documents that failed.
"""

from __future__ import annotations

import json
from typing import Any

from dkcouncil.schemas import CouncilDocument, Decision, ErrorRecord

Row = dict[str, Any]
TABLES = (
    "documents",
    "items",
    "decisions",
    "people",
    "entities",
    "amounts",
    "budget_lines",
    "initiatives",
    "errors",
)


def _decision_row(decision: Decision | None) -> Row:
    """A decision's columns; all None for an item without one."""
    votes = decision.votes if decision else None
    counts = decision.vote_counts if decision else None
    return {
        "body": decision.body if decision else None,
        "date": decision.date if decision else None,
        "outcome": decision.outcome if decision else None,
        "text": decision.text if decision else None,
        "votes_for": votes.for_ if votes else None,
        "votes_against": votes.against if votes else None,
        "votes_abstained": votes.abstained if votes else None,
        "votes_for_count": counts.for_ if counts else None,
        "votes_against_count": counts.against if counts else None,
        "votes_abstained_count": counts.abstained if counts else None,
        "not_participating": [p.name for p in decision.not_participating] if decision else None,
    }


def flatten(record: CouncilDocument) -> dict[str, list[Row]]:
    """The record's rows per table; lists stay lists (Parquet) or become JSON (SQLite)."""
    doc_id = record.doc_id
    municipality = record.body.municipality if record.body else None
    tables: dict[str, list[Row]] = {name: [] for name in TABLES}
    tables["documents"].append(
        {
            "doc_id": doc_id,
            "source": record.source,
            "sha256": record.sha256,
            "schema_version": record.schema_version,
            "doc_type": record.doc_type,
            "title": record.title,
            "body": record.body.name if record.body else None,
            "municipality": municipality,
            "meeting_date": record.meeting.date if record.meeting else None,
            "meeting_time": record.meeting.time if record.meeting else None,
            "meeting_location": record.meeting.location if record.meeting else None,
            "n_items": len(record.items),
            "n_participants": len(record.participants),
            "n_absent": len(record.absent),
            "agreement_parties": record.agreement_parties,
            "warnings": record.warnings,
            "text": record.text,
        }
    )
    for position, item in enumerate(record.items):
        item_id = f"{doc_id}:{position}"
        row: Row = {
            "item_id": item_id,
            "doc_id": doc_id,
            "position": position,
            "number": item.number,
            "title": item.title,
            "case_numbers": item.case_numbers,
            "access": item.access,
            "municipality": municipality,
            "meeting_date": record.meeting.date if record.meeting else None,
            "absent": [p.name for p in item.absent],
            "text": "\n\n".join(s.text for s in item.sections),
        }
        decision = _decision_row(item.decision)
        row.update({f"decision_{k}" if k in ("body", "date", "text") else k: v for k, v in decision.items()})
        tables["items"].append(row)
        for order, dec in enumerate(item.decisions or ([item.decision] if item.decision else [])):
            tables["decisions"].append(
                {
                    "decision_id": f"{item_id}:{order}",
                    "item_id": item_id,
                    "doc_id": doc_id,
                    "order": order,
                    "item_title": item.title,
                    "municipality": municipality,
                    **_decision_row(dec),
                }
            )
    for status, persons in (
        ("participant", record.participants),
        ("absent", record.absent),
        ("signatory", record.signatories),
        ("mentioned", record.people),
    ):
        for person in persons:
            tables["people"].append({"doc_id": doc_id, "status": status, **person.model_dump()})
    for entity in record.entities:
        row = entity.model_dump()
        row["normalized"] = None if entity.normalized is None else str(entity.normalized)
        tables["entities"].append({"doc_id": doc_id, **row})
    spans = [
        (item.start, item.end, f"{doc_id}:{i}")
        for i, item in enumerate(record.items)
        if item.start is not None and item.end is not None
    ]
    for amount in record.amounts:
        # The item an amount is written in, so that money can be read per decision.
        item_id = next((iid for start, end, iid in spans if start <= amount.start < end), None)
        tables["amounts"].append(
            {"doc_id": doc_id, "item_id": item_id, "municipality": municipality, **amount.model_dump()}
        )
    for line in record.budget_lines:
        for year, value in sorted(line.values.items()):
            tables["budget_lines"].append(
                {
                    "doc_id": doc_id,
                    "municipality": municipality,
                    "ref": line.ref,
                    "title": line.title,
                    "kind": line.kind,
                    "year": int(year),
                    "value_dkk": value,
                }
            )
    for position, initiative in enumerate(record.initiatives):
        tables["initiatives"].append(
            {
                "doc_id": doc_id,
                "position": position,
                "municipality": municipality,
                **initiative.model_dump(include={"ref", "title", "chapter", "committee"}),
            }
        )
    return tables


def error_rows(record: ErrorRecord) -> dict[str, list[Row]]:
    tables: dict[str, list[Row]] = {name: [] for name in TABLES}
    tables["errors"].append(
        {
            "source": record.source,
            "sha256": record.sha256,
            "type": record.error.type,
            "message": record.error.message,
            "stage": record.error.stage,
        }
    )
    return tables


# Characters that json.dumps leaves raw but str.splitlines(), and some JSON Lines readers, take for
# a line break: escaped, a record stays one line for every reader.
_LINE_BREAKS = str.maketrans({c: f"\\u{ord(c):04x}" for c in "\x85\u2028\u2029"})


def to_json_line(record: CouncilDocument | ErrorRecord) -> str:
    """One JSON line as the contract writes it (``for`` not ``for_``), non-ASCII kept readable.

    >>> from dkcouncil.schemas import ErrorRecord
    >>> line = to_json_line(ErrorRecord.model_validate(
    ...     {"error": {"type": "X", "message": "a\u2028b", "stage": "read"}, "source": "f"}))
    >>> len(line.splitlines()), json.loads(line)["error"]["message"] == "a\u2028b"
    (1, True)
    """
    text = json.dumps(record.model_dump(mode="json", by_alias=True), ensure_ascii=False)
    return text.translate(_LINE_BREAKS)
