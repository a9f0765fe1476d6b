"""Morfeusz2 morphology component and its light disambiguation (pipeline.text.morphology)."""

from __future__ import annotations

import pytest

from pipeline.text.morphology import PREP_CASES, Analysis, analyse, choose, clean_lemma
from pipeline.text.segment import make_nlp


@pytest.fixture(scope="module")
def nlp():
    nlp = make_nlp()
    nlp.add_pipe("pl_morphology")
    return nlp


def lemmas(nlp, text: str) -> dict[str, str]:
    return {t.text: t.lemma_ for t in nlp(text) if not t.is_space}


def test_names_of_agnieszki_and_byczynie():
    first = analyse("Agnieszki")
    assert first and all(a.lemma == "Agnieszka" for a in first)
    assert all("imię" in a.names for a in first)
    place = analyse("Byczynie")
    assert {a.lemma for a in place} == {"Byczyna"}
    assert all("nazwa_geograficzna" in a.names for a in place)


def test_names_never_hold_the_common_noun_marker():
    for word in ("Agnieszki", "wizyta", "Byczynie", "spółdzielni", "Kraków"):
        for a in analyse(word):
            assert "nazwa_pospolita" not in a.names


def test_analyses_are_cached_per_form():
    analyse.cache_clear()
    first = analyse("Polanowicach")
    hits = analyse.cache_info().hits
    again = analyse("Polanowicach")
    assert again is first
    assert analyse.cache_info().hits == hits + 1
    assert isinstance(first[0], Analysis) and first[0].lemma == "Polanowice"


def test_unknown_and_empty_words():
    assert analyse("") == ()
    assert analyse("   ") == ()
    assert analyse("2014-02-25_15.28.36") == ()  # digits and punctuation: not one word


def test_clean_lemma_drops_homonym_marks():
    assert clean_lemma("luty:S") == "luty"
    assert clean_lemma("Tomasz:Sm1") == "Tomasz"
    assert clean_lemma(":") == ":"


def test_prep_cases_table():
    assert PREP_CASES["do"] == frozenset({"gen"})
    assert PREP_CASES["w"] == frozenset({"loc", "acc"})
    assert PREP_CASES["dzięki"] == frozenset({"dat"})


def test_lemmas_of_inflected_words(nlp):
    got = lemmas(nlp, "Uczestnicy wizyty studyjnej odwiedzili spółdzielnie socjalne w Polanowicach "
                      "i pojechali do Byczyny.")
    assert got["Uczestnicy"] == "uczestnik"
    assert got["wizyty"] == "wizyta"
    assert got["studyjnej"] == "studyjny"
    assert got["odwiedzili"] == "odwiedzić"
    assert got["spółdzielnie"] == "spółdzielnia"
    assert got["Polanowicach"] == "Polanowice"
    assert got["Byczyny"] == "Byczyna"


def test_person_name_in_oblique_case(nlp):
    got = lemmas(nlp, "Powitanie Pani Agnieszki Wilczyńskiej zakończyło spotkanie.")
    assert got["Pani"] == "pani"
    assert got["Agnieszki"] == "Agnieszka"
    assert got["Wilczyńskiej"] == "Wilczyńska"


def test_pronouns_and_function_words_follow_ud(nlp):
    got = lemmas(nlp, "Tak, dał mi go sobie, ale nie było tam potem nikogo.")
    assert got["Tak"] == "tak"
    assert got["mi"] == "ja"
    assert got["go"] == "on"
    assert got["sobie"] == "siebie"
    assert got["nie"] == "nie"
    assert got["było"] == "być"
    assert got["tam"] == "tam"
    assert got["potem"] == "potem"


def test_preposition_and_agreement(nlp):
    doc = nlp("W tym roku mówiliśmy o tym z gośćmi z Krakowa.")
    tym = [t for t in doc if t.text == "tym"]
    assert [t.lemma_ for t in tym] == ["ten", "to"]  # "tym roku" agrees; "o tym" is the pronoun
    assert {t.text: t.lemma_ for t in doc}["Krakowa"] == "Kraków"


