"""Gold files: the facts a human wrote down for one report (docs/evaluation.md gives the format).

Kept apart from `pipeline.evaluate` (matching and scores), which reads them. Unknown keys are allowed
(`note`, `settled`, ...); a file that does not fit gives one `GoldError` naming the key.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError


class _Gold(BaseModel):
    model_config = ConfigDict(extra="allow")


class GoldRole(_Gold):
    title: str
    organization: str | None = None


class GoldPerson(_Gold):
    name: str
    roles: list[str | GoldRole] = []
    organization: str | None = None
    part: str | None = None


class GoldOrganization(_Gold):
    name: str
    acronym: str | None = None


class GoldPlace(_Gold):
    name: str
    kind: str | None = None


class GoldAttendance(_Gold):
    total: int | None = None
    women: int | None = None
    men: int | None = None


class Gold(_Gold):
    """What a gold file may say; absent keys are not scored (see `model_fields_set`)."""

    document: str | None = None
    event_type: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_partial_start: str | None = None
    date_partial_end: str | None = None
    published: str | None = None
    organizer: str | None = None
    co_organizers: list[str] = []
    attendance: GoldAttendance | None = None
    people: list[GoldPerson] = []
    organizations: list[GoldOrganization] = []
    places: list[GoldPlace] = []
    missing: list[str] = []
    encoding: str | None = None


class GoldError(ValueError):
    pass


def load_gold(path: str | Path) -> Gold:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: cannot read gold: {exc}") from exc
    return parse_gold(data, str(path))


def parse_gold(data: Any, where: str = "gold") -> Gold:
    try:
        return Gold.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(x) for x in err["loc"])
        raise GoldError(f"{where}: {loc}: {err['msg']}") from exc


