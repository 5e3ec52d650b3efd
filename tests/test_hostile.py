"""Hostile input: strings built to make regular expressions backtrack, through every stage.

A catastrophic pattern takes exponential time on these; the timeout is a hang guard far above what
linear patterns need, not a speed target (speed is measured by the benchmarks).
"""

from __future__ import annotations

import pytest

from dkcouncil import patterns
from dkcouncil.repair import repair_text
from dkcouncil.segment import segment
from dkcouncil.segment.decisions import not_participating, votes
from dkcouncil.segment.people import parse_person, split_entries

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
    parse_person(text[:5000])
    split_entries(text)
    assert seg.doc_type in ("minutes", "agenda", "case", "budget_agreement", "report", "webpage", "other")
