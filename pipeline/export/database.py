"""Records into normalized SQL tables through SQLAlchemy 2 (Core): SQLite or PostgreSQL.

    load_jsonl("out.jsonl", "sqlite:///out.db")
    load_jsonl("out.jsonl", "postgresql+psycopg://user:secret@db.example/reports")

Tables (created when missing):

- ``documents``: one row per report, primary key ``sha256`` (of the input's bytes), with
  the event (type, dates, organizer, attendance) and the lists ``missing``/``warnings`` (JSON);
- child tables, each with a foreign key to ``documents.sha256`` and a composite primary
  key (sha256, position): ``people``, ``roles`` (foreign key to ``people``),
  ``organizations``, ``places`` (with TERYT codes), ``dates``, ``attendance`` and
  ``mentions`` (every grounded mention of a person, organization or place, and the
  evidence of the event's type, date, organizer and attendance);
- ``errors``: one row per error record, keyed by the input's sha256 or, for an input that
  was never read, by its source.

Loading is an upsert on the document's sha256: within one transaction the rows of every
document of the chunk are deleted from all tables and inserted again, so loading the same
records twice leaves the same rows, and each chunk (`chunk_size` records) is one
transaction: a failure leaves no half-loaded report. A report replaces an error record of
the same sha256 (the input was processed since); an error record never replaces a report.

`read_report(engine, sha256)` rebuilds the `Report` from the tables (the round trip the
tests check). Offsets (``start_char``/``end_char``) index the document text, as in the JSON.
URLs ``postgresql://`` and ``postgres://`` are read as ``postgresql+psycopg://`` (psycopg 3).
The tables themselves are defined in `pipeline.export.db_schema` (re-exported here).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, Table, delete, select

from pipeline.export.db_schema import (
    CHILD_TABLES,
    DEFAULT_URL,
    attendance,
    create_tables,
    dates,
    documents,
    errors,
    make_engine,
    mentions,
    metadata,
    normalize_url,
    organizations,
    people,
    places,
    roles,
)
from pipeline.models import (
    AttendanceMention,
    DateMention,
    ErrorRecord,
    Mention,
    Organization,
    Person,
    Place,
    Report,
    Role,
    Teryt,
)

__all__ = [
    "CHILD_TABLES", "DEFAULT_URL", "LoadSummary", "attendance", "create_tables", "dates", "documents", "error_key",
    "error_row", "errors", "load_jsonl", "load_records", "make_engine", "mentions", "metadata", "normalize_url",
    "organizations", "parse_record", "people", "places", "read_report", "report_rows", "roles",
]


@dataclass
class LoadSummary:
    """What one load did: counts of records stored and of transactions."""

    reports: int = 0
    errors: int = 0
    chunks: int = 0
    errors_not_stored: int = 0  # error records of inputs that already have a report

    def describe(self) -> str:
        text = f"{self.reports} reports and {self.errors} error records loaded in {self.chunks} transactions"
        if self.errors_not_stored:
            text += f" ({self.errors_not_stored} error records kept out: their input has a report)"
        return text



# --- records -> rows ------------------------------------------------------------------------------

def _m(mention: Mention | None) -> dict[str, Any]:
    if mention is None:
        return {"text": None, "start_char": None, "end_char": None, "extractor": None, "confidence": None,
                "rule": None}
    return {"text": mention.text, "start_char": mention.start, "end_char": mention.end,
            "extractor": mention.extractor, "confidence": mention.confidence, "rule": mention.rule}


def report_rows(report: Report) -> dict[Table, list[dict[str, Any]]]:
    """The rows of one report in every table."""
    sha = report.document.sha256
    ev = report.event
    att = ev.attendance
    rows: dict[Table, list[dict[str, Any]]] = {t: [] for t in (documents, *CHILD_TABLES)}
    rows[documents].append({
        "sha256": sha, "doc_id": report.document.id, "source": report.document.source,
        "encoding": report.document.encoding, "chars": report.document.chars, "title": report.document.title,
        "published": report.document.published.date if report.document.published else None,
        "metadata_date": report.document.metadata_date, "reference_date": report.document.reference_date,
        "reference_anchor": report.document.reference_anchor,
        "schema_version": report.schema_version, "event_type": ev.type, "date_start": ev.date_start,
        "date_end": ev.date_end, "date_partial_start": ev.date_partial_start, "date_partial_end": ev.date_partial_end,
        "organizer": ev.organizer, "co_organizers": list(ev.co_organizers), "attendance_total": att.total,
        "attendance_women": att.women, "attendance_men": att.men, "attendance_approximate": att.approximate,
        "women_derived": att.women_derived, "men_derived": att.men_derived, "summed_groups": att.summed_groups,
        "missing": list(report.missing), "warnings": list(report.warnings),
    })

    def mention_row(owner: str, owner_idx: int, slot: str, idx: int, m: Mention) -> None:
        rows[mentions].append({"sha256": sha, "owner": owner, "owner_idx": owner_idx, "slot": slot,
                               "mention_idx": idx, **_m(m)})

    for slot, m in (("type", ev.type_evidence), ("date", ev.date_evidence), ("organizer", ev.organizer_evidence)):
        if m is not None:
            mention_row("event", 0, slot, 0, m)
    for j, m in enumerate(att.evidence):
        mention_row("event", 0, "attendance", j, m)
    if report.document.published is not None and report.document.published.evidence is not None:
        mention_row("document", 0, "published", 0, report.document.published.evidence)
    for i, p in enumerate(report.people):
        rows[people].append({"sha256": sha, "person_idx": i, "name": p.name, "honorific": p.honorific,
                             "gender": p.gender, "affiliation": p.affiliation, "part": p.part,
                             "part_source": p.part_source, "part_confidence": p.part_confidence})
        for j, r in enumerate(p.roles):
            rows[roles].append({"sha256": sha, "person_idx": i, "role_idx": j, "title": r.title,
                                "organization": r.organization, **_m(r.mention)})
        for j, m in enumerate(p.mentions):
            mention_row("person", i, "mention", j, m)
    for i, o in enumerate(report.organizations):
        rows[organizations].append({"sha256": sha, "org_idx": i, "name": o.name, "acronym": o.acronym})
        for j, m in enumerate(o.mentions):
            mention_row("organization", i, "mention", j, m)
    for i, pl in enumerate(report.places):
        t = pl.teryt
        rows[places].append({
            "sha256": sha, "place_idx": i, "name": pl.name, "kind": pl.kind, "has_teryt": t is not None,
            "simc": t.simc if t else None, "terc": t.terc if t else None, "gmina": t.gmina if t else None,
            "powiat": t.powiat if t else None, "wojewodztwo": t.wojewodztwo if t else None,
            "teryt_candidates": pl.teryt_candidates,
        })
        for j, m in enumerate(pl.mentions):
            mention_row("place", i, "mention", j, m)
    for i, d in enumerate(report.dates):
        rows[dates].append({"sha256": sha, "date_idx": i, **_m(d), "date_start": d.date_start,
                            "date_end": d.date_end, "partial": d.partial, "partial_end": d.partial_end,
                            "year_inferred": d.year_inferred, "anchor": d.anchor, "relative": d.relative,
                            "in_furniture": d.in_furniture, "role": d.role, "event_day": d.event_day})
    for i, a in enumerate(report.attendance):
        rows[attendance].append({"sha256": sha, "att_idx": i, **_m(a), "total": a.total, "women": a.women,
                                 "men": a.men, "approximate": a.approximate, "vague": a.vague,
                                 "group_name": a.group, "role": a.role})
    return rows


def error_key(record: ErrorRecord) -> str:
    return record.document.sha256 or f"source:{record.document.source}"


def error_row(record: ErrorRecord) -> dict[str, Any]:
    return {"error_key": error_key(record), "sha256": record.document.sha256, "doc_id": record.document.id,
            "source": record.document.source, "kind": record.error.kind, "message": record.error.message}


def parse_record(record: dict[str, Any]) -> Report | ErrorRecord:
    return ErrorRecord.model_validate(record) if "error" in record else Report.model_validate(record)


# --- loading ------------------------------------------------------------------------------------

def load_records(engine: Engine, records: list[Report | ErrorRecord], summary: LoadSummary | None = None) -> None:
    """Upsert one chunk of records in one transaction."""
    summary = summary if summary is not None else LoadSummary()
    reports: dict[str, Report] = {}
    failures: dict[str, ErrorRecord] = {}
    for record in records:  # the last record of a sha256 in the chunk wins
        if isinstance(record, Report):
            reports[record.document.sha256] = record
            failures.pop(record.document.sha256, None)
        else:
            failures[error_key(record)] = record
    shas = list(reports)
    with engine.begin() as conn:
        if shas:
            for table in CHILD_TABLES:
                conn.execute(delete(table).where(table.c.sha256.in_(shas)))
            conn.execute(delete(documents).where(documents.c.sha256.in_(shas)))
            conn.execute(delete(errors).where(errors.c.sha256.in_(shas)))
            rows: dict[Table, list[dict[str, Any]]] = {t: [] for t in (documents, *CHILD_TABLES)}
            for report in reports.values():
                for table, new in report_rows(report).items():
                    rows[table].extend(new)
            for table in (documents, people, roles, organizations, places, dates, attendance, mentions):
                if rows[table]:
                    conn.execute(table.insert(), rows[table])
        if failures:
            with_sha = [r.document.sha256 for r in failures.values() if r.document.sha256]
            have_report = set()
            if with_sha:
                have_report = set(conn.scalars(select(documents.c.sha256).where(documents.c.sha256.in_(with_sha))))
            keep = [r for r in failures.values() if r.document.sha256 not in have_report]
            summary.errors_not_stored += len(failures) - len(keep)
            if keep:
                conn.execute(delete(errors).where(errors.c.error_key.in_([error_key(r) for r in keep])))
                conn.execute(errors.insert(), [error_row(r) for r in keep])
    summary.reports += len(reports)
    summary.errors += len(failures)
    summary.chunks += 1


def load_jsonl(
    jsonl_path: str | os.PathLike[str],
    url: str = DEFAULT_URL,
    chunk_size: int = 100,
) -> LoadSummary:
    """Load a JSON Lines file of reports and error records; see the module docstring."""
    from pipeline.export.tables import iter_records

    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    engine = make_engine(url)
    summary = LoadSummary()
    try:
        create_tables(engine)
        chunk: list[Report | ErrorRecord] = []
        for lineno, record in enumerate(iter_records(jsonl_path), 1):
            try:
                chunk.append(parse_record(record))
            except ValueError as exc:
                raise ValueError(f"{jsonl_path}: record {lineno} does not fit the schema: {exc}") from None
            if len(chunk) >= chunk_size:
                load_records(engine, chunk, summary)
                chunk = []
        if chunk:
            load_records(engine, chunk, summary)
    finally:
        engine.dispose()
    return summary


# --- tables -> report (the round trip) ----------------------------------------------------------

def _mention(row: Any, cls: type[Mention] = Mention, **extra: Any) -> Mention:
    return cls(text=row.text, start=row.start_char, end=row.end_char, extractor=row.extractor,
               confidence=row.confidence, rule=row.rule or "", **extra)


def read_report(engine: Engine, sha256: str) -> Report | None:
    """Rebuild one report from the normalized tables (None when it is not there)."""
    with engine.connect() as conn:
        doc = conn.execute(select(documents).where(documents.c.sha256 == sha256)).first()
        if doc is None:
            return None

        def rows(table: Table, *order: str) -> list[Any]:
            query = select(table).where(table.c.sha256 == sha256).order_by(*(table.c[o] for o in order))
            return list(conn.execute(query))

        ms: dict[tuple[str, int, str], list[Mention]] = {}
        for r in rows(mentions, "owner", "owner_idx", "slot", "mention_idx"):
            ms.setdefault((r.owner, r.owner_idx, r.slot), []).append(_mention(r))

        def one(slot: str) -> Mention | None:
            found = ms.get(("event", 0, slot))
            return found[0] if found else None

        role_rows: dict[int, list[Role]] = {}
        for r in rows(roles, "person_idx", "role_idx"):
            mention = _mention(r) if r.start_char is not None else None
            role_rows.setdefault(r.person_idx, []).append(
                Role(title=r.title, organization=r.organization, mention=mention))
        data = {
            "schema_version": doc.schema_version,
            "document": {"id": doc.doc_id, "source": doc.source, "sha256": doc.sha256, "encoding": doc.encoding,
                         "chars": doc.chars, "title": doc.title, "metadata_date": doc.metadata_date,
                         "reference_date": doc.reference_date, "reference_anchor": doc.reference_anchor,
                         "published": {"date": doc.published, "evidence": (ms.get(("document", 0, "published"))
                                                                           or [None])[0]} if doc.published else None},
            "event": {
                "type": doc.event_type, "type_evidence": one("type"), "date_start": doc.date_start,
                "date_end": doc.date_end, "date_evidence": one("date"), "organizer": doc.organizer,
                "date_partial_start": doc.date_partial_start, "date_partial_end": doc.date_partial_end,
                "organizer_evidence": one("organizer"), "co_organizers": doc.co_organizers or [],
                "attendance": {
                    "total": doc.attendance_total, "women": doc.attendance_women, "men": doc.attendance_men,
                    "approximate": doc.attendance_approximate, "women_derived": doc.women_derived,
                    "men_derived": doc.men_derived, "summed_groups": doc.summed_groups,
                    "evidence": ms.get(("event", 0, "attendance"), []),
                },
            },
            "dates": [
                _mention(r, DateMention, date_start=r.date_start, date_end=r.date_end, partial=r.partial,
                         partial_end=r.partial_end, year_inferred=r.year_inferred, anchor=r.anchor,
                         relative=r.relative, in_furniture=r.in_furniture, role=r.role, event_day=r.event_day)
                for r in rows(dates, "date_idx")
            ],
            "attendance": [
                _mention(r, AttendanceMention, total=r.total, women=r.women, men=r.men, approximate=r.approximate,
                         vague=r.vague, group=r.group_name, role=r.role)
                for r in rows(attendance, "att_idx")
            ],
            "people": [
                Person(name=r.name, honorific=r.honorific, gender=r.gender, affiliation=r.affiliation, part=r.part,
                       part_source=r.part_source or "rules", part_confidence=r.part_confidence,
                       roles=role_rows.get(r.person_idx, []), mentions=ms.get(("person", r.person_idx, "mention"), []))
                for r in rows(people, "person_idx")
            ],
            "organizations": [
                Organization(name=r.name, acronym=r.acronym, mentions=ms.get(("organization", r.org_idx, "mention"), []))
                for r in rows(organizations, "org_idx")
            ],
            "places": [
                Place(name=r.name, kind=r.kind, teryt_candidates=r.teryt_candidates,
                      teryt=Teryt(simc=r.simc, terc=r.terc, gmina=r.gmina, powiat=r.powiat,
                                  wojewodztwo=r.wojewodztwo) if r.has_teryt else None,
                      mentions=ms.get(("place", r.place_idx, "mention"), []))
                for r in rows(places, "place_idx")
            ],
            "missing": doc.missing or [],
            "warnings": doc.warnings or [],
        }
    return Report.model_validate(data)
