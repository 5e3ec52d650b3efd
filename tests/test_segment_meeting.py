"""Meeting headers and item numbering in older and coded layouts."""

from __future__ import annotations

from dkcouncil.segment import segment

DASHED = """Skanderborg Kommune
Økonomiudvalget – Referat – 1. oktober 2018

Medlemmer
Lars Vang (A)
Inge Bro (V)

Punkt 4: Salg af ejendom
Sagsnr.: 330-2018-3619
Lukket
Indstilling: Direktionen indstiller, at ejendommen sælges.
Beslutning: Godkendt. For stemte: A og V.

Punkt 5: Budgetopfølgning
Indstilling Direktionen indstiller, at budgetopfølgningen tages til efterretning.
Beslutning Taget til efterretning.
"""

SENTENCE = """Referat fra møde Tirsdag den 18. maj 2010 kl. 16.00 i Borgmesterens kontor

Svendborg Byråds Økonomiudvalg

Til stede: Hans Ebbe (C), Mona Friis (A) og Ulrik Holm (V)

Sag nr. 162 Lokalplan for havnen
SAGSFREMSTILLING
Planen gør det muligt at bygge boliger på den gamle værftsgrund.
INDSTILLING
Forvaltningen indstiller, at planen vedtages.
BESLUTNING
Vedtaget. Ulrik Holm (V) erklærede sig inhabil.
"""

CODED = """ØKONOMIUDVALGET
Mødedato: 23.08.2017, kl. 11:00
Mødested: Rådhuset
Aarhus Kommune

ØU-55/07-O Ny skolestruktur
Beslutning:
Udsat.

ØU-56/07-L Køb af grund
Beslutning:
Godkendt.
"""


def test_dashed_title_line_and_labelled_points() -> None:
    seg = segment(DASHED)
    assert (seg.doc_type, seg.body.name, seg.body.municipality) == (
        "minutes",
        "Økonomiudvalget",
        "Skanderborg",
    )
    assert seg.meeting.date == "2018-10-01"
    assert [p.name for p in seg.participants] == ["Lars Vang", "Inge Bro"]
    first, second = seg.items
    assert (first.number, first.title, first.case_numbers, first.access) == (
        "4",
        "Salg af ejendom",
        ["330-2018-3619"],
        "closed",
    )
    assert first.decision.votes.for_ == ["A", "V"]
    assert [s.kind for s in second.sections] == ["recommendation", "decision"]
    assert second.decision.outcome == "noted"


def test_meeting_sentence_and_a_councils_committee() -> None:
    seg = segment(SENTENCE)
    assert (seg.body.name, seg.body.municipality) == ("Økonomiudvalget", "Svendborg")
    assert (seg.meeting.date, seg.meeting.time, seg.meeting.location) == (
        "2010-05-18",
        "16:00",
        "Borgmesterens kontor",
    )
    (item,) = seg.items
    assert (item.number, item.title) == ("162", "Lokalplan for havnen")
    assert [s.kind for s in item.sections] == ["case_presentation", "recommendation", "decision"]
    assert [(p.name, p.party) for p in item.decision.not_participating] == [("Ulrik Holm", "V")]


def test_capitals_body_and_coded_items_with_access() -> None:
    seg = segment(CODED)
    assert (seg.body.name, seg.body.municipality) == ("Økonomiudvalget", "Aarhus")
    assert (seg.meeting.time, seg.meeting.location) == ("11:00", "Rådhuset")
    assert [(i.number, i.access, i.decision.outcome) for i in seg.items] == [
        ("ØU-55/07-O", "open", "postponed"),
        ("ØU-56/07-L", "closed", "approved"),
    ]
