"""`pl-events batch | table | load`: many inputs to JSON Lines, then to tables and databases."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

NerOption = Annotated[str, typer.Option("--ner", help="builtin | spacy:NAME_OR_PATH | stanza | a+b (union)")]


def _fail(message: str) -> None:
    typer.echo(f"pl-events: error: {message}", err=True)


def register(app: typer.Typer) -> None:
    @app.command()
    def batch(
        inputs: Annotated[list[str], typer.Argument(
            help="files, directories (recursive), glob patterns, .zip/.tar(.gz) archives, or - for stdin")],
        output: Annotated[Path, typer.Option("-o", "--output", help="the JSON Lines file to write")],
        jobs: Annotated[int, typer.Option("-j", "--jobs", help="worker processes (0: extract in this process)")] = 1,
        resume: Annotated[bool, typer.Option("--resume", help="keep the output and skip inputs already in it")] = False,
        engine: Annotated[str, typer.Option("--engine", help="local | dask")] = "local",
        scheduler: Annotated[str | None, typer.Option(
            "--scheduler", help="Dask scheduler address (tcp://host:8786); none: a local Dask cluster of -j workers")
        ] = None,
        timeout: Annotated[float, typer.Option(
            "--timeout", help="seconds one input may take before it is stopped (local engine)")] = 120.0,
        shard_size: Annotated[int, typer.Option("--shard-size", help="inputs per Dask task")] = 32,
        ner: NerOption = "builtin",
        reference_date: Annotated[str | None, typer.Option(
            "--reference-date", help="YYYY-MM-DD for relative and year-less dates (default: each page's own date)")
        ] = None,
    ) -> None:
        """One JSON line per input (a report or an error record); exit 1 when any input failed."""
        from pipeline.batch import BatchError, run_batch
        from pipeline.ner.spans import BackendUnavailable

        if engine not in ("local", "dask"):
            _fail(f"unknown engine {engine!r}: local or dask")
            raise typer.Exit(2)
        if scheduler and engine != "dask":
            _fail("--scheduler needs --engine dask")
            raise typer.Exit(2)
        if jobs < 0:
            _fail("-j must be 0 or more")
            raise typer.Exit(2)
        from pipeline.extract.reference import parse_reference

        try:
            reference = parse_reference(reference_date)
        except ValueError as exc:
            _fail(str(exc))
            raise typer.Exit(2) from None
        try:
            summary = run_batch(
                inputs, output, jobs=jobs, resume=resume, engine=engine,  # type: ignore[arg-type]
                scheduler=scheduler, ner=ner, timeout=timeout if timeout > 0 else None, shard_size=shard_size,
                reference_date=reference.isoformat() if reference else None,
            )
        except (BatchError, BackendUnavailable) as exc:
            _fail(str(exc))
            raise typer.Exit(2) from None
        except OSError as exc:
            _fail(f"{output}: {exc.strerror or exc}")
            raise typer.Exit(2) from None
        typer.echo(f"{output}: {summary.total} inputs: {summary.describe()}", err=True)
        if summary.failed:
            raise typer.Exit(1)

    @app.command()
    def table(
        jsonl: Annotated[Path, typer.Argument(help="JSON Lines written by `pl-events batch`")],
        to: Annotated[Path, typer.Option("--to", help="directory for the tables")],
        fmt: Annotated[str, typer.Option("--format", help="parquet | csv")] = "parquet",
    ) -> None:
        """One table per kind (reports, people, roles, organizations, places, dates, attendance, errors)."""
        from pipeline.export.tables import write_tables

        if fmt not in ("parquet", "csv"):
            _fail(f"unknown format {fmt!r}: parquet or csv")
            raise typer.Exit(2)
        if not jsonl.is_file():
            _fail(f"{jsonl}: no such file")
            raise typer.Exit(2)
        try:
            written = write_tables(jsonl, to, fmt=fmt)  # type: ignore[arg-type]
        except ValueError as exc:
            _fail(str(exc))
            raise typer.Exit(1) from None
        for name, (path, rows) in written.items():
            typer.echo(f"{name}\t{rows}\t{path}", err=True)

    @app.command()
    def load(
        jsonl: Annotated[Path, typer.Argument(help="JSON Lines written by `pl-events batch`")],
        db: Annotated[str, typer.Option(
            "--db", help="SQLAlchemy URL: sqlite:///out.db (default) or postgresql+psycopg://user@host/db")
        ] = "sqlite:///out.db",
        chunk_size: Annotated[int, typer.Option("--chunk-size", help="records per transaction")] = 100,
    ) -> None:
        """Load records into normalized SQL tables; loading the same records again changes nothing."""
        from sqlalchemy.exc import SQLAlchemyError

        from pipeline.export.database import load_jsonl

        if not jsonl.is_file():
            _fail(f"{jsonl}: no such file")
            raise typer.Exit(2)
        try:
            summary = load_jsonl(jsonl, db, chunk_size=chunk_size)
        except (ValueError, SQLAlchemyError, ImportError) as exc:
            _fail(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
            raise typer.Exit(1) from None
        typer.echo(f"{db.split('@')[-1]}: {summary.describe()}", err=True)
