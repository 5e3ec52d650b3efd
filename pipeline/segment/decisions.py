"""Decisions: outcome, votes and members not participating, read from a decision section."""

from __future__ import annotations

import regex

from dkcouncil.patterns import find_committees, find_dates, party_letter
from dkcouncil.schemas import Decision, Person, VoteCounts, Votes

from .people import NAME, parse_person

# Each outcome's cues; the cue that comes first in the text decides, ties go to the earlier kind.
_OUTCOMES: list[tuple[str, regex.Pattern[str]]] = [
    (
        "rejected",
        regex.compile(
            r"ikke\s(?:godkendt|tiltrådt|vedtaget|anbefalet)|forkast|\bafvist|\bafslået|\bafviste\b"
            r"|\b(?:er|blev)\s(?:dermed\s)?(?:bort)?faldet\b",  # "Forslaget er dermed faldet"
            regex.I,
        ),
    ),
    # "Sagen blev sendt tilbage til forvaltningen": not decided, to come back
    (
        "postponed",
        regex.compile(
            r"\budsat|\budsætte(?:s|\b)|\budskudt|\butsat|\b(?:sendt|sendes)\stilbage\stil\b", regex.I
        ),
    ),
    (
        "noted",
        regex.compile(
            r"til\sefterretning|(?:taget|tages)\stil\sorientering|orienteringen\sblev\staget|\btog\s(?:orientering|sagen)\w*\stil\b",
            regex.I,
        ),
    ),
    # "Indstilles til Byrådets godkendelse", "Udvalget indstiller til Byrådet, at ...": passed on
    (
        "recommended",
        regex.compile(
            r"\banbefal|indstilles\sgodkendt|oversendes\stil\b"
            r"|\bindstilles\stil\s(?:\p{L}+\s)?(?:godkendelse|vedtagelse)|\bindstiller\stil\s\p{Lu}",
            regex.I,
        ),
    ),
    (
        "approved",
        # "besluttede at udsætte/anbefale ...": the verb after "besluttede at" decides, not the phrase.
        regex.compile(
            r"\bgodkend|\btiltr[åa]d|\bvedt[ao]g|\bbevilge[ts]|\bindstilling(?:en)?\s(?:blev\s)?fulgt"
            r"|\bbesluttede\sat(?!\s(?:udsætte|ikke|afvise|afslå|forkaste|tage|anbefale|oversende|drøfte))",
            regex.I,
        ),
    ),
    ("discussed", regex.compile(r"\bdrøft", regex.I)),
]

