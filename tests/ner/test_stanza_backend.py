"""The stanza adapter on a real stanza Document built with stanza's own classes (no model needed)."""

from __future__ import annotations

import pytest

stanza = pytest.importorskip("stanza")


def test_spans_from_a_real_stanza_document():
    from stanza.models.common.doc import Document

    from pipeline.ner.stanza_backend import spans_from_stanza

    text = "Anna Malinowska odwiedziła Fundację Razem w Opolu."
    words = [
        ("Anna", "B-persName"),
        ("Malinowska", "E-persName"),
        ("odwiedziła", "O"),
        ("Fundację", "B-orgName"),
        ("Razem", "E-orgName"),
        ("w", "O"),
        ("Opolu", "S-placeName"),
        (".", "O"),
    ]
    tokens, pos = [], 0
    for i, (word, tag) in enumerate(words, start=1):
        start = text.index(word, pos)
        pos = start + len(word)
        tokens.append({"id": i, "text": word, "ner": tag, "misc": f"start_char={start}|end_char={pos}"})
    document = Document([tokens], text=text)
    document.build_ents()
    spans = spans_from_stanza(document)
    got = {(s.label, text[s.start : s.end]) for s in spans}
    assert got == {("PER", "Anna Malinowska"), ("ORG", "Fundację Razem"), ("LOC", "Opolu")}


def test_missing_stanza_model_is_an_actionable_error(tmp_path):
    from pipeline.ner.spans import BackendUnavailable
    from pipeline.ner.stanza_backend import StanzaBackend

    with pytest.raises(BackendUnavailable, match=r"s\.download\(.pl."):
        StanzaBackend(str(tmp_path))
