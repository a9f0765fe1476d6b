"""Venue cues of round 19c: a guided tour "po" a list of sites, a copula with "miejscem", a square or a named room
before the institution; a bare visited object is no cue."""

import pytest


def _venues(extractor, text: str) -> set[str]:
    return {p.name for p in extractor.extract(text).places if p.kind == "venue"}


def test_a_bare_visited_object_stays_no_venue_cue(extractor):
    text = "Na koniec dnia goście odwiedzili Fundację Zielony Gaj i wrócili do domu."
    assert not any(v.startswith("Fundacja Zielony Gaj") for v in _venues(extractor, text))


def test_a_guided_tour_po_a_list_of_sites_gives_each_site(extractor):
    text = ("Wójt wraz z dyrektorami oprowadził gości po Muzeum Regionalnym w Lipnie, Szkole Podstawowej w Lipnie "
            "oraz Urzędzie Gminy w Lipnie, a potem pokazał obiekty, które znajdują się przy Gminnym Ośrodku Sportu "
            "w Lipnie.")
    venues = _venues(extractor, text)
    assert {"Muzeum Regionalne w Lipnie", "Urząd Gminy w Lipnie"} <= venues
    assert "Gminny Ośrodek Sportu w Lipnie" not in venues


@pytest.mark.parametrize("text,venue", [
    ("Miejscem spotkania było Centrum Kultury w Kołkach.", "Centrum Kultury w Kołkach"),
    ("Miejscem zajęć, w których brało udział dwanaście osób, był Dom Pomocy Społecznej w Rypinie.",
     "Dom Pomocy Społecznej w Rypinie"),
])
def test_a_copula_with_miejscem_names_the_venue(extractor, text, venue):
    assert venue in _venues(extractor, text)


def test_a_copula_without_miejsce_is_no_venue_cue(extractor):
    text = "Gospodarzem konkursu był tym razem Dom Pomocy Społecznej w Rypinie, który zaprosił seniorów."
    assert "Dom Pomocy Społecznej w Rypinie" not in _venues(extractor, text)


def test_a_room_named_after_a_patron_before_the_institution(extractor):
    text = "W piątek, 3 marca, w Sali im. Jana Kwiatka w Urzędzie Miejskim w Lipnie burmistrz wręczył nagrody."
    assert "Urząd Miejski w Lipnie" in _venues(extractor, text)


def test_a_square_of_the_institution_is_its_venue(extractor):
    text = "Po mszy strażacy przemaszerowali na plac OSP w Kołkach, gdzie trwała dalsza część uroczystości."
    assert any("Kołkach" in v for v in _venues(extractor, text))
