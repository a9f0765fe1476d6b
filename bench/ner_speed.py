"""Words per second of the shipped NER model on one core, on PolEval 2018 texts,
and the ratio to spaCy's bare ``spacy.blank("pl")`` tokenizer on the same texts.
"Words" are spaCy tokens (punctuation included); whitespace-separated words are
printed too (about 0.8 of the tokens on PolEval).

    python bench/ner_speed.py [--model PATH_OR_NAME] [--limit N] [--repeat R]

Threads are pinned to 1 (OMP/OpenBLAS/MKL env vars are set before numpy is imported)
and the process is pinned to one CPU where ``os.sched_setaffinity`` exists.
"""

from __future__ import annotations

import os

for _v in (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMEXPR_NUM_THREADS",
):
    os.environ[_v] = "1"

import argparse  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import time  # noqa: E402

GOLD = "/work/shared/data/ner_poleval2018_test/poleval2018_ner_test_gold.jsonl.gz"


def load_texts(path: str, limit: int | None) -> list[str]:
    opener = gzip.open if path.endswith(".gz") else open
    texts = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                texts.append(json.loads(line)["text"])
                if limit and len(texts) >= limit:
                    break
    return texts


def timed(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model", default=None, help="spaCy model path/name (default: pl_events_ner.load())")
    ap.add_argument("--data", default=GOLD)
    ap.add_argument("--limit", type=int, default=400, help="number of PolEval documents (0 = all)")
    ap.add_argument("--repeat", type=int, default=2, help="runs; the fastest is reported")
    ap.add_argument("--batch-size", type=int, default=64)
    args = ap.parse_args(argv)

    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
        except OSError:
            pass
    import spacy

    try:
        import pl_events_ner
    except ImportError:
        pl_events_ner = None
    if args.model:
        nlp = spacy.load(args.model)
    elif pl_events_ner is not None:
        nlp = pl_events_ner.load()
    else:
        raise SystemExit("pl_events_ner is not installed; pass --model")
    blank = spacy.blank("pl")

    texts = load_texts(args.data, args.limit or None)
    n_words = sum(len(d) for d in blank.pipe(texts))
    n_chars = sum(len(t) for t in texts)
    n_ws = sum(len(t.split()) for t in texts)
    list(nlp.pipe(texts[:20]))  # warm-up

    t_tok = timed(lambda: [len(d) for d in blank.pipe(texts, batch_size=args.batch_size)], args.repeat)
    t_nlp = timed(lambda: [len(d) for d in nlp.pipe(texts, batch_size=args.batch_size)], args.repeat)
    wps_nlp, wps_tok = n_words / t_nlp, n_words / t_tok
    print(f"texts: {len(texts)} PolEval documents, {n_words} tokens, {n_chars} characters")
    print(f"pipeline: {nlp.pipe_names}")
    print(f"model:      {wps_nlp:10.0f} words/s  ({t_nlp:.2f} s)   [{n_ws / t_nlp:.0f} whitespace-separated words/s]")
    print(f"tokenizer:  {wps_tok:10.0f} words/s  ({t_tok:.2f} s)  [spacy.blank('pl')]")
    print(f"ratio model/tokenizer: {wps_nlp / wps_tok:.4f}  (tokenizer is {wps_tok / wps_nlp:.1f}x faster)")


if __name__ == "__main__":
    main()
