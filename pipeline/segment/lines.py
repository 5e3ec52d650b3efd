"""The text as lines with offsets, and what a line looks like: heading, bold, capitals, contents line."""

from __future__ import annotations

from dataclasses import dataclass

import regex

_MARKUP = regex.compile(r"^[#>\s]*|[*_`]+|</?b>|\s+$")  # ">": a Markdown quote block; "`": code
_RULE = regex.compile(r"^[\s=_*+|:-]+$")
# "[]{#_Toc1 .anchor}", "Title {#pkt-41}"; (?<!\s): a run of spaces is tried once, not from each position
_ANCHOR = regex.compile(r"\[\]\{#[^}]*\}|(?<!\s)\s*\{#[\w.:-]+[^{}]*\}\s*$")
_ESCAPE = regex.compile(r"\\([.\-*#_()\[\]!+`>])|\\$")
_BOXED = regex.compile(r"^\s*\|\s(?P<inner>[^|]*)\|\s*$")  # "| Pkt. 1   Godkendelse af dagsorden   |"
_TOC = regex.compile(r"\.{4,}|…{2,}|(?:\t|\S\s{3,})\d{1,3}\s*$|</?b>")


@dataclass(frozen=True)
class Line:
    start: int
    end: int  # one past the last character, newline excluded
    raw: str

    @property
    def text(self) -> str:
        """The line without Markdown or HTML emphasis: ``'## **Indstilling**'`` -> ``'Indstilling'``."""
        return clean(self.raw)

    @property
    def is_markdown_heading(self) -> bool:
        return self.raw.lstrip().startswith("#")

    @property
    def is_bold(self) -> bool:
        stripped = self.raw.strip()
        return len(stripped) > 4 and stripped.startswith("**") and stripped.endswith("**")

    @property
    def is_italic(self) -> bool:
        """``*Henvendelse til ...*``: a sub-heading inside a section, never a section of its own."""
        stripped = self.raw.strip().lstrip("#").strip()
        return stripped.startswith("*") and not stripped.startswith("**") and stripped.endswith("*")

    @property
    def is_capitals(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 4 and all(c.isupper() for c in letters)

    @property
    def is_toc(self) -> bool:
        """A table-of-contents line: dot leaders, a page number after a tab, or bold tags."""
        return bool(_TOC.search(self.raw))

    @property
    def is_rule(self) -> bool:
        """A ruled line between items or under a table's header: ``====``, ``----+----``, ``|---|``."""
        return not self.blank and bool(_RULE.match(self.raw))

    @property
    def is_boxed(self) -> bool:
        """A line inside an ASCII box, ``| Pkt. 3   Title |``: its text is what is inside."""
        return bool(_BOXED.match(self.raw)) and not self.is_rule

    @property
    def blank(self) -> bool:
        return not self.raw.strip()


def clean(raw: str) -> str:
    """Markup stripped: ``clean("### **Beslutning i Økonomiudvalget**  ")`` is ``'Beslutning i Økonomiudvalget'``."""
    # A flowed line (see flow.py) spans wrapped lines: its text reads as one line.
    if boxed := _BOXED.match(raw):
        raw = boxed.group("inner").rstrip()
    # A converter's marks: Pandoc's anchors "[]{#_Toc1 .anchor}", escapes "79\\.", a hard break "\\" at the end
    raw = _ANCHOR.sub("", raw)
    raw = _ESCAPE.sub(r"\1", raw)
    return _MARKUP.sub("", raw).replace("\n", " ").strip()


_PARTS = regex.compile(r"\s[·|]\s")


def parts(text: str) -> list[str]:
    """A line's parts between middle dots or bars, as web headers and metadata lines set them.

    ``parts("Punkt: 164 · Sagsnr.: 25-21337")`` is ``['Punkt: 164', 'Sagsnr.: 25-21337']``; a table
    row (``| Dato | 18-06-2024 |``) is one part.
    """
    return [text] if text.startswith("|") else _PARTS.split(text)


def split_lines(text: str) -> list[Line]:
    """Lines with their offsets into ``text``."""
    lines = []
    start = 0
    for raw in text.split("\n"):
        lines.append(Line(start, start + len(raw), raw))
        start += len(raw) + 1
    return lines


def next_content(lines: list[Line], index: int) -> int | None:
    """The index of the first non-blank line after ``index``."""
    for j in range(index + 1, len(lines)):
        if not lines[j].blank:
            return j
    return None
