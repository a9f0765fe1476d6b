"""Examples for the learned decisions from real-page gold cards, and site-grouped cross-validation.

An example is one decision the pipeline took on a card's page (via `recording()`), labelled with the
card's value when the card knows the thing decided about (a person matched by name as the evaluator
matches them). Folds group pages by site, so a site's house style never sits on both sides of a
fold: the cross-validated figure is a figure for unseen sites.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.evaluate import norm
from pipeline.learned.linear import Features, LinearModel, train
from pipeline.learned.recording import recording
from pipeline.realset import card_pairs


@dataclass(frozen=True)
class Example:
    page: str
    site: str
    features: Features
    rule: str
    label: str


def _gold_part(value: str | None) -> str | None:
    return "organizer_staff" if value == "staff" else value


def part_examples(directory: Path, extractor, split: str | None = "dev",
                  pages: frozenset[str] | None = None) -> list[Example]:
    """One example per extracted person whose name the card lists with a part."""
    from pipeline.ingest.read import read_file

    pairs, _skipped, _problems = card_pairs(directory, None, split, pages)
    out = []
    for text_path, card_path in pairs:
        card = json.loads(card_path.read_text(encoding="utf-8"))
        gold = {norm(p["name"]): _gold_part(p.get("part")) for p in card.get("people", [])}
        with recording() as decisions:
            extractor.extract(read_file(text_path))
        for d in decisions:
            label = gold.get(norm(d.key)) if d.task == "part" else None
            if label:
                out.append(Example(card_path.stem, card.get("site", card_path.stem), d.features, d.rule, label))
    return out


def fold_of(site: str, folds: int) -> int:
    return int(hashlib.sha1(site.encode("utf-8")).hexdigest(), 16) % folds


Trainer = Callable[[Sequence[Features], Sequence[str]], LinearModel]


def cross_validate(examples: Sequence[Example], trainer: Trainer, folds: int = 5) -> dict[str, float]:
    """Accuracy of the rules and of the model on held-out sites (each example predicted once)."""
    right_rule = right_model = 0
    for k in range(folds):
        held = [e for e in examples if fold_of(e.site, folds) == k]
        kept = [e for e in examples if fold_of(e.site, folds) != k]
        if not held or not kept:
            continue
        model = trainer([e.features for e in kept], [e.label for e in kept])
        right_model += sum(model.predict(e.features)[0] == e.label for e in held)
        right_rule += sum(e.rule == e.label for e in held)
    n = len(examples)
    return {"examples": n, "rules": right_rule / n if n else 0.0, "model": right_model / n if n else 0.0}


def default_trainer(l2: float = 1.0, min_count: int = 2) -> Trainer:
    return lambda rows, labels: train(rows, labels, l2=l2, min_count=min_count)
