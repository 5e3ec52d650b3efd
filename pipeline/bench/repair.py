"""Benchmark of the repair stage: accuracy on OCR pairs, restraint on clean text, speed.

    python -m dkcouncil.bench.repair [--pairs models/ocr/pairs/test] [--threshold 0.5]

For every ``NAME-TAG.ocr.txt`` beside its ``NAME-TAG.clean.txt`` (TAG = font-preset, as written
by make_ocr_pairs.py) it repairs the OCR text as one document and scores it line by line
against the truth: word error rate before and after, and the words the OCR got right that the
repair broke.  On clean documents (seeds 000, 001, 003, 004, ``corpus/*.txt`` and the truth
texts the pairs were made from) it counts changes per 1,000 words.  Speed is words per second
over repeated runs on one core.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

from dkcouncil.repair import repair_text
from dkcouncil.repair.align import edit_ops, word_errors
from dkcouncil.repair.channel import _variants
from dkcouncil.repair.lexicon import _compound, load_lexicon
from dkcouncil.repair.ocr import _hypotheses

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
CLEAN_SEEDS = ("000_", "001_", "003_", "004_")
DAMAGED_SEED = "002_"


def _correct_positions(truth: list[str], hyp: list[str]) -> set[int]:
    """Indexes of ``truth`` tokens that ``hyp`` has right under the Levenshtein alignment."""
    right: set[int] = set()
    i = 0
    for a, b in edit_ops(truth, hyp):
        if a:
            if a == b:
                right.add(i)
            i += 1
    return right


def score_pair(clean: str, ocr: str, threshold: float) -> dict[str, int]:
    """Word errors before and after repair and words broken by it, for one document pair."""
    repaired = repair_text(ocr, threshold=threshold).text
    c_lines, o_lines, r_lines = clean.split("\n"), ocr.split("\n"), repaired.split("\n")
    if len(r_lines) != len(c_lines):  # a join moved words between lines: score the whole text
        c_lines, o_lines, r_lines = [clean], [ocr], [repaired]
    stats = {"words": 0, "before": 0, "after": 0, "damaged": 0}
    for c, o, r in zip(c_lines, o_lines, r_lines, strict=False):
        ct, ot, rt = c.split(), o.split(), r.split()
        stats["words"] += len(ct)
        stats["before"] += word_errors(ct, ot)
        stats["after"] += word_errors(ct, rt)
        stats["damaged"] += len(_correct_positions(ct, ot) - _correct_positions(ct, rt))
    return stats


def bench_pairs(folder: Path, threshold: float) -> dict[str, dict[str, int]]:
    """Scores per degradation tag (``sans-mild`` ...) over every pair in ``folder``."""
    by_tag: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for ocr_path in sorted(folder.glob("*.ocr.txt")):
        stem = ocr_path.name.removesuffix(".ocr.txt")
        tag = stem.split("-", 1)[1] if "-" in stem else "default"
        clean = ocr_path.with_name(f"{stem}.clean.txt").read_text(encoding="utf-8")
        for k, v in score_pair(clean, ocr_path.read_text(encoding="utf-8"), threshold).items():
            by_tag[tag][k] += v
    return by_tag


def clean_documents() -> list[Path]:
    """The clean seeds, the corpus, and the truth texts the OCR pairs were made from."""
    seeds = sorted(p for p in (SHARED / "seeds").glob("*.txt") if p.name.startswith(CLEAN_SEEDS))
    ours = sorted((ROOT / "models" / "ocr" / "texts").glob("*/*.txt"))
    return seeds + sorted((ROOT / "corpus").glob("*.txt")) + ours


def bench_clean(paths: list[Path], threshold: float) -> tuple[int, int, list[str]]:
    """Words, changes, and the changes themselves (for eyeballing) over clean documents."""
    words = changes = 0
    shown: list[str] = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        result = repair_text(text, threshold=threshold)
        words += len(text.split())
        changes += len(result.repairs)
        shown += [f"{path.name}: {r.original!r} -> {r.replacement!r} ({r.kind})" for r in result.repairs]
    return words, changes, shown


def words_per_second(texts: list[str], threshold: float, min_seconds: float = 2.0) -> float:
    """Throughput of ``repair_text`` with the lexicon loaded and the per-word caches emptied each run."""
    words = sum(len(t.split()) for t in texts)
    runs, start = 0, time.perf_counter()
    while True:
        _variants.cache_clear()
        _compound.cache_clear()
        _hypotheses.cache_clear()
        for t in texts:
            repair_text(t, threshold=threshold)
        runs += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return runs * words / elapsed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark the repair stage.")
    ap.add_argument("--pairs", type=Path, default=ROOT / "models" / "ocr" / "pairs" / "test")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--show", action="store_true", help="print every change made to clean text")
    args = ap.parse_args(argv)

    start = time.perf_counter()
    load_lexicon()
    print(f"lexicon load: {time.perf_counter() - start:.2f} s")

    by_tag = bench_pairs(args.pairs, args.threshold)
    print(f"\nOCR pairs in {args.pairs} (threshold {args.threshold})")
    print(f"{'level':<16}{'words':>7}{'WER before':>12}{'WER after':>11}{'reduction':>11}{'damaged/1k':>12}")
    total: dict[str, int] = defaultdict(int)
    for tag, s in sorted(by_tag.items()):
        for k, v in s.items():
            total[k] += v
        _row(tag, s)
    _row("all", total)

    paths = clean_documents()
    words, changes, shown = bench_clean(paths, args.threshold)
    print(f"\nclean text: {len(paths)} documents, {words} words, {changes} changes, "
          f"{1000 * changes / max(words, 1):.2f} per 1,000 words")  # fmt: skip
    if args.show:
        print("\n".join(shown))

    clean_texts = [p.read_text(encoding="utf-8") for p in paths]
    damaged_texts = [p.read_text(encoding="utf-8") for p in sorted(args.pairs.glob("*.ocr.txt"))]
    print(f"speed clean:   {words_per_second(clean_texts, args.threshold):,.0f} words/s")
    print(f"speed damaged: {words_per_second(damaged_texts, args.threshold):,.0f} words/s")

    seed = next((SHARED / "seeds").glob(f"{DAMAGED_SEED}*.txt"), None)
    if seed is not None:
        result = repair_text(seed.read_text(encoding="utf-8"), threshold=args.threshold)
        kinds: dict[str, int] = defaultdict(int)
        for r in result.repairs:
            kinds[r.kind] += 1
        print(f"\nseed {seed.name} (no truth): {len(result.repairs)} repairs {dict(kinds)}")
    return 0


def _row(tag: str, s: dict[str, int]) -> None:
    words = max(s["words"], 1)
    before, after = s["before"] / words, s["after"] / words
    reduction = (before - after) / before if before else 0.0
    print(
        f"{tag:<16}{s['words']:>7}{before:>12.2%}{after:>11.2%}{reduction:>11.1%}{1000 * s['damaged'] / words:>12.2f}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
