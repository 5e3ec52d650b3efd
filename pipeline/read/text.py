"""Bytes to text: UTF-8, UTF-16 with a BOM, and the legacy Windows/ISO encodings of Danish."""

from __future__ import annotations

import codecs
from collections import Counter

import regex

# Bytes 0x80-0x9F are C1 controls in latin-1 but letters and punctuation in cp1252; five of them
# are undefined in cp1252, so a text holding those is not cp1252.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode a text file whatever its encoding; never raises.

    >>> decode_bytes("Kø".encode("utf-8"))
    ('Kø', [])
    >>> decode_bytes("Kø – møde".encode("cp1252"))[0]
    'Kø – møde'
    """
    warnings: list[str] = []
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32")):
        if data.startswith(bom):
            return _clean(data.decode(encoding, errors="replace"), warnings)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _clean(data.decode("utf-16", errors="replace"), warnings)
    try:
        return _clean(data.decode("utf-8-sig"), warnings)
    except UnicodeDecodeError:
        pass
    if any(b in _CP1252_UNDEFINED for b in data):
        text = data.decode("latin-1")
        warnings.append("decoded as latin-1: the file is not valid UTF-8")
    else:
        text = data.decode("cp1252")
        warnings.append("decoded as cp1252: the file is not valid UTF-8")
    return _clean(text, warnings)


def _clean(text: str, warnings: list[str]) -> tuple[str, list[str]]:
    """Normalise line ends and drop NUL bytes, which no council text means to hold.

    >>> _clean("a\\r\\nb\\x00c", [])
    ('a\\nbc', ['removed 1 NUL characters'])
    """
    nuls = text.count("\x00")
    if nuls:
        text = text.replace("\x00", "")
        warnings.append(f"removed {nuls} NUL characters")
    return text.replace("\r\n", "\n").replace("\r", "\n"), warnings


# A one-line paragraph underlined with "=" or "-": a Markdown (setext) heading of level 1 or 2.
_SETEXT = regex.compile(r"(?m)^(?P<title>[^\s#|>-][^\n]*)\n(?P<rule>=+|-+)[ \t]*$")


# Pandoc's bracketed spans: "[Indstilling]{.underline}" is the word "Indstilling", styled.
_PANDOC_SPAN = regex.compile(r"\[(?P<text>[^\[\]\n]{1,200})\]\{\.[\w-]+\}")


def atx_headings(text: str) -> str:
    """Setext headings written as ``#`` headings, as every other heading in the pipeline is.

    >>> atx_headings("[Indstilling]{.underline}")
    'Indstilling'
    >>> atx_headings("Titel\\n=====\\n\\nIndstilling\\n-----------\\nRådmanden indstiller")
    '# Titel\\n\\n## Indstilling\\nRådmanden indstiller'
    """

    def heading(m: regex.Match[str]) -> str:
        return f"{'#' if m.group('rule')[0] == '=' else '##'} {m.group('title')}"

    return _SETEXT.sub(heading, _PANDOC_SPAN.sub(r"\g<text>", text))


# pdftotext's output: pages split by form feeds, a running header or footer on each
# "Side 3 af 7" at a line's end ("Byrådet 21-05-2025      Side 3 af 7"), or a line that is a number
_PAGE_NUMBER = regex.compile(
    r"(?:^|\s)[Ss]ide\s\d{1,4}(?:\s?(?:af|/)\s?\d{1,4})?$|^(?:-\s?)?\d{1,4}(?:\saf\s\d{1,4}|\s?-)?$"
)
_DIGITS = regex.compile(r"\d+")
_NEAR = 2  # how far from a page's first or last line a page number may stand


def page_key(line: str) -> str:
    """A line as compared across pages, digits ignored: ``page_key(" Side 2 af 4")`` is ``'Side # af #'``."""
    return _DIGITS.sub("#", line.strip())


def repeated_on_most_pages(pages: list[list[str]]) -> set[str]:
    """The keys of the lines that stand on most pages: running headers and footers.

    >>> sorted(repeated_on_most_pages([["Referat", "Side 1"], ["Referat", "Side 2"], ["Bilag"]]))
    ['Referat', 'Side #']
    """
    counts = Counter(key for lines in pages for key in {page_key(line) for line in lines})
    threshold = max(2, (len(pages) + 1) // 2)
    return {key for key, n in counts.items() if n >= threshold}


def drop_running_lines(text: str) -> tuple[str, int]:
    """Blank the page numbers, and the first and last lines that repeat on most pages, of a paged text.

    Only text with form feeds is paged. The lines become empty, so the page break reads as a
    paragraph break; the form feeds stay. Digits are ignored when comparing, as in the PDF reader.

    >>> drop_running_lines("Udvalget 12-05\\nSag 1\\nTekst\\nSide 1 af 2\\n\\fUdvalget 12-05\\nSag 2\\nSide 2 af 2")
    ('\\nSag 1\\nTekst\\n\\n\\x0c\\nSag 2\\n', 4)
    """
    pages = text.split("\f")
    if len(pages) < 2:
        return text, 0
    split = [page.split("\n") for page in pages]

    def filled(lines: list[str]) -> list[int]:
        return [k for k, line in enumerate(lines) if line.strip()]

    def margin(lines: list[str]) -> set[int]:
        ends = filled(lines)
        return {ends[0], ends[-1]} if ends else set()

    running = repeated_on_most_pages([[lines[k] for k in margin(lines)] for lines in split])
    dropped = 0
    for lines in split:
        ends, edges = filled(lines), margin(lines)
        for k in sorted(set(ends[:_NEAR] + ends[-_NEAR:])):
            line = lines[k].strip()
            if _PAGE_NUMBER.search(line) or (k in edges and page_key(line) in running):
                lines[k], dropped = "", dropped + 1
    return "\f".join("\n".join(lines) for lines in split), dropped
