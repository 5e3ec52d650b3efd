"""OCR for PDFs without a text layer: pages rendered with pypdfium2 (a pdfplumber dependency) and
read by the ``tesseract`` program with its Danish data (``apt-get install tesseract-ocr-dan``)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from .base import ReadError

DPI = 300


def tesseract_languages() -> set[str]:
    """Languages the installed tesseract can read; empty when it is not installed."""
    if shutil.which("tesseract") is None:
        return set()
    proc = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, check=False)
    return {line.strip() for line in proc.stdout.splitlines()[1:] if line.strip()}


def ocr_pdf(data: bytes, path: Path) -> str:
    """The text of a scanned PDF, pages joined by blank lines."""
    if "dan" not in tesseract_languages():
        raise ReadError(
            "NeedsOCR",
            f"{path}: the PDF has no text layer and --ocr needs tesseract with Danish data "
            "(apt-get install tesseract-ocr tesseract-ocr-dan), or give it a text layer with "
            f"'ocrmypdf -l dan {path.name} {path.stem}.ocr.pdf'",
        )
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    pages = []
    with tempfile.TemporaryDirectory(prefix="dkcouncil-ocr-") as tmp:
        for index in range(len(pdf)):
            png = Path(tmp) / f"p{index}.png"
            pdf[index].render(scale=DPI / 72).to_pil().save(png)
            proc = subprocess.run(
                ["tesseract", str(png), "-", "-l", "dan", "--dpi", str(DPI)],
                capture_output=True,
                text=True,
                check=False,
            )
            if proc.returncode != 0:
                raise ReadError(
                    "OCRFailed", f"{path}: tesseract failed on page {index + 1}: {proc.stderr.strip()}"
                )
            pages.append(proc.stdout.strip())
    pdf.close()
    return "\n\n".join(p for p in pages if p)
