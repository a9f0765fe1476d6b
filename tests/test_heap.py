"""settle_heap: freezes the loaded objects and raises the young and middle generations' thresholds."""

import gc
import json
import subprocess
import sys

from pipeline.heap import GEN0_THRESHOLD, GEN1_THRESHOLD, settle_heap


def test_settle_heap_freezes_and_raises_gen0_and_gen1() -> None:
    before = gc.get_threshold()
    frozen_before = gc.get_freeze_count()
    kept = [object() for _ in range(10)]  # alive now, so frozen
    try:
        settle_heap()
        assert gc.get_freeze_count() > frozen_before
        gen0, gen1, gen2 = gc.get_threshold()
        assert gen0 == max(GEN0_THRESHOLD, before[0])
        assert gen1 == max(GEN1_THRESHOLD, before[1])
        assert gen2 == before[2]  # the full collections keep CPython's own rule
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
    assert kept


def test_cli_extracts_several_files_the_same_after_settling(tmp_path) -> None:
    """The CLI settles the heap after its first file; the records of the later files do not change."""
    text = "Szkolenie w Nowym Mieście\n3 marca 2021 r. w Domu Kultury odbyło się szkolenie, które prowadził Jan Wrona."
    paths = [tmp_path / name for name in ("a.txt", "b.txt", "c.txt")]
    for path in paths:
        path.write_text(text, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pipeline", "extract", *map(str, paths)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    for record in records:
        del record["document"]
    assert len(records) == 3 and records[0] == records[1] == records[2]


def test_dask_shards_settle_the_heap_once(monkeypatch) -> None:
    """A Dask worker process settles after its first shard, not after every shard."""
    import pipeline.batch.work as work
    from pipeline.ingest.decode import InputError

    calls: list[int] = []
    monkeypatch.setattr(work, "settle_heap", lambda: calls.append(1))
    monkeypatch.setattr(work, "_SHARD_SETTLED", False)
    shard = [(0, "missing.txt", InputError("not_found", "no such file"))]
    for _ in range(3):
        assert [seq for seq, _ in work.process_shard(shard)] == [0]  # type: ignore[arg-type]
    assert calls == [1]


def test_an_extraction_leaves_no_cyclic_garbage() -> None:
    """The raised thresholds rest on this: a report's objects are all freed by reference counting, so the
    collector has nothing of an extraction's to reclaim (a cycle here would wait longer for a collection)."""
    from pipeline.extractor import Extractor

    text = ("Warsztaty w Zielonej Dolinie\n5 kwietnia 2022 r. w Bibliotece Gminnej odbyły się warsztaty dla "
            "15 osób, które poprowadziła Ewa Sowa, prezes Stowarzyszenia Leśny Krąg.")
    extractor = Extractor()
    extractor.extract(text)  # loads the lexicons and fills the caches
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        extractor.extract(text)
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()
