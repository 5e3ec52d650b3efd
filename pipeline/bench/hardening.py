"""Hostile input, timed through the whole pipeline: strings built to make patterns backtrack.

    python -m dkcouncil.bench.hardening                    # every input at 20,000 characters
    python -m dkcouncil.bench.hardening --chars 20000 100000

Each input is written to a file and processed as a batch processes it (read, repair, segment,
tag, emit) by one warm Processor without a time limit, twice: with the rules only (the NER
model's pipes disabled: every regular expression of the pipeline, none of the network) and whole. The table gives seconds per input and size and what the input became. Issue 7's target:
every input under 1 s at 20,000 characters with the rules only. A linear pipeline takes about
five times as long at 100,000; a quadratic one 25 times.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from dkcouncil.process import Options, Processor
from dkcouncil.schemas import ErrorRecord


def hostile_inputs(n: int = 20_000) -> dict[str, str]:
    """Inputs of about ``n`` characters, each aimed at a kind of pattern the pipeline uses.

    >>> sorted(len(t) // 1000 for t in hostile_inputs(2000).values())[:3]
    [1, 1, 1]
    """
    return {
        "letters": "a" * n,
        "capitalised words": "Aa " * (n // 3),
        "names without a party": ("Hans Jensen " * (n // 12)) + "deltog",
        "dotted numbers": "1." * (n // 2),
        "thousands": "1.000" * (n // 5),
        "parentheses": "(" * (n // 2) + "A" + ")" * (n // 2),
        "dashes": "-" * n,
        "tabs": "\t" * n,
        "headings": "#" * n + " Beslutning",
        "bold": "**" * (n // 2),
        "spaces": " " * n + "kr.",
        "comma runs": "A, " * (n // 3) + "stemte for",
        "sag nr": "Sag nr. " * (n // 8),
        "dates": "12-" * (n // 3) + "2024",
        "long line of OCR damage": "mgde pa " * (n // 8),
        # Each of these once took 4 to 30+ s at 20,000 characters: a "[^.]*word[^.]*" clause
        # pattern rescanned a long line from every position, a name rescanned a long word from
        # each letter, a list ran unbounded, repair read a 20,000-letter word.
        "members without a verb": "Pia Rask (Ø), " * (n // 14),
        "open parentheses after a vote": "For stemte " + "a(" * (n // 2),
        "cue words without a sentence end": "Budgetaftale\n1. Aa\n1.1 Bb\n" + "a " * (n // 2),
        "one long capital word": "1.1 " + "A" * n,
        "place before a long date line": "A" * n + ", den 4. oktober 2025",
        "majorities without a verb": "flertal af " * (n // 11),
        "meetings without a møde": "Referat fra " * (n // 12),
        "agreement parties": "Budgetaftale\nAftalen er indgået mellem " + "Venstre, " * (n // 9),
        "years in pipes": "| 2025 " * (n // 7) + "|",
        "years in tabs": "2025\t" * (n // 5),
        "amendments": "ændringsforslag " * (n // 16),
        "one glued word": "BeslutningA" * (n // 11),
        # Many short lines: the per-line loops (tables, headings, signatures) must stay linear.
        "table rows": "| Drift (1.000 kr.) | 2025 |\n" + "| a | 1 |\n" * (n // 10),
        "numbered headings": "Budgetaftale\n" + "1.1 Aa\n" * (n // 7),
        "signature lines": "Budgetaftale\nStruer, den 4. oktober 2025\n" + "Aa Bb\n" * (n // 6),
        "attendance lines": "Deltagere:\n" + "Pia Rask (Ø), Struer\n" * (n // 21),
    }


def _time_all(processor: Processor, folder: Path, n: int) -> tuple[dict[str, float], dict[str, str]]:
    """Seconds per hostile input of about ``n`` characters, and what each became."""
    seconds, became = {}, {}
    for name, text in hostile_inputs(n).items():
        path = folder / "hostile.txt"
        path.write_text(text, encoding="utf-8")
        started = time.perf_counter()
        record = processor.process(path)
        seconds[name] = time.perf_counter() - started
        became[name] = record.error.type if isinstance(record, ErrorRecord) else "record"
    return seconds, became


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--chars", type=int, nargs="+", default=[20_000], help="input sizes")
    parser.add_argument(
        "--limit", type=float, default=1.0, help="seconds an input may take at the first size, rules only"
    )
    parser.add_argument("--ner", default="default", help="the NER backend of the whole pipeline")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="dkcouncil-hardening-"))
    warm = folder / "warm.txt"
    warm.write_text("Referat fra mødet i Økonomiudvalget.\n\n1. Budget\n\nBeslutning: Godkendt.\n", "utf-8")
    columns: dict[str, dict[str, float]] = {}
    became: dict[str, str] = {}
    # "rules only": every stage with the statistical model's pipes disabled, so the figure is the
    # patterns' time; "whole" adds the model, whose time is linear in the number of tokens.
    for label in ("rules only", "whole"):
        processor = Processor(Options(ner=args.ner, timeout=0))
        if label == "rules only":
            model_pipes = [n for n in processor.tagger.nlp.pipe_names if not n.startswith("dkcouncil_")]
            processor.tagger.nlp.select_pipes(disable=model_pipes)
        processor.process(warm)
        for n in args.chars:
            columns[f"{label}, {n:,}"], outcome = _time_all(processor, folder, n)
            became = became or outcome
    header = " ".join(f"{name:>20}" for name in columns)
    print(f"{'input':34} {header}  {'became':>13}")
    for name in hostile_inputs(100):
        row = " ".join(f"{columns[c][name]:>18.3f} s" for c in columns)
        print(f"{name:34} {row}  {became[name]:>13}")
    for column, seconds in columns.items():
        print(f"{column}: slowest {max(seconds.values()):.3f} s ({max(seconds, key=seconds.get)})")
    first = columns[f"rules only, {args.chars[0]:,}"]
    over = [name for name, s in first.items() if s >= args.limit]
    print(
        f"{len(first)} inputs; {len(over)} at or over {args.limit:g} s with the rules only at {args.chars[0]:,} characters"
    )
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
