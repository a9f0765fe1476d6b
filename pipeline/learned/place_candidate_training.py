"""Training the place-candidate decision, scored as the evaluator scores the places field.

Every page is extracted with the models off: the rules' places and every extra candidate with its features
(`pipeline.learned.recording`). A candidate is labelled "keep" when its name matches a card place by the
evaluator's key. A policy (add when P(keep) >= t) is judged by the places F1 over whole pages: the rules' places
stay, card places no candidate reaches stay false negatives. Folds group pages by site (`gate.fold_of`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.evaluate import norm
from pipeline.gold import parse_gold
from pipeline.learned.gate import cross_validated_grid, fold_of
from pipeline.learned.linear import Features, LinearModel, train
from pipeline.learned.place_candidates import TASK
from pipeline.learned.recording import Decision
from pipeline.learned.training import _recorded, corpus_records
from pipeline.models import Report

L2_GRID = (3.0, 10.0, 30.0)
THRESHOLD_GRID = tuple(round(0.05 * k, 2) for k in range(6, 19))  # 0.30 ... 0.90


@dataclass(frozen=True)
class Candidate:
    key: str  #: the evaluator's key of its name
    features: Features
    label: bool  #: a card place has this name


@dataclass(frozen=True)
class CandidatePage:
    page: str
    site: str
    gold: frozenset[str]  #: the card's place keys
    rules: frozenset[str]  #: the keys of the rules' places
    candidates: tuple[Candidate, ...]


def pages_from(records: Iterable[tuple[str, dict, Report, list[Decision]]]) -> list[CandidatePage]:
    """Pages whose card lists places, with the rules' places and the labelled candidates (models off)."""
    out = []
    for page, card, report, decisions in records:
        if "places" not in card:
            continue
        gold = frozenset(norm(p.name) for p in parse_gold(card, page).places)
        rules = frozenset(norm(p.name) for p in report.places)
        seen: set[str] = set()
        cands = []
        for d in decisions:
            key = norm(d.key)
            if d.task != TASK or key in seen or key in rules:
                continue
            seen.add(key)
            cands.append(Candidate(key, d.features, key in gold))
        out.append(CandidatePage(page, card.get("site", page), gold, rules, tuple(cands)))
    return out


def candidate_pages(directory: Path, extractor, split: str | None = "dev",
                    pages: frozenset[str] | None = None) -> list[CandidatePage]:
    return pages_from(_recorded(directory, extractor, split, pages, without_model=True))


def corpus_candidate_pages(directory: Path, extractor) -> list[CandidatePage]:
    """The team corpus (`X.txt` + `X.gold.json`), each report its own site: training data only, never scored."""
    return pages_from(corpus_records(directory, extractor))


def counts(page: CandidatePage, added: Iterable[str]) -> tuple[int, int, int]:
    """(tp, fp, fn) of the places field on one page when the candidates `added` join the rules' places."""
    predicted = page.rules | set(added)
    tp = len(predicted & page.gold)
    return tp, len(predicted) - tp, len(page.gold) - tp


def field_f1(pages: Sequence[CandidatePage], probs: dict[tuple[str, int], float] | None, threshold: float) -> float:
    """The places F1 when candidates with P(keep) >= threshold are added (`probs` None: the rules alone)."""
    tp = fp = fn = 0
    for page in pages:
        added = [] if probs is None else [c.key for i, c in enumerate(page.candidates)
                                          if probs.get((page.page, i), 0.0) >= threshold]
        a, b, c = counts(page, added)
        tp, fp, fn = tp + a, fp + b, fn + c
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def train_candidates(pages: Sequence[CandidatePage], l2: float) -> LinearModel:
    rows = [c for p in pages for c in p.candidates]
    return train([c.features for c in rows], ["keep" if c.label else "drop" for c in rows], l2=l2,
                 classes=["drop", "keep"])


def held_out_probabilities(pages: Sequence[CandidatePage], l2: float, folds: int = 5,
                           extra: Sequence[CandidatePage] = ()) -> dict[tuple[str, int], float]:
    """P(keep) of every candidate from the model trained without its site's fold (`extra` always in training)."""
    out: dict[tuple[str, int], float] = {}
    for k in range(folds):
        held = [p for p in pages if fold_of(p.site, folds) == k]
        kept = [p for p in pages if fold_of(p.site, folds) != k]
        if not held or not kept:
            continue
        if not any(p.candidates for p in [*kept, *extra]):
            continue  # nothing to learn from: the fold's candidates stay out (the rules alone)
        model = train_candidates([*kept, *extra], l2)
        for p in held:
            for i, c in enumerate(p.candidates):
                out[(p.page, i)] = model.scores(c.features)["keep"]
    return out


def cross_validate_candidates(pages: Sequence[CandidatePage], l2s: Sequence[float] = L2_GRID,
                              thresholds: Sequence[float] = THRESHOLD_GRID, folds: int = 5,
                              extra: Sequence[CandidatePage] = (), shipped: dict | None = None) -> dict:
    """The rules' places F1, the site-CV F1 of every (l2, threshold), the best (ties: the higher threshold, i.e.
    fewer additions, then the stronger penalty) and `gate`: the best against the rules (and the shipped setting)
    fold by fold, with the standard error of the mean difference."""
    grid, best, gate = cross_validated_grid(
        pages, l2s, thresholds, folds, lambda l2: held_out_probabilities(pages, l2, folds, extra), field_f1,
        lambda g: (g["cv_f1"], g["threshold"], g["l2"]), shipped)
    cands = [c for p in pages for c in p.candidates]
    reachable = sum(len(p.gold - p.rules) for p in pages)
    return {"pages": len(pages), "decidable": len(cands), "positives": sum(c.label for c in cands),
            "missed_by_rules": reachable, "rules_f1": round(field_f1(pages, None, 0.0), 4), "grid": grid,
            "best": best, "gate": gate}
