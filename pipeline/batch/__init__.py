"""Batch: the pipeline over corpora, in parallel, resumable, with progress."""

from __future__ import annotations

from .runner import Summary, run

__all__ = ["Summary", "run"]
