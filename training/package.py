"""Assemble the shipped model: trained pipeline + ``pl_events_nested`` component.

    python training/package.py [--model training/output/model-best] [--inner-source spans|rules]

Writes the spaCy model directory into the pip package
``models/pl_events_ner/pl_events_ner/model`` (package data).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PKG = ROOT / "models" / "pl_events_ner"
sys.path.insert(0, str(PKG))


def build(model: Path, inner_source: str, gazetteer: Path, rules_fallback: bool = False, persons_in_names: bool = True):
    import pl_events_ner  # noqa: F401  registers pl_events_nested
    import spacy

    # At inference the spancat only scores n-grams inside persName/orgName entities
    # (inner entities are only kept there); same output, ~10x less spancat work.
    overrides = {
        "components": {
            "spancat": {
                "suggester": {
                    "@misc": "pl_events_ner.entity_ngram_suggester.v1",
                    "sizes": [1, 2, 3],
                    "labels": ["persName", "orgName"],
                }
            }
        }
    }
    nlp = spacy.load(model, config=overrides if inner_source == "spans" else {})
    if "pl_events_nested" in nlp.pipe_names:
        nlp.remove_pipe("pl_events_nested")
    if inner_source == "rules" and "spancat" in nlp.pipe_names:
        nlp.remove_pipe("spancat")
    comp = nlp.add_pipe(
        "pl_events_nested",
        last=True,
        config={"inner_source": inner_source, "rules_fallback": rules_fallback, "persons_in_names": persons_in_names},
    )
    comp.from_disk(gazetteer)
    return nlp


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(HERE / "output" / "model-best"))
    ap.add_argument("--inner-source", default="spans", choices=["spans", "rules"])
    ap.add_argument("--gazetteer", default=str(HERE / "gazetteer"))
    ap.add_argument("--rules-fallback", action="store_true", help="rule parts for persons without spancat parts")
    ap.add_argument("--no-persons-in-names", action="store_true")
    ap.add_argument("--out", default=str(PKG / "pl_events_ner" / "model"))
    ap.add_argument("--scores", default=str(HERE / "scores.json"), help="evaluation results to put in meta.json")
    args = ap.parse_args(argv)
    nlp = build(
        Path(args.model),
        args.inner_source,
        Path(args.gazetteer),
        rules_fallback=args.rules_fallback,
        persons_in_names=not args.no_persons_in_names,
    )
    nlp.meta.update(
        {
            "name": "events_ner",
            "version": "0.1.0",
            "description": "Polish NER (NKJP scheme, nested PolEval 2018 labels): outer layer in doc.ents, "
            "all nested entities in doc.spans['ner_nested'].",
            "license": "GPL-3.0-or-later",
            "author": "pl_events project",
            "sources": [
                {
                    "name": "NKJP 1M NER (nkjp-nested-simplified-v2, CLARIN-PL/PolDeepNer)",
                    "license": "GPL-3.0",
                },
                {"name": "PESEL first-name lists (dane.gov.pl), derived forename list"},
                {"name": "Morfeusz 2 / SGJP (token features at run time; pip install morfeusz2, not bundled)"},
            ],
        }
    )
    scores = Path(args.scores)
    if scores.exists():
        nlp.meta["poleval2018"] = json.loads(scores.read_text())
    official = scores.with_name("scores_official.json")
    if official.exists():  # the published PolEval 2018 scorer (pl-events ner-eval --official)
        nlp.meta["poleval2018_official"] = json.loads(official.read_text())
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"wrote {out} ({size / 1e6:.1f} MB), pipeline {nlp.pipe_names}")


if __name__ == "__main__":
    main()
