"""Evaluation of a directory: gold files beside their texts (``X.gold.json`` + ``X.txt``) or real-page
cards with cached texts (`pipeline.realset`), scored with `pipeline.evaluate.compare`; floors; the table.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from pipeline.evaluate import EvaluationResult, GoldError, compare, load_gold
from pipeline.realset import card_pairs, is_card_dir

GOLD_SUFFIX = ".gold.json"


def find_pairs(gold_dir: str | Path, text_dir: str | Path | None = None) -> tuple[list[tuple[Path, Path]], list[str], list[str]]:
    """(text, gold) pairs, problems (gold without text), unannotated texts."""
    gold_dir = Path(gold_dir)
    text_dir = Path(text_dir) if text_dir is not None else gold_dir
    pairs, problems = [], []
    for gold_path in sorted(gold_dir.glob(f"*{GOLD_SUFFIX}")):
        stem = gold_path.name[: -len(GOLD_SUFFIX)]
        text_path = text_dir / f"{stem}.txt"
        if not text_path.is_file():
            try:
                named = json.loads(gold_path.read_text(encoding="utf-8")).get("document")
            except (OSError, ValueError, AttributeError):
                named = None
            if named and (text_dir / named).is_file():
                text_path = text_dir / named
            else:
                problems.append(f"{gold_path}: no text {text_path}")
                continue
        pairs.append((text_path, gold_path))
    paired = {t.resolve() for t, _ in pairs}
    unannotated = [str(t) for t in sorted(text_dir.glob("*.txt")) if t.resolve() not in paired]
    return pairs, problems, unannotated


def evaluate_pairs(pairs: Iterable[tuple[Path, Path]], extractor) -> EvaluationResult:
    from pipeline.ingest.decode import InputError
    from pipeline.ingest.read import read_file

    result = EvaluationResult()
    for text_path, gold_path in pairs:
        try:
            gold = load_gold(gold_path)
            report = extractor.extract(read_file(text_path))
        except GoldError as exc:
            result.problems.append(str(exc))
            continue
        except InputError as exc:
            result.problems.append(f"{text_path}: {exc.kind}: {exc.message}")
            continue
        doc = text_path.name[: -len(".txt")] if text_path.name.endswith(".txt") else text_path.name
        scores, disagreements = compare(gold, report, doc)
        result.add(doc, scores, disagreements)
    return result


def evaluate_dir(
    dir: str | Path, extractor, text_dir: str | Path | None = None, split: str | None = None,
    pages: frozenset[str] | None = None,
) -> EvaluationResult:
    """Evaluate every ``X.txt`` that has an ``X.gold.json`` (gold in `dir`, texts in `text_dir` or `dir`),
    or, for a directory of real-page cards (``NNN.json``), every card whose text is in the cache."""
    dir = Path(dir)
    skipped: list[str] = []
    if is_card_dir(dir):
        pairs, skipped, problems = card_pairs(dir, Path(text_dir) if text_dir else None, split, pages)
        unannotated: list[str] = []
    else:
        if split is not None or pages is not None:
            raise ValueError(f"{dir}: --split and --pages need a directory of real-page cards (NNN.json)")
        pairs, problems, unannotated = find_pairs(dir, text_dir)
    result = evaluate_pairs(pairs, extractor)
    result.problems[:0] = problems
    result.unannotated = unannotated
    result.skipped = skipped
    return result


def load_floors(path: str | Path) -> dict[str, float]:
    """Floors file: ``{"f1": {"field": 0.85, ...}}`` (other top-level keys are comments)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    floors = data.get("f1") if isinstance(data, dict) else None
    if not isinstance(floors, dict) or not all(isinstance(v, int | float) for v in floors.values()):
        raise ValueError(f"{path}: expected {{\"f1\": {{field: number}}}}")
    return {k: float(v) for k, v in floors.items()}


def format_table(result: EvaluationResult, markdown: bool = False) -> str:
    """A plain-text (or Markdown) table: one row per field."""
    head = ("field", "P", "R", "F1", "TP", "FP", "FN")
    f = lambda x: "-" if x is None else f"{x:.3f}"  # noqa: E731
    rows = [(n, f(s.precision), f(s.recall), f(s.f1), str(s.tp), str(s.fp), str(s.fn))
            for n, s in result.fields.items()]
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] + ["---:"] * 6) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    fmt = lambda r: "  ".join(c.ljust(widths[0]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r))  # noqa: E731
    return "\n".join([fmt(head), fmt(tuple("-" * w for w in widths)), *(fmt(r) for r in rows)])
