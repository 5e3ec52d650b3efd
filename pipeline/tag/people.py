"""People: every person the document names, with the party and municipality it gives them anywhere."""

from __future__ import annotations

import regex

from dkcouncil.patterns import municipality_name, municipality_pattern
from dkcouncil.schemas import Person
from dkcouncil.segment.people import NAME

# "Benny Hammer (C), Norddjurs", "Peter Kjær, (Ø) Skanderborg", "Ole Friis (O)"; the word after the
# letter is only looked at, so that in "Ib Lund (V), Eva Kjær (F)" it stays free for the next name.
_NAME_PARTY = regex.compile(rf"(?P<name>{NAME}),?\s\((?P<party>[A-ZÆØÅ])\)(?=,?\s?(?P<rest>[\p{{L}}-]+))?")


def _municipality_in(text: str | None) -> str | None:
    """The municipality a text starts with: ``_municipality_in(", Norddjurs")`` is ``'Norddjurs'``."""
    if not text:
        return None
    m = municipality_pattern().match(text.strip(" ,"))
    return municipality_name(m) if m else None


def named_with_party(text: str) -> list[Person]:
    """People written as ``Name (X)``, with the municipality that follows when there is one.

    >>> [(p.name, p.party, p.municipality) for p in named_with_party("Benny Hammer (C), Norddjurs og Ib Lund (V)")]
    [('Benny Hammer', 'C', 'Norddjurs'), ('Ib Lund', 'V', None)]
    """
    people = []
    for m in _NAME_PARTY.finditer(text):
        name = regex.sub(r"^(?:Og|Samt|Fra|Til|For|Imod)\s", "", m.group("name"))
        people.append(
            Person(name=name, party=m.group("party"), municipality=_municipality_in(m.group("rest")))
        )
    return people


def merge(people: list[Person]) -> list[Person]:
    """One Person per name, each field filled from whichever mention has it; first mention's order.

    A name broken across lines is the same name, and a bare tail of a longer name (the model's
    ``Holst Andreasen`` of ``Mikkel Holst Andreasen``) adds nobody:

    >>> [(p.name, p.party) for p in merge([Person(name="Mikkel Holst Andreasen", party="V"),
    ...     Person(name="Mikkel\\nHolst Andreasen"), Person(name="Holst Andreasen")])]
    [('Mikkel Holst Andreasen', 'V')]
    """
    merged: dict[str, Person] = {}
    for person in people:
        name = " ".join(person.name.split())
        if name != person.name:
            person = person.model_copy(update={"name": name})
        known = merged.get(name)
        if known is None:
            merged[name] = person
            continue
        merged[name] = known.model_copy(
            update={
                "party": known.party or person.party,
                "municipality": known.municipality or person.municipality,
                "role": known.role or person.role,
            }
        )
    names = list(merged)
    return [
        p
        for name, p in merged.items()
        if p.party or p.municipality or p.role or not any(o.endswith(" " + name) for o in names)
    ]


def fill_person(person: Person, people: list[Person]) -> Person:
    """``person`` with a missing party, municipality or role filled from the same name in ``people``.

    >>> fill_person(Person(name="Benny\\nHammer"), [Person(name="Benny Hammer", party="C")]).party
    'C'
    """
    name = " ".join(person.name.split())
    for known in people:
        if " ".join(known.name.split()) == name:
            return person.model_copy(
                update={
                    "party": person.party or known.party,
                    "municipality": person.municipality or known.municipality,
                    "role": person.role or known.role,
                }
            )
    return person
