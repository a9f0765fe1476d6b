"""Roles, round 21: further shapes page-like reports use to tie a person to a title and a body (issue 12).
Sentences are invented; they reproduce the shapes found in reports."""

import pytest
from people_helpers import people, titles


@pytest.mark.parametrize("text, before, after, title", [
    ("Wśród gości byli: dyrektor Domu Kultury w Lipnie Anna Kos, starosta brodnicki Marek Zając oraz radny Jan Mak.",
     "Anna Kos", "Marek Zając", "starosta"),
    ("Obecni byli Ewa Lis, wojewoda pomorski Piotr Gil i Adam Kruk.", "Ewa Lis", "Piotr Gil", "wojewoda"),
])
def test_a_title_with_a_postposed_adjective_before_a_name_is_that_names(extractor, text, before, after, title):
    found = people(extractor, text)
    assert title not in titles(found[before])
    assert title in titles(found[after])


def test_a_title_with_a_postposed_adjective_after_a_name_stays_its_apposition(extractor):
    found = people(extractor, "Gości powitał Jan Kos, starosta brodnicki, a potem głos zabrała Anna Wilk.")
    assert titles(found["Jan Kos"]) == ["starosta"]
    assert titles(found["Anna Wilk"]) == []


@pytest.mark.parametrize("text, name, expected", [
    ("Gminę reprezentował wójt w osobie Tomasza Wrony.", "Tomasz Wrona", [("wójt", None)]),
    ("Stowarzyszenie reprezentowała prezes Fundacji Lipa w osobie pani Ewy Sowy.", "Ewa Sowa",
     [("prezes", "Fundacja Lipa")]),
])
def test_a_singular_title_before_w_osobie_is_the_names(extractor, text, name, expected):
    assert [(r.title, r.organization) for r in people(extractor, text)[name].roles] == expected


def test_a_body_before_w_osobie_gives_no_title(extractor):
    found = people(extractor, "Fundacja Lipa w osobie Anny Kos przygotowała poczęstunek.")
    assert titles(found["Anna Kos"]) == []


def test_a_contrastive_clause_with_its_own_verb_ends_the_lead_verbs_subjects(extractor):
    found = people(extractor, "Zajęcia prowadziła pani Marta Kos, a gościem była radna gminy Zofia Lis.")
    assert "prowadzący" in titles(found["Marta Kos"])
    assert "prowadzący" not in titles(found["Zofia Lis"])


def test_a_also_goes_on_with_the_lead_verbs_subjects(extractor):
    found = people(extractor, "Warsztaty prowadziła Marta Kos, a także Zofia Lis.")
    assert "prowadzący" in titles(found["Zofia Lis"])


def test_a_gapped_clause_shares_the_lead_verb(extractor):
    found = people(extractor, "Grupę „Sport” moderowała Marta Kos, a grupę „Młodzi w mieście” – Jan Wrona.")
    assert "moderator" in titles(found["Jan Wrona"])


@pytest.mark.parametrize("text, expected", [
    ("Wśród prelegentów byli Marek Sowa z Politechniki Lipskiej i Ewa Kruk.", "prelegent"),
    ("Wśród trenerek znalazły się Anna Wrona i Ewa Kruk.", "trener"),
])
def test_wsrod_an_event_roles_plural_genitive_gives_the_listed_names_the_role(extractor, text, expected):
    found = people(extractor, text)
    assert expected in titles(found["Ewa Kruk"])


def test_wsrod_a_plain_plural_gives_no_role(extractor):
    found = people(extractor, "Wśród gości byli Anna Wrona i Ewa Kruk.")
    assert titles(found["Ewa Kruk"]) == []


@pytest.mark.parametrize("text", [
    "Ćwiczenia otworzył Komendant Miejski Państwowej Straży Pożarnej w Lipsku st. bryg. Adam Gil.",
    "Ćwiczenia otworzył Komendant Miejski PSP w Lipsku bryg. Adam Gil.",
    "Ćwiczenia otworzył Komendant Miejski Policji w Lipsku płk. Adam Gil.",
])
def test_a_rank_abbreviation_whose_bare_word_is_a_noun_stands_between_a_title_and_its_name(extractor, text):
    assert titles(people(extractor, text)["Adam Gil"]) == ["komendant miejski"]


