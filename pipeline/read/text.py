"""Bytes to text: UTF-8, UTF-16 with a BOM, and the legacy Windows/ISO encodings of Danish."""

from __future__ import annotations

import codecs

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
