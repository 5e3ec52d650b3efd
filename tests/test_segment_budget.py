"""Budget tables and signature blocks in layouts beyond the seed's."""

from __future__ import annotations

import pytest

from dkcouncil.segment import segment
from dkcouncil.segment.budget import budget_lines, signatories
from dkcouncil.segment.lines import split_lines

AGREEMENT = """Budgetaftale 2026 for Odsherred Kommune

Mellem
Socialdemokratiet, Venstre, Lokallisten Odsherred og Enhedslisten

Partierne er enige om at prioritere skoler og veje.

Nykøbing Sjælland, den 2. oktober 2025

Karen Ibsen Dahl
borgmester
Socialdemokratiet

Morten Skov
gruppeformand
Lokallisten Odsherred

Ulla Friis
løsgænger


Bilag 1

Drift (1.000 kr.)\t2026\t2027\t2028
1. Børn og skole
1.1.1 Flere lærere i indskolingen\t2.500\t2.500\t2.500
1.1.2 Lektiecafé\t\t400\t400
2. Besparelser
2.4\tFærre konsulenter\t-1.200\t-1.200\t-1.200

Anlæg (1.000 kr.)\t2026\t2027\t2028
3.2\tNy rundkørsel ved Vig\t8.000
3.3\tSalg af byggegrunde\t\t-4.500\t-4.500
"""


def test_group_rows_without_cells_do_not_end_the_table() -> None:
    lines = {(b.ref, b.title): b for b in budget_lines(split_lines(AGREEMENT))}
    assert lines[("1.1.1", "Flere lærere i indskolingen")].values == {
        "2026": 2_500_000,
        "2027": 2_500_000,
        "2028": 2_500_000,
    }
    assert lines[("1.1.2", "Lektiecafé")].values == {"2027": 400_000, "2028": 400_000}
    assert ("1", "Børn og skole") not in lines


def test_a_ref_column_the_header_lacks_is_joined_to_the_title() -> None:
    lines = {(b.ref, b.title): b for b in budget_lines(split_lines(AGREEMENT))}
    assert lines[("2.4", "Færre konsulenter")].values["2026"] == -1_200_000
    assert lines[("3.2", "Ny rundkørsel ved Vig")].kind == "anlæg"
    assert lines[("3.3", "Salg af byggegrunde")].values == {"2027": -4_500_000, "2028": -4_500_000}


def test_a_local_list_and_an_independent_sign_without_a_letter() -> None:
    people = signatories(split_lines(AGREEMENT))
    assert [(p.name, p.role, p.party) for p in people] == [
        ("Karen Ibsen Dahl", "borgmester", "A"),
        ("Morten Skov", "gruppeformand", None),
        ("Ulla Friis", "løsgænger", None),
    ]


def test_the_agreement_as_a_whole() -> None:
    seg = segment(AGREEMENT)
    assert seg.doc_type == "budget_agreement"
    assert "Venstre" in seg.agreement_parties
    assert len(seg.budget_lines) == 5
    assert seg.items == []


MARKDOWN_AGREEMENT = """# Budgetaftale 2026-2029 for Vesthimmerlands Kommune

Aftalen er indgået mellem Venstre, Socialdemokratiet og Dansk Folkeparti.

## 1. Indledning

Parterne ønsker en økonomi i balance.

## 2. Ældre og sundhed

### 2.1 Flere hænder i hjemmeplejen

Der ansættes 12 social- og sundhedshjælpere.

Ansvarligt udvalg: Sundheds- og Ældreudvalget

### 2.2 Træning efter udskrivning

Opgaven forankres i Social- og Sundhedsudvalget, som følger op i 2027.

Driftsønsker (1.000 kr., 2026-priser)

| Nr. | Initiativ | 2026 | 2027 | 2028 | 2029 |
|---|---|---:|---:|---:|---:|
| 2.1 | Flere hænder i hjemmeplejen | 5.400 | 5.400 | 5.400 | 5.400 |
| 2.2 | Træning efter udskrivning | ÷ 1.200 | -800 | | |
| **I alt** | | **4.200** | **4.600** | **5.400** | **5.400** |

## 3. Veje og broer

Teknik- og Miljøudvalget er fagudvalg på opgaverne.

Anlæg (mio. kr.)

| Projekt | 2026 | 2027 |
|---|---|---|
| Ny bro over Lerkenfeld Å | 2,5 | 14 |
"""


