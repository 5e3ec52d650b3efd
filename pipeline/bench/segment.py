"""Score the segment stage alone against the hand-checked gold (format: ``corpus/README.md``).

Reads every ``gold/*.json`` under the corpus folder, finds the document it annotates, reads it,
optionally repairs it, runs ``segment()`` and prints precision, recall and F1 per structural
field: over the tuned documents and, separately, over ``holdout/``.

    python -m dkcouncil.bench.segment corpus/
    python -m dkcouncil.bench.segment corpus/ --repair --show-misses
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from dkcouncil.bench.gold import Score, facts, stem_of, table
from dkcouncil.segment import segment
from dkcouncil.segment.core import Segmentation

# The fields segment() decides; entities and amounts belong to the tag stage.
FIELDS = (
    "doc_type",
    "body",
    "meeting_date",
    "items",
    "case_numbers",
    "section_kinds",
    "outcome",
    "not_participating",
    "votes",
    "participants",
    "absent",
    "signatories",
    "agreement_parties",
    "budget_lines",
)
_SKIP_DIRS = {"gold", "sources"}
_SUFFIXES = {".txt", ".md", ".html", ".htm", ".pdf"}


def as_record(seg: Segmentation) -> dict[str, Any]:
    """The segmentation as the JSON the gold scorer reads: ``as_record(Segmentation())["items"]`` -> ``[]``."""
    return {
        "doc_type": seg.doc_type,
        "body": seg.body.model_dump() if seg.body else None,
        "meeting": seg.meeting.model_dump() if seg.meeting else None,
        "participants": [p.model_dump() for p in seg.participants],
        "absent": [p.model_dump() for p in seg.absent],
        "signatories": [p.model_dump() for p in seg.signatories],
        "agreement_parties": list(seg.agreement_parties),
        "items": [i.model_dump(by_alias=True) for i in seg.items],
        "budget_lines": [b.model_dump() for b in seg.budget_lines],
    }


def documents(folder: Path) -> dict[str, Path]:
    """Documents under ``folder`` (not in gold/ or sources/) by gold name: ``x.ocr.txt`` -> ``x.ocr``."""
    found = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).parts
        if path.is_file() and path.suffix.lower() in _SUFFIXES and not _SKIP_DIRS & set(rel[:-1]):
            found.setdefault(stem_of(str(path)), path)
    return found


def read_text(path: Path, *, repair: bool) -> tuple[str, str]:
    """The text segment() would see, and its format."""
    from dkcouncil.read import read_path

    raw = read_path(path)
    text = raw.text
    if repair:
        from dkcouncil.repair import repair_text

        text = repair_text(text).text
    return text, raw.format


def score_folder(
    folder: Path, *, repair: bool, misses: list[str] | None = None
) -> tuple[dict[str, Score], list[str]]:
    """Per-field scores of every gold file in ``folder/gold`` whose document is in ``folder``."""
    docs = {k: v for k, v in documents(folder).items() if v.parent == folder or folder / "ocr" == v.parent}
    scores: dict[str, Score] = {name: Score() for name in FIELDS}
    missing = []
    for gold_file in sorted((folder / "gold").glob("*.json")):
        path = docs.get(gold_file.stem)
        if path is None:
            missing.append(gold_file.stem)
            continue
        text, fmt = read_text(path, repair=repair)
        record = as_record(segment(text, source_format=fmt))
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        for name, (predicted, expected) in facts(record, gold).items():
            if name not in scores:
                continue
            scores[name].add(predicted, expected)
            if misses is not None:
                misses.extend(_diff(gold_file.stem, name, predicted, expected))
    return {k: s for k, s in scores.items() if s.tp + s.fp + s.fn}, missing


def _diff(doc: str, name: str, predicted: Counter, expected: Counter) -> list[str]:
    out = [f"{doc} {name} missed {fact!r}" for fact in (expected - predicted)]
    out += [f"{doc} {name} extra {fact!r}" for fact in (predicted - expected)]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the segment stage against corpus gold.")
    parser.add_argument("corpus", type=Path, help="the corpus folder (holds gold/ and holdout/)")
    parser.add_argument("--repair", action="store_true", help="repair each text first, as `run` does")
    parser.add_argument("--show-misses", action="store_true", help="list every missed and extra fact")
    args = parser.parse_args(argv)
    folders = [args.corpus, args.corpus / "holdout"]
    for folder in folders:
        if not (folder / "gold").is_dir():
            continue
        misses: list[str] | None = [] if args.show_misses else None
        scores, missing = score_folder(folder, repair=args.repair, misses=misses)
        print(f"== {folder}")
        print(table(scores))
        total = Score(*(sum(getattr(s, f) for s in scores.values()) for f in ("tp", "fp", "fn")))
        print(f"{'overall':<20} {total.precision:6.3f} {total.recall:6.3f} {total.f1:6.3f}")
        for line in misses or []:
            print("  " + line)
        if missing:
            print(f"no document for: {', '.join(missing)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
