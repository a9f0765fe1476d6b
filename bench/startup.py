"""Start-up cost, the first report after it (its warm-up) and the time of one ~3 KB report once warm, vs spaCy's
bare tokenizer."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def bytecode_note() -> str:
    """Why start-up may be slow for a reason outside the code: Python compiling the package's sources
    on every start (PYTHONDONTWRITEBYTECODE=1 and no __pycache__ written earlier: ~190 modules,
    0.4-0.5 CPU-s measured)."""
    package = Path(__file__).resolve().parents[1] / "pipeline"
    if any(package.glob("__pycache__/*.pyc")):
        return "bytecode cache of pipeline/: present"
    why = " (PYTHONDONTWRITEBYTECODE is set)" if sys.flags.dont_write_bytecode else ""
    return f"bytecode cache of pipeline/: ABSENT{why}: every start compiles the sources"


def main() -> None:
    t0 = time.perf_counter()
    c0 = time.process_time()
    from pipeline.extractor import Extractor

    extractor = Extractor()
    startup = time.perf_counter() - t0
    startup_cpu = time.process_time() - c0
    texts = [p.read_bytes() for p in sorted(CORPUS.glob("*.txt"))]
    from pipeline.ingest.decode import decode_bytes

    docs = [decode_bytes(b) for b in texts]
    seed = CORPUS.parent.parent / "shared" / "seeds" / "000_33411d7ec58272c3.txt"
    report_3k = decode_bytes(seed.read_bytes()) if seed.exists() else max(
        docs, key=lambda d: -abs(len(d.text.encode()) - 3000))
    t = time.perf_counter()
    c = time.process_time()
    extractor.extract(report_3k)  # the first report after start-up also loads the tables and fills the caches
    first, first_cpu = time.perf_counter() - t, time.process_time() - c
    runs = []
    for _ in range(20):
        t = time.perf_counter()
        extractor.extract(report_3k)
        runs.append(time.perf_counter() - t)
    import spacy

    blank = spacy.blank("pl")
    t = time.perf_counter()
    for _ in range(20):
        blank(report_3k.text)
    bare = (time.perf_counter() - t) / 20
    print(f"start-up (import + Extractor()): {startup:.2f} s wall, {startup_cpu:.2f} CPU-s; {bytecode_note()}")
    print(f"first report after start-up (its warm-up): {first * 1000:.0f} ms wall, {first_cpu * 1000:.0f} ms CPU")
    print(f"one report of {len(report_3k.text.encode())} bytes after start-up: median {statistics.median(runs) * 1000:.1f} ms")
    print(f"bare spacy.blank('pl') tokenizer on it: {bare * 1000:.2f} ms; ratio pipeline/tokenizer {statistics.median(runs) / bare:.1f}x")
    t = time.perf_counter()
    for d in docs:
        extractor.extract(d)
    print(f"corpus: {len(docs)} reports in {time.perf_counter() - t:.2f} s", file=sys.stdout)


if __name__ == "__main__":
    main()
