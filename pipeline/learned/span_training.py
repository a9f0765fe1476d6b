"""Training the keep/drop filters of organizations and places, scored as the evaluator scores the field.

Every page of the card set is extracted with the models off (the rules' full lists); each entry the filter
decides gets the label "keep" when the evaluator matches it to the card, else "drop". A policy (drop when
P(keep) < t) is judged by the field's F1 over whole pages: gold entries the rules never found stay false
negatives, entries the filter may not drop (the organizer, ...) stay as they are, so the figure is the
evaluator's F1 and not an accuracy over candidates. Folds group pages by site (`training.fold_of`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import SimpleNamespace

from pipeline.evaluate import _match_organizations, norm
from pipeline.gold import parse_gold
from pipeline.learned.gate import cross_validated_grid
from pipeline.learned.linear import Features, LinearModel, train
from pipeline.learned.recording import Decision
from pipeline.learned.training import _recorded, corpus_records, fold_of
from pipeline.models import Report

TASKS = {"orgs": "organization", "places": "place"}
L2_GRID = (1.0, 3.0, 10.0, 30.0)
THRESHOLD_GRID = tuple(round(0.05 * k, 2) for k in range(1, 13))  # 0.05 ... 0.60


@dataclass(frozen=True)
class Entry:
    name: str
    acronym: str | None
    features: Features | None  #: None: the filter may not drop it (the organizer, a person's organization)
    label: bool  #: the evaluator matches it to the card (in the rules' full list)
    kind: str | None = None  #: a place's kind (the filter may decide only some kinds)


@dataclass(frozen=True)
class SpanPage:
    page: str
    site: str
    task: str  #: "organization" | "place"
    gold: tuple[tuple[str, str | None], ...]  #: the card's (name, acronym) entries
    entries: tuple[Entry, ...]


def true_positives(page: SpanPage, kept: Sequence[Entry]) -> int:
    """Matches of the kept entries with the card, as `pipeline.evaluate` counts them."""
    if page.task == "place":
        return len({norm(g) for g, _ in page.gold} & {norm(e.name) for e in kept})
    gold = SimpleNamespace(organizations=[SimpleNamespace(name=n, acronym=a) for n, a in page.gold])
    report = SimpleNamespace(organizations=[SimpleNamespace(name=e.name, acronym=e.acronym) for e in kept])
    return _match_organizations(page.page, gold, report)[0].tp  # type: ignore[arg-type]


def matched_entries(page: SpanPage, entries: Sequence[Entry]) -> set[int]:
    """Indices of the entries the evaluator pairs with a card entry: for organizations its one-to-one passes
    (equal names, then the card's acronym as a name or acronym), for places the first entry of each name."""
    gold_names = [norm(g) for g, _ in page.gold]
    if page.task == "place":
        first: dict[str, int] = {}
        for i, e in enumerate(entries):
            first.setdefault(norm(e.name), i)
        return {i for n, i in first.items() if n in gold_names}
    used_g: set[int] = set()
    used_p: set[int] = set()
    for i, g in enumerate(gold_names):
        j = next((j for j, e in enumerate(entries) if j not in used_p and norm(e.name) == g), None)
        if j is not None:
            used_g.add(i)
            used_p.add(j)
    for i, (_, acronym) in enumerate(page.gold):
        if i in used_g or not acronym:
            continue
        j = next((j for j, e in enumerate(entries) if j not in used_p
                  and norm(acronym) in (norm(e.name), norm(e.acronym))), None)
        if j is not None:
            used_g.add(i)
            used_p.add(j)
    return used_p


def counts(page: SpanPage, kept: Sequence[Entry]) -> tuple[int, int, int]:
    """(tp, fp, fn) of the field on one page when only `kept` is output."""
    tp = true_positives(page, kept)
    predicted = len({norm(e.name) for e in kept}) if page.task == "place" else len(kept)
    gold = len({norm(g) for g, _ in page.gold}) if page.task == "place" else len(page.gold)
    return tp, predicted - tp, gold - tp


def span_pages(directory: Path, extractor, task: str, split: str | None = "dev",
               pages: frozenset[str] | None = None) -> list[SpanPage]:
    """Every page whose card scores the field, with the rules' entries, their features and labels."""
    return pages_from(_recorded(directory, extractor, split, pages, without_model=True), task)


def corpus_pages(directory: Path, extractor, task: str) -> list[SpanPage]:
    """`span_pages` of the team corpus (`X.txt` with `X.gold.json`), each report its own site: its gold is written
    in another hand than the real-page cards, so a model trained on both learns what the two share."""
    return pages_from(corpus_records(directory, extractor), task)


def only_kinds(pages: Sequence[SpanPage], kinds: frozenset[str] | None) -> list[SpanPage]:
    """The pages with entries of other kinds made undecidable: the filter keeps them as the rules found them."""
    if kinds is None:
        return list(pages)
    return [replace(p, entries=tuple(e if e.kind in kinds else replace(e, features=None) for e in p.entries))
            for p in pages]


def pages_from(records: Iterable[tuple[str, dict, Report, list[Decision]]], task: str) -> list[SpanPage]:
    """`span_pages` from already extracted pages (`training._recorded`, models off)."""
    out = []
    key = "organizations" if task == "organization" else "places"
    for page, card, report, decisions in records:
        if key not in card:
            continue
        gold_card = parse_gold(card, page)
        gold = tuple((o.name, o.acronym) for o in gold_card.organizations) if task == "organization" else tuple(
            (p.name, None) for p in gold_card.places)
        features = {d.key: d.features for d in decisions if d.task == task}
        items = report.organizations if task == "organization" else report.places
        raw = [Entry(i.name, getattr(i, "acronym", None), features.get(i.name), False, getattr(i, "kind", None))
               for i in items]
        shell = SpanPage(page, card.get("site", page), task, gold, tuple(raw))
        matched = matched_entries(shell, raw)
        entries = tuple(Entry(e.name, e.acronym, e.features, i in matched, e.kind) for i, e in enumerate(raw))
        out.append(SpanPage(page, shell.site, task, gold, entries))
    return out


def f1(totals: Iterable[tuple[int, int, int]]) -> float:
    tp = fp = fn = 0
    for a, b, c in totals:
        tp, fp, fn = tp + a, fp + b, fn + c
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def field_f1(pages: Sequence[SpanPage], keep_p: dict[tuple[str, int], float] | None, threshold: float) -> float:
    """The field's F1 when entries with P(keep) < threshold are dropped (`keep_p` by (page, entry index);
    None keeps everything: the rules)."""
    totals = []
    for page in pages:
        kept = [e for i, e in enumerate(page.entries) if e.features is None or keep_p is None
                or keep_p[(page.page, i)] >= threshold]
        totals.append(counts(page, kept))
    return f1(totals)


def train_filter(pages: Sequence[SpanPage], l2: float) -> LinearModel:
    rows = [e for p in pages for e in p.entries if e.features is not None]
    return train([e.features for e in rows], ["keep" if e.label else "drop" for e in rows],  # type: ignore[misc]
                 l2=l2, classes=["drop", "keep"])


def held_out_probabilities(pages: Sequence[SpanPage], l2: float, folds: int = 5,
                           extra: Sequence[SpanPage] = ()) -> dict[tuple[str, int], float]:
    """P(keep) of every decidable entry from the model trained without its site's fold (`extra` pages always in
    training, never scored: the corpus)."""
    out: dict[tuple[str, int], float] = {}
    for k in range(folds):
        held = [p for p in pages if fold_of(p.site, folds) == k]
        kept = [p for p in pages if fold_of(p.site, folds) != k]
        if not held or not kept:
            continue
        model = train_filter([*kept, *extra], l2)
        for p in held:
            for i, e in enumerate(p.entries):
                if e.features is not None:
                    out[(p.page, i)] = model.scores(e.features)["keep"]
    return out


def cross_validate_filter(pages: Sequence[SpanPage], l2s: Sequence[float] = L2_GRID,
                          thresholds: Sequence[float] = THRESHOLD_GRID, folds: int = 5,
                          extra: Sequence[SpanPage] = (), shipped: dict | None = None) -> dict:
    """The rules' F1 and the site-CV F1 of every (l2, threshold); `best` the chosen setting (ties: the lower
    threshold, i.e. fewer drops, then the stronger penalty). `gate` compares the chosen setting, fold by fold,
    with the rules and with `shipped` (the replaced model's l2 and threshold), each with its standard error."""
    rules = field_f1(pages, None, 0.0)
    grid, best, gate = cross_validated_grid(
        pages, l2s, thresholds, folds, lambda l2: held_out_probabilities(pages, l2, folds, extra), field_f1,
        lambda g: (g["cv_f1"], -g["threshold"], g["l2"]), shipped)
    return {"pages": len(pages), "decidable": sum(e.features is not None for p in pages for e in p.entries),
            "rules_f1": round(rules, 4), "grid": grid, "best": best, "gate": gate}
