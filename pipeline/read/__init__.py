"""Read stage: bytes on disk to text (txt, md, html, pdf).

Input: a path. Output: a :class:`RawDocument`, or a :class:`ReadError` saying what was wrong,
with which file, and what to do.
"""

from __future__ import annotations

from .base import SUFFIXES, Limits, RawDocument, ReadError, iter_sources, read_path

__all__ = ["SUFFIXES", "Limits", "RawDocument", "ReadError", "iter_sources", "read_path"]
