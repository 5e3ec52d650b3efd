"""Budget agreements: the parties of the agreement, the signatories, and the budget tables."""

from __future__ import annotations

import regex

from dkcouncil.patterns import parse_number, party_letter
from dkcouncil.schemas import BudgetLine, Person

from .lines import Line

_TABLE_HEADER = regex.compile(r"^(?P<kind>Drift|Anlæg)\w*\s*\((?P<unit>[\d.]*)\s*(?:t\.\s?)?kr\.?\)", regex.I)
_YEAR = regex.compile(r"^(?:19|20)\d\d$")
_REF = regex.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?$")
_REF_PREFIX = regex.compile(r"^(?P<ref>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?P<title>\S.*)$")
_VALUE = regex.compile(r"^-?\s?\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^-?\d+(?:,\d+)?$")
# A group row without cells ("1. Velfærd tæt på borgerne") sits inside a table without ending it.
_GROUP_ROW = regex.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?[ ]\p{Lu}[^\t\d]*$")
_PLACE_DATE = regex.compile(r"^\p{Lu}[\p{L} .-]+,\s(?:den\s)?\d{1,2}\.\s\p{L}+\s\d{4}$")
_INDEPENDENT = regex.compile(r"^(?:Udenfor partierne|Løsgænger|Uden for partierne)$", regex.I)


def agreement_parties(lines: list[Line]) -> list[str]:
    """The parties after ``Mellem`` near the top, as written, one per line or comma-separated."""
    for i, line in enumerate(lines[:80]):
        if line.text.rstrip(":") in ("Mellem", "Aftale mellem", "Indgået mellem"):
            parties: list[str] = []
            for following in lines[i + 1 :]:
                if following.blank:
                    if parties:
                        break
                    continue
                parties.extend(p.strip() for p in regex.split(r",\s*|\sog\s", following.text) if p.strip())
            return parties
    return []


def signatories(lines: list[Line]) -> list[Person]:
    """The signature block after ``Place, den 4. oktober 2023``: name, role and party on separate lines."""
    start = next((i for i, line in enumerate(lines) if _PLACE_DATE.match(line.text)), None)
    if start is None:
        return []
    people = []
    block: list[str] = []
    for line in [*lines[start + 1 :], Line(0, 0, "")]:
        if line.blank:
            if block:
                person = _signature(block)
                if person is None:
                    break
                people.append(person)
                block = []
            continue
        if _TABLE_HEADER.match(line.text) or line.text.startswith("Bilag"):
            break
        block.append(line.text)
    return people


def _signature(block: list[str]) -> Person | None:
    """``["Jesper Würtzen", "borgmester", "Socialdemokratiet"]`` -> Person(name, role, party 'A')."""
    if not 1 <= len(block) <= 3 or not block[0][:1].isupper() or len(block[0].split()) > 5:
        return None
    name, *rest = block
    party = role = None
    for value in rest:
        if (letter := party_letter(value)) is not None:
            party = letter
        elif value[:1].islower():
            role = value  # "borgmester"; "løsgænger" too says what they are, not a party
        elif _INDEPENDENT.match(value):
            party = None
        elif value is not rest[-1] or len(value.split()) > 4:
            return None
        # else: a local list ("Fjordlisten") whose letter the text does not give: party stays null.
    return Person(name=name, party=party, role=role)


def budget_lines(lines: list[Line]) -> list[BudgetLine]:
    """Rows of every ``Drift (1.000 kr.)``/``Anlæg (1.000 kr.)`` table in whole kroner; group rows skipped."""
    found: list[BudgetLine] = []
    i = 0
    while i < len(lines):
        header = _TABLE_HEADER.match(lines[i].text)
        if not header:
            i += 1
            continue
        kind = "drift" if header.group("kind").lower() == "drift" else "anlæg"
        factor = int(parse_number(header.group("unit"))) if header.group("unit") else 1
        cells = lines[i].raw.split("\t")
        years = {j: cell.strip() for j, cell in enumerate(cells) if _YEAR.match(cell.strip())}
        i += 1
        while (
            i < len(lines)
            and (lines[i].blank or "\t" in lines[i].raw or _GROUP_ROW.match(lines[i].text))
            and not _TABLE_HEADER.match(lines[i].text)
        ):
            row_cells = _align(lines[i].raw.split("\t"), min(years, default=0))
            if "\t" in lines[i].raw and (row := _row(row_cells, years, kind, factor)):
                found.append(row)
            i += 1
    return found


def _align(cells: list[str], first_year: int) -> list[str]:
    """Join a row's label cells so its values sit under the header's years.

    A header ``Drift (1.000 kr.)\t2025`` has one label column; a row ``5.2\tKonsulenter\t-750``
    has two: ``_align(["5.2", "Konsulenter", "-750"], 1)`` -> ``['5.2 Konsulenter', '-750']``.
    """
    lead = 0
    while lead < len(cells) and cells[lead].strip() and not _VALUE.match(cells[lead].strip()):
        lead += 1
    extra = lead - first_year
    if extra <= 0:
        return cells
    return [" ".join(c.strip() for c in cells[: extra + 1]), *cells[extra + 1 :]]


def _row(cells: list[str], years: dict[int, str], kind: str, factor: int) -> BudgetLine | None:
    text_cells = [(j, c.strip()) for j, c in enumerate(cells) if j not in years and c.strip()]
    values = {}
    for j, year in years.items():
        cell = cells[j].strip() if j < len(cells) else ""
        if cell and _VALUE.match(cell):
            values[year] = round(parse_number(cell.replace(" ", "")) * factor)
    if not values or not text_cells:
        return None  # a group row such as "1. Vi skaber fremtiden sammen"
    ref = None
    if len(text_cells) > 1 and _REF.match(text_cells[0][1]):
        ref, title = text_cells[0][1].rstrip("."), " ".join(c for _, c in text_cells[1:])
    else:
        title = " ".join(c for _, c in text_cells)
        if m := _REF_PREFIX.match(title):
            ref, title = m.group("ref"), m.group("title")
    return BudgetLine(ref=ref, title=title.strip(), kind=kind, values=values)
