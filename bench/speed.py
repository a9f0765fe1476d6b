"""Speed of the pipeline against spaCy's bare Polish tokenizer and morfeusz2 alone, in one run.

    python bench/speed.py [FOLDER] [--rounds 3] [--json]

On the texts of FOLDER (default: ``corpus/*.txt``), decoded once as the batch would:

- (a) ``spacy.blank("pl")``: the bare tokenizer, the yardstick;
- (b) morfeusz2 analysing each whole text in one call (the dictionary's own cost, no spaCy);
- (c) ``Extractor(ner="builtin").extract`` on each text;
- (d) the same with the shipped model, ``ner="builtin+spacy:pl_events_ner"`` (skipped with a
  message when the model package is not installed);
- start-up: ``import pipeline.extractor`` + ``Extractor()`` timed inside a fresh interpreter
  (and the wall time of that interpreter, Python's own start included).

Everything is built and run once as a warm-up (caches filled, as in a long batch), the heap is settled as the
CLI and batch workers settle it (`pipeline.heap.settle_heap`), then each
stage is timed `rounds` times, the stages interleaved so that a busy machine slows them all
alike; the best round of each counts. Ratios are each stage's time over the tokenizer's, so
they stay comparable between runs on a noisy machine even when the absolute rates do not.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MODEL = "builtin+spacy:pl_events_ner"

STARTUP_CODE = """
import time
t = time.perf_counter()
from pipeline.extractor import Extractor
Extractor()
print(time.perf_counter() - t)
"""


def load_texts(folder: Path) -> list[Any]:
    """Decoded documents of the folder's .txt files (decoding is ingest's cost, not timed here)."""
    from pipeline.ingest.decode import decode_bytes

    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise SystemExit(f"no .txt files in {folder}")
    return [decode_bytes(p.read_bytes()) for p in paths]


def startup_seconds() -> tuple[float, float]:
    """(import + Extractor() inside the child, wall time of the whole child) in a fresh interpreter."""
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", STARTUP_CODE], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    wall = time.perf_counter() - t
    return float(out.stdout.strip().splitlines()[-1]), wall


def model_installed() -> bool:
    """Whether the shipped NER model package can be loaded (only then is stage (d) run)."""
    import spacy

    return bool(spacy.util.is_package("pl_events_ner"))


def build_stages(docs: list[Any]) -> tuple[dict[str, Callable[[], object]], list[str]]:
    """The timed stages as closures over the documents, and notes on the stages left out."""
    import morfeusz2
    import spacy

    from pipeline.extractor import Extractor

    blank = spacy.blank("pl")
    morf = morfeusz2.Morfeusz(expand_tags=False, whitespace=morfeusz2.SKIP_WHITESPACES)
    builtin = Extractor(ner="builtin")

    def each(fn: Callable[[Any], object]) -> Callable[[], object]:
        return lambda: [fn(d) for d in docs]

    stages = {
        "spaCy blank('pl') tokenizer": each(lambda d: blank.make_doc(d.norm)),
        "morfeusz2, whole text": each(lambda d: morf.analyse(d.norm)),
        "pipeline, ner=builtin": each(builtin.extract),
    }
    notes = []
    if model_installed():
        model = Extractor(ner=MODEL)
        stages[f"pipeline, ner={MODEL}"] = each(model.extract)
    else:
        notes.append(f"ner={MODEL} skipped: the model package pl_events_ner is not installed")
    return stages, notes


def measure(folder: Path, rounds: int) -> dict[str, Any]:
    """Run every stage: one warm-up pass, then `rounds` interleaved timed passes; best round counts."""
    docs = load_texts(folder)
    words = sum(len(d.text.split()) for d in docs)
    startup, startup_wall = startup_seconds()
    stages, notes = build_stages(docs)
    for run in stages.values():
        run()  # warm-up: caches filled, lazy loads done
    from pipeline.heap import settle_heap

    settle_heap()  # as the CLI and the batch workers do after their first extraction
    best = dict.fromkeys(stages, float("inf"))
    for _ in range(rounds):
        for name, run in stages.items():
            t = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - t)
    base = best["spaCy blank('pl') tokenizer"]
    rows = [{"stage": name, "seconds": secs, "reports_per_s": len(docs) / secs, "words_per_s": words / secs,
             "time_vs_tokenizer": secs / base} for name, secs in best.items()]
    return {
        "date": date.today().isoformat(), "machine": f"{platform.machine()}, {_cpus()} CPUs, Python "
        f"{platform.python_version()}", "load_average": _load(), "folder": str(folder), "reports": len(docs),
        "words": words, "rounds": rounds, "startup_s": startup, "startup_wall_s": startup_wall, "stages": rows,
        "notes": notes,
    }


def _cpus() -> int:
    import os

    return os.cpu_count() or 1


def _load() -> list[float]:
    import os

    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def markdown(result: dict[str, Any]) -> str:
    """The result as a markdown table and a few lines of context."""
    lines = [
        f"{result['reports']} reports, {result['words']:,} words from {result['folder']}; best of "
        f"{result['rounds']} rounds after a warm-up; {result['date']}, {result['machine']}, load average "
        f"{' / '.join(str(x) for x in result['load_average'])} at the end.",
        "",
        "| stage | reports/s | words/s | time vs bare tokenizer |",
        "|---|---:|---:|---:|",
    ]
    for row in result["stages"]:
        lines.append(f"| {row['stage']} | {row['reports_per_s']:,.1f} | {row['words_per_s']:,.0f} | "
                     f"{row['time_vs_tokenizer']:.1f}x |")
    lines += ["", f"Start-up (import + `Extractor()` in a fresh interpreter): {result['startup_s']:.2f} s "
                  f"({result['startup_wall_s']:.2f} s with the interpreter's own start)."]
    lines += [f"Note: {n}." for n in result["notes"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Parse the arguments, measure, print a table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "corpus", help="folder of .txt reports")
    parser.add_argument("--rounds", type=int, default=3, help="timed passes per stage (best counts)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    result = measure(args.folder, max(1, args.rounds))
    print(json.dumps(result, indent=2, ensure_ascii=False) if args.json else markdown(result))


if __name__ == "__main__":
    main()
