"""Convert the NKJP 1M nested NER IOB file (PolDeepNer) to spaCy DocBin files.

Usage:
    python training/convert.py [--iob PATH] [--out-dir training/corpus] [--split-dir training/split]

* Split: by NKJP document (sample id), deterministic: sha1(doc_id) -> int, ``% 100 < 8``
  goes to dev (~8 %), everything else to train.  The document ids are written to
  ``training/split/{train,dev}.txt`` (committed; the corpus files are not).
* Text: NKJP has no whitespace information.  The text is rebuilt with a
  heuristic: no space before closing punctuation and agglutinates (``-em``, ``-śmy``,
  conditional ``by`` after a past-tense verb), no space after opening brackets/quotes,
  ``"`` alternates open/close, ``-`` between two letters is a hyphen when both sides
  are capitalised or the left part is an ``adja`` form (``biało-czerwony``).
  During training spaCy re-tokenises this text and aligns it to the NKJP tokens.
* Labels (``_`` spelling as in PolEval 2018):
    - ``doc.ents``: the outer layer (persName, orgName, placeName_*, geogName, date, time).
      A person-name part that stands alone in the outer layer (123 cases, e.g.
      ``B-persName-surname`` without ``persName``) is stored as ``persName`` outer +
      the part as inner entity, which is what the PolEval annotation does.
    - ``doc.spans["ner_inner"]``: the inner layer (persName_forename/surname/addName
      inside persName, placeName_settlement inside orgName).
    - ``doc.spans["ner_nested"]``: outer + inner.
* Documents are cut into chunks of whole sentences of at most ``--max-tokens`` tokens
  (entities never cross a sentence boundary in the data).
"""

from __future__ import annotations

import argparse
import collections
import gzip
import hashlib
import sys
from pathlib import Path

DEFAULT_IOB = "/work/shared/data/ner_nkjp_poldeepner/nkjp-nested-simplified-v2.iob.gz"
HERE = Path(__file__).resolve().parent

PERSON_PARTS = {"persName_forename", "persName_surname", "persName_addName"}

NO_SPACE_BEFORE = set(".,;:!?)]}%…”»’'") | {"''", "’’", "...", "--"}
NO_SPACE_AFTER = set("([{„«“")


def is_dev(doc_id: str, dev_percent: int = 8) -> bool:
    h = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16)
    return h % 100 < dev_percent


def norm_label(lab: str) -> str:
    return lab.replace("-", "_")


def read_iob(path: str):
    """Yield (doc_id, sentences); a sentence is a list of (orth, base, ctag, label)."""
    opener = gzip.open if path.endswith(".gz") else open
    doc_id, sents, sent = None, [], []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART"):
                if sent:
                    sents.append(sent)
                    sent = []
                if doc_id is not None and sents:
                    yield doc_id, sents
                parts = line.split()
                if len(parts) >= 3 and parts[1] == "FILE":
                    doc_id = parts[2].lstrip("./")
                    sents = []
                continue
            if not line.strip():
                if sent:
                    sents.append(sent)
                    sent = []
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                raise ValueError(f"bad line: {line!r}")
            sent.append(tuple(cols))
    if sent:
        sents.append(sent)
    if doc_id is not None and sents:
        yield doc_id, sents


def spaces_for(tokens) -> list[bool]:
    """Whitespace-after flags for a list of (orth, base, ctag, label) tokens."""
    n = len(tokens)
    space = [True] * n
    quote_open = False
    for i, (orth, _b, ctag, _l) in enumerate(tokens):
        prev = tokens[i - 1] if i > 0 else None
        nxt = tokens[i + 1] if i + 1 < n else None
        # things that attach to the previous token
        attach_left = False
        if orth in NO_SPACE_BEFORE:
            attach_left = True
        elif ctag.startswith("aglt"):
            attach_left = True
        elif orth == "by" and ctag.startswith("qub") and prev and prev[2].startswith("praet"):
            attach_left = True
        elif orth == '"':
            attach_left = quote_open  # closing quote
        elif orth == "-" and prev and nxt and prev[0][-1:].isalpha() and nxt[0][:1].isalpha():
            if (prev[0][:1].isupper() and nxt[0][:1].isupper()) or prev[2].startswith("adja"):
                attach_left = True
                space[i] = False  # hyphen: no space after either
        if attach_left and i > 0:
            space[i - 1] = False
        if orth in NO_SPACE_AFTER:
            space[i] = False
        if orth == '"':
            if not quote_open:
                space[i] = False  # opening quote
            quote_open = not quote_open
    if n:
        space[-1] = True
    return space


