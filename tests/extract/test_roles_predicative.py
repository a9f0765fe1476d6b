"""Titles the sentence gives its subject after a verb: "jest prezesem", "wybrana na stanowisko", "pełni funkcję".
Sentences are invented."""

import pytest
from people_helpers import people, titles, titles_with_orgs


def test_elected_to_a_post(extractor):
    found = people(extractor, "Miło nam poinformować, że Pani Ola Kos została po raz kolejny wybrana na stanowisko "
                              "Przewodniczącej Koła Gospodyń Wiejskich w Lipnie.")
    assert titles_with_orgs(found["Ola Kos"]) == [("przewodniczący", "Koło Gospodyń Wiejskich w Lipnie")]


def test_holds_a_function(extractor):
    found = people(extractor, "Anna Kos pełni funkcję prezesa Fundacji Wiatrak.")
    assert titles_with_orgs(found["Anna Kos"]) == [("prezes", "Fundacja Wiatrak")]


def test_copula_with_an_instrumental_title(extractor):
    found = people(extractor, "Adam Mak jest prezesem Fundacji Wiatrak.")
    assert titles_with_orgs(found["Adam Mak"]) == [("prezes", "Fundacja Wiatrak")]


def test_copula_without_a_title_gives_none(extractor):
    found = people(extractor, "Adam Mak był na spotkaniu w Lipnie.")
    assert found["Adam Mak"].roles == []


def test_another_verb_first_gives_none(extractor):
    found = people(extractor, "Adam Mak powitał gości i był prowadzącym całej gali.")
    assert "prezes" not in [r.title for r in found["Adam Mak"].roles]


@pytest.mark.parametrize("text, expected", [
    ("Kierownikiem obozu była Anna Sowa, jej zastępcą Jan Kos. Obóz trwał tydzień.", "zastępca kierownika obozu"),
    ("Przewodniczącą Koła Gospodyń Wiejskich w Lipnie jest Anna Sowa, a jej zastępcą Jan Kos.",
     "zastępca przewodniczącego"),
    ("Na spotkanie przybyła wójt Anna Sowa, jej zastępca Jan Kos i radni.", "zastępca"),
])
def test_her_deputy_after_a_fronted_predicate_is_that_offices_deputy(extractor, text, expected):
    assert titles(people(extractor, text)["Jan Kos"]) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Kierownikiem obozu była wiceprezes Fundacji Wiatrak - Anna Sowa. Obóz trwał tydzień.",
     ["wiceprezes", "kierownik obozu"]),
    ("Komendantem rajdu był prezes Klubu Turystów Jan Kos.", ["prezes", "komendant rajdu"]),
])
def test_a_fronted_predicate_before_the_subjects_own_title_is_the_subjects_too(extractor, text, expected):
    found = people(extractor, text)
    assert sorted(titles(next(iter(found.values())))) == sorted(expected)


def test_a_fronted_predicate_with_another_phrase_before_the_copula_gives_no_second_title(extractor):
    found = people(extractor, "Kierownikiem obozu nad jeziorem była wiceprezes Fundacji Wiatrak - Anna Sowa.")
    assert "kierownik obozu" not in titles(found["Anna Sowa"])


def test_title_stated_by_a_copula_before_the_name_is_kept(extractor):
    found = people(extractor, "W zawodach pływackich startowało 40 uczniów. Opiekunem drużyny był Grzegorz Polak. "
                              "Kierownikiem wycieczki była Teresa Bąk.")
    assert titles(found["Grzegorz Polak"])[0].startswith("opiekun")
    assert titles(found["Teresa Bąk"])[0].startswith("kierownik")


def test_an_instrumental_title_without_a_copula_states_nothing(extractor):
    found = people(extractor, "Z opiekunem drużyny rozmawiał Grzegorz Polak.")
    assert not any(t.startswith("opiekun") for t in titles(found["Grzegorz Polak"]))
