"""The spaCy adapter on a real spaCy pipeline trained in the test (no mocks, no downloads)."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.training import Example

from pipeline.ner.base import resolve_backend
from pipeline.ner.spans import BackendUnavailable

TRAIN = [
    ("Anna Malinowska przyjechała do Krakowa.", [(0, 15, "persName"), (31, 38, "placeName")]),
    ("Fundacja Wspólna Droga działa w Opolu.", [(0, 22, "orgName"), (32, 37, "placeName")]),
    ("Jan Nowak mieszka w Krakowie.", [(0, 9, "persName"), (20, 28, "placeName")]),
]


@pytest.fixture(scope="module")
def model_path(tmp_path_factory):
    nlp = spacy.blank("pl")
    ner = nlp.add_pipe("ner")
    for _, ents in TRAIN:
        for *_, label in ents:
            ner.add_label(label)
    examples = [Example.from_dict(nlp.make_doc(t), {"entities": e}) for t, e in TRAIN]
    optimizer = nlp.initialize(lambda: examples)
    random.seed(0)
    for _ in range(60):
        random.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.0)
    path = tmp_path_factory.mktemp("model") / "pl_tiny_ner"
    nlp.to_disk(path)
    return str(path)


def test_spacy_backend_maps_labels(model_path, extractor, ctx_for):
    backend = resolve_backend(f"spacy:{model_path}")
    spans = backend.find(ctx_for("Anna Malinowska przyjechała do Krakowa."))
    got = {(s.label, s.start, s.end) for s in spans}
    assert ("PER", 0, 15) in got and ("LOC", 31, 38) in got
    assert all(s.source.startswith("ner.spacy:") for s in spans)


def test_union_with_builtin_in_the_extractor(model_path):
    from pipeline.extractor import Extractor

    r = Extractor(ner=f"builtin+spacy:{model_path}").extract("Jan Nowak mieszka w Krakowie.")
    assert "Jan Nowak" in [p.name for p in r.people]
    assert "Kraków" in [p.name for p in r.places]


def test_missing_model_is_an_actionable_error():
    with pytest.raises(BackendUnavailable, match="not installed"):
        resolve_backend("spacy:no_such_model_xyz")
