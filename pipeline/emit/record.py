"""Assemble the validated record from the stages' outputs."""

from __future__ import annotations

from dkcouncil import __version__
from dkcouncil.read import RawDocument
from dkcouncil.repair import RepairResult
from dkcouncil.schemas import CouncilDocument, ErrorInfo, ErrorRecord, Person, PipelineInfo
from dkcouncil.segment import Segmentation
from dkcouncil.tag import Tagging
from dkcouncil.tag.people import fill_person

from .privacy import cpr_warnings


def build_record(
    raw: RawDocument, repaired: RepairResult, seg: Segmentation, tagging: Tagging, *, ner_model: str
) -> CouncilDocument:
    """One validated :class:`CouncilDocument`; every Person gets the party and municipality the
    document gives that name anywhere (the attendance list, a signature, ``Name (X)``)."""

    def linked(persons: list[Person]) -> list[Person]:
        return [fill_person(p, tagging.people) for p in persons]

    items = []
    for item in seg.items:
        history = item.decisions or ([item.decision] if item.decision else [])
        decisions = [d.model_copy(update={"not_participating": linked(d.not_participating)}) for d in history]
        decision = decisions[-1] if decisions else None
        items.append(
            item.model_copy(
                update={"decisions": decisions, "decision": decision, "absent": linked(item.absent)}
            )
        )
    record = CouncilDocument(
        doc_id=raw.sha256[:16],
        source=raw.source,
        sha256=raw.sha256,
        doc_type=seg.doc_type,
        title=seg.title,
        body=seg.body,
        meeting=seg.meeting,
        participants=linked(seg.participants),
        absent=linked(seg.absent),
        items=items,
        signatories=linked(seg.signatories),
        agreement_parties=seg.agreement_parties,
        budget_lines=seg.budget_lines,
        initiatives=seg.initiatives,
        people=tagging.people,
        entities=tagging.entities,
        amounts=tagging.amounts,
        repairs=repaired.repairs,
        text=repaired.text,
        warnings=[*raw.warnings, *seg.warnings, *tagging.warnings, *cpr_warnings(repaired.text)],
        pipeline=PipelineInfo(version=__version__, ner_model=ner_model),
    )
    # Re-validate the assembled whole: stage outputs built with model_copy skip validation.
    return CouncilDocument.model_validate(record.model_dump(by_alias=True))


def error_record(
    source: str, kind: str, message: str, *, stage: str | None, sha256: str | None
) -> ErrorRecord:
    """The record written in place of a document that failed, saying what and where."""
    return ErrorRecord(error=ErrorInfo(type=kind, message=message, stage=stage), source=source, sha256=sha256)
