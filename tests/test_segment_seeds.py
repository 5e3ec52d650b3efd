"""The segment stage on the real sample documents in ../shared/seeds (skipped where absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dkcouncil.read import read_path
from dkcouncil.segment import Segmentation, segment

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


def _seed(prefix: str) -> Segmentation:
    found = sorted(SEEDS.glob(f"{prefix}_*")) if SEEDS.is_dir() else []
    if not found:
        pytest.skip(f"seed {prefix} not present in {SEEDS}")
    raw = read_path(found[0])
    return segment(raw.text, source_format=raw.format)


def test_seed_000_is_one_case_decided_by_the_finance_committee() -> None:
    seg = _seed("000")
    assert seg.doc_type == "case"
    assert seg.body is not None and seg.body.name == "Økonomiudvalget"
    assert seg.meeting is not None and seg.meeting.date == "2025-02-04"
    (item,) = seg.items
    assert item.title == "Balance Danmark"
    assert item.case_numbers == ["25/431"]
    assert item.access == "open"
    assert item.decision is not None and item.decision.outcome == "approved"
    assert [(p.name, p.party) for p in item.decision.not_participating] == [("Jens Kannegaard Lundager", "O")]
    assert any(a.number == "1" and a.ref == "16514/25" for a in item.attachments)


@pytest.mark.parametrize(("prefix", "doc_type"), [("001", "webpage"), ("002", "report")])
def test_seeds_without_agenda_items(prefix: str, doc_type: str) -> None:
    seg = _seed(prefix)
    assert seg.doc_type == doc_type
    assert seg.items == []


def test_seed_003_kkr_minutes() -> None:
    seg = _seed("003")
    assert seg.doc_type == "minutes"
    assert seg.body is not None and (seg.body.name, seg.body.municipality) == ("KKR Midtjylland", None)
    assert seg.meeting is not None and (seg.meeting.date, seg.meeting.time) == ("2024-06-18", "10:00")
    assert len(seg.participants) == 23
    assert len(seg.absent) == 14
    for person in seg.participants + seg.absent:
        assert person.party and person.municipality, person
    items = {item.number: item for item in seg.items}
    for number in ("1.1", "2.1", "3.1", "3.2", "3.3", "3.4", "3.5", "6.1", "7.1"):
        assert number in items
    assert items["1.1"].decision is not None and items["1.1"].decision.outcome == "approved"
    assert items["2.1"].decision is not None and items["2.1"].decision.outcome == "noted"
    assert items["3.4"].decision is not None and items["3.4"].decision.outcome == "approved"
    # 7.1's decision section is empty: a decision heading alone decides nothing.
    assert items["7.1"].decision is None
    assert seg.warnings == ["no decision found for item '7.1'"]


def test_seed_004_budget_agreement() -> None:
    seg = _seed("004")
    assert seg.doc_type == "budget_agreement"
    # Its municipality, so that its budget lines can be read per municipality.
    assert seg.body is not None and seg.body.municipality == "Ballerup"
    assert len(seg.agreement_parties) == 8
    assert len(seg.signatories) == 9
    assert any((p.name, p.role, p.party) == ("Jesper Würtzen", "borgmester", "A") for p in seg.signatories)
    assert seg.items == []
    lines = {(b.ref, b.title, b.kind): b.values for b in seg.budget_lines}
    assert lines[("1.3.1", "Løft af ældreområdet", "drift")]["2024"] == 3_000_000
    assert any(b.kind == "anlæg" and any(v < 0 for v in b.values.values()) for b in seg.budget_lines)
    # Empty cells are absent, never zero.
    assert all(v != 0 for b in seg.budget_lines for v in b.values.values())
    initiatives = {i.ref: i for i in seg.initiatives}
    # The table of contents lists every heading too; each initiative is found once, from the text.
    assert len(initiatives) == len(seg.initiatives)
    assert initiatives["1.3.1"].title == "Ældreområdet"
    assert initiatives["1.3.1"].chapter == "Vi skaber fremtiden sammen"
    assert initiatives["1.3.1"].committee == "Sundheds- og Ældreudvalget"
    # "Klima- og Miljøudvalget er fagudvalg på opgaven. Sundheds- og Ældreudvalget involveres."
    assert initiatives["2.4"].committee == "Klima- og Miljøudvalget"
    assert "1.3" not in initiatives  # a heading over 1.3.1 and 1.3.2 that names no committee


def test_seed_segment_offsets_index_the_text() -> None:
    seg = _seed("003")
    raw = read_path(sorted(SEEDS.glob("003_*"))[0])
    for item in seg.items:
        for section in item.sections:
            assert 0 <= section.start < section.end <= len(raw.text)
            assert raw.text[section.start : section.end].strip().endswith(section.text.strip()[-20:])
