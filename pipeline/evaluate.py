"""Score extracted reports against hand-written gold files, field by field.

Inputs
------
A gold file ``X.gold.json`` sits beside the report text ``X.txt`` (or in a separate
gold directory, with the texts in a text directory). Its keys (all optional):

``event_type`` (one of `pipeline.models.EVENT_TYPES` or null), ``date_start`` and
``date_end`` (ISO dates or null; a one-day event may give ``date_end`` null or equal
to ``date_start``), ``organizer`` (string or null), ``attendance`` (null or an object
with ``total``, ``women``, ``men``), ``people`` (list of ``{"name", "roles", "organization",
"part"}``; ``roles`` is a list of titles, or of ``{"title", "organization"}`` objects),
``organizations`` (list of ``{"name", "acronym"}``), ``places`` (list of ``{"name", "kind"}``),
``missing`` (list of names from `pipeline.models.REQUIRED_FIELD_NAMES`) and ``encoding``.
Other keys (``note``, ``not_facts``, ``participant_groups``, ...) are ignored.

A key that is absent is not scored for that document (so a partial annotation is
fine); a key present with null or ``[]`` means "the report states none", and every
prediction for it counts as a false positive.

Matching rules
--------------
* Strings are compared after normalization: Unicode NFC, typographic quotes folded
  („ ” “ » « → ``"``, ‚ ‘ ’ → ``'``), dashes folded to ``-``, runs of whitespace
  collapsed and trimmed, lower case. Polish diacritics are kept: ``Łódź`` is not ``Lodz``.
* Names are compared as base forms (nominative): the gold file holds base forms and
  the extractor must produce them; the evaluator does not lemmatize, so ``Krosna``
  for ``Krosno`` is an error.
* Scalar fields (event_type, date_range, date_start, attendance_total/women/men,
  organizer, encoding): a correct prediction is a true positive; a wrong prediction
  is a false positive *and* a false negative (the gold value was not found); a
  prediction where the gold is null is a false positive; no prediction where the gold
  has a value is a false negative. ``date_range`` is correct only when start and end
  both equal the gold ones.
* Set fields are scored per document and summed over documents (micro average):
  ``people`` (names), ``roles`` ((person, role title) pairs), ``role_organizations``
  ((person, organization) pairs, from the roles' organizations and the person's ``affiliation``), ``parts`` ((person, part) pairs; gold ``staff``
  equals ``organizer_staff``), ``organizations`` (one-to-one: equal names first, then an
  acronym-only match counts when the gold acronym equals the predicted name or
  acronym), ``places`` (names, kind ignored), ``places_with_kind`` ((name, kind) pairs)
  and ``missing`` (the required fields the report lacks).
* In ``organizer`` and ``role_organizations`` an organization may be named by its
  acronym: a name or acronym of a gold organization of the same document stands for
  that organization on both sides.
* precision = TP / (TP + FP), recall = TP / (TP + FN), F1 = 2TP / (2TP + FP + FN);
  a ratio with a zero denominator is undefined (None, shown as ``-``).

Every scoring error is also listed as a disagreement (document, field, gold,
predicted); for set fields an unmatched gold item is paired with the most similar
unmatched prediction when they look alike, to make near misses readable.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from pipeline.gold import Gold, GoldAttendance, GoldError, load_gold, parse_gold
from pipeline.match_key import norm
from pipeline.models import Report

__all__ = ["FIELDS", "Gold", "GoldError", "compare", "load_gold", "norm", "parse_gold"]

#: Fields in the order they are reported.
FIELDS: tuple[str, ...] = (
    "event_type", "date_range", "date_start",
    "attendance_total", "attendance_women", "attendance_men",
    "date_partial", "published", "organizer", "co_organizers", "people", "roles", "role_organizations", "parts",
    "organizations", "places", "places_with_kind", "missing", "encoding",
)


# --- scores ----------------------------------------------------------------------------------


@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        d = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / d if d else None

    @property
    def support(self) -> int:
        """Number of gold values."""
        return self.tp + self.fn

    def add(self, other: FieldScore) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        r = lambda x: None if x is None else round(x, 4)  # noqa: E731
        return {"precision": r(self.precision), "recall": r(self.recall), "f1": r(self.f1),
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "support": self.support}


@dataclass
class Disagreement:
    doc: str
    field: str
    gold: Any
    predicted: Any

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "field": self.field, "gold": self.gold, "predicted": self.predicted}


@dataclass
class EvaluationResult:
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    disagreements: list[Disagreement] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    unannotated: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # cards whose text is not in the local cache

    def add(self, doc: str, scores: dict[str, FieldScore], disagreements: list[Disagreement]) -> None:
        self.documents.append(doc)
        for name, score in scores.items():
            self.fields[name].add(score)
        self.disagreements.extend(disagreements)

    def f1(self, name: str) -> float | None:
        return self.fields[name].f1

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": len(self.documents),
            "fields": {name: s.to_dict() for name, s in self.fields.items()},
            "disagreements": [d.to_dict() for d in self.disagreements],
            "problems": self.problems,
            "unannotated": self.unannotated,
            "skipped": self.skipped,
        }

    def below(self, floors: dict[str, float]) -> list[str]:
        """Fields whose F1 is under its floor (an undefined F1 counts as 0)."""
        out = []
        for name, floor in floors.items():
            if name not in self.fields:
                out.append(f"{name}: unknown field")
                continue
            f1 = self.fields[name].f1 or 0.0
            if f1 < floor:
                out.append(f"{name}: F1 {f1:.3f} < floor {floor:.2f}")
        return out


# --- comparison of one document ------------------------------------------------------------


def _part(value: str | None) -> str | None:
    return "organizer_staff" if value == "staff" else value


def _scalar(doc: str, name: str, gold: Any, pred: Any, key=norm) -> tuple[FieldScore, list[Disagreement]]:
    g = None if gold is None else key(gold)
    p = None if pred is None else key(pred)
    if g is None and p is None:
        return FieldScore(), []
    if g == p:
        return FieldScore(tp=1), []
    score = FieldScore(fp=int(p is not None), fn=int(g is not None))
    return score, [Disagreement(doc, name, gold, pred)]


def _sets(doc: str, name: str, gold: dict, pred: dict) -> tuple[FieldScore, list[Disagreement]]:
    """`gold`/`pred` map a matching key to the value shown in disagreements."""
    tp = len(gold.keys() & pred.keys())
    missed = [k for k in gold if k not in pred]
    extra = [k for k in pred if k not in gold]
    return FieldScore(tp=tp, fp=len(extra), fn=len(missed)), _pair_up(doc, name, missed, extra, gold, pred)


def _pair_up(doc: str, name: str, missed: list, extra: list, gold: dict, pred: dict) -> list[Disagreement]:
    out = []
    extra = list(extra)
    for g in missed:
        best, best_ratio = None, 0.6
        for p in extra:
            ratio = difflib.SequenceMatcher(None, norm(gold[g]), norm(pred[p])).ratio()
            if ratio > best_ratio:
                best, best_ratio = p, ratio
        if best is not None:
            extra.remove(best)
        out.append(Disagreement(doc, name, gold[g], pred[best] if best is not None else None))
    out.extend(Disagreement(doc, name, None, pred[p]) for p in extra)
    return out


def _aliases(gold: Gold) -> dict[str, str]:
    """Normalized name or acronym of a gold organization -> its normalized name."""
    out: dict[str, str] = {}
    for org in gold.organizations:
        n = norm(org.name)
        out.setdefault(n, n)
        if org.acronym:
            out.setdefault(norm(org.acronym), n)
    return out


def _match_organizations(doc: str, gold: Gold, report: Report) -> tuple[FieldScore, list[Disagreement]]:
    golds = list(gold.organizations)
    preds = list(report.organizations)
    matched_g: set[int] = set()
    matched_p: set[int] = set()
    for i, g in enumerate(golds):  # pass 1: equal names
        for j, p in enumerate(preds):
            if j not in matched_p and norm(g.name) == norm(p.name):
                matched_g.add(i)
                matched_p.add(j)
                break
    for i, g in enumerate(golds):  # pass 2: the gold acronym is the predicted name or acronym
        if i in matched_g or not g.acronym:
            continue
        for j, p in enumerate(preds):
            if j not in matched_p and norm(g.acronym) in (norm(p.name), norm(p.acronym)):
                matched_g.add(i)
                matched_p.add(j)
                break
    missed = [i for i in range(len(golds)) if i not in matched_g]
    extra = [j for j in range(len(preds)) if j not in matched_p]
    score = FieldScore(tp=len(matched_g), fp=len(extra), fn=len(missed))
    gshow = {i: golds[i].name for i in missed}
    pshow = {j: preds[j].name for j in extra}
    return score, _pair_up(doc, "organizations", missed, extra, gshow, pshow)


def compare(gold: Gold | dict, report: Report, doc: str | None = None) -> tuple[dict[str, FieldScore], list[Disagreement]]:
    """Scores of one report against its gold, only for the keys the gold file has."""
    if isinstance(gold, dict):
        gold = parse_gold(gold)
    doc = doc or report.document.id
    given = gold.model_fields_set
    ev = report.event
    scores: dict[str, FieldScore] = {}
    disagreements: list[Disagreement] = []

    def put(name: str, result: tuple[FieldScore, list[Disagreement]]) -> None:
        scores[name], d = result
        disagreements.extend(d)

    if "event_type" in given:
        put("event_type", _scalar(doc, "event_type", gold.event_type, ev.type))
    if "date_start" in given:
        g_range = None if gold.date_start is None else f"{gold.date_start}..{gold.date_end or gold.date_start}"
        p_range = None if ev.date_start is None else f"{ev.date_start}..{ev.date_end or ev.date_start}"
        put("date_range", _scalar(doc, "date_range", g_range, p_range))
        put("date_start", _scalar(doc, "date_start", gold.date_start, ev.date_start))
    if "date_partial_start" in given:
        g_part = None if gold.date_partial_start is None else f"{gold.date_partial_start}..{gold.date_partial_end or gold.date_partial_start}"
        p_part = None if ev.date_partial_start is None else f"{ev.date_partial_start}..{ev.date_partial_end or ev.date_partial_start}"
        put("date_partial", _scalar(doc, "date_partial", g_part, p_part))
    if "published" in given:
        published = report.document.published.date if report.document.published else None
        put("published", _scalar(doc, "published", gold.published, published))
    if "attendance" in given:
        att = gold.attendance or GoldAttendance()
        for part in ("total", "women", "men"):
            put(f"attendance_{part}", _scalar(doc, f"attendance_{part}", getattr(att, part),
                                              getattr(ev.attendance, part), key=int))
    aliases = _aliases(gold)

    def org_key(name: str | None) -> str | None:
        n = norm(name)
        return aliases.get(n, n) if n is not None else None

    if "organizer" in given:
        put("organizer", _scalar(doc, "organizer", gold.organizer, ev.organizer, key=org_key))
    if "co_organizers" in given:
        put("co_organizers", _sets(doc, "co_organizers", {org_key(o): o for o in gold.co_organizers},
                                   {org_key(o): o for o in ev.co_organizers}))
    if "people" in given:
        g_people = {norm(p.name): p.name for p in gold.people}
        p_people = {norm(p.name): p.name for p in report.people}
        put("people", _sets(doc, "people", g_people, p_people))
        g_roles, g_orgs, g_parts = {}, {}, {}
        for p in gold.people:
            orgs = [p.organization] if p.organization else []
            for r in p.roles:
                title = r if isinstance(r, str) else r.title
                g_roles[(norm(p.name), norm(title))] = f"{p.name}: {title}"
                if not isinstance(r, str) and r.organization:
                    orgs.append(r.organization)
            for o in orgs:
                g_orgs[(norm(p.name), org_key(o))] = f"{p.name}: {o}"
            if p.part:
                g_parts[(norm(p.name), _part(p.part))] = f"{p.name}: {p.part}"
        p_roles, p_orgs, p_parts = {}, {}, {}
        for p in report.people:
            for r in p.roles:
                p_roles[(norm(p.name), norm(r.title))] = f"{p.name}: {r.title}"
                if r.organization:
                    p_orgs[(norm(p.name), org_key(r.organization))] = f"{p.name}: {r.organization}"
            if p.affiliation:
                p_orgs[(norm(p.name), org_key(p.affiliation))] = f"{p.name}: {p.affiliation}"
            p_parts[(norm(p.name), p.part)] = f"{p.name}: {p.part}"
        put("roles", _sets(doc, "roles", g_roles, p_roles))
        put("role_organizations", _sets(doc, "role_organizations", g_orgs, p_orgs))
        put("parts", _sets(doc, "parts", g_parts, p_parts))
    if "organizations" in given:
        put("organizations", _match_organizations(doc, gold, report))
    if "places" in given:
        put("places", _sets(doc, "places", {norm(p.name): p.name for p in gold.places},
                            {norm(p.name): p.name for p in report.places}))
        put("places_with_kind", _sets(
            doc, "places_with_kind",
            {(norm(p.name), p.kind): f"{p.name} ({p.kind})" for p in gold.places if p.kind},
            {(norm(p.name), p.kind): f"{p.name} ({p.kind})" for p in report.places}))
    if "missing" in given:
        put("missing", _sets(doc, "missing", {m: m for m in gold.missing}, {m: m for m in report.missing}))
    if "encoding" in given:
        put("encoding", _scalar(doc, "encoding", gold.encoding, report.document.encoding))
    return scores, disagreements
