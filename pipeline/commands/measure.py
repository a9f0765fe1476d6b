"""`pl-events evaluate | check | review`: measure the extractor and show what it found."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

NerOption = Annotated[str, typer.Option("--ner", help="builtin | spacy:NAME_OR_PATH | stanza | a+b (union)")]
ProfileOption = Annotated[str, typer.Option("--profile", "-p", help="a shipped profile (minimal, eu-project) "
                                                                     "or the path of a profile .json file")]


def _fail(message: str) -> None:
    typer.echo(f"pl-events: error: {message}", err=True)


def _extractor(ner: str):
    from pipeline.extractor import Extractor
    from pipeline.ner.spans import BackendUnavailable

    try:
        return Extractor(ner=ner)
    except BackendUnavailable as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None


def _profile(name: str):
    from pipeline.check import ProfileError, load_profile

    try:
        return load_profile(name)
    except ProfileError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None


def evaluate(
    directory: Annotated[Path, typer.Argument(help="directory with X.gold.json files (and X.txt beside them)")],
    text_dir: Annotated[Path | None, typer.Option("--texts", help="the X.txt files are here, not beside the gold")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object: scores, disagreements, problems")] = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="the table in Markdown (for the README)")] = False,
    show_disagreements: Annotated[bool, typer.Option("--disagreements/--no-disagreements",
                                                     help="list every disagreement before the table")] = True,
    floors: Annotated[Path | None, typer.Option("--floors", help='JSON {"f1": {field: floor}}: exit 1 below a floor')] = None,
    ner: NerOption = "builtin",
    split: Annotated[str | None, typer.Option("--split", help="dev | test: one half of a real-page card set")] = None,
    pages: Annotated[str | None, typer.Option("--pages", help="only these real-page cards: 221-260,003")] = None,
    learned: Annotated[bool, typer.Option("--learned/--rules-only",
                                          help="use the learned part and organizer models (pipeline/learned/)")] = True,
) -> None:
    """Precision, recall and F1 per field against gold files; see docs/evaluation.md for the rules."""
    from pipeline.evaluate_dirs import evaluate_dir, format_table, load_floors

    if not directory.is_dir():
        _fail(f"{directory}: not a directory")
        raise typer.Exit(2)
    limits = {}
    if floors is not None:
        try:
            limits = load_floors(floors)
        except (OSError, ValueError) as exc:
            _fail(f"bad floors file: {exc}")
            raise typer.Exit(2) from None
    if split not in (None, "dev", "test"):
        _fail(f"--split must be dev or test, not {split!r}")
        raise typer.Exit(2)
    try:
        from pipeline.realset import parse_pages

        chosen = parse_pages(pages) if pages is not None else None
        from pipeline.learned.recording import recording

        with recording(models=learned):
            result = evaluate_dir(directory, _extractor(ner), text_dir, split, chosen)
    except ValueError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None
    for note in result.skipped:
        typer.echo(f"pl-events: note: {note}", err=True)
    if not result.documents and not result.problems:
        _fail(f"{directory}: no X.gold.json with its X.txt")
        raise typer.Exit(2)
    failures = result.below(limits)
    if as_json:
        data = result.to_dict()
        if floors is not None:
            data["below_floor"] = failures
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        if show_disagreements and result.disagreements:
            for d in result.disagreements:
                gold = "—" if d.gold is None else d.gold
                pred = "—" if d.predicted is None else d.predicted
                typer.echo(f"{d.doc}\t{d.field}\tgold: {gold}\tpredicted: {pred}")
            typer.echo("")
        typer.echo(format_table(result, markdown=markdown))
        typer.echo(f"\n{len(result.documents)} documents, {len(result.disagreements)} disagreements")
    for p in result.problems:
        _fail(p)
    for f in failures:
        _fail(f"below floor: {f}")
    if failures or result.problems:
        raise typer.Exit(1)


def timex_eval(
    file: Annotated[Path, typer.Argument(help="KPWr TIMEX JSON Lines (id, dct, text, timexes)")],
    show_misses: Annotated[bool, typer.Option("--misses/--no-misses", help="list the day dates not right")] = False,
) -> None:
    """Date recognition and normalisation against TIMEX3 gold, each document read against its creation date.
    Last line: found=… value=… precision=…"""
    from pipeline.timex_eval import evaluate_file

    if not file.is_file():
        _fail(f"{file}: no such file")
        raise typer.Exit(2)
    score = evaluate_file(file, _extractor("builtin"))
    if show_misses:
        for doc, text, gold, got in score.misses:
            typer.echo(f"{doc}\t{text}\tgold: {gold}\tpredicted: {got}")
    r = score.ratios()
    typer.echo(f"{score.gold_days} day-precision DATE expressions, {score.predicted} predicted date mentions")
    typer.echo(f"found={r['found']:.3f} value={r['value']:.3f} precision={r['precision']:.3f}")


def lemma_eval(
    file: Annotated[Path, typer.Argument(help="KPWr NE lemma TSV (gold base, phrase, lemmas, tags, spaces, category)")],
    show_misses: Annotated[int, typer.Option("--misses", help="list this many wrong base forms per kind")] = 0,
) -> None:
    """Case-insensitive accuracy of `base_form` per kind (person, place, organization, other).
    Last line: person=… place=… organization=… other=…"""
    from pipeline.lemma import KINDS, evaluate_file

    if not file.is_file():
        _fail(f"{file}: no such file")
        raise typer.Exit(2)
    score = evaluate_file(file)
    kinds = (*KINDS, "other")
    if show_misses:
        for kind in kinds:
            for k, phrase, gold, got in [m for m in score.misses if m[0] == kind][:show_misses]:
                typer.echo(f"{k}\t{phrase}\tgold: {gold}\tpredicted: {got}")
    typer.echo("  ".join(f"{k}: {score.right[k]}/{score.total[k]}" for k in kinds))
    typer.echo(" ".join(f"{k}={score.accuracy(k):.3f}" for k in kinds))


def check(
    inputs: Annotated[list[Path], typer.Argument(help="report files (.txt); a directory means its *.txt files")],
    profile: ProfileOption = "eu-project",
    fmt: Annotated[str, typer.Option("--format", "-f", help="table | csv | json")] = "table",
    ner: NerOption = "builtin",
) -> None:
    """Which required fields does each report lack? Exit 1 when any report lacks one or cannot be read."""
    from pipeline import check as ck

    if fmt not in ck.FORMATS:
        _fail(f"--format must be one of {', '.join(ck.FORMATS)}, not {fmt!r}")
        raise typer.Exit(2)
    prof = _profile(profile)
    rows = ck.check(ck.process(inputs, _extractor(ner)), prof)
    if fmt == "json":
        typer.echo(ck.to_json(rows, prof))
    elif fmt == "csv":
        sys.stdout.write(ck.to_csv(rows, prof))
    else:
        ck.print_table(rows, prof)
    for r in rows:
        if r.error:
            _fail(f"{r.source}: {r.error}")
    raise typer.Exit(ck.exit_code(rows))


def review(
    inputs: Annotated[list[Path], typer.Argument(help="report files (.txt); a directory means its *.txt files")],
    output: Annotated[Path, typer.Option("-o", "--output", help="the HTML file to write")] = Path("review.html"),
    profile: ProfileOption = "eu-project",
    title: Annotated[str, typer.Option("--title", help="page title")] = "pl-events review",
    ner: NerOption = "builtin",
) -> None:
    """One self-contained HTML page: each report's text with the extracted spans and its record."""
    from pipeline.check import process
    from pipeline.review import write_review

    prof = _profile(profile)
    items = list(process(inputs, _extractor(ner)))
    write_review(items, prof, output, title)
    errors = [i for i in items if i.error is not None]
    for i in errors:
        _fail(f"{i.source}: {i.error.kind}: {i.error.message}")
    typer.echo(f"wrote {output} ({len(items)} reports, {len(errors)} unreadable)", err=True)
    if errors:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("evaluate")(evaluate)
    app.command("timex-eval")(timex_eval)
    app.command("lemma-eval")(lemma_eval)
    app.command("check")(check)
    app.command("review")(review)
