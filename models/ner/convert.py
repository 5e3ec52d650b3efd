"""UNER Danish-DDT (IOB2) to spaCy DocBins for ``spacy train``.

    python models/ner/convert.py /path/to/uner-da-ddt models/ner/corpus

The output is derived from CC BY-SA 4.0 data and is never committed (models/ner/corpus/ is ignored).
Sentences are grouped into documents of ``--sentences`` so the model sees some context.
``--council N`` adds N council-style sentences built by ``council.py`` to the train split only.
``--with-dev`` also adds the dev sentences to train, for a final run at a step count chosen on dev
(the dev file is still written, but scores on it are then no longer held out).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script, next to council.py
from council import council_sentences

LABELS = {"PER", "LOC", "ORG"}


def read_sentences(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """(tokens, IOB2 tags) per sentence; labels other than PER/LOC/ORG become MISC.

    A line is ``index<TAB>token<TAB>tag<TAB>...``; comments start with ``#``.
    """
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                yield words, tags
            words, tags = [], []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        tag = cols[2] if len(cols) > 2 and cols[2] else "O"
        if tag != "O" and tag[2:] not in LABELS:
            tag = f"{tag[:2]}MISC"
        words.append(cols[1])
        tags.append(tag)
    if words:
        yield words, tags


def repair_iob(tags: list[str]) -> list[str]:
    """An I- tag that opens an entity becomes B-: ``repair_iob(["O", "I-PER"]) == ["O", "B-PER"]``."""
    fixed = []
    previous = "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = f"B-{tag[2:]}"
        fixed.append(tag)
        previous = tag
    return fixed


def to_docbin(sentences: Iterable[tuple[list[str], list[str]]], sentences_per_doc: int) -> DocBin:
    vocab = spacy.blank("da").vocab
    docbin = DocBin(store_user_data=False)
    batch: list[tuple[list[str], list[str]]] = []

    def flush() -> None:
        words = [w for ws, _ in batch for w in ws]
        tags = [t for _, ts in batch for t in repair_iob(ts)]
        spaces = [True] * len(words)
        starts = [i == 0 for ws, _ in batch for i in range(len(ws))]
        doc = Doc(vocab, words=words, spaces=spaces, ents=tags, sent_starts=starts)
        docbin.add(doc)

    for sentence in sentences:
        batch.append(sentence)
        if len(batch) >= sentences_per_doc:
            flush()
            batch = []
    if batch:
        flush()
    return docbin


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("source", type=Path, help="folder with da_ddt-ud-{train,dev,test}.iob2")
    parser.add_argument("output", type=Path, help="where the .spacy files go (gitignored)")
    parser.add_argument("--sentences", type=int, default=10, help="sentences per document (default 10)")
    parser.add_argument("--council", type=int, default=0, help="council-style sentences added to train")
    parser.add_argument("--with-dev", action="store_true", help="add the dev sentences to train too")
    parser.add_argument(
        "--reference",
        type=Path,
        default=Path(__file__).resolve().parents[2] / "pipeline" / "resources" / "municipalities.csv",
        help="municipalities CSV the council sentences draw towns from",
    )
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev", "test"):
        sentences: Iterable[tuple[list[str], list[str]]] = read_sentences(
            args.source / f"da_ddt-ud-{split}.iob2"
        )
        if split == "train" and args.with_dev:
            sentences = [*sentences, *read_sentences(args.source / "da_ddt-ud-dev.iob2")]
        if split == "train" and args.council:
            sentences = [*sentences, *council_sentences(args.reference, args.council)]
        docbin = to_docbin(sentences, args.sentences)
        docbin.to_disk(args.output / f"{split}.spacy")
        print(f"{split}: {len(docbin)} docs")


if __name__ == "__main__":
    main()
