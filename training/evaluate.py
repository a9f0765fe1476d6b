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

from pipeline.ner.poleval import PolevalDoc, load_poleval, predict_spacy, score  # noqa: E402

POLEVAL = "/work/shared/data/ner_poleval2018_test/poleval2018_ner_test_gold.jsonl.gz"


def dev_docs(path: Path, vocab) -> list[PolevalDoc]:
    from spacy.tokens import DocBin

    out = []
    for i, d in enumerate(DocBin().from_disk(path).get_docs(vocab)):
        ents = tuple(
            (sp.label_, ((sp.start_char, sp.end_char),)) for sp in d.spans["ner_nested"]
        )
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
    if (model / "pl_events_nested").exists() or "pl_events_nested" in json.loads((model / "meta.json").read_text())["pipeline"]:
        import pl_events_ner  # noqa: F401

        nlp = spacy.load(model)
    else:
        nlp = build(model, "spans", HERE / "gazetteer")
    comp = nlp.get_pipe("pl_events_nested")
    # (inner_source, rules_fallback, persons_in_names)
    variants = {"spancat+rules+pin": ("spans", True, True)}
    if args.variants:
        variants.update(
            {
                "spancat+rules": ("spans", True, False),
                "spancat": ("spans", False, False),
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
    results = {}
    for set_name, docs in sets.items():
        for vname, v in variants.items():
            t0 = time.time()
            if v is None:
                pred = predict_spacy(nlp, docs, spans_key="__none__")  # doc.ents only
            else:
                comp.inner_source, comp.rules_fallback, comp.persons_in_names = v
                disable = ["spancat"] if v[0] == "rules" and "spancat" in nlp.pipe_names else []
                with nlp.select_pipes(disable=disable):
                    pred = predict_spacy(nlp, docs)
            s = score(docs, pred)
            results[f"{set_name}/{vname}"] = s.as_dict()
            print(f"== {set_name} / {vname}: final {s.final:.4f} overlap {s.overlap_f1:.4f} exact {s.exact_f1:.4f} "
                  f"({time.time() - t0:.0f}s)")
            print(s.table(), flush=True)
    comp.inner_source, comp.rules_fallback, comp.persons_in_names = "spans", True, True
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
