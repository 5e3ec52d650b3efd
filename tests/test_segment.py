"""The segment stage on layouts written for these tests (none of them is in corpus/)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dkcouncil.segment import segment
from dkcouncil.segment.attendance import read_list
from dkcouncil.segment.budget import budget_lines
from dkcouncil.segment.decisions import not_participating, outcome, votes
from dkcouncil.segment.lines import split_lines
from dkcouncil.segment.people import parse_person
from dkcouncil.segment.sections import section_heading

PROTOCOL = """Randers Kommune
Miljø- og Teknikudvalget

Beslutningsprotokol

Mødedato: 07.05.2025, kl. 14:30
Mødested: Laden, Fabrikken

Til stede: Kim Vestergaard (A), Trine Bach (V), Lars Mølgaard (Ø) og Hanne Brix (C)
Fraværende: Ingen

Indholdsfortegnelse
1. Ny busterminal ........ 2
2. Affaldsplan 2025-2030 ........ 3

1. Ny busterminal

Åben

SAGSFREMSTILLING
Den nuværende terminal er nedslidt. En ny terminal koster 18,5 mio. kr.

INDSTILLING
Forvaltningen indstiller, at projektet anbefales.

BESLUTNING
Anbefales over for Byrådet. For stemte: A, V og C. Imod stemte: Ø.

Beslutning i Byrådet den 21. maj 2025:
Godkendt.


2. Affaldsplan 2025-2030

Lukket

Fraværende: Trine Bach (V)

Indstilling:
Forvaltningen indstiller, at planen sendes i høring.

