"""Several decisions on one item, headings that name the deciding body, and bare agenda points."""

from __future__ import annotations

from dkcouncil.segment import segment
from dkcouncil.segment.decisions import outcome, votes

COUNCIL = """Vejle Kommune
Byrådet
Referat
Dato: 25-09-2024 17:00
Sted: Byrådssalen

1. Ny cykelstrategi (B)

Sagsfremstilling
Strategien fastlægger mål for cykeltrafikken frem mod 2030.

Beslutning fra Teknik- og Miljøudvalget, 10. september 2024, pkt. 56:
Anbefales.

Beslutning i Byrådet den 25-09-2024
Godkendt. Et flertal bestående af A, V og C stemte for. Imod stemte: Ø.

2. Eventuelt
"""

AGENDA = """Hjørring Kommune
Børneudvalget
Dagsorden
Dato: 04-03-2025 15:00

1. Skoledistrikter
Sagsfremstilling
Forvaltningen foreslår nye distrikter for skolerne i Sindal.
Indstilling
Forvaltningen indstiller, at forslaget sendes i høring.

2. Eventuelt
"""


def test_committee_then_council_each_from_its_heading() -> None:
    seg = segment(COUNCIL)
    first = seg.items[0]
    assert first.title == "Ny cykelstrategi"
    assert [(d.body, d.date, d.outcome) for d in first.decisions] == [
        ("Teknik- og Miljøudvalget", "2024-09-10", "recommended"),
        ("Byrådet", "2024-09-25", "approved"),
    ]
    assert first.decision == first.decisions[-1]
    assert first.decision.votes.for_ == ["A", "V", "C"]
    assert first.decision.votes.against == ["Ø"]


def test_a_bare_numbered_point_in_a_flat_agenda_is_an_item() -> None:
    seg = segment(AGENDA)
    assert seg.doc_type == "agenda"
    assert [(i.number, i.title) for i in seg.items] == [("1", "Skoledistrikter"), ("2", "Eventuelt")]
    assert seg.warnings == []  # an agenda has no decisions to miss


def test_outcome_of_past_tense_and_count_votes() -> None:
    assert outcome("Udvalget tog orienteringen til efterretning.") == "noted"
    assert outcome("Forslaget blev forkastet med 3 stemmer mod 8.") == "rejected"
    # Counts name no party: there is nothing to put in Votes.
    assert votes("Forslaget blev forkastet med 3 stemmer mod 8.") is None
