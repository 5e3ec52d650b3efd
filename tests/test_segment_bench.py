"""The segment bench finds each gold file's document and scores what segment() got right."""

from __future__ import annotations

import json
from pathlib import Path

from dkcouncil.bench.segment import documents, score_folder

MINUTES = """Thisted Kommune
Økonomiudvalget
Referat
Dato: 02-04-2025 14:00

Deltagere: Ane Bak (A), Ib Lund (V)

1. Salg af byggegrunde
Sagsfremstilling
Kommunen har seks grunde til salg i Hurup.
Beslutning
Godkendt. For stemte: A og V.
"""


def test_scores_a_small_corpus(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "referat_thisted.md").write_text(MINUTES, encoding="utf-8")
    gold = {
        "doc_type": "minutes",
        "participants": [{"name": "Ane Bak", "party": "A"}, {"name": "Ib Lund", "party": "V"}],
        "items": [{"number": "1", "outcome": "approved", "section_kinds": ["case_presentation", "decision"]}],
        # a field segment() has no say in is not scored here
        "amounts": [5],
    }
    (tmp_path / "gold" / "referat_thisted.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "gold" / "no_such_document.json").write_text("{}", encoding="utf-8")
    scores, missing = score_folder(tmp_path, repair=False)
    assert missing == ["no_such_document"]
    assert {name: s.f1 for name, s in scores.items()} == {
        "doc_type": 1.0,
        "items": 1.0,
        "section_kinds": 1.0,
        "outcome": 1.0,
        "participants": 1.0,
    }


def test_documents_skip_gold_and_sources(tmp_path: Path) -> None:
    for name in ("a.md", "ocr/b.ocr.txt", "sources/c.txt", "gold/d.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert sorted(documents(tmp_path)) == ["a", "b.ocr"]
