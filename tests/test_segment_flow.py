"""A flowed PDF transcript: the page's wrapping kept, the structure's line breaks lost."""

from __future__ import annotations

from dkcouncil.segment import segment
from dkcouncil.segment.flow import is_flowed

FLOWED = """Kultur- og Fritidsudvalget Referat Mødedato: 12.05.2025, kl. 15:30 Mødested: Mødelokale 3,
Rådhuset i Skive Deltagere Mette Lund Sørensen (A) Jakob Bruun (V) Susanne Kirk (F) Per
Ahlgren Thomsen (C) Afbud Niels Hviid (O) 1. Godkendelse af dagsorden Sagsnr.: 25/4410 Beslutning
Godkendt. 2. Tilskud til foreningernes lokaler Sagsnr.: 25/3981 Sagsfremstilling Foreningerne
har søgt om tilskud til leje af lokaler i 2025. Forvaltningen har gennemgået ansøgningerne, og
der er i alt søgt om 1,2 mio. kr., mens puljen udgør 0,9 mio. kr. Der foreslås en fordeling efter
antal medlemmer under 25 år, som i de tidligere år. Økonomi Puljen er afsat i budgettet for 2025
og kan ikke overskrides. Indstilling Forvaltningen indstiller, at fordelingen godkendes som
foreslået. Beslutning Godkendt. For stemte: A, V og F. Imod stemte: C. Niels Hviid (O) var
fraværende. 3. Orientering om sommerens arrangementer Sagsnr.: 25/4502 Sagsfremstilling
Forvaltningen orienterer om de arrangementer, der er planlagt på havnen i juni og juli, og om
samarbejdet med de lokale foreninger. Indstilling Forvaltningen indstiller, at orienteringen
tages til efterretning. Beslutning Taget til efterretning. Susanne Kirk (F) deltog ikke i
sagens behandling.
"""


def test_flowed_text_is_recognised_and_a_laid_out_one_is_not() -> None:
    assert is_flowed(FLOWED)
    assert not is_flowed("Referat\n\n1. Budget\n\nBeslutning\n\nGodkendt.\n" * 5)


def test_flowed_header_and_attendance() -> None:
    seg = segment(FLOWED)
    assert seg.doc_type == "minutes"
    assert seg.meeting is not None and (seg.meeting.date, seg.meeting.time) == ("2025-05-12", "15:30")
    assert [(p.name, p.party) for p in seg.participants] == [
        ("Mette Lund Sørensen", "A"),
        ("Jakob Bruun", "V"),
        ("Susanne Kirk", "F"),
        ("Per Ahlgren Thomsen", "C"),
    ]
    assert [(p.name, p.party) for p in seg.absent] == [("Niels Hviid", "O")]


def test_flowed_items_sections_and_decisions() -> None:
    seg = segment(FLOWED)
    items = {i.number: i for i in seg.items}
    assert list(items) == ["1", "2", "3"]
    assert items["2"].title == "Tilskud til foreningernes lokaler"
    assert items["2"].case_numbers == ["25/3981"]
    assert [s.kind for s in items["2"].sections] == [
        "case_presentation",
        "economy",
        "recommendation",
        "decision",
    ]
    second = items["2"].decision
    assert second is not None and second.outcome == "approved"
    assert second.votes is not None and (second.votes.for_, second.votes.against) == (["A", "V", "F"], ["C"])
    third = items["3"].decision
    assert third is not None and third.outcome == "noted"
    assert [p.name for p in third.not_participating] == ["Susanne Kirk"]
    for item in seg.items:
        for section in item.sections:
            assert FLOWED[section.start : section.end].startswith(section.heading)
