"""Section headings in every form councils write them, mapped to the contract's canonical kinds."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from dkcouncil.patterns import find_committees
from dkcouncil.schemas import Section

from .lines import Line

# Longest labels first so that "Økonomiske konsekvenser" is not read as "Økonomi".
_LABELS: list[tuple[str, str]] = [
    (
        r"Sammenhæng (?:til|med) [\p{L}\d ,/-]*|Politisk sammenhæng|Strategisk sammenhæng",
        "policy_context",
    ),
    (
        # "Økonomiske" alone: a left-column label wrapped over two lines ("Økonomiske" / "konsekvenser")
        r"Økonomiske konsekvenser|Økonomiske forhold|Økonomi og finansiering|Bevillingsmæssige konsekvenser|Bevilling"
        r"|Økonomiske(?=\s{2,}\p{Lu}|$)|Økonomi",
        "economy",
    ),
    (r"Forventet sagsgang|Videre proces|Sagens videre forløb|Videre forløb|Sagsgang|Tidsplan", "process"),
    (r"Beslutningskompetence|Kompetence", "competence"),
    (
        r"Sagens kerne|Sagen kort|Kort om sagen|Sagen i korte træk|Sammenfatning|Beslutningstema|Problemstilling"
        r"|Sagsresumé|Resumé|Resume|Baggrund",
        "background",
    ),
    (r"Sagsfremstilling|Sagsbeskrivelse|Redegørelse|Løsning", "case_presentation"),
    (
        # "Forvaltningens indstilling", "Borgmesterens indstilling": whoever recommends
        r"\p{Lu}[\p{L}-]*s\sindstilling|Forslag til beslutning|Indstilling|Forslag",
        "recommendation",
    ),
    # "Økonomiudvalgets beslutning den 14. maj 2025", "Teknik- og Miljøudvalgets beslutning"
    (
        r"(?:\p{Lu}[\p{L}]*-\sog\s)?\p{Lu}[\p{L}-]*(?:udvalgets|rådets|bestyrelsens|repræsentationens|Magistratens)\sbeslutning"
        r"|Udvalgets beslutning|Beslutning|Afgørelse",
        "decision",
    ),
    (r"Lovgrundlag|Lovhjemmel|Retsgrundlag|Hjemmel", "legal_basis"),
    (r"Høringssvar|Høring|Naboorientering|Partshøring|Borgerinddragelse|Inddragelse", "hearing"),
    (r"Bilag", "attachments"),
]
LABELS = "|".join(p for p, _ in _LABELS)  # every heading label, for finding run-in headings in flowed text
_LABEL = regex.compile(
    r"^(?:" + "|".join(f"(?P<k{i}>{p})" for i, (p, _) in enumerate(_LABELS)) + r")(?![\p{L}-])",
    regex.IGNORECASE,
)


_SECTION_NUMBER = regex.compile(r"^\d{1,2}\.\d{1,2}\.?\s+(?=\p{Lu})")  # "2.3 Sagsfremstilling"
# "Beslutning i Byrådet den 25-09-2024", "Regionsrådets beslutning den 23. juni 2025"
_DECIDED_BY = regex.compile(r"^\s(?:(?:i|fra|på)\s\p{Lu}|den\s\d)[^:]{0,120}:?$")
# "Beslutning i Økonomiudvalget den 04-06-2025 Godkendt.": body and date, then the decision run in
_DECIDED_BY_RUN_IN = regex.compile(
    r"^\s(?:(?:i|fra|på)\s\p{Lu}[^:\n]{0,100}?\s)?den\s(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}\.\s\p{Ll}+\s\d{4})"
    r"(?=\s+\p{Lu})"
)


@dataclass(frozen=True)
class Heading:
    kind: str
    heading: str  # as written, markup stripped
    line: Line
    body_start: int  # where the section's text starts (after a run-in heading, on the same line)


def _kind(match: regex.Match[str]) -> str:
    index = int(next(name for name, value in match.groupdict().items() if value)[1:])
    return _LABELS[index][1]


def section_heading(line: Line) -> Heading | None:
    """The section heading a line is, in any of its forms, or None.

    >>> [section_heading(l).kind for l in map(lambda s: Line(0, len(s), s), (
    ...     "### **Indstilling**", "SAGSFREMSTILLING", "Økonomi:", "Indstilling Direktøren indstiller, at"))]
    ['recommendation', 'case_presentation', 'economy', 'recommendation']
    """
    if line.blank:
        return None
    text = _SECTION_NUMBER.sub("", line.text)
    match = _LABEL.match(text)
    if match is None:
        return _dated_body(line, text)
    kind = _kind(match)
    label_end = match.end()
    rest = text[label_end:]
    if line.is_italic:
        # "*Sagsfremstilling*", "*Beslutning den 13. maj 2025*" set as headings; other italic lines
        # are sub-headings inside a section
        alone = not rest.strip(" :") or (kind == "decision" and _DECIDED_BY.match(rest))
        return Heading(kind, text.rstrip(":").strip(), line, line.end) if alone else None
    if regex.fullmatch(r"\s?/\s?[\p{L} ]{2,30}:?", rest):
        return Heading(kind, text.rstrip(":").strip(), line, line.end)  # "Økonomi/finansiering"
    if match.group().lower() == "forslag" and rest.strip(" :"):
        return None  # "Forslag fra Dansk Folkeparti om ..." is an item's title, "Forslag" alone a heading
    content_offset = line.raw.replace("\n", " ").find(text)
    styled = line.is_markdown_heading or line.is_bold or line.is_capitals
    if styled and len(text) < 160:
        return Heading(kind, text.rstrip(":").strip(), line, line.end)
    if not rest.strip(" :"):  # the label alone, with or without a colon
        return Heading(kind, text.rstrip(":").strip(), line, line.end)
    # ... and not a paragraph's line that happens to begin so ("Byrådets beslutning den 26. november
    # 2024. Der er kommet 14 høringssvar, og")
    sentence_in = regex.search(r"[.!?]\s+\p{Lu}", rest)
    if kind == "decision" and _DECIDED_BY.match(rest) and not rest.rstrip().endswith(".") and not sentence_in:
        # "Beslutning i Byrådet den 25-09-2024" alone on its line: the heading names body and date
        return Heading(kind, text.rstrip(":").strip(), line, line.end)
    if kind == "decision" and (run_in := _DECIDED_BY_RUN_IN.match(rest)):
        heading_end = label_end + run_in.end()
        gap = len(text[heading_end:]) - len(text[heading_end:].lstrip())
        return Heading(kind, text[:heading_end], line, line.start + content_offset + heading_end + gap)
    gap = len(rest) - len(rest.lstrip())
    if gap >= 3 and rest.lstrip()[:1].isupper():
        # a left-column label: "Beslutning          For stemte 26: A, V" has no colon of its own
        return Heading(kind, text[:label_end], line, line.start + content_offset + label_end + gap)
    colon = text.find(":")
    # A sentence before the colon ("Beslutning Godkendt. For stemte: A") means the colon is not the heading's.
    sentence_first = regex.search(r"[.!?]\s+\p{Lu}", text[: max(colon, 0)])
    if 0 <= colon < 140 and not sentence_first and (kind == "decision" or colon == label_end):
        # "Beslutning i Byrådet den 9. april 2025: Godkendt." or "Indstilling: Direktøren indstiller ..."
        return Heading(kind, text[:colon].strip(), line, line.start + content_offset + colon + 1)
    # run into the text: "Indstilling Direktøren indstiller, at ...", or a left-column label
    # ("Sagsfremstilling    Merforbruget skyldes ...", "Bilag      1. Udkast til planen")
    # a list in the right column, or run in after "Bilag": "Bilag 1. Kort 2. Notat"
    listed = (gap >= 3 or kind == "attachments") and regex.match(r"\d{1,2}[.)]\s+\p{Lu}", rest[gap:])
    if rest[:1].isspace() and (rest.lstrip()[:1].isupper() or listed):
        return Heading(kind, text[:label_end], line, line.start + content_offset + label_end + gap)
    return None


# A heading the contract has no kind for: short, capitalised, no sentence ("Kommunikation", "Miljøvurdering")
_OTHER = regex.compile(r"^\p{Lu}[\p{L}\d ,/()-]{2,58}[\p{L})]:?$")


def _cell(line: Line) -> str | None:
    """The label of a row set as label and text in two cells: ``Miljøvurdering<TAB>Planen ...``."""
    label, tab, _ = line.raw.strip().partition("\t")
    return label.strip() if tab else None


def _style(lines: list[Line], j: int) -> tuple[str, int] | None:
    """How line ``j`` is set as a heading: Markdown level, bold, capitals, a table's label cell, or a
    plain line opening a paragraph."""
    line = lines[j]
    if _cell(line):
        return "cell", 0
    if line.is_markdown_heading:
        return "#", len(line.raw.lstrip()) - len(line.raw.lstrip().lstrip("#"))
    if line.is_bold:
        return "bold", 0
    if line.is_capitals:
        return "capitals", 0
    if (j == 0 or lines[j - 1].blank or line.raw.startswith("\f")) and line.raw.strip() == line.text:
        return "plain", int(j + 1 < len(lines) and lines[j + 1].blank)
    after_sentence = j > 0 and lines[j - 1].text.endswith((".", "!", "?", ":"))
    if line.raw.strip() == line.text and after_sentence and len(line.text) < 60:
        # text without blank lines (pdftotext): a short line after a sentence's end
        return "bare", 0
    return None


def other_headings(lines: list[Line], lo: int, hi: int, headings: list[Heading]) -> list[Heading]:
    """Headings of kind ``other`` among ``lines[lo:hi]``: lines set like the item's known headings.

    Only between the item's first known heading and its first decision, so that a signature or a
    short line in a decision never cuts the decision's text.
    """
    index = {lines[j].start: j for j in range(lo, hi)}
    known = [
        index[h.line.start]
        for h in headings
        if (h.body_start == h.line.end or _cell(h.line)) and h.line.start in index
    ]
    if not known:
        return []
    styles = {_style(lines, j) for j in known} - {None}
    # "Fordelt på områder:" over a list is a lead-in when the item's headings have no colons
    colons = any(lines[j].text.rstrip().endswith(":") for j in known)
    decisions = [index[h.line.start] for h in headings if h.kind == "decision" and h.line.start in index]
    last = decisions[0] if decisions else max(known)
    taken = {index[h.line.start] for h in headings if h.line.start in index}
    found = []
    for j in range(min(known) + 1, last):
        line = lines[j]
        cell = _cell(line)
        label = cell or line.text
        if j in taken or line.blank or not _OTHER.match(label) or len(label.split()) > 6:
            continue
        if label.endswith(":") and not colons:
            continue
        style = _style(lines, j)
        # in text without blank lines, a page break's blank line before a bare heading makes it plain
        if style in styles or (style and style[0] == "plain" and ("bare", 0) in styles):
            body_start = line.start + line.raw.find("\t") + 1 if cell else line.end
            found.append(Heading("other", label.rstrip(":"), line, body_start))
    return found


# A web page's decision heading is the body and the date alone: "Økonomiudvalget den 11. september 2025"
_BODY_DATED = regex.compile(
    r"^(?P<body>\p{Lu}[\p{L} -]{3,60}?)(?:\s(?:den|d\.)\s|,\s)\d{1,2}[.-]\s?[\p{L}\d]"
)


def _dated_body(line: Line, text: str) -> Heading | None:
    styled = line.is_markdown_heading or line.is_bold
    m = _BODY_DATED.match(text) if styled and len(text) < 80 else None
    if m is None or not (found := find_committees(m.group("body"))) or found[0].start != 0:
        return None
    return Heading("decision", text.rstrip(":").strip(), line, line.end)


def build_sections(text: str, headings: list[Heading], end: int) -> list[Section]:
    """Sections from consecutive headings; each runs to the next heading or ``end``.

    A heading followed at once by a run-in heading of the same kind (``### Indstilling`` then
    ``Indstilling Direktøren indstiller, at ...``) is one section, not two.
    """
    headings = [
        h
        for i, h in enumerate(headings)
        if not (
            i + 1 < len(headings)
            and headings[i + 1].kind == h.kind
            and not text[h.body_start : headings[i + 1].line.start].strip()
        )
    ]
    sections = []
    for i, heading in enumerate(headings):
        stop = headings[i + 1].line.start if i + 1 < len(headings) else end
        body = text[heading.body_start : stop] if heading.body_start < stop else ""
        section_end = heading.line.start + len(text[heading.line.start : stop].rstrip())
        sections.append(
            Section(
                kind=heading.kind,
                heading=heading.heading,
                text=body.strip(),
                start=heading.line.start,
                end=max(section_end, heading.line.start),
            )
        )
    return sections
