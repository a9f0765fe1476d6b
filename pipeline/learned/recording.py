"""Let a trainer see the features a learned decision was made from, without a second code path.

`with recording() as rows: extractor.extract(doc)` collects one `Decision` per learned decision the
pipeline takes for that document; outside the block nothing is kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from pipeline.learned.linear import Features


@dataclass(frozen=True)
class Decision:
    task: str  #: "part", ...
    key: str  #: what was decided about (a person's name)
    features: Features
    rule: str  #: what the hand rules proposed
    chosen: str  #: what the pipeline output


_ACTIVE: ContextVar[list[Decision] | None] = ContextVar("learned_recording", default=None)


@contextmanager
def recording() -> Iterator[list[Decision]]:
    rows: list[Decision] = []
    token = _ACTIVE.set(rows)
    try:
        yield rows
    finally:
        _ACTIVE.reset(token)


def record(decision: Decision) -> None:
    rows = _ACTIVE.get()
    if rows is not None:
        rows.append(decision)
