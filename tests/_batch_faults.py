"""Worker functions for tests/test_batch.py that misbehave on purpose (kept out of production code).

Imported by name in the batch's worker processes, so they live in a module of their own.
"""

from __future__ import annotations

import os
import signal
import time

from pipeline.batch import Result, process_item


def faulty_process(source: str, payload: bytes, ner: str, max_bytes: int, reference_date: str | None = None) -> Result:
    """`process_item`, except that inputs starting with a marker crash or hang the worker."""
    if payload.startswith(b"#pl-events-test:segfault"):
        os.kill(os.getpid(), signal.SIGSEGV)
    if payload.startswith(b"#pl-events-test:hang"):
        time.sleep(3600)
    return process_item(source, payload, ner, max_bytes)


def preload_probe(source: str, payload: bytes, ner: str, max_bytes: int, reference_date: str | None = None) -> Result:
    """Whether this worker was forked with the extractor already built by the forkserver's preload."""
    import sys

    from pipeline.batch import work

    preload = sys.modules.get("pipeline.batch.preload")
    warmed = bool(preload is not None and preload.WARMED and "builtin" in work._EXTRACTORS)
    return (f"{source} warmed={warmed}", None)
