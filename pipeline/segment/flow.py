"""Flowed text: a PDF transcript whose line breaks are the page's wrapping, not its structure.

Headings, labels and item numbers then sit inside the lines (``... fraværende. 4. Tilskud til
... Sagsnr.: 25/1045 Sagsfremstilling Gudenåens ...``). Such a text is cut into virtual lines
before each of them; every virtual line is a slice of the text, so offsets stay true.
"""

from __future__ import annotations

import itertools

import regex

from .lines import Line
from .sections import LABELS

# Capitalised only: "Økonomi Overførslerne ..." is a heading, "... på økonomien" is not.
_HEADING = regex.compile(rf"(?<=[.!?:)\d]\s{{1,3}})(?:{LABELS})(?=\s+\p{{Lu}}|:)")
_LABEL = regex.compile(
    r"(?:Mødedato|Mødested|Sagsnr\.|Sags-ID|Journalnr\.):"
    r"|(?:Deltagere|Mødedeltagere|Til stede|Afbud|Fraværende)(?=:?\s+\p{Lu})|Desuden deltog:"
)
_ITEM = regex.compile(r"(?<=^|[.!?)]\s{1,3}|\d\s{1,3}|(?P<word>\p{L})\s{1,3})(?P<num>\d{1,3})\.\s+(?=\p{Lu})")
_RUN_IN = regex.compile(rf"(?<=\S\s{{1,3}})(?:{LABELS})(?=\s+\p{{Lu}})")


_LAYOUT = regex.compile(r"\S\s{3,}\S|\t|^[\s=_*-]+$")


def is_flowed(text: str) -> bool:
    """True when most lines are long wrapped prose and headings run on inside them.

    >>> is_flowed("# Referat\\n\\n## 1. Budget\\n\\n### Beslutning\\n\\nGodkendt.\\n")
    False
    """
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 5 and len(text) < 300:  # a whole meeting on one or two lines is flowed too
        return False
    # Wrapped prose: long lines without the column gaps of a laid-out table or a rule of "====".
    long = sum(len(line) > 70 and not _LAYOUT.search(line) for line in lines)
    run_in = len(_RUN_IN.findall(text))
    return long > 0.6 * len(lines) and run_in >= max(3, len(lines) // 20)


def _item_breaks(text: str) -> list[int]:
    """Offsets of item numbers 1., 2., 3. ... in sequence: a stray "3. Det" is not item 3.

    After a word rather than a sentence's end (an attachment list has no full stop) only the next
    number in sequence opens an item.

    >>> _item_breaks("1. Budget Godkendt. 2. Skole Bilag Kort over skolen 3. Havn Udsat.")
    [0, 20, 52]
    """
    breaks = []
    expected = None
    for m in _ITEM.finditer(text):
        number = int(m.group("num"))
        if (expected is None and not m.group("word")) or number == expected:
            breaks.append(m.start())
            expected = number + 1
    return breaks


def flowed_lines(text: str) -> list[Line]:
    """Virtual lines cut at blank lines and before every heading, label and item number.

    >>> [l.text for l in flowed_lines("Mødedato: 1.3.2025 Deltagere Ib Holm (A) 1. Budget Sagsnr.: 25/9 Beslutning Godkendt.")]
    ['Mødedato: 1.3.2025', 'Deltagere Ib Holm (A)', '', '1. Budget', 'Sagsnr.: 25/9', 'Beslutning Godkendt.']
    """
    cuts = {0, len(text)}
    cuts.update(m.start() for m in _HEADING.finditer(text))
    cuts.update(m.start() for m in _LABEL.finditer(text))
    items = set(_item_breaks(text))
    cuts.update(items)
    for m in regex.finditer(r"\n[ \t]*\n", text):
        cuts.update((m.start(), m.end()))
    lines = []
    points = sorted(cuts)
    for start, end in itertools.pairwise(points):
        raw = text[start:end]
        if start in items:
            lines.append(Line(start, start, ""))  # an item opens a paragraph, as on the page
        stripped_end = start + len(raw.rstrip())
        if raw.strip():
            lines.append(Line(start, stripped_end, text[start:stripped_end]))
        else:
            lines.append(Line(start, start, ""))
    return lines
