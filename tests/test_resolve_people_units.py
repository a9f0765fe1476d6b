"""An official's unit written with its unit word becomes the unit as a body (pipeline/resolve_people.py)."""

import pytest


@pytest.mark.parametrize("text,organization", [
    ("Głos zabrała Burmistrz Miasta i Gminy Człopa Ewa Kos.", "Miasto i Gmina Człopa"),
    ("Spotkanie otworzył Burmistrz Miasta Sochaczew Pan Marek Wilk.", "Miasto Sochaczew"),
    ("Gości powitał Burmistrz Miasta Lipna Jan Kos.", "Miasto Lipno"),
    ("Obecny był Wójt Gminy Kołki Jan Wilk.", "Gmina Kołki"),
    ("Starosta Powiatu Kłobuckiego Jan Mak otworzył sesję.", "Powiat Kłobucki"),
])
def test_a_title_naming_its_unit_takes_the_unit_as_a_body(extractor, text, organization):
    people = extractor.extract(text).people
    assert [r.organization for p in people for r in p.roles] == [organization]


def test_a_title_naming_the_town_alone_keeps_the_town(extractor):
    people = extractor.extract("Przybył burmistrz Sochaczewa Jan Kowal.").people
    assert [r.organization for p in people for r in p.roles] == ["Sochaczew"]
