"""The JSON Schema is generated from the pydantic models, is committed fresh, and keeps the contract."""

from __future__ import annotations

import json

import pytest
import regex

from conftest import ROOT, SHARED, run_cli
from dkcouncil.schemas import SCHEMA_FILE, CouncilDocument, json_schema, json_schema_text


def test_committed_schema_is_not_stale() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == json_schema_text(), (
        "schemas/council_document.schema.json is stale: regenerate it with "
        "`dkcouncil schema > schemas/council_document.schema.json`"
    )


def test_cli_schema_prints_the_committed_schema() -> None:
    proc = run_cli("schema")
    assert proc.returncode == 0
    assert json.loads(proc.stdout) == json.loads(
        (ROOT / "schemas" / "council_document.schema.json").read_text()
    )


def test_every_field_has_a_description_or_is_self_evident() -> None:
    described = json_schema()["$defs"]["Section"]["properties"]
    assert "exactly as written" in described["heading"]["description"]


@pytest.fixture(scope="module")
def contract() -> str:
    path = SHARED / "CONTRACT.md"
    if not path.exists():
        pytest.skip("../shared/CONTRACT.md is not here")
    return path.read_text(encoding="utf-8")


def test_record_has_every_contract_field(contract: str) -> None:
    record_table = contract.split("## The record", 1)[1].split("\nPerson:", 1)[0]
    fields = set(regex.findall(r"^\| `([a-z_]+)`(?:, `([a-z_]+)`)*(?:, `([a-z_]+)`)?", record_table, regex.M))
    names = {name for row in fields for name in row if name}
    names |= set(regex.findall(r"`(participants|absent|sha256|source)`", record_table))
    assert {"schema_version", "doc_id", "doc_type", "meeting", "items", "text", "warnings"} <= names
    assert names <= set(CouncilDocument.model_fields)


def _enum(schema: dict, *path: str) -> list[str]:
    node = schema
    for key in path:
        node = node[key]
    return node["enum"]


@pytest.mark.parametrize(
    ("path", "opening", "closing"),
    [
        (("properties", "doc_type"), "`doc_type` | enum |", "\n"),
        (("$defs", "Section", "properties", "kind"), "`kind` one of", "\n\n"),
        (("$defs", "Decision", "properties", "outcome"), "`outcome` one of", "; `votes`"),
        (("$defs", "Entity", "properties", "label"), "`label` one of", ";"),
        (
            ("$defs", "Repair", "properties", "kind"),
            "replacement, kind, confidence}`; `kind` one of",
            "; `start`",
        ),
    ],
)
def test_enums_are_the_contracts(contract: str, path: tuple[str, ...], opening: str, closing: str) -> None:
    start = contract.index(opening) + len(opening)
    sentence = contract[start : contract.index(closing, start)]
    # Enum values are the backticked identifiers that are not examples of damaged or Danish text.
    written = {v for v in regex.findall(r"`([A-Za-z_]+)`", sentence) if v.islower() or v.isupper()}
    values = set(_enum(json_schema(), *path))
    assert values >= written, f"contract values missing from the schema: {written - values}"
    assert values <= written, f"schema values not in the contract: {values - written}"


def test_votes_use_the_contract_key_for() -> None:
    props = json_schema()["$defs"]["Votes"]["properties"]
    assert set(props) == {"for", "against", "abstained"}
