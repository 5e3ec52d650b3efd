"""The embedded NER model: it loads from the package, is small, and finds obvious Danish entities."""

from __future__ import annotations

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
