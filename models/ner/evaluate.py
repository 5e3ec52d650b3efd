"""Precision, recall and F1 per label on the UNER test split, and words/s of ``nlp.pipe`` on one thread.

python models/ner/evaluate.py models/da_council_ner models/ner/corpus/test.spacy
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the speed target is stated

import spacy
from spacy.tokens import DocBin
from spacy.training import Example

MAIN_LABELS = ("PER", "LOC", "ORG")


def evaluate(model: Path, data: Path, runs: int = 5) -> None:
    nlp = spacy.load(model)
    gold = list(DocBin().from_disk(data).get_docs(nlp.vocab))
    examples = [Example(nlp(g.text), g) for g in gold]
    scores = nlp.evaluate(examples)
    per_type = scores["ents_per_type"]
    tp = fp = fn = 0.0
    print(f"{'label':<6} {'P':>6} {'R':>6} {'F1':>6}")
    for label in sorted(per_type):
        s = per_type[label]
        print(f"{label:<6} {s['p']:6.3f} {s['r']:6.3f} {s['f']:6.3f}")
    for example in examples:
        predicted = {
            (e.start_char, e.end_char, e.label_) for e in example.predicted.ents if e.label_ in MAIN_LABELS
        }
        expected = {
            (e.start_char, e.end_char, e.label_) for e in example.reference.ents if e.label_ in MAIN_LABELS
        }
        tp += len(predicted & expected)
        fp += len(predicted - expected)
        fn += len(expected - predicted)
    p, r = tp / (tp + fp), tp / (tp + fn)
    print(f"micro PER+LOC+ORG: P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}")
    texts = [g.text for g in gold]
    words = sum(len(t.split()) for t in texts)
    list(nlp.pipe(texts))  # warm up
    rates = []
    for _ in range(runs):
        started = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=64):
            pass
        rates.append(words / (time.perf_counter() - started))
    print(f"speed: {statistics.median(rates):,.0f} words/s (median of {runs}, one thread, {words:,} words)")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("model", type=Path)
    parser.add_argument("data", type=Path)
    args = parser.parse_args()
    evaluate(args.model, args.data)


if __name__ == "__main__":
    main()
