"""Sentence-boundary F1 and lemma accuracy of our segmenter and morphology on UD Polish.

    python bench/ud_eval.py                      # PDB test + PUD test (the evaluation)
    python bench/ud_eval.py --sets pdb-dev lfg-dev mpdt-train --errors 40   # for tuning

Documents are rebuilt from the `# text` lines: the sentences of one document
(`# newdoc` boundaries; these treebanks have none, so blocks of --block consecutive
sentences) joined with a single space.

* Sentences: a predicted boundary is the end offset of a sentence given by
  `pipeline.text.segment` (trailing spaces excluded); it is correct when a gold
  sentence ends at the same offset of the rebuilt text. "F1" counts every sentence
  end, as the task defines it; "F1 inner" leaves out the last end of each document,
  which no segmenter can miss (the stricter figure).
* Lemmas: over gold syntactic words. Our tokens are aligned to gold tokens by
  character offsets; a gold token that our tokenizer splits or merges differently
  gets the lemma of our token covering its start. Multiword tokens count by their
  words, as UD does (e.g. "zrobiliśmy" = "zrobili" + "śmy" is two words); our
  tokenizer keeps them whole, so every word of such a token gets that one token's
  lemma, and the clitic words ("śmy" -> "być", "by") count as errors. The accuracy
  over the words that are not part of a multiword token is printed too.
  Lemmas are compared case-sensitively (the UD figure) and case-insensitively.
* Speed: tokens/s of our tokenizer + pl_sentences + pl_morphology against the bare
  `spacy.blank("pl")` tokenizer on the same texts, in the same run (best of --repeat;
  "cold" clears the morphology caches before each pass, "warm" keeps them).

Never tune on PDB test or PUD test: they are the evaluation. Tune on pdb-dev,
lfg-dev, mpdt-train/dev.
"""

from __future__ import annotations

import argparse
import bisect
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"

SETS = {
    "pdb-test": "ud_polish_pdb/pl_pdb-ud-test.conllu",
    "pud-test": "ud_polish_pud/pl_pud-ud-test.conllu",
    "pdb-dev": "ud_polish_pdb/pl_pdb-ud-dev.conllu",
    "lfg-dev": "ud_polish_lfg/pl_lfg-ud-dev.conllu",
    "lfg-test": "ud_polish_lfg/pl_lfg-ud-test.conllu",
    "mpdt-train": "ud_polish_mpdt/pl_mpdt-ud-train.conllu",
    "mpdt-dev": "ud_polish_mpdt/pl_mpdt-ud-dev.conllu",
}
PUBLISHED = "published (PDB): sentences spaCy pl_core_news_lg 96.5, stanza 98.2; lemmas spaCy _lg 94.2, stanza 97.5"


@dataclass
class Word:
    form: str
    lemma: str
    upos: str
    xpos: str
    start: int  # offsets in the rebuilt document text (of the surface token)
    end: int
    in_mwt: bool


@dataclass
class Sentence:
    text: str
    words: list[Word] = field(default_factory=list)
    newdoc: bool = False


def read_conllu(path: Path) -> list[Sentence]:
    """Sentences with their words; word offsets are relative to the sentence text."""
    out: list[Sentence] = []
    text: str | None = None
    newdoc = False
    rows: list[list[str]] = []

    def flush() -> None:
        nonlocal text, rows, newdoc
        if text is not None and rows:
            out.append(_align(text, rows, newdoc))
        text, rows, newdoc = None, [], False

    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                flush()
            elif line.startswith("#"):
                if line.startswith("# newdoc"):
                    newdoc = True
                elif line.startswith("# text = "):
                    text = line[len("# text = "):]
            else:
                cols = line.split("\t")
                if "." not in cols[0]:  # skip empty nodes
                    rows.append(cols)
    flush()
    return out


def _align(text: str, rows: list[list[str]], newdoc: bool) -> Sentence:
    sent = Sentence(text, newdoc=newdoc)
    pos = 0
    mwt_end = 0
    span = (0, 0)
    for cols in rows:
        tid, form = cols[0], cols[1]
        if "-" in tid:
            first, last = (int(x) for x in tid.split("-"))
            mwt_end = last
            span = _find(text, form, pos)
            pos = span[1]
            continue
        idx = int(tid)
        if idx <= mwt_end:
            sent.words.append(Word(form, cols[2], cols[3], cols[4], span[0], span[1], True))
            continue
        span = _find(text, form, pos)
        pos = span[1]
        sent.words.append(Word(form, cols[2], cols[3], cols[4], span[0], span[1], False))
    return sent


