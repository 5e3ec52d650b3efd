"""Several decisions on one item, headings that name the deciding body, and bare agenda points."""

from __future__ import annotations

import pytest

from dkcouncil.segment import segment
from dkcouncil.segment.decisions import decision, outcome, votes

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


@pytest.mark.parametrize(
    ("text", "outcome", "votes", "counts"),
    [
        # A named member's dissent counts as the party's vote.
        ("Godkendt. Mette Holm (Ø) stemte imod.", "approved", ([], ["Ø"], []), None),
        ("Tiltrådt. Pia Rask (Ø) og Ole Berg (F) stemte imod.", "approved", ([], ["Ø", "F"], []), None),
        ("Udvalget besluttede at udsætte sagen til næste møde.", "postponed", None, None),
        ("Udvalget besluttede at anbefale indstillingen over for Byrådet.", "recommended", None, None),
        ("Forslaget blev forkastet med 9 stemmer mod 16.", "rejected", None, (9, 16, None)),
        (
            "For stemte 18 medlemmer: A, F, Ø og B. Imod stemte 7 medlemmer: C og V. "
            "2 medlemmer undlod at stemme: O. Indstillingen blev vedtaget.",
            "approved",
            (["A", "F", "Ø", "B"], ["C", "V"], ["O"]),
            (18, 7, 2),
        ),
        ("Vedtaget med 41 stemmer for, 8 imod og 2 undlod.", "approved", None, (41, 8, 2)),
        # The amendment is voted on first; the item's outcome and counts are the proposal's.
        (
            "Ændringsforslaget fra Ø om gratis entré blev forkastet med 5 stemmer mod 22.\n"
            "Indstillingen blev herefter vedtaget med 20 stemmer mod 7.",
            "approved",
            None,
            (20, 7, None),
        ),
        # "afsat 12 for at": a number before "for" outside a vote is not a count.
        ("Godkendt. Der er afsat 12 for at dække udgiften.", "approved", None, None),
    ],
)
def test_vote_forms_and_counts(text: str, outcome: str, votes: tuple | None, counts: tuple | None) -> None:
    found = decision("Beslutning", text, default_body=None, default_date=None)
    assert found is not None
    assert found.outcome == outcome
    got = found.votes and (found.votes.for_, found.votes.against, found.votes.abstained)
    assert got == votes
    c = found.vote_counts
    assert (c and (c.for_, c.against, c.abstained)) == counts
