"""`token_features`: per-token columns read in bulk must equal what the Token API gives."""

from __future__ import annotations

import pytest

from pipeline.text.features import TokenFeatures, token_features
from pipeline.text.segment import make_nlp

TEXT = (
    "W dniu 12 maja Jan Kowalski odwiedził Milicz i Wrocław.  Wizyta trwała dwa dni.\n\n"
    "Uczestnicy z gminy ZUS-u spotkali się z panią Anną Nowak w Urzędzie Gminy."
)


@pytest.fixture(scope="module")
def nlp():
    nlp = make_nlp()
    nlp.add_pipe("pl_morphology")
    return nlp


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


@pytest.fixture(scope="module")
def feats(doc) -> TokenFeatures:
    return token_features(doc)


def _index(feats: TokenFeatures, text: str) -> int:
    return feats.texts.index(text)


def test_columns_have_one_item_per_token(doc, feats):
    assert len(feats) == len(doc)
    for name in TokenFeatures.__dataclass_fields__:
        if name != "sentences":
            assert len(getattr(feats, name)) == len(doc), name


def test_columns_agree_with_the_token_api(doc, feats):
    sents = list(doc.sents)
    for i, tok in enumerate(doc):
        morf = tok._.morf
        chosen = tok._.analysis
        assert feats.texts[i] == tok.text
        assert feats.lowers[i] == tok.lower_
        assert feats.starts[i] == tok.idx
        assert feats.ends[i] == tok.idx + len(tok.text)
        assert feats.is_space[i] == tok.is_space
        assert feats.glued[i] == (not tok.whitespace_)
        assert feats.lemma[i] == tok.lemma_
        assert feats.tag[i] == (chosen.tag if chosen is not None else "")
        assert feats.pos[i] == (chosen.pos if chosen is not None else "")
        assert feats.lemmas[i] == {a.lemma for a in morf}
        assert feats.lemmas_lower[i] == {a.lemma.lower() for a in morf}
        assert feats.pos_set[i] == {a.pos for a in morf}
        assert feats.cases[i] == set().union(*(a.cases for a in morf))
        assert feats.names[i] == {n for a in morf for n in a.names}
        assert feats.first_name[i] == any("imię" in a.names and a.pos == "subst" for a in morf)
        assert feats.surname[i] == any("nazwisko" in a.names for a in morf)
        assert feats.geographic[i] == any("nazwa_geograficzna" in a.names for a in morf)
        assert sents[feats.sentence[i]].start <= i < sents[feats.sentence[i]].end
    assert feats.sentences == [(s.start, s.end) for s in sents]


def test_names_and_places(feats):
    assert feats.first_name[_index(feats, "Jan")]
    assert feats.surname[_index(feats, "Kowalski")]
    assert feats.geographic[_index(feats, "Wrocław")]
    assert feats.geographic[_index(feats, "Milicz")]
    assert not feats.first_name[_index(feats, "odwiedził")]
    assert "praet" in feats.pos_set[_index(feats, "odwiedził")]
    assert "odwiedzić" in feats.lemmas[_index(feats, "odwiedził")]


def test_capitalisation(feats):
    assert feats.capitalised[_index(feats, "Jan")]
    assert not feats.capitalised[_index(feats, "dniu")]
    assert not feats.capitalised[_index(feats, "12")]
    assert feats.all_caps[_index(feats, "ZUS")] if "ZUS" in feats.texts else True
    assert not feats.all_caps[_index(feats, "Jan")]
    assert not feats.all_caps[_index(feats, "W")]  # one letter is not an acronym


def test_cases_and_sentences(feats):
    assert "loc" in feats.cases[_index(feats, "dniu")]
    assert "inst" in feats.cases[_index(feats, "Nowak")] or "inst" in feats.cases[_index(feats, "Anną")]
    jan, wizyta, uczestnicy = (_index(feats, w) for w in ("Jan", "Wizyta", "Uczestnicy"))
    assert feats.sentence[jan] == 0
    assert feats.sentence[wizyta] == 1
    assert feats.sentence[uczestnicy] == 2
    assert feats.sentences[0][0] == 0 and feats.sentences[-1][1] == len(feats)


def test_equal_readings_share_one_set(nlp):
    feats = token_features(nlp("gminy i gminy"))
    assert feats.lemmas[0] is feats.lemmas[2]


def test_empty_and_unanalysed_docs(nlp):
    empty = token_features(nlp.make_doc(""))
    assert len(empty) == 0 and empty.sentences == []
    bare = token_features(nlp.make_doc("Ala ma kota"))  # no sentences, no morphology
    assert bare.texts == ["Ala", "ma", "kota"]
    assert bare.lemmas == [frozenset()] * 3 and bare.pos == [""] * 3
    assert bare.sentence == [0, 0, 0] and bare.sentences == [(0, 3)]
    assert bare.capitalised == [True, False, False]


def test_cached_on_context(ctx_for):
    ctx = ctx_for("Spotkanie z Janem Nowakiem w Krakowie.")
    assert ctx.features is ctx.features
    assert ctx.features.texts == [t.text for t in ctx.tokens]


def test_agrees_on_corpus_reports(nlp):
    from pipeline.ingest.decode import decode_bytes
    from tests.conftest import CORPUS

    for path in sorted(CORPUS.glob("*.txt"))[:5]:
        doc = nlp(decode_bytes(path.read_bytes()).norm)
        feats = token_features(doc)
        assert feats.texts == [t.text for t in doc]
        assert feats.lemma == [t.lemma_ for t in doc]
        assert feats.lemmas == [{a.lemma for a in t._.morf} for t in doc]
        assert feats.pos == [t._.analysis.pos if t._.analysis is not None else "" for t in doc]
        assert feats.sentences == [(s.start, s.end) for s in doc.sents]


def test_columns_the_morphology_left_equal_the_doc_extensions(nlp):
    from pipeline.text import morphology

    doc = nlp(TEXT + "  Gość:  Łukasz.")
    fresh = token_features(doc)  # right after the morphology: its columns
    assert morphology.LAST_READINGS[0] is not None and morphology.LAST_READINGS[0].doc() is doc
    morphology.LAST_READINGS[0] = None
    read = token_features(doc)  # from doc.user_data and the LEMMA column
    assert (fresh.lemma, fresh.morfs, fresh.chosen) == (read.lemma, read.morfs, read.chosen)
    assert fresh.lemma == [t.lemma_ for t in doc] and fresh.morfs == [t._.morf for t in doc]
    other = nlp("Ala ma kota.")
    assert token_features(doc).texts == fresh.texts and token_features(other).texts == ["Ala", "ma", "kota", "."]
