"""Round 21 (newspaper prose): words that only look like places, and places a newspaper names in passing."""

import pytest


def _places(extractor, text: str) -> set[str]:
    return {p.name for p in extractor.extract(text).places}


@pytest.mark.parametrize("text,name", [
    ("Z Polaków do finału awansował tylko Jan Borek.", "Polaki"),
    ("Oby przyszłoroczny festyn był równie udany.", "Ob"),
])
def test_a_people_or_a_particle_is_no_place(extractor, text, name):
    places = _places(extractor, text)
    assert name not in places and name + "y" not in places


@pytest.mark.parametrize("text,name", [
    ("Na turniej przyjechali zawodnicy z Niemiec.", "Niemcy"),
    ("Festyn odbył się w Węgrowie.", "Węgrów"),
    ("Na turniej przyjechali zawodnicy z Turku i Mławy.", "Turek"),  # "Turek" the people has no genitive "Turku"
])
def test_a_country_or_a_town_of_the_same_form_stays_a_place(extractor, text, name):
    assert name in _places(extractor, text)


def test_a_pool_or_a_lido_with_its_name_is_a_venue_and_its_acronym_a_body(extractor):
    report = extractor.extract("Zawody rozegrano na Pływalni Miejskiej OSiR oraz na Kąpielisku „Zatoka” w Lipnie.")
    venues = {p.name for p in report.places if p.kind == "venue"}
    assert {"Pływalnia Miejska OSiR", "Kąpielisko „Zatoka”"} <= venues
    assert "OSiR" in {o.name for o in report.organizations}


def test_a_lower_case_pool_is_no_venue(extractor):
    assert not {p.name for p in extractor.extract("Dzieci chodziły na basen w Lipnie.").places if p.kind == "venue"}


def test_a_geographic_name_in_a_case_its_common_homonym_lacks_is_a_place(extractor):
    """"w Rabce": "rabiec" has no locative, the town has; the register writes the town "Rabka-Zdrój"."""
    assert "Rabka" in _places(extractor, "Malarka miała wystawy w Nowym Targu, Rabce i Ustroniu.")


def test_a_common_word_in_the_governed_case_stays_a_word(extractor):
    assert not _places(extractor, "Spotkanie odbyło się w Sierpniu z Rodzinami.")


@pytest.mark.parametrize("text,name", [
    ("Turniej rozegrano na kortach Lechii.", "korty Lechii"),
    ("Piknik odbył się na kortach Brzozanii.", "korty Brzozanii"),
])
def test_sports_grounds_named_after_their_club_are_a_venue_with_the_kind_word(extractor, text, name):
    assert name in _places(extractor, text)


def test_grounds_followed_by_a_town_or_a_person_are_no_club_grounds(extractor):
    places = _places(extractor, "Mecz rozegrano na boisku Kowalskiego, a potem na stadionie Lipna.")
    assert "boisko Kowalskiego" not in places and "stadion Lipna" not in places


def test_an_agreeing_adjective_between_the_preposition_and_the_name_keeps_it_a_place(extractor):
    assert "Europa" in _places(extractor, "Na zjazd przyjadą tysiące harcerzy z całej Europy.")


def test_a_relative_pronoun_after_the_preposition_introduces_no_place(extractor):
    places = _places(extractor, "Rozegrano turniej w Lipnie, w którym Bzura wygrała wszystkie mecze.")
    assert "Bzura" not in places


def test_a_country_in_the_genitive_of_a_noun_after_the_preposition_is_a_topic(extractor):
    places = _places(extractor, "Pomysł zrodził się po rozmowie z królowymi Danii i Norwegii.")
    assert not {"Dania", "Norwegia"} & places


def test_an_adjective_of_the_country_keeps_the_preposition_governing(extractor):
    assert "Słowacja" in _places(extractor, "Na obóz przyjechali harcerze z północnej Słowacji.")


def test_a_name_after_a_demonstrative_points_back_and_is_no_village(extractor):
    places = _places(extractor, "Rolnicy mówili o UE. Niektórym gospodarstwom do tej Unii jeszcze daleko.")
    assert "Unia" not in places


def test_a_village_named_for_its_two_parts_is_a_locality(extractor):
    """The register holds Biczyce Dolne and Biczyce Górne, not Biczyce: the name the people use for both."""
    assert "Biczyce" in _places(extractor, "Na festyn przyjechały koła gospodyń z Biczyc i Lipna.")
