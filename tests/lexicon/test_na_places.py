"""Places that take "na" (pipeline.lexicon.na_places), as the name-shape harness writes them."""

import pytest

from pipeline.lexicon.na_places import takes_na


@pytest.mark.parametrize(("lemma", "kind", "plurale_tantum", "expected"), [
    ("Śląsk", "region", False, True),  # a listed head
    ("ziemia", "region", False, True),  # "na Ziemi X"
    ("rynek", "venue", False, True),  # an open site
    ("Kujawy", "region", True, True),  # a region named by a plurale tantum
    ("Niemcy", "country", True, False),  # a country named by one takes "w"
    ("Tatry", "other", True, False),  # so do mountains
    ("Grabska", "region", False, False),  # a plural of a common noun ("Grabskie") is no plurale tantum
    ("Sądecczyzna", "region", False, True),  # a derived region noun in -czyzna
    ("Wrocław", "locality", False, False),
    ("Błonie", "locality", False, False),  # a town named like a site: the site words are for venues
    ("Błonie", "venue", False, True),
])
def test_takes_na(lemma: str, kind: str, plurale_tantum: bool, expected: bool) -> None:
    assert takes_na(lemma, kind, plurale_tantum) is expected
