"""Missing-field checks: which required fields does each report lack?

A *profile* names the required fields. Profiles are data: JSON files
``{"name": ..., "description": ..., "required": [...]}`` whose ``required`` entries come
from `pipeline.models.REQUIRED_FIELD_NAMES` (event_type, date, place, organizer,
attendance_total, attendance_split). The shipped ones live in ``schemas/profiles/``
(``minimal``, ``eu-project``); ``--profile`` takes one of their names or a path to a
user's own file.

A report lacks a field when the extractor lists it in ``report.missing`` (see
`pipeline.resolve.missing_fields`: the one definition of "missing").
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipeline.ingest.decode import Document, InputError
from pipeline.models import REQUIRED_FIELD_NAMES, Report

PROFILE_DIR = Path(__file__).resolve().parent.parent / "schemas" / "profiles"
DEFAULT_PROFILE = "eu-project"
FORMATS = ("table", "csv", "json")


class ProfileError(ValueError):
    """A profile that cannot be used; the message is one line for the user."""


class Profile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    description: str
    required: list[str] = Field(min_length=1)
    #: a year-less event date ("--05-14") counts as a date, with a warning
    accept_partial_date: bool = False

    @field_validator("required")
    @classmethod
    def _known(cls, value: list[str]) -> list[str]:
        for name in value:
            if name not in REQUIRED_FIELD_NAMES:
                raise ValueError(f"unknown field {name!r} (known: {', '.join(REQUIRED_FIELD_NAMES)})")
        if len(set(value)) != len(value):
            raise ValueError("a field is listed twice")
        return value


def available_profiles() -> list[str]:
    return sorted(p.stem for p in PROFILE_DIR.glob("*.json"))


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(x) for x in err["loc"])
        if err["type"] == "missing":
            parts.append(f"missing key {loc!r}")
        elif err["type"] == "extra_forbidden":
            parts.append(f"unknown key {loc!r}")
        else:
            msg = err["msg"].removeprefix("Value error, ")
            parts.append(f"{loc}: {msg}" if loc else msg)
    return "; ".join(parts)


def parse_profile(data: Any, where: str = "profile") -> Profile:
    if not isinstance(data, dict):
        raise ProfileError(f"bad profile {where}: expected a JSON object with name, description, required")
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        raise ProfileError(f"bad profile {where}: {_describe(exc)}") from None


def load_profile(name_or_path: str | Path) -> Profile:
    """A shipped profile by name (``minimal``, ``eu-project``) or a JSON file by path."""
    text = str(name_or_path)
    path = Path(text)
    looks_like_path = text.endswith(".json") or "/" in text or "\\" in text
    if not looks_like_path and (PROFILE_DIR / f"{text}.json").is_file():
        path = PROFILE_DIR / f"{text}.json"
    elif not looks_like_path and not path.is_file():
        raise ProfileError(f"no profile {text!r} (shipped: {', '.join(available_profiles())}; "
                           "or give the path of a .json file)")
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProfileError(f"bad profile {text}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"bad profile {text}: cannot read: {exc}") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ProfileError(f"bad profile {text}: not valid JSON: {exc.msg} at line {exc.lineno}") from None
    return parse_profile(data, text)


# --- running the extractor over inputs ------------------------------------------------------


def expand_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files as given; a directory stands for the ``*.txt`` files in it (sorted, not recursive)."""
    out: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            out.extend(sorted(x for x in p.glob("*.txt") if x.is_file()))
        else:
            out.append(p)
    return out


@dataclass
class Processed:
    source: str
    document: Document | None = None
    report: Report | None = None
    error: InputError | None = None


def process(inputs: Iterable[str | Path], extractor) -> Iterator[Processed]:
    from pipeline.ingest.read import read_file

    for path in expand_inputs(inputs):
        try:
            document = read_file(path)
        except InputError as exc:
            yield Processed(str(path), error=exc)
            continue
        try:
            report = extractor.extract(document)
        except Exception as exc:  # one bad report must not stop a batch; it is listed as an error
            yield Processed(str(path), document, error=InputError("internal", f"{type(exc).__name__}: {exc}"))
            continue
        yield Processed(str(path), document, report)


