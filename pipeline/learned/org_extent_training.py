"""Training the organization-extent decision, scored as the evaluator scores the organizations field.

Every page of the card set is extracted with the models off (the rules' names); each variant the decision
reads (`pipeline.learned.org_extents`) is labelled "keep" when its base name is an organization of the card
(a listed name or acronym, the organizer, a person's organization: as the evaluator matches them); the model
learns a switch: a variant right where the rules' extent is not. A policy (per mention, the most probable
variant when P(keep) >= t) renames the rules'
name in the page's report (its organizations, organizer, people's organizations), and the report is scored
by the evaluator itself: the organizations, organizer and role_organizations fields. Folds group pages by
site (`gate.fold_of`). Training rows are the variants other than the rules' extent.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.evaluate import compare as score_report
from pipeline.evaluate import norm
from pipeline.gold import Gold, parse_gold
from pipeline.learned.gate import compare, f1_of, fold_of, per_fold, setting_gate
from pipeline.learned.linear import Features, LinearModel, train
from pipeline.learned.org_extents import TASK, parse_key
from pipeline.learned.recording import Decision
from pipeline.learned.training import _recorded
from pipeline.models import Report

L2_GRID = (1.0, 3.0, 10.0)
THRESHOLD_GRID = tuple(round(0.1 * k, 1) for k in range(2, 9))  # 0.2 ... 0.8
FIELDS = ("organizations", "organizer", "role_organizations")
Counts = tuple[int, int, int]


@dataclass(frozen=True)
class Variant:
    group: int
    rule_name: str
    name: str
    features: Features
    rule: bool
    label: bool


@dataclass(frozen=True)
class ExtentPage:
    page: str
    site: str
    gold: Gold
    report: Report
    variants: tuple[Variant, ...]
    base: dict[str, Counts]  #: the rules' counts per field


def gold_names(gold: Gold) -> frozenset[str]:
    """Normalized organization names and acronyms a card gives (listed, organizer, people's organizations)."""
    out = {norm(o.name) for o in gold.organizations} | {norm(o.acronym) for o in gold.organizations if o.acronym}
    if gold.organizer:
        out.add(norm(gold.organizer))
    for p in gold.people:
        out |= {norm(p.organization)} if p.organization else set()
        out |= {norm(r.organization) for r in p.roles if not isinstance(r, str) and r.organization}
    return frozenset(n for n in out if n)


def _counts(gold: Gold, report: Report, page: str) -> dict[str, Counts]:
    scores = score_report(gold, report, page)[0]
    return {f: (scores[f].tp, scores[f].fp, scores[f].fn) for f in FIELDS if f in scores}


def extent_pages(directory: Path, extractor, split: str | None = "dev",
                 pages: frozenset[str] | None = None) -> list[ExtentPage]:
    """Every page whose card lists organizations, with the variants, their features and labels."""
    return pages_from(_recorded(directory, extractor, split, pages, without_model=True))


def pages_from(records: Iterable[tuple[str, dict, Report, list[Decision]]]) -> list[ExtentPage]:
    out = []
    for page, card, report, decisions in records:
        if "organizations" not in card:
            continue
        gold = parse_gold(card, page)
        names = gold_names(gold)
        variants = []
        for d in decisions:
            if d.task != TASK:
                continue
            group, rule_name, name = parse_key(d.key)
            variants.append(Variant(group, rule_name, name, d.features, d.rule == "yes", norm(name) in names))
        out.append(ExtentPage(page, card.get("site", page), gold, report, tuple(variants),
                              _counts(gold, report, page)))
    return out


def renames(page: ExtentPage, keep_p: Sequence[float], threshold: float) -> dict[str, str]:
    """The rules' name -> the chosen variant's, for the mentions whose choice is not the rules' extent."""
    groups: dict[int, list[tuple[Variant, float]]] = {}
    for v, p in zip(page.variants, keep_p, strict=True):
        groups.setdefault(v.group, []).append((v, p))
    out: dict[str, str] = {}
    for members in groups.values():
        variants = [(v, p) for v, p in members if not v.rule]
        if variants:
            best, p = max(variants, key=lambda vp: vp[1])
            if p >= threshold:
                out.setdefault(best.rule_name, best.name)
    return out


def renamed_report(report: Report, names: dict[str, str]) -> Report:
    """A copy of the report with the organizations renamed (two of one name merged)."""
    copy = report.model_copy(deep=True)
    seen: set[str] = set()
    kept = []
    for org in copy.organizations:
        org.name = names.get(org.name, org.name)
        if norm(org.name) not in seen:
            seen.add(norm(org.name))  # type: ignore[arg-type]
            kept.append(org)
    copy.organizations = kept
    ev = copy.event
    ev.organizer = names.get(ev.organizer, ev.organizer) if ev.organizer else ev.organizer
    for person in copy.people:
        person.affiliation = names.get(person.affiliation, person.affiliation) if person.affiliation else None
        for role in person.roles:
            role.organization = names.get(role.organization, role.organization) if role.organization else None
    return copy


def page_counts(page: ExtentPage, keep_p: Sequence[float] | None, threshold: float) -> dict[str, Counts]:
    names = renames(page, keep_p, threshold) if keep_p is not None else {}
    return _counts(page.gold, renamed_report(page.report, names), page.page) if names else page.base


def field_counts(pages: Sequence[ExtentPage], keep_p: dict[str, list[float]] | None, threshold: float,
                 field: str = "organizations") -> Counts:
    tp = fp = fn = 0
    for page in pages:
        c = page_counts(page, None if keep_p is None else keep_p[page.page], threshold).get(field, (0, 0, 0))
        tp, fp, fn = tp + c[0], fp + c[1], fn + c[2]
    return tp, fp, fn


def switch_rows(pages: Sequence[ExtentPage]) -> list[tuple[Variant, bool]]:
    """Each variant other than the rules' extent, labelled: right where the rules' extent is not."""
    right = {(p.page, v.group) for p in pages for v in p.variants if v.rule and v.label}
    return [(v, v.label and (p.page, v.group) not in right) for p in pages for v in p.variants if not v.rule]


def train_extents(pages: Sequence[ExtentPage], l2: float) -> LinearModel:
    rows = switch_rows(pages)
    return train([v.features for v, _ in rows], ["keep" if label else "drop" for _, label in rows], l2=l2,
                 classes=["drop", "keep"])


def probabilities(pages: Sequence[ExtentPage], model: LinearModel) -> dict[str, list[float]]:
    return {p.page: [model.scores(v.features)["keep"] for v in p.variants] for p in pages}


def held_out_probabilities(pages: Sequence[ExtentPage], l2: float, folds: int = 5) -> dict[str, list[float]]:
    """P(keep) of every variant from the model trained without its site's fold."""
    out: dict[str, list[float]] = {}
    for k in range(folds):
        held = [p for p in pages if fold_of(p.site, folds) == k]
        kept = [p for p in pages if fold_of(p.site, folds) != k]
        if held and kept:
            out.update(probabilities(held, train_extents(kept, l2)))
    return out


def cross_validate_extents(pages: Sequence[ExtentPage], l2s: Sequence[float] = L2_GRID,
                           thresholds: Sequence[float] = THRESHOLD_GRID, folds: int = 5,
                           shipped: dict | None = None) -> dict:
    """The rules' F1 and the site-CV F1 of every (l2, threshold) for the organizations field (the organizer and
    role organizations alongside); `best` the chosen one (ties: the stronger penalty, the higher threshold);
    `gate` compares it fold by fold with the rules (and with `shipped`, the replaced model's settings)."""
    rules = {f: f1_of(field_counts(pages, None, 0.0, f)) for f in FIELDS}
    grid = []
    probs_by_l2: dict[float, dict[str, list[float]]] = {}
    for l2 in l2s:
        probs_by_l2[l2] = probs = held_out_probabilities(pages, l2, folds)
        for t in thresholds:
            counts = field_counts(pages, probs, t)
            others = {f"{f}_f1": round(f1_of(field_counts(pages, probs, t, f)), 4) for f in FIELDS[1:]}
            grid.append({"l2": l2, "threshold": t, "cv_f1": round(f1_of(counts), 4), "counts": counts, **others})
    best = max(grid, key=lambda g: (g["cv_f1"], g["l2"], g["threshold"]), default=None)
    gate = {}
    if best is not None:
        def folds_of(l2: float | None, threshold: float, field: str = "organizations") -> list[float]:
            if l2 is not None and l2 not in probs_by_l2:
                probs_by_l2[l2] = held_out_probabilities(pages, l2, folds)
            probs = None if l2 is None else probs_by_l2[l2]
            return per_fold(pages, lambda p: p.site, lambda held: f1_of(field_counts(held, probs, threshold, field)),
                            folds)

        gate = setting_gate(folds_of, best, shipped)
        for f in FIELDS[1:]:
            gate[f"rules_{f}"] = compare(folds_of(best["l2"], best["threshold"], f), folds_of(None, 0.0, f))
    decidable = len({(p.page, v.group) for p in pages for v in p.variants})
    reachable = sum(1 for p in pages for g in {v.group for v in p.variants}
                    if any(v.label and not v.rule for v in p.variants if v.group == g)
                    and not any(v.label and v.rule for v in p.variants if v.group == g))
    return {"pages": len(pages), "mentions": decidable, "variants": sum(len(p.variants) for p in pages),
            "fixable": reachable, "rules_f1": round(rules["organizations"], 4),
            "rules": {f: round(v, 4) for f, v in rules.items()}, "grid": grid, "best": best, "gate": gate}
