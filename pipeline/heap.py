"""Garbage-collector settings for processes that extract many reports (the CLI, batch workers).

After the first extraction the process holds about half a million long-lived objects (spaCy's
vocabulary, morfeusz2 tables, TERYT, lexicons) that never become garbage; every full collection
walked all of them again (on one cold pass over 460 real pages the collector took 2-3 s of 12-15 s).
`settle_heap` moves them to the permanent generation and lets more allocations pass between young
collections; it changes no record, only when cyclic garbage is reclaimed.
"""

from __future__ import annotations

import gc

#: Allocations between young collections (CPython's default is 700); the older generations keep theirs.
GEN0_THRESHOLD = 5000


def settle_heap() -> None:
    """Collect once, freeze what is alive (call when the models and lexicons are loaded, i.e. after a
    first extraction) and raise the young-generation threshold."""
    gc.collect()
    gc.freeze()
    gen0, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(max(GEN0_THRESHOLD, gen0), gen1, gen2)
