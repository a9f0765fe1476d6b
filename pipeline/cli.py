"""`pl-events`: thin typer commands over the library.

Each command imports what it needs when it runs: `pl-events --help` loads neither spaCy nor pydantic."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from pipeline.ingest.decode import InputError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Polish event reports -> structured records.")

NerOption = Annotated[str, typer.Option("--ner", help="builtin | spacy:NAME_OR_PATH | stanza | a+b (union)")]
ReferenceOption = Annotated[str | None, typer.Option(
    "--reference-date", help="YYYY-MM-DD: resolve 'wczoraj', 'w sobotę', '14 lutego' against this date "
                             "(default: the page's publication date, a date in the path, or metadata)")]


def fail(message: str) -> None:
    typer.echo(f"pl-events: error: {message}", err=True)


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="report files (.txt, .html; .docx, .odt, .rtf, .doc, .pdf, .eml, .msg with the docs extra)")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="write here instead of stdout")] = None,
    ner: NerOption = "builtin",
    reference_date: ReferenceOption = None,
) -> None:
    """JSON for one file, JSON Lines for several; bad inputs give an error record and exit 1."""
    from pipeline.export.jsonl import to_json, to_line
    from pipeline.extract.reference import parse_reference
    from pipeline.extractor import Extractor
    from pipeline.heap import settle_heap
    from pipeline.ingest.read import error_record, read_file
    from pipeline.ner.spans import BackendUnavailable

    try:
        reference = parse_reference(reference_date)
    except ValueError as exc:
        fail(str(exc))
        raise typer.Exit(2) from None
    try:
        extractor = Extractor(ner=ner)
    except BackendUnavailable as exc:
        fail(str(exc))
        raise typer.Exit(2) from None
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    failed = 0
    try:
        for i, path in enumerate(files):
            if i == 1:
                settle_heap()  # the first extraction has loaded the lexicons: freeze them for the rest
            try:
                record = extractor.extract(read_file(path), reference_date=reference)
            except InputError as exc:
                fail(f"{path}: {exc.kind}: {exc.message}")
                record = error_record(str(path), exc)
                failed += 1
            except Exception as exc:  # noqa: BLE001 - a bug on one input is its error record, as in `batch`
                internal = InputError("internal", f"{type(exc).__name__}: {exc}"[:2000])
                fail(f"{path}: internal: {internal.message}")
                record = error_record(str(path), internal)
                failed += 1
            out.write(to_json(record) + "\n" if len(files) == 1 else to_line(record))
    finally:
        if output:
            out.close()
    if failed:
        raise typer.Exit(1)


@app.command()
def segment(file: Annotated[Path, typer.Argument(help="a text file")]) -> None:
    """One sentence per line: start, end and the sentence (offsets into the decoded text)."""
    from pipeline.ingest.read import read_file
    from pipeline.text.segment import sentences

    try:
        document = read_file(file)
    except InputError as exc:
        fail(f"{file}: {exc.kind}: {exc.message}")
        raise typer.Exit(1) from None
    for start, end, text in sentences(document.norm):
        typer.echo(f"{start}\t{end}\t{document.text[start:end].replace(chr(10), ' ')}")
        del text


@app.command()
def schema() -> None:
    """Print the JSON Schema of a report record."""
    from pipeline.models import Report

    typer.echo(json.dumps(Report.model_json_schema(), ensure_ascii=False, indent=2))


#: Command groups living in their own modules; each has `register(app)`.
COMMAND_MODULES = ("pipeline.commands.archives", "pipeline.commands.measure", "pipeline.commands.ner",
                   "pipeline.commands.learn")


def _register_commands() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(app)


_register_commands()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
