"""Personal data in records: CPR numbers (Danish personal ID numbers) found, flagged and masked.

Masks keep the length of what they replace, so every ``start``/``end`` in the record stays valid.
"""

from __future__ import annotations

from typing import TypeVar

import regex
from pydantic import BaseModel

# ddmmyy-xxxx, or ten digits right after a "CPR" label; day and month must be a possible date.
# Since 2007 CPR numbers need not pass the modulus-11 check, so no checksum is applied.
_CPR = regex.compile(
    r"(?<![\d-])(?:(?<=\bcpr(?:[.-]?nr\.?|-?nummer)?:?\s{0,3})(?P<d>0[1-9]|[12]\d|3[01])(?P<m>0[1-9]|1[0-2])\d{2}-?\d{4}"
    r"|(?P<d2>0[1-9]|[12]\d|3[01])(?P<m2>0[1-9]|1[0-2])\d{2}-\d{4})(?![\d-])",
    regex.IGNORECASE,
)

M = TypeVar("M", bound=BaseModel)


def find_cpr(text: str) -> list[tuple[int, int]]:
    """Spans of CPR numbers.

    >>> find_cpr("Borger med cpr.nr. 1207851234 og 010203-4321; sagsnr. 24-1234, dato 18-06-2024")
    [(19, 29), (33, 44)]
    """
    return [m.span() for m in _CPR.finditer(text)]


def mask_cpr(text: str) -> str:
    """Digits of every CPR number replaced by X, length kept.

    >>> mask_cpr("CPR: 010203-4321")
    'CPR: XXXXXX-XXXX'
    """
    return _CPR.sub(lambda m: regex.sub(r"\d", "X", m.group(0)), text)


def cpr_warnings(text: str) -> list[str]:
    spans = find_cpr(text)
    if not spans:
        return []
    where = ", ".join(str(start) for start, _ in spans[:10])
    return [
        f"{len(spans)} CPR number(s) (personal ID) in the text at offset {where}; mask them with --redact-cpr"
    ]


def redact(model: M) -> M:
    """A copy of ``model`` with every CPR number in every string masked."""

    def walk(value: object) -> object:
        if isinstance(value, str):
            return mask_cpr(value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    return type(model).model_validate(walk(model.model_dump(by_alias=True)))
