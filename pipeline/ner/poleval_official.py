"""The published PolEval 2018 Task 2 scorer's arithmetic (``pl-events ner-eval --official``), and the
command-line scorer ``python -m pipeline.ner.poleval_official MODEL [--official]`` (training/train.sh).

Kept apart from `pipeline.ner.poleval` (the data loader and the project's own scorer), which it reads
documents from; the rules it follows are listed below.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from pipeline.ner.poleval import (
    PolevalDoc,
    PolevalScore,
    PredEntity,
    _div,
    _f1,
    evaluate_spacy,
    load_poleval,
    predict_spacy,
)

# --- official scoring -------------------------------------------------------------
#
# ``score_official`` reproduces the arithmetic of the scorer published with PolEval 2018
# Task 2.  Cross-check on the previous model's predictions for all 1,828 test documents:
# the published scorer was reported at overlap F1 0.777 (P 0.834, R 0.728), exact F1
# 0.742, final 0.770; this code gives 0.778 (P 0.836, R 0.728), 0.742, 0.771 -- recall
# and exact agree, precision differs by 0.002 (cause not found: clipping false
# positives at 0 per document would give P 0.833, so that is not it either).
# Its rules, several of which differ from ``pipeline.ner.poleval.score``:
#
# 1. Only gold documents with exactly one annotation version are scored.  The 90
#    documents the export holds in 2-3 versions (``older_annotations`` in our JSONL)
#    count as "found" but add nothing: neither their gold entities nor the predictions
#    for them enter the counts.
# 2. Labels are compared as strings, case-sensitively, without normalisation
#    (gold mostly says ``persName_addname``, 65 times ``persName_addName``).
# 3. ``derivType`` annotations (attributes such as ``derivType_placeName_country``
#    = ``relAdj``) are dropped; the entity they qualify is scored like any other.
# 4. A fragmented (discontinuous) entity, ``"s1 e1;s2 e2"`` in the export, is split
#    at ';' into separate spans, each scored as an entity of its own -- in gold and
#    predictions alike.
# 5. Spans are closed intervals: spans that merely touch (end == start) overlap.
# 6. Lists, not sets: a prediction is credited once for every gold entity of the same
#    label it matches (overlap: shares or touches a character; exact: same offsets),
#    so one long prediction can earn several true positives.
# 7. Per document: false positives = predictions - true positives, false negatives =
#    gold - true positives (the former may go negative); the counts are pooled over
#    all scored documents, then P = TP / (TP + FP) and R = TP / (TP + FN).
# 8. final = 0.8 * overlap F1 + 0.2 * exact F1.


def _fragments(entities: Iterable[tuple[str, Iterable[Sequence[int]]]]) -> list[tuple[str, int, int]]:
    """Rule 4: one ``(label, start, end)`` per fragment; labels untouched (rule 2)."""
    return [(lab, int(s), int(e)) for lab, spans in entities for s, e in spans]


def _touch(a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    """Rule 5: closed intervals, so touching spans overlap."""
    return a[1] <= b[2] and b[1] <= a[2]


@dataclass
class OfficialCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.fp += n_pred - tp
        self.fn += n_gold - tp

    @property
    def p(self) -> float:
        return _div(self.tp, self.tp + self.fp)

    @property
    def r(self) -> float:
        return _div(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _f1(self.p, self.r)


@dataclass
class OfficialScore:
    overlap: OfficialCounts
    exact: OfficialCounts
    n_docs: int  # documents scored (rule 1)
    n_skipped: int  # documents with several annotation versions

    @property
    def overlap_f1(self) -> float:
        return self.overlap.f1

    @property
    def exact_f1(self) -> float:
        return self.exact.f1

    @property
    def final(self) -> float:
        return 0.8 * self.overlap.f1 + 0.2 * self.exact.f1

    def table(self) -> str:
        rows = [f"{'measure':8} {'tp':>6} {'fp':>6} {'fn':>6} {'P':>6} {'R':>6} {'F1':>6}"]
        for name, c in (("overlap", self.overlap), ("exact", self.exact)):
            rows.append(f"{name:8} {c.tp:6d} {c.fp:6d} {c.fn:6d} {c.p:6.3f} {c.r:6.3f} {c.f1:6.3f}")
        rows.append(f"documents scored {self.n_docs}, skipped (several annotation versions) {self.n_skipped}")
        return "\n".join(rows)

    def as_dict(self) -> dict:
        return {
            "final": self.final,
            "overlap_f1": self.overlap.f1,
            "overlap_p": self.overlap.p,
            "overlap_r": self.overlap.r,
            "exact_f1": self.exact.f1,
            "exact_p": self.exact.p,
            "exact_r": self.exact.r,
            "n_docs": self.n_docs,
            "n_skipped": self.n_skipped,
        }


def score_official(gold_docs: Iterable[PolevalDoc], predicted: Mapping[str, Sequence[PredEntity]]) -> OfficialScore:
    """Score like the published PolEval 2018 Task 2 scorer (rules 1-8 above).

    Load the gold with ``load_poleval(path, raw_labels=True)`` so that labels keep
    their spelling; predictions are taken as given (no label normalisation)."""
    overlap, exact = OfficialCounts(), OfficialCounts()
    n = skipped = 0
    for doc in gold_docs:
        if doc.versions != 1:  # rule 1
            skipped += 1
            continue
        n += 1
        gold = _fragments(doc.entities)
        pred = _fragments(predicted.get(doc.doc_id, ()))
        tp_overlap = sum(1 for a in pred for g in gold if a[0] == g[0] and _touch(a, g))  # rules 2, 5, 6
        tp_exact = sum(1 for a in pred for g in gold if a == g)
        overlap.add(tp_overlap, len(pred), len(gold))  # rule 7
        exact.add(tp_exact, len(pred), len(gold))
    return OfficialScore(overlap=overlap, exact=exact, n_docs=n, n_skipped=skipped)


def main(argv=None) -> None:  # pragma: no cover - CLI helper
    import argparse

    ap = argparse.ArgumentParser(description="Evaluate a spaCy NER pipeline on PolEval 2018 Task 2 (ours, or --official)")
    ap.add_argument("model", help="spaCy model name or path")
    ap.add_argument("--gold", default="/work/shared/data/ner_poleval2018_test/poleval2018_ner_test_gold.jsonl.gz")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--official", action="store_true", help="the published PolEval 2018 scorer's rules")
    args = ap.parse_args(argv)
    import spacy

    try:
        import pl_events_ner  # noqa: F401  (registers the custom components)
    except ImportError:
        pass
    nlp = spacy.load(args.model)
    if args.official:
        docs = list(load_poleval(args.gold, limit=args.limit, raw_labels=True))
        res: PolevalScore | OfficialScore = score_official(docs, predict_spacy(nlp, docs))
    else:
        res = evaluate_spacy(nlp, args.gold, limit=args.limit)
    print(json.dumps(res.as_dict(), indent=1) if args.json else res.table())


if __name__ == "__main__":  # pragma: no cover
    main()
