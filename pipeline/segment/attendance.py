"""Attendance: who was present and who was absent, as lists under a heading or inline."""

from __future__ import annotations

import regex

from dkcouncil.patterns import municipality_name, municipality_pattern, party_letter
from dkcouncil.schemas import Person

from .lines import Line
from .people import is_role, parse_person, split_entries

_PRESENT = (
    r"(?:Deltagere|Mødedeltagere|Medlemmer)(?: til stede)?|Til stede(?: var)?|Tilstedeværende|Fremmødte"
)
_ABSENT = r"Afbud(?: fra)?|Fraværende(?: med afbud)?|Fravær|Forfald|Deltog ikke|Ikke til stede|Ikke mødt"
_LABEL = regex.compile(rf"^(?:(?P<present>{_PRESENT})|(?P<absent>{_ABSENT}))\s*:?\s*(?P<inline>.*)$", regex.I)
_NOBODY = regex.compile(r"^(?:ingen|-|–)\.?$", regex.I)
# A sentence's end after an entry, not a dot leader's dots: "Ib Holm (V). Stedfortræder ..."
_SENTENCE_END = regex.compile(r"(?<=[\p{L})])\.\s+(?=\p{Lu})")
_BULLET = regex.compile(r"^(?:[-•*–]|\d{1,2}[.)])\s+")  # "- Ib Holm (A)", "3. Ib Holm (A)": a list item


def attendance_label(line: Line) -> tuple[str, str] | None:
    """('present'|'absent', inline text) when the line opens an attendance list.

    >>> attendance_label(Line(0, 0, "Afbud: Michael Sand (D)"))
    ('absent', 'Michael Sand (D)')
    """
    text = _BULLET.sub("", line.text)  # "- Medlemmer: Ib Holm (A) · Eva Berg (V)"
    if text.startswith("|") and len(cells := [c.strip() for c in text.strip("| ").split("|")]) == 2:
        text = f"{cells[0]}: {cells[1]}"  # a key/value table row: "| Medlemmer | Ib Holm (A); ... |"
    m = _LABEL.match(text)
    if not m:
        return None
    return ("present" if m.group("present") else "absent"), m.group("inline").strip()


def _entries(inline: str) -> list[Person]:
    if _NOBODY.match(inline.strip()):
        return []
    people = [parse_person(entry) for entry in split_entries(inline)]
    if people and people[-1] is None and _SENTENCE_END.search(inline):
        # "Preben Fyhn (V). Der var ikke indkaldt stedfortræder.": the entries end with the sentence
        people = [parse_person(entry) for entry in split_entries(_SENTENCE_END.split(inline)[0])]
    return [p for p in people if p is not None]


# "Socialdemokratiet (A): Ib Holm (borgmester), Eva Berg": members grouped under their party
_PARTY_GROUP = regex.compile(r"^[^:()]{2,60}\s\((?P<letter>[A-ZÆØÅ])\):\s*(?P<names>.+)$")


def _with_roles(entries: list[str]) -> list[Person | None]:
    """People of a run where a role word stands as an entry of its own after its member:
    ``Marianne Sejr (A), borgmester, Kasper Hjorth (A)``."""
    people: list[Person | None] = []
    for entry in entries:
        if is_role(entry):
            if people and people[-1] is not None and people[-1].role is None:
                people[-1] = people[-1].model_copy(update={"role": entry.lower()})
            continue
        people.append(parse_person(entry))
    return people


def _line_entries(entry: str) -> list[Person] | None:
    """The members on one line of a list, or None when the line is not a list line."""
    if group := _PARTY_GROUP.match(entry):
        people = _with_roles(split_entries(group.group("names")))
        if not people or any(p is None for p in people):
            return None
        return [p.model_copy(update={"party": group.group("letter")}) for p in people if p is not None]
    found = _with_roles(split_entries(entry)) if entry.count("(") > 1 else [parse_person(entry)]
    if found and all(p is not None for p in found):
        return [p for p in found if p is not None]
    cells = regex.split(r"\s{2,}", entry.strip())
    if len(cells) > 1:
        # two columns of members: "Ib Holm, A (borgmester)      Eva Berg, C"
        columns = [_line_entries(cell) for cell in cells]
        if all(columns):
            return [p for c in columns for p in c or []]
    return None


