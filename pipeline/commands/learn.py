"""`pl-events train`: fit a learned decision on real-page gold cards and write its model file."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

TASKS = ("parts", "organizer", "event-type", "orgs", "places", "roles", "affiliations", "place-candidates",
         "org-extents")


def _page_ids(pages: str | None) -> frozenset[str] | None:
    """'001-724,750' -> the card ids (as `pl-events evaluate --pages` reads them)."""
    if not pages:
        return None
    from pipeline.realset import parse_pages

    return parse_pages(pages)


def register(app: typer.Typer) -> None:
    @app.command("train")
    def train_command(
        task: Annotated[str, typer.Argument(
            help="parts | organizer | event-type | orgs | places | roles | affiliations | place-candidates | "
                 "org-extents")],
        directory: Annotated[Path, typer.Argument(help="a real-page card set (eval/real)")],
        output: Annotated[Path | None, typer.Option("-o", "--output", help="write the model file here")] = None,
        split: Annotated[str, typer.Option("--split", help="the half to train on (never test)")] = "dev",
        l2: Annotated[float | None, typer.Option("--l2", help="L2 penalty (orgs/places/roles: tried on a grid if not given)")] = None,
        threshold: Annotated[float | None, typer.Option(
            "--threshold", help="orgs/places/roles: drop below this P(keep) (tried on a grid if not given)")] = None,
        folds: Annotated[int, typer.Option("--cv", help="site-grouped folds to report (0: none)")] = 5,
        rule_features: Annotated[bool, typer.Option("--rule-features/--no-rule-features",
                                                    help="let the model read the rules' own decision")] = False,
        keep: Annotated[str, typer.Option("--keep", help="organizer: the rules' cue strengths that stand")] = "strong",
        adopt: Annotated[float, typer.Option("--adopt", help="organizer: least probability to name one")] = 0.4,
        pages: Annotated[str | None, typer.Option("--pages", help="only these cards of the half: 001-724")] = None,
        kinds: Annotated[str | None, typer.Option("--kinds", help="places: decide only these kinds (region,venue)")] = None,
        corpus: Annotated[Path | None, typer.Option(
            "--corpus", help="places/orgs/parts: also train on this gold corpus (X.txt + X.gold.json; never scored)")] = None,
        force: Annotated[bool, typer.Option(
            "--force", help="overwrite an existing model file even when the new one does not clear the gate")] = False,
    ) -> None:
        """Train on one half of a card set (dev); print site-grouped cross-validation; write the model."""
        from pipeline.commands.measure import _extractor, _fail
        from pipeline.learned import training as tr

        if task not in TASKS:
            _fail(f"task must be one of {', '.join(TASKS)}, not {task!r}")
            raise typer.Exit(2)
        if split == "test":
            _fail("the test half is for measuring only; train on dev")
            raise typer.Exit(2)
        if not directory.is_dir():
            _fail(f"{directory}: not a directory")
            raise typer.Exit(2)
        extractor = _extractor("builtin")
        chosen = _page_ids(pages)
        shipped = _shipped_settings(output)
        if task in ("orgs", "places"):
            only = frozenset(k for k in kinds.split(",") if k) if kinds and task == "places" else None
            _train_filter(task, directory, extractor, split, chosen, l2, threshold, folds, output, only, corpus,
                          shipped, force)
            return
        if task == "place-candidates":
            _train_candidates(directory, extractor, split, chosen, l2, threshold, folds, output, corpus, shipped, force)
            return
        if task == "roles":
            _train_roles(directory, extractor, split, chosen, l2, threshold, folds, output, shipped, force)
            return
        if task == "affiliations":
            _train_affiliations(directory, extractor, split, chosen, l2, threshold, folds, output, corpus, shipped, force)
            return
        if task == "org-extents":
            _train_org_extents(directory, extractor, split, chosen, l2, threshold, folds, output, shipped, force)
            return
        l2 = 3.0 if l2 is None else l2
        result: dict = {}
        old_trainer = tr.default_trainer(float(shipped["l2"])) if shipped and "l2" in shipped else None
        if task == "parts":
            examples = tr.part_examples(directory, extractor, split, chosen, without_model=True)
            extra = tr.corpus_part_examples(corpus, extractor) if corpus else []
            if not rule_features:
                examples, extra = tr.strip_rule_features(examples), tr.strip_rule_features(extra)
            if folds:
                result = tr.cross_validate(examples, tr.default_trainer(l2), folds, extra=extra, shipped=old_trainer)
            rows = [*examples, *extra]
            data = tr.default_trainer(l2)([e.features for e in rows], [e.label for e in rows]).to_json()
        elif task == "event-type":
            from pipeline.learned.event_types import predict_allowed

            examples = tr.type_examples(directory, extractor, split, chosen)
            examples = tr.strip_rule_features(examples) if not rule_features else examples
            if folds:
                result = tr.cross_validate(examples, tr.default_trainer(l2), folds, predict_allowed,
                                           shipped=old_trainer)
            data = tr.default_trainer(l2)([e.features for e in examples], [e.label for e in examples]).to_json()
        else:
            cards = tr.organizer_pages(directory, extractor, split, chosen, without_model=True)
            cards = tr.strip_rule_features(cards) if not rule_features else cards
            strengths = frozenset(s for s in keep.split(",") if s)
            if folds:
                result = tr.cross_validate_organizer(cards, l2, strengths, adopt, folds, shipped)
            data = {**tr.train_organizer(cards, l2).to_json(), "keep": sorted(strengths), "adopt": adopt}
        if result:
            typer.echo(json.dumps(result))
        data["l2"] = l2
        data["trained_on"] = f"{directory.name} {split}" + (f" + {corpus.name}" if corpus and task == "parts" else "")
        settings = {"l2": l2} if task != "organizer" else {"l2": l2, "keep": sorted(strengths), "adopt": adopt}
        _gate_and_write(data, output, result.get("gate", {}), shipped, settings, force)


def _fit_keep_drop(grids: tuple[Sequence[float], Sequence[float]], l2: float | None, threshold: float | None,
                   folds: int, cross_validate: Callable[[Sequence[float], Sequence[float]], dict],
                   header: Callable[[dict], str], fit: Callable[[float], Any], output: Path | None,
                   shipped: dict | None, force: bool, trained_on: str,
                   more: Callable[[dict, dict], None] | None = None,
                   data_of: Callable[[dict], dict] | None = None) -> None:
    """What every keep/drop trainer does: the (l2, threshold) grid by site-CV (or the given setting), the gate, the
    model fitted on all pages with the chosen setting, written only through the gate. `more` prints a trainer's
    own lines after the grid; `data_of` adds its own keys to the model file."""
    l2s = grids[0] if l2 is None else (l2,)
    thresholds = grids[1] if threshold is None else (threshold,)
    best = {"l2": l2s[0], "threshold": thresholds[0]}
    result: dict = {}
    if folds:
        result = cross_validate(l2s, thresholds)
        best = _report_grid(header(result), result, best)
        if more is not None:
            more(result, best)
        best = _keep_shipped_setting(best, result, shipped, force)
    data = {**fit(best["l2"]).to_json(), "threshold": best["threshold"], "l2": best["l2"], "trained_on": trained_on,
            **(data_of(best) if data_of else {})}
    settings = {"l2": best["l2"], "threshold": best["threshold"]}
    _gate_and_write(data, output, result.get("gate", {}), shipped, settings, force)


def _trained_on(directory: Path, split: str, corpus: Path | None) -> str:
    return f"{directory.name} {split}" + (f" + {corpus.name}" if corpus else "")


def _train_filter(task: str, directory: Path, extractor, split: str, chosen: frozenset[str] | None,
                  l2: float | None, threshold: float | None, folds: int, output: Path | None,
                  kinds: frozenset[str] | None = None, corpus: Path | None = None, shipped: dict | None = None,
                  force: bool = False) -> None:
    """Organizations or places kept or dropped: the rules' F1, the site-CV grid, the gate, the model file."""
    from pipeline.learned import span_training as st

    pages = st.only_kinds(st.span_pages(directory, extractor, st.TASKS[task], split, chosen), kinds)
    extra = st.only_kinds(st.corpus_pages(corpus, extractor, st.TASKS[task]), kinds) if corpus else []
    _fit_keep_drop(
        (st.L2_GRID, st.THRESHOLD_GRID), l2, threshold, folds,
        lambda l2s, ts: st.cross_validate_filter(pages, l2s, ts, folds, extra, shipped),
        lambda r: f"{task}: {r['pages']} pages, {r['decidable']} entries to decide; rules F1 {r['rules_f1']}",
        lambda l2: st.train_filter([*pages, *extra], l2), output, shipped, force, _trained_on(directory, split, corpus),
        data_of=lambda _best: {"kinds": sorted(kinds)} if kinds else {})


