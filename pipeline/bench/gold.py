"""Score records against the hand-checked gold in ``corpus/gold`` (format: ``corpus/README.md``).

Each field is scored as precision, recall and F1 over the facts it holds, micro-averaged over
documents; a key absent from a gold file is not scored for that document.

    python -m dkcouncil.bench.gold out.jsonl corpus/gold
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

Facts = Counter  # a multiset of hashable facts


def norm(text: str | None) -> str:
    """Compare names and titles loosely: ``norm(" **Benny  Hammer** ")`` is ``'benny hammer'``."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", text).casefold()
    text = regex.sub(r"[*_#`\"'“”„.,:;()]+", " ", text)
    return regex.sub(r"\s+", " ", text).strip()


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: Facts, gold: Facts) -> None:
        overlap = sum((predicted & gold).values())
        self.tp += overlap
        self.fp += sum(predicted.values()) - overlap
        self.fn += sum(gold.values()) - overlap

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _people(persons: Iterable[dict[str, Any]]) -> Facts:
    return Counter((norm(p.get("name")), p.get("party")) for p in persons)


def _item_key(item: dict[str, Any]) -> str:
    number = item.get("number")
    return norm(str(number)).rstrip(".") if number else norm(item.get("title"))


def _match_items(pred_items: list[dict], gold_items: list[dict]) -> list[tuple[dict, dict]]:
    """Pair predicted with gold items by number, else by title; a single-case item pairs with its gold."""
    by_key = {_item_key(p): p for p in pred_items}
    pairs = []
    for g in gold_items:
        p = by_key.get(_item_key(g))
        if p is None and len(gold_items) == 1 and len(pred_items) == 1:
            p = pred_items[0]
        if p is not None:
            pairs.append((p, g))
    return pairs


def _decision(item: dict[str, Any]) -> dict[str, Any]:
    return item.get("decision") or {}


def facts(record: dict[str, Any], gold: dict[str, Any]) -> dict[str, tuple[Facts, Facts]]:
    """Per field: (facts predicted, facts in the gold), only for the fields the gold holds."""
    out: dict[str, tuple[Facts, Facts]] = {}
    if "doc_type" in gold:
        out["doc_type"] = (Counter([record.get("doc_type")]), Counter([gold["doc_type"]]))
    if gold.get("body"):
        body = record.get("body") or {}
        out["body"] = (Counter([norm(body.get("name"))]), Counter([norm(gold["body"].get("name"))]))
    if (gold.get("meeting") or {}).get("date"):
        meeting = record.get("meeting") or {}
        out["meeting_date"] = (Counter([meeting.get("date")]), Counter([gold["meeting"]["date"]]))
    for key in ("time", "location"):
        if (gold.get("meeting") or {}).get(key):
            meeting = record.get("meeting") or {}
            out[f"meeting_{key}"] = (Counter([norm(meeting.get(key))]), Counter([norm(gold["meeting"][key])]))
    for key in ("participants", "absent", "signatories"):
        if key in gold:
            out[key] = (_people(record.get(key, [])), _people(gold[key]))
    if "agreement_parties" in gold:
        out["agreement_parties"] = (
            Counter(norm(p) for p in record.get("agreement_parties", [])),
            Counter(norm(p) for p in gold["agreement_parties"]),
        )
    if "items" in gold:
        pred_items, gold_items = record.get("items", []), gold["items"]
        out["items"] = (Counter(_item_key(p) for p in pred_items), Counter(_item_key(g) for g in gold_items))
        pairs = _match_items(pred_items, gold_items)
        fields: dict[str, tuple[Facts, Facts]] = {
            name: (Counter(), Counter())
            for name in (
                "item_titles",
                "case_numbers",
                "section_kinds",
                "outcome",
                "not_participating",
                "votes",
                "vote_counts",
            )
        }
        for p, g in pairs:
            key = _item_key(g)
            pd = _decision(p)
            if g.get("title"):
                fields["item_titles"][0].update([(key, norm(p.get("title")))])
                fields["item_titles"][1].update([(key, norm(g["title"]))])
            if "case_numbers" in g:
                fields["case_numbers"][0].update((key, c) for c in p.get("case_numbers", []))
                fields["case_numbers"][1].update((key, c) for c in g["case_numbers"])
            if "section_kinds" in g:
                fields["section_kinds"][0].update((key, s["kind"]) for s in p.get("sections", []))
                fields["section_kinds"][1].update((key, k) for k in g["section_kinds"])
            if "outcome" in g:
                fields["outcome"][0].update([(key, pd.get("outcome"))] if pd else [])
                fields["outcome"][1].update([(key, g["outcome"])] if g["outcome"] else [])
            if "not_participating" in g:
                fields["not_participating"][0].update(
                    (key, norm(x["name"])) for x in pd.get("not_participating", [])
                )
                fields["not_participating"][1].update((key, norm(n)) for n in g["not_participating"])
            if "votes" in g:
                fields["votes"][0].update(_votes(key, pd.get("votes")))
                fields["votes"][1].update(_votes(key, g["votes"]))
            if "vote_counts" in g:
                fields["vote_counts"][0].update(_counts(key, pd.get("vote_counts")))
                fields["vote_counts"][1].update(_counts(key, g["vote_counts"]))
        # Gold items the pipeline missed count against every per-item field.
        matched = {id(g) for _, g in pairs}
        for g in gold_items:
            if id(g) in matched:
                continue
            key = _item_key(g)
            fields["item_titles"][1].update([(key, norm(g["title"]))] if g.get("title") else [])
            fields["case_numbers"][1].update((key, c) for c in g.get("case_numbers", []))
            fields["section_kinds"][1].update((key, k) for k in g.get("section_kinds", []))
            fields["outcome"][1].update([(key, g["outcome"])] if g.get("outcome") else [])
            fields["not_participating"][1].update((key, norm(n)) for n in g.get("not_participating", []))
            fields["votes"][1].update(_votes(key, g.get("votes")))
            fields["vote_counts"][1].update(_counts(key, g.get("vote_counts")))
        out.update({name: pair for name, pair in fields.items() if name != "vote_counts" or any(pair)})
    if "amounts" in gold:
        out["amounts"] = (
            Counter(_number(a["value_dkk"]) for a in record.get("amounts", [])),
            Counter(_number(v) for v in gold["amounts"]),
        )
    for key, label in (("municipalities", "MUNICIPALITY"), ("parties", "PARTY")):
        if key in gold:
            found = {
                e["normalized"] for e in record.get("entities", []) if e["label"] == label and e["normalized"]
            }
            out[key] = (Counter(found), Counter(set(gold[key])))
    if "budget_lines" in gold:
        out["budget_lines"] = (
            Counter(_budget_line(b) for b in record.get("budget_lines", [])),
            Counter(_budget_line(b) for b in gold["budget_lines"]),
        )
    if "initiatives" in gold:
        predicted, expected = record.get("initiatives", []), gold["initiatives"]
        out["initiatives"] = (Counter(map(_initiative, predicted)), Counter(map(_initiative, expected)))
        out["initiative_committees"] = (
            Counter((_initiative(i), norm(i.get("committee"))) for i in predicted if i.get("committee")),
            Counter((_initiative(i), norm(i.get("committee"))) for i in expected if i.get("committee")),
        )
    return out


