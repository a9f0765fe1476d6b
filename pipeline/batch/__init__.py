"""Batch extraction: every input gives exactly one JSON line, whatever happens to it.

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
  replaced, and the input gets an error record of kind ``internal``.
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

import json
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import wait as mp_wait
from pathlib import Path
from typing import Any, BinaryIO, Literal

from pipeline.export.jsonl import to_line
from pipeline.ingest.decode import MAX_BYTES, InputError, sha256_hex
from pipeline.ingest.sources import iter_sources, load_document, member_stem
from pipeline.models import ErrorDocument, ErrorInfo, ErrorRecord

#: Seconds one input may take in a worker process before it is killed (local engine, jobs >= 1).
DEFAULT_TIMEOUT = 120.0
#: Inputs per Dask task, and the byte bound of one shard.
SHARD_SIZE = 32
SHARD_BYTES = 16 * 1024 * 1024
#: Results waiting for an earlier, slower input before they can be written in order.
MAX_BUFFERED = 512
#: Inputs handed to one worker at a time (the one it works on and the next, when that one is
#: small enough to wait in the pipe's buffer, 64 KB on Linux).
PER_WORKER = 2
PREFETCH_BYTES = 32 * 1024

Result = tuple[str, str | None]  # (JSON line, error kind or None when the line is a report)


class BatchError(RuntimeError):
    """The batch cannot run at all (e.g. the NER backend is not installed)."""


@dataclass
class BatchSummary:
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


# --- one input -> one line (runs in workers) ----------------------------------------------------

_EXTRACTORS: dict[str, Any] = {}
_EXTRACTOR_LOCK = threading.Lock()


def get_extractor(ner: str = "builtin"):
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


def _error_line(source: str | None, kind: str, message: str, sha: str | None = None) -> Result:
    return error_line(source, InputError(kind, message), sha)


def process_item(source: str, payload: bytes | InputError, ner: str = "builtin", max_bytes: int = MAX_BYTES) -> Result:
    """Extract one input; never raises (every failure is an error record)."""
    if isinstance(payload, InputError):
        return error_line(source, payload)
    sha = sha256_hex(payload)
    try:
        document = load_document(source, payload, max_bytes=max_bytes)
        report = get_extractor(ner).extract(document)
        return to_line(report), None
    except InputError as exc:
        return error_line(source, exc, sha)
    except Exception as exc:  # noqa: BLE001 - one input must never stop the batch
        message = f"{type(exc).__name__}: {exc}"[:2000]
        return _error_line(source, "internal", message, sha)


def process_shard(shard: list[tuple[int, str, bytes]], ner: str = "builtin", max_bytes: int = MAX_BYTES):
    """A Dask task: a list of (seq, source, bytes) -> list of (seq, Result).

    A Dask worker with several threads shares its one cached Extractor; spaCy pipelines
    are not thread-safe, so shards of one worker process run one at a time (start workers
    with ``--nthreads 1`` and use more worker processes instead).
    """
    with _SHARD_LOCK:
        return [(seq, process_item(source, data, ner, max_bytes)) for seq, source, data in shard]


_SHARD_LOCK = threading.Lock()


# --- the output file ------------------------------------------------------------------------------

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


class _Seen:
    """What an output file already holds, for --resume: counted by sha256, or by source."""

    def __init__(self) -> None:
        self.by_sha: dict[str, deque[str | None]] = {}
        self.by_source: dict[str, deque[str | None]] = {}

    @classmethod
    def scan(cls, path: Path) -> _Seen:
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


class _Writer:
    """Unbuffered append: each record is one write of its encoded line."""

    def __init__(self, path: Path, append: bool) -> None:
        self.fh = open(path, "ab" if append else "wb", buffering=0)  # noqa: SIM115

    def write(self, line: str) -> None:
        view = memoryview(line.encode("utf-8"))
        while view:
            written = self.fh.write(view)
            view = view[written:]

    def close(self) -> None:
        self.fh.close()


class _InOrder:
    """Hold results until every earlier input's result is written."""

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


# --- the local engine ----------------------------------------------------------------------------

def _inject_fault(payload: bytes) -> None:
    """Test hook (``run_batch(_faults=True)``): inputs starting with these markers misbehave."""
    if payload.startswith(b"#pl-events-test:segfault"):
        os.kill(os.getpid(), signal.SIGSEGV)
    if payload.startswith(b"#pl-events-test:hang"):
        time.sleep(3600)


def _worker_main(conn, ner: str, max_bytes: int, faults: bool = False) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        get_extractor(ner)
    except BaseException as exc:  # noqa: BLE001
        try:
            conn.send(("fatal", f"{type(exc).__name__}: {exc}"))
        except OSError:
            pass
        return
    conn.send(("ready", None))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if message is None:
            return
        seq, source, payload = message
        if faults:
            _inject_fault(payload)
        result = process_item(source, payload, ner, max_bytes)
        try:
            conn.send(("done", (seq, result)))
        except OSError:
            return