def _find(text: str, form: str, pos: int) -> tuple[int, int]:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    if text.startswith(form, pos):
        return pos, pos + len(form)
    found = text.find(form, pos)
    if found < 0:  # should not happen in these treebanks; keep going
        return pos, pos + len(form)
    return found, found + len(form)


@dataclass
class Document:
    text: str
    sent_ends: list[int]
    words: list[Word]


def documents(sents: list[Sentence], block: int) -> list[Document]:
    groups: list[list[Sentence]] = []
    has_newdoc = any(s.newdoc for s in sents)
    for s in sents:
        if not groups or (s.newdoc if has_newdoc else len(groups[-1]) >= block):
            groups.append([])
        groups[-1].append(s)
    docs = []
    for group in groups:
        parts, ends, words = [], [], []
        offset = 0
        for s in group:
            if parts:
                offset += 1  # the joining space
            parts.append(s.text)
            for w in s.words:
                words.append(Word(w.form, w.lemma, w.upos, w.xpos, w.start + offset, w.end + offset, w.in_mwt))
            offset += len(s.text)
            ends.append(offset)
        docs.append(Document(" ".join(parts), ends, words))
    return docs


def make_pipeline():
    import pipeline.text.morphology  # noqa: F401  (registers pl_morphology)
    from pipeline.text.segment import make_nlp

    nlp = make_nlp()
    nlp.add_pipe("pl_morphology")
    return nlp


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(name: str, docs: list[Document], nlp, n_errors: int) -> dict:
    from pipeline.text.segment import doc_sentences

    tp = n_pred = n_gold = 0
    tp_in = n_pred_in = n_gold_in = 0
    n_words = ok_cs = ok_ci = 0
    n_plain = ok_plain = 0
    lemma_errors: Counter = Counter()
    upos_errors: Counter = Counter()
    sent_fp: list[str] = []
    sent_fn: list[str] = []
    for d, doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        pred = {end for _s, end, _t in doc_sentences(doc)}
        gold = set(d.sent_ends)
        last = len(d.text)
        tp += len(pred & gold)
        n_pred += len(pred)
        n_gold += len(gold)
        tp_in += len((pred & gold) - {last})
        n_pred_in += len(pred - {last})
        n_gold_in += len(gold - {last})
        if n_errors:
            for e in sorted(pred - gold):
                sent_fp.append(_context(d.text, e))
            for e in sorted(gold - pred):
                sent_fn.append(_context(d.text, e))
        starts = [t.idx for t in doc]
        for w in d.words:
            i = bisect.bisect_right(starts, w.start) - 1
            tok = doc[max(i, 0)]
            lemma = tok.lemma_
            n_words += 1
            good = lemma == w.lemma
            ok_cs += good
            ok_ci += lemma.lower() == w.lemma.lower()
            if not w.in_mwt:
                n_plain += 1
                ok_plain += good
            if not good and n_errors:
                lemma_errors[(w.form, w.lemma, lemma, w.upos)] += 1
                upos_errors[w.upos] += 1
    p, r, f = f1(tp, n_pred, n_gold)
    _p, _r, f_in = f1(tp_in, n_pred_in, n_gold_in)
    res = {
        "name": name, "docs": len(docs), "sents": n_gold, "P": p, "R": r, "F": f, "F_inner": f_in,
        "words": n_words, "lemma_cs": ok_cs / n_words, "lemma_ci": ok_ci / n_words,
        "lemma_plain": ok_plain / max(n_plain, 1),
    }
    if n_errors:
        res["errors"] = (lemma_errors, upos_errors, sent_fp, sent_fn)
    return res


def _context(text: str, end: int, width: int = 60) -> str:
    return (text[max(0, end - width):end] + " ‖ " + text[end:end + width]).replace("\n", " ")


