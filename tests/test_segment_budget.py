"""Budget tables and signature blocks in layouts beyond the seed's."""

from __future__ import annotations

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
