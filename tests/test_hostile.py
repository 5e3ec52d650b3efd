"""Hostile input: strings built to make regular expressions backtrack, through every stage.

A catastrophic pattern takes exponential time on these; the timeout is a hang guard far above what
linear patterns need, not a speed target (speed is measured by the benchmarks).
"""

from __future__ import annotations

import pytest

from dkcouncil import patterns
from dkcouncil.repair import repair_text
from dkcouncil.segment import budget, segment
from dkcouncil.segment.decisions import decision, not_participating, votes
from dkcouncil.segment.lines import split_lines
from dkcouncil.segment.people import parse_person, split_entries
from dkcouncil.tag.people import named_with_party

N = 20_000
HOSTILE = {
    "letters": "a" * N,
    "capitalised words": "Aa " * N,
    "names without a party": ("Hans Jensen " * (N // 12)) + "deltog",
    "dotted numbers": "1." * N,
    "thousands": "1.000" * (N // 5),
    "parentheses": "(" * N + "A" + ")" * N,
    "dashes": "-" * N,
    "tabs": "\t" * N,
    "headings": "#" * N + " Beslutning",
    "bold": "**" * N,
    "spaces": " " * N + "kr.",
    "comma runs": "A, " * N + "stemte for",
    "sag nr": "Sag nr. " * (N // 8),
    "dates": "12-" * N + "2024",
    "long line of OCR damage": "mgde pa " * (N // 8),
    # Each of these once took 4 to 30+ s: a "[^.]*word[^.]*" clause pattern rescanned a long line
    # from every position, a name rescanned a long word from each letter, a list ran unbounded.
    "members without a verb": "Pia Rask (Ø), " * (N // 14),
    "open parentheses after a vote": "For stemte " + "a(" * (N // 2),
    "cue words without a sentence end": "Budgetaftale\n1. Aa\n1.1 Bb\n" + "a " * (N // 2),
    "one long capital word": "1.1 " + "A" * N,
    "place before a long date line": "A" * N + ", den 4. oktober 2025",
    "majorities without a verb": "flertal af " * (N // 11),
    "meetings without a møde": "Referat fra " * (N // 12),
    "agreement parties": "Budgetaftale\nAftalen er indgået mellem " + "Venstre, " * (N // 9),
    "years in pipes": "| 2025 " * (N // 7) + "|",
    "years in tabs": "2025\t" * (N // 5),
    "amendments": "ændringsforslag " * (N // 16),
    "one glued word": "BeslutningA" * (N // 11),
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_every_stage_stays_linear_on_hostile_text(name: str) -> None:
    text = HOSTILE[name]
    repaired = repair_text(text).text
    seg = segment(repaired)
    patterns.find_all(repaired, 2025)
    votes(text)
    not_participating(text)
    decision("Beslutning", text, default_body=None, default_date=None)
    lines = split_lines(text)
    budget.budget_lines(lines)
    budget.initiatives(lines, text)
    budget.agreement_parties(lines)
    budget.signatories(lines)
    named_with_party(text)
    parse_person(text[:5000])
    split_entries(text)
    assert seg.doc_type in ("minutes", "agenda", "case", "budget_agreement", "report", "webpage", "other")