def _train_roles(directory: Path, extractor, split: str, chosen: frozenset[str] | None, l2: float | None,
                 threshold: float | None, folds: int, output: Path | None, shipped: dict | None = None,
                 force: bool = False) -> None:
    """Titles kept or dropped per extent group: the rules' roles F1, the site-CV grid, the gate, the model file."""
    from pipeline.learned import role_training as rt

    pages = rt.role_pages(directory, extractor, split, chosen)
    _fit_keep_drop(
        (rt.L2_GRID, rt.THRESHOLD_GRID), l2, threshold, folds,
        lambda l2s, ts: rt.cross_validate_roles(pages, l2s, ts, folds, shipped),
        lambda r: (f"roles: {r['pages']} pages, {r['candidates']} candidates; card pairs {r['gold']}, {r['reachable']} "
                   f"among the candidates; rules F1 {r['rules_f1']} (tp/fp/fn {r['rules_counts']})"),
        lambda l2: rt.train_roles(pages, l2), output, shipped, force, _trained_on(directory, split, None))


def _train_affiliations(directory: Path, extractor, split: str, chosen: frozenset[str] | None, l2: float | None,
                        threshold: float | None, folds: int, output: Path | None, corpus: Path | None,
                        shipped: dict | None = None, force: bool = False) -> None:
    """A person's organization: the rules' role_organizations F1, the site-CV grid (with a second threshold for
    organizations the rules did not attach), the gate, the model file."""
    from pipeline.learned import affiliation_training as at

    pages = at.affiliation_pages(directory, extractor, split, chosen)
    extra = at.corpus_pages(corpus, extractor) if corpus else []

    def more(result: dict, best: dict) -> None:
        for row in result["grid"]:
            typer.echo(f"  l2 {row['l2']:g} threshold {row['threshold']:.2f} new {row['new_threshold']:.2f}: site-CV F1 "
                       f"{row['cv_f1']}; per-fold F1 - rules {row['fold_diff']:+.4f} (standard error {row['fold_se']:.4f})")
        typer.echo(f"chosen new-organization threshold {best.get('new_threshold', '-')}")

    _fit_keep_drop(
        (at.L2_GRID, at.THRESHOLD_GRID), l2, threshold, folds,
        lambda l2s, ts: at.cross_validate_affiliations(pages, l2s, ts, folds, extra),
        lambda r: (f"affiliations: {r['pages']} pages, {r['candidates']} candidates; card pairs {r['gold']}, "
                   f"{r['reachable']} among the candidates; rules F1 {r['rules_f1']} (tp/fp/fn {r['rules_counts']})"),
        lambda l2: at.train_affiliations([*pages, *extra], l2), output, shipped, force,
        _trained_on(directory, split, corpus), more=more,
        data_of=lambda best: {"new_threshold": best.get("new_threshold", best["threshold"])})