def lacks(report: Report, profile: Profile) -> list[str]:
    """The profile's required fields this report lacks, in the profile's order."""
    return [name for name in profile.required if name in report.missing
            and not (name == "date" and _partial_date_accepted(report, profile))]


def _partial_date_accepted(report: Report, profile: Profile) -> bool:
    return profile.accept_partial_date and report.event.date_partial_start is not None


def warnings_for(report: Report, profile: Profile) -> list[str]:
    if "date" in profile.required and "date" in report.missing and _partial_date_accepted(report, profile):
        return [f"the event date has no year ({report.event.date_partial_start}); accepted as a date"]
    return []


# --- the check ------------------------------------------------------------------------------


@dataclass
class CheckRow:
    source: str
    id: str | None
    missing: list[str]
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        return "error" if self.error else ("missing" if self.missing else "ok")

    def to_dict(self, profile: Profile) -> dict[str, Any]:
        out: dict[str, Any] = {"source": self.source, "id": self.id, "status": self.status}
        if self.error:
            out["error"] = self.error
        else:
            out["missing"] = self.missing
            out["present"] = [f for f in profile.required if f not in self.missing]
            if self.warnings:
                out["warnings"] = self.warnings
        return out


def check(items: Iterable[Processed], profile: Profile) -> list[CheckRow]:
    rows = []
    for item in items:
        if item.error is not None:
            rows.append(CheckRow(item.source, Path(item.source).stem, [], f"{item.error.kind}: {item.error.message}"))
        else:
            assert item.report is not None
            rows.append(CheckRow(item.source, item.report.document.id, lacks(item.report, profile),
                                 warnings=warnings_for(item.report, profile)))
    return rows


def exit_code(rows: list[CheckRow]) -> int:
    return 1 if any(r.status != "ok" for r in rows) else 0


def summary(rows: list[CheckRow]) -> dict[str, int]:
    return {"reports": len(rows), "complete": sum(r.status == "ok" for r in rows),
            "incomplete": sum(r.status == "missing" for r in rows), "errors": sum(r.status == "error" for r in rows)}


def to_json(rows: list[CheckRow], profile: Profile) -> str:
    return json.dumps({"profile": profile.model_dump(), "reports": [r.to_dict(profile) for r in rows],
                       "summary": summary(rows)}, ensure_ascii=False, indent=2)


def to_csv(rows: list[CheckRow], profile: Profile) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["source", "id", "status", "missing", *profile.required, "error"])
    for r in rows:
        marks = [""] * len(profile.required) if r.error else \
            ["missing" if f in r.missing else "ok" for f in profile.required]
        writer.writerow([r.source, r.id or "", r.status, ";".join(r.missing), *marks, r.error or ""])
    return buf.getvalue()


def print_table(rows: list[CheckRow], profile: Profile, file=None) -> None:
    import sys

    from rich.console import Console
    from rich.table import Table

    out = file or sys.stdout
    tty = getattr(out, "isatty", lambda: False)()
    console = Console(file=out, width=None if tty else 200, highlight=False)
    console.print(f"Required fields, profile {_escape(profile.name)}")
    table = Table()
    table.add_column("report", overflow="fold")
    for name in profile.required:
        table.add_column(name.replace("_", " "), justify="center")
    table.add_column("status")
    for r in rows:
        if r.error:
            cells = ["[dim]-[/dim]"] * len(profile.required)
            status = f"[bold red]error[/bold red] {_escape(r.error)}"
        else:
            cells = ["[bold red]MISSING[/bold red]" if f in r.missing else "[green]ok[/green]" for f in profile.required]
            status = f"[red]lacks {len(r.missing)}[/red]" if r.missing else "[green]complete[/green]"
        table.add_row(_escape(r.source), *cells, status)
    console.print(table)
    s = summary(rows)
    console.print(f"{s['reports']} reports: {s['complete']} complete, {s['incomplete']} missing required fields, "
                  f"{s['errors']} unreadable")


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)
