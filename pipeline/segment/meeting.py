"""The meeting: deciding body, municipality, date, time and place, from every common header form."""

from __future__ import annotations

import regex

from dkcouncil.patterns import find_committees, find_dates, municipality_name, municipality_pattern
from dkcouncil.schemas import Body, Meeting

from .lines import Line, parts

# "Mødedato: ...", from a web page's key/value table "Mødedato<TAB>...", or with dot leaders "Mødedato ....... ..."
# (as short as "Starttidspunkt .. 08:30" when the keys are padded to one width)
_KEY_END = r"(?:\s*(?::\s*)?\||\s*:|\t|\s*\.{2,}\s*:?|\s{2,})"  # "| Mødested: | Lokale 3 |" too  # also a table's wide gap: "Mødedato       Mandag ..."
_DATE_KEYS = (
    r"Mødedato|Dato|Tidspunkt|Mødetidspunkt|Starttidspunkt|Starttid|Mødestart|Start kl\.|Start|Mødetid|Tid"
)
_PLACE_KEYS = r"Mødested|Sted|Mødelokale"
_DATE_LINE = regex.compile(rf"^(?:[-•|]\s*)?(?:{_DATE_KEYS}){_KEY_END}\s*(?P<rest>.+)$", regex.I)
_PLACE_LINE = regex.compile(rf"^(?:[-•|]\s*)?(?:{_PLACE_KEYS}){_KEY_END}\s*(?P<rest>.+)$", regex.I)
# A key alone on its line, its value on the next: "Mødetidspunkt" / "16:30", as text copied from a web page
_KEY_ALONE = regex.compile(rf"(?:{_DATE_KEYS}|{_PLACE_KEYS}):?", regex.I)
# Keys run together on one line, as a web header's spans are: "Teknisk Udvalg Mødedato: 03.06.2025 Mødested: ..."
_KEY_INSIDE = regex.compile(rf"(?<=\S)\s+(?=(?:{_DATE_KEYS}|{_PLACE_KEYS}):\s)")
# "tirsdag den 7. oktober 2025 kl. 16.00" on a line of its own, the place often on the next
_WEEKDAY_LINE = regex.compile(r"^(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b", regex.I)
# The place below the date: "i Byrådssalen", "Lokale C.2.05, Horsens Rådhus", "Rådhuset, 6400 Sønderborg"
_PLACE_NEXT = regex.compile(
    r"^(?:i\s(?P<in>\p{Lu}.{2,120})|(?P<hall>(?=[^|]{0,80}(?:(?i:sal|salen|lokale|rådhus|rådhuset)\b|\b\d{4}\s\p{Lu}))[^|]{3,150}))$"
)
# A time, also the start of a range ("kl. 16.00-18.30"), never a date's "18.06-2024" or an amount
_TIME = regex.compile(
    r"(?:kl\.?\s*)?(?<![\d.-])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d.]|-(?!\s?\d{1,2}[:.]\d{2})|\s?kr)"
)
_MEETING_SENTENCE = regex.compile(
    r"(?:Referat|Dagsorden|Beslutningsprotokol)\s(?:fra|af|for)\s(?P<what>.{0,200}?)\s?møde\w*\s(?P<rest>.*)$",
    regex.I,
)
_MEETING_WORD = regex.compile(r"\bmødet?\b", regex.I)
_DASHED = regex.compile(r"^(?P<body>[^–—\n]{3,120}?)\s[–—-]\s(?:Referat|Dagsorden|Beslutningsprotokol)\b")
_NEXT = regex.compile(r"Næste\smøde", regex.I)
_PLACE_AFTER_TIME = regex.compile(r"kl\.?\s?\d{1,2}[.:]\d{2}(?:,\s|\si\s|\s[·–—]\s)(?P<where>[^\n]{1,150})$")
_COUNCIL_GENITIVE = regex.compile(
    r"(?<![\p{L}-])(?P<town>\p{Lu}[\p{L}-]+)\s(?P<council>Byråds|Kommunalbestyrelses|Regionsråds)\b"
)


