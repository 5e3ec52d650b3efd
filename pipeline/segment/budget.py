"""Budget agreements: the parties of the agreement, the signatories, and the budget tables."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TypeVar

import regex

from dkcouncil.patterns import find_committees, find_municipalities, parse_number, party_letter
from dkcouncil.schemas import Body, BudgetInitiative, BudgetLine, Person

from .lines import Line, clean

T = TypeVar("T")
_TABLE_HEADER = regex.compile(r"^(?P<kind>Drift|Anlæg)\w*\s*\((?P<unit>[\d.]*)\s*(?:t\.\s?)?kr\.?\)", regex.I)
_YEAR = regex.compile(r"^(?:19|20)\d\d$")
_REF = regex.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?$")
_REF_PREFIX = regex.compile(r"^(?P<ref>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?P<title>\S.*)$")
_VALUE = regex.compile(r"^-?\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^-?\d+(?:,\d+)?$")
# A group row without cells ("1. Velfærd tæt på borgerne") sits inside a table without ending it.
_GROUP_ROW = regex.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?[ ]\p{Lu}[^\t\d]*$")
_PLACE_DATE = regex.compile(r"^\p{Lu}[\p{L} .-]+,\s(?:den\s)?\d{1,2}\.\s\p{L}+\s\d{4}$")
_INDEPENDENT = regex.compile(r"^(?:Udenfor partierne|Løsgænger|Uden for partierne)$", regex.I)


_MELLEM = regex.compile(
    r"^(?:(?:Budget)?aftale(?:n)?(?:\s(?:for|om)\s[^,.\n]{1,40}?)?(?:\s(?:er|blev))?\s(?:indgået\s)?|Indgået\s)?mellem:?\s*(?P<rest>.*)$",
    regex.I,
)
_SHORT_NAME = regex.compile(r"^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3}(?:\s\(\p{Ll}+\))?$")
_LOCAL_LIST = regex.compile(r"liste|\bparti", regex.I)


def agreement_parties(lines: list[Line]) -> list[str]:
    """The parties after ``Mellem`` near the top, as written, one per line, comma-separated or inline.

    The list ends at a blank line, a heading, or a line naming no party (a PDF loses blank lines).

    >>> from dkcouncil.segment.lines import split_lines
    >>> agreement_parties(split_lines("Aftalen er indgået mellem Venstre, SF og Fjordlisten.\\nIndledning"))
    ['Venstre', 'SF', 'Fjordlisten']
    >>> agreement_parties(split_lines("Budgetaftalen for 2026-2029 er indgået mellem Venstre og SF. Enhedslisten står uden for."))
    ['Venstre', 'SF']
    """
    for i, line in enumerate(lines[:80]):
        m = _MELLEM.match(line.text)
        if not m:
            continue
        # "... og Radikale Venstre. Enhedslisten har deltaget i forhandlingerne": the list ends there.
        rest = regex.split(r"\.\s+(?=\p{Lu})", m.group("rest"), maxsplit=1)[0]
        parties = _parties_in(rest)
        previous = rest
        for following in lines[i + 1 :]:
            if following.blank and not parties:
                continue
            found = _parties_in(following.text)
            if not found and previous.endswith(",") and _SHORT_NAME.match(following.text):
                found = [following.text]  # "..., Kate Svarrer (løsgænger)": an independent member
            if following.blank or following.is_markdown_heading or not found:
                break
            parties.extend(found)
            previous = following.text
        return parties
    return []


def _parties_in(text: str) -> list[str]:
    """Party names in a list line, or [] when a piece of it is no party: ``"A, B og C."`` -> three."""
    pieces = [p.strip(" .") for p in regex.split(r",\s*|\sog\s", text) if p.strip(" .")]
    if pieces and all(party_letter(p) or (_LOCAL_LIST.search(p) and len(p.split()) <= 3) for p in pieces):
        return pieces
    return []


_COUNCILS = ("Kommunalbestyrelsen", "Byrådet", "Borgerrepræsentationen", "Regionsrådet")


def adopting_body(text: str) -> Body | None:
    """The council that adopts the budget, in the municipality the agreement names most often.

    >>> adopting_body("Budgetaftale for Struer Kommune. Byrådet vedtager budgettet; Struer by vokser.")
    Body(name='Byrådet', municipality='Struer')
    """
    places = Counter(str(m.normalized) for m in find_municipalities(text))
    if not places:
        return None
    council = next((str(m.normalized) for m in find_committees(text) if m.normalized in _COUNCILS), None)
    return Body(name=council or "Kommunalbestyrelsen", municipality=places.most_common(1)[0][0])


def signatories(lines: list[Line]) -> list[Person]:
    """The signature block after ``Place, den 4. oktober 2023``: name, role and party on separate lines.

    Blocks are separated by blank lines, or in a PDF's text, which has none, by the next name.
    """
    start = next((i for i, line in enumerate(lines) if _PLACE_DATE.match(line.text)), None)
    if start is None:
        return []
    people = []
    block: list[str] = []
    for line in [*lines[start + 1 :], Line(0, 0, "")]:
        ends_block = line.blank or (block and _starts_signature(line.text, block))
        if ends_block and block:
            person = _signature(block)
            if person is None:
                break
            people.append(person)
            block = []
        if line.blank:
            continue
        if _TABLE_HEADER.match(line.text) or line.text.startswith("Bilag"):
            break
        block.append(line.text)
    return people


def _starts_signature(text: str, block: list[str]) -> bool:
    """Whether ``text`` is the next signer's name rather than the current one's role or party."""
    if party_letter(text) or text[:1].islower() or _INDEPENDENT.match(text) or len(text.split()) > 5:
        return False
    # A local list after a role ("gruppeformand", "Fjordlisten") is the signer's party.
    return not (_LOCAL_LIST.search(text) and block[-1][:1].islower())


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


_NUMBERED_HEADING = regex.compile(
    r"^(?:Kapitel\s|Initiativ\s)?(?P<ref>\d{1,2}(?:\.\d{1,2}){0,3})\.?:?\s+(?P<title>[\p{Lu}\"'“„«].{1,150})$"
)
# "Sundheds- og Ældreudvalget er fagudvalg på opgaven", "Ansvarligt udvalg: ...", "forankres i ...".
_RESPONSIBLE = regex.compile(
    r"fagudvalg|ansvarlig|ansvaret|forankre[ts]|hører\sunder|ligger\sunder|udmøntes\saf", regex.I
)
_SENTENCE = regex.compile(r"[^.\n]+")  # found first, then tested for a cue: linear on any line


def _numbered_heading(line: Line) -> regex.Match[str] | None:
    """``3.2 Flere hænder i hjemmeplejen`` as a heading line, not a sentence, table row or contents line."""
    if line.blank or line.is_toc or _cells(line) is not None:
        return None
    m = _NUMBERED_HEADING.match(line.text)
    if not m or len(m.group("title").split()) > 16:
        return None
    if m.group("title").endswith((".", ",", ";")) and not m.group("title").endswith(('."', ".”")):
        return None  # "1. Der afsættes 2 mio. kr. til ...": a numbered sentence
    return m


def initiatives(lines: list[Line], text: str) -> list[BudgetInitiative]:
    """A budget agreement's initiatives, each with the committee its text makes responsible.

    Its numbered headings form a tree (``3.`` a chapter, ``3.2`` and ``3.2.1`` below it): a leaf
    below a chapter is an initiative, and so is any heading whose own text names a committee.
    """
    headings = [
        (j, m)
        for j, line in enumerate(lines)
        if (m := _numbered_heading(line)) and not _beside_table(lines, j)
    ]
    found: list[BudgetInitiative] = []
    chapter: str | None = None
    for k, (j, m) in enumerate(headings):
        ref, title = m.group("ref"), m.group("title").strip()
        following = headings[k + 1][1] if k + 1 < len(headings) else None
        end = lines[headings[k + 1][0]].start - 1 if following is not None else len(text)
        committee = _responsible(text[lines[j].end : end])
        if "." not in ref:
            chapter = title
        has_children = following is not None and following.group("ref").startswith(ref + ".")
        if committee is None and (has_children or "." not in ref):
            continue  # a chapter ("Indledning" too): its initiatives are the headings below it
        found.append(
            BudgetInitiative(
                ref=ref,
                title=title,
                chapter=chapter if "." in ref else None,
                committee=committee,
                start=lines[j].start,
                end=max(end, lines[j].end),
            )
        )
    return found


def _beside_table(lines: list[Line], j: int) -> bool:
    """Whether the line next to ``j`` on either side is a table row: ``j`` is a table's group row."""
    neighbours = (k for k in (j - 1, j + 1) if 0 <= k < len(lines) and not lines[k].blank)
    return any(_cells(lines[k]) for k in neighbours)


