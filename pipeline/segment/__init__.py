"""Segment stage: the document's structure.

Input: repaired text. Output: :class:`Segmentation`: document type, meeting, attendance,
agenda items with sections and decisions, signatories, budget tables.

Choices a consumer may rely on:

- Items are the leaf items: a group heading with sub-items (``1.`` over ``1.1.``) is not one; in a
  nested agenda an empty top-level heading (``4. Udpegninger``) is an empty group and left out, in
  a flat agenda a bare numbered point (``7. Eventuelt``) is an item. Contents lines never are.
- ``Section.heading`` is the heading as written with its Markdown/HTML emphasis and a trailing
  colon stripped (``## **Indstilling**`` gives ``Indstilling``); ``start`` is the heading's offset.
- A decision section with no text gives no Decision; ``decision`` is the last of ``decisions``.
- Votes given only as counts (``forkastet med 3 stemmer mod 8``) name no one: ``votes`` stays null.
- A flowed PDF transcript (headings run on inside wrapped lines) is cut into virtual lines
  (``flow.py``) whose offsets still index the text.
"""

from __future__ import annotations

from .core import Segmentation, segment

__all__ = ["Segmentation", "segment"]
