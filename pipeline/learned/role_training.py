"""Training the roles decision, scored as the evaluator scores the `roles` field.

Every page of the card set is extracted with the models off (the rules' titles); each title candidate the
decision reads (`pipeline.learned.roles`) is labelled "keep" when the card gives the person that title (the
evaluator's (person, title) match), else "drop". A policy (per person and extent group, the most probable
candidate when P(keep) >= t) is judged by the field's F1 over whole pages: the card's pairs no candidate
covers stay false negatives. Folds group pages by site (`training.fold_of`). Candidates of people the card
does not list are left out of the training rows (their titles are wrong whatever the title) but counted in
the F1.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.evaluate import norm
from pipeline.gold import parse_gold
from pipeline.learned.candidate_training import f1, held_out_probabilities, pair_counts, train_keep
from pipeline.learned.gate import cross_validated_grid
from pipeline.learned.linear import Features
from pipeline.learned.recording import Decision
from pipeline.learned.roles import TASK, parse_key
from pipeline.learned.training import _recorded
from pipeline.models import Report

L2_GRID = (0.3, 1.0, 3.0)
THRESHOLD_GRID = tuple(round(0.05 * k, 2) for k in range(3, 11))  # 0.15 ... 0.50


@dataclass(frozen=True)
class Candidate:
    person: str  #: normalized name
    group: int
    title: str  #: normalized title
    features: Features
    rule: bool  #: one of the rules' titles
    label: bool  #: the card gives the person this title
    known: bool  #: the card lists the person


@dataclass(frozen=True)
class RolePage:
    page: str
    site: str
    gold: frozenset[tuple[str, str]]
    candidates: tuple[Candidate, ...]


def role_pages(directory: Path, extractor, split: str | None = "dev",
               pages: frozenset[str] | None = None) -> list[RolePage]:
    """Every page whose card lists people, with the title candidates, their features and labels."""
    return pages_from(_recorded(directory, extractor, split, pages, without_model=True))


def pages_from(records: Iterable[tuple[str, dict, Report, list[Decision]]]) -> list[RolePage]:
    out = []
    for page, card, _report, decisions in records:
        if "people" not in card:
            continue
        gold_card = parse_gold(card, page)
        gold = frozenset((norm(p.name), norm(r if isinstance(r, str) else r.title))
                         for p in gold_card.people for r in p.roles)
        names = {norm(p.name) for p in gold_card.people}
        cands = []
        for d in decisions:
            if d.task != TASK:
                continue
            person, group, title = parse_key(d.key)
            key = (norm(person), norm(title))
            cands.append(Candidate(key[0], group, key[1], d.features, d.rule == "yes", key in gold,  # type: ignore[arg-type]
                                   key[0] in names))
        out.append(RolePage(page, card.get("site", page), gold, tuple(cands)))
    return out


def chosen_pairs(page: RolePage, keep_p: Sequence[float] | None, threshold: float) -> set[tuple[str, str]]:
    """The (person, title) pairs output under the policy (`keep_p` per candidate; None: the rules' titles)."""
    if keep_p is None:
        return {(c.person, c.title) for c in page.candidates if c.rule}
    best: dict[tuple[str, int], tuple[float, Candidate]] = {}
    for c, p in zip(page.candidates, keep_p, strict=True):
        key = (c.person, c.group)
        if p >= threshold and (key not in best or p > best[key][0]):
            best[key] = (p, c)
    return {(c.person, c.title) for _, c in best.values()}


def field_counts(pages: Sequence[RolePage], keep_p: dict[str, list[float]] | None,
                 threshold: float) -> tuple[int, int, int]:
    return pair_counts(pages, lambda page: chosen_pairs(page, None if keep_p is None else keep_p[page.page], threshold))


train_roles = train_keep


def cross_validate_roles(pages: Sequence[RolePage], l2s: Sequence[float] = L2_GRID,
                         thresholds: Sequence[float] = THRESHOLD_GRID, folds: int = 5,
                         shipped: dict | None = None) -> dict:
    """The rules' F1 and the site-CV F1 of every (l2, threshold); `best` the chosen one (ties: the stronger
    penalty, then the threshold nearer 0.5). `gate` compares the chosen setting fold by fold with the rules and
    with `shipped` (the replaced model's l2 and threshold)."""
    rules = field_counts(pages, None, 0.0)
    grid, best, gate = cross_validated_grid(
        pages, l2s, thresholds, folds, lambda l2: held_out_probabilities(pages, l2, folds),
        lambda pages, probs, t: f1(field_counts(pages, probs, t)),
        lambda g: (g["cv_f1"], g["l2"], -abs(g["threshold"] - 0.5)), shipped,
        row=lambda probs, t: {"counts": field_counts(pages, probs, t)})
    reachable = sum(len({(c.person, c.title) for c in p.candidates} & p.gold) for p in pages)
    return {"pages": len(pages), "candidates": sum(len(p.candidates) for p in pages), "gold": sum(len(p.gold) for p in pages),
            "reachable": reachable, "rules_f1": round(f1(rules), 4), "rules_counts": rules, "grid": grid, "best": best,
            "gate": gate}