def _responsible(body: str) -> str | None:
    """The committee a sentence makes responsible for an initiative, or None.

    >>> _responsible("Puljen er på 2 mio. kr. Klima- og Miljøudvalget er fagudvalg på opgaven. Sundheds- og Ældreudvalget involveres.")
    'Klima- og Miljøudvalget'
    >>> _responsible("Ansvarligt udvalg: Børne- og Skoleudvalget") is None
    False
    """
    for sentence in _SENTENCE.finditer(body):
        if _RESPONSIBLE.search(sentence.group()) and (committees := find_committees(sentence.group())):
            return str(committees[0].normalized)
    return None


def budget_lines(lines: list[Line]) -> list[BudgetLine]:
    """Rows of every budget table (a header row of years) in whole kroner; group and sum rows skipped.

    Tables come tab-separated (text and PDF exports) or as Markdown pipes; the unit and the kind
    (drift or anlæg) are read from the header's label cell or the lines just above the table.
    """
    found: list[BudgetLine] = []
    i = 0
    while i < len(lines):
        header = _cells(lines[i])
        years = {j: cell for j, cell in enumerate(header or []) if _YEAR.match(cell)}
        if not years:
            i += 1
            continue
        label = " ".join(c for j, c in enumerate(header or []) if j not in years)
        context = [label, *_lines_above(lines, i)]
        kind = _first(_KIND, context, lambda m: "drift" if m.group(1).lower().startswith("d") else "anlæg")
        factor = _first(_UNIT, context, _factor) or 1
        piped = lines[i].raw.lstrip().startswith("|")
        i += 1
        while i < len(lines) and _in_table(lines, i, piped):
            cells = _cells(lines[i])
            if cells and (row := _row(_align(cells, min(years)), years, kind, factor)):
                found.append(row)
            i += 1
    return found


