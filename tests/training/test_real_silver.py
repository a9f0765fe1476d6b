"""training/real_silver.py: gold card names projected onto a page as silver spans (invented text)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import spacy

_PATH = Path(__file__).resolve().parents[2] / "training" / "real_silver.py"
_spec = importlib.util.spec_from_file_location("real_silver", _PATH)
real_silver = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(real_silver)

CARD = {
    "people": [{"name": "Grażyna Kwiatkowska"}],
    "organizations": [{"name": "Stowarzyszenie Zielona Dolina", "acronym": "SZD"}],
    "places": [{"name": "Opole", "kind": "locality"}, {"name": "Stowarzyszenie Zielona Dolina", "kind": "venue"}],
}
TEXT = ("Spotkanie w Opolu otworzyła Grażyna Kwiatkowska ze Stowarzyszenia Zielona Dolina (SZD).\n"
        "Goście z Wrocławia podziękowali Grażynie Kwiatkowskiej.")


def test_gold_names_labels_and_priority():
    names = real_silver.gold_names(CARD)
    assert names["grażyna kwiatkowska"] == ("persName", "person")
    assert names["opole"] == ("placeName_settlement", "place")
    assert names["szd"] == ("orgName", "organization")
    # an institution that is also the venue keeps the organization label
    assert names["stowarzyszenie zielona dolina"] == ("orgName", "organization")


def test_project_finds_inflected_mentions_longest_first():
    doc = spacy.blank("pl").make_doc(TEXT)
    spans, found = real_silver.project(doc, real_silver.gold_names(CARD))
    got = [(s.text, s.label_) for s in spans]
    assert ("Opolu", "placeName_settlement") in got
    assert ("Grażyna Kwiatkowska", "persName") in got
    assert ("Grażynie Kwiatkowskiej", "persName") in got
    assert ("Stowarzyszenia Zielona Dolina", "orgName") in got
    assert ("SZD", "orgName") in got
    assert all(s.text != "Wrocławia" for s in spans)  # not on the card: stays O
    assert found == set(real_silver.gold_names(CARD))
    starts = [s.start for s in spans]
    assert len(starts) == len(set(starts))


def test_chunks_keep_spans_inside_pieces(monkeypatch):
    monkeypatch.setattr(real_silver, "CHUNK_TOKENS", 20)
    doc = spacy.blank("pl").make_doc(TEXT)
    spans, _ = real_silver.project(doc, real_silver.gold_names(CARD))
    pieces = real_silver.chunks(doc, spans)
    assert len(pieces) >= 2
    assert sum(len(p.ents) for p in pieces) == len(spans)
    assert "".join(p.text_with_ws for p in pieces) == doc.text_with_ws


def test_real_mix_upsamples_real_and_samples_nkjp(tmp_path):
    from spacy.tokens import DocBin

    path = Path(__file__).resolve().parents[2] / "training" / "real_mix.py"
    spec = importlib.util.spec_from_file_location("real_mix", path)
    real_mix = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(real_mix)
    nlp = spacy.blank("pl")
    real, nkjp = DocBin(), DocBin()
    real.add(nlp.make_doc("Raport z Opola."))
    for i in range(5):
        nkjp.add(nlp.make_doc(f"Zdanie numer {i}."))
    real.to_disk(tmp_path / "real.spacy")
    nkjp.to_disk(tmp_path / "nkjp.spacy")
    out = tmp_path / "mix.spacy"
    real_mix.main(["--real", str(tmp_path / "real.spacy"), "--nkjp-path", str(tmp_path / "nkjp.spacy"),
                   "--copies", "3", "--nkjp", "2", "--out", str(out)])
    texts = [d.text for d in DocBin().from_disk(out).get_docs(nlp.vocab)]
    assert texts.count("Raport z Opola.") == 3
    assert len(texts) == 5
