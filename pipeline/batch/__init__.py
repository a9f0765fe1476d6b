"""Batch extraction: every input gives exactly one JSON line, whatever happens to it.

The parts: `work` (one input -> one line), `output` (writer, input order, resume), `pool`
(the local engine's worker processes) and `dask_engine`; this module ties them together.

    run_batch(["reports/", "2019.zip", "-"], "out.jsonl", jobs=2, resume=True)

- One line per input, a `Report` or an `ErrorRecord`; the count of lines always equals
  the count of inputs (`pipeline.ingest.sources` yields exactly one item per input). The
  output file itself is not an input, should it lie in a folder being read.
- Each line is encoded first and written with a single unbuffered write, so a crash or
  ``kill -9`` leaves at worst one partial last line; ``resume=True`` first truncates such
  a line, then skips every input already in the output: by sha256 (counted, so two
  inputs with the same bytes are both accounted for), or by source for error records of
  inputs that were never read (missing file, refused archive member).
- ``jobs=N`` (N >= 1): N worker processes (forkserver), each building the `Extractor`
  once. Work is handed out one input at a time, at most ``2 * N`` inputs wait in memory
  and results are written in input order (so ``-j 2`` writes the same file as ``-j 1``),
  so memory stays flat however many inputs there are. Because every input runs in a
  worker process, an input that crashes the interpreter (a segfault in a C extension)
  or runs past `timeout` seconds costs only that input: the worker is killed and
  replaced, and the input gets an error record of kind ``internal`` (a crash) or ``timeout``.
  ``jobs=0`` extracts in this process (no isolation, no timeout; for debugging and tests).
- ``engine="dask"``: shards of `shard_size` inputs are submitted to a Dask distributed
  cluster (``scheduler`` is its address; without one a LocalCluster of `jobs` workers is
  started); each worker process caches one `Extractor` per NER backend in a module-level
  dict; results are written as shards complete (so the order of lines differs from the
  local engine; the set of lines is the same). At most ``2 x workers`` shards are in
  flight. A shard whose task fails as a whole (its worker died) is retried input by
  input, so only the guilty input gets an ``internal`` error record.
- Any exception while extracting one input becomes an error record of kind ``internal``
  with the exception's type and message; the batch goes on.

The summary counts every input of this run, including those already in the output when
resuming: ``ok + failed`` is always the number of inputs; ``skipped`` says how many of them
were not processed again.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, Literal

from pipeline.batch.dask_engine import SHARD_SIZE, run_dask
from pipeline.batch.output import BatchSummary, InOrder, Seen, Writer, truncate_partial_line
from pipeline.batch.pool import DEFAULT_TIMEOUT, Process, run_local
from pipeline.batch.work import (
    _EXTRACTORS,
    BatchError,
    Result,
    Task,
    error_line,
    get_extractor,
    process_item,
    process_shard,
)
from pipeline.ingest.decode import MAX_BYTES, InputError, sha256_hex
from pipeline.ingest.sources import iter_sources


def run_batch(
    inputs: Iterable[str | os.PathLike[str]],
    output_path: str | os.PathLike[str],
    jobs: int = 1,
    resume: bool = False,
    engine: Literal["local", "dask"] = "local",
    scheduler: Any = None,
    ner: str = "builtin",
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    max_bytes: int = MAX_BYTES,
    shard_size: int = SHARD_SIZE,
    progress: bool | None = None,
    stdin: BinaryIO | None = None,
    process: Process = process_item,
    reference_date: str | None = None,
) -> BatchSummary:
    """Extract every input into `output_path` (JSON Lines); see the module docstring.

    `process` is what a worker of the local engine does with one input (a module-level
    function, pickled by name); tests pass one that crashes or hangs on purpose.
    """
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r} (local or dask)")
    if jobs < 0:
        raise ValueError("jobs must be >= 0")
    out = Path(output_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out_real = os.path.realpath(out)
    seen = Seen()
    append = False
    if resume and out.exists():
        truncate_partial_line(out)
        seen = Seen.scan(out)
        append = True

    from tqdm import tqdm

    show = sys.stderr.isatty() if progress is None else progress
    bar = tqdm(unit="doc", disable=not show, file=sys.stderr, dynamic_ncols=True, mininterval=0.5)
    summary = BatchSummary()
    writer = Writer(out, append)

    def emit(result: Result) -> None:
        line, kind = result
        writer.write(line)
        summary.add(kind)
        bar.update(1)

    ordered = InOrder(emit)
    # the local engine writes in input order; Dask writes shards as they complete
    put: Callable[[int, Result], None] = (lambda _seq, result: emit(result)) if engine == "dask" else ordered.put

    def work() -> Iterator[Task]:
        """Number the inputs, settle the ones that need no extraction, yield the rest."""
        seq = 0
        for item in iter_sources(inputs, max_bytes=max_bytes, stdin=stdin):
            if "!" not in item.source and os.path.realpath(item.source) == out_real:
                continue  # the output itself, inside a folder being read
            payload = item.payload
            sha = sha256_hex(payload) if isinstance(payload, bytes) else None
            if resume:
                there, kind = seen.take(item.source, sha)
                if there:
                    summary.add(kind)
                    summary.skipped += 1
                    bar.update(1)
                    continue
            if isinstance(payload, InputError):
                put(seq, process_item(item.source, payload))
            else:
                yield seq, item.source, payload
            seq += 1

    try:
        if engine == "dask":
            run_dask(work(), put, scheduler, jobs, ner, max_bytes, shard_size, reference_date)
        elif jobs == 0:
            get_extractor(ner)  # fail before reading anything when the backend is missing
            for seq, source, data in work():
                put(seq, process_item(source, data, ner, max_bytes, reference_date))
        else:
            run_local(work(), put, lambda: len(ordered), jobs, ner, max_bytes, timeout, process, reference_date)
    finally:
        writer.close()
        bar.close()
    return summary


__all__ = [
    "_EXTRACTORS", "BatchError", "BatchSummary", "DEFAULT_TIMEOUT", "Result", "error_line", "get_extractor",
    "process_item", "process_shard", "run_batch", "truncate_partial_line",
]