def _time(text: str) -> str | None:
    """``_time("18-06-2024 10:00")`` is ``'10:00'``; ``_time("kl. 16.00 i salen")`` is ``'16:00'``."""
    text = regex.sub(r"\d{1,2}[-./]\d{1,2}[-./]\d{4}", " ", text)
    m = _TIME.search(text)
    return f"{int(m.group(1)):02d}:{m.group(2)}" if m else None


def _first_date(text: str) -> str | None:
    dates = [d.normalized for d in find_dates(text) if d.normalized]
    return str(dates[0]) if dates else None


def _place(text: str) -> str | None:
    """The place after the time: ``_place("den 3. marts kl. 15.30 i Mødelokale 2.")`` is ``'Mødelokale 2'``."""
    m = _PLACE_AFTER_TIME.search(text)
    return m.group("where").strip(" .") if m else None


def _run_on(content: list[Line], k: int) -> str:
    """Line ``k`` with the lines that go on with it: a value or a sentence wrapped mid-phrase.

    ``Mødested:  Mødelokale 1, Rådhuset,`` / ``           2770 Kastrup``, and ``fra mødet ... den 29.
    oktober 2025`` / ``kl. 13.00 i Regionsrådssalen, ...``.
    """
    text = content[k].text.strip(" |")
    for below in content[k + 1 : k + 3]:
        follows = below.start == content[k].end + 1 or below.start <= content[k].end  # the very next line
        if not follows or _DATE_LINE.match(below.text) or _PLACE_LINE.match(below.text):
            break
        if not (text.endswith(",") or regex.match(r"kl\.?\s?\d", below.text)):
            break
        text, k = f"{text} {below.text}", k + 1
    return text


def _place_below(content: list[Line], k: int) -> str | None:
    """A place alone on the line after the date's: ``tirsdag den 9. september 2025 kl. 15.00`` / ``Lokale C.2.05``."""
    if k + 1 >= len(content):
        return None
    text = content[k + 1].text
    if _PLACE_LINE.match(text) or _DATE_LINE.match(text) or _first_date(text):
        return None  # a labelled line, or another line about the date, is read on its own
    m = _PLACE_NEXT.match(text)
    return (m.group("in") or m.group("hall")).strip(" .") if m else None


def keyed(lines: list[Line]) -> list[Line]:
    """The lines that name the meeting by a key (``Mødedato:``, ``Mødested:``), wherever they stand:
    a case page puts them in a sidebar after the case."""
    return [
        line
        for line in lines
        if _DATE_LINE.match(line.text.strip(" |")) or _PLACE_LINE.match(line.text.strip(" |"))
    ]


def meeting(header: list[Line]) -> Meeting | None:
    """Date, time and place from the lines before the first agenda item."""
    date = time = location = None
    # A web header puts a line's parts between middle dots or bars, each to be read as a line:
    # "Byrådet · Referat · Mandag den 23. juni 2025 kl. 18:30 · Byrådssalen"
    content: list[Line] = []
    for line in header:
        if not line.blank:
            split = [piece for part in parts(line.text) for piece in _KEY_INSIDE.split(part)]
            content.extend(
                Line(line.start, line.end, part) for part in (split if len(split) > 1 else [line.raw])
            )
    for k in range(len(content) - 1):
        if _KEY_ALONE.fullmatch(content[k].text.strip()) and not _KEY_ALONE.fullmatch(
            content[k + 1].text.strip()
        ):
            key, value = content[k].text.strip().rstrip(":"), content[k + 1].text.strip()
            content[k] = Line(content[k].start, content[k + 1].end, f"{key}: {value}")
            content[k + 1] = Line(content[k + 1].start, content[k + 1].start, "")
    for k in range(len(content)):
        text = _run_on(content, k)
        if m := _DATE_LINE.match(text):
            date = date or _first_date(m.group("rest"))
            time = time or _time(m.group("rest"))
            continue
        if m := _PLACE_LINE.match(text):
            location = location or m.group("rest").strip()
            continue
        if _WEEKDAY_LINE.match(text) and (found := _first_date(text)):
            date, time = date or found, time or _time(text)
        elif m := _MEETING_SENTENCE.search(text):
            date = date or _first_date(m.group("rest"))
            time = time or _time(m.group("rest"))
            location = location or _place(m.group("rest"))
        elif date is None and regex.search(r"\s[–—-]\s", text) and regex.search(r"Referat|Dagsorden", text):
            # "Økonomiudvalget – Referat – 1. oktober 2018", "... — Referat — torsdag 27. marts 2025, kl. 17:00, Salen"
            date, time, location = _first_date(text), time or _time(text), location or _place(text)
        elif _MEETING_WORD.search(text) and not _NEXT.match(text) and (found := _first_date(text)):
            # "Ordinært møde torsdag den 27. marts 2025 kl. 17.30", "Mødet blev holdt ... kl. 17.00 i X."
            date, time, location = date or found, time or _time(text), location or _place(text)
        else:
            continue
        if location is None and date and (following := _place_below(content, k)):
            location = following
    if not (date or time or location):
        return None
    return Meeting(date=date, time=time, location=location)


