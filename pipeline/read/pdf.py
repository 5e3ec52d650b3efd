"""PDF to text with pdfplumber: headings found by font size and weight, running headers,
footers and page numbers dropped, pages joined by blank lines."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path
from statistics import median
from typing import TYPE_CHECKING, Any

import regex

from .base import Limits, ReadError

if TYPE_CHECKING:
    import pdfplumber

_PAGE_NUMBER = regex.compile(r"^(?:side\s+)?\d{1,4}(?:\s*(?:af|/|of)\s*\d{1,4})?$", regex.IGNORECASE)
_DIGITS = regex.compile(r"\d+")
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
                "size": round(median(c["size"] for c in chars), 1),
                "bold": all("bold" in c["fontname"].lower() for c in chars),
                "rel_top": float(line["top"]) / height,
                "rel_bottom": float(line["bottom"]) / height,
            }
        )
    return lines


def _in_margin(line: Line) -> bool:
    return line["rel_top"] < _MARGIN or line["rel_bottom"] > 1 - _MARGIN


def _drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Drop page numbers and lines repeated in the margins of most pages (running headers).

    A margin line such as 'Hedensted Kommune – Referat' on every page, or 'Side 2 af 4', goes;
    digits are ignored when comparing so 'Side 1' and 'Side 2' count as the same line.
    """
    counts: Counter[str] = Counter()
    for lines in pages:
        for key in {_DIGITS.sub("#", line["text"]) for line in lines if _in_margin(line)}:
            counts[key] += 1
    threshold = max(2, (len(pages) + 1) // 2)
    kept = []
    for lines in pages:
        kept.append(
            [
                line
                for line in lines
                if not (
                    _in_margin(line)
                    and (
                        _PAGE_NUMBER.match(line["text"])
                        or counts[_DIGITS.sub("#", line["text"])] >= threshold
                    )
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
    if line["bold"] and len(text) < 150:
        return f"**{text}**"
    return text
