"""Danish council patterns shared by the segment and tag stages: money, dates, case numbers,
parties, municipalities and committees, as small pure functions from text to normalised matches.

Every function returns ``Match(label, start, end, normalized)`` with offsets into the text it was
given. The tag stage's spaCy components (:mod:`dkcouncil.tag.components`) put them on the Doc.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import NamedTuple

import regex

from dkcouncil.resources import municipalities, parties

LABELS = ("PARTY", "MUNICIPALITY", "COMMITTEE", "MONEY", "DATE", "CASE_NUMBER")


class Match(NamedTuple):
    label: str
    start: int
    end: int
    normalized: str | int | float | None


# ---------------------------------------------------------------- money

_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_SCALES = {
    "mio.": 1_000_000,
    "mio": 1_000_000,
    "mill.": 1_000_000,
    "millioner": 1_000_000,
    "million": 1_000_000,
    "mia.": 1_000_000_000,
    "mia": 1_000_000_000,
    "mrd.": 1_000_000_000,
    "milliarder": 1_000_000_000,
    "milliard": 1_000_000_000,
    "t.kr.": 1000,
    "tkr.": 1000,
    "tkr": 1000,
    "t. kr.": 1000,
}
_SCALE = r"mio\.?|mill\.|millioner|million|mia\.?|mrd\.|milliarder|milliard"
_CURRENCY = r"kr\.?(?!\w)|kroner\b|DKK\b"
_MONEY = regex.compile(
    # "96\n    mio. kr.": a line break (and a hanging indent) may come between number and unit
    rf"(?<![\d.,])(?P<num>{_NUMBER})(?:\n[ \t]+|\s)?(?:(?P<scale>{_SCALE})\s?)?(?:{_CURRENCY})"
    rf"|(?<![\d.,])(?P<num_t>{_NUMBER})\s?(?P<scale_t>t\.\s?kr\.|tkr\.?)"
    # "kr. 175.000,-" and "kr. 420.000, hertil": a comma after the number is no decimal comma
    rf"|(?:kr\.|DKK)\s?(?P<num_b>{_NUMBER})(?:\s?(?P<scale_b>{_SCALE}))?(?!\d|,\d)"
    # A sum in billions needs no currency to be money in council text ("1,1 milliarder").
    rf"|(?<![\d.,])(?P<num_m>{_NUMBER})\s?(?P<scale_m>mia\.|mrd\.|milliarder)"
)


def parse_number(text: str) -> float:
    """Danish number notation: ``parse_number("1.250,5")`` is ``1250.5``."""
    return float(text.replace(".", "").replace(",", "."))


def _whole(value: float) -> int | float:
    return round(value) if abs(value - round(value)) < 1e-6 else round(value, 2)


def find_money(text: str) -> list[Match]:
    """Amounts in kroner.

    >>> [m.normalized for m in find_money("50.000 kr., 0,950 mio. kr., 3,4 mia. kr. og 1,1 milliarder")]
    [50000, 950000, 3400000000, 1100000000]
    >>> [m.normalized for m in find_money("Drift (1.000 kr.): udskudt til 2028 (14 mio. kr.)")]
    [14000000]
    >>> [m.normalized for m in find_money("brugte 96\\n      mio. kr. på vikarer")]
    [96000000]
    >>> [m.normalized for m in find_money("kr. 175.000,- og kr. 420.000, hertil kr. 2,5 mio.")]
    [175000, 420000, 2500000]
    """
    found = []
    for m in _MONEY.finditer(text):
        start, end = m.span()
        unit = m.group("num") in ("1", "1.000", "1.000.000") or m.group("num_t") == "1"
        if unit and text[start - 1 : start] == "(" and text[end : end + 1] == ")":
            continue  # "(1.000 kr.)" is the unit of a budget table; "(14 mio. kr.)" is an amount
        for num, scale in (
            ("num", "scale"),
            ("num_t", "scale_t"),
            ("num_b", "scale_b"),
            ("num_m", "scale_m"),
        ):
            if m.group(num):
                factor = _SCALES.get((m.group(scale) or "").replace(" ", ""), 1) if m.group(scale) else 1
                if scale == "scale_t":
                    factor = 1000
                value = parse_number(m.group(num)) * factor
                found.append(Match("MONEY", start, end, _whole(value)))
                break
    return found


# ---------------------------------------------------------------- dates

MONTHS = {
    name: i
    for i, name in enumerate(
        (
            "januar",
            "februar",
            "marts",
            "april",
            "maj",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "december",
        ),
        1,
    )
}
_DATE_NUMERIC = regex.compile(r"(?<![\d./-])(\d{1,2})([-./])(\d{1,2})\2(\d{4})(?![\d./-]|-\d)")
_DATE_ISO = regex.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
_DATE_TEXT = regex.compile(
    r"(?<!\d)(\d{1,2})\.\s?(" + "|".join(MONTHS) + r")(?:\s(\d{4}))?\b", regex.IGNORECASE
)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str, default_year: int | None = None) -> list[Match]:
    """Dates as ISO; a date without a year takes ``default_year`` (the meeting's).

    >>> [m.normalized for m in find_dates("18-06-2024, 23.08.2017, 4. oktober 2023 og den 17. april", 2024)]
    ['2024-06-18', '2017-08-23', '2023-10-04', '2024-04-17']
    """
    found = []
    for m in _DATE_NUMERIC.finditer(text):
        if iso := _iso(int(m.group(4)), int(m.group(3)), int(m.group(1))):
            found.append(Match("DATE", *m.span(), iso))
    for m in _DATE_ISO.finditer(text):
        if iso := _iso(int(m.group(1)), int(m.group(2)), int(m.group(3))):
            found.append(Match("DATE", *m.span(), iso))
    for m in _DATE_TEXT.finditer(text):
        year = int(m.group(3)) if m.group(3) else default_year
        iso = _iso(year, MONTHS[m.group(2).lower()], int(m.group(1))) if year else None
        found.append(Match("DATE", *m.span(), iso))
    return found


# ---------------------------------------------------------------- case numbers

_CASE = regex.compile(
    r"\b[A-ZÆØÅ]{2,4}-\d{4}-\d{3,6}\b"  # SAG-2024-01875, EMN-2025-00412
    r"|(?<![\w.])\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d{1,5}-\d{2}\b"  # KLE journal numbers
    r"|(?<=(?:Sagsnr|Sags-ID|Sag nr|Journalnr)\.?:?\s{0,3})\d{2,4}-\d{4}-\d{2,6}\b"
    # After its label a short serial is a case number too: "Sagsnr.: 25/77", "J.nr. 2024-1234".
    r"|(?<=(?:Sagsnr|Sags-ID|Sag nr|Journalnr|J\.\s?nr|Sagsid)\.?:?\s{0,3})(?:\d{2}/\d{1,2}|\d{4}-\d{3,6})(?![\w/-])"
    # "Sag 25-1187": a bare "Sag" before a year and serial (never "Sag 12", which numbers an item)
    r"|(?<=(?<![\p{L}-])Sag:?\s)\d{2}-\d{3,6}(?![\w/-])"
    r"|(?<![\w/.-])[0-3]\d/\d{3,6}(?![\w/])"  # 25/431: year/serial
    r"|(?<![\w.-])20\d{2}-\d{7}(?![\w-])"  # 2025-0104187: Copenhagen's year and seven digits
)


def find_case_numbers(text: str) -> list[Match]:
    """Case numbers as written.

    >>> [m.normalized for m in find_case_numbers("SAG-2024-01875, Sagsnr.: 330-2018-3619, 25/431 (16514/25)")]
    ['SAG-2024-01875', '330-2018-3619', '25/431']
    >>> [m.normalized for m in find_case_numbers("Sagsnr.: 25/77; J.nr. 2024-1234; Sag nr. 162; 25/77")]
    ['25/77', '2024-1234']
    >>> [m.normalized for m in find_case_numbers("17. Ny daginstitution (2025-0104187), plan 2022-2030")]
    ['2025-0104187']
    """
    return [Match("CASE_NUMBER", *m.span(), m.group(0)) for m in _CASE.finditer(text)]


# ---------------------------------------------------------------- parties

_PARTY_ABBREVIATIONS = ("SF", "DF", "RV", "KF", "LA", "KD")  # the unambiguous ones


@cache
def _party_names() -> tuple[regex.Pattern[str], dict[str, str]]:
    letter_of: dict[str, str] = {}
    for party in parties():
        for name in {party.name, *party.short_names}:
            if len(name) <= 3 and name not in _PARTY_ABBREVIATIONS:
                continue
            letter_of[name] = party.letter
    names = sorted(letter_of, key=len, reverse=True)
    alternatives = [regex.escape(n).replace(r"\ \-\ ", r"\s[-–]\s") for n in names]
    pattern = regex.compile(r"(?<![\p{L}\-])(?:" + "|".join(alternatives) + r")s?(?![\p{L}\-])")
    return pattern, {n.replace(" - ", " – "): letter for n, letter in letter_of.items()} | letter_of


def _letter_for(name: str) -> str | None:
    _, letter_of = _party_names()
    name = regex.sub(r"\s[-–]\s", " - ", name)
    return letter_of.get(name) or letter_of.get(name[:-1] if name.endswith("s") else name)


def party_letter(name: str) -> str | None:
    """A party's letter from its name as written: ``party_letter("Det Konservative Folkeparti")`` is ``'C'``."""
    return _letter_for(name.strip())


@cache
def party_letters() -> frozenset[str]:
    return frozenset(p.letter for p in parties())


# A letter in parentheses after a name: "Benny Hammer (C)", "Peter Kjær, (Ø)".
_PARTY_AFTER_NAME = regex.compile(r"(?<=\p{Lu}[\p{L}.'-]+,?\s)\(([A-ZÆØÅ])\)")
_ITEM_HEADING_LINE = regex.compile(
    r"^[ \t]*(?:#+[ \t]*)?\d+\.\s", regex.M
)  # [ \t]: \s would start on the blank line above
# A line about a vote, also a vote table's row: "For: 16 (A, F og Ø)", "Imod     O     2", "| For | A og V | 9 |"
_VOTE_LINE = regex.compile(
    r"^(?:.*(?:stemte|[Ff]lertal|[Uu]ndlod|[Mm]indretal)"
    r"|[ \t]*(?:[-•*|][ \t]*)?(?:For|Imod|Hverken for eller imod)(?::|\t|[ \t]{2,}|[ \t]*\|)).*$",
    regex.M,
)
_LETTER = regex.compile(r"(?<![\p{L}])([A-ZÆØÅ])(?![\p{L}])")
# A numbered member list: "2. Flemming Ravnsbo (A), borgmester", a name of capitalised words
_NUMBERED_MEMBER = regex.compile(r"[ \t]*\d+\.\s+\p{Lu}[\p{L}'-]+(?:[ ]\p{Lu}[\p{L}'-]+){1,4}\s\([A-ZÆØÅ]\)")
# The parties of a count: "med 25 stemmer for (A, V og C) mod 5 stemmer (Ø og O)"
_COUNTED = regex.compile(r"\bstemmer?\s(?:for\s|imod\s)?\((?P<list>[^()\n]{1,80})\)")


# An attendance table's row: a name of two to five words, then the party letter as a cell of its
# own ("Frode Kjeldsen      O      Til stede", "Aalborg | Lasse Dyhr Andersen | A | Formand").
_PARTY_CELL = regex.compile(
    r"(?m)^(?:[ ]*\|[ ]*)?(?:[^\t|\n]{1,40}(?:\t|[ ]*\|[ ]*))?\p{Lu}[\p{L}'-]+(?:[ ]\p{Lu}[\p{L}'-]+){1,4}"
    r"(?:[ ]{2,}|\t|[ ]*\|[ ]*)(?P<letter>[A-ZÆØÅ])(?=[ ]{2,}|\t|[ ]*\||[ ]*$)"
)


def find_parties(text: str) -> list[Match]:
    """Parties as letters, from markers after names, vote lines and party names.

    >>> [m.normalized for m in find_parties("Ib Lund (V) og Radikale Venstre; For stemte: A og Ø")]
    ['V', 'A', 'Ø', 'B']
    >>> [m.normalized for m in find_parties("For: 16 (A og F)\\nImod      O og I       9\\n| For | B og Æ | 2 |")]
    ['A', 'F', 'O', 'I', 'B', 'Æ']
    >>> [m.normalized for m in find_parties("Navn\\tParti\\nIb Lund\\tV\\nEva Dam Berg    Ø    Til stede\\n| Bo Hald | C | |")]
    ['V', 'Ø', 'C']
    >>> [m.normalized for m in find_parties("1. Ib Lund (A), borgmester\\n2. Forslag om Nyt Bad (B)\\nmed 9 stemmer for (C og V)")]
    ['A', 'C', 'V']
    """
    found = []
    heading_lines = {m.start() for m in _ITEM_HEADING_LINE.finditer(text)}
    for m in _PARTY_AFTER_NAME.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if line_start in heading_lines and not _NUMBERED_MEMBER.match(text, line_start):
            continue  # "3. Title (B)": a case-type marker on an agenda line, not a party
        # Any letter counts here: local lists have letters of their own.
        found.append(Match("PARTY", m.start(1), m.end(1), m.group(1)))
    for line in _VOTE_LINE.finditer(text):
        for m in _LETTER.finditer(line.group(0)):
            if m.group(1) in party_letters():
                start = line.start() + m.start(1)
                found.append(Match("PARTY", start, start + 1, m.group(1)))
    for counted in _COUNTED.finditer(text):
        for m in _LETTER.finditer(counted.group("list")):
            if m.group(1) in party_letters():
                start = counted.start("list") + m.start(1)
                found.append(Match("PARTY", start, start + 1, m.group(1)))
    found.extend(Match("PARTY", *m.span("letter"), m.group("letter")) for m in _PARTY_CELL.finditer(text))
    pattern, _ = _party_names()
    for m in pattern.finditer(text):
        if letter := _letter_for(m.group(0)):
            found.append(Match("PARTY", *m.span(), letter))
    return list(dict.fromkeys(found))  # a marker on a vote line is found twice


# ---------------------------------------------------------------- municipalities


@cache
def municipality_pattern() -> regex.Pattern[str]:
    names = sorted((m.name for m in municipalities()), key=len, reverse=True)
    alternatives = "|".join(regex.escape(n) for n in names)
    capitals = "|".join(regex.escape(n.upper()) for n in names)
    # "Region Midtjylland" is a region; a name glued to other letters is another word. A heading in
    # capitals ("GENTOFTE KOMMUNE") names a municipality only with KOMMUNE: "ODDER" alone is a word.
    return regex.compile(
        rf"(?<![\p{{L}}\-])(?<!Region\s)"
        rf"(?:(?P<name>{alternatives})(?P<genitive>s)?(?:\s(?P<kommune>Kommunes?))?"
        rf"|(?P<name>{capitals})(?P<genitive>S)?\s(?P<kommune>KOMMUNES?))(?![\p{{L}}\-])"
    )


@cache
def _canonical_municipalities() -> dict[str, str]:
    return {m.name.upper(): m.name for m in municipalities()}


def municipality_name(m: regex.Match[str]) -> str:
    """The municipality a match of :func:`municipality_pattern` names, as the reference writes it.

    >>> municipality_name(municipality_pattern().search("GENTOFTE KOMMUNE"))
    'Gentofte'
    """
    return _canonical_municipalities()[m.group("name").upper()]


# Names that are also a common noun ("vejen", the road): at a sentence's start, with no "Kommune"
# and no capitalised word after them, they are read as the noun.
_ALSO_NOUNS = frozenset({"Vejen"})
_SENTENCE_START = regex.compile(r"(?:^|[.!?:]\s+|\n\s*)$")


def _is_noun(text: str, m: regex.Match[str]) -> bool:
    if m.group("name") not in _ALSO_NOUNS or m.group("kommune") or m.group("genitive"):
        return False
    at_start = _SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()]) is not None or m.start() == 0
    return at_start and not regex.match(r"\s\p{Lu}", text[m.end() : m.end() + 2])


