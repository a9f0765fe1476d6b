"""Silver NER spans on real report pages: the gold cards' names projected onto the page texts.

    PYTHONPATH=$PWD python training/real_silver.py --ids tune [--out training/corpus/real_tune.spacy]

Why: the cards give names, not spans, and the NKJP-trained model follows news conventions
(every place and body it sees), not the cards' (the bodies and places a report is *about*,
docs/annotation.md). A span of 1-10 tokens is a mention of a gold name when its text, or its
base form (`pipeline.base_form`, which undoes the case inflection by morphology), equals the
name under `pipeline.evaluate.norm`. Longest match wins, no overlaps; every other token is O,
so the fine-tuned model also learns which names the cards leave out.

The texts are read from the page cache (never copied into the repository); the DocBin goes
to the gitignored ``training/corpus/``. The page text is normalized exactly as the pipeline
does before the model sees it (`pipeline.text.normalize.normalize`, same length).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CARDS = ROOT / "eval" / "real"
TEXTS = Path.home() / ".cache" / "pl-events" / "real"
HALVES = Path("/work/helper_notes/dev_halves.json")
MAX_TOKENS = 10
CHUNK_TOKENS = 300  # NKJP chunks are whole sentences of <= 300 tokens: the same size here

#: Card place kinds -> the model's (NKJP) labels; the union maps placeName_*/geogName to LOC.
PLACE_LABELS = {
    "locality": "placeName_settlement",
    "region": "placeName_region",
    "country": "placeName_country",
    "venue": "geogName",
    "other": "geogName",
}
#: Which label wins when one name is gold in two fields (an institution that is also the venue).
PRIORITY = {"persName": 0, "orgName": 1}


def gold_names(card: dict) -> dict[str, tuple[str, str]]:
    """norm(name) -> (label, kind for base_form), from a card's people, organizations, places."""
    from pipeline.evaluate import norm

    out: dict[str, tuple[str, str]] = {}

    def add(name: str | None, label: str, kind: str) -> None:
        key = norm(name)
        if not key:
            return
        old = out.get(key)
        if old is None or PRIORITY.get(label, 9) < PRIORITY.get(old[0], 9):
            out[key] = (label, kind)

    for p in card.get("people") or []:
        add(p.get("name"), "persName", "person")
    for o in card.get("organizations") or []:
        add(o.get("name"), "orgName", "organization")
        add(o.get("acronym"), "orgName", "organization")
    for pl in card.get("places") or []:
        add(pl.get("name"), PLACE_LABELS.get(pl.get("kind") or "other", "geogName"), "place")
    return out


def _prefix(word: str) -> str:
    return word.lower()[:3]


def project(doc: Doc, names: dict[str, tuple[str, str]]) -> tuple[list[Span], set[str]]:
    """The gold names' mentions in `doc` (longest first, no overlaps) and the names found."""
    from pipeline import base_form
    from pipeline.evaluate import norm

    # a cheap filter before base_form: a mention starts like its name (inflection changes endings)
    starts: dict[str, set[str]] = {}
    for k, (_, kind) in names.items():
        starts.setdefault(_prefix(k.split()[0]), set()).add(kind)
    lengths = {k: len(k.split()) for k in names}
    longest = max(lengths.values(), default=0)
    found: list[tuple[int, int, str, str]] = []
    for i, tok in enumerate(doc):
        if tok.is_space or _prefix(tok.text) not in starts:
            continue
        for j in range(min(len(doc), i + min(MAX_TOKENS, longest + 3)), i, -1):
            span = doc[i:j]
            if span[-1].is_space or span[-1].is_punct and span[-1].text not in '"\'.)':
                continue
            if "\n" in span.text:
                continue
            key = norm(span.text)
            hit = names.get(key)
            if hit is None and span[-1].text not in ".,":  # a trailing dot only where the name has one
                for kind in sorted(starts[_prefix(tok.text)]):
                    key = norm(base_form(span.text, kind))
                    hit = names.get(key)
                    if hit is not None and hit[1] == kind:
                        break
                    hit = None
            if hit is not None:
                found.append((i, j, hit[0], key))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    taken = bytearray(len(doc))
    spans, names_found = [], set()
    for i, j, label, key in found:
        if any(taken[i:j]):
            continue
        taken[i:j] = b"\x01" * (j - i)
        spans.append(Span(doc, i, j, label=label))
        names_found.add(key)
    return sorted(spans, key=lambda s: s.start), names_found


def chunks(doc: Doc, spans: list[Span]) -> list[Doc]:
    """The page cut at line ends into pieces of <= CHUNK_TOKENS tokens (a span never crosses a line)."""
    out, start = [], 0
    while start < len(doc):
        end = min(len(doc), start + CHUNK_TOKENS)
        if end < len(doc):
            breaks = [t.i + 1 for t in doc[start:end] if "\n" in t.text or "\n" in t.whitespace_]
            if breaks and breaks[-1] > start:
                end = breaks[-1]
        piece = doc[start:end].as_doc()
        piece.ents = [Span(piece, s.start - start, s.end - start, label=s.label_) for s in spans
                      if s.start >= start and s.end <= end]
        out.append(piece)
        start = end
    return out


def main(argv: list[str] | None = None) -> None:
    from pipeline.text.normalize import normalize

    ap = argparse.ArgumentParser()
    ap.add_argument("--ids", default="tune", help="tune | check | dev (eval/real/split.json) | 001,002,...")
    ap.add_argument("--out", default=None)
    ap.add_argument("--tokenizer", default="/work/main/training/output/model-best/tokenizer")
    args = ap.parse_args(argv)
    if args.ids in ("tune", "check"):
        ids = json.loads(HALVES.read_text())[args.ids]
    elif args.ids == "dev":
        ids = json.loads((CARDS / "split.json").read_text())["dev"]
    else:
        ids = args.ids.split(",")
    out = Path(args.out or HERE / "corpus" / f"real_{args.ids}.spacy")
    nlp = spacy.blank("pl")
    if Path(args.tokenizer).exists():
        nlp.tokenizer.from_disk(args.tokenizer)
    db = DocBin(store_user_data=False)
    gold, hit, mentions, labels = Counter(), Counter(), 0, Counter()
    n_docs = 0
    for page in ids:
        card = json.loads((CARDS / f"{page}.json").read_text())
        names = gold_names(card)
        doc = nlp.make_doc(normalize((TEXTS / f"{page}.txt").read_text()))
        spans, found = project(doc, names)
        for key, (_label, kind) in names.items():
            gold[kind] += 1
            hit[kind] += key in found
        mentions += len(spans)
        labels.update(s.label_ for s in spans)
        for piece in chunks(doc, spans):
            db.add(piece)
            n_docs += 1
    out.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(out)
    print(f"{len(ids)} pages -> {n_docs} chunks, {mentions} mentions -> {out}")
    for kind in gold:
        print(f"  {kind:13s} names found {hit[kind]}/{gold[kind]} = {hit[kind] / gold[kind]:.2f}")
    print("  labels:", dict(labels))


if __name__ == "__main__":
    sys.exit(main())
