"""pydantic models of the dkcouncil record and the JSON Schema generated from them."""

from __future__ import annotations

import json
from pathlib import Path

from .models import (
    SCHEMA_VERSION,
    AgendaItem,
    Amount,
    Attachment,
    Body,
    BudgetInitiative,
    BudgetLine,
    CouncilDocument,
    Decision,
    Entity,
    ErrorInfo,
    ErrorRecord,
    Meeting,
    Person,
    PipelineInfo,
    Repair,
    Section,
    VoteCounts,
    Votes,
)

SCHEMA_FILE = Path(__file__).with_name("council_document.schema.json")
SCHEMA_ID = f"https://dkcouncil.github.io/schemas/council_document-{SCHEMA_VERSION}.schema.json"


def json_schema() -> dict:
    """The JSON Schema of a record, as consumers see it (field aliases such as `for`)."""
    schema = CouncilDocument.model_json_schema(by_alias=True, mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


__all__ = [
    "SCHEMA_FILE",
    "SCHEMA_VERSION",
    "AgendaItem",
    "Amount",
    "Attachment",
    "Body",
    "BudgetInitiative",
    "BudgetLine",
    "CouncilDocument",
    "Decision",
    "Entity",
    "ErrorInfo",
    "ErrorRecord",
    "Meeting",
    "Person",
    "PipelineInfo",
    "Repair",
    "Section",
    "VoteCounts",
    "Votes",
    "json_schema",
    "json_schema_text",
]
