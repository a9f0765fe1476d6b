"""Round 20: a unit in the genitive owned by a noun before it is not the event's place; where people come from is."""

import pytest


def _places(extractor, text: str) -> set[str]:
    return {p.name for p in extractor.extract(text).places}


@pytest.mark.parametrize("text,name", [
    ("Zarząd omówił zmiany w budżecie gminy Borówek na przyszły rok.", "gmina Borówek"),
    ("Fundacja udziela pomocy finansowej gminom województwa lubuskiego.", "województwo lubuskie"),
    ("Rada przyjęła sprawozdanie o inicjatywach powiatu kłobuckiego w Lipce.", "powiat kłobucki"),
    ("W Lipce odbyły się Mistrzostwa Województwa Opolskiego w pływaniu.", "województwo opolskie"),
])
def test_a_unit_owned_by_a_noun_is_no_place(extractor, text, name):
    assert name not in _places(extractor, text)


@pytest.mark.parametrize("text,name", [
    ("W festynie wzięli udział mieszkańcy gminy Borówek.", "gmina Borówek"),
    ("Na seminarium przybyli praktycy pracy socjalnej regionu konińskiego.", "region koniński"),
    ("Konkurs skierowano do uczniów szkół podstawowych powiatu kłobuckiego.", "powiat kłobucki"),
    ("Uczestnicy oglądali inwestycje na terenie gminy Borówek.", "gmina Borówek"),
    ("Warsztaty objęły południowy subregion województwa opolskiego.", "województwo opolskie"),
    ("Na spotkanie przyjechali goście z województwa opolskiego.", "województwo opolskie"),
])
def test_people_of_a_unit_and_a_located_unit_stay_places(extractor, text, name):
    assert name in _places(extractor, text)


@pytest.mark.parametrize("text, name", [
    ("Na festyn przyjechali goście z Ziemi Dobrzyńskiej i z Kujaw.", "Ziemia Dobrzyńska"),
    ("Rajd prowadził przez Ziemię Kłodzką aż do granicy.", "Ziemia Kłodzka"),
])
def test_a_region_word_with_its_place_adjective_is_a_region(extractor, text, name):
    """'Ziemi' reads as the planet only: with a capitalised adjective agreeing with it, it names a region."""
    places = {(p.name, p.kind) for p in extractor.extract(text).places}
    assert (name, "region") in places


def test_a_region_word_inside_a_bodys_name_is_no_place(extractor):
    assert "Ziemia Kłodzka" not in _places(extractor, "Wykład wygłosił prezes Towarzystwa Miłośników Ziemi Kłodzkiej.")


def test_a_name_after_a_lower_case_river_or_lake_noun_is_that_feature(extractor):
    places = {(p.name, p.kind) for p in extractor.extract("Spływ kajakowy odbył się na rzece Wkrze w Pomiechówku.").places}
    assert ("Wkra", "other") in places and ("Pomiechówek", "locality") in places


def test_an_institutions_seat_of_a_name_and_an_adjective_is_a_locality(extractor):
    """"OSP w Zalesiu Dolnym": the seat is a locality even when the register lacks the two-word name."""
    places = {(p.name, p.kind) for p in extractor.extract(
        "Ochotnicza Straż Pożarna w Zalesiu Dolnym zorganizowała pokazy ratownictwa.").places}
    assert ("Zalesie Dolne", "locality") in places


def test_a_seat_with_a_second_noun_stays_unpromoted(extractor):
    places = {(p.name, p.kind) for p in extractor.extract(
        "Stowarzyszenie w Dolinie Baryczy zorganizowało rajd rowerowy.").places}
    assert not any(kind == "locality" and name.startswith("Dolin") for name, kind in places)
