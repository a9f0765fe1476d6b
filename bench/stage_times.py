"""Wall time of each stage of `Extractor.extract` on a folder of reports, without a profiler.

    python bench/stage_times.py [FOLDER] [--rounds 5]

The top-level functions of the report builder, the builtin NER and the per-document token columns are
wrapped with a timer (one `perf_counter` pair per call, so per-token functions are left alone), the
garbage collector is off, the corpus is extracted once as a warm-up and then `rounds` times; the best
round of each stage counts. Nested stages are counted inside their parents too (`ner.find` holds
`ner.find_people`, `build_report` holds the extractors). The bare `spacy.blank("pl")` tokenizer on the
same texts is the yardstick, as in `bench/speed.py`.
"""

from __future__ import annotations

import argparse
import collections
import functools
import gc
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

REPORT_STAGES = ("extract_dates", "extract_attendance", "type_scores", "extract_people", "extract_organizations",
                 "extract_places", "split_nested", "merge_orgs", "institutions_as_venues", "merge_places",
                 "choose_dates", "choose_attendance", "choose_organizer", "merge_people", "share_affiliation",
                 "missing_fields", "decide_type", "apply_rerank", "filter_organizations", "filter_places")
NER_STAGES = ("find_people", "phrase_ranges", "find_acronyms", "find_places")


def _wrap(module: Any, name: str, totals: collections.Counter, label: str | None = None) -> None:
    if not hasattr(module, name):
        return
    fn = getattr(module, name)

    @functools.wraps(fn)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[label or name] += time.perf_counter() - start

    setattr(module, name, timed)


def _wrap_components(nlp: Any, totals: collections.Counter) -> None:
    """Time the tokenizer (`make_doc`) and the Doc-level components before the report (sentences,
    morphology) as stages of their own: together with `pl_event_report` they make up the whole run."""
    _wrap(nlp, "make_doc", totals, "nlp.make_doc")
    for i, (name, proc) in enumerate(nlp._components):
        if name == "pl_event_report":
            continue
        holder = type("Holder", (), {name: staticmethod(proc)})
        _wrap(holder, name, totals, f"nlp.{name}")
        nlp._components[i] = (name, getattr(holder, name))


def measure(folder: Path, rounds: int) -> dict[str, float]:
    """Best time (s) of each stage over `rounds` passes of the folder's reports."""
    import spacy

    import pipeline.component as component
    import pipeline.ner.builtin as builtin
    import pipeline.resolve as resolve
    import pipeline.text.context as context
    from pipeline.extractor import Extractor
    from pipeline.ingest.decode import decode_bytes

    totals: collections.Counter = collections.Counter()
    for name in REPORT_STAGES:
        _wrap(resolve, name, totals)
    for name in ("build_report", "normalize", "choose_reference"):
        _wrap(component, name, totals)
    for name in ("token_features", "light_tokens", "analyse_layout"):
        _wrap(context, name, totals)
    for name in NER_STAGES:
        _wrap(builtin, name, totals, f"ner.{name}")
    _wrap(builtin.BuiltinBackend, "find", totals, "ner.find")
    docs = [decode_bytes(p.read_bytes()) for p in sorted(folder.glob("*.txt"))]
    if not docs:
        raise SystemExit(f"no .txt files in {folder}")
    extractor = Extractor(ner="builtin")
    _wrap_components(extractor.nlp, totals)
    blank = spacy.blank("pl")
    for d in docs:
        extractor.extract(d)
    gc.collect()
    gc.disable()
    best: dict[str, float] = collections.defaultdict(lambda: float("inf"))
    try:
        for _ in range(rounds):
            totals.clear()
            start = time.perf_counter()
            for d in docs:
                blank.make_doc(d.norm)
            totals["(bare tokenizer)"] = time.perf_counter() - start
            start = time.perf_counter()
            for d in docs:
                extractor.extract(d)
            totals["(extract, all)"] = time.perf_counter() - start
            for name, secs in totals.items():
                best[name] = min(best[name], secs)
    finally:
        gc.enable()
    return dict(best)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "corpus", help="folder of .txt reports")
    parser.add_argument("--rounds", type=int, default=5, help="timed passes (best counts)")
    args = parser.parse_args(argv)
    best = measure(args.folder, max(1, args.rounds))
    base = best["(bare tokenizer)"]
    print("| stage | ms | time vs bare tokenizer |\n|---|---:|---:|")
    for name, secs in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"| {name} | {secs * 1000:.1f} | {secs / base:.2f}x |")


if __name__ == "__main__":
    main()
