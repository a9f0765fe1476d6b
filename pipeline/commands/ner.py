"""`pl-events ner-eval`: score any NER backend on the PolEval 2018 Task 2 format."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

#: Our coarse labels in PolEval's scheme, for backends that only know PER/ORG/LOC.
COARSE_TO_POLEVAL = {"PER": "persName", "ORG": "orgName", "LOC": "placeName_settlement"}


def predict_backend(spec: str, docs) -> dict[str, list]:
    """Predictions of one of our backends (builtin, spacy:..., stanza, unions) in PolEval form."""
    from pipeline.extractor import make_pipeline
    from pipeline.ner.base import resolve_backend
    from pipeline.text.context import Context
    from pipeline.text.normalize import normalize

    if spec.startswith("spacy:") and "+" not in spec:
        from pipeline.ner.poleval import predict_spacy
        from pipeline.ner.spacy_backend import load_model

        return predict_spacy(load_model(spec.partition(":")[2]), docs)
    backend = resolve_backend(spec)
    nlp = make_pipeline(spec)
    out: dict[str, list] = {}
    for d in docs:
        norm = normalize(d.text)
        doc = nlp.make_doc(norm)
        for name, proc in nlp.pipeline:
            if name != "pl_event_report":
                doc = proc(doc)
        spans = backend.find(Context(text=d.text, norm=norm, doc=doc))
        out[d.doc_id] = [(COARSE_TO_POLEVAL[s.label], [(s.start, s.end)]) for s in spans]
    return out


def register(app: typer.Typer) -> None:
    @app.command("ner-eval")
    def ner_eval(
        file: Annotated[Path, typer.Argument(help="PolEval 2018 JSONL(.gz) with gold entities")],
        limit: Annotated[int | None, typer.Option("--limit", help="first N documents only")] = None,
        ner: Annotated[str, typer.Option("--ner", help="backend to score")] = "spacy:pl_events_ner",
        official: Annotated[
            bool,
            typer.Option(
                "--official",
                help="score like the published PolEval 2018 scorer: single-version documents only, "
                "case-sensitive labels, fragments split, touching spans overlap, no one-to-one matching",
            ),
        ] = False,
    ) -> None:
        """Exact F1, overlap F1 and the PolEval final score (0.8 × overlap + 0.2 × exact)."""
        from pipeline.ner.poleval import load_poleval, score
        from pipeline.ner.poleval_official import score_official
        from pipeline.ner.spans import BackendUnavailable

        if not file.is_file():
            typer.echo(f"pl-events: error: {file}: not_found: no such file", err=True)
            raise typer.Exit(1)
        # official: gold labels keep their spelling (the published scorer compares them verbatim)
        docs = list(load_poleval(file, limit=limit, raw_labels=official))
        try:
            predicted = predict_backend(ner, docs)
        except BackendUnavailable as exc:
            typer.echo(f"pl-events: error: {exc}", err=True)
            raise typer.Exit(2) from None
        result = score_official(docs, predicted) if official else score(docs, predicted)
        typer.echo(result.table())
        typer.echo(f"final={result.final:.3f} overlap={result.overlap_f1:.3f} exact={result.exact_f1:.3f}")
