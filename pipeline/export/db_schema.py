"""The SQL schema of the database export (SQLAlchemy Core tables) and the engine.

Kept apart from `pipeline.export.database` (records <-> rows, loading, reading back) so
the tables read as one listing; see that module for what the tables hold.
"""

from __future__ import annotations

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
    event,
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
    Column("title", Text),
    Column("published", String(32)),
    Column("metadata_date", String(32)),
    Column("reference_date", String(32)),
    Column("reference_anchor", String(16)),
    Column("schema_version", String(16)),
    Column("event_type", String(32)),
    Column("date_start", String(32)),
    Column("date_end", String(32)),
    Column("date_partial_start", String(16)),
    Column("date_partial_end", String(16)),
    Column("organizer", Text),
    Column("co_organizers", JSON),
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
    Column("part_source", String(8)),
    Column("part_confidence", Float),
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
    Column("partial_end", String(16)),
    Column("year_inferred", Boolean),
    Column("anchor", String(16)),
    Column("relative", Boolean),
    Column("in_furniture", Boolean),
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

#: owner: event | document | person | organization | place; slot: type | date | organizer | attendance | published | mention
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


def normalize_url(url: str) -> str:
    """Make the psycopg 3 driver explicit for PostgreSQL URLs."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url: str = DEFAULT_URL) -> Engine:
    """An engine for `url`; SQLite gets foreign keys switched on for every connection."""
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
