"""A body named with an acronym as the venue ("w siedzibie X"): the name as written, the acronym before the name
kept ("OR PCK w X", "PKZ Dom Kultury X"), no expansion ("OSP w X", not "Ochotnicza Straż Pożarna w X"), and the
common noun after a club's acronym no town of its own ("UKS Sokolik")."""

import pytest


def _places(extractor, text: str) -> dict[str, str]:
    return {p.name: p.kind for p in extractor.extract(text).places}


@pytest.mark.parametrize("body, venue, town", [
    ("OSP w Lesku", "OSP w Lesku", "Lesko"),
    ("OR PCK w Lesku", "OR PCK w Lesku", "Lesko"),
    ("UKS Sokolik", "UKS Sokolik", None),
])
def test_an_acronym_led_body_is_the_venue_as_written(extractor, body, venue, town):
    places = _places(extractor, f"Zebranie zarządu odbyło się w siedzibie {body} przy ulicy Lipowej 7.")
    assert places.get(venue) == "venue", places
    assert not any(name.startswith(("Ochotnicza", "Polski Czerwony")) for name in places), places
    others = {name for name, kind in places.items() if kind != "venue"}
    assert others == ({town} if town else set()), places


def test_an_acronym_before_an_institution_phrase_stays_its_first_word(extractor):
    places = _places(extractor, "Zebranie odbyło się w siedzibie PKZ Dom Kultury Lesko przy ulicy Lipowej 7.")
    assert "PKZ Dom Kultury Lesko" in places and "Dom Kultury Lesko" not in places, places


def test_an_acronym_alone_keeps_the_bodys_name(extractor):
    text = ("Gminny Ośrodek Pomocy Społecznej w Lesku (GOPS) zaprasza seniorów. Spotkanie odbędzie się w siedzibie "
            "GOPS przy ulicy Lipowej 7.")
    assert "GOPS" not in _places(extractor, text)
