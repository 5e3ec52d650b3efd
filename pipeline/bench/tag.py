"""Benchmark the tag stage: speed of the full Tagger against bare ``nlp.pipe``, and F1 against gold.

Speed is words per second over every corpus document (read, repaired and segmented beforehand, so
only tagging is timed), for the full Tagger and for the same NER pipeline alone. F1 is scored for
the gold's ``parties``, ``municipalities`` and ``amounts`` sets and for people with their party
(every gold participant, absent member or signatory that has a party, looked up in the Tagging's
people by name).

    nice python -m dkcouncil.bench.tag corpus/
    nice python -m dkcouncil.bench.tag corpus/ --ner PATH --repeat 3
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from dkcouncil.bench.gold import Score, facts, norm, table
from dkcouncil.bench.segment import documents, read_text
from dkcouncil.segment import segment
from dkcouncil.segment.core import Segmentation
from dkcouncil.tag import Tagger, Tagging
from dkcouncil.tag.backends import load_ner

FIELDS = ("parties", "municipalities", "amounts")


def as_record(tagging: Tagging) -> dict[str, Any]:
    """The tagging as the JSON the gold scorer reads: ``as_record(Tagging())["amounts"]`` -> ``[]``."""
    return {
        "entities": [e.model_dump() for e in tagging.entities],
        "amounts": [a.model_dump() for a in tagging.amounts],
    }


def people_with_party(tagging: Tagging, gold: dict[str, Any]) -> tuple[Counter, Counter]:
    """(predicted, gold) (name, party) facts for the gold people that have a party."""
    # A set: a member both listed and absent is one person.
    expected = Counter(
        {
            (norm(p.get("name")), p["party"])
            for key in ("participants", "absent", "signatories")
            for p in gold.get(key, [])
            if p.get("party")
        }
    )
    names = {name for name, _ in expected}
    predicted = Counter(
        (norm(p.name), p.party) for p in tagging.people if norm(p.name) in names and p.party is not None
    )
    return predicted, expected


def load_corpus(folder: Path) -> list[tuple[str, str, Segmentation, dict[str, Any]]]:
    """(name, repaired text, segmentation, gold) for every gold file under ``folder`` and its holdout."""
    out = []
    for sub in (folder, folder / "holdout"):
        if not (sub / "gold").is_dir():
            continue
        docs = documents(sub)
        for gold_file in sorted((sub / "gold").glob("*.json")):
            path = docs.get(gold_file.stem)
            if path is None:
                print(f"no document for {gold_file}", file=sys.stderr)
                continue
            text, fmt = read_text(path, repair=True)
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            out.append((gold_file.stem, text, segment(text, source_format=fmt), gold))
    return out


def words_per_second(run, texts: list[str], repeat: int) -> float:
    """Best of ``repeat`` runs of ``run(texts)``, in whitespace-separated words per second."""
    words = sum(len(t.split()) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        run(texts)
        best = min(best, time.perf_counter() - began)
    return words / best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Speed and F1 of the tag stage on the corpus.")
    parser.add_argument("corpus", type=Path, nargs="?", default=Path("corpus"), help="the corpus folder")
    parser.add_argument("--ner", default="default", help="NER backend: default, dacy-small ... or a PATH")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs; the best is reported")
    parser.add_argument("--show-misses", action="store_true", help="list every missed and extra fact")
    args = parser.parse_args(argv)

    corpus = load_corpus(args.corpus)
    if not corpus:
        print(f"no gold documents under {args.corpus}", file=sys.stderr)
        return 2
    tagger = Tagger(args.ner)
    bare = load_ner(args.ner)
    texts = [text for _, text, _, _ in corpus]
    pairs = [(text, seg) for _, text, seg, _ in corpus]

    full_wps = words_per_second(lambda _: list(tagger.tag_many(pairs)), texts, args.repeat)
    bare_wps = words_per_second(lambda ts: list(bare.pipe(ts)), texts, args.repeat)

    scores = {name: Score() for name in (*FIELDS, "person_party")}
    misses = []
    for (name, _, _, gold), tagging in zip(corpus, tagger.tag_many(pairs), strict=True):
        found = facts(as_record(tagging), gold)
        found["person_party"] = people_with_party(tagging, gold)
        for field, (predicted, expected) in found.items():
            if field not in scores:
                continue
            scores[field].add(predicted, expected)
            misses += [f"{name} {field} missed {f!r}" for f in expected - predicted]
            misses += [f"{name} {field} extra {f!r}" for f in predicted - expected]

    words = sum(len(t.split()) for t in texts)
    print(f"NER {tagger.model_name}; {len(texts)} documents, {words} words")
    print(f"full Tagger     {full_wps:10.0f} words/s")
    print(f"bare nlp.pipe   {bare_wps:10.0f} words/s")
    print(table(scores))
    if args.show_misses:
        for line in misses:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
