"""Roles, round 13: an office's domain stays in its holder's title ("Kurator Oświaty"), and the holder's organization
is the office derived from the title (komendant/komenda, kurator/kuratorium). Sentences are invented; they reproduce
the shapes found in reports."""

import pytest
from people_helpers import people, titles, titles_with_orgs


@pytest.mark.parametrize("text, name, expected", [
    ("Na konferencji Mazowiecki Kurator Oświaty Jan Nowak omówił zadania szkół.", "Jan Nowak", "kurator oświaty"),
    ("Gości przywitali Adam Kos Zastępca Okręgowego Inspektora Pracy oraz Anna Wilk.", "Adam Kos",
     "zastępca okręgowego inspektora pracy"),
    ("Wykład wygłosił Inspektor Pracy Jan Nowak.", "Jan Nowak", "inspektor pracy"),
])
def test_a_capitalised_domain_genitive_stays_in_the_title(extractor, text, name, expected):
    assert titles(people(extractor, text)[name]) == [expected]


@pytest.mark.parametrize("text, name, expected", [
    ("Na spotkanie przyszedł Sołtys Woli Jan Nowak.", "Jan Nowak", "sołtys"),
    ("Obecna była wiceprezes Pani Anna Kos.", "Anna Kos", "wiceprezes"),
    ("Gości przywitał Dyrektor Szpitala Jan Nowak.", "Jan Nowak", "dyrektor"),
])
def test_units_bodies_and_addresses_are_no_domain(extractor, text, name, expected):
    assert titles(people(extractor, text)[name]) == [expected]


def test_the_domain_is_no_organization_and_the_office_named_elsewhere_is(extractor):
    text = ("Konferencję zorganizowało Kuratorium Oświaty w Lipnie. Uczestników powitał Mazowiecki Kurator Oświaty "
            "Jan Nowak.")
    assert titles_with_orgs(people(extractor, text)["Jan Nowak"]) == [("kurator oświaty", "Kuratorium Oświaty w Lipnie")]


def test_a_police_commander_belongs_to_the_command_his_title_names(extractor):
    text = "Zebranych przywitał Komendant Powiatowy Policji w Lipnie mł. insp. Jan Nowak."
    assert titles_with_orgs(people(extractor, text)["Jan Nowak"]) == [
        ("komendant powiatowy", "Komenda Powiatowa Policji w Lipnie")]


def test_a_deputy_commander_takes_the_command_named_before_with_his_seat(extractor):
    text = ("Spotkaliśmy się z funkcjonariuszami Komendy Powiatowej Policji w Lipnie i Zastępcą Komendanta "
            "Powiatowego w Lipnie kom. Janem Nowakiem.")
    orgs = [org for _, org in titles_with_orgs(people(extractor, text)["Jan Nowak"])]
    assert orgs and orgs[0] is not None and orgs[0].startswith("Komend") and orgs[0].endswith("w Lipnie")


@pytest.mark.parametrize("text, expected", [
    ("Obecny był Komendant Straży Miejskiej w Lipnie Jan Nowak.", "Straż Miejska w Lipnie"),
    ("Głos zabrał Komendant Komisariatu Policji w Lipnie asp. Jan Nowak.", "Komisariat Policji w Lipnie"),
])
def test_a_commander_without_a_level_heads_the_body_in_the_genitive(extractor, text, expected):
    orgs = [org for _, org in titles_with_orgs(people(extractor, text)["Jan Nowak"])]
    assert orgs and orgs[0] is not None and not orgs[0].startswith("Komenda ")
