"""Agenda items: where each starts, its number and title, case numbers, access and attachments."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from dkcouncil.patterns import find_case_numbers
from dkcouncil.schemas import Attachment

from .attendance import attendance_label
from .lines import Line, next_content, parts
from .sections import section_heading

# "3.1. Title", and a lettered agenda's "A1. Title" (A: to decide, B: to note)
_NUMBERED = regex.compile(
    r"^(?P<num>(?:[A-Z]\d{1,2}|\d{1,3})(?:\.\d{1,2}){0,2})(?P<dot>\.?)(?:\s*[|–]\s*|\s+)(?P<title>\p{Lu}.*)$"
)
_LABELLED = regex.compile(
    r"^(?:(?:Dagsordenspunkt|Punkt|Pkt\.)(?:\snr\.)?|Sag\snr\.|Sag)\s?(?P<num>\d{1,4})(?!\d|[./-]\d)\s*[:.–—-]?\s*(?P<title>.*)$",
    regex.I,
)
# "Godkendelse af dagsorden                     Pkt. 61": the number right-aligned after the title
_TRAILING = regex.compile(r"^(?P<title>\p{L}[^\t]*?\S)(?:\s{3,}|\t)(?:Pkt\.|Punkt)\s?(?P<num>\d{1,4})$")
# "Punkt 7 · Sag nr. 25/11408 · Åben sag": metadata after the number, the title on its own line
_META_TITLE = regex.compile(r"^[·•|–-]\s|^(?:Sag|Sagsnr|Åben|Lukket)\b")
_CODED = regex.compile(r"^(?P<num>\p{Lu}{1,4}-\d{1,4}/\d{2}(?:-\p{Lu})?)\s+(?P<title>\p{Lu}.*)$")
_SINGLE_CASE = regex.compile(r"^(?P<case>[0-3]\d/\d{2,6})\s+(?P<access>Åben|Lukket)\s+[Ss]ag\b")
_ACCESS = regex.compile(
    r"^(?:\()?(?P<access>Åben|Lukket)(?:\s(?:sag|punkt|dagsordenspunkt))?(?:\))?$"
    r"|\s\((?P<access>Åben|Åbent|Lukket)(?:\s(?:sag|punkt))?\)$"  # at the title's end
    r"|\S(?:\s{3,}|[ ]?\t)(?P<access>Åben|Åbent|Lukket)(?:\s(?:sag|punkt))?$"  # right-aligned after it
    r"|\S\s(?:[-–]\s)?(?P<access>(?-i:Åben|Åbent|Lukket))(?:\s(?:sag|punkt))?$",  # a marker run into the heading
    regex.I,
)
# "Sag nr. 112" numbers an item; "Sag nr. 05.05.00-P20-14-25" is a case number.
# "ØU-55/07-O": the code's last letter says open (O) or closed (L, lukket).
_CODED_ACCESS = regex.compile(r"^\p{Lu}{1,4}-\d{1,4}/\d{2}-(?P<code>[OL])\b")
_CASE_LABEL = regex.compile(
    r"^(?:[-•]\s)?(?:Sagsnr|Sag\snr(?!\.?\s*\d{1,4}(?:\s|$))|Sags-ID|Journalnr|Journalnummer|J\.nr|Sagsnummer|Sag(?=:))\.?\s*:?\s*(?P<case>\S+)",
    regex.I,
)
# "1. Title (B)": a case-type marker; "Salg af ejendom (lukket punkt)": the access in parentheses;
# right-aligned ("Åben sag" after a gap or a tab) or run in ("Salg af grund Lukket punkt",
# "Køb af areal - Lukket punkt", "Takster Åben"): the access after the title
_TITLE_MARKER = regex.compile(
    r"\s\((?:[A-ZÆØÅ]|(?i:lukket|åben|åbent)(?:\s(?i:punkt|sag))?)\)$"
    r"|(?<=\S)(?:\s{3,}|[ ]?\t|\s(?:[-–]\s)?)(?:Åben|Åbent|Lukket)(?:\s(?:sag|punkt))?$"
)
_ATTACHMENT = regex.compile(
    r"^(?P<num>\d{1,3})\s*[-.)]\s*(?:\d{5,9}\s+)?(?:(?:Åben|Lukket)\s+)?(?P<title>.+?)(?:\s+\((?P<ref>[\d/.-]+)\))?(?:\s+\(\p{Lu}\))?$"
)


_TITLE_CASE = regex.compile(r"\s\((?P<case>[^()]{4,40})\)$")


def _clean_title(title: str) -> str:
    """The title without its markers: ``_clean_title("Salg af grund (2024-0877310)")`` is ``'Salg af grund'``.

    A case-type letter ("(B)"), the access ("(lukket punkt)") and a case number go; the case
    number is kept among the item's case numbers.
    """
    title = _TITLE_MARKER.sub("", title).strip()
    case = _TITLE_CASE.search(title)
    if case and find_case_numbers(case.group("case")):
        title = title[: case.start()].strip()
    return title


@dataclass(frozen=True)
class ItemStart:
    index: int  # the line where the item starts
    number: str | None
    title: str
    body_index: int  # the first line after the item's heading


def _is_label(line: Line) -> bool:
    return bool(section_heading(line) or attendance_label(line) or _CASE_LABEL.match(line.text))


def _hanging(lines: list[Line], i: int, title: str, body_index: int) -> tuple[str, int]:
    """A title wrapped with a hanging indent: the next lines start in the title's column.

    ``Pkt. 65   Ansøgning om tilskud til nyt`` / ``          forsamlingslokale``
    """
    column = lines[i].raw.find(title[:20]) if title else -1
    while column > 0 and body_index < len(lines):
        raw = lines[body_index].raw
        text = raw.strip()
        indent = len(raw) - len(raw.lstrip(" "))
        if indent != column or not text or _is_label(lines[body_index]) or _META_TITLE.match(text):
            break
        if _ACCESS.search(text) or find_case_numbers(text):
            break
        title, body_index = f"{title} {text}", body_index + 1
    return title, body_index


def _title_goes_on(lines: list[Line], k: int) -> bool:
    """Line ``k`` ends a title begun on the line above: short, not a label, and a label or a gap after it."""
    if k + 1 >= len(lines) or lines[k].blank or len(lines[k].text) > 100:
        return False
    line, after = lines[k], lines[k + 1]
    if _is_label(line) or _META_TITLE.match(line.text) or find_case_numbers(line.text) or line.is_rule:
        return False
    return after.blank or after.is_rule or _is_label(after)


def _continues(title: str, below: str) -> bool:
    """The line below goes on with the title: it starts in lower case or the title ends mid-phrase."""
    return (
        below[:1].islower() or regex.search(r"(?:\s(?:og|for|til|i|af|ved|om|med)|[,–-])$", title) is not None
    )


def _numbered(lines: list[Line], i: int) -> ItemStart | None:
    line = lines[i]
    m = _NUMBERED.match(line.text)
    if not m or line.is_toc or line.is_italic:
        return None
    title = _clean_title(m.group("title"))
    styled = line.is_markdown_heading or line.is_bold
    if not styled:
        # A plain numbered line is an item only as its own paragraph with a title-like text.
        after_blank = i == 0 or lines[i - 1].blank or lines[i - 1].is_rule or line.raw.startswith("\f")
        # Text copied from a PDF has no blank lines: there the case number or the access below
        # ("Sagsnr.: 27.12.00-P20-3-25", "Lukket sag") marks the heading.
        below = lines[i + 1].text if i + 1 < len(lines) else ""
        case_below = bool(
            _CASE_LABEL.match(below) or regex.match(r"(?:Åben|Åbent|Lukket)\s(?:[Ss]ag|punkt)$", below)
        )
        after_blank = after_blank or case_below
        # A title ends without a full stop, but may end in an abbreviation: "Karise Fjernvarme A.m.b.a."
        sentence = title.endswith(".") and not regex.search(
            r"(?<!\p{L})\p{L}{1,4}\.(?:\p{L}{1,4}\.)+$", title
        )
        if not (m.group("dot") and after_blank and len(title) < 120 and not sentence):
            return None
    if section_heading(Line(0, len(title), title)):
        return None
    title, body_index = _hanging(lines, i, title, i + 1)
    if body_index == i + 1 and _title_goes_on(lines, i + 1) and _continues(title, lines[i + 1].text):
        title, body_index = f"{title} {lines[i + 1].text}", i + 2
    return ItemStart(i, m.group("num"), title, body_index)


def _labelled(lines: list[Line], i: int) -> ItemStart | None:
    line = lines[i]
    m = _LABELLED.match(line.text) or _TRAILING.match(line.text) or _CODED.match(line.text)
    if not m or line.is_toc:
        return None
    title = m.group("title").strip()
    body_index = i + 1
    if m.re is _TRAILING and i and not lines[i - 1].blank and not lines[i - 1].is_rule:
        # a title wrapped onto two lines, the number on the second
        return ItemStart(i - 1, m.group("num"), f"{lines[i - 1].text} {title}", body_index)
    if m.re is _TRAILING and not title[0].isupper():
        return None
    while lines[i].is_boxed and body_index < len(lines) and lines[body_index].is_boxed:
        title = f"{title} {lines[body_index].text}"  # a title wrapped inside its box
        body_index += 1
    if _META_TITLE.match(title):
        title = ""
    elif title:
        title, body_index = _hanging(lines, i, title, body_index)
    if not title:
        j = next_content(lines, i)
        if j is not None and not _is_label(lines[j]) and len(lines[j].text) < 150:
            title, body_index = lines[j].text, j + 1
            if _title_goes_on(lines, body_index):  # a title wrapped onto a second line
                title, body_index = f"{title} {lines[body_index].text}", body_index + 1
        else:  # a web page names the case in the heading above "Sag nr. 88"
            above = [k for k in range(i - 1, -1, -1) if lines[k].is_markdown_heading]
            title = lines[above[0]].text if above else ""
    title = _clean_title(title)
    return ItemStart(i, m.group("num"), title, body_index) if title else None


def find_item_starts(lines: list[Line]) -> list[ItemStart]:
    """Where the agenda items start, group headings with sub-items and empty groups left out."""
    starts = []
    plain: set[int] = set()  # numbered lines without heading markup
    for i, line in enumerate(lines):
        if line.blank:
            continue
        start = _labelled(lines, i) or _numbered(lines, i)
        if start is not None:
            starts.append(start)
            if not (line.is_markdown_heading or line.is_bold) and _NUMBERED.match(line.text):
                plain.add(i)
    if len(plain) < len(starts):
        # An agenda whose items are headings: a plain "1. Årsberetning 2024" is a list line (Bilag).
        starts = [s for s in starts if s.index not in plain]
    numbers = {s.number for s in starts if s.number}
    # With sub-numbered items (1.1, 3.4) an empty top-level heading is an empty group ("4. Udpegninger");
    # in a flat agenda a bare numbered point ("7. Eventuelt") is an item of its own.
    nested = any(regex.match(r"\d+\.\d", n) for n in numbers)
    kept = []
    for k, start in enumerate(starts):
        if start.number and any(n.startswith(f"{start.number}.") for n in numbers):
            continue  # "1. Godkendelse af referat" grouping 1.1, 1.2 ...
        stop = starts[k + 1].index if k + 1 < len(starts) else len(lines)
        if start.number in {s.number for s in starts[k + 1 :]} and not any(
            section_heading(lines[j]) for j in range(start.body_index, stop)
        ):
            continue  # a contents list without page numbers: the item comes again, with its sections
        if nested and not any(not lines[j].blank for j in range(start.body_index, stop)):
            continue
        kept.append(start)
    return kept


def single_case(lines: list[Line]) -> ItemStart | None:
    """A document that is one case: ``25/431      Åben Sag`` under the case's title."""
    for i, line in enumerate(lines):
        if _SINGLE_CASE.match(line.text):
            above = [k for k in range(i - 1, -1, -1) if not lines[k].blank]
            title = lines[above[0]].text if above else ""
            return ItemStart(above[0] if above else i, None, title, i)
    return None


