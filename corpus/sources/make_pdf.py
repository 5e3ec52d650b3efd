"""Render a source text to a PDF the way council systems print minutes (reportlab, in dev extras).

    python corpus/sources/make_pdf.py corpus/sources/referat_hedensted_boern.src corpus/referat_hedensted_boern.pdf \
        --header "Hedensted Kommune – Referat"

'# ' lines are set large and bold, '## ' lines medium and bold, '**x**' lines as bold body text,
a '---' line starts a new page, consecutive tab-separated lines are set as a table without rules
(numbers right-aligned, as budget tables are printed); every page gets the running header and a
'Side N af M' footer.
With --flow the text is set as one flowing block (line breaks and heading styles lost, headings
inline in the text), the way a transcript or a badly exported PDF reads.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

STYLES = {
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=8),
    "h2": ParagraphStyle(
        "h2", fontName="Helvetica-Bold", fontSize=13.5, leading=17, spaceBefore=10, spaceAfter=4
    ),
    "bold": ParagraphStyle("bold", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=4),
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=4),
}


def table(rows: list[str]) -> Table:
    cells = [row.split("\t") for row in rows]
    width = max(map(len, cells))
    style = [
        ("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ]
    return Table([c + [""] * (width - len(c)) for c in cells], hAlign="LEFT", style=style)


def flowables(text: str) -> list:
    story: list = []
    rows: list[str] = []
    for line in [*text.splitlines(), ""]:
        if "\t" in line:
            rows.append(line)
            continue
        if rows:
            story.append(table(rows))
            rows = []
        if not line.strip():
            story.append(Spacer(1, 6))
        elif line.strip() == "---":
            story.append(PageBreak())
        elif line.startswith("## "):
            story.append(Paragraph(line[3:], STYLES["h2"]))
        elif line.startswith("# "):
            story.append(Paragraph(line[2:], STYLES["h1"]))
        elif line.startswith("**") and line.endswith("**"):
            story.append(Paragraph(line.strip("*"), STYLES["bold"]))
        else:
            story.append(Paragraph(line, STYLES["body"]))
    return story


def flowing(text: str) -> list:
    story: list = []
    for chunk in text.split("\n---\n"):
        words = " ".join(line.lstrip("#").strip().strip("*") for line in chunk.splitlines() if line.strip())
        story += [PageBreak()] if story else []
        story.append(Paragraph(words, STYLES["body"]))
    return story


def render(source: Path, target: Path, header: str, flow: bool = False) -> None:
    text = source.read_text(encoding="utf-8")
    make_story = flowing if flow else flowables

    def build(total: int) -> int:
        pages = 0

        def decorate(canvas, doc) -> None:
            nonlocal pages
            pages = doc.page
            canvas.setFont("Helvetica", 8.5)
            canvas.drawString(2.5 * cm, A4[1] - 1.3 * cm, header)
            canvas.drawRightString(A4[0] - 2.5 * cm, 1.2 * cm, f"Side {doc.page} af {total}")

        doc = SimpleDocTemplate(
            str(target),
            pagesize=A4,
            topMargin=2.4 * cm,
            bottomMargin=2.2 * cm,
            leftMargin=2.5 * cm,
            rightMargin=2.5 * cm,
            title=source.stem,
        )
        doc.build(make_story(text), onFirstPage=decorate, onLaterPages=decorate)
        return pages

    # Two passes: the first counts the pages that the footer of the second names.
    build(build(0))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--header", required=True)
    parser.add_argument("--flow", action="store_true", help="one flowing block of text, line breaks lost")
    args = parser.parse_args()
    render(args.source, args.target, args.header, args.flow)


if __name__ == "__main__":
    main()