def _train_candidates(directory: Path, extractor, split: str, chosen: frozenset[str] | None, l2: float | None,
                      threshold: float | None, folds: int, output: Path | None, corpus: Path | None = None,
                      shipped: dict | None = None, force: bool = False) -> None:
    """Places beyond the rules' added: the rules' places F1, the site-CV grid, the gate, the model file (the team
    corpus, when given, only ever in training)."""
    from pipeline.learned import place_candidate_training as pt

    pages = pt.candidate_pages(directory, extractor, split, chosen)
    extra = pt.corpus_candidate_pages(corpus, extractor) if corpus else []
    _fit_keep_drop(
        (pt.L2_GRID, pt.THRESHOLD_GRID), l2, threshold, folds,
        lambda l2s, ts: pt.cross_validate_candidates(pages, l2s, ts, folds, extra, shipped),
        lambda r: (f"place-candidates: {r['pages']} pages, {r['decidable']} candidates ({r['positives']} card places "
                   f"of the {r['missed_by_rules']} the rules miss); rules places F1 {r['rules_f1']}"),
        lambda l2: pt.train_candidates([*pages, *extra], l2), output, shipped, force,
        _trained_on(directory, split, corpus))


def _train_org_extents(directory: Path, extractor, split: str, chosen: frozenset[str] | None, l2: float | None,
                       threshold: float | None, folds: int, output: Path | None, shipped: dict | None = None,
                       force: bool = False) -> None:
    """An organization name's extent: the rules' organizations F1, the site-CV grid (organizer and role
    organizations beside it), the gate; a model that does not beat the rules by one SE is not written at all."""
    from pipeline.commands.measure import _fail
    from pipeline.learned import org_extent_training as ot

    pages = ot.extent_pages(directory, extractor, split, chosen)

    def more(result: dict, _best: dict) -> None:
        for row in result["grid"]:
            typer.echo(f"  l2 {row['l2']:g} threshold {row['threshold']:.2f}: organizer {row['organizer_f1']}, "
                       f"role_organizations {row['role_organizations_f1']}")
        gate = result.get("gate", {})
        for name in ("rules_organizer", "rules_role_organizations"):
            if name in gate:
                typer.echo(gate.pop(name).describe(f"new ({name[6:]})", "rules"))
        if "rules" in gate and not gate["rules"].clears and output is not None and not force:
            typer.echo(gate["rules"].describe("new", "rules"))
            _fail(f"{output}: not written; the model does not beat the rules by one SE (--force to write it anyway)")
            raise typer.Exit(1)

    _fit_keep_drop(
        (ot.L2_GRID, ot.THRESHOLD_GRID), l2, threshold, folds,
        lambda l2s, ts: ot.cross_validate_extents(pages, l2s, ts, folds, shipped),
        lambda r: (f"org-extents: {r['pages']} pages, {r['mentions']} mentions with {r['variants']} variants, "
                   f"{r['fixable']} fixable by a variant; rules F1 {r['rules']}"),
        lambda l2: ot.train_extents(pages, l2), output, shipped, force, _trained_on(directory, split, None), more=more)


