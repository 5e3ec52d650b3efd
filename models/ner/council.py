"""Council-style training sentences, annotated as they are built, to add to the news-text treebank.

The treebank is newspaper Danish: it rarely shows a name followed by a party letter, a place after
"fra" in a list of members, or the organisations a council meets. These templates (written for this
project) fill that gap with invented people, the municipalities in ``reference/municipalities.csv``
and well-known Danish public bodies and associations. Labels follow the treebank's conventions:
a town is LOC, a municipality or region acting as a body ("Viborg Kommune", "Region Sjælland") is ORG.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from pathlib import Path

FIRST = [
    "Karen",
    "Hanne",
    "Lise",
    "Mette",
    "Birgit",
    "Susanne",
    "Anne",
    "Helle",
    "Louise",
    "Camilla",
    "Tina",
    "Marianne",
    "Jette",
    "Pia",
    "Rikke",
    "Jens",
    "Peter",
    "Lars",
    "Søren",
    "Henrik",
    "Morten",
    "Niels",
    "Thomas",
    "Anders",
    "Michael",
    "Jesper",
    "Ole",
    "Rasmus",
    "Kim",
    "Bo",
]
MIDDLE = ["Munk", "Skov", "Bach", "Dahl", "Holm", "Lund", "Krogh", "Vestergaard", "Friis"]
LAST = [
    "Holst",
    "Mølgaard",
    "Sørensen",
    "Brandt",
    "Kjær",
    "Lauridsen",
    "Nielsen",
    "Jensen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Rasmussen",
    "Jørgensen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Poulsen",
    "Johansen",
    "Knudsen",
    "Mortensen",
    "Eriksen",
    "Bertelsen",
    "Iversen",
    "Gregersen",
    "Damgaard",
    "Overgaard",
    "Bisgaard",
    "Skovgaard",
    "Thygesen",
    "Frandsen",
]
PARTIES = ["A", "B", "C", "D", "F", "I", "K", "M", "O", "V", "Æ", "Ø", "Å"]
ROLES = (
    "Borgmester",
    "Viceborgmester",
    "Rådmand",
    "Udvalgsformand",
    "Byrådsmedlem",
    "Kommunalbestyrelsesmedlem",
    "Direktør",
    "Kommunaldirektør",
    "Afdelingschef",
    "Sagsbehandler",
    "Formand",
    "Næstformand",
)
ORGS = (
    "KL",
    "Danske Regioner",
    "Dansk Sygeplejeråd",
    "FOA",
    "Ældre Sagen",
    "DGI",
    "Dansk Industri",
    "Danmarks Naturfredningsforening",
    "Sundhedsstyrelsen",
    "Socialstyrelsen",
    "Vejdirektoratet",
    "Miljøstyrelsen",
    "Erhvervsstyrelsen",
    "Trafikstyrelsen",
    "Movia",
    "Midttrafik",
    "Sydtrafik",
    "Nordjyllands Trafikselskab",
    "Kommunernes Revision",
    "Danmarks Lærerforening",
    "Ankestyrelsen",
    "Indenrigs- og Sundhedsministeriet",
    "Boligselskabet Fremtiden",
    "Lokalrådet",
)
REGIONS = (
    "Region Hovedstaden",
    "Region Sjælland",
    "Region Syddanmark",
    "Region Midtjylland",
    "Region Nordjylland",
)

# Each template is a list of chunks: plain text (O) or a slot that becomes labelled tokens.
TEMPLATES = (
    "{ROLE} {PER} ( {PARTY} ) fra {TOWN} orienterede om mødet med {ORG} .",
    "{ROLE} {PER} bød velkommen til repræsentanter fra {ORG} og {ORG} i {TOWN} .",
    "Afbud : {PER} ( {PARTY} ) og {PER} ( {PARTY} ) .",
    "Fraværende : {PER} ( {PARTY} ) , {TOWN} .",
    "Til stede : {PER} ( {PARTY} ) , {PER} ( {PARTY} ) og {PER} ( {PARTY} ) .",
    "{MUNI_ORG} har modtaget en henvendelse fra {ORG} om busbetjeningen mellem {TOWN} og {TOWN} .",
    "Sagen er sendt i høring hos {ORG} , {REGION} og lokalrådet i {TOWN} .",
    "{PER} ( {PARTY} ) ønskede sin stemme ført til protokol .",
    "{PER} ( {PARTY} ) deltog ikke i sagens behandling på grund af inhabilitet .",
    "{REGION} og {MUNI_ORG} indgår en aftale om det nære sundhedsvæsen i {TOWN} .",
    "Ansøgningen fra {ORG} om tilskud til aktiviteter i {TOWN} imødekommes .",
    "{ROLE} {PER} , {MUNI_ORG} , har underskrevet aftalen med {ORG} .",
    "Mødet blev holdt på rådhuset i {TOWN} , og {PER} var ordstyrer .",
    "Budgetaftalen er indgået mellem {PER} ( {PARTY} ) og {PER} ( {PARTY} ) den 14. september .",
    "{ORG} anbefaler , at {MUNI_ORG} udbygger cykelstien fra {TOWN} til {TOWN} .",
    "Spørgsmål fra {PER} ( {PARTY} ) om skolebusserne i {TOWN} besvares af {ROLE_LOWER} {PER} .",
    "Byrådet godkendte , at {MUNI_ORG} indtræder i samarbejdet med {REGION} og {ORG} .",
    "Borgere fra {TOWN} og {TOWN} har skrevet til {ROLE_LOWER} {PER} om lukningen af biblioteket .",
)


def municipalities(path: Path) -> list[str]:
    """Municipality names from the reference CSV: ``København``, ``Ikast-Brande``, ..."""
    with path.open(encoding="utf-8") as handle:
        return [row["name"] for row in csv.DictReader(handle)]


def _entity(words: list[str], label: str) -> tuple[list[str], list[str]]:
    return words, [f"B-{label}"] + [f"I-{label}"] * (len(words) - 1)


def _person(rng: random.Random) -> list[str]:
    name = [rng.choice(FIRST)]
    if rng.random() < 0.25:
        name.append(rng.choice(MIDDLE))
    name.append(rng.choice(LAST))
    return name


def fill(template: str, rng: random.Random, towns: list[str]) -> tuple[list[str], list[str]]:
    """One sentence as (tokens, IOB2 tags) from a template.

    ``fill("{PER} ( {PARTY} ) .", rng, ["Skive"])`` gives e.g.
    ``(["Lise", "Brandt", "(", "A", ")", "."], ["B-PER", "I-PER", "O", "O", "O", "O"])``.
    """
    words: list[str] = []
    tags: list[str] = []
    for chunk in template.split():
        if chunk == "{PER}":
            ws, ts = _entity(_person(rng), "PER")
        elif chunk == "{TOWN}":
            ws, ts = _entity(rng.choice(towns).split(), "LOC")
        elif chunk == "{MUNI_ORG}":
            ws, ts = _entity([*rng.choice(towns).split(), "Kommune"], "ORG")
        elif chunk == "{REGION}":
            ws, ts = _entity(rng.choice(REGIONS).split(), "ORG")
        elif chunk == "{ORG}":
            ws, ts = _entity(rng.choice(ORGS).split(), "ORG")
        elif chunk == "{PARTY}":
            ws, ts = [rng.choice(PARTIES)], ["O"]
        elif chunk in ("{ROLE}", "{ROLE_LOWER}"):
            role = rng.choice(ROLES)
            ws, ts = [role if chunk == "{ROLE}" else role.lower()], ["O"]
        else:
            ws, ts = [chunk], ["O"]
        words.extend(ws)
        tags.extend(ts)
    return words, tags


def council_sentences(reference: Path, count: int, seed: int = 42) -> Iterator[tuple[list[str], list[str]]]:
    """``count`` annotated sentences, the same for the same seed."""
    rng = random.Random(seed)
    towns = municipalities(reference)
    for _ in range(count):
        yield fill(rng.choice(TEMPLATES), rng, towns)