def access(head: list[Line]) -> str | None:
    """'open' or 'closed' from the item's first lines: ``Åben``, ``Lukket punkt``, ``25/431 Åben Sag``.

    >>> access([Line(0, 0, "ØU-56/07-L Køb af grund")])
    'closed'
    """
    for line in head:
        text = line.text
        m = _ACCESS.search(text) or _SINGLE_CASE.match(text)
        if m:
            return "open" if m.group("access").lower().startswith("å") else "closed"
        if m := _CODED_ACCESS.match(text):
            return "open" if m.group("code") == "O" else "closed"
    return None


def case_numbers(head: list[Line]) -> list[str]:
    """Case numbers in the item's heading lines, in order, once each."""
    found: list[str] = []
    for line in head:
        numbers = [str(m.normalized) for m in find_case_numbers(line.text)]
        # "Punkt: 164 · Sagsnr.: 25-21337 · Åbent punkt": a labelled part of a line
        for part in parts(line.text) if not numbers else []:
            if m := _CASE_LABEL.match(part) or _SINGLE_CASE.match(part):
                numbers.append(m.group("case").rstrip(".,"))
        found.extend(n for n in numbers if n not in found)
    return found


def keyed_case_numbers(lines: list[Line]) -> list[str]:
    """Case numbers on lines that start with their key (``- Sagsnr.: 25/3371``), wherever they stand:
    a case page puts its number in a sidebar after the case."""
    return case_numbers([line for line in lines if _CASE_LABEL.match(line.text)])


def attachments(text: str) -> list[Attachment]:
    """Attachment lines of a Bilag section.

    >>> attachments("1 - 3734063\\tÅben\\tOm Balance Danmark 2024\\t(16514/25)\\t(H)")
    [Attachment(number='1', title='Om Balance Danmark 2024', ref='16514/25')]
    """
    found = []
    for raw in text.split("\n"):
        line = regex.sub(r"\s+", " ", raw).strip(" -•")
        if not line:
            continue
        m = _ATTACHMENT.match(line)
        if m:
            found.append(
                Attachment(number=m.group("num"), title=m.group("title").strip(), ref=m.group("ref"))
            )
        elif not line.startswith("./."):
            found.append(Attachment(title=line))
    return found
