"""Roles, round 19: plural titles heading names with no punctuation (pipeline/extract/roles.py,
pipeline/extract/role_titles.py). Sentences are invented; they reproduce the shapes found in reports."""

import pytest
from people_helpers import people, titles


@pytest.mark.parametrize("text, names, expected", [
    ("Potem specjaliści z Oddziału panowie Jan Kos i Adam Mak pokazali gościom gospodarstwo.",
     ["Jan Kos", "Adam Mak"], ["specjalista"]),
    ("Nasi wolontariusze z EVS Anna Lis oraz Ewa Kos zaśpiewali piosenkę.", ["Anna Lis", "Ewa Kos"], ["wolontariusz"]),
])
def test_a_plural_title_from_a_body_heads_the_names_after_it(extractor, text, names, expected):
    found = people(extractor, text)
    for name in names:
        assert titles(found[name]) == expected


def test_z_with_an_instrumental_is_company_not_the_titles_body(extractor):
    found = people(extractor, "Spotkaliśmy się z dyrektorem szkoły z uczniami Janem Kosem.")
    assert titles(found["Jan Kos"]) == []


def test_plural_holders_of_plural_institutions_keep_the_bare_title(extractor):
    found = people(extractor, "Przybyli sołtysi sołectw z obwodu szkoły Pani Maria Lis i Pan Jan Wilk.")
    assert titles(found["Maria Lis"]) == ["sołtys"]
    assert titles(found["Jan Wilk"]) == ["sołtys"]


def test_a_singular_title_keeps_a_plural_kind(extractor):
    found = people(extractor, "Zajęcia poprowadził trener grup tanecznych Jan Kos.")
    assert titles(found["Jan Kos"])[0] == "trener grup tanecznych"


def test_a_plural_title_after_a_name_is_the_next_names(extractor):
    text = "Byli: Radny Gminy Lipno Pan Henryk Kos, sołtysi sołectw Pani Maria Lis i Pan Jan Wilk."
    found = people(extractor, text)
    assert titles(found["Henryk Kos"]) == ["radny"]
    assert titles(found["Maria Lis"]) == ["sołtys"]


def test_a_doubled_space_before_the_dash_keeps_the_title_after_the_name(extractor):
    text = "Podziękowania otrzymali:\n 1. Panią Annę Wilk  -  Skarbnika Gminy\n 2. Pana Jana Maka  -  Sekretarza Gminy"
    found = people(extractor, text)
    assert titles(found["Anna Wilk"]) == ["skarbnik"]
    assert titles(found["Jan Mak"]) == ["sekretarz"]
