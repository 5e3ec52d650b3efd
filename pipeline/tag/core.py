"""The tag stage's entry point: the NER backend plus the council components, run with nlp.pipe."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import load_config

from dkcouncil.schemas import Amount, Entity, Person
from dkcouncil.segment import Segmentation

from . import components  # noqa: F401 - registers the factories
from .backends import load_ner, model_name, resolve_model_path
from .people import merge, named_with_party

COUNCIL_CONFIG = Path(__file__).with_name("council.cfg")


@dataclass
class Tagging:
    entities: list[Entity] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# Longer whitespace-free runs ("((((...", a dump's endless token) are one token each: spaCy's affix
# splitting is quadratic in a run's length (22 s for 10,000 parentheses), and no name lies inside one.
LONG_RUN = 100


def keep_long_runs_whole(tokenizer: Tokenizer) -> None:
    """Make ``tokenizer`` keep every run of over ``LONG_RUN`` characters as one token.

    >>> import spacy
    >>> nlp = spacy.blank("da")
    >>> keep_long_runs_whole(nlp.tokenizer)
    >>> [len(t) for t in nlp.make_doc("Mødet (" + "(" * 500 + ") sluttede.")]
    [5, 502, 8, 1]
    """
    own = tokenizer.token_match
    tokenizer.token_match = lambda s: len(s) > LONG_RUN or bool(own and own(s))


class Tagger:
    """Loads the NER backend once; tags many documents with ``nlp.pipe``."""

    def __init__(self, ner: str = "default") -> None:
        self.nlp = load_ner(ner)
        keep_long_runs_whole(self.nlp.tokenizer)
        config = load_config(COUNCIL_CONFIG)
        for name, settings in config["components"].items():
            settings = dict(settings)
            factory = settings.pop("factory")
            self.nlp.add_pipe(factory, name=name, config=settings)
        self._model_name = model_name(self.nlp)

    @classmethod
    def check(cls, ner: str) -> None:
        """Raise NERBackendError if ``ner`` cannot be loaded, without loading it."""
        resolve_model_path(ner)

    @property
    def model_name(self) -> str:
        return self._model_name

    def _prepare(self, text: str, seg: Segmentation) -> Doc:
        doc = self.nlp.make_doc(text)
        doc._.meeting_date = seg.meeting.date if seg.meeting else None
        return doc

    def tag_many(self, docs: Iterable[tuple[str, Segmentation]], batch_size: int = 16) -> Iterator[Tagging]:
        pairs = list(docs)
        prepared = (self._prepare(text, seg) for text, seg in pairs)
        for doc, (_, seg) in zip(self.nlp.pipe(prepared, batch_size=batch_size), pairs, strict=True):
            yield _tagging(doc, seg)

    def tag(self, text: str, seg: Segmentation) -> Tagging:
        return next(iter(self.tag_many([(text, seg)])))


def _tagging(doc: Doc, seg: Segmentation) -> Tagging:
    text = doc.text  # built anew from the tokens on every access
    entities = [
        Entity(
            label=ent.label_,
            text=ent.text,
            start=ent.start_char,
            end=ent.end_char,
            normalized=ent._.normalized if ent._.source == "rule" else None,
            source=ent._.source,
        )
        for ent in doc.ents
    ]
    amounts = [
        Amount(text=text[start:end], value_dkk=value, start=start, end=end)
        for start, end, value in doc._.amounts or []
    ]
    mentioned = [Person(name=e.text) for e in entities if e.label == "PER" and " " in e.text.strip()]
    decided = [
        p
        for item in seg.items
        for d in (item.decisions or ([item.decision] if item.decision else []))
        for p in d.not_participating
    ]
    people = merge(
        [
            *seg.participants,
            *seg.absent,
            *seg.signatories,
            *decided,
            *(p for item in seg.items for p in item.absent),
            *named_with_party(text),
            *mentioned,
        ]
    )
    return Tagging(entities=entities, amounts=amounts, people=people)
