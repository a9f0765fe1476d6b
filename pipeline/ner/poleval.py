"""Scorer for the PolEval 2018 Task 2 (named entities) format.

Gold data: JSON lines, one document per line, with ``doc_id``, ``text`` and
``entities`` = ``[{"label": ..., "spans": [[start, end], ...], "text": ...}, ...]``
(character offsets into ``text``; an entity may be discontinuous).  The file may be
gzip-compressed (``.gz``) or plain.

Measures (PolEval 2018 Task 2, "final score = 0.8 * overlap F1 + 0.2 * exact F1"):

* **exact**: a predicted entity is correct when a gold entity of the same document
  has the same label and exactly the same set of character spans.
* **overlap**: a predicted entity is correct when a gold entity of the same document
  has the same label and at least one character in common (any fragment of the one
  overlaps any fragment of the other).  A gold entity is found when some predicted
  entity of the same label overlaps it.

Two scorers: ``pipeline.ner.poleval_official.score_official`` (``pl-events ner-eval --official``)
follows the published PolEval 2018 scorer; its rules are listed in that module.
``score`` (here) is the project's own, older scorer, kept because earlier figures were
measured with it; it differs in the points below (sets instead of lists, labels
normalised, fragments kept together, touching spans do not overlap, documents with
several annotation versions scored with the latest one):

* for each document the answers and the gold entities are sets of
  ``(label, offsets)`` (offsets of discontinuous entities joined), so duplicates count
  once (we de-duplicate in the same way);
* exact: an answer is a true positive if the identical ``(label, offsets)`` is in the
  gold set;
* overlap: an answer is a true positive if *some* gold entity with the same label
  shares at least one character with it, *without* one-to-one matching (one long
  predicted span may make several gold entities "found" and vice versa);
* precision and recall are micro-averaged over the corpus (counts summed over all
  documents) and combined to F1; final = 0.8 * overlap F1 + 0.2 * exact F1.

So precision = matched predictions / predictions and recall = matched gold entities /
gold entities, both with the any-overlap criterion.  If the official script matched
one-to-one, ``score(..., one_to_one=True)`` (greedy matching, exact matches first, each
gold and each prediction used at most once) gives that number; it is never higher
than the default.
Label spelling is normalised (``-`` -> ``_``, ``persName_addname`` ->
``persName_addName``; the gold file uses both spellings), in gold and predictions alike.
The official script reads the PolEval annotation-tool JSON export; we read the
JSONL conversion in ``shared/data`` (same entities, ``entities`` = most recent
annotation version, as in the official scoring).
"""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

Spans = tuple[tuple[int, int], ...]
Entity = tuple[str, Spans]

LABEL_FIXES = {"persName_addname": "persName_addName"}


def normalize_label(label: str) -> str:
    """``persName-forename`` -> ``persName_forename``; ``persName_addname`` -> ``persName_addName``."""
    label = label.replace("-", "_")
    return LABEL_FIXES.get(label, label)


def _spans(spans: Iterable[Sequence[int]]) -> Spans:
    return tuple(sorted((int(s), int(e)) for s, e in spans))


@dataclass(frozen=True)
class PolevalDoc:
    doc_id: str
    text: str
    entities: tuple[Entity, ...]
    genre: str | None = None
    versions: int = 1  # annotation versions in the export (1 + len(older_annotations))


@dataclass
class LabelCounts:
    gold: int = 0
    pred: int = 0
    exact_tp: int = 0  # predictions (= gold entities) matched exactly
    overlap_tp_pred: int = 0  # predictions overlapping a gold entity of the same label
    overlap_tp_gold: int = 0  # gold entities overlapped by a prediction of the same label

    def add(self, other: LabelCounts) -> None:
        self.gold += other.gold
        self.pred += other.pred
        self.exact_tp += other.exact_tp
        self.overlap_tp_pred += other.overlap_tp_pred
        self.overlap_tp_gold += other.overlap_tp_gold

    @property
    def exact_p(self) -> float:
        return _div(self.exact_tp, self.pred)

    @property
    def exact_r(self) -> float:
        return _div(self.exact_tp, self.gold)

    @property
    def exact_f1(self) -> float:
        return _f1(self.exact_p, self.exact_r)

    @property
    def overlap_p(self) -> float:
        return _div(self.overlap_tp_pred, self.pred)

    @property
    def overlap_r(self) -> float:
        return _div(self.overlap_tp_gold, self.gold)

    @property
    def overlap_f1(self) -> float:
        return _f1(self.overlap_p, self.overlap_r)

    @property
    def final(self) -> float:
        return 0.8 * self.overlap_f1 + 0.2 * self.exact_f1


