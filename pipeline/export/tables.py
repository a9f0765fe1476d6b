"""JSON Lines records to flat tables (pandas DataFrames), written as Parquet or CSV.

    write_tables("out.jsonl", "tables/", fmt="parquet")

One table per kind, every row keyed by the document's ``doc_id`` and ``sha256`` (join on
``sha256``: ids come from file names and may repeat across folders), child rows also by
their position in the report (``person``, ``organization``...):

- ``reports``: one row per report: source, encoding, event type, dates, organizer,
  attendance (total, women, men) and the evidence text of each;
- ``people``, ``roles`` (one row per role of a person), ``organizations``, ``places``
  (with TERYT codes), ``dates``, ``attendance`` (each mention, with its offsets into the
  document text);
- ``errors``: one row per error record (source, kind, message).

The file is read line by line and the tables are written in chunks, so memory stays flat;
column types are fixed here (nullable integers, booleans, strings), so every chunk and
every run gives the same schema, even when a column is empty.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

S, N, B, F = "string", "Int64", "boolean", "Float64"  # string, nullable int, bool, float
KEY = {"doc_id": S, "sha256": S}
SPAN = {"text": S, "start": N, "end": N, "confidence": F, "rule": S, "extractor": S}

#: Table name -> column -> pandas dtype.
COLUMNS: dict[str, dict[str, str]] = {
    "reports": {
        **KEY, "source": S, "encoding": S, "chars": N, "schema_version": S,
        "event_type": S, "event_type_text": S, "date_start": S, "date_end": S, "date_text": S,
        "organizer": S, "organizer_text": S,
        "attendance_total": N, "attendance_women": N, "attendance_men": N, "attendance_approximate": B,
        "women_derived": B, "men_derived": B, "summed_groups": B, "attendance_text": S,
        "people": N, "organizations": N, "places": N, "missing": S, "warnings": S,
    },
    "people": {
        **KEY, "person": N, "name": S, "honorific": S, "gender": S, "affiliation": S, "part": S,
        "part_source": S, "part_confidence": F, "roles": S,
        "mentions": N, "first_start": N, "first_end": N,
    },
    "roles": {
        **KEY, "person": N, "role": N, "person_name": S, "title": S, "organization": S,
        "text": S, "start": N, "end": N,
    },
    "organizations": {
        **KEY, "organization": N, "name": S, "acronym": S, "mentions": N, "first_start": N, "first_end": N,
    },
    "places": {
        **KEY, "place": N, "name": S, "kind": S, "simc": S, "terc": S, "gmina": S, "powiat": S,
        "wojewodztwo": S, "teryt_candidates": N, "mentions": N, "first_start": N, "first_end": N,
    },
    "dates": {
        **KEY, "date": N, **SPAN, "date_start": S, "date_end": S, "partial": S, "year_inferred": B,
        "role": S, "event_day": N,
    },
    "attendance": {
        **KEY, "attendance": N, **SPAN, "total": N, "women": N, "men": N, "approximate": B, "vague": B,
        "group": S, "role": S,
    },
    "errors": {**KEY, "source": S, "kind": S, "message": S},
}
TABLES = tuple(COLUMNS)
CHUNK_RECORDS = 5000


def iter_records(jsonl_path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """The records of a JSON Lines file; a line that is not a record raises ValueError."""
    with open(jsonl_path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise ValueError(f"{jsonl_path}:{lineno}: not valid JSON ({exc.msg})") from None
            if not isinstance(record, dict) or not isinstance(record.get("document"), dict):
                raise ValueError(f"{jsonl_path}:{lineno}: not a report or error record")
            yield record


def _text(mention: dict | None) -> str | None:
    return mention.get("text") if mention else None


def _first(mentions: list[dict], key: str) -> int | None:
    return mentions[0].get(key) if mentions else None


def _span(m: dict) -> dict[str, Any]:
    return {k: m.get(k) for k in SPAN}


def flatten(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The rows one record contributes to each table."""
    doc = record["document"]
    key = {"doc_id": doc.get("id"), "sha256": doc.get("sha256")}
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    if "error" in record:
        err = record.get("error") or {}
        rows["errors"].append({**key, "source": doc.get("source"), "kind": err.get("kind"),
                               "message": err.get("message")})
        return rows
    event = record.get("event") or {}
    att = event.get("attendance") or {}
    people = record.get("people") or []
    organizations = record.get("organizations") or []
    places = record.get("places") or []
    rows["reports"].append({
        **key, "source": doc.get("source"), "encoding": doc.get("encoding"), "chars": doc.get("chars"),
        "schema_version": record.get("schema_version"),
        "event_type": event.get("type"), "event_type_text": _text(event.get("type_evidence")),
        "date_start": event.get("date_start"), "date_end": event.get("date_end"),
        "date_text": _text(event.get("date_evidence")),
        "organizer": event.get("organizer"), "organizer_text": _text(event.get("organizer_evidence")),
        "attendance_total": att.get("total"), "attendance_women": att.get("women"),
        "attendance_men": att.get("men"), "attendance_approximate": att.get("approximate"),
        "women_derived": att.get("women_derived"), "men_derived": att.get("men_derived"),
        "summed_groups": att.get("summed_groups"),
        "attendance_text": " | ".join(m.get("text", "") for m in att.get("evidence") or []) or None,
        "people": len(people), "organizations": len(organizations), "places": len(places),
        "missing": ";".join(record.get("missing") or []) or None,
        "warnings": " | ".join(record.get("warnings") or []) or None,
    })
    for i, person in enumerate(people):
        mentions = person.get("mentions") or []
        roles = person.get("roles") or []
        rows["people"].append({
            **key, "person": i, "name": person.get("name"), "honorific": person.get("honorific"),
            "gender": person.get("gender"), "affiliation": person.get("affiliation"), "part": person.get("part"),
            "part_source": person.get("part_source"), "part_confidence": person.get("part_confidence"),
            "roles": "; ".join(r.get("title", "") + (f" ({r['organization']})" if r.get("organization") else "")
                               for r in roles) or None,
            "mentions": len(mentions), "first_start": _first(mentions, "start"), "first_end": _first(mentions, "end"),
        })
        for j, role in enumerate(roles):
            m = role.get("mention") or {}
            rows["roles"].append({
                **key, "person": i, "role": j, "person_name": person.get("name"), "title": role.get("title"),
                "organization": role.get("organization"), "text": m.get("text"), "start": m.get("start"),
                "end": m.get("end"),
            })
    for i, org in enumerate(organizations):
        mentions = org.get("mentions") or []
        rows["organizations"].append({
            **key, "organization": i, "name": org.get("name"), "acronym": org.get("acronym"),
            "mentions": len(mentions), "first_start": _first(mentions, "start"), "first_end": _first(mentions, "end"),
        })
    for i, place in enumerate(places):
        mentions = place.get("mentions") or []
        teryt = place.get("teryt") or {}
        rows["places"].append({
            **key, "place": i, "name": place.get("name"), "kind": place.get("kind"),
            **{k: teryt.get(k) for k in ("simc", "terc", "gmina", "powiat", "wojewodztwo")},
            "teryt_candidates": place.get("teryt_candidates"),
            "mentions": len(mentions), "first_start": _first(mentions, "start"), "first_end": _first(mentions, "end"),
        })
    for i, d in enumerate(record.get("dates") or []):
        rows["dates"].append({
            **key, "date": i, **_span(d), "date_start": d.get("date_start"), "date_end": d.get("date_end"),
            "partial": d.get("partial"), "year_inferred": d.get("year_inferred"), "role": d.get("role"),
            "event_day": d.get("event_day"),
        })
    for i, a in enumerate(record.get("attendance") or []):
        rows["attendance"].append({
            **key, "attendance": i, **_span(a), "total": a.get("total"), "women": a.get("women"),
            "men": a.get("men"), "approximate": a.get("approximate"), "vague": a.get("vague"),
            "group": a.get("group"), "role": a.get("role"),
        })
    return rows


