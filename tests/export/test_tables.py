"""`pl-events table`: one table per kind, keyed by document id and sha256, as Parquet or CSV."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.export.tables import COLUMNS, TABLES, read_tables, write_tables
from tests.export.conftest import entity_counts


@pytest.fixture(scope="module")
def records_jsonl(batch_jsonl: Path) -> Path:
    return batch_jsonl


expected_counts = entity_counts  # the table names are the entity kinds


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_tables_written_with_keys_and_counts(records_jsonl: Path, tmp_path: Path, fmt: str) -> None:
    written = write_tables(records_jsonl, tmp_path / fmt, fmt=fmt, chunk_records=2)  # several chunks
    counts = expected_counts(records_jsonl)
    assert counts["people"] >= 2 and counts["roles"] >= 1 and counts["errors"] == 3  # empty, binary, missing
    assert {name: rows for name, (_path, rows) in written.items()} == counts
    for name in TABLES:
        path = tmp_path / fmt / f"{name}.{fmt}"
        df = pd.read_parquet(path) if fmt == "parquet" else pd.read_csv(path)
        assert list(df.columns) == list(COLUMNS[name]) and len(df) == counts[name]
        assert {"doc_id", "sha256"} <= set(df.columns)
    reports = pd.read_parquet(tmp_path / fmt / "reports.parquet") if fmt == "parquet" else pd.read_csv(
        tmp_path / fmt / "reports.csv", dtype={"date_start": str})
    first = reports[reports["doc_id"] == "r0"].iloc[0]
    assert first["event_type"] == "szkolenie" and first["date_start"] == "2019-03-12"
    assert (first["attendance_total"], first["attendance_women"], first["attendance_men"]) == (20, 12, 8)
    people = pd.read_parquet(tmp_path / fmt / "people.parquet") if fmt == "parquet" else pd.read_csv(
        tmp_path / fmt / "people.csv")
    assert set(people["sha256"]) <= set(reports["sha256"])


def test_empty_tables_keep_their_schema(tmp_path: Path) -> None:
    path = tmp_path / "errors_only.jsonl"
    path.write_text(json.dumps({"schema_version": "1.0", "document": {"id": "x", "source": "x.txt", "sha256": None},
                                "error": {"kind": "not_found", "message": "no such file"}}) + "\n")
    write_tables(path, tmp_path / "t")
    people = pd.read_parquet(tmp_path / "t" / "people.parquet")
    assert len(people) == 0 and list(people.columns) == list(COLUMNS["people"])
    assert str(people["person"].dtype) == "Int64"
    assert len(read_tables(path)["errors"]) == 1


def test_bad_line_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"document": {}}\n{not json\n')
    with pytest.raises(ValueError, match=":2: not valid JSON"):
        write_tables(path, tmp_path / "t", fmt="csv")


def test_cli_table(records_jsonl: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    result = CliRunner().invoke(app, ["table", str(records_jsonl), "--to", str(tmp_path / "t"), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "t").iterdir()) == sorted(f"{n}.csv" for n in TABLES)
