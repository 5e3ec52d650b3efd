"""Repair stage: undo encoding mojibake and OCR damage, logging every change.

Input: text. Output: :class:`RepairResult` with the repaired text and one
:class:`~dkcouncil.schemas.Repair` per change (offsets index the input text).
"""

from __future__ import annotations

from .core import RepairResult, repair_text

__all__ = ["RepairResult", "repair_text"]
