"""Choosing among homonymous readings of a place name: morphology first, then the document's other places."""

import pytest


def _places(extractor, text: str) -> set[tuple[str, str]]:
    return {(p.name, p.kind) for p in extractor.extract(text).places}


@pytest.mark.parametrize("text,name,kind", [
    ("Jarmark rękodzieła odbył się na Kujawach.", "Kujawy", "region"),  # plurale tantum, not a plural of Kujawa
    ("Koncert orkiestry odbył się w Lipnicach.", "Lipnice", "locality"),
    ("Wykład wygłosił pracownik instytutu w Radzikowie.", "Radzików", "locality"),  # a whole name, not a part
])
def test_morphology_prefers_the_likelier_reading(extractor, text, name, kind):
    assert (name, kind) in _places(extractor, text)


def test_a_reading_near_the_documents_other_places_wins(extractor):
    places = _places(extractor, "Uczniowie z Inowrocławia pojechali na wycieczkę do Łojewa.")
    assert ("Łojewo", "locality") in places and ("Łojew", "locality") not in places


def test_a_gmina_seat_wins_without_other_evidence(extractor):
    assert ("Gołuchów", "locality") in _places(extractor, "Zawody odbyły się w Gołuchowie.")
