"""PDF to text with pdfplumber: headings found by font size and weight, running headers,
footers and page numbers dropped, pages joined by blank lines."""

from __future__ import annotations

import io
import zlib
from collections import Counter
from pathlib import Path
from statistics import median
from typing import TYPE_CHECKING, Any

import regex

from .base import Limits, ReadError
from .text import page_key, repeated_on_most_pages

if TYPE_CHECKING:
    import pdfplumber

_STREAM = regex.compile(rb"stream\r?\n")
_IMAGE = regex.compile(rb"/Subtype\s*/Image")
_CHUNK = 1 << 20


def decoded_size(data: bytes, cap: int) -> int:
    r"""Bytes a PDF's Flate-compressed streams expand to, counted up to ``cap`` without holding them.

    Image streams are skipped: text extraction never decodes them. A stream that is not Flate data
    (or is encrypted) counts as nothing, since pdfminer cannot inflate it either.

    >>> body = zlib.compress(b"BT (Referat) Tj ET" * 1000)
    >>> decoded_size(b"%PDF-1.4\n1 0 obj << /Filter /FlateDecode >> stream\n" + body + b"\nendstream", 10**9)
    18000
    """
    total = 0
    for m in _STREAM.finditer(data):
        if _IMAGE.search(data, max(0, m.start() - 400), m.start()):
            continue
        end = data.find(b"endstream", m.end())
        inflate = zlib.decompressobj()
        chunk = data[m.end() : end if end >= 0 else len(data)]
        try:
            while chunk and total <= cap:
                total += len(inflate.decompress(chunk, _CHUNK))
                chunk = inflate.unconsumed_tail
        except zlib.error:
            continue
        if total > cap:
            break
    return total


_PAGE_NUMBER = regex.compile(r"^(?:side\s+)?\d{1,4}(?:\s*(?:af|/|of)\s*\d{1,4})?$", regex.IGNORECASE)
_MARGIN = 0.06  # top and bottom share of the page where running headers and footers live

Line = dict[str, Any]


