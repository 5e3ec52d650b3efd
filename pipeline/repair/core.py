"""The repair stage's entry point and output type."""

from __future__ import annotations

from dataclasses import dataclass, field

from dkcouncil.schemas import Repair


@dataclass
class RepairResult:
    text: str
    repairs: list[Repair] = field(default_factory=list)


def repair_text(text: str, *, threshold: float = 0.5) -> RepairResult:
    """Repair ``text``; every change is a :class:`Repair` with offsets into ``text``."""
    raise NotImplementedError