def _context():
    methods = mp.get_all_start_methods()
    if "forkserver" in methods:
        ctx = mp.get_context("forkserver")
        # the server imports the heavy modules once; each worker forks from it warm
        ctx.set_forkserver_preload(["pipeline.extractor", "pipeline.batch"])
        return ctx
    return mp.get_context("spawn")


class _MainSpec:
    name = "__main__"


@contextmanager
def _no_main_reimport():
    """Start workers without re-running the caller's __main__ module in them.

    multiprocessing (spawn/forkserver) re-imports the main script in each child, which fails
    for a script read from stdin and re-runs unguarded top-level code; the workers need
    nothing from it. A main module whose spec is named "__main__" is skipped by the child."""
    main = sys.modules.get("__main__")
    if main is None or getattr(getattr(main, "__spec__", None), "name", None):
        yield
        return
    had_spec = "__spec__" in vars(main)
    old_spec = getattr(main, "__spec__", None)
    main.__spec__ = _MainSpec()  # type: ignore[assignment]
    try:
        yield
    finally:
        if had_spec:
            main.__spec__ = old_spec
        else:
            del main.__spec__


class _Worker:
    def __init__(self, ctx, ner: str, max_bytes: int, faults: bool = False) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker_main, args=(child, ner, max_bytes, faults), daemon=True,
                                name="pl-events-batch-worker")
        with _no_main_reimport():
            self.proc.start()
        child.close()
        self.ready = False
        #: inputs sent and not answered yet, in the order the worker takes them
        self.tasks: deque[tuple[int, str, bytes]] = deque()
        self.started = 0.0  # when the worker began the first of them

    def send(self, task: tuple[int, str, bytes]) -> None:
        if not self.tasks:
            self.started = time.monotonic()
        self.tasks.append(task)
        self.conn.send(task)

    def done(self, seq: int) -> None:
        head = self.tasks.popleft()
        assert head[0] == seq, (head[0], seq)
        self.started = time.monotonic()

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.proc.join(timeout=5 if not kill else 10)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(timeout=5)
        self.conn.close()


def _run_local(
    items: Iterator[tuple[int, str, bytes]],
    put: Callable[[int, Result], None],
    buffered: Callable[[], int],
    jobs: int,
    ner: str,
    max_bytes: int,
    timeout: float | None,
    faults: bool = False,
) -> None:
    ctx = _context()
    workers = [_Worker(ctx, ner, max_bytes, faults) for _ in range(jobs)]
    queue: deque[tuple[int, str, bytes]] = deque()
    exhausted = False
    startup_failures = 0
    try:
        while True:
            while not exhausted and len(queue) < 2 * jobs and buffered() < MAX_BUFFERED:
                try:
                    queue.append(next(items))
                except StopIteration:
                    exhausted = True
            for w in workers:
                # the next input waits in the worker's pipe (no idle round trip), if it fits in
                # the pipe's buffer: a send to a busy worker must never block this loop
                while w.ready and queue and (not w.tasks or (
                        len(w.tasks) < PER_WORKER and len(queue[0][2]) <= PREFETCH_BYTES)):
                    w.send(queue.popleft())
            busy = [w for w in workers if w.tasks]
            if exhausted and not queue and not busy:
                return
            wait_for = None
            if timeout is not None and busy:
                wait_for = max(0.0, min(w.started + timeout for w in busy) - time.monotonic()) + 0.01
            ready = set(mp_wait([w.conn for w in workers] + [w.proc.sentinel for w in workers], wait_for))
            for i, w in enumerate(workers):
                replace = None
                if w.conn in ready or w.proc.sentinel in ready:
                    try:
                        while w.conn.poll():
                            what, value = w.conn.recv()
                            if what == "ready":
                                w.ready = True
                                startup_failures = 0
                            elif what == "fatal":
                                raise BatchError(f"the extractor cannot start: {value}")
                            else:
                                seq, result = value
                                w.done(seq)
                                put(seq, result)
                    except (EOFError, OSError):
                        pass
                    if not w.proc.is_alive():
                        replace = _died_message(w.proc.exitcode)
                if replace is None and w.tasks and timeout is not None:
                    if time.monotonic() - w.started > timeout:
                        replace = f"timed out after {timeout:g} s (the worker was stopped)"
                if replace is not None:
                    if w.tasks:  # the first input was being extracted; the others go back in line
                        seq, source, payload = w.tasks.popleft()
                        put(seq, _error_line(source, "internal", replace, sha256_hex(payload)))
                        queue.extendleft(reversed(w.tasks))
                        w.tasks.clear()
                    elif not w.ready:
                        startup_failures += 1
                        if startup_failures > 3:
                            raise BatchError(f"worker processes keep dying at start: {replace}")
                    w.stop(kill=True)
                    workers[i] = _Worker(ctx, ner, max_bytes, faults)
    finally:
        for w in workers:
            w.stop(kill=bool(w.tasks))