def _report_grid(header: str, result: dict, best: dict) -> dict:
    """Print a keep/drop trainer's site-CV grid and the (l2, threshold) it chose; return the choice."""
    typer.echo(header)
    for row in result["grid"]:
        counts = f" (tp/fp/fn {row['counts']})" if "counts" in row else ""
        typer.echo(f"  l2 {row['l2']:g} threshold {row['threshold']:.2f}: site-CV F1 {row['cv_f1']}{counts}")
    best = result["best"] or best
    typer.echo(f"chosen: l2 {best['l2']:g} threshold {best['threshold']:.2f} "
               f"(site-CV F1 {best.get('cv_f1', '-')} vs rules {result['rules_f1']})")
    return best


def _keep_shipped_setting(best: dict, result: dict, shipped: dict | None, force: bool = False) -> dict:
    """The shipped (l2, threshold) stands, retrained on these pages, unless the chosen one beats it by one SE (or
    `force`); the gate then judges the shipped setting against the rules."""
    gate = result.get("gate", {})
    if force or shipped is None or "shipped" not in gate or gate["shipped"].clears:
        return best
    kept = {"l2": float(shipped["l2"]), "threshold": float(shipped["threshold"])}
    typer.echo(gate["shipped"].describe("chosen", "shipped setting"))
    if kept != {"l2": float(best["l2"]), "threshold": float(best["threshold"])}:
        typer.echo(f"keeping the shipped setting: l2 {kept['l2']:g} threshold {kept['threshold']:.2f} "
                   f"(retrained on these pages)")
    gate["shipped"] = None
    gate["rules"] = gate.pop("shipped_rules")
    return kept


def _shipped_settings(output: Path | None) -> dict | None:
    """The settings of the model file a new one would replace (None: no such file, or not a model file)."""
    if output is None or not output.is_file():
        return None
    try:
        data = json.loads(output.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return {k: data[k] for k in ("l2", "threshold", "keep", "adopt") if k in data} if isinstance(data, dict) else None


def _gate_and_write(data: dict, output: Path | None, gate: dict, shipped: dict | None, settings: dict,
                    force: bool) -> None:
    """Print the paired comparisons; replace an existing model file only when the new setting clears one SE
    over the shipped setting (or, with the shipped setting unchanged or unknown, over the rules)."""
    from pipeline.commands.measure import _fail
    from pipeline.learned.gate import Comparison

    comparisons = {k: v if isinstance(v, Comparison) else Comparison(v["mean"], v["se"], v["folds"])
                   for k, v in gate.items() if v is not None and k != "shipped_rules"}
    for name, comparison in comparisons.items():
        typer.echo(comparison.describe("new", "rules" if name == "rules" else "shipped setting"))
    if output is None:
        return
    if output.exists() and comparisons and not force:
        same = shipped is not None and all(shipped.get(k) == v for k, v in settings.items())
        judge = comparisons.get("rules") if same or "shipped" not in comparisons else comparisons["shipped"]
        if judge is not None and not judge.clears:
            _fail(f"{output}: kept; the new model does not clear the gate (--force to replace it anyway)")
            raise typer.Exit(1)
    _write_model(data, output)


def _write_model(data: dict, output: Path | None) -> None:
    if output is not None:
        output.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        typer.echo(f"wrote {output}")
