"""What the per-person candidate trainers share (titles in `role_training`, organizations in
`affiliation_training`): a keep/drop model over the candidates of the people the card lists, P(keep) from models
trained without the candidate's site fold, and a field's counts under a choice policy."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from pipeline.learned.gate import f1_of, fold_of
from pipeline.learned.linear import Features, LinearModel, train

Counts = tuple[int, int, int]
f1 = f1_of


class _Candidate(Protocol):
    features: Features
    label: bool
    known: bool


class CandidatePage(Protocol):
    page: str
    site: str
    gold: frozenset[tuple[str, str]]

    @property
    def candidates(self) -> Sequence[_Candidate]: ...


def train_keep(pages: Sequence[CandidatePage], l2: float) -> LinearModel:
    """Keep/drop over the candidates of listed people (an unlisted person's candidates are wrong whatever they are)."""
    rows = [c for p in pages for c in p.candidates if c.known]
    return train([c.features for c in rows], ["keep" if c.label else "drop" for c in rows], l2=l2,
                 classes=["drop", "keep"])


def probabilities(pages: Sequence[CandidatePage], model: LinearModel) -> dict[str, list[float]]:
    return {p.page: [model.scores(c.features)["keep"] for c in p.candidates] for p in pages}


def held_out_probabilities(pages: Sequence[CandidatePage], l2: float, folds: int = 5,
                           extra: Sequence[CandidatePage] = ()) -> dict[str, list[float]]:
    """P(keep) of every candidate from the model trained without its site's fold (`extra`, the team corpus, is
    always in training and never scored)."""
    out: dict[str, list[float]] = {}
    for k in range(folds):
        held = [p for p in pages if fold_of(p.site, folds) == k]
        kept = [p for p in pages if fold_of(p.site, folds) != k] + list(extra)
        if held and kept:
            out.update(probabilities(held, train_keep(kept, l2)))
    return out


def pair_counts(pages: Sequence[CandidatePage], chosen: Callable[[CandidatePage], set[tuple[str, str]]]) -> Counts:
    """(tp, fp, fn) of the pairs `chosen` outputs per page against the card's pairs."""
    tp = fp = fn = 0
    for page in pages:
        pred = chosen(page)
        hit = len(pred & page.gold)
        tp, fp, fn = tp + hit, fp + len(pred) - hit, fn + len(page.gold) - hit
    return tp, fp, fn
