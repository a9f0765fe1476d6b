"""Roles, tenth round: bare ministers, list leads bounded by their sentence, titles of the next name.
Sentences are invented; they reproduce the shapes found in reports."""

import pytest
from people_helpers import people, titles_with_orgs


@pytest.mark.parametrize("text, name", [
    ("Głos zabrała wiceminister rolnictwa Anna Kos.", "Anna Kos"),
    ("List odczytał Adam Wilk, Minister Zdrowia.", "Adam Wilk"),
    ("Przybył minister cyfryzacji Jan Mróz.", "Jan Mróz"),
])
def test_a_ministers_portfolio_stays_out_of_the_title(extractor, text, name):
    found = people(extractor, text)
    assert titles_with_orgs(found[name]) == [(found[name].roles[0].title, None)]
    assert found[name].roles[0].title in ("minister", "wiceminister")


def test_a_list_label_is_read_in_the_colons_own_sentence(extractor):
    found = people(extractor, "Sołtysi oraz radni dzielili się chlebem z gośćmi. Na scenie stanęli: "
                              "Pani Ewa Kos z Lipna i Pan Adam Wilk z Brzozy.")
    assert found["Ewa Kos"].roles == []
    assert found["Adam Wilk"].roles == []


@pytest.mark.parametrize("text, names, title", [
    ("O swojej pasji opowiedzieli rycerze z Bractwa Ziemi Lipskiej – Adam Kruk i Jan Mak.",
     ["Adam Kruk", "Jan Mak"], "rycerz"),
    ("Byli z nami wykładowcy – m.in. prof. dr hab. Jan Mak z Wydziału Prawa i dr Adam Kruk z Wydziału Nauk.",
     ["Jan Mak", "Adam Kruk"], "wykładowca"),
    ("Atrakcje przygotowane przez organizatorów: sołtysa wsi Lipno Pawła Pertka i radnego gminy Jana Maka.",
     ["Paweł Pertek", "Jan Mak"], "organizator"),
])
def test_a_plural_title_before_a_list_is_every_listed_persons(extractor, text, names, title):
    found = people(extractor, text)
    for name in names:
        assert title in [r.title for r in found[name].roles]


def test_a_singular_title_before_a_dash_is_the_next_names(extractor):
    found = people(extractor, "Puchary wręczył Wójt Gminy Lipno nad Wisłą - Adam Kruk.")
    assert [r.title for r in found["Adam Kruk"].roles] == ["wójt"]


def test_representatives_of_a_named_unit_before_a_list_give_their_title(extractor):
    # docs/annotation.md, convention round 2: "przedstawiciele X – A, B" gives each "przedstawiciel" besides their own
    found = people(extractor, "Przybyli przedstawiciele gminy Lipno – wójt Adam Kruk z sekretarzem Janem Makiem.")
    assert [r.title for r in found["Adam Kruk"].roles] == ["wójt", "przedstawiciel"]


def test_a_title_with_lower_case_genitives_before_a_name_is_that_names(extractor):
    found = people(extractor, "Byli tam Adam Kruk, przewodniczący rady gminy Jan Mak i inni.")
    assert found["Adam Kruk"].roles == []
    assert [r.title for r in found["Jan Mak"].roles][:1] == ["przewodniczący"]


def test_a_plural_title_after_one_name_lists_other_people(extractor):
    found = people(extractor, "Na dożynki przyszli wójt Jan Mak, radni oraz rolnicy.")
    assert [r.title for r in found["Jan Mak"].roles] == ["wójt"]
    found = people(extractor, "Na zebraniu były Anna Lis i Ewa Kos – trenerki grup tanecznych.")
    assert [r.title for r in found["Ewa Kos"].roles] == ["trener grup tanecznych"]


def test_a_genitive_title_before_a_name_keeps_the_name_its_own(extractor):
    found = people(extractor, "Spotkanie otworzył Jan Wilk, szef biura poselskiego posła Adama Kota.")
    assert "szef biura poselskiego" in [r.title for r in found["Jan Wilk"].roles]
