"""spaCy components for council entities, registered as factories and configured in ``council.cfg``.

``dkcouncil_council_entities`` puts the rule matches of :mod:`dkcouncil.patterns` in
``doc.spans["council"]`` (each span's normalised value in ``span._.normalized``) and the money
amounts in ``doc._.amounts``; ``dkcouncil_merge_entities`` merges them into ``doc.ents``, where a
council span wins over a model span it overlaps.
"""

from __future__ import annotations

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from dkcouncil import patterns

MODEL_LABELS = {"PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "ORG": "ORG", "MISC": "MISC"}

for _obj, _name, _default in (
    (Doc, "meeting_date", None),
    (Doc, "amounts", None),
    (Span, "normalized", None),
    (Span, "source", "model"),
):
    if not _obj.has_extension(_name):
        _obj.set_extension(_name, default=_default)


# A capitalised given name before, a party letter after: "Signe Kolding (V)" is a person, not Kolding.
_GIVEN_NAME_BEFORE = regex.compile(r"(?<![\p{L}-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s$")
_PARTY_AFTER = regex.compile(r",?\s?\(\p{Lu}\)")


def is_surname(text: str, start: int, end: int) -> bool:
    """Whether the gazetteer name at ``text[start:end]`` is a person's surname.

    >>> text = "Signe Kolding (V) og Kolding Kommune"
    >>> is_surname(text, 6, 13), is_surname(text, 21, 28)
    (True, False)
    """
    before = _GIVEN_NAME_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and _PARTY_AFTER.match(text, end) is not None


class CouncilEntities:
    def __init__(self, labels: list[str]) -> None:
        self.labels = set(labels)

    def __call__(self, doc: Doc) -> Doc:
        meeting = doc._.meeting_date
        year = int(meeting[:4]) if meeting else None
        spans = []
        amounts = []
        text = doc.text  # Doc.text joins every token anew on each access
        for match in patterns.find_all(text, year):
            if match.label not in self.labels:
                continue
            if match.label == "MUNICIPALITY" and is_surname(text, match.start, match.end):
                continue
            span = doc.char_span(match.start, match.end, label=match.label, alignment_mode="expand")
            if span is None:
                continue
            span._.normalized = match.normalized
            span._.source = "rule"
            spans.append(span)
            if match.label == "MONEY":
                amounts.append((match.start, match.end, match.normalized))
        doc.spans["council"] = spans
        doc._.amounts = amounts
        return doc


@Language.factory("dkcouncil_council_entities", default_config={"labels": list(patterns.LABELS)})
def make_council_entities(nlp: Language, name: str, labels: list[str]) -> CouncilEntities:
    return CouncilEntities(labels)


class MergeEntities:
    def __init__(self, model_labels: dict[str, str]) -> None:
        self.model_labels = model_labels

    def __call__(self, doc: Doc) -> Doc:
        council = list(doc.spans.get("council", []))
        model = []
        for ent in doc.ents:
            label = self.model_labels.get(ent.label_)
            if label:
                span = Span(doc, ent.start, ent.end, label=label)
                span._.source = "model"
                model.append(span)
        # filter_spans keeps the longest; council spans go first so that they win ties.
        taken = filter_spans(council)
        occupied = {i for span in taken for i in range(span.start, span.end)}
        merged = taken + [s for s in model if not occupied.intersection(range(s.start, s.end))]
        # Span extensions are keyed by offsets: restore the rule source a same-offset model span overwrote.
        for span in doc.spans.get("council", []):
            span._.source = "rule"
        doc.ents = sorted(merged, key=lambda s: s.start)
        return doc


@Language.factory("dkcouncil_merge_entities", default_config={"model_labels": MODEL_LABELS})
def make_merge_entities(nlp: Language, name: str, model_labels: dict[str, str]) -> MergeEntities:
    return MergeEntities(model_labels)