def frame(name: str, rows: list[dict[str, Any]]):
    """A DataFrame of one table with its fixed columns and dtypes."""
    import pandas as pd

    columns = COLUMNS[name]
    df = pd.DataFrame.from_records(rows, columns=list(columns)) if rows else pd.DataFrame(columns=list(columns))
    return df.astype(columns)


def read_tables(jsonl_path: str | os.PathLike[str]) -> dict[str, Any]:
    """All tables of a (small) JSONL file as DataFrames, in memory."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for record in iter_records(jsonl_path):
        for name, new in flatten(record).items():
            rows[name].extend(new)
    return {name: frame(name, rows[name]) for name in TABLES}


class _TableWriter:
    def __init__(self, path: Path, fmt: str) -> None:
        self.path = path
        self.fmt = fmt
        self.rows = 0
        self._parquet = None
        self._started = False

    def write(self, df) -> None:
        self.rows += len(df)
        if self.fmt == "csv":
            df.to_csv(self.path, mode="a" if self._started else "w", header=not self._started, index=False)
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pandas(df, preserve_index=False)
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self.path, table.schema)
            self._parquet.write_table(table.cast(self._parquet.schema))
        self._started = True

    def close(self) -> None:
        if self._parquet is not None:
            self._parquet.close()


def write_tables(
    jsonl_path: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    fmt: Literal["parquet", "csv"] = "parquet",
    chunk_records: int = CHUNK_RECORDS,
) -> dict[str, tuple[Path, int]]:
    """Write every table to `out_dir`/NAME.parquet (or .csv); return {name: (path, rows)}."""
    if fmt not in ("parquet", "csv"):
        raise ValueError(f"unknown table format {fmt!r}: parquet or csv")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    writers = {name: _TableWriter(out / f"{name}.{fmt}", fmt) for name in TABLES}
    pending: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    count = 0

    def flush(final: bool) -> None:
        for name in TABLES:
            if pending[name] or (final and not writers[name]._started):
                writers[name].write(frame(name, pending[name]))
                pending[name] = []

    try:
        for record in iter_records(jsonl_path):
            for name, new in flatten(record).items():
                pending[name].extend(new)
            count += 1
            if count % chunk_records == 0:
                flush(final=False)
        flush(final=True)
    finally:
        for writer in writers.values():
            writer.close()
    return {name: (w.path, w.rows) for name, w in writers.items()}