_PIPE_ROW = regex.compile(r"^\s*\|.*\|\s*$")
_SEPARATOR_CELL = regex.compile(r"^:?-{2,}:?$")
_KIND = regex.compile(r"\b(drift|anlæg)", regex.I)
_UNIT = regex.compile(
    r"(?<![\d.])(1\.000|1000|t\.|tusinde?|mio\.|mill\.|millioner)\s?(?:kr|DKK)|(\(kr\.?\))", regex.I
)
_SUM_ROW = regex.compile(r"^(?:i\salt|total|sum|samlet|netto|balance)\b", regex.I)
_MINUS = str.maketrans({"÷": "-", "−": "-", "–": "-"})


def _cells(line: Line) -> list[str] | None:
    """A table row's cells without markup, ``[]`` for a Markdown separator row, None for a text line.

    >>> _cells(Line(0, 0, "| **3.2** | Flere hænder | ÷ 1.500 |"))
    ['3.2', 'Flere hænder', '÷ 1.500']
    """
    if _PIPE_ROW.match(line.raw):
        cells = [clean(c) for c in line.raw.strip()[1:-1].split("|")]
        return [] if all(_SEPARATOR_CELL.match(c) or not c for c in cells) else cells
    if "\t" in line.raw:
        return [clean(c) for c in line.raw.split("\t")]
    return None


