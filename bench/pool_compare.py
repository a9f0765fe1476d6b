"""The batch's own worker pool against pebble's ProcessPool, on the same inputs, in one run.

    python bench/pool_compare.py [FOLDER] [--copies 4] [--jobs 1 2] [--rounds 2]

Both engines get the same numbered inputs (the .txt files of FOLDER, default the corpus,
each repeated `copies` times) and the same ordered writer, and must give the same lines.
Reported per engine and -j: reports/s over the whole run (worker start-up included), the
CPU seconds the parent process spent (the pool's own overhead), and how each handles a
worker that segfaults and one that hangs past the timeout (tests/_batch_faults.py): the
error kind and message, the count of lines, the time lost.

pebble (``pip install pebble``) is not a dependency of the project; without it only the
home-made pool is measured. The forkserver both use is started (and its modules preloaded)
before the timed runs; the runs of the two engines alternate, and the best of `rounds` counts.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from pipeline.batch.output import InOrder  # noqa: E402
from pipeline.batch.pool import _context, died_message, run_local  # noqa: E402
from pipeline.batch.work import Result, Task, failure_line, get_extractor, process_item  # noqa: E402
from pipeline.ingest.decode import MAX_BYTES  # noqa: E402

Process = Callable[[str, bytes, str, int], Result]


def run_pebble(items: Iterator[Task], put: Callable[[int, Result], None], jobs: int, ner: str, max_bytes: int,
               timeout: float | None, process: Process = process_item) -> None:
    """The local engine's contract on pebble: at most 2 x jobs inputs in flight, crash/timeout records."""
    from concurrent.futures import TimeoutError as FutureTimeout

    from pebble import ProcessExpired, ProcessPool

    in_flight: deque[tuple[Task, Future]] = deque()

    def collect() -> None:
        (seq, source, payload), future = in_flight.popleft()
        try:
            result = future.result()
        except FutureTimeout:
            result = failure_line(source, "timeout", f"timed out after {timeout:g} s (the worker was stopped)",
                                  payload)
        except ProcessExpired as exc:
            result = failure_line(source, "internal", died_message(exc.exitcode), payload)
        except Exception as exc:  # noqa: BLE001
            result = failure_line(source, "internal", f"{type(exc).__name__}: {exc}", payload)
        put(seq, result)

    with ProcessPool(max_workers=jobs, initializer=get_extractor, initargs=(ner,), context=_context()) as pool:
        for task in items:
            seq, source, payload = task
            in_flight.append((task, pool.schedule(process, args=(source, payload, ner, max_bytes), timeout=timeout)))
            while len(in_flight) >= 2 * jobs:
                collect()
        while in_flight:
            collect()


def run(engine: str, tasks: list[Task], jobs: int, timeout: float | None,
        process: Process) -> tuple[list[Result], float, float, float]:
    """(results in input order, wall seconds, steady rate, parent CPU seconds) of one engine on `tasks`.

    The steady rate counts the results after the first one over the time since it came (no start-up).
    """
    results: list[Result] = []
    stamps: list[float] = []

    def keep(result: Result) -> None:
        stamps.append(time.perf_counter())
        results.append(result)

    ordered = InOrder(keep)
    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    t = time.perf_counter()
    if engine == "home-made":
        run_local(iter(tasks), ordered.put, lambda: len(ordered), jobs, "builtin", MAX_BYTES, timeout, process)
    else:
        run_pebble(iter(tasks), ordered.put, jobs, "builtin", MAX_BYTES, timeout, process)
    wall = time.perf_counter() - t
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    steady = (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 1 and stamps[-1] > stamps[0] else 0.0
    return results, wall, steady, (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)


def main() -> None:
    """Measure both engines and print markdown tables."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "corpus")
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    from _batch_faults import faulty_process

    engines = ["home-made"]
    try:
        import pebble  # noqa: F401

        engines.append("pebble")
    except ImportError:
        print("pebble is not installed: only the home-made pool is measured")
    paths = sorted(args.folder.glob("*.txt")) * args.copies
    tasks = [(i, str(p), p.read_bytes()) for i, p in enumerate(paths)]
    print(f"{len(tasks)} inputs ({len(paths) // args.copies} files x {args.copies}); best of {args.rounds}\n")
    print("| engine | -j | reports/s (wall, start-up included) | reports/s (steady) | parent CPU s |"
          " same lines as home-made -j 1 |")
    print("|---|---:|---:|---:|---:|---|")
    run("home-made", tasks[:4], 1, 120.0, process_item)  # starts the forkserver (preloads): not counted
    reference: list[Result] | None = None
    best: dict[tuple[str, int], tuple[float, float, float, bool]] = {}
    for round_no in range(args.rounds):
        for jobs in args.jobs:
            # alternate which engine goes first, so neither always runs right after the other's teardown
            for engine in engines if round_no % 2 == 0 else engines[::-1]:
                results, wall, steady, cpu = run(engine, tasks, jobs, 120.0, process_item)
                if reference is None:
                    reference = results
                old = best.get((engine, jobs), (float("inf"), 0.0, 0.0, True))
                same = results == reference and old[3]
                best[(engine, jobs)] = (min(wall, old[0]), max(steady, old[1]), cpu if wall < old[0] else old[2], same)
    for (engine, jobs), (wall, steady, cpu, same) in sorted(best.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        print(f"| {engine} | {jobs} | {len(tasks) / wall:.1f} | {steady:.1f} | {cpu:.2f} | {'yes' if same else 'NO'} |")

    good = tasks[:6]
    faults = [(6, "crash.txt", b"#pl-events-test:segfault\n" + good[0][2]),
              (7, "hang.txt", b"#pl-events-test:hang\n" + good[1][2]),
              (8, "dots.txt", b"." * 10_000)]
    tail = [(9 + i, src, data) for i, (_s, src, data) in enumerate(tasks[6:10])]
    print("\nFaults (-j 1, timeout 2 s): a segfault, a hang, 10,000 dots (a real morfeusz2 crash), among 10 good inputs\n")
    print("| engine | lines | kinds of the three | seconds | message of the crash |")
    print("|---|---:|---|---:|---|")
    import json

    for engine in engines:
        results, wall, _steady, _cpu = run(engine, good + faults + tail, 1, 2.0, faulty_process)
        kinds = [kind for _line, kind in results[6:9]]
        message = json.loads(results[6][0]).get("error", {}).get("message", "")
        print(f"| {engine} | {len(results)} | {', '.join(str(k) for k in kinds)} | {wall:.1f} | {message} |")


if __name__ == "__main__":
    main()
