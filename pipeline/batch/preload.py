"""Imported once by the batch's forkserver (``set_forkserver_preload``): build the default extractor,
run it on the warm-up text and freeze the heap *before* any worker is forked.

Every worker then starts from that warm, settled heap instead of building its own extractor and
loading the lexicons, TERYT and morfeusz2's tables again: one start-up per batch instead of one per
worker (about 1 CPU-second each), the first input is timed like any other, and the loaded tables stay
on pages the workers share with the server (frozen objects are never written by the collector).
The worker still calls `warm_up`, which then only finds the extractor built. A failure here is
left for the worker to report (it raises again there, as a ``fatal`` message to the parent).
"""

from __future__ import annotations

from pipeline.batch.work import warm_up

#: Whether the default extractor was built and warmed in this process (the forkserver).
WARMED = False

try:
    warm_up("builtin")
    WARMED = True
except Exception:  # noqa: BLE001 - the forkserver must start; the worker reports the failure
    pass
