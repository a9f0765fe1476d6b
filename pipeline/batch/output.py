"""The output file: unbuffered one-write-per-line appends, input order, and what --resume skips."""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.batch.work import Result


@dataclass
class BatchSummary:
    """Counts of one run: every input is either ok or failed (by error kind); skipped were already there."""

    ok: int = 0
    failed: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    skipped: int = 0

    @property
    def total(self) -> int:
        return self.ok + self.failed

    def add(self, kind: str | None) -> None:
        if kind is None:
            self.ok += 1
        else:
            self.failed += 1
            self.by_kind[kind] = self.by_kind.get(kind, 0) + 1

    def describe(self) -> str:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.by_kind.items()))
        text = f"ok {self.ok}, failed {self.failed}" + (f" ({kinds})" if kinds else "")
        if self.skipped:
            text += f"; {self.skipped} already in the output (resume)"
        return text


def truncate_partial_line(path: str | os.PathLike[str]) -> int:
    """Cut a trailing line without its newline (a write cut short); return the bytes removed."""
    with open(path, "r+b") as fh:
        size = fh.seek(0, os.SEEK_END)
        if size == 0:
            return 0
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return 0
        pos = size
        block = 65536
        keep = 0
        while pos > 0:
            start = max(0, pos - block)
            fh.seek(start)
            chunk = fh.read(pos - start)
            idx = chunk.rfind(b"\n")
            if idx >= 0:
                keep = start + idx + 1
                break
            pos = start
        fh.truncate(keep)
        return size - keep


class Seen:
    """What an output file already holds, for --resume: counted by sha256, or by source."""

    def __init__(self) -> None:
        self.by_sha: dict[str, deque[str | None]] = {}
        self.by_source: dict[str, deque[str | None]] = {}

    @classmethod
    def scan(cls, path: Path) -> Seen:
        seen = cls()
        with path.open("rb") as fh:
            for raw in fh:
                try:
                    record = json.loads(raw)
                    document = record["document"]
                except (ValueError, KeyError, TypeError):
                    continue  # not a record line: it will be neither counted nor skipped
                error = record.get("error")
                kind = error.get("kind", "internal") if isinstance(error, dict) else None
                if document.get("sha256"):
                    seen.by_sha.setdefault(document["sha256"], deque()).append(kind)
                else:
                    seen.by_source.setdefault(str(document.get("source")), deque()).append(kind)
        return seen

    def take(self, source: str, sha: str | None) -> tuple[bool, str | None]:
        """(already there?, its error kind) for one input; each line is taken once."""
        bucket = self.by_sha.get(sha) if sha else self.by_source.get(source)
        if not bucket:
            return False, None
        return True, bucket.popleft()


class Writer:
    """Unbuffered append: each record is one write of its encoded line, so a kill cuts at most one."""

    def __init__(self, path: Path, append: bool) -> None:
        self.fh = open(path, "ab" if append else "wb", buffering=0)  # noqa: SIM115

    def write(self, line: str) -> None:
        view = memoryview(line.encode("utf-8"))
        while view:
            written = self.fh.write(view)
            view = view[written:]

    def close(self) -> None:
        self.fh.close()


class InOrder:
    """Hold results until every earlier input's result is written (so -j 2 writes what -j 1 does)."""

    def __init__(self, emit: Callable[[Result], None]) -> None:
        self.emit = emit
        self.next_seq = 0
        self.pending: dict[int, Result] = {}

    def put(self, seq: int, result: Result) -> None:
        self.pending[seq] = result
        while self.next_seq in self.pending:
            self.emit(self.pending.pop(self.next_seq))
            self.next_seq += 1

    def __len__(self) -> int:
        return len(self.pending)