def test_a_rank_alone_gives_no_role(extractor):
    found = people(extractor, "Pokaz przygotował st. bryg. Adam Gil z Komendy Miejskiej PSP w Lipsku.")
    assert titles(found["Adam Gil"]) == []


@pytest.mark.parametrize("text, name", [
    ("Wykład wygłosił Piotr Gil, który jest prezesem Stowarzyszenia Zielona Dolina.", "Piotr Gil"),
    ("Rozmawialiśmy z Ewą Sową, będącą prezesem Stowarzyszenia Zielona Dolina.", "Ewa Sowa"),
    ("Rozmawialiśmy z Ewą Sową, która jest prezeską Stowarzyszenia Zielona Dolina.", "Ewa Sowa"),
])
def test_a_relative_clause_or_participle_of_byc_gives_the_name_its_predicate_title(extractor, text, name):
    roles = people(extractor, text)[name].roles
    assert [(r.title, r.organization) for r in roles] == [("prezes", "Stowarzyszenie Zielona Dolina")]


def test_a_relative_clause_of_another_subject_gives_no_title(extractor):
    found = people(extractor, "Rozmawialiśmy z Ewą Sową, której syn jest prezesem Stowarzyszenia Zielona Dolina.")
    assert titles(found["Ewa Sowa"]) == []


def test_a_zarazem_adds_a_second_title_to_the_apposition(extractor):
    found = people(extractor, "Prelekcję wygłosiła Zofia Wrona, prezes Stowarzyszenia Lipa, a zarazem radna Rady "
                              "Miejskiej w Kolnie.")
    assert titles(found["Zofia Wrona"]) == ["prezes", "radny"]


def test_a_takze_adds_no_title_to_the_apposition(extractor):
    found = people(extractor, "Gości powitali Zofia Wrona, prezes Stowarzyszenia Lipa, a także dyrektor szkoły.")
    assert titles(found["Zofia Wrona"]) == ["prezes"]


def test_a_plural_title_over_two_bodies_gives_each_listed_name_its_body_in_order(extractor):
    found = people(extractor, "W debacie udział wzięli prezesi Fundacji Zielony Las i Stowarzyszenia Nad Rzeką: "
                              "Marek Gil i Ewa Wrona.")
    assert [(r.title, r.organization) for r in found["Marek Gil"].roles if r.title == "prezes"] == [
        ("prezes", "Fundacja Zielony Las")]
    assert [(r.title, r.organization) for r in found["Ewa Wrona"].roles if r.title == "prezes"] == [
        ("prezes", "Stowarzyszenie Nad Rzeką")]


def test_a_plural_title_over_two_bodies_with_more_names_keeps_the_first_body(extractor):
    found = people(extractor, "Głos zabrali prezesi Fundacji Zielony Las i Stowarzyszenia Nad Rzeką: Marek Gil, "
                              "Ewa Wrona i Jan Kos.")
    assert [r.organization for r in found["Jan Kos"].roles if r.title == "prezes"] == ["Fundacja Zielony Las"]


def test_a_profession_with_a_genitive_complement_before_a_name_keeps_both(extractor):
    found = people(extractor, "Na pytania odpowiadał pośrednik pracy Tomasz Gil.")
    assert titles(found["Tomasz Gil"]) == ["pośrednik pracy"]


def test_a_lower_case_genitive_of_people_before_a_name_is_no_complement(extractor):
    found = people(extractor, "Podczas rozmowy z mieszkańcami wsi Tomasz Gil opowiedział o planach.")
    assert titles(found["Tomasz Gil"]) == []


def test_an_event_role_in_the_first_names_own_apposition_stays_its_own(extractor):
    text = ("Gości powitali: Adam Wrona – ekspert Instytutu Rozwoju Wsi oraz Ewa Lis – prezes Fundacji Brzoza. "
            "Warsztaty prowadzili Iga Mak i Piotr Wilk.")
    titles = {p.name: {r.title for r in p.roles} for p in extractor.extract(text).people}
    assert "ekspert" in titles["Adam Wrona"] and "ekspert" not in titles["Ewa Lis"]
    assert "prowadzący" in titles["Iga Mak"] and "prowadzący" in titles["Piotr Wilk"]  # the verb's role is both's