def layer_spans(labels: list[str]):
    """IOB labels (one layer) -> list of (label, start, end) token spans."""
    spans = []
    cur = None
    for i, lab in enumerate(labels):
        if lab == "O" or not lab:
            if cur:
                spans.append(tuple(cur))
            cur = None
            continue
        bio, name = lab[:1], lab[2:]
        if bio == "B" or cur is None or cur[0] != name:
            if cur:
                spans.append(tuple(cur))
            cur = [name, i, i + 1]
        else:
            cur[2] = i + 1
    if cur:
        spans.append(tuple(cur))
    return spans


def sentence_entities(sent):
    """-> (outer, inner) lists of (label, start, end) with `_` labels."""
    outer_l, inner_l = [], []
    for tok in sent:
        lab = tok[3]
        if "#" in lab:
            a, b = lab.split("#", 1)
        else:
            a, b = lab, "O"
        outer_l.append(a)
        inner_l.append(b)
    outer = [(norm_label(lab), s, e) for lab, s, e in layer_spans(outer_l)]
    inner = [(norm_label(lab), s, e) for lab, s, e in layer_spans(inner_l)]
    fixed_outer = []
    for lab, s, e in outer:
        if lab in PERSON_PARTS:  # stand-alone name part -> persName + part
            fixed_outer.append(("persName", s, e))
            inner.append((lab, s, e))
        else:
            fixed_outer.append((lab, s, e))
    return fixed_outer, inner


def chunks(sents, max_tokens: int):
    cur, n = [], 0
    for s in sents:
        if cur and n + len(s) > max_tokens:
            yield cur
            cur, n = [], 0
        cur.append(s)
        n += len(s)
    if cur:
        yield cur


def make_doc(vocab, sents):
    from spacy.tokens import Doc, Span

    words, spaces, sent_starts, outer, inner = [], [], [], [], []
    for sent in sents:
        off = len(words)
        words.extend(t[0] for t in sent)
        spaces.extend(spaces_for(sent))
        sent_starts.extend([True] + [False] * (len(sent) - 1))
        o, i = sentence_entities(sent)
        outer.extend((lab, s + off, e + off) for lab, s, e in o)
        inner.extend((lab, s + off, e + off) for lab, s, e in i)
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=sent_starts)
    doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=lab) for lab, s, e in outer]
    doc.spans["ner_inner"] = [Span(doc, s, e, label=lab) for lab, s, e in inner]
    doc.spans["ner_nested"] = list(doc.ents) + list(doc.spans["ner_inner"])
    return doc, outer, inner


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--iob", default=DEFAULT_IOB)
    ap.add_argument("--out-dir", default=str(HERE / "corpus"))
    ap.add_argument("--split-dir", default=str(HERE / "split"))
    ap.add_argument("--max-tokens", type=int, default=300)
    ap.add_argument("--dev-percent", type=int, default=8)
    args = ap.parse_args(argv)

    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("pl")
    out_dir, split_dir = Path(args.out_dir), Path(args.split_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    split_dir.mkdir(parents=True, exist_ok=True)
    bins = {"train": DocBin(store_user_data=False), "dev": DocBin(store_user_data=False)}
    ids = {"train": [], "dev": []}
    counts = {k: collections.Counter() for k in ("outer", "inner")}
    ntok = collections.Counter()
    for doc_id, sents in read_iob(args.iob):
        part = "dev" if is_dev(doc_id, args.dev_percent) else "train"
        ids[part].append(doc_id)
        for ch in chunks(sents, args.max_tokens):
            doc, outer, inner = make_doc(nlp.vocab, ch)
            bins[part].add(doc)
            ntok[part] += len(doc)
            counts["outer"].update(lab for lab, _, _ in outer)
            counts["inner"].update(lab for lab, _, _ in inner)
    for part in ("train", "dev"):
        bins[part].to_disk(out_dir / f"{part}.spacy")
        (split_dir / f"{part}.txt").write_text("\n".join(ids[part]) + "\n", encoding="utf-8")
        print(f"{part}: {len(ids[part])} documents, {len(bins[part])} chunks, {ntok[part]} tokens", file=sys.stderr)
    total = counts["outer"] + counts["inner"]
    print("entity mentions (outer+inner):", sum(total.values()), file=sys.stderr)
    for layer in ("outer", "inner"):
        print(layer, dict(counts[layer].most_common()), file=sys.stderr)


if __name__ == "__main__":
    main()
