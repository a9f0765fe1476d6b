"""A gmina or powiat acting as a body is an organization ("Gmina X"), and that mention is not a place."""

import pytest


def _report(extractor, text: str):
    return extractor.extract(text)


@pytest.mark.parametrize("text,name", [
    ("Rajd organizowany przez Gminę Brzozowo odbył się w niedzielę.", "Gmina Brzozowo"),
    ("Festyn przygotowały samorządy powiatu lipowskiego i gminy Brzozowo.", "Powiat Lipowski"),
    ("Festyn przygotowały samorządy powiatu lipowskiego i gminy Brzozowo.", "Gmina Brzozowo"),
    ("Projekt prowadzimy we współpracy z Powiatem Lipowskim.", "Powiat Lipowski"),
    ("Gmina Brzozowo zorganizowała w sobotę piknik.", "Gmina Brzozowo"),
])
def test_an_acting_unit_is_an_organization(extractor, text, name):
    report = _report(extractor, text)
    assert name in {o.name for o in report.organizations}
    assert name.lower() not in {p.name.lower() for p in report.places}


@pytest.mark.parametrize("text", [
    "Piknik odbył się w gminie Brzozowo.",
    "Gmina Brzozowo położona jest nad rzeką.",
    "Mieszkańcy Gminy Brzozowo zebrali się w remizie.",
])
def test_a_unit_as_a_territory_stays_a_place(extractor, text):
    report = _report(extractor, text)
    assert not any(o.name.startswith("Gmina") for o in report.organizations)
