"""Emit stage: assemble the validated record and write it (JSONL, Parquet, SQLite)."""

from __future__ import annotations

from .record import build_record, error_record

__all__ = ["build_record", "error_record"]