def test_markdown_tables_with_units_above_and_other_minus_signs() -> None:
    lines = {(b.ref, b.title, b.kind): b.values for b in budget_lines(split_lines(MARKDOWN_AGREEMENT))}
    assert lines == {
        ("2.1", "Flere hænder i hjemmeplejen", "drift"): {
            "2026": 5_400_000,
            "2027": 5_400_000,
            "2028": 5_400_000,
            "2029": 5_400_000,
        },
        # "÷ 1.200" is negative; empty cells are absent; the "I alt" row sums the others.
        ("2.2", "Træning efter udskrivning", "drift"): {"2026": -1_200_000, "2027": -800_000},
        (None, "Ny bro over Lerkenfeld Å", "anlæg"): {"2026": 2_500_000, "2027": 14_000_000},
    }


def test_initiatives_with_their_committees_in_three_forms() -> None:
    seg = segment(MARKDOWN_AGREEMENT)
    assert seg.doc_type == "budget_agreement"
    assert [(i.ref, i.title, i.chapter, i.committee) for i in seg.initiatives] == [
        ("2.1", "Flere hænder i hjemmeplejen", "Ældre og sundhed", "Sundheds- og Ældreudvalget"),
        ("2.2", "Træning efter udskrivning", "Ældre og sundhed", "Social- og Sundhedsudvalget"),
        # A chapter without numbered initiatives that names its committee is one initiative.
        ("3", "Veje og broer", None, "Teknik- og Miljøudvalget"),
    ]
    text = MARKDOWN_AGREEMENT
    assert all(
        text[i.start :].startswith("### " + i.ref) or text[i.start :].startswith("## ")
        for i in seg.initiatives
    )


def test_a_case_with_an_economy_table_stays_a_case() -> None:
    case = """Sag nr. 41 Renovering af Skovvejens Skole

Sagsnr.: 25/1187

Økonomi

Anlæg (1.000 kr.)\t2026\t2027
Renovering\t4.000\t6.500

Indstilling

Direktionen indstiller, at anlægsbevillingen gives.

Beslutning i Børne- og Skoleudvalget den 3. marts 2026

Anbefales.
"""
    seg = segment(case)
    assert seg.doc_type == "case"
    assert [item.decision.outcome for item in seg.items if item.decision] == ["recommended"]
    assert [b.values for b in seg.budget_lines] == [{"2026": 4_000_000, "2027": 6_500_000}]


def test_a_pdf_keeps_a_table_s_cells_and_justified_text_its_words(tmp_path) -> None:
    pytest.importorskip("reportlab")
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from dkcouncil.read import read_path

    justified = ParagraphStyle("j", fontName="Helvetica", fontSize=10, leading=13, alignment=TA_JUSTIFY)
    prose = (
        "Budgetaftale 2026. Partierne er enige om at styrke skolerne, og der afsættes derfor midler til "
        "flere lærere i indskolingen samt til vedligehold af de ældste skolebygninger i kommunen. "
    ) * 3
    rows = [
        ["Drift (1.000 kr.)", "2026", "2027"],
        ["2.1 Flere lærere", "3.000", "3.000"],
        ["2.2 Tagrenovering", "", "-450"],
    ]
    path = tmp_path / "aftale.pdf"
    SimpleDocTemplate(str(path)).build([Paragraph(prose, justified), Table(rows, hAlign="LEFT")])
    text = read_path(path).text
    prose_lines = [
        line for line in text.split("\n") if line.startswith(("Budgetaftale", "flere", "vedligehold"))
    ]
    assert prose_lines and all("\t" not in line for line in prose_lines)  # stretched spaces stay spaces
    seg = segment(text, source_format="pdf")
    assert [(b.ref, b.title, b.values) for b in seg.budget_lines] == [
        ("2.1", "Flere lærere", {"2026": 3_000_000, "2027": 3_000_000}),
        ("2.2", "Tagrenovering", {"2027": -450_000}),
    ]
