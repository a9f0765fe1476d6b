"""Evaluate a trained pipeline with the PolEval 2018 measures.

    python training/evaluate.py [--model training/output/model-best] [--limit N] [--variants]

* ``dev``: the NKJP dev split (training/corpus/dev.spacy) converted to PolEval format
  (character offsets of all outer + inner entities);
* ``poleval``: the PolEval 2018 Task 2 gold test set.

With ``--variants`` the inner layer is compared: spancat (+ rule fallback for person
names without predicted parts) with/without persons nested in org/geog names ("pin"),
spancat only, rules only (no spancat), outer layer only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "models" / "pl_events_ner"))

from pipeline.ner.poleval import PolevalDoc, load_poleval, score  # noqa: E402
from pipeline.ner.poleval_official import score_official  # noqa: E402

POLEVAL = "/work/shared/data/ner_poleval2018_test/poleval2018_ner_test_gold.jsonl.gz"


def dev_docs(path: Path, vocab) -> list[PolevalDoc]:
    from spacy.tokens import DocBin

    out = []
    for i, d in enumerate(DocBin().from_disk(path).get_docs(vocab)):
        ents = tuple((sp.label_, ((sp.start_char, sp.end_char),)) for sp in d.spans["ner_nested"])
        out.append(PolevalDoc(doc_id=f"dev-{i}", text=d.text, entities=ents))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(HERE / "output" / "model-best"))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--variants", action="store_true")
    ap.add_argument("--sets", default="dev,poleval")
    ap.add_argument("--json-out", default=None)
    args = ap.parse_args(argv)
    import spacy

    sys.path.insert(0, str(HERE))
    from package import build

    model = Path(args.model)
    if (model / "pl_events_nested").exists() or "pl_events_nested" in json.loads((model / "meta.json").read_text())[
        "pipeline"
    ]:
        import pl_events_ner  # noqa: F401

        nlp = spacy.load(model)
    else:
        nlp = build(model, "spans", HERE / "gazetteer")
    comp = nlp.get_pipe("pl_events_nested")
    # (inner_source, rules_fallback, persons_in_names)
    variants: dict = {"shipped": (comp.inner_source, comp.rules_fallback, comp.persons_in_names)}
    if args.variants:
        variants.update(
            {
                "spancat+rules": ("spans", True, False),
                "spancat": ("spans", False, False),
                "spancat+pin": ("spans", False, True),
                "rules": ("rules", True, False),
                "rules+pin": ("rules", True, True),
                "outer-only": None,
            }
        )
    sets = {}
    if "dev" in args.sets:
        sets["dev"] = dev_docs(HERE / "corpus" / "dev.spacy", nlp.vocab)[: args.limit]
    if "poleval" in args.sets:
        sets["poleval"] = list(load_poleval(POLEVAL, limit=args.limit))
        # the published scorer compares gold labels verbatim (rule 2 in pipeline/ner/poleval_official.py)
        poleval_raw = list(load_poleval(POLEVAL, limit=args.limit, raw_labels=True))
    results = {}
    from spacy.tokens import Span

    from pipeline.ner.poleval import spacy_entities

    for set_name, docs in sets.items():
        # run the trained components once, then apply each variant of the nested
        # component to copies of the same predictions
        t0 = time.time()
        with nlp.select_pipes(disable=["pl_events_nested"]):
            parsed = list(nlp.pipe((d.text for d in docs), batch_size=32))
        raw = [[(s.start, s.end, s.label_) for s in doc.spans.get("ner_inner", [])] for doc in parsed]
        print(f"{set_name}: {len(docs)} docs parsed in {time.time() - t0:.0f}s", flush=True)
        for vname, v in variants.items():
            pred = {}
            for gold, doc, r in zip(docs, parsed, raw, strict=True):
                if v is None:
                    pred[gold.doc_id] = spacy_entities(doc, spans_key="__none__")  # doc.ents only
                    continue
                comp.inner_source, comp.rules_fallback, comp.persons_in_names = v
                doc.spans["ner_inner"] = [Span(doc, a, b, label=lab) for a, b, lab in r]
                comp(doc)
                pred[gold.doc_id] = spacy_entities(doc)
            s = score(docs, pred)
            results[f"{set_name}/{vname}"] = s.as_dict()
            print(f"== {set_name} / {vname}: final {s.final:.4f} overlap {s.overlap_f1:.4f} exact {s.exact_f1:.4f}")
            print(s.table(), flush=True)
            if set_name == "poleval":
                so = score_official(poleval_raw, pred)
                results[f"{set_name}/{vname}/official"] = so.as_dict()
                print(f"   official: final {so.final:.4f} overlap {so.overlap_f1:.4f} exact {so.exact_f1:.4f}")
    comp.inner_source, comp.rules_fallback, comp.persons_in_names = variants["shipped"]
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