def find_municipalities(text: str) -> list[Match]:
    """Municipalities normalised to their name without "Kommune".

    >>> [m.normalized for m in find_municipalities("Ballerups budget, Høje-Taastrup Kommune og Region Midtjylland")]
    ['Ballerup', 'Høje-Taastrup']
    >>> [m.normalized for m in find_municipalities("Vejen har ingen rabat. Borgere i Vejen og Vejen Byråd.")]
    ['Vejen', 'Vejen']
    """
    return [
        Match("MUNICIPALITY", *m.span(), municipality_name(m))
        for m in municipality_pattern().finditer(text)
        if not _is_noun(text, m)
    ]


# ---------------------------------------------------------------- committees and councils

_COMMITTEE = regex.compile(
    r"(?<![\p{L}-])(?:\p{Lu}\p{L}*-?(?:,\s\p{L}+-)*\s(?:og|&)\s)?\p{Lu}\p{L}*udvalg(?:et|ets)?(?![\p{L}-])"
    # "Teknisk Udvalg", "Økonomisk Udvalg": an adjective before a capitalised Udvalg
    r"|(?<![\p{L}-])(?!(?:Det|Et|Dette|Samme|Hvert|Ethvert)\s)\p{Lu}\p{Ll}+\sUdvalg(?:et|ets)?(?![\p{L}-])"
    r"|(?<![\p{L}-])(?:Kommunalbestyrelsen|Byrådet|Borgerrepræsentationen|Regionsrådet|Magistraten)s?(?![\p{L}-])"
    r"|\bKKR\s\p{Lu}\p{L}+"
)


