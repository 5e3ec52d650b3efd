"""Types of the read stage and the dispatch from a path to the reader for its format."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Format = Literal["text", "markdown", "html", "pdf"]

SUFFIXES: dict[str, Format] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}


@dataclass(frozen=True)
class Limits:
    """What one document may cost; past a limit it becomes an error record, not a hang."""

    max_bytes: int = 200 * 1024 * 1024
    max_pages: int = 2000
    max_chars: int = 20_000_000
    # A council text's longest lines are table rows; a megabyte on one line is a dump, not a document.
    max_line_chars: int = 200_000
    # What a PDF's compressed text streams may expand to: a decompression bomb is a few kilobytes
    # that inflate to gigabytes; 2,000 pages of text take well under 100 MB.
    max_decoded_bytes: int = 256 * 1024 * 1024


@dataclass(frozen=True)
class RawDocument:
    """A document's text as read, before any repair."""

    source: str
    sha256: str
    text: str
    format: Format
    pages: int = 1
    warnings: tuple[str, ...] = field(default=())


class ReadError(Exception):
    """A document that cannot be read; ``kind`` names the problem for the error record.

    The message says what was wrong, with which file, and what to do.
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def iter_sources(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every readable document under ``paths``, folders walked recursively, in sorted order.

    A path named explicitly is yielded whatever its suffix (the reader then says what is wrong
    with it); inside folders only known suffixes count, so gold files and scripts are skipped, and
    so are a folder's own README files, which describe the documents rather than being one.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = (
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.upper().startswith("README")
            )
            yield from sorted(found, key=lambda p: p.as_posix())
        else:
            yield path


def read_path(path: str | Path, limits: Limits | None = None, *, ocr: bool = False) -> RawDocument:
    """Read one document: ``read_path("corpus/x.md").format == "markdown"``.

    With ``ocr`` a PDF without a text layer is run through Tesseract (Danish) instead of failing.
    """
    from .html import html_to_text
    from .pdf import read_pdf
    from .text import atx_headings, decode_bytes, drop_running_lines

    limits = limits or Limits()
    path = Path(path)
    if not path.exists():
        raise ReadError("NotFound", f"{path}: no such file")
    if not path.is_file():
        raise ReadError("NotAFile", f"{path}: not a regular file")
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise ReadError(
            "TooLarge",
            f"{path}: {size:,} bytes is over the limit of {limits.max_bytes:,}; "
            "split the file or raise the limit with --max-bytes",
        )
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise ReadError(
            "UnsupportedFormat",
            f"{path}: unknown suffix {path.suffix!r}; dkcouncil reads {', '.join(sorted(SUFFIXES))}",
        )
    warnings: list[str] = []
    pages = 1
    if fmt == "pdf":
        text, pages, warnings = read_pdf(data, path, limits, ocr=ocr)
    else:
        text, encoding_warnings = decode_bytes(data)
        warnings.extend(encoding_warnings)
        if fmt == "html" or (fmt == "text" and _looks_like_html(text)):
            text = html_to_text(text)
            fmt = "html"
        elif fmt == "markdown":
            text = atx_headings(text)
        if fmt != "html" and (found := drop_running_lines(text))[1]:
            text = found[0]
            warnings.append(f"dropped {found[1]} page numbers and running header or footer lines")
    if len(text) > limits.max_chars:
        raise ReadError(
            "TooLarge", f"{path}: {len(text):,} characters is over the limit of {limits.max_chars:,}"
        )
    if not text.strip():
        raise ReadError("EmptyDocument", f"{path}: the document has no text")
    longest = max(map(len, text.split("\n")))
    if longest > limits.max_line_chars:
        raise ReadError(
            "LineTooLong",
            f"{path}: a line of {longest:,} characters is over the limit of {limits.max_line_chars:,}; "
            "the file is probably not a document (a data dump?) — check it or raise --max-line-chars",
        )
    return RawDocument(str(path), digest, text, fmt, pages, tuple(warnings))


def _looks_like_html(text: str) -> bool:
    """A page saved as .txt: ``_looks_like_html("<!DOCTYPE html><html>...")`` is True."""
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))
