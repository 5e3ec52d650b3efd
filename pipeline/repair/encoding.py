"""Encoding repair: undo mojibake with ftfy, logging each change with offsets into the input."""

from __future__ import annotations

import difflib

import ftfy
import regex

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


# A two-byte UTF-8 letter read as Windows-1252 (Ã¸ for ø, Ã¥ for å), as ftfy leaves it in a line
# that also holds correct letters it cannot re-encode as a whole.
UTF8_PAIR_RE = regex.compile(
    r"[ÂÃ][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)


def fix_utf8_pairs(text: str) -> str:
    """Decode leftover two-character mojibake of Latin letters: ``"ældrerÃ¥det"`` -> ``"ældrerådet"``."""

    def decode(m: regex.Match) -> str:
        try:
            fixed = m.group().encode("cp1252").decode("utf-8")
        except UnicodeError:
            return m.group()
        return fixed if fixed.isalpha() else m.group()

    return UTF8_PAIR_RE.sub(decode, text)


_LINE = regex.compile(r"[^\n]*\n|[^\n]+")


def _fix_line(line: str) -> str:
    """ftfy and the pair decoder until nothing changes (three rounds at most): one round can
    leave mojibake that the next would fix (``"\\x86Ã\\x80Â\\x80"``), and repair must be idempotent."""
    for _ in range(3):
        fixed = fix_utf8_pairs(ftfy.fix_text(line, FTFY_CONFIG))
        if fixed == line:
            break
        line = fixed
    return line


def fix_encoding(text: str) -> tuple[str, list[Repair]]:
    """Repair mojibake; every changed span becomes a ``Repair`` of kind ``encoding``.

    ``fix_encoding("Mødet i KÃ¸benhavn")`` -> ``("Mødet i København", [Repair(start=9, end=11,
    original="Ã¸", replacement="ø", ...)])``; clean text comes back unchanged with no repairs.
    """
    out: list[str] = []
    repairs: list[Repair] = []
    offset = 0
    # Only "\n" ends a line: splitlines() also cuts at \x1c-\x1e and \x85, which ftfy may delete,
    # so the next pass would see other lines and repair again.
    for line in _LINE.findall(text):
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
