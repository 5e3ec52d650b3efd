"""The embedded NER model: it loads from the package, is small, and finds obvious Danish entities."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import spacy

from dkcouncil.models import DEFAULT_NER_NAME, default_model_path


def test_model_is_packaged_and_small() -> None:
    path = default_model_path()
    assert path.name == DEFAULT_NER_NAME
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    assert size < 50 * 1024 * 1024


def test_model_finds_people_and_places() -> None:
    nlp = spacy.load(default_model_path())
    assert {"PER", "LOC", "ORG"} <= set(nlp.get_pipe("ner").labels)
    doc = nlp("Borgmester Karen Holst fra Viborg mødtes i går med direktør Anders Bech i Aarhus.")
    found = {(e.text, e.label_) for e in doc.ents}
    assert ("Karen Holst", "PER") in found
    assert ("Anders Bech", "PER") in found
    assert ("Viborg", "LOC") in found


def test_model_reads_council_lines() -> None:
    nlp = spacy.load(default_model_path())
    docs = nlp.pipe(
        [
            "Borgmester Karen Holst fra Viborg Kommune mødtes med Dansk Sygeplejeråd i Aarhus.",
            "Afbud: Bente Ravn (F) og Poul Winther (C).",
        ]
    )
    found = [{(e.text, e.label_) for e in doc.ents} for doc in docs]
    assert {("Karen Holst", "PER"), ("Aarhus", "LOC")} <= found[0]
    assert {("Bente Ravn", "PER"), ("Poul Winther", "PER")} <= found[1]
    # the party letter stays outside the name
    assert not any("(" in text or text in {"F", "C"} for text, _ in found[1])


def _council_module():
    """models/ner/council.py is a training script, not package code: load it from its file."""
    path = Path(__file__).resolve().parents[1] / "models" / "ner" / "council.py"
    spec = importlib.util.spec_from_file_location("council_sentences", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_council_sentences_are_annotated_where_the_names_are() -> None:
    council = _council_module()
    reference = Path(__file__).resolve().parents[1] / "pipeline" / "resources" / "municipalities.csv"
    sentences = list(council.council_sentences(reference, 200, seed=7))
    assert sentences == list(council.council_sentences(reference, 200, seed=7))
    towns = set(council.municipalities(reference))
    for words, tags in sentences:
        assert len(words) == len(tags)
        for text, label in _spans(words, tags):
            if label == "LOC":
                assert text in towns
            elif label == "PER":
                assert text.split()[0] in council.FIRST and text.split()[-1] in council.LAST
        # a party letter in brackets is never part of an entity
        for i, word in enumerate(words[1:-1], start=1):
            if words[i - 1] == "(" and words[i + 1] == ")":
                assert tags[i] == "O" and word in council.PARTIES


def _spans(words: list[str], tags: list[str]) -> list[tuple[str, str]]:
    spans: list[tuple[str, str]] = []
    for word, tag in zip(words, tags, strict=True):
        if tag.startswith("B-"):
            spans.append((word, tag[2:]))
        elif tag.startswith("I-"):
            text, label = spans[-1]
            assert label == tag[2:]
            spans[-1] = (f"{text} {word}", label)
    return spans


def test_every_data_file_the_package_reads_is_declared_as_package_data() -> None:
    # An editable install reads files from the source tree, so a missing declaration only shows
    # when the package is installed for real: check the declarations against the tree.
    import tomllib
    from fnmatch import fnmatch
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    folders = {package: Path(folder) for package, folder in config["package-dir"].items()}
    declared = config["package-data"]
    for path in (root / "pipeline").rglob("*"):
        if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts:
            package = "dkcouncil." + ".".join(path.parent.relative_to(root / "pipeline").parts)
            patterns = declared.get(package.rstrip("."), [])
            assert any(fnmatch(path.name, p) for p in patterns), f"{path} is not declared as package data"
    assert folders["dkcouncil"] == Path("pipeline")
