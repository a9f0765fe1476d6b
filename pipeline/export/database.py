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
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Engine,
    Float,
    ForeignKeyConstraint,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    select,
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

DEFAULT_URL = "sqlite:///out.db"

metadata = MetaData()


def _mention_columns(prefix: str = "") -> list[Column]:
    return [
        Column(f"{prefix}text", Text),
        Column(f"{prefix}start_char", Integer),
        Column(f"{prefix}end_char", Integer),
        Column(f"{prefix}extractor", String(64)),
        Column(f"{prefix}confidence", Float),
        Column(f"{prefix}rule", String(128)),
    ]


def _doc_fk() -> ForeignKeyConstraint:
    return ForeignKeyConstraint(["sha256"], ["documents.sha256"], ondelete="CASCADE")


documents = Table(
    "documents", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("doc_id", String(255), index=True),
    Column("source", Text),
    Column("encoding", String(32)),
    Column("chars", Integer),
    Column("schema_version", String(16)),
    Column("event_type", String(32)),
    Column("date_start", String(32)),
    Column("date_end", String(32)),
    Column("organizer", Text),
    Column("attendance_total", Integer),
    Column("attendance_women", Integer),
    Column("attendance_men", Integer),
    Column("attendance_approximate", Boolean),
    Column("women_derived", Boolean),
    Column("men_derived", Boolean),
    Column("summed_groups", Boolean),
    Column("missing", JSON),
    Column("warnings", JSON),
)

people = Table(
    "people", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("person_idx", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("honorific", String(64)),
    Column("gender", String(1)),
    Column("affiliation", Text),
    Column("part", String(32)),
    _doc_fk(),
)

roles = Table(
    "roles", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("person_idx", Integer, primary_key=True),
    Column("role_idx", Integer, primary_key=True),
    Column("title", Text, nullable=False),
    Column("organization", Text),
    *_mention_columns(),
    ForeignKeyConstraint(["sha256", "person_idx"], ["people.sha256", "people.person_idx"], ondelete="CASCADE"),
)

organizations = Table(
    "organizations", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("org_idx", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("acronym", String(64)),
    _doc_fk(),
)

places = Table(
    "places", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("place_idx", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(32)),
    Column("has_teryt", Boolean, nullable=False, default=False),
    Column("simc", String(16)),
    Column("terc", String(16)),
    Column("gmina", Text),
    Column("powiat", Text),
    Column("wojewodztwo", Text),
    Column("teryt_candidates", Integer),
    _doc_fk(),
)

dates = Table(
    "dates", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("date_idx", Integer, primary_key=True),
    *_mention_columns(),
    Column("date_start", String(32)),
    Column("date_end", String(32)),
    Column("partial", String(16)),
    Column("year_inferred", Boolean),
    Column("role", String(32)),
    Column("event_day", Integer),
    _doc_fk(),
)

attendance = Table(
    "attendance", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("att_idx", Integer, primary_key=True),
    *_mention_columns(),
    Column("total", Integer),
    Column("women", Integer),
    Column("men", Integer),
    Column("approximate", Boolean),
    Column("vague", Boolean),
    Column("group_name", Text),
    Column("role", String(32)),
    _doc_fk(),
)

#: owner: event | person | organization | place; slot: type | date | organizer | attendance | mention
mentions = Table(
    "mentions", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("owner", String(16), primary_key=True),
    Column("owner_idx", Integer, primary_key=True),
    Column("slot", String(16), primary_key=True),
    Column("mention_idx", Integer, primary_key=True),
    *_mention_columns(),
    _doc_fk(),
)

errors = Table(
    "errors", metadata,
    Column("error_key", String(1024), primary_key=True),  # sha256, or "source:" + source
    Column("sha256", String(64), index=True),
    Column("doc_id", String(255)),
    Column("source", Text),
    Column("kind", String(32), nullable=False),
    Column("message", Text),
)

#: Children first: the order rows are deleted in.
CHILD_TABLES = (mentions, roles, people, organizations, places, dates, attendance)


@dataclass
class LoadSummary:
    reports: int = 0
    errors: int = 0
    chunks: int = 0
    errors_not_stored: int = 0  # error records of inputs that already have a report

    def describe(self) -> str:
        text = f"{self.reports} reports and {self.errors} error records loaded in {self.chunks} transactions"
        if self.errors_not_stored:
            text += f" ({self.errors_not_stored} error records kept out: their input has a report)"
        return text


def normalize_url(url: str) -> str:
    """Make the psycopg 3 driver explicit for PostgreSQL URLs."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url: str = DEFAULT_URL) -> Engine:
    engine = create_engine(normalize_url(url))
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _foreign_keys(dbapi_connection, _record) -> None:  # SQLite enforces FKs only when asked
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()
    return engine


def create_tables(engine: Engine) -> None:
    """Create missing tables; refuse a database whose tables lack columns of this version."""
    from sqlalchemy import inspect

    metadata.create_all(engine)
    inspector = inspect(engine)
    for table in metadata.sorted_tables:
        have = {c["name"] for c in inspector.get_columns(table.name)}
        missing = [c.name for c in table.columns if c.name not in have]
        if missing:
            raise ValueError(
                f"table {table.name!r} was created by an older version (no column {', '.join(missing)}): "
                "load into a new database, or drop the tables first"
            )


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
        "encoding": report.document.encoding, "chars": report.document.chars,
        "schema_version": report.schema_version, "event_type": ev.type, "date_start": ev.date_start,
        "date_end": ev.date_end, "organizer": ev.organizer, "attendance_total": att.total,
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
    for i, p in enumerate(report.people):
        rows[people].append({"sha256": sha, "person_idx": i, "name": p.name, "honorific": p.honorific,
                             "gender": p.gender, "affiliation": p.affiliation, "part": p.part})
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
                            "date_end": d.date_end, "partial": d.partial, "year_inferred": d.year_inferred,
                            "role": d.role, "event_day": d.event_day})
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
                         "chars": doc.chars},
            "event": {
                "type": doc.event_type, "type_evidence": one("type"), "date_start": doc.date_start,
                "date_end": doc.date_end, "date_evidence": one("date"), "organizer": doc.organizer,
                "organizer_evidence": one("organizer"),
                "attendance": {
                    "total": doc.attendance_total, "women": doc.attendance_women, "men": doc.attendance_men,
                    "approximate": doc.attendance_approximate, "women_derived": doc.women_derived,
                    "men_derived": doc.men_derived, "summed_groups": doc.summed_groups,
                    "evidence": ms.get(("event", 0, "attendance"), []),
                },
            },
            "dates": [
                _mention(r, DateMention, date_start=r.date_start, date_end=r.date_end, partial=r.partial,
                         year_inferred=r.year_inferred, role=r.role, event_day=r.event_day)
                for r in rows(dates, "date_idx")
            ],
            "attendance": [
                _mention(r, AttendanceMention, total=r.total, women=r.women, men=r.men, approximate=r.approximate,
                         vague=r.vague, group=r.group_name, role=r.role)
                for r in rows(attendance, "att_idx")
            ],
            "people": [
                Person(name=r.name, honorific=r.honorific, gender=r.gender, affiliation=r.affiliation, part=r.part,
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
