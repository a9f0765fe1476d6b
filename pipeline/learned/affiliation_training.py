"""Training the affiliation decision, scored as the evaluator scores the `role_organizations` field.

Every page of the card set is extracted with the models off (the rules' organizations); each candidate the
decision reads (`pipeline.learned.affiliations`) is labelled "keep" when the card gives the person that
organization (the evaluator's (person, organization) match, a gold organization's acronym standing for its
name). A policy (per person the most probable candidate when P(keep) >= t) is judged by the field's F1 over
whole pages: the card's pairs no candidate covers stay false negatives. Folds group pages by site
(`training.fold_of`); the standard error of the per-fold F1 difference to the rules says whether the gain is
more than the sites' noise. Candidates of people the card does not list are left out of the training rows
but counted in the F1. Team-corpus pages (`extra`) are in every training fold and never scored.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.evaluate import norm
from pipeline.gold import parse_gold
from pipeline.learned.affiliations import TASK, parse_key
from pipeline.learned.candidate_training import f1, held_out_probabilities, pair_counts, train_keep
from pipeline.learned.gate import Comparison, compare, per_fold
from pipeline.learned.linear import Features
from pipeline.learned.recording import Decision
from pipeline.learned.training import _recorded, corpus_records
from pipeline.models import Report

L2_GRID = (1.0, 3.0, 10.0)
THRESHOLD_GRID = (0.2, 0.3, 0.4, 0.5)  #: the least P(keep) of one of the rules' organizations
NEW_GRID = (0.3, 0.4, 0.5, 0.6, 0.7)  #: the least P(keep) of an organization the rules did not attach


@dataclass(frozen=True)
class Candidate:
    person: str  #: normalized name
    org: str  #: the organization's key (a gold acronym stands for its name)
    features: Features
    rule: bool  #: one of the rules' organizations
    label: bool  #: the card gives the person this organization
    known: bool  #: the card lists the person


@dataclass(frozen=True)
class AffiliationPage:
    page: str
    site: str
    gold: frozenset[tuple[str, str]]
    candidates: tuple[Candidate, ...]


def affiliation_pages(directory: Path, extractor, split: str | None = "dev",
                      pages: frozenset[str] | None = None) -> list[AffiliationPage]:
    """Every page whose card lists people, with the organization candidates, their features and labels."""
    return pages_from(_recorded(directory, extractor, split, pages, without_model=True))


def corpus_pages(directory: Path, extractor) -> list[AffiliationPage]:
    """The team corpus's reports as pages (each its own site): extra training data, never scored."""
    return pages_from(corpus_records(directory, extractor))


def pages_from(records: Iterable[tuple[str, dict, Report, list[Decision]]]) -> list[AffiliationPage]:
    out = []
    for page, card, _report, decisions in records:
        if "people" not in card:
            continue
        gold_card = parse_gold(card, page)
        aliases: dict[str, str] = {}
        for org in gold_card.organizations:
            aliases.setdefault(norm(org.name), norm(org.name))  # type: ignore[arg-type]
            if org.acronym:
                aliases.setdefault(norm(org.acronym), norm(org.name))  # type: ignore[arg-type]

        def key(name: str, aliases: dict[str, str] = aliases) -> str:
            n = norm(name)
            return aliases.get(n, n)  # type: ignore[arg-type, return-value]

        gold = set()
        for p in gold_card.people:
            orgs = [p.organization] if p.organization else []
            orgs += [r.organization for r in p.roles if not isinstance(r, str) and r.organization]
            gold |= {(norm(p.name), key(o)) for o in orgs}
        names = {norm(p.name) for p in gold_card.people}
        cands = []
        for d in decisions:
            if d.task != TASK:
                continue
            person, org = parse_key(d.key)
            pair = (norm(person), key(org))
            cands.append(Candidate(pair[0], pair[1], d.features, d.rule == "yes", pair in gold,  # type: ignore[arg-type]
                                   pair[0] in names))
        out.append(AffiliationPage(page, card.get("site", page), frozenset(gold), tuple(cands)))  # type: ignore[arg-type]
    return out


def chosen_pairs(page: AffiliationPage, keep_p: Sequence[float] | None, threshold: float,
                 new: float | None = None) -> set[tuple[str, str]]:
    """The (person, organization) pairs output under the policy (`keep_p` per candidate; None: the rules'): per
    person the most probable candidate reaching its threshold (`new` for one the rules did not attach)."""
    if keep_p is None:
        return {(c.person, c.org) for c in page.candidates if c.rule}
    best: dict[str, tuple[float, Candidate]] = {}
    for c, p in zip(page.candidates, keep_p, strict=True):
        if p >= (threshold if c.rule or new is None else new) and (c.person not in best or p > best[c.person][0]):
            best[c.person] = (p, c)
    return {(c.person, c.org) for _, c in best.values()}


def field_counts(pages: Sequence[AffiliationPage], keep_p: dict[str, list[float]] | None,
                 threshold: float, new: float | None = None) -> tuple[int, int, int]:
    return pair_counts(pages, lambda page: chosen_pairs(page, None if keep_p is None else keep_p[page.page],
                                                        threshold, new))


train_affiliations = train_keep


def fold_difference(pages: Sequence[AffiliationPage], probs: dict[str, list[float]], threshold: float,
                    new: float | None, folds: int) -> Comparison:
    """Model against rules, fold by fold on the same held-out sites (`pipeline.learned.gate`)."""
    def site(p: AffiliationPage) -> str:
        return p.site

    model = per_fold(pages, site, lambda held: f1(field_counts(held, probs, threshold, new)), folds)
    rules = per_fold(pages, site, lambda held: f1(field_counts(held, None, 0.0)), folds)
    return compare(model, rules)


def cross_validate_affiliations(pages: Sequence[AffiliationPage], l2s: Sequence[float] = L2_GRID,
                                thresholds: Sequence[float] = THRESHOLD_GRID, folds: int = 5,
                                extra: Sequence[AffiliationPage] = (), news: Sequence[float] = NEW_GRID) -> dict:
    """The rules' F1 and the site-CV F1 of every (l2, threshold, new threshold) with the fold difference's standard
    error; `best` the chosen one (ties: the stronger penalty, then the thresholds nearer 0.5)."""
    rules = field_counts(pages, None, 0.0)
    grid = []
    for l2 in l2s:
        probs = held_out_probabilities(pages, l2, folds, extra)
        for t in thresholds:
            for new in news:
                counts = field_counts(pages, probs, t, new)
                gate = fold_difference(pages, probs, t, new, folds)
                grid.append({"l2": l2, "threshold": t, "new_threshold": new, "cv_f1": round(f1(counts), 4),
                             "counts": counts, "fold_diff": round(gate.mean, 4), "fold_se": round(gate.se, 4),
                             "gate": gate})
    best = max(grid, key=lambda g: (g["cv_f1"], g["l2"], -abs(g["threshold"] - 0.5) - abs(g["new_threshold"] - 0.5)),
               default=None)
    reachable = sum(len({(c.person, c.org) for c in p.candidates} & p.gold) for p in pages)
    return {"pages": len(pages), "candidates": sum(len(p.candidates) for p in pages), "gold": sum(len(p.gold) for p in pages),
            "reachable": reachable, "rules_f1": round(f1(rules), 4), "rules_counts": rules, "grid": grid, "best": best,
            "gate": {"rules": best["gate"]} if best else {}}
