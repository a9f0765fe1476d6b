"""When a retrained decision may replace another: a paired difference over the same site folds, with its
standard error.

Site-CV gains of 0.002-0.003 were as large as the losses the same models then showed on unseen pages, so a
single CV figure cannot tell two settings apart. Each fold's F1 is computed for both settings on the same
held-out sites; the mean of the per-fold differences must exceed its standard error (sd / sqrt(folds)) before
the new setting counts as better.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

Page = TypeVar("Page")
Counts = tuple[int, int, int]


def f1_of(counts: Counts) -> float:
    tp, fp, fn = counts
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


@dataclass(frozen=True)
class Comparison:
    """Setting A against setting B over the same folds: the mean per-fold F1 difference (A - B) and its SE."""

    mean: float
    se: float
    folds: int

    @property
    def clears(self) -> bool:
        """A is better by more than one standard error."""
        return self.folds > 1 and self.mean > self.se

    def describe(self, a: str, b: str) -> str:
        verdict = "clears" if self.clears else "does not clear"
        return f"{a} vs {b}: {self.mean:+.4f} ± {self.se:.4f} (SE over {self.folds} folds): {verdict} one SE"

    def to_json(self) -> dict:
        return {"mean": round(self.mean, 4), "se": round(self.se, 4), "folds": self.folds, "clears": self.clears}


def compare(a: Sequence[float], b: Sequence[float]) -> Comparison:
    """Paired comparison of per-fold scores (folds where both were scored)."""
    diffs = [x - y for x, y in zip(a, b, strict=True)]
    n = len(diffs)
    if n == 0:
        return Comparison(0.0, 0.0, 0)
    mean = sum(diffs) / n
    sd = math.sqrt(sum((d - mean) ** 2 for d in diffs) / (n - 1)) if n > 1 else 0.0
    return Comparison(mean, sd / math.sqrt(n), n)


def fold_of(site: str, folds: int) -> int:
    """A site's fold: every page of one site is held out together."""
    return int(hashlib.sha1(site.encode("utf-8")).hexdigest(), 16) % folds


def per_fold(pages: Sequence[Page], site: Callable[[Page], str], score: Callable[[list[Page]], float],
             folds: int) -> list[float]:
    """`score` of each fold's held-out pages (folds with no page are left out)."""
    out = []
    for k in range(folds):
        held = [p for p in pages if fold_of(site(p), folds) == k]
        if held:
            out.append(score(held))
    return out


def setting_gate(folds_of: Callable[[float | None, float], list[float]], best: dict,
                 shipped: dict | None) -> dict[str, Comparison]:
    """The chosen (l2, threshold) against the rules (`folds_of(None, 0.0)`) and, when the replaced model file says
    its setting, against that setting; `shipped_rules` judges the shipped setting against the rules (it stands
    when the chosen one does not beat it)."""
    chosen, rules = folds_of(best["l2"], best["threshold"]), folds_of(None, 0.0)
    gate = {"rules": compare(chosen, rules)}
    if shipped and shipped.get("l2") is not None and shipped.get("threshold") is not None:
        old = folds_of(float(shipped["l2"]), float(shipped["threshold"]))
        gate["shipped"], gate["shipped_rules"] = compare(chosen, old), compare(old, rules)
    return gate


def cross_validated_grid(pages: Sequence[Page], l2s: Sequence[float], thresholds: Sequence[float], folds: int,
                         held_out: Callable[[float], Any], score: Callable[[Sequence[Page], Any, float], float],
                         prefer: Callable[[dict], Any], shipped: dict | None = None,
                         row: Callable[[Any, float], dict] | None = None) -> tuple[list[dict], dict | None, dict]:
    """A keep/drop trainer's grid: `held_out(l2)` gives every candidate's P(keep) from models trained without its
    site's fold, `score(pages, probs, threshold)` the field's F1 under the policy (probs None: the rules). Returns
    the grid (site-CV F1 of each setting, plus `row`'s extras), the setting `prefer` ranks first, and its gate."""
    grid = []
    probs_by_l2: dict[float, Any] = {}
    for l2 in l2s:
        probs_by_l2[l2] = probs = held_out(l2)
        for t in thresholds:
            grid.append({"l2": l2, "threshold": t, "cv_f1": round(score(pages, probs, t), 4),
                         **(row(probs, t) if row else {})})
    best = max(grid, key=prefer, default=None)
    if best is None:
        return grid, None, {}

    def folds_of(l2: float | None, threshold: float) -> list[float]:
        if l2 is not None and l2 not in probs_by_l2:
            probs_by_l2[l2] = held_out(l2)
        probs = None if l2 is None else probs_by_l2[l2]
        return per_fold(pages, _site, lambda held: score(held, probs, threshold), folds)

    return grid, best, setting_gate(folds_of, best, shipped)


def _site(page: Any) -> str:
    return page.site