def find_committees(text: str) -> list[Match]:
    """Deciding bodies: ``…udvalget``, councils, ``KKR X``.

    >>> [m.normalized for m in find_committees("Teknik- og Miljøudvalget og Byrådet; KKR Midtjylland; Teknisk Udvalg")]
    ['Teknik- og Miljøudvalget', 'Byrådet', 'KKR Midtjylland', 'Teknisk Udvalg']
    """
    found = []
    for m in _COMMITTEE.finditer(text):
        name = m.group(0)
        if name.upper() == name and not name.startswith("KKR"):
            continue  # a heading in capitals, e.g. "ØKONOMIUDVALGET" stays out of the gazetteer
        found.append(Match("COMMITTEE", *m.span(), name.removesuffix("s") if name.endswith("ets") else name))
    return found


def find_all(text: str, default_year: int | None = None) -> list[Match]:
    """Every council entity, overlapping ones resolved: longer first, then earlier."""
    matches = [
        *find_money(text),
        *find_case_numbers(text),
        *find_dates(text, default_year),
        *find_committees(text),
        *find_parties(text),
        *find_municipalities(text),
    ]
    chosen: list[Match] = []
    taken = bytearray(len(text) + 1)
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        if not any(taken[m.start : m.end]):
            chosen.append(m)
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    return sorted(chosen, key=lambda m: m.start)
