"""Every corpus report yields one valid record whose mentions index the decoded text exactly."""

from __future__ import annotations

import pytest

from pipeline.ingest.read import read_file
from tests.conftest import CORPUS
from tests.test_seed import _mentions

REPORTS = sorted(CORPUS.glob("*.txt"))


def test_corpus_is_big_enough():
    assert len(REPORTS) >= 60
    assert all(p.with_suffix("").with_suffix(".gold.json").exists() or p.with_name(p.stem + ".gold.json").exists()
               for p in REPORTS)


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_offsets_invariant(extractor, path):
    document = read_file(path)
    report = extractor.extract(document)
    assert report.document.chars == len(document.text)
    for m in _mentions(report):
        assert document.text[m.start:m.end] == m.text
        assert 0 <= m.confidence <= 1 and m.extractor
