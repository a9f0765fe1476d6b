"""One input -> one JSON line, in whatever process runs it (worker, Dask task or the batch itself).

Kept apart from the pools so that a worker process imports only this and the extractor.
"""

from __future__ import annotations

import threading
from typing import Any

from pipeline.export.jsonl import to_line
from pipeline.heap import settle_heap
from pipeline.ingest.decode import MAX_BYTES, InputError, sha256_hex
from pipeline.ingest.formats import load_document, member_stem
from pipeline.models import ErrorDocument, ErrorInfo, ErrorRecord

Result = tuple[str, str | None]  # (JSON line, error kind or None when the line is a report)
#: One unit of work: (sequence number, source, bytes).
Task = tuple[int, str, bytes]


class BatchError(RuntimeError):
    """The batch cannot run at all (e.g. the NER backend is not installed)."""


_EXTRACTORS: dict[str, Any] = {}
_EXTRACTOR_LOCK = threading.Lock()


#: A short report that touches every lazily loaded resource (TERYT, name lexicons, date rules), so that a
#: worker's first real input is timed like any other (a cold first extraction takes seconds).
WARM_UP_TEXT = ("Szkolenie w Nowym Sączu\n12 maja 2020 r. w Gminnym Ośrodku Kultury odbyło się szkolenie dla 20 osób "
                "(12 kobiet), które prowadziła Anna Kos, prezes Fundacji Zielony Most (FZM), z udziałem wójta Jana Lisa.")


def warm_up(ner: str = "builtin") -> None:
    """Build this process's extractor, run it once on `WARM_UP_TEXT` and freeze what it loaded."""
    get_extractor(ner).extract(WARM_UP_TEXT)
    settle_heap()


def get_extractor(ner: str = "builtin") -> Any:
    """The `Extractor` of this process for `ner`, built on first use (one per worker)."""
    with _EXTRACTOR_LOCK:
        if ner not in _EXTRACTORS:
            from pipeline.extractor import Extractor

            _EXTRACTORS[ner] = Extractor(ner=ner)
        return _EXTRACTORS[ner]


def error_line(source: str | None, error: InputError, sha: str | None = None) -> Result:
    """An error record for one input; its id is the file or archive member stem, as for reports."""
    record = ErrorRecord(
        document=ErrorDocument(id=member_stem(source) if source else None, source=source, sha256=sha),
        error=ErrorInfo(kind=error.kind, message=error.message),  # type: ignore[arg-type]
    )
    return to_line(record), error.kind


def failure_line(source: str | None, kind: str, message: str, payload: bytes | None = None) -> Result:
    """An error record for an input the batch machinery gave up on (crash, timeout, failed task)."""
    return error_line(source, InputError(kind, message), sha256_hex(payload) if payload is not None else None)


def process_item(
    source: str, payload: bytes | InputError, ner: str = "builtin", max_bytes: int = MAX_BYTES,
    reference_date: str | None = None,
) -> Result:
    """Extract one input; never raises (every failure is an error record). `reference_date` (ISO) is the
    user's date for relative and year-less dates, the same for every input of a batch."""
    if isinstance(payload, InputError):
        return error_line(source, payload)
    sha = sha256_hex(payload)
    try:
        document = load_document(source, payload, max_bytes=max_bytes)
        report = get_extractor(ner).extract(document, reference_date=reference_date)
        return to_line(report), None
    except InputError as exc:
        return error_line(source, exc, sha)
    except Exception as exc:  # noqa: BLE001 - one input must never stop the batch
        message = f"{type(exc).__name__}: {exc}"[:2000]
        return error_line(source, InputError("internal", message), sha)


_SHARD_LOCK = threading.Lock()
_SHARD_SETTLED = False


def process_shard(
    shard: list[Task], ner: str = "builtin", max_bytes: int = MAX_BYTES, reference_date: str | None = None
) -> list[tuple[int, Result]]:
    """A Dask task: a list of (seq, source, bytes) -> list of (seq, Result).

    A Dask worker with several threads shares its one cached Extractor; spaCy pipelines
    are not thread-safe, so shards of one worker process run one at a time (start workers
    with ``--nthreads 1`` and use more worker processes instead).
    """
    global _SHARD_SETTLED
    with _SHARD_LOCK:
        out = [(seq, process_item(source, data, ner, max_bytes, reference_date)) for seq, source, data in shard]
        if not _SHARD_SETTLED:  # the first shard has loaded the lexicons: freeze them for the later ones
            settle_heap()
            _SHARD_SETTLED = True
        return out
