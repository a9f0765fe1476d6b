"""The fine-tuning corpus: silver real-page chunks (upsampled) mixed with a sample of NKJP chunks.

    python training/real_mix.py --real training/corpus/real_tune.spacy --copies 4 --nkjp 1800 \
        --out training/corpus/real_mix.spacy

Why: 100-odd report pages are a small set beside 6,000 NKJP chunks; fine-tuning on the pages alone
would make the model forget what it learnt on news text, fine-tuning on all NKJP would drown the
pages. A seeded sample keeps both (the runs and their ratios: training/README.md).
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import spacy
from spacy.tokens import DocBin

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--real", default=str(HERE / "corpus" / "real_tune.spacy"))
    ap.add_argument("--nkjp", type=int, default=1800, help="NKJP train chunks to sample")
    ap.add_argument("--nkjp-path", default=str(HERE / "corpus" / "train.spacy"))
    ap.add_argument("--copies", type=int, default=4, help="copies of each real chunk")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default=str(HERE / "corpus" / "real_mix.spacy"))
    args = ap.parse_args(argv)
    vocab = spacy.blank("pl").vocab
    real = list(DocBin().from_disk(args.real).get_docs(vocab))
    nkjp = list(DocBin().from_disk(args.nkjp_path).get_docs(vocab))
    rng = random.Random(args.seed)
    docs = real * args.copies + rng.sample(nkjp, min(args.nkjp, len(nkjp)))
    rng.shuffle(docs)
    db = DocBin(store_user_data=False)
    for doc in docs:
        db.add(doc)
    db.to_disk(args.out)
    print(f"{len(real)} real chunks x {args.copies} + {min(args.nkjp, len(nkjp))} NKJP chunks -> {args.out}")


if __name__ == "__main__":
    main()
