"""Examples for the learned decisions from real-page gold cards, and site-grouped cross-validation.

An example is one decision the pipeline took on a card's page (via `recording()`), labelled with the
card's value when the card knows the thing decided about (a person matched by name as the evaluator
matches them). Folds group pages by site, so a site's house style never sits on both sides of a
fold: the cross-validated figure is a figure for unseen sites.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.evaluate import norm
from pipeline.learned.gate import Comparison, compare, fold_of
from pipeline.learned.linear import Features, LinearModel, train
from pipeline.learned.organizer import cue_strength
from pipeline.learned.recording import Decision, recording
from pipeline.models import Report
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


def _recorded(directory: Path, extractor, split: str | None, pages: frozenset[str] | None,
              without_model: bool) -> Iterator[tuple[str, dict, Report, list[Decision]]]:
    """(card id, card, report, decisions) for every card of the set whose text is in the cache."""
    from pipeline.ingest.read import read_file

    for text_path, card_path in card_pairs(directory, None, split, pages)[0]:
        card = json.loads(card_path.read_text(encoding="utf-8"))
        with recording(models=not without_model) as decisions:
            report = extractor.extract(read_file(text_path))
        yield card_path.stem, card, report, decisions


def part_examples(directory: Path, extractor, split: str | None = "dev",
                  pages: frozenset[str] | None = None, without_model: bool = True) -> list[Example]:
    """One example per extracted person whose name the card lists with a part."""
    return _part_examples(_recorded(directory, extractor, split, pages, without_model))


def corpus_records(directory: Path, extractor) -> Iterator[tuple[str, dict, Report, list[Decision]]]:
    """(report id, gold, report, decisions) for the team corpus (`X.txt` with `X.gold.json`), each report its own
    site ("corpus:X"), extracted with the models off."""
    from pipeline.evaluate_dirs import find_pairs
    from pipeline.ingest.read import read_file

    for text_path, gold_path in find_pairs(directory)[0]:
        card = {**json.loads(gold_path.read_text(encoding="utf-8")), "site": f"corpus:{text_path.stem}"}
        with recording(models=False) as decisions:
            report = extractor.extract(read_file(text_path))
        yield text_path.stem, card, report, decisions


def corpus_part_examples(directory: Path, extractor) -> list[Example]:
    """Part examples of the team corpus: written in another hand than the cards, with more of the organizer's own
    staff (the cards' lists are mostly participants)."""
    return _part_examples(corpus_records(directory, extractor))


def _part_examples(records: Iterator[tuple[str, dict, Report, list[Decision]]]) -> list[Example]:
    out = []
    for page, card, _report, decisions in records:
        gold = {norm(p["name"]): _gold_part(p.get("part")) for p in card.get("people", [])}
        for d in decisions:
            label = gold.get(norm(d.key)) if d.task == "part" else None
            if label:
                out.append(Example(page, card.get("site", page), d.features, d.rule, label))
    return out


def type_examples(directory: Path, extractor, split: str | None = "dev",
                  pages: frozenset[str] | None = None) -> list[Example]:
    """One example per page whose card gives an event type: the type rules' evidence, labelled with it."""
    out = []
    for page, card, _report, decisions in _recorded(directory, extractor, split, pages, True):
        label = card.get("event_type")
        for d in decisions:
            if d.task == "event_type" and label:
                out.append(Example(page, card.get("site", page), d.features, d.rule, label))
    return out


Trainer = Callable[[Sequence[Features], Sequence[str]], LinearModel]


Predictor = Callable[[LinearModel, Features], tuple[str, float]]


def cross_validate(examples: Sequence[Example], trainer: Trainer, folds: int = 5,
                   predict: Predictor = LinearModel.predict, extra: Sequence[Example] = (),
                   shipped: Trainer | None = None) -> dict:
    """Accuracy of the rules and of the model on held-out sites (each example predicted once); `predict`
    is how the pipeline turns the model's scores into a decision; `extra` examples (the team corpus) are in
    every training fold and never scored. `gate` compares the model fold by fold with the rules and with
    `shipped` (the replaced model's trainer settings), each with its standard error."""
    rule_folds, model_folds, shipped_folds = [], [], []
    right_rule = right_model = 0
    for k in range(folds):
        held = [e for e in examples if fold_of(e.site, folds) == k]
        kept = [e for e in examples if fold_of(e.site, folds) != k] + list(extra)
        if not held or not kept:
            continue
        model = trainer([e.features for e in kept], [e.label for e in kept])
        model_right = sum(predict(model, e.features)[0] == e.label for e in held)
        rule_right = sum(e.rule == e.label for e in held)
        right_model, right_rule = right_model + model_right, right_rule + rule_right
        model_folds.append(model_right / len(held))
        rule_folds.append(rule_right / len(held))
        if shipped is not None:
            old = shipped([e.features for e in kept], [e.label for e in kept])
            shipped_folds.append(sum(predict(old, e.features)[0] == e.label for e in held) / len(held))
    n = len(examples)
    gate = {"rules": compare(model_folds, rule_folds).to_json()}
    if shipped is not None:
        gate["shipped"] = compare(model_folds, shipped_folds).to_json()
    return {"examples": n, "rules": right_rule / n if n else 0.0, "model": right_model / n if n else 0.0,
            "gate": gate}


def default_trainer(l2: float = 1.0, min_count: int = 2) -> Trainer:
    return lambda rows, labels: train(rows, labels, l2=l2, min_count=min_count)


@dataclass(frozen=True)
class Candidate:
    """One named organization of a page, as the organizer or not."""

    page: str
    site: str
    name: str
    features: Features
    picked: bool  #: the rules chose it
    label: bool  #: the card's organizer


@dataclass(frozen=True)
class OrganizerPage:
    page: str
    site: str
    gold: bool  #: the card names an organizer
    rules_right: bool  #: the rules' organizer (named or not) matches the card's
    rules_named: bool  #: the rules gave an organizer
    strength: str  #: how the rules found it (`pipeline.learned.organizer.cue_strength`)
    candidates: tuple[Candidate, ...]


def organizer_pages(directory: Path, extractor, split: str | None = "dev",
                    pages: frozenset[str] | None = None, without_model: bool = True) -> list[OrganizerPage]:
    """Every page with its organizer candidates, labelled from the card (name or acronym, as the evaluator)."""
    out = []
    for page, card, report, decisions in _recorded(directory, extractor, split, pages, without_model):
        aliases: dict[str, str] = {}
        for org in card.get("organizations", []):
            aliases.setdefault(norm(org["name"]), norm(org["name"]))
            if org.get("acronym"):
                aliases.setdefault(norm(org["acronym"]), norm(org["name"]))

        def key(name: str | None, aliases: dict[str, str] = aliases) -> str | None:
            return aliases.get(norm(name), norm(name)) if name else None

        gold = key(card.get("organizer"))
        site = card.get("site", page)
        cands = tuple(Candidate(page, site, d.key, d.features, d.rule == "yes",
                                gold is not None and key(d.key) == gold)
                      for d in decisions if d.task == "organizer")
        out.append(OrganizerPage(page, site, gold is not None,
                                 key(report.event.organizer) == gold, report.event.organizer is not None,
                                 cue_strength(report.event), cands))
    return out


#: Features that carry the rules' own decision (`rule=`, `picked`): left out, a model learns from the evidence
#: alone, and its figures on held-out sites are not inflated by rules written from those very pages.
RULE_FEATURE_PREFIXES = ("rule=", "picked", "not_picked")


def _evidence_only(features: Features) -> Features:
    return {k: v for k, v in features.items() if not k.startswith(RULE_FEATURE_PREFIXES) and "+rule=" not in k}


def strip_rule_features(items: list) -> list:
    """Examples or organizer pages without the rules' decision among their features."""
    out = []
    for item in items:
        if isinstance(item, OrganizerPage):
            cands = tuple(dataclasses.replace(c, features=_evidence_only(c.features)) for c in item.candidates)
            out.append(dataclasses.replace(item, candidates=cands))
        else:
            out.append(dataclasses.replace(item, features=_evidence_only(item.features)))
    return out


def train_organizer(pages: Sequence[OrganizerPage], l2: float = 3.0) -> LinearModel:
    cands = [c for p in pages for c in p.candidates]
    return train([c.features for c in cands], ["yes" if c.label else "no" for c in cands], l2=l2, classes=["no", "yes"])


def organizer_decisions(pages: Sequence[OrganizerPage], scorer: LinearModel, keep: frozenset[str],
                        adopt: float) -> list[tuple[bool, bool, bool]]:
    """(named, right, gold named) per page under the policy of `pipeline.learned.organizer`."""
    out = []
    for p in pages:
        if p.strength in keep:
            out.append((p.rules_named, p.rules_right, p.gold))
            continue
        scored = [(scorer.scores(c.features)["yes"], c) for c in p.candidates]
        best_p, best = max(scored, key=lambda s: s[0], default=(0.0, None))
        if best is None or best_p < adopt:
            out.append((False, not p.gold, p.gold))
        else:
            out.append((True, best.label, p.gold))
    return out


def scalar_f1(decisions: Sequence[tuple[bool, bool, bool]]) -> float:
    """F1 of a scalar field as the evaluator counts it: a wrong name is a false positive and a miss."""
    tp = sum(1 for named, right, gold in decisions if named and right and gold)
    fp = sum(1 for named, right, _ in decisions if named and not right)
    fn = sum(1 for _, right, gold in decisions if gold and not right)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def cross_validate_organizer(pages: Sequence[OrganizerPage], l2: float, keep: frozenset[str], adopt: float,
                             folds: int = 5, shipped: dict | None = None) -> dict:
    """Organizer F1 of the rules and of the policy with held-out sites' models; `gate` compares the policy fold
    by fold with the rules and with `shipped` (the replaced model's l2, keep and adopt)."""
    def run(l2: float, keep: frozenset[str], adopt: float) -> tuple[list, list[float], list[float]]:
        decisions, by_fold, rule_folds = [], [], []
        for k in range(folds):
            held = [p for p in pages if fold_of(p.site, folds) == k]
            kept = [p for p in pages if fold_of(p.site, folds) != k]
            if held and kept:
                fold = organizer_decisions(held, train_organizer(kept, l2), keep, adopt)
                decisions += fold
                by_fold.append(scalar_f1(fold))
                rule_folds.append(scalar_f1([(p.rules_named, p.rules_right, p.gold) for p in held]))
        return decisions, by_fold, rule_folds

    decisions, model_folds, rule_folds = run(l2, keep, adopt)
    rules = [(p.rules_named, p.rules_right, p.gold) for p in pages]
    gate: dict[str, Comparison] = {"rules": compare(model_folds, rule_folds)}
    if shipped and shipped.get("l2") is not None:
        _, old_folds, _ = run(float(shipped["l2"]), frozenset(shipped.get("keep", keep)),
                              float(shipped.get("adopt", adopt)))
        gate["shipped"] = compare(model_folds, old_folds)
    return {"pages": len(pages), "rules": round(scalar_f1(rules), 3), "model": round(scalar_f1(decisions), 3),
            "gate": {k: v.to_json() for k, v in gate.items()}}
