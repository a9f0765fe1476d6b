"""The local engine: a pool of worker processes that survives crashes and hangs of single inputs.

Each worker (forkserver, forked from a server that preloaded the modules and built and warmed the
`Extractor`, pipeline.batch.preload) takes
inputs one at a time over its own pipe; the parent keeps at most ``2 * jobs`` inputs in memory
and knows which input each worker is on, so a worker that dies (a segfault in a C extension)
or runs past `timeout` seconds is killed and replaced and only that input gets an error
record (kind ``internal`` for a crash, ``timeout`` for a hang). A worker also exits when the
parent is gone (its pipe closes), so ``kill -9`` of the batch leaves no orphans.
"""

from __future__ import annotations

import multiprocessing as mp
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from multiprocessing.connection import wait as mp_wait
from typing import Any

from pipeline.batch.work import BatchError, Result, Task, failure_line, process_item, warm_up

#: Seconds one input may take in a worker process before it is killed.
DEFAULT_TIMEOUT = 120.0
#: Results waiting for an earlier, slower input before they can be written in order.
MAX_BUFFERED = 512
#: Inputs handed to one worker at a time (the one it works on and the next, when that one is
#: small enough to wait in the pipe's buffer, 64 KB on Linux).
PER_WORKER = 2
PREFETCH_BYTES = 32 * 1024

#: What a worker does with one input: (source, bytes, ner, max_bytes) -> Result. A module-level
#: function (it is pickled by name); tests pass one that misbehaves on purpose.
Process = Callable[..., Result]  # (source, payload, ner, max_bytes, reference_date) -> Result


def _worker_main(
    conn: Connection, ner: str, max_bytes: int, process: Process = process_item, reference_date: str | None = None
) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        warm_up(ner)  # the per-input timeout then measures the input, not the lazy loading of resources
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
        result = process(source, payload, ner, max_bytes, reference_date)
        try:
            conn.send(("done", (seq, result)))
        except OSError:
            return


def _context(ner: str = "builtin") -> Any:
    methods = mp.get_all_start_methods()
    if "forkserver" in methods:
        ctx = mp.get_context("forkserver")
        # the server imports the heavy modules once and, for the default backend, builds and warms the
        # extractor (pipeline.batch.preload); each worker forks from it warm
        preload = ["pipeline.extractor", "pipeline.batch.pool"]
        if ner == "builtin":
            preload.append("pipeline.batch.preload")
        ctx.set_forkserver_preload(preload)
        return ctx
    return mp.get_context("spawn")


class _MainSpec:
    name = "__main__"


@contextmanager
def _no_main_reimport() -> Iterator[None]:
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
    """One worker process, its pipe, and the inputs it holds (in the order it takes them)."""

    def __init__(self, ctx: Any, ner: str, max_bytes: int, process: Process, reference_date: str | None = None) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker_main, args=(child, ner, max_bytes, process, reference_date), daemon=True,
                                name="pl-events-batch-worker")
        with _no_main_reimport():
            self.proc.start()
        child.close()
        self.ready = False
        #: inputs sent and not answered yet, in the order the worker takes them
        self.tasks: deque[Task] = deque()
        self.started = 0.0  # when the worker began the first of them

    def send(self, task: Task) -> None:
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


def run_local(
    items: Iterator[Task],
    put: Callable[[int, Result], None],
    buffered: Callable[[], int],
    jobs: int,
    ner: str,
    max_bytes: int,
    timeout: float | None,
    process: Process = process_item,
    reference_date: str | None = None,
) -> None:
    """Extract `items` in `jobs` worker processes, handing each result to `put` as it comes."""
    ctx = _context(ner)
    workers = [_Worker(ctx, ner, max_bytes, process, reference_date) for _ in range(jobs)]
    queue: deque[Task] = deque()
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
                replace: tuple[str, str] | None = None  # (error kind, message)
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
                        replace = ("internal", died_message(w.proc.exitcode))
                if replace is None and w.tasks and timeout is not None:
                    if time.monotonic() - w.started > timeout:
                        replace = ("timeout", f"timed out after {timeout:g} s (the worker was stopped)")
                if replace is not None:
                    if w.tasks:  # the first input was being extracted; the others go back in line
                        seq, source, payload = w.tasks.popleft()
                        put(seq, failure_line(source, *replace, payload))
                        queue.extendleft(reversed(w.tasks))
                        w.tasks.clear()
                    elif not w.ready:
                        startup_failures += 1
                        if startup_failures > 3:
                            raise BatchError(f"worker processes keep dying at start: {replace[1]}")
                    w.stop(kill=True)
                    workers[i] = _Worker(ctx, ner, max_bytes, process, reference_date)
    finally:
        for w in workers:
            w.stop(kill=bool(w.tasks))


def died_message(exitcode: int | None) -> str:
    """Why a worker is gone, for the error record of the input it was on."""
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"the worker process died ({name}) while extracting this input"
    return f"the worker process died (exit code {exitcode}) while extracting this input"
