"""The paired gate a retrained decision must clear before it replaces another."""

from __future__ import annotations

import math

import pytest

from pipeline.learned.gate import compare, f1_of, fold_of, per_fold


def test_compare_gives_the_mean_difference_and_its_standard_error() -> None:
    c = compare([0.80, 0.82, 0.78, 0.81], [0.78, 0.80, 0.77, 0.80])
    diffs = [0.02, 0.02, 0.01, 0.01]
    sd = math.sqrt(sum((d - 0.015) ** 2 for d in diffs) / 3)
    assert c.mean == pytest.approx(0.015) and c.se == pytest.approx(sd / 2) and c.folds == 4
    assert c.clears
    assert "+0.0150" in c.describe("new", "rules") and "clears one SE" in c.describe("new", "rules")


def test_a_gain_inside_its_noise_does_not_clear() -> None:
    c = compare([0.80, 0.70, 0.90], [0.79, 0.72, 0.88])
    assert c.mean > 0 and not c.clears
    assert "does not clear" in c.describe("new", "shipped setting")


def test_equal_settings_and_a_single_fold_never_clear() -> None:
    assert not compare([0.5, 0.6], [0.5, 0.6]).clears
    assert not compare([0.9], [0.1]).clears
    assert compare([], []).folds == 0


def test_per_fold_scores_each_site_fold_with_all_its_pages() -> None:
    pages = [("a.pl", 1), ("a.pl", 2), ("b.pl", 3), ("c.pl", 4)]
    scores = per_fold(pages, lambda p: p[0], lambda held: sum(p[1] for p in held), folds=3)
    by_fold = {}
    for site, value in pages:
        by_fold[fold_of(site, 3)] = by_fold.get(fold_of(site, 3), 0) + value
    assert scores == [by_fold[k] for k in sorted(by_fold)]


def test_f1_of_counts() -> None:
    assert f1_of((2, 1, 1)) == pytest.approx(2 / 3) and f1_of((0, 3, 2)) == 0.0