def _in_table(lines: list[Line], i: int, piped: bool) -> bool:
    """Whether line ``i`` still belongs to the table: a row, or in a tab table a blank or a group row."""
    line = lines[i]
    if piped:
        return bool(_PIPE_ROW.match(line.raw))
    if _TABLE_HEADER.match(line.text) or ((cells := _cells(line)) and any(_YEAR.match(c) for c in cells)):
        return False  # the next table's header
    return line.blank or "\t" in line.raw or bool(_GROUP_ROW.match(line.text))


def _lines_above(lines: list[Line], i: int, count: int = 3) -> list[str]:
    """Up to ``count`` text lines just above line ``i``, nearest first, stopping at another table."""
    above: list[str] = []
    for j in range(i - 1, max(-1, i - 8), -1):
        if lines[j].blank:
            continue
        if _cells(lines[j]) is not None or len(above) == count:
            break
        above.append(lines[j].text)
    return above


def _first(pattern: regex.Pattern[str], texts: list[str], value: Callable[[regex.Match[str]], T]) -> T | None:
    """``value`` of the first match of ``pattern`` in ``texts``, nearest first; None without one."""
    for text in texts:
        if m := pattern.search(text):
            return value(m)
    return None


def _factor(m: regex.Match[str]) -> int:
    """Kroner per unit: ``1.000 kr.`` is 1000, ``mio. kr.`` 1,000,000, ``(kr.)`` 1."""
    unit = (m.group(1) or "").lower()
    if unit.startswith(("mio", "mill")):
        return 1_000_000
    return 1000 if unit else 1


def _align(cells: list[str], first_year: int) -> list[str]:
    """Join a row's label cells so its values sit under the header's years.

    A header ``Drift (1.000 kr.)\t2025`` has one label column; a row ``5.2\tKonsulenter\t-750``
    has two: ``_align(["5.2", "Konsulenter", "-750"], 1)`` -> ``['5.2 Konsulenter', '-750']``.
    """
    lead = 0
    while lead < len(cells) and cells[lead].strip() and not _VALUE.match(_number_text(cells[lead])):
        lead += 1
    extra = lead - first_year
    if extra <= 0:
        return cells
    return [" ".join(c.strip() for c in cells[: extra + 1]), *cells[extra + 1 :]]


def _number_text(cell: str) -> str:
    """A value cell in the form ``parse_number`` reads: ``"÷ 1.500"`` -> ``'-1.500'``."""
    return cell.strip().translate(_MINUS).replace(" ", "").replace("\u00a0", "")


def _row(cells: list[str], years: dict[int, str], kind: str | None, factor: int) -> BudgetLine | None:
    text_cells = [(j, c.strip()) for j, c in enumerate(cells) if j not in years and c.strip()]
    values = {}
    for j, year in years.items():
        cell = _number_text(cells[j]) if j < len(cells) else ""
        if cell and _VALUE.match(cell):
            values[year] = round(parse_number(cell) * factor)
    if not values or not text_cells:
        return None  # a group row such as "1. Vi skaber fremtiden sammen"
    ref = None
    if len(text_cells) > 1 and _REF.match(text_cells[0][1]):
        ref, title = text_cells[0][1].rstrip("."), " ".join(c for _, c in text_cells[1:])
    else:
        title = " ".join(c for _, c in text_cells)
        if m := _REF_PREFIX.match(title):
            ref, title = m.group("ref"), m.group("title")
    if _SUM_ROW.match(title):
        return None  # "I alt": a sum of the lines above, not a line of its own
    return BudgetLine(ref=ref, title=title.strip(), kind=kind, values=values)