def read_pdf(data: bytes, path: Path, limits: Limits, *, ocr: bool = False) -> tuple[str, int, list[str]]:
    """Text of a PDF, its page count, and warnings; a PDF that cannot be read raises ReadError."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    if not data.lstrip()[:1024].startswith(b"%PDF"):
        head = data.lstrip()[:64].lower()
        what = "an HTML page" if head.startswith((b"<!doctype", b"<html")) else "not a PDF"
        raise ReadError("NotAPDF", f"{path}: named .pdf but the file is {what}; rename it or fetch it again")
    if decoded_size(data, limits.max_decoded_bytes) > limits.max_decoded_bytes:
        raise ReadError(
            "DecompressionBomb",
            f"{path}: the PDF's compressed streams expand to over {limits.max_decoded_bytes:,} bytes "
            f"from a {len(data):,}-byte file; it is damaged or hostile. If you trust it, raise the "
            "limit with --max-decoded-mb",
        )
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > limits.max_pages:
                raise ReadError(
                    "TooManyPages",
                    f"{path}: {len(pdf.pages)} pages is over the limit of {limits.max_pages}; "
                    "raise it with --max-pages",
                )
            pages = [_page_lines(page) for page in pdf.pages]
            n_pages = len(pdf.pages)
    except ReadError:
        raise
    except PDFPasswordIncorrect as exc:
        raise ReadError(
            "EncryptedPDF", f"{path}: the PDF is encrypted; decrypt it first (qpdf --decrypt in.pdf out.pdf)"
        ) from exc
    except Exception as exc:  # pdfminer raises many unrelated types on damaged files
        # pdfplumber wraps pdfminer's PDFPasswordIncorrect in its own exception's args
        if any(isinstance(arg, PDFPasswordIncorrect) for arg in exc.args) or "encrypt" in str(exc).lower():
            raise ReadError(
                "EncryptedPDF",
                f"{path}: the PDF is encrypted; decrypt it first (qpdf --decrypt in.pdf out.pdf)",
            ) from exc
        raise ReadError(
            "BrokenPDF", f"{path}: the PDF cannot be parsed ({type(exc).__name__}: {exc})"
        ) from exc
    if not any(pages) and ocr:
        from .ocr import ocr_pdf

        return (
            ocr_pdf(data, path),
            n_pages,
            ["the PDF had no text layer: its text is Tesseract's OCR (Danish)"],
        )
    if not any(pages):
        raise ReadError(
            "NeedsOCR",
            f"{path}: the PDF has no text layer (a scan); give it one with "
            f"'ocrmypdf -l dan {path.name} {path.stem}.ocr.pdf' and run dkcouncil on that file, "
            "or run dkcouncil with --ocr where tesseract and its Danish data are installed",
        )
    warnings = [f"page {i} has no text layer" for i, lines in enumerate(pages, 1) if not lines]
    pages = _drop_running_lines(pages)
    body_size = _body_size(pages)
    heading_levels = _heading_levels(pages, body_size)
    text = "\n\n".join("\n".join(_render(line, heading_levels) for line in lines) for lines in pages if lines)
    return text, n_pages, warnings


def _page_lines(page: pdfplumber.page.Page) -> list[Line]:
    height = float(page.height) or 1.0
    lines = []
    for line in page.extract_text_lines(return_chars=True):
        chars = [c for c in line["chars"] if c["text"].strip()]
        if not chars or not line["text"].strip():
            continue
        lines.append(
            {
                "text": line["text"].strip(),
                "cells": _cells(line["text"].strip(), chars),
                "size": round(median(c["size"] for c in chars), 1),
                "bold": all("bold" in c["fontname"].lower() for c in chars),
                "rel_top": float(line["top"]) / height,
                "rel_bottom": float(line["bottom"]) / height,
            }
        )
    _align_tables(lines)
    return lines


_CELL_GAP = 1.2  # ems: wider than any word space, even in justified text
_NUMBER_GAP = 0.6  # ems between two numbers: "3.000   3.000" in a tight table is two cells
_YEAR = regex.compile(r"^(?:19|20)\d\d$")
_NUMERIC = regex.compile(r"^[-÷−–]?\d[\d.,]*$")
Cell = tuple[str, float, float]  # text, x0, x1


def _cells(text: str, chars: list[dict[str, Any]]) -> list[Cell]:
    """A line's cells with their horizontal extent: words a column apart are separate cells.

    pdfplumber joins the words of a line with single spaces; the characters' positions say where
    a gap is a column's. ``chars`` are the line's visible characters in reading order. A line of
    prose is one cell.
    """
    words = text.split(" ")
    if len(words) < 2 or sum(map(len, words)) != len(chars):
        return [(text, float(chars[0]["x0"]), float(chars[-1]["x1"]))]  # ligatures: no positions
    cells: list[Cell] = []
    k = 0
    for word in words:
        first, last = chars[k], chars[k + len(word) - 1]
        if cells:
            gap = float(first["x0"]) - cells[-1][2]
            both_numbers = _NUMERIC.match(word) and _NUMERIC.match(cells[-1][0].rsplit(" ", 1)[-1])
            limit = (_NUMBER_GAP if both_numbers else _CELL_GAP) * float(first["size"])
            if gap <= limit:
                cells[-1] = (f"{cells[-1][0]} {word}", cells[-1][1], float(last["x1"]))
                k += len(word)
                continue
        cells.append((word, float(first["x0"]), float(last["x1"])))
        k += len(word)
    return cells


def _align_tables(lines: list[Line]) -> None:
    """Give every row of a table the columns of its widest row, so an empty cell stays empty.

    A run of lines with several cells is a table, and a row of years (``Anlæg  2026  2027``) starts
    a new one; each cell goes to the column it overlaps most (a right-aligned number overlaps its
    column's right edge). ``line["text"]`` becomes the row's cells joined by tabs.
    """
    tables: list[list[Line]] = []
    previous_had_cells = False
    for line in lines:
        has_cells = len(line["cells"]) >= 2
        if has_cells and (not previous_had_cells or _is_year_header(line["cells"])):
            tables.append([])
        if has_cells:
            tables[-1].append(line)
        previous_had_cells = has_cells
    for rows in tables:
        columns = [(x0, x1) for _, x0, x1 in max((row["cells"] for row in rows), key=len)]
        for row in rows:
            cells = [""] * len(columns)
            for text, x0, x1 in row["cells"]:
                j = max(
                    range(len(columns)),
                    key=lambda c: (_overlap((x0, x1), columns[c]), -abs(x1 - columns[c][1])),
                )
                cells[j] = f"{cells[j]} {text}".strip()
            row["text"] = "\t".join(cells).rstrip("\t")


def _is_year_header(cells: list[Cell]) -> bool:
    return sum(bool(_YEAR.match(text)) for text, _, _ in cells) >= 2


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> float:
    return min(a[1], b[1]) - max(a[0], b[0])


def _in_margin(line: Line) -> bool:
    return line["rel_top"] < _MARGIN or line["rel_bottom"] > 1 - _MARGIN


def _drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Drop page numbers and lines repeated in the margins of most pages (running headers).

    A margin line such as 'Hedensted Kommune – Referat' on every page, or 'Side 2 af 4', goes;
    digits are ignored when comparing so 'Side 1' and 'Side 2' count as the same line.
    """
    running = repeated_on_most_pages(
        [[line["text"] for line in lines if _in_margin(line)] for lines in pages]
    )
    kept = []
    for lines in pages:
        kept.append(
            [
                line
                for line in lines
                if not (
                    _in_margin(line)
                    and (_PAGE_NUMBER.match(line["text"]) or page_key(line["text"]) in running)
                )
            ]
        )
    return kept


def _body_size(pages: list[list[Line]]) -> float:
    sizes: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            sizes[line["size"]] += len(line["text"])
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _heading_levels(pages: list[list[Line]], body_size: float) -> dict[float, int]:
    """Font sizes clearly above the body's, largest first, as heading levels 1-3."""
    larger = sorted(
        {line["size"] for lines in pages for line in lines if line["size"] >= body_size * 1.15}, reverse=True
    )
    return {size: min(level, 3) for level, size in enumerate(larger, 1)}


def _render(line: Line, levels: dict[float, int]) -> str:
    """A line as Markdown: larger type becomes '#'-headings, a short bold line '**bold**'."""
    text = line["text"]
    if line["size"] in levels and len(text) < 150:
        return "#" * levels[line["size"]] + " " + text
    if line["bold"] and len(text) < 150 and "\t" not in text:  # a table's header row stays a row
        return f"**{text}**"
    return text
