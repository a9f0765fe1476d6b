"""Base forms of person names (pipeline/extract/person_names.py)."""

import pytest


@pytest.mark.parametrize("phrase,base", [
    ("Jerzy Kozła", "Jerzy Kozła"),  # a nominative first name: the surname is a man's '-a' surname, not 'Kozioł'
    ("Jerzego Kozła", "Jerzy Kozioł"),
])
def test_surname_known_only_in_an_oblique_case(phrase, base):
    from pipeline.lemma import base_form

    assert base_form(phrase, "person") == base


@pytest.mark.parametrize("text, expected", [
    ("Na scenie pojawiła się długo oczekiwana Xiomara Quiñonez, kompozytor i wokalistka, znana w całym kraju.",
     ["Xiomara Quiñonez"]),
    ("Wystąpił też gość z daleka, Tadeo Arizmendi, pianista jazzowy.", ["Tadeo Arizmendi"]),
    ("Koncert odbył się w klubie Quiñonez Arizmendi, znanym w okolicy.", []),
    ("Przyjechała grupa z miasta Xiomara Quiñonez, a wieczorem zagrała orkiestra.", []),
])
def test_two_unknown_words_introduced_by_a_profession_are_a_name(extractor, text, expected):
    assert [p.name for p in extractor.extract(text).people] == expected


@pytest.mark.parametrize("text, expected", [
    ("Warsztaty z autorem, Jerzym Bednarem, poprowadziła Renata Wałka.", "Renata Wałka"),
    ("Spotkanie otworzyła Renata Pałka, a zakończył je Adam Nowy.", "Renata Pałka"),
    # the verb's subject stands before it: the name after it is the object, a man's accusative
    ("Pani dyrektor serdecznie przywitała Renata Pałka i jego żonę.", "Renat Pałek"),
])
def test_a_name_after_a_womans_past_verb_is_its_subject(extractor, text, expected):
    assert expected in [p.name for p in extractor.extract(text).people]