def _initiative(initiative: dict[str, Any]) -> tuple[str, str]:
    return (norm(initiative.get("ref")), norm(initiative.get("title")))


def _counts(key: str, counts: dict[str, int | None] | None) -> Facts:
    if not counts:
        return Counter()
    return Counter((key, side, n) for side, n in counts.items() if n is not None)


def _number(value: float) -> float:
    return round(float(value), 2)


def _votes(key: str, votes: dict[str, list[str]] | None) -> Facts:
    if not votes:
        return Counter()
    return Counter(
        (key, side, norm(v)) for side in ("for", "against", "abstained") for v in votes.get(side, [])
    )


def _budget_line(line: dict[str, Any]) -> tuple:
    values = tuple(sorted((str(y), int(v)) for y, v in line.get("values", {}).items()))
    return (norm(line.get("ref")), norm(line.get("title")), line.get("kind"), values)


def score(records: dict[str, dict[str, Any]], gold_dir: Path) -> tuple[dict[str, Score], list[str]]:
    """Scores per field over every gold file in ``gold_dir`` whose document has a record.

    ``records`` maps a document's name without suffix to its record; returns the scores and the
    names of gold files with no record (each a miss to report).
    """
    scores: dict[str, Score] = {}
    missing = []
    for gold_file in sorted(gold_dir.glob("*.json")):
        record = records.get(gold_file.stem)
        if record is None or "error" in record:
            missing.append(gold_file.stem)
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        for name, (predicted, expected) in facts(record, gold).items():
            scores.setdefault(name, Score()).add(predicted, expected)
    return scores, missing


def stem_of(source: str) -> str:
    """``corpus/ocr/report_x.ocr.txt`` -> ``report_x.ocr``: a gold file's name for a document."""
    name = Path(source).name
    return name.rsplit(".", 1)[0] if "." in name else name


def table(scores: dict[str, Score]) -> str:
    lines = [f"{'field':<20} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}"]
    for name, s in scores.items():
        lines.append(f"{name:<20} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp + s.fn:6d}")
    return "\n".join(lines)


def load_records(path: Path) -> dict[str, dict[str, Any]]:
    records = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            records[stem_of(obj["source"])] = obj
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score dkcouncil records against gold annotations.")
    parser.add_argument("records", type=Path, help="JSONL written by dkcouncil run")
    parser.add_argument("gold", type=Path, nargs="+", help="gold folders (corpus/gold, corpus/holdout/gold)")
    args = parser.parse_args(argv)
    records = load_records(args.records)
    for gold_dir in args.gold:
        scores, missing = score(records, gold_dir)
        print(f"== {gold_dir}")
        print(table(scores))
        if missing:
            print(f"no record for: {', '.join(missing)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
