"""settle_heap: freezes the loaded objects and raises only the young-generation threshold."""

import gc
import json
import subprocess
import sys

from pipeline.heap import GEN0_THRESHOLD, settle_heap


def test_settle_heap_freezes_and_raises_gen0_only() -> None:
    before = gc.get_threshold()
    frozen_before = gc.get_freeze_count()
    kept = [object() for _ in range(10)]  # alive now, so frozen
    try:
        settle_heap()
        assert gc.get_freeze_count() > frozen_before
        gen0, gen1, gen2 = gc.get_threshold()
        assert gen0 == max(GEN0_THRESHOLD, before[0])
        assert (gen1, gen2) == before[1:]
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