def _wrapped_entries(lines: list[Line], j: int) -> tuple[list[Person], int] | None:
    """The members of list line ``j`` when a name is broken onto the lines below, and the index after.

    ``Venstre (V): Jakob Holt (formand), Anne-Mette`` / ``Dahl, Poul Hjort``: the line alone does
    not parse; with the lines below it does. A new party group or label ends the search.
    """
    text = _BULLET.sub("", lines[j].text)
    for k in range(j + 1, min(j + 6, len(lines))):
        below = lines[k]
        if (
            below.blank
            or attendance_label(below)
            or _PARTY_GROUP.match(below.text)
            or below.is_markdown_heading
        ):
            return None
        text = f"{text} {below.text}"
        if not text.rstrip().endswith((",", " og")) and (found := _line_entries(text)) is not None:
            return found, k + 1
    return None


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
        j = index + 1
        # "Ib Holm (Venstre) og Eva Berg" / "(Socialistisk Folkeparti)": the entry goes on below
        while (
            j < len(lines)
            and not lines[j].blank
            and (inline.rstrip().endswith((",", ";", " og", " samt")) or lines[j].text[:1] in ("(",))
        ):
            inline = f"{inline} {lines[j].text}"  # a run of names wrapped onto the next lines
            j += 1
        people = _line_entries(inline) or _entries(inline)
        # "Deltagere:    Ib Holm (A), formand" with the next members below it, indented, or one a
        # line in a table cell ("Medlemmer:<TAB>Ib Holm (A), formand" / "Eva Berg (V)"): then each
        # below must carry a party letter, so that text after the list is never read as members
        while people and j < len(lines) and not lines[j].blank and not attendance_label(lines[j]):
            more = _line_entries(lines[j].text)
            indented = lines[j].raw[:1].isspace()
            if not more or not (indented or all(p.party for p in more)):
                break
            people, j = people + more, j + 1
        return kind, people, j
    people: list[Person] = []
    j = index + 1
    while j < len(lines):
        line = lines[j]
        if line.blank:
            j += 1
            continue
        if line.is_markdown_heading or line.is_bold or line.is_capitals or attendance_label(line):
            break
        if "\t" in line.raw and _NAME_HEADER.search(line.text):
            break  # a table's header row below the label: read_table reads the table
        entry = _BULLET.sub("", line.text)
        if _NOBODY.match(entry):
            j += 1
            break
        # a line ending in "," or "og" goes on below; so does one that is no list line alone
        wraps = entry.rstrip().endswith((",", " og"))
        found = None if wraps else _line_entries(entry)
        if found is None and (wrapped := _wrapped_entries(lines, j)):
            found, j = wrapped
            people.extend(found)
            continue
        if wraps:
            found = _line_entries(entry.rstrip(" ,"))
        if found is None:
            # "Ib Holm (V). Stedfortræder Eva Berg (V) var indkaldt.": the entries before the sentence
            first = _SENTENCE_END.split(entry)[0]
            found = _line_entries(first) if first != entry else None
            if found:
                people.extend(found)
            break
        people.extend(found)
        j += 1
    if not people:
        return None if not inline and kind == "present" else (kind, [], j)
    return kind, people, j


# An attendance table: a header row naming the columns, "Navn" among them.
_COLUMNS = {
    "name": regex.compile(r"^(?:navn|medlem)$", regex.I),
    "party": regex.compile(r"^(?:parti|partibogstav|liste)$", regex.I),
    "place": regex.compile(r"^kommune$", regex.I),
    "role": regex.compile(r"^(?:funktion|rolle|titel)$", regex.I),
    "status": regex.compile(r"^(?:fremmøde|status|deltagelse|til stede|bemærkning(?:er)?|note)$", regex.I),
}
_NAME_HEADER = regex.compile(r"(?<!\p{L})(?:Navn|NAVN|Medlem)(?!\p{L})")
_AWAY = regex.compile(r"^(?:afbud|fraværende|fravær|ikke til stede|deltog ikke|forfald)\b", regex.I)
_PARTY_CELL = regex.compile(r"^[A-ZÆØÅ]$")


def _cells(raw: str, starts: list[int] | None) -> list[str]:
    """A row's cells: split at tabs or pipes, or, in a fixed-width table, at the header's columns."""
    if "\t" in raw:
        return [c.strip() for c in raw.split("\t")]
    if "|" in raw:
        return [c.strip() for c in raw.strip().strip("|").split("|")]
    if starts is None:
        return [c.strip() for c in regex.split(r"\s{2,}", raw.strip())]
    bounds = [*starts[1:], None]
    return [raw[a:b].strip() for a, b in zip(starts, bounds, strict=True)]


def read_table(lines: list[Line], index: int) -> tuple[list[Person], list[Person], int] | None:
    """An attendance table whose header row is ``lines[index]``: present, absent, the index after it.

    >>> from dkcouncil.segment.lines import split_lines
    >>> rows = split_lines("Navn\\tParti\\tStatus\\nIb Holm\\tV\\tDeltog\\nEva Berg\\tA\\tAfbud")
    >>> [[(p.name, p.party) for p in side] for side in read_table(rows, 0)[:2]]
    [[('Ib Holm', 'V')], [('Eva Berg', 'A')]]
    """
    raw = lines[index].raw
    if not _NAME_HEADER.search(raw):
        return None
    starts = (
        None
        if ("\t" in raw or "|" in raw)
        else [m.start() for m in regex.finditer(r"(?:^|(?<=\s{2}))\S", raw)]
    )
    header = _cells(raw, starts)
    columns = {
        key: next((k for k, cell in enumerate(header) if pattern.match(cell.strip("*# "))), None)
        for key, pattern in _COLUMNS.items()
    }
    if columns["name"] is None or (columns["party"] is None and columns["status"] is None):
        return None
    present: list[Person] = []
    absent: list[Person] = []
    j = index + 1
    while j < len(lines) and not lines[j].blank:
        row = lines[j].raw
        j += 1
        if lines[j - 1].is_rule:
            continue
        cells = _cells(row, starts)

        def cell(key: str, cells: list[str] = cells) -> str:
            k = columns[key]
            return cells[k] if k is not None and k < len(cells) else ""

        person = parse_person(cell("name"))
        if person is None:
            break
        place = municipality_pattern().fullmatch(cell("place"))
        person = person.model_copy(
            update={
                # the letter, or the party's name: "Venstre", "SF"
                "party": person.party
                or (cell("party") if _PARTY_CELL.match(cell("party")) else party_letter(cell("party"))),
                "municipality": municipality_name(place) if place else person.municipality,
                "role": cell("role").lower() or person.role,
            }
        )
        (absent if _AWAY.match(cell("status")) else present).append(person)
    return (present, absent, j) if present or absent else None
