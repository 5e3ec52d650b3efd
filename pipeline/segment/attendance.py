"""Attendance: who was present and who was absent, as lists under a heading or inline."""

from __future__ import annotations

import regex

from dkcouncil.schemas import Person

from .lines import Line
from .people import parse_person, split_entries

_PRESENT = r"Deltagere|Mødedeltagere|Medlemmer|Til stede(?: var)?|Tilstedeværende"
_ABSENT = r"Afbud(?: fra)?|Fraværende(?: med afbud)?|Fravær|Deltog ikke"
_LABEL = regex.compile(rf"^(?:(?P<present>{_PRESENT})|(?P<absent>{_ABSENT}))\s*:?\s*(?P<inline>.*)$", regex.I)
_NOBODY = regex.compile(r"^(?:ingen|-|–)\.?$", regex.I)


def attendance_label(line: Line) -> tuple[str, str] | None:
    """('present'|'absent', inline text) when the line opens an attendance list.

    >>> attendance_label(Line(0, 0, "Afbud: Michael Sand (D)"))
    ('absent', 'Michael Sand (D)')
    """
    m = _LABEL.match(line.text)
    if not m:
        return None
    return ("present" if m.group("present") else "absent"), m.group("inline").strip()


def _entries(inline: str) -> list[Person]:
    if _NOBODY.match(inline.strip()):
        return []
    people = [parse_person(entry) for entry in split_entries(inline)]
    return [p for p in people if p is not None]


def read_list(lines: list[Line], index: int) -> tuple[str, list[Person], int] | None:
    """The attendance list opened at ``lines[index]``: its kind, the people, and the index after it.

    Entries follow inline (``Deltagere: A (V), B (A)``) or one per line until a line that is not an
    entry (a heading, a staff line such as ``Name, cheføkonom``, or text).
    """
    label = attendance_label(lines[index])
    if label is None:
        return None
    kind, inline = label
    if inline:
        return kind, _entries(inline), index + 1
    people: list[Person] = []
    j = index + 1
    while j < len(lines):
        line = lines[j]
        if line.blank:
            j += 1
            continue
        if line.is_markdown_heading or line.is_bold or attendance_label(line):
            break
        entry = line.text
        if _NOBODY.match(entry):
            j += 1
            break
        found = (
            [parse_person(e) for e in split_entries(entry)]
            if "(" in entry and entry.count("(") > 1
            else [parse_person(entry)]
        )
        if not found or any(p is None for p in found):
            break
        people.extend(p for p in found if p is not None)
        j += 1
    if not people:
        return None if not inline and kind == "present" else (kind, [], j)
    return kind, people, j
