"""A place after the event's name in a title line ("Seminarium „X”, Nowy Targ") is where the event was held
(docs/annotation.md, settled 898): read whole and as written, regions kept by the learned filter; a person's or a
body's name, a weekday, a place inside the quoted name or a sentence's last words are not read so."""

import pytest


def _places(extractor, text: str) -> dict[str, str]:
    return {p.name: p.kind for p in extractor.extract(text).places}


@pytest.mark.parametrize("place, kind", [
    ("Nowy Targ", "locality"),
    ("Ustrzyki Dolne", "locality"),
    ("Lesko", "locality"),
    ("gmina Lesko", "region"),
    ("powiat bieszczadzki", "region"),
    ("województwo lubuskie", "region"),
])
def test_a_place_closing_a_title_line(extractor, place, kind):
    text = f"Seminarium „Sołtys i rada sołecka w praktyce”, {place}\nW seminarium wzięło udział 40 osób z okolicy."
    assert _places(extractor, text).get(place) == kind


def test_a_two_word_name_is_read_whole_not_its_last_word(extractor):
    places = _places(extractor, "Warsztaty „Zioła w kuchni”, Czarny Dunajec\nZajęcia prowadziła zielarka.")
    assert "Czarny Dunajec" in places and "Dunajec" not in places


def test_a_date_after_the_place_and_an_ordinal_before_the_event(extractor):
    places = _places(extractor, "II Forum „Wieś jutra”, Ustrzyki Dolne, 12 maja 2023\nForum zgromadziło rolników.")
    assert "Ustrzyki Dolne" in places


def test_a_town_the_dictionary_does_not_know_is_a_locality(extractor):
    places = _places(extractor, "Konferencja „Kuchnia regionów Europy”, Obernkirchen\nGoście przyjechali z kraju.")
    assert places.get("Obernkirchen") == "locality"


@pytest.mark.parametrize("text, absent", [
    ("Piknik „Lato w ogrodzie”, Jan Lipski\nDziękujemy wszystkim za pomoc.", "Jan Lipski"),
    ("Kiermasz „Pisanki i palmy”, Niedziela\nZapraszamy całe rodziny.", "Niedziela"),
    ("Szkolenie „Pierwsza pomoc”, Fundacja Lipowy Gaj\nSzkolenie trwało cztery godziny.", "Fundacja Lipowy Gaj"),
    ("Zapraszamy na spotkanie z autorem książki, Brody\nSpotkanie potrwa godzinę.", "Brody"),
])
def test_no_place_where_the_line_or_its_end_is_no_title_place(extractor, text, absent):
    assert absent not in _places(extractor, text)


def test_two_countries_joined_by_i_are_two_places_a_regions_pair_one(extractor):
    places = _places(extractor, "Wizyta studyjna, Litwa i Łotwa\nUczestnicy odwiedzili gospodarstwa.")
    assert places.get("Litwa") == "country" and places.get("Łotwa") == "country", places
    places = _places(extractor, "Rajd rowerowy „Szlakiem jezior”, Warmia i Mazury\nRajd trwał trzy dni.")
    assert "Warmia i Mazury" in places, places