def test_years_and_abbreviations(nlp):
    got = lemmas(nlp, "Od 2014 r. przez 5 lat przyjechało ok. 30 osób, m.in. z woj. opolskiego.")
    assert got["r."] == "rok"
    assert got["lat"] == "rok"
    assert got["ok."] == "około"
    assert got["m.in."] == "między_innymi"
    assert got["2014"] == "2014"
    assert got[","] == ","


def test_capitalised_institution_is_the_common_noun(nlp):
    got = lemmas(nlp, "Wczoraj obradowała Rada Gminy Byczyna.")
    assert got["Rada"] == "rada"
    assert got["Gminy"] == "gmina"
    assert got["Byczyna"] == "Byczyna"


def test_compound_adjective_and_initial(nlp):
    got = lemmas(nlp, "Na maszcie wisiała flaga biało-czerwona, którą wciągnął J. Kowalski.")
    assert got["biało"] == "biały"
    assert got["czerwona"] == "czerwony"
    assert got["J."] == "J"


def test_moze_particle_or_verb(nlp):
    doc = nlp("Może jutro przyjdzie, bo może przyjść.")
    assert [t.lemma_ for t in doc if t.text.lower() == "może"] == ["może", "móc"]


def test_token_extensions(nlp):
    doc = nlp("Spotkanie w Byczynie.\n\nDziękujemy.")
    for tok in doc:
        if tok.is_space:
            assert tok._.morf == () and tok._.analysis is None
            continue
        assert tok._.morf == analyse(tok.text) or tok.text.endswith(".")
        if tok._.morf:
            assert tok._.analysis in tok._.morf
            assert tok.tag_ == tok._.analysis.tag
    byczyna = doc[2]
    assert byczyna._.analysis.lemma == "Byczyna" and "nazwa_geograficzna" in byczyna._.analysis.names


def test_choose_without_context_keeps_working():
    assert choose((), "x", None, False) is None
    assert choose(analyse("tak"), "tak", None, False).lemma == "tak"
    assert choose(analyse("Byczynie"), "Byczynie", "w", False).lemma == "Byczyna"
    stoi = choose(analyse("stoi"), "stoi", None, False)
    assert stoi.lemma == "stać"  # not the archaeological "stoa"


def test_component_is_registered_and_handles_empty_docs(nlp):
    assert nlp.pipe_names == ["pl_sentences", "pl_morphology"]
    assert len(nlp("")) == 0
    doc = nlp("   ")
    assert all(t.is_space for t in doc)


def test_unknown_foreign_names_lose_unambiguous_endings(nlp):
    got = lemmas(nlp, "Rozmawiano ze Schellingiem i Plugarowi, a od Tugendhata przyszedł list do Cirillę.")
    assert got["Schellingiem"] == "Schelling"
    assert got["Plugarowi"] == "Plugar"
    assert got["Tugendhata"] == "Tugendhat"  # genitive after "od"
    assert got["Cirillę"] == "Cirilla"


def test_former_as_adjective_and_as_verb(nlp):
    assert lemmas(nlp, "Przyjechał były burmistrz.")["były"] == "były"
    assert lemmas(nlp, "Sala była duża.")["była"] == "być"


def test_chosen_readings_are_reused_only_in_the_same_context(nlp):
    """The per-context cache of `choose` answers what `choose` itself answers: the same forms after a
    preposition, at a sentence start, in a compound, before another word, read with the cache empty and
    with it filled by a text that has them in other contexts."""
    from pipeline.text import morphology

    first = "Może przyjść na nie. Nie wiem, była dyrektor. Biało-czerwona flaga w Byczynie i biało."
    second = ("Może jutro przyjdzie, bo może przyjść. Flaga biało - czerwona i biało. Czekamy na nie. "
              "Nie wiem. Była dyrektor Była w Rynku. Spotkanie w Byczynie i Byczyna, w biało-czerwonej.")

    def readings(text: str) -> list:
        return [(t.text, t._.analysis, t.lemma_) for t in nlp(text)]

    morphology._CHOSEN.clear()
    cold = readings(second)
    morphology._CHOSEN.clear()
    readings(first)
    assert morphology._CHOSEN
    assert readings(second) == cold
    assert readings(second) == cold  # now from the cache filled by itself
