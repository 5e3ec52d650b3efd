"""HTML to text with its structure kept: headings as Markdown headings, lists as dashes,
table rows as tab-separated lines (so budget tables on web pages stay tables)."""

from __future__ import annotations

from html.parser import HTMLParser

import regex

_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "form"})
_BLOCK = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "aside",
        "ul",
        "ol",
        "table",
        "tr",
        "blockquote",
        "pre",
        "dl",
        "figure",
        "figcaption",
        "address",
        "br",
        "hr",
        "body",
    }
)
# An accordion's <summary> is the heading of what it folds: an agenda item, on many council sites.
_HEADINGS = {f"h{n}": n for n in range(1, 7)} | {"summary": 2}
# Inline elements whose text is a number set apart by CSS alone: "<span>87</span>Godkendelse".
_INLINE = frozenset({"span", "strong", "b", "em", "i", "a", "small"})
_NUMBER = regex.compile(r"\s*\d{1,4}[.)]?\s*")
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base", "source"})


class _TextBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.cell_index = 0
        self.inline_starts: list[int] = []
        self.cell_depth = 0  # inside a table cell, paragraphs are parts of one cell, not lines

    def _newline(self, blank: bool = False) -> None:
        self.parts.append("\n\n" if blank else "\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            if tag not in _VOID:
                self.skip_depth += 1
            return
        if self.skip_depth:
            return
        if tag in _INLINE:
            self.inline_starts.append(len(self.parts))
        elif tag in _HEADINGS:
            self._newline(blank=True)
            self.parts.append("#" * _HEADINGS[tag] + " ")
        elif tag == "li":
            self._newline()
            self.parts.append("- ")
        elif tag == "tr":
            self._newline()
            self.cell_index = 0
        elif tag in ("td", "th"):
            if self.cell_index:
                self.parts.append("\t")
            self.cell_index += 1
            self.cell_depth += 1
        elif self.cell_depth and tag in ("p", "div"):
            self.parts.append(" ")
        elif tag == "dt":
            self._newline()
        elif tag in _BLOCK:
            self._newline(blank=tag in ("p", "table", "ul", "ol", "section", "article"))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return  # "<br />" comes as a start and an end: one line break, not two
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if self.skip_depth:
            return
        if tag in _INLINE and self.inline_starts:
            if _NUMBER.fullmatch("".join(self.parts[self.inline_starts.pop() :])):
                self.parts.append(" ")  # the number and the text after it stay two words
        elif tag in _HEADINGS:
            self._newline(blank=True)
        elif tag in ("td", "th"):
            self.cell_depth = max(0, self.cell_depth - 1)
        elif self.cell_depth and tag in ("p", "div"):
            self.parts.append(" ")
        elif tag == "dt":  # a term and its description are one labelled line: "Sagsnr.: 25/2761"
            self.parts.append(" " if "".join(self.parts[-2:]).rstrip().endswith(":") else ": ")
        elif tag in _BLOCK and tag != "tr":  # the next row opens its own line
            self._newline(blank=tag in ("p", "table", "ul", "ol"))

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            # Whitespace inside HTML text is layout, not content.
            self.parts.append(regex.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    """Visible text of a page, structure kept.

    >>> html_to_text("<h2>Indstilling</h2><p>Det indstilles, at</p><ul><li>A</li></ul>")
    '## Indstilling\\n\\nDet indstilles, at\\n\\n- A'
    >>> html_to_text("<dl><dt>Sagsnr.</dt><dd>25/2761</dd><dt>Status:</dt><dd>Åben</dd></dl>")
    'Sagsnr.: 25/2761\\nStatus: Åben'
    >>> html_to_text('<h2><span class="nr">87</span>Godkendelse af dagsorden</h2>')
    '## 87 Godkendelse af dagsorden'
    """
    builder = _TextBuilder()
    builder.feed(html)
    builder.close()
    lines = [line.strip(" ") for line in "".join(builder.parts).split("\n")]
    text = "\n".join(lines)
    return regex.sub(r"\n{3,}", "\n\n", text).strip()
