"""Names put into a case by their head group (`inflect_phrase`), the reverse of the base forms."""

import pytest

from pipeline.text.inflect import inflect_phrase


@pytest.mark.parametrize(("name", "case", "expected"), [
    ("Ochotnicza Straż Pożarna w Zalesiu", "gen", "Ochotniczej Straży Pożarnej w Zalesiu"),
    ("Gminny Ośrodek Kultury", "loc", "Gminnym Ośrodku Kultury"),
    ("Koło Gospodyń Wiejskich „Malwy”", "inst", "Kołem Gospodyń Wiejskich „Malwy”"),
    ("Starostwo Powiatowe w Lesku", "gen", "Starostwa Powiatowego w Lesku"),
    ("Nowa Wieś", "loc", "Nowej Wsi"),
    ("Biała Podlaska", "gen", "Białej Podlaskiej"),
    ("Bielsko-Biała", "loc", "Bielsku-Białej"),
    ("Stany Zjednoczone", "loc", "Stanach Zjednoczonych"),
    ("Ośrodek Społeczno-Kulturalny", "gen", "Ośrodka Społeczno-Kulturalnego"),
    ("prezes zarządu", "gen", "prezesa zarządu"),
    ("Centrum Integracji Społecznej", "dat", "Centrum Integracji Społecznej"),
    ("Szkoła Podstawowa nr 2", "inst", "Szkołą Podstawową nr 2"),
    ("Wyższa Szkoła Zawodowa", "gen", "Wyższej Szkoły Zawodowej"),
    ("Lubusko-Wielkopolski Związek Pszczelarzy", "gen", "Lubusko-Wielkopolskiego Związku Pszczelarzy"),
])
def test_inflects_the_head_group_and_keeps_complements(name: str, case: str, expected: str) -> None:
    assert inflect_phrase(name, case) == expected


def test_the_nominative_of_a_name_is_itself() -> None:
    assert inflect_phrase("Gminny Ośrodek Kultury", "nom") == "Gminny Ośrodek Kultury"


@pytest.mark.parametrize("name", ["PCPR", "„Zorza” Zielonka", "w Opolu"])
def test_none_when_the_dictionary_cannot_say(name: str) -> None:
    assert inflect_phrase(name, "gen") is None


def test_a_name_category_chooses_the_heads_reading() -> None:
    assert inflect_phrase("Bytom", "gen", ("nazwa_geograficzna",)) == "Bytomia"


@pytest.mark.parametrize(("name", "case", "expected"), [
    ("Węgry", "gen", "Węgier"),  # the form both SGJP paradigms share, not "Węgrów"
    ("Węgry", "loc", "Węgrzech"),
    ("Bieszczady", "gen", "Bieszczadów"),  # "Bieszczad" is labelled rare
    ("Kielce", "gen", "Kielc"),  # the town's own entry, not the plural of "kielec"
    ("Chełm", "gen", "Chełmu"),  # the form that reads back only as this town
    ("Czarny Potok", "gen", "Czarnego Potoku"),
])
def test_chooses_the_form_writers_use_among_sgjps(name: str, case: str, expected: str) -> None:
    assert inflect_phrase(name, case, ("nazwa_geograficzna",)) == expected


def test_a_form_already_in_the_case_stays_as_written() -> None:
    assert inflect_phrase("Drewniane cuda", "acc") == "Drewniane cuda"  # not the variant "cudy"


@pytest.mark.parametrize(("name", "case", "expected"), [
    ("Bośnia i Hercegowina", "gen", "Bośni i Hercegowiny"),
    ("Miasto i Gmina Zalesie", "gen", "Miasta i Gminy Zalesie"),
    ("Muzeum i Ośrodek Kultury Ludowej", "loc", "Muzeum i Ośrodku Kultury Ludowej"),
    ("Ośrodek Sportu i Rekreacji", "gen", "Ośrodka Sportu i Rekreacji"),  # joined complements stay
    ("Izba Rzemiosła oraz Małej Przedsiębiorczości", "inst", "Izbą Rzemiosła oraz Małej Przedsiębiorczości"),
])
def test_a_conjunction_after_the_head_group_joins_a_second_head(name: str, case: str, expected: str) -> None:
    assert inflect_phrase(name, case) == expected


def test_a_surname_of_the_adjectival_declension_agrees_with_the_head_after_it() -> None:
    # SGJP has the surname Mrozińska but no adjective "mroziński": the name still declines as adjective and noun
    assert inflect_phrase("Mrozińska Wola", "loc", ("nazwa_geograficzna",)) == "Mrozińskiej Woli"


@pytest.mark.parametrize(("name", "expected"), [
    ("gmina Wielka Lipka", "gminy Wielka Lipka"),  # a name in apposition to a lower-case unit word stays
    ("powiat krakowski", "powiatu krakowskiego"),  # the unit's own adjective agrees
    ("Ochotnicza Straż Pożarna", "Ochotniczej Straży Pożarnej"),
])
def test_a_capitalised_name_after_a_lower_case_head_stays(name: str, expected: str) -> None:
    assert inflect_phrase(name, "gen", ("nazwa_geograficzna",)) == expected


@pytest.mark.parametrize(("name", "case", "expected"), [
    ("Stowarzyszenie Sportowo-Rekreacyjne", "gen", "Stowarzyszenia Sportowo-Rekreacyjnego"),  # the head's number
    ("województwo kujawsko-pomorskie", "gen", "województwa kujawsko-pomorskiego"),
    ("Centrum Targowo-Wystawiennicze", "loc", "Centrum Targowo-Wystawienniczym"),  # "Targowo" the compound form
    ("Bielsko-Biała", "gen", "Bielska-Białej"),  # a compound noun inflects both parts
])
def test_a_compound_adjective_agrees_in_the_heads_number(name: str, case: str, expected: str) -> None:
    assert inflect_phrase(name, case, ("nazwa_geograficzna",)) == expected


def test_an_ordinal_in_roman_numerals_stays_and_the_name_after_it_inflects() -> None:
    assert inflect_phrase("IV Liceum Ogólnokształcące w Zalesiu", "gen") == "IV Liceum Ogólnokształcącego w Zalesiu"
    assert inflect_phrase("XII Rajd Rowerowy", "inst") == "XII Rajdem Rowerowym"
    assert inflect_phrase("CIL Lipa", "gen") is None  # an acronym, not a numeral: it stays as written
