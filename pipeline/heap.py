"""Garbage-collector settings for processes that extract many reports (the CLI, batch workers).

After the first extraction the process holds about half a million long-lived objects (spaCy's
vocabulary, morfeusz2 tables, TERYT, lexicons) that never become garbage; every full collection
walked all of them again (on one cold pass over 460 real pages the collector took 2-3 s of 12-15 s).
`settle_heap` moves them to the permanent generation and lets more allocations pass between young
collections and more young collections between middle ones: an extraction leaves no cyclic garbage (every
object of a report is freed by reference counting), so the collections only walk the objects the bounded
caches keep adding, and fewer of them walk each such object fewer times (one cold pass over 885 real pages:
collector time 1.1-1.2 s -> 0.45-0.5 s, no full collection). It changes no record, only when cyclic garbage
is reclaimed.
"""

from __future__ import annotations

import gc

#: Allocations between young collections (CPython's default is 700).
GEN0_THRESHOLD = 50_000
#: Young collections between middle-generation collections (CPython's default is 10); the oldest keeps its own.
GEN1_THRESHOLD = 20


def settle_heap() -> None:
    """Collect once, freeze what is alive (call when the models and lexicons are loaded, i.e. after a
    first extraction) and raise the young and middle generations' thresholds."""
    gc.collect()
    gc.freeze()
    gen0, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(max(GEN0_THRESHOLD, gen0), max(GEN1_THRESHOLD, gen1), gen2)
