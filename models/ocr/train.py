"""Learn the OCR confusion model from line-aligned clean/OCR pairs.

Usage (from the repository root)::

    python models/ocr/train.py models/ocr/pairs/train -o models/ocr/confusion.json

Each ``NAME.ocr.txt`` beside its ``NAME.clean.txt`` (as written by make_ocr_pairs.py) is read
line by line; the whitespace tokens of a line are aligned, every 1:1 token pair is cut into the
repair stage's words, and the character edits of each word pair become counts of
``clean segment -> OCR segment``.  The output holds, per rule, the probability
P(OCR segment | clean segment), per letter the probability that it survives OCR unchanged,
and, for the record (the corrector's split and bullet rules are set by hand from them), how
often two words ran together and which glyphs a bullet became.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from dkcouncil.repair.align import edit_ops, segments
from dkcouncil.repair.channel import WORD_RE

BULLET = "•"
MIN_COUNT = 2


def pairs(folder: Path) -> list[tuple[str, str]]:
    """Line pairs ``(clean, ocr)`` of every OCR file in ``folder``."""
    out: list[tuple[str, str]] = []
    for ocr_path in sorted(folder.glob("*.ocr.txt")):
        clean_path = ocr_path.with_name(ocr_path.name.replace(".ocr.txt", ".clean.txt"))
        clean = clean_path.read_text(encoding="utf-8").split("\n")
        ocr = ocr_path.read_text(encoding="utf-8").split("\n")
        out.extend(zip(clean, ocr, strict=False))
    return out


def train(line_pairs: list[tuple[str, str]]) -> dict:
    rule_counts: Counter[tuple[str, str]] = Counter()
    letter_total: Counter[str] = Counter()
    letter_same: Counter[str] = Counter()
    clean_words: Counter[str] = Counter()
    bullets: Counter[str] = Counter()
    boundaries = merges = 0
    for clean_line, ocr_line in line_pairs:
        ops = edit_ops(clean_line.split(), ocr_line.split())
        for k, (c_tok, o_tok) in enumerate(ops):
            if c_tok == BULLET and o_tok:
                bullets[o_tok] += 1
            if not c_tok:
                continue
            boundaries += 1
            # "En annonce" read as "Enannonce": a deleted token next to a token equal to both joined.
            if o_tok == "" and k + 1 < len(ops) and ops[k + 1][1] == c_tok + ops[k + 1][0]:
                merges += 1
            if not o_tok:
                continue
            c_words = WORD_RE.findall(c_tok.lower())
            o_words = WORD_RE.findall(o_tok.lower())
            if len(c_words) != len(o_words):
                continue
            for cw, ow in zip(c_words, o_words, strict=True):
                segs = segments(cw, ow)
                if segs is None:
                    continue
                clean_words[cw] += 1
                rule_counts.update(segs)
                for a, b in edit_ops(cw, ow):
                    if a:
                        letter_total[a] += 1
                        letter_same[a] += a == b
    # Denominator of P(ocr | clean): how often the clean segment occurs in the clean words.
    seg_total: Counter[str] = Counter()
    wanted = {c for c, _ in rule_counts}
    for word, n in clean_words.items():
        for size in {len(c) for c in wanted}:
            for i in range(len(word) - size + 1):
                if word[i : i + size] in wanted:
                    seg_total[word[i : i + size]] += n
    rules = [
        [c, o, n, round(n / seg_total[c], 6)]
        for (c, o), n in rule_counts.most_common()
        if n >= MIN_COUNT and seg_total[c]
    ]
    keep = {
        ch: round((letter_same[ch] + 1) / (letter_total[ch] + 2), 6)
        for ch in sorted(letter_total)
        if letter_total[ch] >= 20
    }
    return {
        "rules": rules,
        "keep": keep,
        "merge_rate": round(merges / max(boundaries, 1), 6),
        "bullet_glyphs": dict(bullets.most_common()),
        "words": sum(clean_words.values()),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", type=Path, help="folders of NAME.clean.txt / NAME.ocr.txt pairs")
    ap.add_argument("-o", "--output", type=Path, required=True)
    args = ap.parse_args(argv)
    line_pairs = [p for folder in args.folders for p in pairs(folder)]
    model = train(line_pairs)
    args.output.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(
        f"{len(line_pairs)} lines, {model['words']} word pairs, {len(model['rules'])} rules -> {args.output}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