Beslutning:
Udsat. Hanne Brix (C) deltog ikke i behandlingen.
"""


@pytest.fixture(scope="module")
def protocol():
    return segment(PROTOCOL)


def test_protocol_header(protocol) -> None:
    assert protocol.doc_type == "minutes"
    assert protocol.body.name == "Miljø- og Teknikudvalget"
    assert protocol.body.municipality == "Randers"
    assert (protocol.meeting.date, protocol.meeting.time, protocol.meeting.location) == (
        "2025-05-07",
        "14:30",
        "Laden, Fabrikken",
    )
    assert [(p.name, p.party) for p in protocol.participants] == [
        ("Kim Vestergaard", "A"),
        ("Trine Bach", "V"),
        ("Lars Mølgaard", "Ø"),
        ("Hanne Brix", "C"),
    ]
    assert protocol.absent == []


def test_contents_lines_are_not_items_and_capitals_headings_are_sections(protocol) -> None:
    assert [(i.number, i.title) for i in protocol.items] == [
        ("1", "Ny busterminal"),
        ("2", "Affaldsplan 2025-2030"),
    ]
    first = protocol.items[0]
    assert [s.kind for s in first.sections] == ["case_presentation", "recommendation", "decision", "decision"]
    assert first.sections[0].heading == "SAGSFREMSTILLING"
    assert first.access == "open" and protocol.items[1].access == "closed"


def test_a_committee_then_council_item_keeps_both_decisions(protocol) -> None:
    first = protocol.items[0]
    assert [d.outcome for d in first.decisions] == ["recommended", "approved"]
    assert first.decision == first.decisions[-1]
    assert (first.decision.body, first.decision.date) == ("Byrådet", "2025-05-21")
    assert first.decisions[0].votes.model_dump(by_alias=True) == {
        "for": ["A", "V", "C"],
        "against": ["Ø"],
        "abstained": [],
    }


def test_absent_per_item_and_not_participating(protocol) -> None:
    second = protocol.items[1]
    assert [p.name for p in second.absent] == ["Trine Bach"]
    assert second.decision.outcome == "postponed"
    assert [(p.name, p.party) for p in second.decision.not_participating] == [("Hanne Brix", "C")]


def test_section_offsets_point_into_the_text(protocol) -> None:
    for item in protocol.items:
        assert PROTOCOL[item.start : item.end].startswith(f"{item.number}. ")
        for section in item.sections:
            assert section.text in PROTOCOL[section.start : section.end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Godkendt.", "approved"),
        ("Kommunalbestyrelsen vedtog forslaget.", "approved"),
        ("Økonomiudvalget tiltrådte indstillingen.", "approved"),
        ("Indstilles godkendt over for Byrådet.", "recommended"),
        ("Orienteringen blev taget til efterretning.", "noted"),
        ("Udvalget tog orienteringen til efterretning.", "noted"),
        ("Forslaget blev forkastet med 4 stemmer mod 11.", "rejected"),
        ("Ikke godkendt.", "rejected"),
        ("Sagen blev udsat til næste møde.", "postponed"),
        ("Udvalget drøftede sagen.", "discussed"),
        ("Mødet blev hævet.", "other"),
    ],
)
def test_outcomes(text: str, expected: str) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "For stemte 9 (A, F og Ø). Imod stemte 4 (V, C).",
            {"for": ["A", "F", "Ø"], "against": ["V", "C"], "abstained": []},
        ),
        (
            "Et flertal bestående af A, V og C stemte for; Ø og F stemte imod.",
            {"for": ["A", "V", "C"], "against": ["Ø", "F"], "abstained": []},
        ),
        ("Undlod at stemme: B (2)", {"for": [], "against": [], "abstained": ["B"]}),
    ],
)
def test_votes(text: str, expected: dict) -> None:
    assert votes(text).model_dump(by_alias=True) == expected


def test_no_votes_is_none() -> None:
    assert votes("Godkendt uden afstemning.") is None


def test_inhabil_forms() -> None:
    names = [
        p.name for p in not_participating("Inhabil: Søren Kolbe (V). Mette Ravn (F) erklærede sig inhabil.")
    ]
    assert names == ["Søren Kolbe", "Mette Ravn"]


@pytest.mark.parametrize(
    ("line", "kind", "heading"),
    [
        ("#### **Økonomiske konsekvenser**", "economy", "Økonomiske konsekvenser"),
        ("Beslutningskompetence: Økonomiudvalget", "competence", "Beslutningskompetence"),
        (
            "Sammenhæng til andre politikker og strategier",
            "policy_context",
            "Sammenhæng til andre politikker og strategier",
        ),
        ("Hjemmel", "legal_basis", "Hjemmel"),
        ("Forventet sagsgang:", "process", "Forventet sagsgang"),
        ("**Høring**", "hearing", "Høring"),
        ("Resumé", "background", "Resumé"),
    ],
)
def test_section_headings(line: str, kind: str, heading: str) -> None:
    found = section_heading(split_lines(line)[0])
    assert (found.kind, found.heading) == (kind, heading)


@pytest.mark.parametrize(
    "line", ["Indstillingen blev vedtaget.", "Baggrunden for sagen er en klage.", "*Høring af naboer*"]
)
def test_sentences_and_italics_are_not_headings(line: str) -> None:
    assert section_heading(split_lines(line)[0]) is None


def test_attendance_list_stops_at_staff() -> None:
    lines = split_lines(
        "## Deltagere\n\nTove Lind (A), Vejen\nOle Bak, (V) Billund\n\n**Fra KL**\n\nJens Holm, konsulent\n"
    )
    kind, people, _ = read_list(lines, 0)
    assert kind == "present"
    assert [(p.name, p.party, p.municipality) for p in people] == [
        ("Tove Lind", "A", "Vejen"),
        ("Ole Bak", "V", "Billund"),
    ]


def test_staff_entry_is_not_a_member() -> None:
    assert parse_person("Jens Holm, konsulent") is None


def test_budget_tables_in_both_layouts() -> None:
    table = (
        "Drift (1.000 kr.)\t2025\t2026\n"
        "1. Ældre\t\t\n"
        "1.2 Flere hjemmehjælpere\t1.500\t\n"
        "Rammebesparelse\t-750\t-1.000\n"
        "\n"
        "Anlæg (1.000 kr.)\t\t2025\t2026\n"
        "2.1\tNy skole\t12.000\t8.500\n"
    )
    lines = budget_lines(split_lines(table))
    assert [(b.ref, b.title, b.kind, b.values) for b in lines] == [
        ("1.2", "Flere hjemmehjælpere", "drift", {"2025": 1_500_000}),
        (None, "Rammebesparelse", "drift", {"2025": -750_000, "2026": -1_000_000}),
        ("2.1", "Ny skole", "anlæg", {"2025": 12_000_000, "2026": 8_500_000}),
    ]


def test_a_web_page_has_no_items() -> None:
    seg = segment(
        "# Om foreningen\n\nVi arbejder for grøn energi.\n\n## Økonomi\n\nKontingentet er 500 kr.",
        source_format="html",
    )
    assert seg.doc_type == "webpage" and seg.items == []


@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=400)
    | st.sampled_from([PROTOCOL[:n] for n in range(0, len(PROTOCOL), 37)])
)
def test_any_text_segments_without_error_and_offsets_stay_inside(text: str) -> None:
    seg = segment(text)
    for item in seg.items:
        assert 0 <= item.start <= item.end <= len(text)
        for section in item.sections:
            assert 0 <= section.start <= section.end <= len(text)
