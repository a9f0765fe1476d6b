"""The installed pl_events_ner model loads offline and finds obvious entities.

Needs the package installed (``pip install ./models/pl_events_ner``)."""

import socket

import pytest

pl_events_ner = pytest.importorskip("pl_events_ner", reason="pip install ./models/pl_events_ner")

SENTENCES = [
    "Prezes Fundacji Wspólna Droga Anna Malinowska spotkała się w Krakowie z wójtem gminy Kłomnice.",
    "Premier Donald Tusk przyjechał w poniedziałek do Gdańska, gdzie rozmawiał z prezydentem miasta.",
    "Minister Zbigniew Ziobro skrytykował wczoraj orzeczenie Sądu Najwyższego.",
    "Jan Kowalski z Poznania został wybrany na prezesa Polskiego Związku Piłki Nożnej.",
    "Posiedzenie Komisji Europejskiej z udziałem przedstawicieli Niemiec i Francji odbyło się 12 marca 2024 roku w Brukseli.",
]


@pytest.fixture(scope="module")
def nlp():
    real_connect = socket.socket.connect

    def no_network(self, address):  # the model must not touch the network
        if isinstance(address, tuple) and address[0] not in ("127.0.0.1", "::1", "localhost"):
            raise AssertionError(f"network access while loading the model: {address}")
        return real_connect(self, address)

    socket.socket.connect = no_network
    try:
        return pl_events_ner.load()
    finally:
        socket.socket.connect = real_connect


@pytest.fixture(scope="module")
def docs(nlp):
    return list(nlp.pipe(SENTENCES))


def ents(doc):
    return {(e.text, e.label_) for e in doc.ents}


def nested(doc):
    return {(e.text, e.label_) for e in doc.spans["ner_nested"]}


def test_pipeline_shape(nlp):
    assert nlp.lang == "pl"
    assert "ner" in nlp.pipe_names and nlp.pipe_names[-1] == "pl_events_nested"
    labels = set(nlp.get_pipe("ner").labels)
    assert {"persName", "orgName", "placeName_settlement", "placeName_country", "geogName", "date", "time"} <= labels


def test_spacy_load_by_path_after_import():
    import spacy

    nlp = spacy.load(pl_events_ner.MODEL_DIR)
    assert "pl_events_nested" in nlp.pipe_names


def test_persons(docs):
    assert ("Anna Malinowska", "persName") in ents(docs[0])
    assert ("Donald Tusk", "persName") in ents(docs[1])
    assert ("Zbigniew Ziobro", "persName") in ents(docs[2])
    assert ("Jan Kowalski", "persName") in ents(docs[3])


def test_person_parts_in_nested_layer(docs):
    n = nested(docs[0])
    assert ("Anna", "persName_forename") in n
    assert ("Malinowska", "persName_surname") in n
    assert ("Anna Malinowska", "persName") in n
    n = nested(docs[1])
    assert ("Donald", "persName_forename") in n and ("Tusk", "persName_surname") in n


def test_places(docs):
    assert ("Krakowie", "placeName_settlement") in ents(docs[0])
    assert ("Gdańska", "placeName_settlement") in ents(docs[1])
    assert ("Poznania", "placeName_settlement") in ents(docs[3])
    assert ("Brukseli", "placeName_settlement") in ents(docs[4])
    assert {("Niemiec", "placeName_country"), ("Francji", "placeName_country")} <= ents(docs[4])


def test_organisations(docs):
    assert ("Sądu Najwyższego", "orgName") in ents(docs[2])
    assert ("Polskiego Związku Piłki Nożnej", "orgName") in ents(docs[3])
    assert ("Komisji Europejskiej", "orgName") in ents(docs[4])


def test_nested_contains_outer_layer(docs):
    for doc in docs:
        outer = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        spans = {(s.start_char, s.end_char, s.label_) for s in doc.spans["ner_nested"]}
        assert outer <= spans
        assert all("-" not in s.label_ for s in doc.spans["ner_nested"])


def test_rule_mode_without_spancat():
    nlp = pl_events_ner.load(exclude=["spancat"])
    doc = nlp("Prezes Fundacji Wspólna Droga Anna Malinowska spotkała się w Krakowie z wójtem gminy Kłomnice.")
    n = nested(doc)
    assert ("Anna", "persName_forename") in n and ("Malinowska", "persName_surname") in n


def test_person_parts_rules_and_suggester():
    import spacy
    from pl_events_ner.components import NestedEntities, entity_ngram_suggester
    from spacy.tokens import Span

    nlp = spacy.blank("pl")
    comp = NestedEntities(nlp, "t", inner_source="rules")
    comp.forenames = {"jan", "jana", "paweł", "adama"}
    doc = nlp("Wczoraj Jan Paweł II i J. Kowalski - Nowak byli przy ulicy Adama Mickiewicza .")
    doc.ents = [
        Span(doc, 1, 4, label="persName"),
        Span(doc, 5, 10, label="persName"),
        Span(doc, 12, 15, label="geogName"),
    ]
    comp(doc)
    got = {(s.text, s.label_) for s in doc.spans["ner_nested"]}
    assert {("Jan", "persName_forename"), ("Paweł", "persName_forename"), ("II", "persName_addName")} <= got
    assert {("J.", "persName_forename"), ("Kowalski - Nowak", "persName_surname")} <= got
    assert {("Adama Mickiewicza", "persName"), ("Mickiewicza", "persName_surname")} <= got
    sugg = entity_ngram_suggester([doc], sizes=[1, 2], labels=["persName"])
    pairs = {tuple(map(int, r)) for r in sugg.dataXd}
    assert (1, 2) in pairs and (2, 4) in pairs and (12, 13) not in pairs
    assert int(sugg.lengths[0]) == len(pairs) == 3 + 2 + 5 + 4


def test_model_under_50_mb():
    size = sum(p.stat().st_size for p in pl_events_ner.MODEL_DIR.rglob("*") if p.is_file())
    assert size < 50e6


def test_morfeusz_features():
    morf = pytest.importorskip("pl_events_ner.morf", reason="model package without Morfeusz features")
    pytest.importorskip("morfeusz2")
    tag, morph, lemma = morf.features("Krakowie")
    assert "nazwa_geograficzna" in tag.split("/")[0] and "loc" in morph
    tag, morph, lemma = morf.features("Malinowskiej")
    assert "nazwisko" in tag and lemma == "malinowska"
    assert morf.features("Anna")[0].startswith("imię")
    assert morf.features(" ")[0] == "SPACE"
    assert morf.features("Xqzwv")[0].endswith("/ign")


def test_morfeusz_component_sets_token_attributes():
    pytest.importorskip("pl_events_ner.morf", reason="model package without Morfeusz features")
    import spacy

    nlp = spacy.blank("pl")
    nlp.add_pipe("pl_events_morf")
    doc = nlp("Anna mieszka w Krakowie.")
    assert doc[0].tag_.startswith("imię") and doc[3].lemma_ == doc[3].lemma_.lower()
    assert "loc" in str(doc[3].morph)