@dataclass
class PolevalScore:
    exact_f1: float
    overlap_f1: float
    final: float
    exact_p: float
    exact_r: float
    overlap_p: float
    overlap_r: float
    total: LabelCounts
    per_label: dict[str, LabelCounts] = field(default_factory=dict)
    n_docs: int = 0

    def table(self) -> str:
        """Human-readable per-label table."""
        rows = [f"{'label':24} {'gold':>6} {'pred':>6} {'exactF1':>8} {'overlapF1':>9} {'final':>6}"]
        for lab in sorted(self.per_label, key=lambda k: -self.per_label[k].gold):
            c = self.per_label[lab]
            rows.append(f"{lab:24} {c.gold:6d} {c.pred:6d} {c.exact_f1:8.3f} {c.overlap_f1:9.3f} {c.final:6.3f}")
        c = self.total
        rows.append(f"{'ALL':24} {c.gold:6d} {c.pred:6d} {self.exact_f1:8.3f} {self.overlap_f1:9.3f} {self.final:6.3f}")
        return "\n".join(rows)

    def as_dict(self) -> dict:
        return {
            "final": self.final,
            "overlap_f1": self.overlap_f1,
            "exact_f1": self.exact_f1,
            "overlap_p": self.overlap_p,
            "overlap_r": self.overlap_r,
            "exact_p": self.exact_p,
            "exact_r": self.exact_r,
            "n_docs": self.n_docs,
            "per_label": {
                lab: {
                    "gold": c.gold,
                    "pred": c.pred,
                    "exact_f1": c.exact_f1,
                    "overlap_f1": c.overlap_f1,
                    "final": c.final,
                }
                for lab, c in sorted(self.per_label.items())
            },
        }


def _div(a: float, b: float) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _open(path: str | Path):
    path = str(path)
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def load_poleval(path: str | Path, limit: int | None = None, *, raw_labels: bool = False) -> Iterator[PolevalDoc]:
    """Read PolEval 2018 NER gold documents from a (gzipped) JSONL file.

    ``raw_labels`` keeps the label spelling of the file (the official scorer compares
    labels case-sensitively, so ``persName_addname`` != ``persName_addName`` there)."""
    fix = (lambda lab: lab) if raw_labels else normalize_label
    n = 0
    with _open(path) as f:
        for line in f:
            if limit is not None and n >= limit:
                break
            line = line.strip()
            if not line:
                continue
            d = json.loads(line)
            ents = tuple((fix(e["label"]), _spans(e["spans"])) for e in d.get("entities", []) if e.get("spans"))
            versions = 1 + len(d.get("older_annotations") or ())
            yield PolevalDoc(doc_id=d["doc_id"], text=d["text"], entities=ents, genre=d.get("genre"), versions=versions)
            n += 1


