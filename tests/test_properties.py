"""Properties of the repair and segment stages and of the records, over any text.

The number of examples comes from the hypothesis profile (tests/conftest.py): 200 a property by
default, 10,000 with ``HYPOTHESIS_PROFILE=thorough``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from conftest import CORPUS
from dkcouncil.process import Options, Processor
from dkcouncil.repair import repair_text
from dkcouncil.schemas import CouncilDocument, ErrorRecord
from dkcouncil.segment import segment

# Lines of the corpus's clean documents (Markdown and plain text; the OCR pairs are elsewhere),
# not of its README, which is English prose about them.
LINES = sorted(
    {
        line
        for path in [*CORPUS.glob("*.md"), *CORPUS.glob("*.txt")]
        if path.name != "README.md"
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
)
_OCR_SLIPS = str.maketrans({"ø": "g", "æ": "ee", "å": "a", "Ø": "@", "l": "I", "i": "1"})

council_text = st.lists(st.sampled_from(LINES), min_size=1, max_size=12).map("\n".join)
damaged_text = st.tuples(council_text, st.sampled_from(["ocr", "mojibake", "both"])).map(
    lambda pair: _damage(*pair)
)
any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=400)
# Council lines with arbitrary text between them: structure broken in unforeseen places.
spliced_text = st.lists(st.one_of(st.sampled_from(LINES), any_text), min_size=1, max_size=8).map("\n".join)
every_text = st.one_of(any_text, council_text, damaged_text, spliced_text)


def _damage(text: str, how: str) -> str:
    """``_damage("Mødet på rådhuset", "ocr")`` -> ``'Mgdet pa radhuset'``: what OCR and encodings do."""
    if how in ("ocr", "both"):
        text = text.translate(_OCR_SLIPS)
    if how in ("mojibake", "both"):
        text = text.encode("utf-8").decode("latin-1", errors="replace")
    return text


@given(every_text)
def test_repair_never_fails_and_its_log_rebuilds_the_output(text: str) -> None:
    result = repair_text(text)
    out, pos = [], 0
    for r in result.repairs:
        assert pos <= r.start <= r.end <= len(text)
        assert text[r.start : r.end] == r.original
        out += [text[pos : r.start], r.replacement]
        pos = r.end
    assert "".join([*out, text[pos:]]) == result.text


@given(every_text)
def test_repair_is_idempotent(text: str) -> None:
    once = repair_text(text).text
    assert repair_text(once).text == once


@given(council_text)
def test_clean_council_text_is_left_unchanged(text: str) -> None:
    result = repair_text(text)
    assert result.text == text, [(r.original, r.replacement) for r in result.repairs]


@given(every_text)
def test_segment_never_fails_and_offsets_stay_inside(text: str) -> None:
    seg = segment(text)
    for item in seg.items:
        assert 0 <= item.start <= item.end <= len(text)
        for section in item.sections:
            assert 0 <= section.start <= section.end <= len(text)
    for initiative in seg.initiatives:
        assert 0 <= initiative.start <= initiative.end <= len(text)


_PROCESSOR = Processor(Options(timeout=0))
_FOLDER = Path(tempfile.mkdtemp(prefix="dkcouncil-properties-"))


@given(every_text, st.sampled_from([".txt", ".md", ".html"]))
def test_every_text_ends_as_a_valid_record(text: str, suffix: str) -> None:
    path = _FOLDER / f"dokument{suffix}"
    path.write_text(text, encoding="utf-8")
    record = _PROCESSOR.process(path)
    if isinstance(record, ErrorRecord):
        assert record.error.type in ("EmptyDocument", "TooLarge", "LineTooLong"), record.error.message
        return
    again = CouncilDocument.model_validate_json(record.model_dump_json(by_alias=True))
    assert again == record
    for entity in record.entities:
        assert record.text[entity.start : entity.end] == entity.text
