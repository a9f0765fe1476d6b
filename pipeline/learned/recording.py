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
_MODELS_ON: ContextVar[bool] = ContextVar("learned_models_on", default=True)


@contextmanager
def recording(models: bool = True) -> Iterator[list[Decision]]:
    """Collect the decisions of the extractions inside the block; `models=False` leaves every decision to
    the rules (what a trainer learns from: the rules' view, not an earlier model's)."""
    rows: list[Decision] = []
    token, switch = _ACTIVE.set(rows), _MODELS_ON.set(models)
    try:
        yield rows
    finally:
        _ACTIVE.reset(token)
        _MODELS_ON.reset(switch)


def models_on() -> bool:
    return _MODELS_ON.get()


def recording_active() -> bool:
    """A trainer is collecting decisions: features must be computed even where no model decides."""
    return _ACTIVE.get() is not None


def record(decision: Decision) -> None:
    rows = _ACTIVE.get()
    if rows is not None:
        rows.append(decision)