_NOT_PARTICIPATING = regex.compile(
    rf"(?P<who>{NAME}(?:,?\s\([A-ZÆØÅ]\))?)\s(?:deltog\sikke|var\sinhabil|erklærede\ssig\sinhabil|forlod\smødet)"
    rf"|(?:Inhabil|Deltog\sikke):\s*(?P<who2>{NAME}(?:,?\s\([A-ZÆØÅ]\))?)"
)
_MEMBER = rf"{NAME},?\s\([A-ZÆØÅ]\)"
# The first member is no party letter ending a list: "Godkendt af A, V og C. Gitte Frandsen (F) stemte imod",
# "Imod stemte Ø. Mads Krogager (B) undlod at stemme"
_MEMBERS = rf"(?!(?<=\bog\s|,\s|stemte\s|:\s)\p{{Lu}}\.\s){_MEMBER}(?:(?:,|\sog)\s{_MEMBER}){{0,20}}"
_PARTY_TOKEN = regex.compile(r"(?<![\p{L}])[A-ZÆØÅ](?![\p{L}])|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*")
# A run of party letters: "A, V og C"
_LETTERS = r"(?:[A-ZÆØÅ](?:,\s|\sog\s))*[A-ZÆØÅ]"
# A count in parentheses after a run of letters: "A og V (3)", "(3 stemmer)", "(2 medlemmer)"
_PAREN_COUNT = r"(?:\s\(\d{1,3}(?:\s(?:stemmer?|medlem(?:mer)?))?\))?"
# The sides of a vote table and their row labels: "For      F, Ø og Å      7"
_TABLE_SIDES = (("for_", "For"), ("against", "Imod"), ("abstained", "Undlod"))
_VOTE_LINES = [
    # "For stemte: A, V", "For forslaget stemte 5 (A)", and the short form "For: A, V (11)  Imod: O (2)"
    ("for_", regex.compile(r"\bFor(?:(?:\s\p{L}+)?\sstemte:?|:)\s*(?P<list>[^\n;]*)", regex.I)),
    (
        "against",
        regex.compile(r"(?<!eller\s)\bImod(?:(?:\s\p{L}+)?\sstemte:?|:)\s*(?P<list>[^\n;]*)", regex.I),
    ),
    ("abstained", regex.compile(r"\bUndlod(?:\sat\sstemme)?:?\s*(?P<list>[^\n;]*)", regex.I)),
    ("abstained", regex.compile(r"\bHverken\sfor\seller\simod(?:\sstemte)?:?\s*(?P<list>[^\n;]*)", regex.I)),
    # a vote table: "For      F, Ø og Å      7", the count in the last column, or first: "For<TAB>16<TAB>C og A"
    *(
        (
            side,
            regex.compile(
                rf"^\s*{label}(?:\t|\s{{2,}})\d{{1,3}}(?:\t|\s{{2,}})(?P<list>\S[^\n]*)$", regex.M | regex.I
            ),
        )
        for side, label in _TABLE_SIDES
    ),
    *(
        (
            side,
            regex.compile(rf"^\s*{label}\s{{2,}}(?P<list>\S[^\n]*?)\s{{2,}}\d{{1,3}}\s*$", regex.M | regex.I),
        )
        for side, label in _TABLE_SIDES
    ),
    # "Et flertal bestående af A, V og C godkendte ...": the majority's verb ends the list.
    (
        "for_",
        regex.compile(
            r"flertal\s(?:bestående\saf|af)\s(?P<list>[^\n;]{0,300}?)\s(?:stemte\sfor|godkend|tiltr|vedt|anbefal|besluttede)",
            regex.I,
        ),
    ),
    (
        "against",
        regex.compile(
            r"mindretal\s(?:bestående\saf|af)\s(?P<list>[^\n;]{0,300}?)\s(?:stemte\simod|kunne\sikke|ønskede)",
            regex.I,
        ),
    ),
    (
        "for_",
        regex.compile(
            r"(?:^[ \t]*|[;.]\s|\()(?P<list>" + _LETTERS + r")" + _PAREN_COUNT + r"\sstemte\sfor",
            regex.M,
        ),
    ),
    # "Godkendt med stemmer fra A, V og C."
    (
        "for_",
        regex.compile(r"\bmed\sstemmer\sfra\s(?P<list>" + _LETTERS + r")(?![\p{L}])", regex.I),
    ),
    # "Godkendt af A, V og C."
    (
        "for_",
        regex.compile(
            r"\b(?:godkendt|vedtaget|tiltrådt|anbefalet|anbefales)\saf\s(?P<list>"
            + _LETTERS
            + r")(?![\p{L}])",
            regex.I,
        ),
    ),
    # "godkendt med 6 stemmer (A, F, Ø og B) mod 2 (V og C)": each count names its parties;
    # "med 26 stemmer mod 3 (Ø og O)" names only the minority.
    ("for_", regex.compile(r"\bmed\s\d{1,3}\sstemmer?\s\((?P<list>[^()\n]{1,120})\)\smod\b", regex.I)),
    (
        "against",
        regex.compile(
            r"\bmed\s\d{1,3}\sstemmer?\s(?:\([^()\n]{1,120}\)\s)?mod\s\d{1,3}(?:\sstemmer?)?\s\((?P<list>[^()\n]{1,120})\)",
            regex.I,
        ),
    ),
    # "med 16 stemmer for (S, V, C og D) og 8 imod (A, F, O og Ø)"
    ("for_", regex.compile(r"\b\d{1,3}\s(?:stemmer|stemte)\sfor\s\((?P<list>[^()\n]{1,120})\)", regex.I)),
    (
        "against",
        regex.compile(r"\b\d{1,3}\s(?:stemmer?\s|stemte\s)?imod\s\((?P<list>[^()]{1,120})\)", regex.I),
    ),
    # "stemte 4 for forslaget (F og Ø)"
    ("for_", regex.compile(r"\bstemte\s\d{1,3}\sfor\s\p{Ll}+\s\((?P<list>[^()]{1,120})\)", regex.I)),
    ("against", regex.compile(r"\bmod\s\d{1,3}\sstemmer?\s\((?P<list>[^()\n]{1,120})\)", regex.I)),
    # "O undlod", "Å (1) undlod at stemme", "Ø (2 medlemmer) undlod"
    (
        "abstained",
        regex.compile(
            r"(?:^[ \t]*|[;.]\s|\()(?P<list>" + _LETTERS + r")" + _PAREN_COUNT + r"\sundlod\b",
            regex.M,
        ),
    ),
    # "Et flertal (A, F, B) godkendte ...", "Et mindretal (V, C) stemte imod", "1 (O) undlod at stemme"
    (
        "for_",
        regex.compile(
            r"flertal\s\((?P<list>[^()\n]{1,80})\)\s(?:stemte\sfor|godkend|tiltr|vedt|anbefal|besluttede)",
            regex.I,
        ),
    ),
    (
        "against",
        regex.compile(
            r"mindretal\s\((?P<list>[^()\n]{1,80})\)\s(?:stemte\simod|kunne\sikke|ønskede)", regex.I
        ),
    ),
    (
        "abstained",
        regex.compile(r"\b\d{1,3}\s(?:medlem(?:mer)?\s)?\((?P<list>[^()\n]{1,80})\)\x20undlod\b", regex.I),
    ),
    # "Pia Rask (Ø) og Ole Berg (F) stemte imod": members named with their party letters.
    ("for_", regex.compile(rf"(?P<list>{_MEMBERS})\sstemte\sfor\b")),
    ("abstained", regex.compile(rf"(?P<list>{_MEMBERS})\sundlod\b")),
    ("against", regex.compile(rf"(?P<list>{_MEMBERS})\s(?:stemte\simod|kunne\sikke\stiltræde)")),
    (
        "against",
        regex.compile(
            r"(?:^[ \t]*|[;.]\s|\(|\bmens\s)(?P<list>" + _LETTERS + r")" + _PAREN_COUNT + r"\sstemte\simod",
            regex.M,
        ),
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
    members = regex.findall(r"(?<=\p{L},?\s)\(([A-ZÆØÅ])\)", raw)
    if members:  # "Pia Rask (Ø) og Ole Berg (F)": the members' parties
        return list(dict.fromkeys(members))
    inside = next((g for g in regex.findall(r"\(([^()]*)\)", raw) if regex.search(r"\p{Lu}", g)), None)
    if inside:
        raw = inside
    raw = regex.sub(r"\(\d+\)|\b\d+\b", " ", raw)
    raw = raw.split(", der ")[0].split(", som ")[0]
    return [t for t in _PARTY_TOKEN.findall(raw) if t not in ("Og", "Samt", "Ingen")]  # "Imod stemte: Ingen"


_NEXT_SIDE = regex.compile(r"\s(?=(?:For|Imod|Undlod)\b[^\n]{0,20}?:)")


def votes(text: str) -> Votes | None:
    """Votes recorded in a decision text, or None.

    >>> votes("Godkendt. For stemte 5 (A, V). Imod stemte: Ø. Undlod at stemme: F").model_dump(by_alias=True)
    {'for': ['A', 'V'], 'against': ['Ø'], 'abstained': ['F']}
    >>> votes("Et flertal bestående af A, V og C godkendte indstillingen. Imod stemte Ø.").for_
    ['A', 'V', 'C']
    >>> votes("Imod stemte: Ø, idet Enhedslisten ønsker cykelparkering.").against
    ['Ø']
    >>> votes("Godkendt med 6 stemmer (A, F og B) mod 2 (V og C).").model_dump(by_alias=True)
    {'for': ['A', 'F', 'B'], 'against': ['V', 'C'], 'abstained': []}
    >>> votes("Godkendt. For: A, V (11)  Imod: O (2)  Undlod: ingen").model_dump(by_alias=True)
    {'for': ['A', 'V'], 'against': ['O'], 'abstained': []}
    >>> votes("Forkastet med 9 stemmer mod 13 (A, Ø og F stemte imod)").against
    ['A', 'Ø', 'F']
    >>> votes("Et flertal (A, F) godkendte. Et mindretal (V, C) stemte imod. 1 (O) undlod at stemme.").model_dump(by_alias=True)
    {'for': ['A', 'F'], 'against': ['V', 'C'], 'abstained': ['O']}
    """
    sides: dict[str, list[str]] = {"for_": [], "against": [], "abstained": []}
    for side, pattern in _VOTE_LINES:
        for m in pattern.finditer(text):
            # A short-form line holds the next side's label: "For: A, V (11)  Imod: O (2)".
            raw = _NEXT_SIDE.split(m.group("list"), maxsplit=1)[0]
            if side != "for_" or "stemte for" in m.group(0) or "flertal" in m.group(0).lower():
                raw = raw.split(". ")[0]
            else:
                raw = regex.split(r"\.\s|\sImod|\simod", raw)[0]
            # "Imod stemte: Ø, idet Enhedslisten ..." gives a reason, "..., mens O stemte imod" the other side.
            raw = regex.split(r",?\s(?:idet|fordi|da|med\shenvisning\stil|mens)\s", raw)[0]
            for party in _party_list(raw):
                if party not in sides[side]:
                    sides[side].append(party)
    if not any(sides.values()):
        return None
    return Votes(**sides)


_COUNT = r"(?P<n>\d{1,3})"
# The count of a vote line: right after the verb, or in parentheses after the list of parties.
_LINE_COUNT = r"(?:(?P<n>ingen)\b|(?P<n>\d{1,3})\b(?!\.\d)|[^\n.;():]{0,80}\((?P<n>\d{1,3})(?:\sstemmer?)?\))"
# Each pattern names the sides it counts, in the order of its groups.
_COUNTS: list[tuple[tuple[str, ...], regex.Pattern[str]]] = [
    # "vedtaget med 18 stemmer mod 7 (2 undlod)", "forkastet med 9 stemmer mod 16"
    (
        ("for_", "against"),
        regex.compile(
            r"\bmed\s(?P<a>\d{1,3})\sstemmer?\s(?:for\s)?(?:\([^()\n]{1,120}\)\s)?mod\s(?P<b>\d{1,3})",
            regex.I,
        ),
    ),
    # "For stemte 5 (A, V)", "For forslaget stemte 1 (C)", "For stemte: V, C og O (12)"
    (("for_",), regex.compile(rf"\bFor(?:(?:\s\p{{L}}+)?\s(?:stemte|stemmer):?|:)\s{_LINE_COUNT}", regex.I)),
    (
        ("against",),
        regex.compile(
            rf"(?<!eller\s)\bImod(?:(?:\s\p{{L}}+)?\s(?:stemte|stemmer):?|:)\s{_LINE_COUNT}", regex.I
        ),
    ),
    # "Et flertal bestående af A, V og O (4) godkendte ...", "et mindretal (Ø) på 2 stemte imod"
    (
        ("for_",),
        regex.compile(
            rf"flertal\s(?:bestående\saf\s|af\s)?[^()\n]{{0,120}}\({_COUNT}(?:\s(?:stemmer|medlemmer))?\)"
            r"\s(?:stemte\sfor|godkend|tiltr|vedt|anbefal|besluttede)",
            regex.I,
        ),
    ),
    (
        ("against",),
        regex.compile(
            rf"mindretal\s(?:bestående\saf\s|af\s)?[^()\n]{{0,120}}\({_COUNT}(?:\s(?:stemmer|medlemmer))?\)"
            r"\s(?:stemte\simod|kunne\sikke|ønskede)",
            regex.I,
        ),
    ),
    # "2 medlemmer undlod at stemme", "1 (O) undlod at stemme"
    (
        ("abstained",),
        regex.compile(
            rf"\b{_COUNT}\s(?:medlem(?:mer)?\s)?(?:\([^()\n]{{1,80}}\)\s)?undlod\sat\sstemme", regex.I
        ),
    ),
    (("abstained",), regex.compile(rf"\bUndlod(?:\sat\sstemme)?:?\s{_LINE_COUNT}", regex.I)),
    # "Ø og F (3 stemmer) stemte for"
    (("for_",), regex.compile(rf"\({_COUNT}(?:\sstemmer?)?\)\sstemte\sfor\b", regex.I)),
    (("against",), regex.compile(rf"\({_COUNT}(?:\sstemmer?)?\)\sstemte\simod\b", regex.I)),
    # "Å (1) undlod", "Ø (2 medlemmer) undlod"
    (("abstained",), regex.compile(rf"\({_COUNT}(?:\s(?:stemmer?|medlem(?:mer)?))?\)[ ]undlod\b", regex.I)),
    (("abstained",), regex.compile(rf"\bHverken\sfor\seller\simod(?:\sstemte)?:?\s+{_LINE_COUNT}", regex.I)),
    *(
        ((side,), regex.compile(rf"^\s*{label}(?:\t|\s{{2,}}){_COUNT}(?:\t|\s{{2,}})\S", regex.M | regex.I))
        for side, label in _TABLE_SIDES
    ),
    *(
        ((side,), regex.compile(rf"^\s*{label}\s{{2,}}\S[^\n]*?\s{{2,}}{_COUNT}\s*$", regex.M | regex.I))
        for side, label in _TABLE_SIDES
    ),
    # "41 stemmer for, 8 imod og 2 undlod", "(25 for, 12 imod, 0 undlod)": read only in a sentence
    # about a vote (see _VOTE_SENTENCE), where a bare "12 for" cannot be "12 for at ...".
    (
        ("for_",),
        regex.compile(
            rf"(?<![\d.,]){_COUNT}\s(?:medlem(?:mer)?\s)?(?:stemte\s|stemmer?\s)?for\b"
            rf"(?!\s(?!og\b|mod\b|forslaget\b|indstillingen\b)\p{{Ll}})",  # "4 for forslaget", not "4 for at"
            regex.I,
        ),
    ),
    (
        ("against",),
        regex.compile(rf"(?<![\d.,]){_COUNT}\s(?:medlem(?:mer)?\s)?(?:stemte\s|stemmer?\s)?imod\b", regex.I),
    ),
    (("abstained",), regex.compile(rf"(?<![\d.,]){_COUNT}\s(?:medlem(?:mer)?\s)?undlod\b", regex.I)),
]


# Clauses are found first and then tested for a vote word: a single pattern "[^.;]*word[^.;]*"
# would rescan a long line from every position (quadratic on a line without the word).
_CLAUSE = regex.compile(r"[^.;\n]+")
_VOTE_WORD = regex.compile(r"stemme|stemte|undlod|afstemning", regex.I)
_BARE = len(_COUNTS) - 3  # the last three patterns of _COUNTS hold only inside a vote sentence


def vote_counts(text: str) -> VoteCounts | None:
    """The numbers of the final vote, or None when the text counts no votes.

    >>> vote_counts("Forslaget blev forkastet med 9 stemmer mod 16.").model_dump(by_alias=True)
    {'for': 9, 'against': 16, 'abstained': None}
    >>> vote_counts("For stemte 18 medlemmer: A, F og Ø. Imod stemte 7 medlemmer: C og V. "
    ...             "2 medlemmer undlod at stemme: O.").model_dump(by_alias=True)
    {'for': 18, 'against': 7, 'abstained': 2}
    >>> vote_counts("Godkendt. For stemte A, V og C.") is None
    True
    """
    found: list[tuple[int, str, int]] = []
    vote_sentences = [(m.start(), m.group()) for m in _CLAUSE.finditer(text) if _VOTE_WORD.search(m.group())]
    for k, (sides, pattern) in enumerate(_COUNTS):
        for offset, span in vote_sentences if k >= _BARE else [(0, text)]:
            for m in pattern.finditer(span):
                found.extend(
                    (offset + m.start(), side, 0 if n.lower() == "ingen" else int(n))
                    for side, n in zip(sides, m.groups(), strict=True)
                )
    # An amendment is voted on before the proposal: the last count of each side is the final vote.
    counts = {side: n for _, side, n in sorted(found)}
    return VoteCounts(**counts) if counts else None


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


_AMENDMENT = regex.compile(r"ændringsforslag", regex.I)
# The lines listing who voted how, which belong to the vote sentence before them.
_VOTE_LINE = regex.compile(
    r"\s*(?:For(?:\s\p{L}+)?\sstemte|Imod(?:\s\p{L}+)?\sstemte|Undlod\sat\sstemme"
    r"|(?:For|Imod|Undlod|Hverken\sfor\seller\simod)(?::|\s{2,}))",  # a vote table's rows
    regex.I,
)
_SENTENCE_END = regex.compile(r"(?<=[.;!?])\s+|\n+")


def main_proposal(text: str) -> str:
    """The decision text without its sentences on amendments, when the rest still decides something.

    An amendment is voted on first; the outcome and votes of the item are those of the proposal.

    >>> main_proposal("Ændringsforslaget fra Ø blev forkastet. Indstillingen blev godkendt.")
    'Indstillingen blev godkendt.'
    >>> main_proposal("Ændringsforslaget blev forkastet.\\nFor stemte: Ø.\\nIndstillingen blev godkendt.\\nImod stemte: Ø.")
    'Indstillingen blev godkendt.\\nImod stemte: Ø.'
    """
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    kept = []
    voting_on_amendment = False
    for sentence in sentences:
        if _AMENDMENT.search(sentence):
            voting_on_amendment = True
        elif not (voting_on_amendment and _VOTE_LINE.match(sentence)):
            voting_on_amendment = False
            kept.append(sentence)
    rest = "\n".join(kept)  # one sentence a line: a vote list never runs into the next sentence
    return rest if len(kept) < len(sentences) and outcome(rest) != "other" else text


_SIDE_CELL = regex.compile(r"(?:For|Imod|Undlod(?:\sat\sstemme)?|Hverken\sfor\seller\simod)", regex.I)
_PARTY_HEAD = regex.compile(r"Parti|Partier|Partibogstav|Liste|Gruppe", regex.I)
_AWAY_COLUMN = regex.compile(r"Fraværende|Ikke til stede|Fravær|Afbud", regex.I)  # no side of the vote
_TOTAL = regex.compile(r"I\s?alt|Total|Sum|Samlet", regex.I)
_RULE_ROW = regex.compile(r"^\s*\|?[\s:|-]*-[\s:|-]*\|?\s*$")  # a Markdown table's "|---|---|"


def _cells(line: str) -> list[str]:
    """A table row's cells, from a Markdown row or tab-separated; a line that is no row is one cell."""
    row = line.strip()
    if row.startswith("|") and row.endswith("|") and len(row) > 1:
        return [c.strip() for c in row[1:-1].split("|")]
    return [c.strip() for c in line.strip(" \n").split("\t")]  # trailing tabs are empty cells


def _party_table(rows: list[list[str]], sides: list[str | None]) -> list[str]:
    """One line a side from a table with a row a party and a column a side (counts or crosses).

    The count of a side is the table's total row when it has one, else the sum of its cells; a
    column that is no side (``None``: "Fraværende") is passed over.
    """
    voting = [side for side in sides if side is not None]
    parties: dict[str, list[str]] = {side: [] for side in voting}
    summed = dict.fromkeys(voting, 0)
    total: list[str] | None = None
    counted = True
    for row in rows:
        name, values = row[0].strip("* "), [c.strip("* ") for c in row[1:]]
        if _TOTAL.fullmatch(name):
            total = values
            continue
        # "A", "Venstre", "Socialdemokratiet (A)"
        marked = regex.search(r"\(([A-ZÆØÅ])\)$", name)
        letter = (
            name
            if regex.fullmatch(r"[A-ZÆØÅ]", name)
            else marked[1]
            if marked
            else party_letter(name) or name
        )
        for side, value in zip(sides, values, strict=False):
            if side is None:
                continue
            if (value.isdigit() and int(value)) or value.lower() in ("x", "✓", "ja"):
                parties[side].append(letter)
                summed[side] += int(value) if value.isdigit() else 0
            counted = counted and (value.isdigit() or not value or value == "-")
    if total:
        counts = {side: value for side, value in zip(sides, total, strict=False) if side is not None}
    else:
        counts = {side: str(n) for side, n in summed.items()}
    return [
        f"{side}: {', '.join(parties[side]) or 'ingen'}" + (f" ({counts[side]})" if counted else "")
        for side in voting
    ]


def vote_rows(text: str) -> str:
    """A vote table read as one line a side, the count in parentheses after the parties.

    Columns headed by the sides, or a row a side with the parties and the count in cells:

    >>> vote_rows("For\\tImod\\tUndlod at stemme\\nA og V (9)\\tØ (1)\\tO (1)")
    'For: A og V (9)\\nImod: Ø (1)\\nUndlod at stemme: O (1)'
    >>> vote_rows("| Afstemning | Partier | Stemmer |\\n|---|---|---|\\n| For | A og V | 26 |")
    '| Afstemning | Partier | Stemmer |\\nFor: A og V (26)'

    or a row a party, a column a side:

    >>> vote_rows("| Parti | For | Imod |\\n|---|---|---|\\n| A | 7 | 0 |\\n| Ø | 0 | 2 |")
    'For: A (7)\\nImod: Ø (2)'
    """
    lines = [line for line in text.split("\n") if not _RULE_ROW.match(line) or "|" not in line]
    out: list[str] = []
    k = 0
    while k < len(lines):
        cells = _cells(lines[k])
        below = _cells(lines[k + 1]) if k + 1 < len(lines) else []
        heads = cells[1:]
        if (
            len(cells) > 2
            and _PARTY_HEAD.fullmatch(cells[0])
            and all(_SIDE_CELL.fullmatch(c) or _AWAY_COLUMN.fullmatch(c) for c in heads)
            and any(_SIDE_CELL.fullmatch(c) for c in heads)
        ):
            end = k + 1
            while end < len(lines) and len(_cells(lines[end])) == len(cells):
                end += 1
            sides = [c if _SIDE_CELL.fullmatch(c) else None for c in heads]
            out.extend(_party_table([_cells(line) for line in lines[k + 1 : end]], sides))
            k = end
            continue
        if len(cells) > 1 and all(_SIDE_CELL.fullmatch(c) for c in cells) and len(below) == len(cells):
            # an empty cell, or a dash, is a side nobody took
            out.extend(
                f"{side}: {cell}" for side, cell in zip(cells, below, strict=True) if cell.strip("-–— ")
            )
            k += 2
            continue
        if len(cells) > 1 and _SIDE_CELL.fullmatch(cells[0]):
            counts = [c for c in cells[1:] if c.isdigit()]
            parties = " ".join(c for c in cells[1:] if c and not c.isdigit())
            out.append(f"{cells[0]}: {parties}" + (f" ({counts[0]})" if counts else ""))
        else:
            out.append(lines[k])
        k += 1
    return "\n".join(out)


def decision(
    heading: str, text: str, *, default_body: str | None, default_date: str | None
) -> Decision | None:
    """A Decision from a decision section's heading and text; None when the text is empty."""
    text = regex.sub(r"(?m)^[ \t]*>[ \t]?", "", text)  # a decision set as a Markdown quote
    text = regex.sub(r"(?<=\p{L})[ \t]*\.{3,}[ \t]*", ": ", text)  # a tally with dot leaders: "For ..... 22"
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
        outcome=outcome(main := main_proposal(vote_rows(text))),
        not_participating=not_participating(text),
        votes=votes(main),
        vote_counts=vote_counts(main),
    )
