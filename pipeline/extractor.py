"""The public API: `Extractor` loads once and extracts many; `extract` is the one-off shortcut."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from spacy.language import Language

import pipeline.component  # noqa: F401  (registers the factory)
import pipeline.regex_cache
import pipeline.text.morphology  # noqa: F401  (registers the component)
from pipeline.extract.reference import parse_reference
from pipeline.ingest.decode import MAX_BYTES, Document, document_from_text
from pipeline.models import Report
from pipeline.text.segment import make_nlp


def make_pipeline(ner: str = "builtin") -> Language:
    """Tokenizer + sentences + morfeusz2 morphology + the event-report component."""
    nlp = make_nlp()
    nlp.max_length = 4 * MAX_BYTES  # no parser here: long inputs are bounded by the ingest limit instead
    nlp.add_pipe("pl_morphology")
    nlp.add_pipe("pl_event_report", config={"ner": ner})
    return nlp


class Extractor:
    """Holds the spaCy pipeline and the NER backend; reuse one instance for many reports."""

    def __init__(self, ner: str = "builtin") -> None:
        self.ner = ner
        self.nlp = make_pipeline(ner)
        self.backend = self.nlp.get_pipe("pl_event_report").backend  # fail early on a missing model
        pipeline.regex_cache.save()  # only when this start-up compiled patterns the cache did not have

    def _doc(self, document: Document, reference_date: dt.date | None = None):
        doc = self.nlp.make_doc(document.norm)
        doc._.source_text = document.text
        doc._.document = document
        doc._.reference_date = reference_date
        return doc

    def extract(
        self,
        text: str | Document,
        doc_id: str | None = None,
        source: str | None = None,
        reference_date: dt.date | str | None = None,
    ) -> Report:
        """One report. `reference_date` (a date or ISO string) anchors relative and year-less dates;
        without it the page's publication date, a date in `source`, or the file's metadata is used."""
        document = text if isinstance(text, Document) else document_from_text(text, doc_id, source)
        doc = self._doc(document, parse_reference(reference_date))
        for _name, proc in self.nlp.pipeline:
            doc = proc(doc)
        return doc._.report

    def pipe(
        self, texts: Iterable[str | Document], batch_size: int = 16, reference_date: dt.date | str | None = None
    ) -> Iterator[Report]:
        """Stream reports; memory stays flat however many texts come in."""
        reference = parse_reference(reference_date)
        documents = (t if isinstance(t, Document) else document_from_text(t) for t in texts)
        docs = (self._doc(d, reference) for d in documents)
        for doc in self.nlp.pipe(docs, batch_size=batch_size):
            yield doc._.report


_DEFAULT: dict[str, Extractor] = {}


def extract(
    text: str, doc_id: str | None = None, ner: str = "builtin", reference_date: dt.date | str | None = None
) -> Report:
    """Extract one report with a cached default `Extractor`."""
    if ner not in _DEFAULT:
        _DEFAULT[ner] = Extractor(ner=ner)
    return _DEFAULT[ner].extract(text, doc_id=doc_id, reference_date=reference_date)
