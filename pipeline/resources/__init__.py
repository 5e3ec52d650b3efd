"""Gazetteers built from public facts (municipalities with codes, party letters, committees)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True)
class Municipality:
    code: str
    name: str
    region: str


@dataclass(frozen=True)
class Party:
    letter: str
    name: str
    short_names: tuple[str, ...]


def _rows(name: str) -> list[dict[str, str]]:
    with files(__package__).joinpath(name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@cache
def municipalities() -> tuple[Municipality, ...]:
    """The 98 municipalities: ``municipalities()[0].name == 'København'``."""
    return tuple(Municipality(r["code"], r["name"], r["region"]) for r in _rows("municipalities.csv"))


@cache
def parties() -> tuple[Party, ...]:
    """Party letters and names: ``{p.letter for p in parties()} >= {'A', 'V', 'Ø'}``."""
    return tuple(
        Party(r["letter"], r["name"], tuple(s for s in r["short_names"].split(";") if s))
        for r in _rows("parties.csv")
    )
