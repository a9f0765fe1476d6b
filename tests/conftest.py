from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extractor import Extractor

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_33411d7ec58272c3.txt"
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def ctx_for():
    """Build an extractor Context for a snippet (for extractor unit tests)."""
    from pipeline.text.context import Context
    from pipeline.text.normalize import normalize
    from pipeline.text.segment import make_nlp

    nlp = make_nlp()
    nlp.add_pipe("pl_morphology")

    def build(text: str) -> Context:
        norm = normalize(text)
        return Context(text=text, norm=norm, doc=nlp(norm))

    return build


@pytest.fixture(scope="session")
def event_of(extractor):
    """The event part of the report extracted from a snippet (for organizer and owner tests)."""
    return lambda text: extractor.extract(text).event


@pytest.fixture()
def rules_only():
    """The hand rules' decisions alone, without the learned models (pipeline/learned/): tests of a rule
    check the rule; the shipped models are measured on real pages and by the corpus floors."""
    from pipeline.learned.recording import recording

    with recording(models=False):
        yield
