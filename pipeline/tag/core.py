"""The tag stage's entry point and output type."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from dkcouncil.schemas import Amount, Entity, Person
from dkcouncil.segment import Segmentation


@dataclass
class Tagging:
    entities: list[Entity] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class Tagger:
    """Loads the NER backend once; tags many documents with ``nlp.pipe``."""

    def __init__(self, ner: str = "default") -> None:
        raise NotImplementedError

    @property
    def model_name(self) -> str:
        raise NotImplementedError

    def tag_many(self, docs: Iterable[tuple[str, Segmentation]], batch_size: int = 16) -> Iterator[Tagging]:
        raise NotImplementedError

    def tag(self, text: str, seg: Segmentation) -> Tagging:
        return next(iter(self.tag_many([(text, seg)])))
