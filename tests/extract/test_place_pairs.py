"""A settlement's two-word name the register lacks ('Kępa Dolna', 'Stara Kępa') is one place, never its noun or its
adjective alone (pipeline/lexicon/place_pairs.py); invented sentences."""

import pytest


def _places(extractor, text: str) -> dict[str, str]:
    return {p.name: p.kind for p in extractor.extract(text).places}


@pytest.mark.parametrize("text,name", [
    ("Festyn odbył się w Kępie Dolnej.", "Kępa Dolna"),
    ("Festyn odbył się we wsi Kępa Dolna.", "Kępa Dolna"),
    ("Mieszkańcy Kępy Górnej przygotowali festyn.", "Kępa Górna"),
    ("Festyn odbył się w miejscowości Kępa Mała koło Płocka.", "Kępa Mała"),
    ("Festyn odbył się w Woli Nowej.", "Wola Nowa"),
    ("Festyn odbył się w Starej Kępie.", "Stara Kępa"),
    ("Festyn odbył się we wsi Stara Kępa.", "Stara Kępa"),
    ("Druhowie z OSP Kępa Dolna pomagali.", "Kępa Dolna"),  # a body's village after its acronym
    ("Zawodnicy UKS Wola Nowa wygrali.", "Wola Nowa"),
    ("Festyn odbył się w Kępie Dolnej Pierwszej.", "Kępa Dolna Pierwsza"),  # two adjectives
])
def test_a_noun_and_a_settlement_adjective_name_one_village(extractor, text, name):
    places = _places(extractor, text)
    assert places.get(name) == "locality"
    assert not {"Kępa", "Kępy", "Kępie", "Wola", "Stara", "Dolna", "Górna"} & set(places)


def test_coordinated_pairs_are_not_split_into_a_noun_and_an_adjective(extractor):
    places = _places(extractor, "Dzieci z Kępy Dolnej i Kępy Górnej śpiewały.")
    assert {"Kępa Dolna", "Kępa Górna"} <= set(places)
    assert "Dolna" not in places and "Kępa" not in places


def test_a_pair_the_next_capitalised_word_continues_is_no_village(extractor):
    assert _places(extractor, "Spływ odbył się w Dolinie Górnej Wisły.").get("Dolina Górna") != "locality"


def test_a_room_with_a_settlement_adjective_stays_a_venue(extractor):
    assert _places(extractor, "Koncert odbył się w Sali Wielkiej.").get("Sala Wielka") != "locality"


def test_a_lone_village_noun_stays_the_village(extractor):
    assert _places(extractor, "Zjazd odbył się we wsi Kępa koło Płocka.").get("Kępa") == "locality"


@pytest.mark.parametrize("text,name", [
    ("Kępa Dolna, 12 maja 2025. Festyn odbył się przy szkole.", "Kępa Dolna"),
    ("Stara Kępa, 3.06.2025\nFestyn odbył się przy szkole.", "Stara Kępa"),
])
def test_a_dateline_opened_by_a_villages_two_word_name(extractor, text, name):
    assert _places(extractor, text).get(name) == "locality"
