"""Hostile input: strings built to make regular expressions backtrack, through every stage.

A catastrophic pattern takes exponential time on these; the timeout is a hang guard far above what
linear patterns need, not a speed target (speed is measured by the benchmarks).
"""

from __future__ import annotations

import pytest

from dkcouncil import patterns
from dkcouncil.bench.hardening import hostile_inputs
from dkcouncil.repair import repair_text
from dkcouncil.segment import budget, segment
from dkcouncil.segment.decisions import decision, not_participating, votes
from dkcouncil.segment.lines import split_lines
from dkcouncil.segment.people import parse_person, split_entries
from dkcouncil.tag.people import named_with_party

HOSTILE = hostile_inputs(20_000)


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


def test_the_hardening_bench_runs_every_input_both_ways(capsys: pytest.CaptureFixture[str]) -> None:
    from dkcouncil.bench.hardening import main

    assert main(["--chars", "400", "--limit", "600"]) == 0
    out = capsys.readouterr().out
    assert "rules only, 400" in out and "whole, 400" in out
    assert all(name in out for name in HOSTILE)