def _title_case_region(name: str) -> str:
    """``"KKR MIDTJYLLAND"`` -> ``"KKR Midtjylland"``."""
    head, _, rest = name.partition(" ")
    return f"{head} {rest.title()}" if rest.isupper() else name


def _sentence_case(text: str) -> str:
    """A heading in capitals as committees are written: ``"TEKNIK- OG MILJØUDVALGET"`` -> ``'Teknik- og Miljøudvalget'``."""
    return regex.sub(r"\b(Og|I|For|Af)\b", lambda m: m.group(1).lower(), text.title())


def body(header: list[Line], text: str) -> Body | None:
    """The deciding body named in the header, and the municipality the document belongs to."""
    name = None
    # "Vesthimmerlands Kommune                BYRÅDET": a line's parts set apart by wide gaps
    header = [
        Line(line.start, line.end, part)
        for line in header
        for part in (
            regex.split(r"\s{4,}", line.raw.strip()) if regex.search(r"\S\s{4,}\S", line.raw) else [line.raw]
        )
    ]
    for line in header:
        dashed = _DASHED.match(line.text)
        if dashed and (named := find_committees(dashed.group("body"))):
            # "Kommunalbestyrelsen, Bornholms Regionskommune — Referat — torsdag 27. marts 2025, kl. 17:00"
            name = _title_case_region(str(named[0].normalized))
            break
        committees = find_committees(_sentence_case(line.text) if line.is_capitals else line.text)
        sentence = _MEETING_SENTENCE.search(line.text)
        if sentence and (met := find_committees(sentence.group(0))):
            # "Referat fra mødet i Teknik- og Miljøudvalget Mandag den 3. marts ...", however long
            name = _title_case_region(str(met[0].normalized))
            break
        if committees and len(line.text) < 80 and _COUNCIL_GENITIVE.search(line.text):
            # "Svendborg Byråds Økonomiudvalg": the council's committee decides, not the council
            name = regex.sub(r"udvalg$", "udvalget", str(committees[0].normalized))
            break
        if m := _COUNCIL_GENITIVE.search(line.text):
            name = {
                "Byråds": "Byrådet",
                "Kommunalbestyrelses": "Kommunalbestyrelsen",
                "Regionsråds": "Regionsrådet",
            }[m.group("council")]
            break
        if committees and (line.is_markdown_heading or line.is_bold or len(line.text) < 80):
            name = _title_case_region(str(committees[0].normalized))
            break
        if line.text.upper().startswith("KKR ") and len(line.text) < 40:
            name = _title_case_region(line.text)
            break
    if name is None:
        return None
    return Body(
        name=name, municipality=None if name.startswith(("KKR", "Region")) else municipality(header, text)
    )


def municipality(header: list[Line], text: str) -> str | None:
    """The municipality: ``X Kommune`` or a council's genitive in the header, else in the first page."""
    for line in header:
        if m := _COUNCIL_GENITIVE.search(line.text):
            place = municipality_pattern().fullmatch(m.group("town"))
            if place:
                return municipality_name(place)
    for m in municipality_pattern().finditer(text[:3000]):
        if m.group("kommune"):
            return municipality_name(m)
    return None
