"""Decisions: outcome, votes and members not participating, read from a decision section."""

from __future__ import annotations

import regex

from dkcouncil.patterns import find_committees, find_dates
from dkcouncil.schemas import Decision, Person, Votes

from .people import NAME, parse_person

# Each outcome's cues; the cue that comes first in the text decides, ties go to the earlier kind.
_OUTCOMES: list[tuple[str, regex.Pattern[str]]] = [
    (
        "rejected",
        regex.compile(
            r"ikke\s(?:godkendt|tiltrådt|vedtaget|anbefalet)|forkast|\bafvist|\bafslået|\bafviste\b", regex.I
        ),
    ),
    ("postponed", regex.compile(r"\budsat|\budsættes|\budskudt|\butsat", regex.I)),
    (
        "noted",
        regex.compile(
            r"til\sefterretning|orienteringen\sblev\staget|\btog\s(?:orientering|sagen)\w*\still", regex.I
        ),
    ),
    ("recommended", regex.compile(r"\banbefal|indstilles\sgodkendt|oversendes\still", regex.I)),
    (
        "approved",
        regex.compile(r"\bgodkend|\btiltr[åa]d|\bvedt[ao]g|\bbevilge[ts]|\bbesluttede\sat", regex.I),
    ),
    ("discussed", regex.compile(r"\bdrøft", regex.I)),
]

_NOT_PARTICIPATING = regex.compile(
    rf"(?P<who>{NAME}(?:,?\s\([A-ZÆØÅ]\))?)\s(?:deltog\sikke|var\sinhabil|erklærede\ssig\sinhabil|forlod\smødet)"
    rf"|Inhabil:\s*(?P<who2>{NAME}(?:,?\s\([A-ZÆØÅ]\))?)"
)
_PARTY_TOKEN = regex.compile(r"(?<![\p{L}])[A-ZÆØÅ](?![\p{L}])|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*")
_VOTE_LINES = [
    ("for_", regex.compile(r"\bFor(?:\s\p{L}+)?\sstemte:?\s*(?P<list>[^\n;]*)", regex.I)),
    ("against", regex.compile(r"\bImod(?:\s\p{L}+)?\sstemte:?\s*(?P<list>[^\n;]*)", regex.I)),
    ("abstained", regex.compile(r"\bUndlod\sat\sstemme:?\s*(?P<list>[^\n;]*)", regex.I)),
    # "Et flertal bestående af A, V og C godkendte ...": the majority's verb ends the list.
    (
        "for_",
        regex.compile(
            r"flertal\s(?:bestående\saf|af)\s(?P<list>[^\n;]*?)\s(?:stemte\sfor|godkend|tiltr|vedt|anbefal|besluttede)",
            regex.I,
        ),
    ),
    (
        "against",
        regex.compile(
            r"mindretal\s(?:bestående\saf|af)\s(?P<list>[^\n;]*?)\s(?:stemte\simod|kunne\sikke|ønskede)",
            regex.I,
        ),
    ),
    (
        "for_",
        regex.compile(r"(?:^|[;.]\s)(?P<list>(?:[A-ZÆØÅ](?:,\s|\sog\s))*[A-ZÆØÅ])\sstemte\sfor", regex.M),
    ),
    (
        "against",
        regex.compile(r"(?:^|[;.]\s)(?P<list>(?:[A-ZÆØÅ](?:,\s|\sog\s))*[A-ZÆØÅ])\sstemte\simod", regex.M),
    ),
]


