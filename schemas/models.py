"""The record dkcouncil writes: the single source of truth of its schema.

Field names and enum values follow ``CONTRACT.md`` exactly; fields beyond the contract are
marked "(extension)" in their description. ``schemas/council_document.schema.json`` is
generated from these models (``dkcouncil schema``) and a test fails when it is stale.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.1.0"

DocType = Literal["minutes", "agenda", "case", "budget_agreement", "report", "webpage", "other"]
SectionKind = Literal[
    "background",
    "case_presentation",
    "recommendation",
    "decision",
    "economy",
    "legal_basis",
    "policy_context",
    "attachments",
    "process",
    "hearing",
    "competence",
    "other",
]
Outcome = Literal["approved", "recommended", "noted", "rejected", "postponed", "discussed", "other"]
EntityLabel = Literal[
    "PER", "ORG", "LOC", "MISC", "PARTY", "MUNICIPALITY", "COMMITTEE", "MONEY", "DATE", "CASE_NUMBER"
]
RepairKind = Literal["encoding", "ocr", "split", "join"]


class _Model(BaseModel):
    # Unknown keys are errors: a consumer must be able to trust that the schema is complete.
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Person(_Model):
    """A person named in the document, with what the document says of them anywhere."""

    name: str = Field(description="The name as written, e.g. 'Benny Hammer'.")
    party: str | None = Field(
        default=None,
        description="Party letter (A, B, C, D, F, I, K, M, O, V, Æ, Ø, Å, or a local list's letter).",
    )
    municipality: str | None = Field(
        default=None, description="Municipality name without 'Kommune', e.g. 'Ikast-Brande'."
    )
    role: str | None = Field(default=None, description="Free text: borgmester, formand, gruppeformand ...")


class Body(_Model):
    """The deciding body."""

    name: str = Field(description="E.g. 'Økonomiudvalget', 'KKR Midtjylland'.")
    municipality: str | None = Field(default=None, description="E.g. 'Norddjurs'; null for regional bodies.")


class Meeting(_Model):
    date: str | None = Field(default=None, description="ISO date YYYY-MM-DD.", pattern=r"^\d{4}-\d{2}-\d{2}$")
    time: str | None = Field(default=None, description="Start time HH:MM.")
    location: str | None = Field(default=None, description="Where the meeting was held, as written.")


class Section(_Model):
    kind: SectionKind = Field(description="Canonical kind of the section, whatever its heading's form.")
    heading: str = Field(description="The heading exactly as written.")
    text: str = Field(description="The section's text without its heading.")
    start: int = Field(ge=0, description="Offset of the heading in `text` of the record.")
    end: int = Field(ge=0, description="Offset one past the section's last character.")


class Votes(_Model):
    for_: list[str] = Field(
        default_factory=list, alias="for", description="Party letters or names as written."
    )
    against: list[str] = Field(default_factory=list)
    abstained: list[str] = Field(default_factory=list)


class VoteCounts(_Model):
    """(extension) Numbers of votes as the text states them; a side the text does not count is null."""

    for_: int | None = Field(default=None, alias="for", ge=0)
    against: int | None = Field(default=None, ge=0)
    abstained: int | None = Field(default=None, ge=0)


class Decision(_Model):
    body: str | None = Field(default=None, description="The body that decided, from the heading.")
    date: str | None = Field(default=None, description="ISO date of the decision.")
    text: str = Field(description="The decision text.")
    outcome: Outcome
    not_participating: list[Person] = Field(
        default_factory=list, description="Members who did not take part (deltog ikke, inhabil)."
    )
    votes: Votes | None = None
    vote_counts: VoteCounts | None = Field(
        default=None, description="(extension) 'vedtaget med 18 stemmer mod 7': the counts of the final vote."
    )


class Attachment(_Model):
    number: str | None = None
    title: str
    ref: str | None = Field(default=None, description="Document reference as written, e.g. '16514/25'.")


class AgendaItem(_Model):
    number: str | None = Field(default=None, description="As written without trailing dot: '3.1', '162'.")
    title: str
    case_numbers: list[str] = Field(default_factory=list)
    access: Literal["open", "closed"] | None = None
    sections: list[Section] = Field(default_factory=list)
    decision: Decision | None = Field(default=None, description="The last decision on the item.")
    decisions: list[Decision] = Field(
        default_factory=list,
        description="(extension) Every decision on the item in document order; `decision` is the last.",
    )
    absent: list[Person] = Field(
        default_factory=list, description="(extension) Members absent for this item ('Fraværende')."
    )
    attachments: list[Attachment] = Field(default_factory=list)
    start: int | None = Field(default=None, ge=0, description="(extension) Offset of the item in `text`.")
    end: int | None = Field(default=None, ge=0, description="(extension) Offset one past the item's end.")


class BudgetLine(_Model):
    ref: str | None = Field(default=None, description="Reference such as '1.3.1', as written.")
    title: str
    kind: Literal["drift", "anlæg"] | None = None
    values: dict[str, int] = Field(
        default_factory=dict, description="Year to whole kroner; a '(1.000 kr.)' table is multiplied by 1000."
    )


class BudgetInitiative(_Model):
    """(extension) One initiative of a budget agreement and the committee that carries it out."""

    ref: str | None = Field(default=None, description="Its number as written, e.g. '3.2'.")
    title: str
    chapter: str | None = Field(default=None, description="The title of the chapter it belongs to.")
    committee: str | None = Field(
        default=None,
        description="'Sundheds- og Ældreudvalget er fagudvalg på opgaven': the responsible committee.",
    )
    start: int = Field(ge=0, description="Offset of its heading in `text`.")
    end: int = Field(ge=0, description="Offset one past its last character.")


class Entity(_Model):
    label: EntityLabel
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    normalized: str | int | float | None = Field(
        default=None,
        description="Party letter, municipality name, amount in kroner, ISO date or canonical case number.",
    )
    source: Literal["model", "rule"]


class Amount(_Model):
    text: str = Field(description="As written: '0,950 mio. kr.'.")
    value_dkk: int | float = Field(description="In kroner: '0,950 mio. kr.' is 950000.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Repair(_Model):
    start: int = Field(ge=0, description="Offset into the input text (before repair).")
    end: int = Field(ge=0)
    original: str
    replacement: str
    kind: RepairKind
    confidence: float = Field(ge=0.0, le=1.0)


class PipelineInfo(_Model):
    """(extension) What produced the record, for reproducibility."""

    version: str = Field(description="dkcouncil version.")
    ner_model: str = Field(description="Name and version of the NER pipeline used.")


class CouncilDocument(_Model):
    """One Danish council document as structured data: who decided what, when, with which money."""

    model_config = ConfigDict(title="CouncilDocument")

    schema_version: str = Field(default=SCHEMA_VERSION, description="Semver of the output contract.")
    doc_id: str = Field(description="Stable id derived from the input bytes.")
    source: str = Field(description="Input path or URL.")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the input bytes.")
    doc_type: DocType
    title: str | None = None
    body: Body | None = None
    meeting: Meeting | None = None
    participants: list[Person] = Field(default_factory=list, description="Members present.")
    absent: list[Person] = Field(default_factory=list, description="Afbud / Fraværende.")
    items: list[AgendaItem] = Field(default_factory=list)
    signatories: list[Person] = Field(default_factory=list)
    agreement_parties: list[str] = Field(
        default_factory=list, description="(extension) Parties of a budget agreement, as written."
    )
    budget_lines: list[BudgetLine] = Field(default_factory=list)
    initiatives: list[BudgetInitiative] = Field(
        default_factory=list, description="(extension) A budget agreement's initiatives, in document order."
    )
    people: list[Person] = Field(
        default_factory=list,
        description="(extension) Every person named, linked to party and municipality where the text says them.",
    )
    entities: list[Entity] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    repairs: list[Repair] = Field(default_factory=list)
    text: str = Field(description="The repaired full text; every start/end except Repair's indexes into it.")
    warnings: list[str] = Field(default_factory=list)
    pipeline: PipelineInfo | None = None


class ErrorInfo(_Model):
    type: str = Field(description="Error class, e.g. 'EncryptedPDF', 'Timeout', 'ReadError'.")
    message: str = Field(description="What was wrong and what to do.")
    stage: str | None = Field(default=None, description="read, repair, segment, tag or emit.")


class ErrorRecord(_Model):
    """Written in place of a CouncilDocument when a document could not be processed."""

    error: ErrorInfo
    source: str
    sha256: str | None = None