def _overlaps(a: Spans, b: Spans) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _doc_counts(gold: set[Entity], pred: set[Entity], one_to_one: bool) -> dict[str, LabelCounts]:
    counts: dict[str, LabelCounts] = defaultdict(LabelCounts)
    gold_by_label: dict[str, list[Spans]] = defaultdict(list)
    pred_by_label: dict[str, list[Spans]] = defaultdict(list)
    for lab, sp in gold:
        gold_by_label[lab].append(sp)
    for lab, sp in pred:
        pred_by_label[lab].append(sp)
    for lab in set(gold_by_label) | set(pred_by_label):
        g, p = sorted(gold_by_label[lab]), sorted(pred_by_label[lab])
        c = counts[lab]
        c.gold += len(g)
        c.pred += len(p)
        gset = set(g)
        c.exact_tp += sum(1 for sp in p if sp in gset)
        if one_to_one:
            used: set[int] = set()
            matched = 0
            # exact matches first, then greedy by position
            for sp in p:
                if sp in gset:
                    j = next(i for i, x in enumerate(g) if x == sp and i not in used)
                    used.add(j)
                    matched += 1
            rest = [sp for sp in p if sp not in gset]
            for sp in rest:
                for j, gs in enumerate(g):
                    if j not in used and _overlaps(sp, gs):
                        used.add(j)
                        matched += 1
                        break
            c.overlap_tp_pred += matched
            c.overlap_tp_gold += matched
        else:
            c.overlap_tp_pred += sum(1 for sp in p if any(_overlaps(sp, gs) for gs in g))
            c.overlap_tp_gold += sum(1 for gs in g if any(_overlaps(sp, gs) for sp in p))
    return counts


PredEntity = tuple[str, Sequence[Sequence[int]]]


def score(
    gold_docs: Iterable[PolevalDoc],
    predicted: Mapping[str, Sequence[PredEntity]],
    *,
    one_to_one: bool = False,
) -> PolevalScore:
    """Score predictions against gold documents.

    ``predicted`` maps ``doc_id`` to a list of ``(label, [(start, end), ...])``.
    Documents missing from ``predicted`` count as having no predictions; predicted
    documents that are not in ``gold_docs`` are ignored.
    """
    per_label: dict[str, LabelCounts] = defaultdict(LabelCounts)
    n = 0
    for doc in gold_docs:
        n += 1
        gold = set(doc.entities)
        pred = {(normalize_label(lab), _spans(sp)) for lab, sp in predicted.get(doc.doc_id, ()) if sp}
        for lab, c in _doc_counts(gold, pred, one_to_one).items():
            per_label[lab].add(c)
    total = LabelCounts()
    for c in per_label.values():
        total.add(c)
    return PolevalScore(
        exact_f1=total.exact_f1,
        overlap_f1=total.overlap_f1,
        final=0.8 * total.overlap_f1 + 0.2 * total.exact_f1,
        exact_p=total.exact_p,
        exact_r=total.exact_r,
        overlap_p=total.overlap_p,
        overlap_r=total.overlap_r,
        total=total,
        per_label=dict(per_label),
        n_docs=n,
    )


def spacy_entities(doc, spans_key: str = "ner_nested") -> list[tuple[str, list[tuple[int, int]]]]:
    """Entities of a spaCy Doc as PolEval predictions (``doc.spans[spans_key]`` if the
    key is present, else ``doc.ents``), with normalised labels."""
    spans = doc.spans[spans_key] if spans_key in doc.spans else doc.ents
    return [(normalize_label(sp.label_), [(sp.start_char, sp.end_char)]) for sp in spans]


def predict_spacy(nlp, docs: Sequence[PolevalDoc], *, batch_size: int = 32, spans_key: str = "ner_nested"):
    """Run ``nlp`` over the texts; -> {doc_id: [(label, [(start, end)])]}."""
    out: dict[str, list] = {}
    texts = (d.text for d in docs)
    for gold, doc in zip(docs, nlp.pipe(texts, batch_size=batch_size), strict=True):
        out[gold.doc_id] = spacy_entities(doc, spans_key)
    return out


def evaluate_spacy(
    nlp,
    path: str | Path,
    limit: int | None = None,
    *,
    batch_size: int = 32,
    spans_key: str = "ner_nested",
    one_to_one: bool = False,
) -> PolevalScore:
    """Run a spaCy pipeline over the PolEval texts and score its entities."""
    docs = list(load_poleval(path, limit=limit))
    predicted = predict_spacy(nlp, docs, batch_size=batch_size, spans_key=spans_key)
    return score(docs, predicted, one_to_one=one_to_one)
