"""Questions asked of a run's output: who decided what, where, with which votes and money."""

from __future__ import annotations

from .decisions import DecisionRow, load_decisions, select

__all__ = ["DecisionRow", "load_decisions", "select"]
