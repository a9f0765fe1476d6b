"""The Dask engine: shards of inputs as tasks on a Dask distributed cluster.

Each Dask worker process caches one `Extractor` per NER backend (`get_extractor`); results
are written as shards complete (the set of lines is the local engine's, the order differs).
At most ``2 x workers`` shards are in flight. A shard whose task fails as a whole (its worker
died) is retried input by input, so only the guilty input gets an ``internal`` error record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from pipeline.batch.work import Result, Task, failure_line, process_shard

#: Inputs per Dask task, and the byte bound of one shard.
SHARD_SIZE = 32
SHARD_BYTES = 16 * 1024 * 1024


def run_dask(
    items: Iterator[Task],
    put: Callable[[int, Result], None],
    scheduler: Any,
    jobs: int,
    ner: str,
    max_bytes: int,
    shard_size: int,
    reference_date: str | None = None,
) -> None:
    """Extract `items` on a cluster (``scheduler``: an address or a Client; None: a LocalCluster)."""
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
        shards: dict[Any, list[Task]] = {}

        def submit(shard: list[Task]) -> None:
            future = client.submit(process_shard, shard, ner, max_bytes, reference_date, pure=False)
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
                put(seq, failure_line(source, "internal", message, data))
                return
            finally:
                future.release()
            for seq, result in results:
                put(seq, result)

        shard: list[Task] = []
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