def outcome(text: str) -> str:
    """The outcome of a decision text.

    >>> [outcome(t) for t in ("Tiltrådt.", "Ikke godkendt.", "Anbefales over for Byrådet.",
    ...                        "Orienteringen blev taget til efterretning.", "Udsat.", "Drøftet.", "Intet.")]
    ['approved', 'rejected', 'recommended', 'noted', 'postponed', 'discussed', 'other']
    >>> outcome("Punktet blev drøftet, og sagen udsættes til næste møde.")
    'postponed'
    """
    best: tuple[int, int, str] | None = None
    for rank, (kind, pattern) in enumerate(_OUTCOMES):
        m = pattern.search(text)
        if m and (best is None or (m.start(), rank) < best[:2]):
            best = (m.start(), rank, kind)
    if best is None:
        return "other"
    if best[2] == "discussed" and _OUTCOMES[1][1].search(text):
        return "postponed"  # "drøftet, og sagen udsættes": the discussion ended in postponement
    return best[2]


def _party_list(raw: str) -> list[str]:
    """Party letters or names from a vote line: ``_party_list("5 (A, V og C)")`` is ``['A', 'V', 'C']``."""
    inside = regex.search(r"\(([^)]*\p{L}[^)]*)\)", raw)
    if inside:
        raw = inside.group(1)
    raw = regex.sub(r"\(\d+\)|\b\d+\b", " ", raw)
    raw = raw.split(", der ")[0].split(", som ")[0]
    return [t for t in _PARTY_TOKEN.findall(raw) if t not in ("Og", "Samt")]


def votes(text: str) -> Votes | None:
    """Votes recorded in a decision text, or None.

    >>> votes("Godkendt. For stemte 5 (A, V). Imod stemte: Ø. Undlod at stemme: F").model_dump(by_alias=True)
    {'for': ['A', 'V'], 'against': ['Ø'], 'abstained': ['F']}
    >>> votes("Et flertal bestående af A, V og C godkendte indstillingen. Imod stemte Ø.").for_
    ['A', 'V', 'C']
    >>> votes("Imod stemte: Ø, idet Enhedslisten ønsker cykelparkering.").against
    ['Ø']
    """
    sides: dict[str, list[str]] = {"for_": [], "against": [], "abstained": []}
    for side, pattern in _VOTE_LINES:
        for m in pattern.finditer(text):
            raw = m.group("list")
            if side != "for_" or "stemte for" in m.group(0) or "flertal" in m.group(0).lower():
                raw = raw.split(". ")[0]
            else:
                raw = regex.split(r"\.\s|\sImod|\simod", raw)[0]
            # "Imod stemte: Ø, idet Enhedslisten ..." gives a reason, not a second voter.
            raw = regex.split(r",?\s(?:idet|fordi|da|med\shenvisning\still)\s", raw)[0]
            for party in _party_list(raw):
                if party not in sides[side]:
                    sides[side].append(party)
    if not any(sides.values()):
        return None
    return Votes(**sides)


def not_participating(text: str) -> list[Person]:
    """Members who did not take part.

    >>> [(p.name, p.party) for p in not_participating("Tiltrådt. Ole Friis (O) deltog ikke i sagens behandling.")]
    [('Ole Friis', 'O')]
    """
    people = []
    for m in _NOT_PARTICIPATING.finditer(text):
        person = parse_person(m.group("who") or m.group("who2"))
        if person and person.name not in {p.name for p in people}:
            people.append(person)
    return people


def decision(
    heading: str, text: str, *, default_body: str | None, default_date: str | None
) -> Decision | None:
    """A Decision from a decision section's heading and text; None when the text is empty."""
    if not text.strip():
        return None
    # A web layout puts "Klima- og Miljøudvalget den 5. februar 2025:" on the decision's first line.
    first_line = text.strip().split("\n", 1)[0]
    lead = first_line.split(":", 1)[0] if ":" in first_line[:120] else ""
    bodies = find_committees(heading) or find_committees(lead)
    dates = [d for d in find_dates(heading) + find_dates(lead) if d.normalized]
    return Decision(
        body=bodies[0].normalized if bodies else default_body,
        date=dates[0].normalized if dates else default_date,
        text=text.strip(),
        outcome=outcome(text),
        not_participating=not_participating(text),
        votes=votes(text),
    )
