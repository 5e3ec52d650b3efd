"""The repair stage's entry point and output type."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from dkcouncil.schemas import Repair

from .encoding import fix_encoding
from .ocr import correct


@dataclass
class RepairResult:
    text: str
    repairs: list[Repair] = field(default_factory=list)


def repair_text(text: str, *, threshold: float = 0.5) -> RepairResult:
    """Repair ``text``; every change is a :class:`Repair` with offsets into ``text``.

    Mojibake is undone first (kind ``encoding``), then OCR damage (``ocr``, ``split``, ``join``).
    A higher ``threshold`` makes fewer, surer word changes.

    ``repair_text("Udvalget drgftede pa mgdet i KÃ¸benhavn, og det blev vedtaget i Kebenhavn.").text``
    -> ``"Udvalget drøftede på mødet i København, og det blev vedtaget i København."``
    """
    fixed, encoding = fix_encoding(text)
    ocr = correct(fixed, threshold=threshold)
    repairs = _to_input(encoding, ocr, text, fixed) if encoding else ocr
    out: list[str] = []
    pos = 0
    for r in repairs:
        out.append(text[pos : r.start])
        out.append(r.replacement)
        pos = r.end
    out.append(text[pos:])
    return RepairResult("".join(out), repairs)


def _to_input(encoding: list[Repair], ocr: list[Repair], text: str, fixed: str) -> list[Repair]:
    """Express the OCR repairs (offsets into ``fixed``) in offsets of ``text``.

    An OCR repair touching an encoding repair absorbs it, so no two repairs overlap: the merged
    repair spans both in ``text`` and its replacement is the final text of that span.
    """
    # Each encoding repair's span in `fixed`, and the shift len(fixed) - len(text) once past it.
    spans: list[tuple[int, int]] = []
    shifts: list[int] = []
    shift = 0
    for r in encoding:
        start = r.start + shift
        spans.append((start, start + len(r.replacement)))
        shift += len(r.replacement) - (r.end - r.start)
        shifts.append(shift)
    ends = [e for _, e in spans]

    def to_input(pos: int) -> int:
        """Offset in ``text`` of a position of ``fixed`` outside every encoding change."""
        k = bisect.bisect_right(ends, pos)
        return pos - (shifts[k - 1] if k else 0)

    absorbed: set[int] = set()
    out: list[Repair] = []
    for r in ocr:
        first = bisect.bisect_right(ends, r.start)
        touching = [k for k in range(first, len(spans)) if spans[k][0] < r.end]
        if not touching:
            start = to_input(r.start)
            out.append(r.model_copy(update={"start": start, "end": start + r.end - r.start}))
            continue
        a, b = touching[0], touching[-1]
        lo, hi = min(r.start, spans[a][0]), max(r.end, spans[b][1])
        in_lo = encoding[a].start if lo == spans[a][0] else to_input(lo)
        in_hi = encoding[b].end if hi == spans[b][1] else to_input(hi)
        absorbed.update(touching)
        replacement = fixed[lo : r.start] + r.replacement + fixed[r.end : hi]
        out.append(r.model_copy(update={"start": in_lo, "end": in_hi, "original": text[in_lo:in_hi],
                                        "replacement": replacement}))  # fmt: skip
    out += [e for k, e in enumerate(encoding) if k not in absorbed]
    out.sort(key=lambda r: r.start)
    return out
