"""A council member as written in attendance lists and decisions: name, party letter, municipality."""

from __future__ import annotations

import regex

from dkcouncil.patterns import municipality_name, municipality_pattern, party_letter
from dkcouncil.schemas import Person

# A name word: "Hammer", "Azad-Ahmad", or initials "H.C."; a sentence's last word ("Tiltrådt.") is not one.
# It starts a word only, so a search does not rescan a long word from each of its letters.
# The usual abbreviated first names ("Niels Chr. Toft") keep their full stop.
_WORD = r"(?<![\p{L}'.-])(?:(?:Chr|Th|Fr|Kr|Joh|Jak|Vilh)\.|\p{Lu}(?:\.\p{Lu})*\.?[\p{L}'-]*)"
NAME = rf"{_WORD}(?:\s(?:{_WORD}|de|la|von|van)){{1,4}}"
_ENTRY = regex.compile(
    rf"^\s*(?P<name>{NAME})\s*,?\s*(?:\((?P<party>[A-ZÆØÅ])\))?\s*,?\s*(?P<rest>[^()]*?)\s*$"
)
# The roles a member is listed with; one list for the role after a name, before it, or alone.
_ROLES = (
    r"borgmester|viceborgmester|formand|næstformand|gruppeformand|regionsrådsformand|rådmand|medlem"
    r"|stedfortræder"
)
_ROLE = regex.compile(rf"^(?:\d\.\s)?(?:{_ROLES})\b", regex.I)  # "1. viceborgmester"
# Why a member was away: "Ib Holm (V) - afbud", "Eva Berg (A), sygdom"
_REASON = regex.compile(
    r"^(?:afbud|sygdom|syg|ferie|(?:lovligt\s)?forfald|forretningsforhindret|barsel|orlov|andet møde)\b",
    regex.I,
)


# "Jens Otto Skaarup (V) (stedfortræder)", "Ib Holm (borgmester)": a role in parentheses at the end
_TRAILING_ROLE = regex.compile(r"\s*\(((?:\d\.\s)?\p{Ll}[\p{Ll} -]{2,40})\)\s*$")
_PARTY_NAMED = regex.compile(r"\s\((\p{Lu}[\p{L} -]{1,40})\)(?=\s*(?:[,;.]|$|\s[-–]))")
_LEADING_PLACE = regex.compile(r"^([\p{L}-]+(?:\s[\p{L}-]+)?):\s")
# "Rådmand Lise Bang", "Udvalgets formand, borgmester Ib Holm": the role before the name
_LEADING_ROLE = regex.compile(
    rf"(?:\p{{Lu}}\p{{Ll}}+s\s)?(?P<role>(?i:{_ROLES}))(?:,?\s(?i:{_ROLES}))?,?\s(?=\p{{Lu}})"
)


def is_role(text: str) -> bool:
    """A role word alone, as a list puts it between members: ``is_role("borgmester")`` is True."""
    return regex.fullmatch(rf"(?:{_ROLES})", text, regex.I) is not None


def parse_person(entry: str) -> Person | None:
    """One attendance entry in any of its forms.

    >>> [(p.name, p.party, p.municipality) for p in map(parse_person, (
    ...     "Erling Præstekjær (O), Ikast-Brande", "Peter Kjær, (Ø) Skanderborg", "Rabih Azad, (B), Aarhus", "Ole Vind (V)"))]
    [('Erling Præstekjær', 'O', 'Ikast-Brande'), ('Peter Kjær', 'Ø', 'Skanderborg'), ('Rabih Azad', 'B', 'Aarhus'), ('Ole Vind', 'V', None)]
    >>> parse_person("Jens Otto Skaarup (V) (stedfortræder)").role
    'stedfortræder'
    >>> parse_person("Læsø: Karina Bech (A)").municipality
    'Læsø'
    >>> parse_person("Rådmand Lise Bang (F)")
    Person(name='Lise Bang', party='F', municipality=None, role='rådmand')
    >>> parse_person("Udvalgets formand, borgmester Ib Holm (V)").role
    'formand'
    """
    # "Ib Holm ........ Venstre, borgmester": a dot leader between the name and the rest
    entry = regex.sub(r"(?<!\s)\s*\.{3,}\s*", ", ", entry.replace("\u00a0", " "))
    place_first = None
    if (lead := _LEADING_PLACE.match(entry)) and (
        place_first := municipality_pattern().fullmatch(lead.group(1))
    ):
        entry = entry[lead.end() :]  # "Læsø: Karina Bech (A)", as a KKR lists its members
    if (named := _PARTY_NAMED.search(entry)) and (letter := party_letter(named.group(1))):
        entry = f"{entry[: named.start()]} ({letter})"  # "Jens Thygesen (Socialistisk Folkeparti)"
    trailing = _TRAILING_ROLE.search(entry)
    if trailing:  # "Jens Otto Skaarup (V) (stedfortræder)"
        entry = entry[: trailing.start()]
        if _REASON.match(trailing.group(1)):
            trailing = None  # "(forretningsforhindret)": why the member was away, not a role
    title = _LEADING_ROLE.match(entry)
    if title:  # "Rådmand Lise Bang (F)": the role is not part of the name
        entry = entry[title.end() :]
    m = _ENTRY.match(entry)
    if not m:
        return None
    rest = m.group("rest").strip(" ,-–")  # "Ib Holm (V) - formand"
    municipality = None
    role = None
    party = m.group("party")
    head, _, tail = rest.partition(", ")
    if head and (letter := party_letter(head)):
        party, rest = party or letter, tail  # "Ib Holm, Venstre, borgmester": the party by its name
    if rest:
        place = municipality_pattern().fullmatch(rest)
        if place:
            municipality = municipality_name(place)
        elif _ROLE.match(rest):
            role = rest
        elif regex.fullmatch(r"[A-ZÆØÅ]", rest):
            party = rest  # "Ib Holm, A": the letter after a comma
        elif not _REASON.match(rest):  # the reason for an absence is no part of the entry
            return None  # "Name, cheføkonom" and other text is not a member entry
    if title:
        role = title.group("role").lower()
    if trailing:
        role = trailing.group(1)
    if place_first:
        municipality = municipality_name(place_first)
    return Person(name=m.group("name"), party=party, municipality=municipality, role=role)


def split_entries(text: str) -> list[str]:
    """An inline run split into entries: ``"A (V), B (A) og C (F)"`` -> ``['A (V)', 'B (A)', 'C (F)']``.

    A flowed transcript drops the commas: ``"Ib Holm (A) Eva Berg (V)"`` -> ``['Ib Holm (A)', 'Eva Berg (V)']``.
    """
    parts = regex.split(
        r"(?<=\))\s*(?:,(?:\s*samt\b)?|\bog\b|\bsamt\b|;)\s*|\s·\s|(?<=\(\p{Lu}\))\s+(?=\p{Lu})|\s+(?:og|samt)\s+|;\s*"
        r"|,\s+(?=\p{Lu}\p{Ll}+\s\p{Lu})",
        text.strip(" ."),
    )
    return [p.strip(" .,") for p in parts if p and p.strip(" .,")]
