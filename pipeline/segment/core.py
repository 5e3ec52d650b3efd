"""The segment stage's entry point and output type."""

from __future__ import annotations

from dataclasses import dataclass, field

from dkcouncil.schemas import AgendaItem, Body, BudgetLine, Meeting, Person
from dkcouncil.schemas.models import DocType


@dataclass
class Segmentation:
    """What the segmenter found; every offset indexes the repaired text it was given."""

    doc_type: DocType = "other"
    title: str | None = None
    body: Body | None = None
    meeting: Meeting | None = None
    participants: list[Person] = field(default_factory=list)
    absent: list[Person] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)
    signatories: list[Person] = field(default_factory=list)
    agreement_parties: list[str] = field(default_factory=list)
    budget_lines: list[BudgetLine] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def segment(text: str, *, source_format: str = "text") -> Segmentation:
    """Find the structure of a council document.

    ``source_format`` is the reader's format (text, markdown, html, pdf): a hint, never required.
    """
    raise NotImplementedError
