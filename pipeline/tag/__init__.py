"""Tag stage: named entities (our trained Danish NER) plus council entities by rule.

Input: repaired text and its :class:`~dkcouncil.segment.Segmentation`. Output: :class:`Tagging`:
entities, money amounts and the people named, linked to party and municipality.
"""

from __future__ import annotations

from .core import Tagger, Tagging

__all__ = ["Tagger", "Tagging"]