def speed(texts: list[str], nlp, repeat: int) -> dict:
    import spacy

    from pipeline.text import analysis, disambiguation, morphology

    blank = spacy.blank("pl")

    def run_blank() -> int:
        return sum(len(d) for d in blank.tokenizer.pipe(texts))

    def run_ours() -> int:
        return sum(len(d) for d in nlp.pipe(texts))

    def run_cold() -> int:
        for module, cached in ((analysis, "analyse"), (disambiguation, "_prepare"), (analysis, "compound_first")):
            fn = getattr(module, cached, None)
            if fn is not None and hasattr(fn, "cache_clear"):
                fn.cache_clear()
        morphology._FORM_ANALYSES.clear()  # the morphology's own readings-per-form dictionary
        disambiguation._PREPARED.clear()  # `choose`'s look-ups by the readings' id
        disambiguation._NEXT.clear()
        return run_ours()

    best = {"blank": float("inf"), "cold": float("inf"), "warm": float("inf")}
    counts = {}
    run_ours()  # load morfeusz, fill the cache once
    for _ in range(repeat):  # interleaved, so that a busy CPU hits all three alike
        for key, fn in (("blank", run_blank), ("cold", run_cold), ("warm", run_ours)):
            t0 = time.perf_counter()
            counts[key] = fn()
            best[key] = min(best[key], time.perf_counter() - t0)
    rate = {k: counts[k] / best[k] for k in best}
    return {"blank": rate["blank"], "cold": rate["cold"], "warm": rate["warm"],
            "ratio_cold": rate["cold"] / rate["blank"], "ratio_warm": rate["warm"] / rate["blank"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="+", default=["pdb-test", "pud-test"], choices=sorted(SETS))
    ap.add_argument("--data", type=Path, default=DATA, help="shared/data folder")
    ap.add_argument("--block", type=int, default=20, help="sentences per rebuilt document (no # newdoc)")
    ap.add_argument("--repeat", type=int, default=3, help="timing passes (best is kept); 0 skips timing")
    ap.add_argument("--errors", type=int, default=0, help="print the N most frequent errors (dev sets only)")
    args = ap.parse_args(argv)
    if args.errors and any(s in ("pdb-test", "pud-test") for s in args.sets):
        ap.error("--errors is for tuning sets only: do not look at the errors of the evaluation sets")

    nlp = make_pipeline()
    all_texts: list[str] = []
    print(PUBLISHED)
    print(f"{'treebank':<11} {'docs':>5} {'sents':>6} {'sentP':>7} {'sentR':>7} {'sentF1':>7} {'F1inner':>7}"
          f" {'words':>6} {'lemma':>7} {'lem_ci':>7} {'non-MWT':>7}")
    for name in args.sets:
        docs = documents(read_conllu(args.data / SETS[name]), args.block)
        all_texts.extend(d.text for d in docs)
        r = evaluate(name, docs, nlp, args.errors)
        print(f"{name:<11} {r['docs']:>5} {r['sents']:>6} {r['P']:>7.4f} {r['R']:>7.4f} {r['F']:>7.4f}"
              f" {r['F_inner']:>7.4f} {r['words']:>6} {r['lemma_cs']:>7.4f} {r['lemma_ci']:>7.4f}"
              f" {r['lemma_plain']:>7.4f}")
        if args.errors:
            lemma_errors, upos_errors, fp, fn = r["errors"]
            print("  lemma errors by UPOS:", ", ".join(f"{u} {n}" for u, n in upos_errors.most_common(12)))
            for (form, gold, ours, upos), n in lemma_errors.most_common(args.errors):
                print(f"  {n:4d}  {form!r:22} gold {gold!r:18} ours {ours!r:18} {upos}")
            print(f"  false sentence ends ({len(fp)}):")
            for c in fp[: args.errors]:
                print("   +", c)
            print(f"  missed sentence ends ({len(fn)}):")
            for c in fn[: args.errors]:
                print("   -", c)
        sys.stdout.flush()
    if args.repeat:
        s = speed(all_texts, nlp, args.repeat)
        print(f"speed: spacy.blank('pl') tokenizer {s['blank']:,.0f} tok/s; ours (tokenizer+sentences+morphology)"
              f" cold cache {s['cold']:,.0f} tok/s, warm cache {s['warm']:,.0f} tok/s;"
              f" ratio ours/blank cold {s['ratio_cold']:.3f}, warm {s['ratio_warm']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
