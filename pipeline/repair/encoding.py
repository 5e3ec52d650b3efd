"""Encoding repair: undo mojibake with ftfy, logging each change with offsets into the input."""

from __future__ import annotations

import difflib
from functools import cache

import ftfy

from dkcouncil.schemas import Repair

# ftfy's defaults also restyle clean text (curly quotes, ligatures, full-width forms, NFC), a few
# changes per 1,000 words of clean Danish; only its mojibake and escape repairs are wanted here.
FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    fix_line_breaks=False,
    normalization=None,
    explain=False,
)


@cache
def _fix_line(line: str) -> str:
    return ftfy.fix_text(line, FTFY_CONFIG)


def fix_encoding(text: str) -> tuple[str, list[Repair]]:
    """Repair mojibake; every changed span becomes a ``Repair`` of kind ``encoding``.

    ``fix_encoding("Mødet i KÃ¸benhavn")`` -> ``("Mødet i København", [Repair(start=9, end=11,
    original="Ã¸", replacement="ø", ...)])``; clean text comes back unchanged with no repairs.
    """
    out: list[str] = []
    repairs: list[Repair] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        # Pure ASCII cannot hold mojibake worth ftfy's time (HTML entities are the reader's job).
        fixed = line if line.isascii() else _fix_line(line)
        out.append(fixed)
        if fixed != line:
            repairs.extend(_diff(line, fixed, offset))
        offset += len(line)
    return "".join(out), repairs


def _diff(before: str, after: str, offset: int) -> list[Repair]:
    """The changed spans of one line, as repairs with offsets into the input."""
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    return [
        Repair(
            start=offset + i1,
            end=offset + i2,
            original=before[i1:i2],
            replacement=after[j1:j2],
            kind="encoding",
            confidence=0.99,
        )
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op != "equal"
    ]
