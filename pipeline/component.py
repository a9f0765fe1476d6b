"""The extraction as a spaCy component: `nlp.add_pipe("pl_event_report")`, results on `doc._.report`.

It needs tokens with morfeusz2 analyses: put "pl_morphology" before it (our
`make_pipeline()` does), or it runs the morphology itself on an unanalysed Doc.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.reference import choose_reference
from pipeline.ingest.decode import Document, document_from_text
from pipeline.ner.base import resolve_backend
from pipeline.ner.spans import NerBackend
from pipeline.resolve import build_report
from pipeline.text.context import Context
from pipeline.text.morphology import pl_morphology
from pipeline.text.normalize import normalize
from pipeline.text.segment import pl_sentences

for _name, _default in (("report", None), ("document", None), ("source_text", None), ("reference_date", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


class EventReportComponent:
    """Runs NER backends and extractors over a Doc and stores a validated `Report`."""

    def __init__(self, nlp: Language, name: str, ner: str) -> None:
        self.name = name
        self.ner_spec = ner
        self._backend: NerBackend | None = None

    @property
    def backend(self) -> NerBackend:
        if self._backend is None:
            self._backend = resolve_backend(self.ner_spec)
        return self._backend

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("SENT_START"):
            doc = pl_sentences(doc)
        if len(doc) and not any(t._.morf for t in doc[:20]):
            doc = pl_morphology(doc)
        original = doc._.source_text if doc._.source_text is not None else doc.text
        document: Document = doc._.document or document_from_text(original)
        ctx = Context(text=original, norm=normalize(original), doc=doc)
        ctx.reference = choose_reference(doc._.reference_date, ctx.layout, document.source, document.metadata_date)
        spans = self.backend.find(ctx)
        doc._.report = build_report(ctx, document, spans)
        return doc


@Language.factory("pl_event_report", default_config={"ner": "builtin"})
def make_event_report(nlp: Language, name: str, ner: str) -> EventReportComponent:
    return EventReportComponent(nlp, name, ner)
