"""A venue field's value ("Miejsce: X", "Miejsce spotkania: X", "Gdzie: X", a bare "Miejsce" line over it) is the
venue as written: quoted and one-word names, generic capitalised institutions, a room with its building and seat,
an acronym-headed name whole; no pieces of it as places, its "w X" seat kept. Addresses, contest results, dates and
words that name no venue are not read so."""

import pytest


def _places(extractor, text: str) -> dict[str, str]:
    return {p.name: p.kind for p in extractor.extract(text).places}


_LEAD = "Zapraszamy na bezpłatne warsztaty rękodzieła.\nTermin: 14 maja, godz. 16:00\n"


@pytest.mark.parametrize("value", [
    "„Zielony Zakątek”",
    "Biblioteka Gminna",
    "Szkoła Podstawowa",
    "Rynek",
    "Stary Rynek w Lesku",
    "Sala Błękitna Pałacu Lipowskiego w Lesku",
    "GCK Dom Kultury Lesko",
    "OSP w Lesku",
    "Centrum Kultury, Sportu i Rekreacji w Lesku",
    "kościół parafialny pw. św. Rocha",
    "lipowski zamek",
    "grób powstańców styczniowych",
    "Bagatela",
])
def test_the_fields_value_is_the_venue_as_written(extractor, value):
    assert _places(extractor, f"{_LEAD}Miejsce: {value}").get(value) == "venue"


def test_other_labels_and_a_value_on_the_next_line(extractor):
    assert "Gminny Ośrodek Kultury w Lesku" in _places(extractor, f"{_LEAD}Miejsce spotkania: Gminny Ośrodek Kultury "
                                                                  "w Lesku, ul. Polna 3.")
    assert "Świetlica „Pod Lipą”" in _places(extractor, f"{_LEAD}Gdzie: Świetlica „Pod Lipą”")
    assert "Dworek Zielony" in _places(extractor, "Koncert kolęd\n\nMiejsce\n\nDworek Zielony\n\nWstęp wolny.")


def test_the_seat_stays_a_place_and_pieces_do_not(extractor):
    places = _places(extractor, f"{_LEAD}Miejsce: OSP w Lesku")
    assert places.get("Lesko") == "locality"
    assert not any(name.startswith("Ochotnicza Straż") for name in places), places
    places = _places(extractor, f"{_LEAD}Miejsce: Dział „Zawodzie”")
    assert "Dział" not in places and "Zawodzie" not in places


@pytest.mark.parametrize("value, absent", [
    ("do ustalenia", "do ustalenia"),
    ("ul. Polna 3, Lesko", "ul. Polna 3"),
    ("Jan Lipski", "Jan Lipski"),
    ("II", "II"),
    ("Online", "Online"),
    ("teren przy szkole", "teren przy szkole"),
    ("sala konferencyjna Urzędu Gminy", "sala konferencyjna Urzędu Gminy"),
])
def test_no_venue_from_an_address_a_person_or_an_open_question(extractor, value, absent):
    assert absent not in _places(extractor, f"{_LEAD}Miejsce: {value}")


def test_a_known_town_stays_a_locality(extractor):
    assert _places(extractor, f"{_LEAD}Miejsce: Lesko").get("Lesko") == "locality"


def test_a_contests_ranked_place_is_no_venue_field(extractor):
    text = "Wyniki konkursu plastycznego:\nMiejsce pierwsze: Szkoła Podstawowa w Lesku\nMiejsce drugie: Przedszkole Bajka"
    places = _places(extractor, text)
    assert "Szkoła Podstawowa w Lesku" not in places and "Przedszkole Bajka" not in places, places
