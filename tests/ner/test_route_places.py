"""Stops of a route written between dashes after a route noun, on invented sentences."""

import pytest


@pytest.mark.parametrize("text, stops", [
    ("Rowerzyści przejechali trasę Gąski – Orzech – Lipnik.", ["Gąski", "Orzech", "Lipnik"]),
    ("Szlak wycieczki: Czechy – Austria – Słowenia.", ["Czechy", "Austria", "Słowenia"]),
    ("Na trasie Stara Kamionka – Borowa Wola grupa zrobiła postój.", ["Stara Kamionka", "Borowa Wola"]),
])
def test_the_stops_of_a_route_are_places(extractor, text, stops):
    assert [p.name for p in extractor.extract(text).places] == stops


def test_a_routes_own_name_is_no_stop(extractor):
    assert extractor.extract("Spacer odbył się trasą Królewską przez park.").places == []


def test_a_route_goes_on_after_a_unit_and_keeps_a_hyphenated_stop(extractor):
    page = "Rowerzyści przejechali trasę powiat lipnowski – Garbatka-Letnisko – Radom."
    names = [p.name for p in extractor.extract(page).places]
    assert "Garbatka-Letnisko" in names and "Radom" in names
    assert "Garbatka" not in names and "Letnisko" not in names


@pytest.mark.parametrize("text, stop", [
    ("Rajd odbył się na trasie Nysa – Lipnik – Opole.", "Lipnik"),  # not Lipniki (genitive plural "Lipnik")
    ("Uczestnicy pojechali szlakiem Kielce – Brzozowa – Dęblin.", "Brzozowa"),  # not the genitive of Brzozów
])
def test_a_stop_is_the_place_its_nominative_names(extractor, text, stop):
    assert stop in [p.name for p in extractor.extract(text).places]


def test_a_name_after_a_preposition_keeps_its_inflected_readings(extractor):
    names = [p.name for p in extractor.extract("Na festyn przyjechały dzieci z Lipnik i z Nysy.").places]
    assert "Lipniki" in names and "Lipnik" not in names
