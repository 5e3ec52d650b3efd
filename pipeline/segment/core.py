"""The segment stage's entry point and output type: the structure of a council document."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from dkcouncil.patterns import find_committees
from dkcouncil.schemas import AgendaItem, Body, BudgetInitiative, BudgetLine, Meeting, Person
from dkcouncil.schemas.models import DocType

from . import budget
from .attendance import read_list, read_table
from .decisions import decision
from .flow import flowed_lines, is_flowed
from .items import (
    ItemStart,
    access,
    attachments,
    case_numbers,
    find_item_starts,
    keyed_case_numbers,
    single_case,
)
from .lines import Line, parts, split_lines
from .meeting import body as find_body
from .meeting import keyed
from .meeting import meeting as find_meeting
from .meeting import municipality as find_municipality
from .sections import Heading, build_sections, other_headings, section_heading


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
    initiatives: list[BudgetInitiative] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


_BUDGET = regex.compile(r"\b(?:Aftale om budget|Budgetaftale|Budgetforlig|Aftale om budgettet)\b", regex.I)
_AGENDA = regex.compile(r"\bDagsorden\b")
_MINUTES = regex.compile(r"\b(?:Referat|Beslutningsprotokol|Protokol)\b", regex.I)
_NAV_LINE = regex.compile(r"^\s*\S+(?:\s{3,}\S+){2,}\s*$")  # "Om        Medlemmer        Bestyrelsen"


def _title(lines: list[Line]) -> str | None:
    """The first line, or a level-1 Markdown heading below it (``Aalborg Kommune`` / ``# Title``)."""
    head = [line for line in lines[:20] if not line.blank and not line.is_toc]
    if not head:
        return None
    top = next((line for line in head if regex.match(r"#\s", line.raw.lstrip())), head[0])
    return top.text or None


# A case page's fields that may stand above the case's title: "Beslutningskompetence", "Sagens kerne"
_FIELDS_ABOVE = ("competence", "background")


def _fields_above(lines: list[Line], start: ItemStart) -> list[Heading]:
    """The sections of a document's only item that stand above its heading."""
    return [h for j in range(start.index) if (h := section_heading(lines[j])) and h.kind in _FIELDS_ABOVE]


def _item(
    text: str, lines: list[Line], start: ItemStart, stop: int, seg: Segmentation, above: list[Heading]
) -> AgendaItem:
    end = lines[stop - 1].end if stop > 0 else len(text)
    headings = [h for j in range(start.body_index, stop) if (h := section_heading(lines[j]))]
    headings = sorted(
        headings + other_headings(lines, start.body_index, stop, headings), key=lambda h: h.line.start
    )
    first_section = headings[0].line.start if headings else end
    head = [line for line in lines[start.index : stop] if line.start < first_section]
    # the fields above end where the item's heading starts; their sections come first
    sections = build_sections(text, above, lines[start.index].start) + build_sections(text, headings, end)
    default_body = seg.body.name if seg.body else None
    default_date = seg.meeting.date if seg.meeting else None
    decisions = [
        d
        for s in sections
        if s.kind == "decision"
        and (d := decision(s.heading, s.text, default_body=default_body, default_date=default_date))
    ]
    absent: list[Person] = []
    j = start.index
    while j < stop:
        found = read_list(lines, j)
        if found and found[0] == "absent":
            absent.extend(found[1])
            j = found[2]
        else:
            j += 1
    return AgendaItem(
        number=start.number,
        title=start.title,
        case_numbers=case_numbers(head),
        access=access(head),
        sections=sections,
        decision=decisions[-1] if decisions else None,
        decisions=decisions,
        absent=absent,
        attachments=[a for s in sections if s.kind == "attachments" for a in attachments(s.text)],
        start=lines[start.index].start,
        end=max(end, lines[start.index].start),
    )


def _attendance(lines: list[Line], seg: Segmentation) -> None:
    j = 0
    while j < len(lines):
        if table := read_table(lines, j):
            present, away, j = table
            seg.participants.extend(present)
            seg.absent.extend(away)
            continue
        found = read_list(lines, j)
        if found is None:
            j += 1
            continue
        kind, people, j = found
        (seg.participants if kind == "present" else seg.absent).extend(people)
    # A member list that names everyone, then "Fraværende: X": X was away, not there.
    away = {p.name for p in seg.absent}
    seg.participants = [p for p in seg.participants if p.name not in away]


def _doc_type(text: str, lines: list[Line], seg: Segmentation, single: bool, source_format: str) -> DocType:
    head = text[:1500]
    decided = any(item.decisions for item in seg.items)
    if single or (len(seg.items) == 1 and not seg.participants and decided):
        return "case"
    if seg.items:
        if _AGENDA.search(head) and not decided:
            return "agenda"
        return "minutes" if decided or _MINUTES.search(head) else "agenda"
    first = next((line for line in lines if not line.blank), None)
    if source_format == "html" or (first is not None and _NAV_LINE.match(first.raw)):
        return "webpage"
    return "report" if len(text.split()) > 200 else "other"


def segment(text: str, *, source_format: str = "text") -> Segmentation:
    """Find the structure of a council document.

    ``source_format`` is the reader's format (text, markdown, html, pdf): a hint, never required.
    """
    lines = flowed_lines(text) if is_flowed(text) else split_lines(text)
    seg = Segmentation(title=_title(lines))
    seg.agreement_parties = budget.agreement_parties(lines)
    seg.budget_lines = budget.budget_lines(lines)
    starts = find_item_starts(lines)
    # A case's economy table has years too: only an agreement's title or parties make a budget
    # agreement; its title comes before any numbered heading, where an agenda's items may name one.
    head_end = lines[starts[0].index].start if len(starts) > 1 else len(text)
    if _BUDGET.search(text[: min(1500, head_end)]) or (seg.budget_lines and seg.agreement_parties):
        seg.signatories = budget.signatories(lines)
        seg.initiatives = budget.initiatives(lines, text)
        seg.body = budget.adopting_body(text)
        seg.doc_type = "budget_agreement"
        return seg
    single = None if starts else single_case(lines)
    if single:
        starts = [single]
    header = lines[: starts[0].index] if starts else lines[:40]
    if len(starts) == 1:
        # One case names its meeting date between its title and its first section.
        header = lines[: _first_section(lines, starts[0])]
    seg.body = find_body(header, text)
    seg.meeting = find_meeting(header)
    incomplete = seg.meeting is None or seg.meeting.time is None or seg.meeting.location is None
    # A case page's sidebar: "Mødedato: ...", "Mødested: ..." after the case
    if (
        len(starts) == 1
        and incomplete
        and (side := find_meeting(keyed(lines[_first_section(lines, starts[0]) :])))
    ):
        found = seg.meeting.model_dump() if seg.meeting else {}
        seg.meeting = Meeting(**{k: found.get(k) or v for k, v in side.model_dump().items()})
    _attendance(header, seg)
    if not starts and any((h := section_heading(line)) and h.kind == "decision" for line in lines):
        # A case without a number line: the whole document is its one item.
        starts = [ItemStart(0, None, seg.title or "", 1)]
        single = starts[0]
    for k, start in enumerate(starts):
        stop = starts[k + 1].index if k + 1 < len(starts) else len(lines)
        above = _fields_above(lines, start) if len(starts) == 1 else []
        seg.items.append(_item(text, lines, start, stop, seg, above))
    if len(seg.items) == 1 and not seg.items[0].case_numbers:
        seg.items[0].case_numbers = keyed_case_numbers(lines)  # a case page's sidebar
    if not seg.absent and not seg.participants:
        # A protocol without an attendance list, saying "Fraværende:" per item: who was away for
        # part of the meeting. With a list, a member away for one item was at the meeting.
        seg.absent = list({p.name: p for item in seg.items for p in item.absent}.values())
    _from_decisions(seg, text)
    if single is not None and seg.items and seg.items[0].number is None:
        seg.items[0].number = _point_number(seg.items[0]) or _point_line(header)
    seg.doc_type = _doc_type(text, lines, seg, single is not None, source_format)
    if seg.doc_type == "report":
        seg.items = []
    seg.warnings.extend(_doubts(seg))
    return seg


def _doubts(seg: Segmentation) -> list[str]:
    """What a reader should check: gaps a well-formed document of this type would not have."""
    doubts = []
    if seg.doc_type in ("minutes", "agenda", "case") and (seg.meeting is None or seg.meeting.date is None):
        doubts.append("no meeting date found")
    if seg.doc_type in ("minutes", "agenda") and seg.body is None:
        doubts.append("no deciding body found")
    numbers = [item.number for item in seg.items if item.number]
    doubts.extend(
        f"item number {n} appears more than once"
        for n in sorted({n for n in numbers if numbers.count(n) > 1})
    )
    for item in seg.items:
        if seg.doc_type == "minutes" and item.decision is None:
            doubts.append(f"no decision found for item {item.number or item.title!r}")
    unlettered = [p.name for p in seg.participants + seg.absent if p.party is None]
    if unlettered:
        doubts.append(f"attendance without a party letter: {', '.join(unlettered[:5])}")
    return doubts


_POINT = regex.compile(r",\s(?:pkt|punkt)\.?\s(?P<num>\d{1,4})\b", regex.I)
# "Punkt: 164", and a key/value table's row "| Punkt | 6 |"
_POINT_KEY = regex.compile(r"^(?:Punkt|Pkt\.|Dagsordenspunkt)\s?[:|]\s?(?P<num>\d{1,4})\b")


# "Byrådet · Punkt 12 · Åben sag": a part of a header line that is the number alone
_POINT_PART = regex.compile(r"(?:Punkt|Pkt\.|Dagsordenspunkt)\s(?P<num>\d{1,4})")


def _point_line(header: list[Line]) -> str | None:
    """A case page's number as a key in its header: ``Punkt: 164 · Sagsnr.: 25-21337``."""
    for line in header:
        if m := _POINT_KEY.match(line.text.strip(" |")):
            return m.group("num")
        pieces = parts(line.text)
        found = (
            [m for piece in pieces if (m := _POINT_PART.fullmatch(piece.strip()))] if len(pieces) > 1 else []
        )
        if found:
            return found[0].group("num")
    return None


def _point_number(item: AgendaItem) -> str | None:
    """A single case's number on the last agenda it was on: ``Beslutning fra Byrådet, 22. september 2025, pkt. 11``."""
    for section in reversed(item.sections):
        if section.kind == "decision" and (m := _POINT.search(section.heading)):
            return m.group("num")
    return None


def _first_section(lines: list[Line], start: ItemStart) -> int:
    """Index of the first section heading of the item at ``start`` (or the end of the lines)."""
    return next((j for j in range(start.body_index, len(lines)) if section_heading(lines[j])), len(lines))


def _competent_body(seg: Segmentation) -> str | None:
    """A single case's ``Beslutningskompetence`` section names its body: ``Teknik- og Miljøudvalget``."""
    if len(seg.items) != 1:
        return None
    for section in seg.items[0].sections:
        if section.kind == "competence" and (found := find_committees(section.text[:200])):
            return str(found[0].normalized)
    return None


def _from_decisions(seg: Segmentation, text: str) -> None:
    """A single case names its body and date only in its decision headings: the last decides."""
    if seg.body is None and (name := _competent_body(seg)):
        seg.body = Body(name=name, municipality=find_municipality([], text))
    decisions = [d for item in seg.items for d in item.decisions]
    if not decisions:
        return
    last = decisions[-1]
    if len(seg.items) == 1 and last.body and (seg.body is None or seg.body.name != last.body):
        municipality = seg.body.municipality if seg.body else find_municipality([], text)
        seg.body = Body(name=last.body, municipality=municipality)
    if seg.meeting is None or seg.meeting.date is None:
        dated = [d.date for d in decisions if d.date]
        if dated:
            seg.meeting = Meeting(
                date=dated[-1],
                time=seg.meeting.time if seg.meeting else None,
                location=seg.meeting.location if seg.meeting else None,
            )
    elif len(seg.items) == 1 and last.date and last.date != seg.meeting.date:
        seg.meeting = seg.meeting.model_copy(update={"date": last.date})