def _died_message(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"the worker process died ({name}) while extracting this input"
    return f"the worker process died (exit code {exitcode}) while extracting this input"


# --- the Dask engine -----------------------------------------------------------------------------

def _run_dask(
    items: Iterator[tuple[int, str, bytes]],
    put: Callable[[int, Result], None],
    scheduler,
    jobs: int,
    ner: str,
    max_bytes: int,
    shard_size: int,
) -> None:
    import asyncio

    from distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True)
        client = Client(cluster)
    elif isinstance(scheduler, Client):
        client = scheduler
    else:
        client = Client(scheduler)
    try:
        n_workers = max(1, len(client.nthreads()))
        max_in_flight = 2 * n_workers
        done = as_completed()
        shards: dict[Any, list[tuple[int, str, bytes]]] = {}

        def submit(shard: list[tuple[int, str, bytes]]) -> None:
            future = client.submit(process_shard, shard, ner, max_bytes, pure=False)
            shards[future] = shard
            done.add(future)

        def collect_one() -> None:
            future = next(done)
            shard = shards.pop(future)
            try:
                results = future.result()
            except (Exception, asyncio.CancelledError) as exc:  # noqa: BLE001
                if len(shard) > 1:  # find the guilty input: retry one by one
                    for one in shard:
                        submit([one])
                    return
                seq, source, data = shard[0]
                message = f"the Dask task failed: {type(exc).__name__}: {exc}"[:2000]
                put(seq, _error_line(source, "internal", message, sha256_hex(data)))
                return
            finally:
                future.release()
            for seq, result in results:
                put(seq, result)

        shard: list[tuple[int, str, bytes]] = []
        size = 0
        for seq, source, data in items:
            shard.append((seq, source, data))
            size += len(data)
            if len(shard) >= shard_size or size >= SHARD_BYTES:
                submit(shard)
                shard, size = [], 0
                while len(shards) >= max_in_flight:
                    collect_one()
        if shard:
            submit(shard)
        while shards:
            collect_one()
    finally:
        if cluster is not None or not isinstance(scheduler, Client):
            client.close()
        if cluster is not None:
            cluster.close()


# --- the entry point -----------------------------------------------------------------------------

def run_batch(
    inputs: Iterable[str | os.PathLike[str]],
    output_path: str | os.PathLike[str],
    jobs: int = 1,
    resume: bool = False,
    engine: Literal["local", "dask"] = "local",
    scheduler=None,
    ner: str = "builtin",
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    max_bytes: int = MAX_BYTES,
    shard_size: int = SHARD_SIZE,
    progress: bool | None = None,
    stdin: BinaryIO | None = None,
    _faults: bool = False,
) -> BatchSummary:
    """Extract every input into `output_path` (JSON Lines); see the module docstring."""
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r} (local or dask)")
    if jobs < 0:
        raise ValueError("jobs must be >= 0")
    out = Path(output_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out_real = os.path.realpath(out)
    seen = _Seen()
    append = False
    if resume and out.exists():
        truncate_partial_line(out)
        seen = _Seen.scan(out)
        append = True

    from tqdm import tqdm

    show = sys.stderr.isatty() if progress is None else progress
    bar = tqdm(unit="doc", disable=not show, file=sys.stderr, dynamic_ncols=True, mininterval=0.5)
    summary = BatchSummary()
    writer = _Writer(out, append)

    def emit(result: Result) -> None:
        line, kind = result
        writer.write(line)
        summary.add(kind)
        bar.update(1)

    ordered = _InOrder(emit)
    # the local engine writes in input order; Dask writes shards as they complete
    put: Callable[[int, Result], None] = (lambda _seq, result: emit(result)) if engine == "dask" else ordered.put

    def work() -> Iterator[tuple[int, str, bytes]]:
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
            _run_dask(work(), put, scheduler, jobs, ner, max_bytes, shard_size)
        elif jobs == 0:
            get_extractor(ner)  # fail before reading anything when the backend is missing
            for seq, source, data in work():
                put(seq, process_item(source, data, ner, max_bytes))
        else:
            _run_local(work(), put, lambda: len(ordered), jobs, ner, max_bytes, timeout, _faults)
    finally:
        writer.close()
        bar.close()
    return summary


__all__ = [
    "BatchError", "BatchSummary", "DEFAULT_TIMEOUT", "get_extractor", "process_item",
    "process_shard", "run_batch", "truncate_partial_line",
]
