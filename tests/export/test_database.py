"""`pl-events load`: normalized tables in SQLite and PostgreSQL; loading twice changes nothing.

PostgreSQL tests use the server at $PL_EVENTS_PG_URL (`.ci/postgres.sh` starts one and prints
it); without it they skip, except under CI (env CI set), where they fail: CI tests PG for real.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from pipeline.export import database as db
from pipeline.models import Report
from tests.export.conftest import entity_counts, records


@pytest.fixture(scope="module")
def jsonl(batch_jsonl: Path) -> Path:
    return batch_jsonl


def expected_counts(path: Path) -> dict[str, int]:
    counts = entity_counts(path)
    n_mentions = 0
    for r in (r for r in records(path) if "error" not in r):
        ev = r["event"]
        n_mentions += sum(ev[k] is not None for k in ("type_evidence", "date_evidence", "organizer_evidence"))
        n_mentions += len(ev["attendance"]["evidence"])
        n_mentions += sum(len(x["mentions"]) for k in ("people", "organizations", "places") for x in r[k])
    counts["documents"] = counts.pop("reports")
    counts["mentions"] = n_mentions
    return counts


def table_counts(url: str) -> dict[str, int]:
    engine = db.make_engine(url)
    try:
        with engine.connect() as conn:
            return {t.name: conn.scalar(select(func.count()).select_from(t)) for t in db.metadata.sorted_tables}
    finally:
        engine.dispose()


def check_load(jsonl: Path, url: str) -> None:
    summary = db.load_jsonl(jsonl, url, chunk_size=2)
    expected = expected_counts(jsonl)
    assert expected["people"] >= 2 and expected["roles"] >= 1 and expected["errors"] == 3
    assert summary.reports == expected["documents"] and summary.errors == 3 and summary.chunks == 4
    assert table_counts(url) == expected
    # a round trip of every report
    engine = db.make_engine(url)
    try:
        for record in records(jsonl):
            if "error" not in record:
                original = Report.model_validate(record)
                assert db.read_report(engine, original.document.sha256) == original
        with engine.connect() as conn:  # plain SQL over the foreign keys
            row = conn.execute(text(
                "select d.doc_id, p.name, r.title from documents d join people p on p.sha256 = d.sha256 "
                "join roles r on r.sha256 = p.sha256 and r.person_idx = p.person_idx where d.doc_id = 'r0'"
            )).all()
            assert sorted(map(tuple, row)) == [("r0", "Anna Kowalska", "prezes"), ("r0", "Anna Kowalska", "prowadzący")]
    finally:
        engine.dispose()
    # loading the same records again changes nothing
    db.load_jsonl(jsonl, url, chunk_size=3)
    assert table_counts(url) == expected


def test_sqlite_load_round_trip_and_reload(jsonl: Path, tmp_path: Path) -> None:
    check_load(jsonl, f"sqlite:///{tmp_path / 'out.db'}")


def test_a_failing_chunk_leaves_no_half_loaded_report(jsonl: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'fail.db'}"
    real = db.report_rows
    reports = [r for r in records(jsonl) if "error" not in r]
    bad_sha = reports[2]["document"]["sha256"]  # in the second chunk (chunk_size=2)

    def failing(report):
        rows = real(report)
        if report.document.sha256 == bad_sha:
            rows[db.people].append({"sha256": bad_sha, "person_idx": 0, "name": None})  # NOT NULL violation
        return rows

    monkeypatch.setattr(db, "report_rows", failing)
    with pytest.raises(Exception):  # noqa: B017 - the database's IntegrityError
        db.load_jsonl(jsonl, url, chunk_size=2)
    counts = table_counts(url)
    assert counts["documents"] == 2  # the first chunk is in, nothing of the second
    engine = create_engine(url)
    with engine.connect() as conn:
        shas = set(conn.scalars(select(db.documents.c.sha256)))
        child_shas = set(conn.scalars(select(db.mentions.c.sha256)))
    engine.dispose()
    assert bad_sha not in shas and child_shas <= shas


def test_report_replaces_error_but_not_the_reverse(tmp_path: Path, jsonl: Path) -> None:
    url = f"sqlite:///{tmp_path / 'mix.db'}"
    report = next(r for r in records(jsonl) if "error" not in r)
    sha = report["document"]["sha256"]
    err = {"schema_version": "1.0", "document": {"id": "x", "source": "x.txt", "sha256": sha},
           "error": {"kind": "internal", "message": "timed out"}}
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(err) + "\n" + json.dumps(report) + "\n")
    db.load_jsonl(path, url, chunk_size=1)
    assert table_counts(url)["errors"] == 0 and table_counts(url)["documents"] == 1
    path.write_text(json.dumps(err) + "\n")
    summary = db.load_jsonl(path, url)
    assert summary.errors_not_stored == 1 and table_counts(url)["errors"] == 0


def full_instance(model: type, depth: int = 0):
    """An instance of a pydantic model with every field set to a non-default value."""
    import types
    import typing

    from pydantic import BaseModel

    def value(annotation, name: str):
        origin = typing.get_origin(annotation)
        args = typing.get_args(annotation)
        if origin in (typing.Union, types.UnionType):
            return value(next(a for a in args if a is not type(None)), name)
        if origin is typing.Literal:
            return args[-1]
        if origin is list:
            return [value(args[0], name), value(args[0], name)]
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            return full_instance(annotation, depth + 1)
        if annotation is bool:
            return True
        if annotation is int:
            return 3 + depth
        if annotation is float:
            return 0.5
        return f"{name}-{depth}"

    data = {name: value(field.annotation, name) for name, field in model.model_fields.items()}
    if "start" in data:
        data.update(start=1, end=2)
    return model.model_validate(data)


def test_every_field_of_the_schema_survives_the_database(tmp_path: Path) -> None:
    """A report with every field set makes the round trip: a new schema field needs a column."""
    report = full_instance(Report)
    path = tmp_path / "full.jsonl"
    path.write_text(report.model_dump_json() + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'full.db'}"
    db.load_jsonl(path, url)
    engine = db.make_engine(url)
    try:
        assert db.read_report(engine, report.document.sha256).model_dump() == report.model_dump()
    finally:
        engine.dispose()


def test_old_database_is_refused_clearly(jsonl: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("create table people (sha256 varchar(64), person_idx integer, name text)"))
    engine.dispose()
    with pytest.raises(ValueError, match="older version"):
        db.load_jsonl(jsonl, url)


def test_cli_load(jsonl: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    result = CliRunner().invoke(app, ["load", str(jsonl), "--db", url])
    assert result.exit_code == 0, result.output
    assert "4 reports and 3 error records" in result.output
    assert db.normalize_url("postgresql://u@h/d") == "postgresql+psycopg://u@h/d"


@pytest.fixture()
def pg_url():
    url = os.environ.get("PL_EVENTS_PG_URL")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("CI must test PostgreSQL: PL_EVENTS_PG_URL is not set (bash .ci/postgres.sh prints it)")
        pytest.skip("PL_EVENTS_PG_URL is not set (bash .ci/postgres.sh starts a server and prints it)")
    admin = create_engine(db.normalize_url(url), isolation_level="AUTOCOMMIT")
    name = f"pl_events_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f"create database {name}"))
    try:
        yield admin.url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"drop database if exists {name} with (force)"))
        admin.dispose()


def test_postgresql_load_round_trip_and_reload(jsonl: Path, pg_url: str) -> None:
    assert pg_url.startswith("postgresql+psycopg://")
    check_load(jsonl, pg_url)
