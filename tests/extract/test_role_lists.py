"""Roles, round 13: which name a title between two names of a list belongs to (pipeline/extract/role_lists.py).
Sentences are invented; they reproduce the shapes found in reports."""

import pytest
from people_helpers import people, titles


def test_a_list_opening_with_a_title_gives_each_title_to_the_name_after_it(extractor):
    text = ("Wśród gości znaleźli się: Burmistrz Lipna, Pan Adam Kos, Przewodnicząca Rady Miejskiej, "
            "Pani Anna Wilk oraz Dyrektor Domu Kultury Pan Jan Mak.")
    found = people(extractor, text)
    assert titles(found["Adam Kos"]) == ["burmistrz"]
    assert titles(found["Anna Wilk"]) == ["przewodniczący"]


def test_a_feminine_title_between_a_man_and_a_woman_is_hers(extractor):
    found = people(extractor, "Gości przywitał Pan Adam Kos, Przewodnicząca Rady Miejskiej, Pani Anna Wilk oraz Jan Mak.")
    assert titles(found["Anna Wilk"]) == ["przewodniczący"]
    assert "przewodniczący" not in titles(found["Adam Kos"])


@pytest.mark.parametrize("text, name, expected", [
    ("Spotkali się: Dyrektor Domu – Pani Anny Wilk, Kierownika Działu Opiekuńczo-Wspomagającego – Pani Ewy Kos "
     "oraz Koordynatora Zespołu – Pana Jana Maka.", "Ewa Kos", ["kierownik działu"]),
    ("Przybyli goście: Burmistrz Lipna – Marcin Kos, Poseł na Sejm IX kadencji – Marek Wilk, Wicestarosta Powiatu "
     "Lipskiego – Jan Mak.", "Marek Wilk", ["poseł"]),
])
def test_a_dash_before_a_name_hands_the_title_on(extractor, text, name, expected):
    found = people(extractor, text)
    assert titles(found[name]) == expected


def test_a_dash_hands_on_no_title_to_the_next_line(extractor):
    text = "Komisja w składzie:\n- Ewa Kos – koordynator konkursu, plastyk\n- Jan Mak – plastyk,\n- Anna Wilk – instruktor."
    assert titles(people(extractor, text)["Ewa Kos"]) == ["koordynator konkursu", "plastyk"]


@pytest.mark.parametrize("text, name, expected", [
    ("Obecni byli: Jan Kos, prezes Fundacji Lipa, Anna Wilk, dyrektor szkoły.", "Jan Kos", ["prezes"]),
    ("Obecni byli: Pan Piotr Kos, Wojewoda Mazowiecki, Pani Anna Wilk, Mazowiecki Kurator Oświaty, Pan Jan Mak, "
     "Dyrektor Delegatury Kuratorium Oświaty w Lipnie.", "Anna Wilk", ["kurator oświaty"]),
])
def test_a_list_opening_with_a_name_keeps_titles_after_their_names(extractor, text, name, expected):
    assert titles(people(extractor, text)[name]) == expected


def test_a_hyphenated_city_ends_no_institution_before_the_names_it_titles(extractor):
    text = ("Wśród gości znaleźli się m.in. wicewojewoda mazowiecki Adam Kos, zastępcy prezydenta Bielska-Białej "
            "Anna Wilk i Jan Mak, a także mieszkańcy.")
    found = people(extractor, text)
    assert titles(found["Adam Kos"]) == ["wicewojewoda"]
    assert titles(found["Anna Wilk"]) == titles(found["Jan Mak"]) == ["zastępca prezydenta"]


def test_an_adverb_ends_a_titles_matter(extractor):
    text = "Organizatorem był Jan Kos – Pełnomocnik Wojewody Lipskiego ds. Polityki Senioralnej wspólnie z Anną Wilk."
    assert "pełnomocnik wojewody ds. polityki senioralnej" in titles(people(extractor, text)["Jan Kos"])


@pytest.mark.parametrize("text, first, second, expected", [
    ("Głos zabrali: wicemarszałek Ewa Kos, starosta powiatu lipskiego Jan Mak oraz Anna Wilk.",
     "Ewa Kos", "Jan Mak", ["starosta"]),
    ("Gości powitali sekretarz Adam Kos, skarbnik gminy wiejskiej Lipno Marta Wilk i Jan Mak.",
     "Adam Kos", "Marta Wilk", ["skarbnik"]),
])
def test_a_title_with_a_lower_case_genitive_and_adjective_before_a_name_is_that_names(
        extractor, text, first, second, expected):
    """"X, starosta powiatu lipskiego Y": the title and its genitive complement stand before Y, not after X."""
    found = people(extractor, text)
    assert titles(found[second]) == expected
    assert expected[0] not in titles(found[first])


@pytest.mark.parametrize("text", [
    "W sesji uczestniczyli radni, sołtysi oraz wójt Gminy Lipno Adam Kos.",
    "W zebraniu uczestniczyli sołtysi i Adam Kos.",
])
def test_a_plural_title_coordinated_before_a_name_is_a_group_of_its_own(extractor, text):
    """"sołtysi oraz wójt X", "sołtysi i X": the plural names other people; only a plural right before the names
    lists them ("sołtysi Jan Kos i Adam Wilk")."""
    assert "sołtys" not in titles(people(extractor, text)["Adam Kos"])


def test_a_plural_title_right_before_names_is_each_names(extractor):
    found = people(extractor, "Nagrody wręczyli sołtysi Jan Mak i Adam Kos.")
    assert titles(found["Jan Mak"]) == titles(found["Adam Kos"]) == ["sołtys"]
