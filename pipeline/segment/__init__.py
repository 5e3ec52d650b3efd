"""Segment stage: the document's structure.

Input: repaired text. Output: :class:`Segmentation`: document type, meeting, attendance,
agenda items with sections and decisions, signatories, budget tables.
"""

from __future__ import annotations

from .core import Segmentation, segment

__all__ = ["Segmentation", "segment"]
