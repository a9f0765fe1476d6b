"""Base forms by case agreement and ending paradigms (issue 12, second round); invented names where the
dictionary need not know them."""

import pytest

from pipeline import base_form
from pipeline.text.name_forms import masculine_genitive_a, may_be_nominative


@pytest.mark.parametrize("phrase,expected", [
    ("Barrick Olama", "Barrick Olama"),        # every word can be a nominative: as written
    ("Hal Quennard", "Hal Quennard"),          # 'Hal' is only a plural of 'hala': no reason to decline it
    ("Klemmensa", "Klemmens"),                 # an unknown '-a' after a masculine stem end: a genitive
    ("Krystyna", "Krystyna"),                  # a common woman's name, not the rare 'Krystyn' in the genitive
    ("Horacyusz", "Horacjusz"),                # the spelling before 1936
    ("Matki Bożej", "Matka Boża"),             # a noun and its adjective agree
    ("Ojca Świętego", "Ojciec Święty"),
    ("Wielkiego", "Wielki"),
    ("św. Jerzego", "św. Jerzy"),              # the saint's abbreviation stays
    ("św . Królowej Jadwigi", "św. Królowa Jadwiga"),
])
def test_person_phrases(phrase, expected):
    assert base_form(phrase, "person") == expected


def test_masculine_genitive_a():
    assert masculine_genitive_a("klemmensa")
    assert masculine_genitive_a("mühlegga")
    assert not masculine_genitive_a("hlinka")
    assert not masculine_genitive_a("macheda")


def test_may_be_nominative_endings():
    assert may_be_nominative("Quennard", [])
    assert not may_be_nominative("Webberem", [])
    assert not may_be_nominative("Olamy", [])


@pytest.mark.parametrize("phrase,expected", [
    ("Listopadowej", "Listopadowa"),          # a street adjective agrees with 'ulica'
    ("Zarkabadu", "Zarkabad"),                 # an unknown foreign name loses its case ending
    ("Stanów Zjednoczonych", "Stany Zjednoczone"),  # a participle agrees with its plural head
    ("Słońca", "Słońce"),                      # an astronomical name
    ("Wrzeciona", "Wrzeciono"),                # the common noun, not a surname reading
    ("Ryby", "Ryba"),                          # a surname and a common noun agree on the singular lemma
    ("Muzo", "Muzo"),                          # a vocative of 'muza' is no reason to decline a name
    ("drogą wojewódzką nr 512", "droga wojewódzka nr 512"),  # 'nr' before its number heads nothing
    ("Pod Złotą Jabłonią", "Pod Złotą Jabłonią"),  # a name opened by a preposition keeps its case
    ("Przy Młynówce", "Przy Młynówce"),
    ("Bawaryi", "Bawaria"),                    # the spelling before 1936: 'Bawarii'
    ("Tokyo", "Tokyo"),                        # no old spelling before 'o': an English name as written
    ("Orlisze", "Orlicha"),                    # an unknown '-sze': an '-cha' name's locative
    ("Brzeninowie", "Brzeninów"),              # an unknown '-owie' locative is a name in '-ów', never '-ow'
    ("Niemcach", "Niemcy"),                    # the country named by its people's plural, not a village 'Niemce'
])
def test_place_phrases(phrase, expected):
    assert base_form(phrase, "place") == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Bzury", "Bzura"),                        # a lone proper name in the genitive
    ("Dynamu Zgorzelec", "Dynamo Zgorzelec"),   # a club's word declines, its town stays
    ("Kometorem Zgorzelec", "Kometor Zgorzelec"),
    ("Komety", "Komety"),                      # a plural as written
])
def test_organization_words(phrase, expected):
    assert base_form(phrase, "organization") == expected
