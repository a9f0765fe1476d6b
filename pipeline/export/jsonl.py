"""JSON for one record, JSON Lines for many; a line is written whole or not at all."""

from __future__ import annotations

import json
from typing import IO

from pydantic import BaseModel


def to_json(record: BaseModel, indent: int | None = 2) -> str:
    return json.dumps(record.model_dump(mode="json"), ensure_ascii=False, indent=indent)


def to_line(record: BaseModel) -> str:
    return json.dumps(record.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":")) + "\n"


def write_line(stream: IO[str], record: BaseModel) -> None:
    """One write call per record, flushed, so a crash never leaves half a line behind."""
    stream.write(to_line(record))
    stream.flush()
