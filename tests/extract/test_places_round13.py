"""Round 13: places never extracted at all: lists of units after a dash or with a parenthesis per item, a
locality after the adjectives of its phrase or after a sightseeing word, and a locality noun's name after a dash."""

import pytest


def _places(extractor, text: str) -> set[str]:
    return {p.name for p in extractor.extract(text).places}


@pytest.mark.parametrize("text,expected", [
    ("Doradcy pojadą w przyszłym tygodniu do powiatów – opolskiego, nyskiego i brzeskiego.",
     {"powiat opolski", "powiat nyski", "powiat brzeski"}),
    ("W panelu zasiedli goście z województw: lubuskiego (Jan Wrona), opolskiego (Ewa Sroka) i pomorskiego (Adam Kos).",
     {"województwo lubuskie", "województwo opolskie", "województwo pomorskie"}),
])
def test_a_list_of_units_after_a_dash_or_with_asides(extractor, text, expected):
    assert expected <= _places(extractor, text)


@pytest.mark.parametrize("text,expected", [
    ("Na scenie wystąpiła kapela z niewielkiego Grabika.", "Grabik"),
    ("Uczestnicy zwiedzili Pakość, a potem wrócili autokarem.", "Pakość"),
    ("Drugiego dnia zaplanowano zwiedzanie Kamienia Śląskiego.", "Kamień Śląski"),
    ("Delegacja poznała najładniejszą wieś opolską – Kamień Śląski.", "Kamień Śląski"),
])
def test_a_locality_introduced_over_adjectives_or_by_sightseeing(extractor, text, expected):
    assert expected in _places(extractor, text)


def test_a_country_after_an_adjective_stays_a_country(extractor):
    places = {(p.name, p.kind) for p in extractor.extract("Na zjazd przyjechali goście z całej Polski i z Litwy.").places}
    assert ("Polska", "locality") not in places


def test_a_month_after_an_adjective_is_no_place(extractor):
    assert not _places(extractor, "Spotkanie zaplanowano na ubiegły Sierpień w szkole.") & {"Sierpień"}


@pytest.mark.parametrize("text,country", [
    ("Na pielgrzymkę przybyli wierni z parafii w Hrodnach na Białorusi.", "Białoruś"),
    ("Konkurencję podpatrzono w partnerskiej gminie Werlin w Niemczech.", "Niemcy"),
])
def test_the_country_of_a_town_abroad_the_dictionary_does_not_know(extractor, text, country):
    assert country in _places(extractor, text)


def test_a_country_after_a_person_is_still_a_topic(extractor):
    assert "Niemcy" not in _places(extractor, "Pan Kowalski w Niemczech mieszkał długo.")


@pytest.mark.parametrize("text,expected", [
    ("Drugie miejsce zajął Adam Nowak z MKS Wieliczka.", {"Wieliczka"}),
    ("Wyniki: 1) Jan Kowal - UKS Skawina, 2) Adam Nowak - LKS Lipno.", {"Skawina", "Lipno"}),
])
def test_a_town_after_a_body_acronym(extractor, text, expected):
    assert expected <= _places(extractor, text)


@pytest.mark.parametrize("text,absent", [
    ("Na scenie wystąpił ZPiT Pomorze z nowym programem.", "Pomorze"),
    ("PS Czerwone róże także zakwitły.", "Czerwone"),
])
def test_an_ensembles_name_or_a_postscript_is_no_town(extractor, text, absent):
    assert absent not in _places(extractor, text)


@pytest.mark.parametrize("text,village,not_this", [
    ("Stoisko z ciastami przygotowało KGW Brzozowa.", "Brzozowa", "Brzozów"),  # not the genitive of Brzozów
    ("Pokaz ratownictwa dała OSP Lipnik z gminy Nysa.", "Lipnik", "Lipniki"),  # not Lipniki near Nysa
])
def test_a_village_after_an_acronym_is_its_nominative(extractor, text, village, not_this):
    places = _places(extractor, text)
    assert village in places and not_this not in places


def test_a_village_after_a_preposition_keeps_its_case(extractor):
    assert "Brzozów" in _places(extractor, "Na dożynki przybyli goście z Brzozowa.")


@pytest.mark.parametrize("text", [
    "Dożynki odbyły się we wsi Dąbrówka.",
    "Drugie miejsce zajęła drużyna OSP Dąbrówka.",
])
def test_a_village_named_like_a_first_name_after_wsi_or_an_acronym(extractor, text):
    assert "Dąbrówka" in _places(extractor, text)


def test_a_first_name_that_is_also_a_village_is_no_place_on_its_own(extractor):
    assert "Dąbrówka" not in _places(extractor, "Wiersz przeczytała Dąbrówka z klasy trzeciej.")


@pytest.mark.parametrize("text,town,not_this", [
    ("Na dożynki przybyli goście z Brzozowa i z Dęblina.", "Brzozów", "Brzozowa"),  # "Brzozowej" would be the village
    ("Na dożynki przybyli goście z Brzozowej i z Dęblina.", "Brzozowa", "Brzozów"),
])
def test_a_nearby_reading_must_fit_the_case_the_preposition_governs(extractor, text, town, not_this):
    places = _places(extractor, text)
    assert town in places and not_this not in places
