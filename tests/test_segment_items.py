"""Items whose numbers, case numbers and meeting facts sit in unusual places."""

from __future__ import annotations

from dkcouncil.segment import segment
from dkcouncil.segment.items import case_numbers
from dkcouncil.segment.lines import split_lines

WEB_CASE = """# 17. Ny belysning på stien langs Gudenåen

Sag nr. 05.01.08-G01-3-24

Mødedato: 03-03-2025

## Beslutningskompetence

Klima- og Miljøudvalget

## Sagsfremstilling

Stien mellem havnen og lystbådehavnen i Randers Kommune er i dag uden belysning. Borgere har
bedt om lys på strækningen, særligt i vinterhalvåret.

## Indstilling

Forvaltningen indstiller, at udvalget godkender projektet.

## Beslutning

Godkendt.

For stemte: A, V og F.

Imod stemte: Ø, da partiet hellere vil bruge pengene på cykelparkering.
"""


def test_a_kle_case_number_is_not_an_item_number() -> None:
    seg = segment(WEB_CASE)
    assert [(i.number, i.title) for i in seg.items] == [("17", "Ny belysning på stien langs Gudenåen")]
    assert seg.items[0].case_numbers == ["05.01.08-G01-3-24"]


def test_a_single_case_takes_date_from_its_head_and_body_from_its_competence() -> None:
    seg = segment(WEB_CASE)
    assert seg.doc_type == "case"
    assert seg.meeting is not None and seg.meeting.date == "2025-03-03"
    assert seg.body is not None and seg.body.name == "Klima- og Miljøudvalget"
    assert seg.body.municipality == "Randers"


def test_a_reason_after_the_vote_is_not_a_voter() -> None:
    votes = segment(WEB_CASE).items[0].decision.votes
    assert votes is not None
    assert (votes.for_, votes.against) == (["A", "V", "F"], ["Ø"])


def test_item_numbers_after_sag_nr_are_not_case_numbers() -> None:
    lines = split_lines("Sag nr. 112\nSagsnr.: 330-2018-3619\n25/77      Åben Sag\n")
    assert case_numbers(lines) == ["330-2018-3619", "25/77"]
