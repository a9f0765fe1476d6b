"""The output schema: pydantic models are its single source.

`schemas/report.schema.json` is generated from `Report` (``pl-events schema``);
a test fails when the committed file is stale. Field names listed in the
output contract (README) are fixed; new fields may be added, none renamed.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.2"

EventType = Literal[
    "wizyta_studyjna",
    "szkolenie",
    "warsztaty",
    "konferencja",
    "spotkanie",
    "seminarium",
    "forum",
    "targi",
    "festyn",
    "konkurs",
    "inne",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]

Part = Literal["speaker", "organizer_staff", "guest", "participant", "other"]
PlaceKind = Literal["locality", "region", "country", "venue", "other"]
DateRole = Literal["event", "legal_act", "project_period", "publication", "timestamp", "other"]
#: where a resolved date's missing year or day came from
Anchor = Literal["text", "publication", "path", "metadata", "user"]
AttendanceRole = Literal["event", "employees", "target", "other"]
ErrorKind = Literal[
    "not_found", "not_a_file", "empty", "binary", "too_large", "undecodable",
    "archive", "unsupported", "no_text", "timeout", "internal",
]

#: The record-level fields that can be reported missing; profiles pick from these.
REQUIRED_FIELD_NAMES = (
    "event_type", "date", "place", "organizer", "attendance_total", "attendance_split",
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Mention(_Model):
    """A grounded extraction: `text == document_text[start:end]`, always."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    extractor: str = Field(description="module that produced the value, e.g. 'extract.dates'")
    confidence: float = Field(ge=0.0, le=1.0)
    rule: str = Field(default="", description="named pattern or rule that fired")


class DateMention(Mention):
    date_start: str | None = Field(None, description="ISO 8601 date, None when the year is unknown")
    date_end: str | None = None
    partial: str | None = Field(None, description="'--MM-DD' when no year could be supported; 'YYYY-Www' for a week")
    partial_end: str | None = Field(None, description="'--MM-DD', the last day of a year-less range")
    year_inferred: bool = False
    role: DateRole = "event"
    event_day: int | None = Field(None, description="'pierwszego dnia' -> 1, 'w drugim dniu' -> 2")
    anchor: Anchor = Field("text", description="where the year or day came from when the text did not state it")
    relative: bool = Field(False, description="resolved from a relative expression ('wczoraj', 'w sobotę')")
    in_furniture: bool = Field(False, description="the mention lies in page furniture (header, byline, caption)")


class AttendanceMention(Mention):
    total: int | None = None
    women: int | None = None
    men: int | None = None
    approximate: bool = False
    vague: bool = Field(False, description="a word like 'kilkunastu': no number, approximate")
    group: str | None = None
    role: AttendanceRole = "event"


class Attendance(_Model):
    total: int | None = None
    women: int | None = None
    men: int | None = None
    approximate: bool = False
    women_derived: bool = False
    men_derived: bool = False
    summed_groups: bool = False
    evidence: list[Mention] = Field(default_factory=list)


class Event(_Model):
    type: EventType = "inne"
    type_evidence: Mention | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_partial_start: str | None = Field(None, description="'--MM-DD' when the event's year could not be had")
    date_partial_end: str | None = None
    date_evidence: Mention | None = None
    organizer: str | None = None
    organizer_evidence: Mention | None = None
    co_organizers: list[str] = Field(default_factory=list)
    attendance: Attendance = Field(default_factory=Attendance)


class Role(_Model):
    title: str
    organization: str | None = None
    mention: Mention | None = None


class Person(_Model):
    name: str
    honorific: str | None = None
    gender: Literal["f", "m"] | None = None
    roles: list[Role] = Field(default_factory=list)
    affiliation: str | None = Field(
        None, description="organization the person comes from when stated without a title ('z Fundacji X')")
    part: Part = "other"
    part_source: Literal["rules", "model"] = Field(
        "rules", description="who decided `part`: the hand rules, or the learned part model (pipeline/learned/parts.py)")
    part_confidence: float | None = Field(None, ge=0.0, le=1.0, description="the model's probability of `part`")
    mentions: list[Mention] = Field(default_factory=list)


class Organization(_Model):
    name: str
    acronym: str | None = None
    mentions: list[Mention] = Field(default_factory=list)


class Teryt(_Model):
    """Identity in the TERYT register (GUS)."""

    simc: str | None = None
    terc: str | None = None
    gmina: str | None = None
    powiat: str | None = None
    wojewodztwo: str | None = None


class Place(_Model):
    name: str
    kind: PlaceKind = "other"
    teryt: Teryt | None = None
    teryt_candidates: int = 0
    mentions: list[Mention] = Field(default_factory=list)


class Published(_Model):
    """The page's own publication date, with the line it was read from."""

    date: str
    evidence: Mention | None = None


class DocumentInfo(_Model):
    id: str
    source: str | None = None
    sha256: str
    encoding: str
    chars: int
    title: str | None = None
    published: Published | None = None
    metadata_date: str | None = Field(None, description="the container's own date (docx/odt created, PDF, e-mail)")
    reference_date: str | None = Field(None, description="the date relative and year-less dates were resolved against")
    reference_anchor: Anchor | None = None


class Report(_Model):
    schema_version: str = SCHEMA_VERSION
    document: DocumentInfo
    event: Event = Field(default_factory=Event)
    dates: list[DateMention] = Field(default_factory=list)
    attendance: list[AttendanceMention] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class ErrorInfo(_Model):
    kind: ErrorKind
    message: str


class ErrorDocument(_Model):
    id: str | None = None
    source: str | None = None
    sha256: str | None = None
    encoding: str | None = None
    chars: int | None = None


class ErrorRecord(_Model):
    """One line for an input that could not be processed: nothing is lost silently."""

    schema_version: str = SCHEMA_VERSION
    document: ErrorDocument
    error: ErrorInfo
