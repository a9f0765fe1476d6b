"""Village bodies written by acronym and village ("KGW Stężyca") are spelled out with the village as their seat."""

import pytest


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


@pytest.mark.parametrize("text,name", [
    ("Drugie miejsce zajęło KGW Stężyca.", "Koło Gospodyń Wiejskich w Stężycy"),
    ("Pierogi przygotowało KGW w Lipnicach.", "Koło Gospodyń Wiejskich w Lipnicach"),
    ("Pokaz przygotowały panie z KGW z Kamionki Wielkiej.", "Koło Gospodyń Wiejskich w Kamionce Wielkiej"),
    ("Na festynie wystąpiła OSP Stężyca.", "Ochotnicza Straż Pożarna w Stężycy"),
])
def test_an_acronym_with_its_village_is_spelled_out(extractor, text, name):
    assert name in _orgs(extractor, text)


def test_a_quoted_name_after_the_village_replaces_the_seat(extractor):
    names = _orgs(extractor, "Trzecie miejsce zajęło KGW Stężyca „Malwy” z gminy Kartuzy.")
    assert "Koło Gospodyń Wiejskich „Malwy”" in names


def test_each_village_of_a_list_names_its_own_body(extractor):
    names = _orgs(extractor, "Ciasta upiekły panie z KGW z Kamionki Wielkiej, Stężycy czy Lipnic.")
    assert {"Koło Gospodyń Wiejskich w Kamionce Wielkiej", "Koło Gospodyń Wiejskich w Stężycy",
            "Koło Gospodyń Wiejskich w Lipnicach"} <= names


def test_an_acronym_without_a_village_is_not_expanded(extractor):
    names = _orgs(extractor, "W konkursie dla członkiń KGW nagrodzono trzy koła.")
    assert not any(n.startswith("Koło Gospodyń Wiejskich w") for n in names)


def test_an_acronym_with_a_quoted_name_is_one_body_as_written(extractor):
    names = _orgs(extractor, "Na spotkaniu byli przedstawiciele LGD „Zielony Bór” i LGD „Razem dla Wsi” z gminy.")
    assert {"LGD „Zielony Bór”", "LGD „Razem dla Wsi”"} <= names


def test_a_village_body_acronym_with_a_quoted_name_is_spelled_out(extractor):
    assert "Koło Gospodyń Wiejskich „Malwy”" in _orgs(extractor, "Na scenie wystąpiły panie z KGW „Malwy” z gminy.")


def test_the_village_ends_before_the_office_holders_name(extractor):
    """"prezes OSP Stężyca Adam Kruk": the first name and surname after the village are the president's."""
    report = extractor.extract("Gości powitał prezes OSP Stężyca Bogdan Wilczek.")
    assert "Ochotnicza Straż Pożarna w Stężycy" in {o.name for o in report.organizations}
    person = next(p for p in report.people if p.name == "Bogdan Wilczek")
    assert [(r.title, r.organization) for r in person.roles] == [("prezes", "Ochotnicza Straż Pożarna w Stężycy")]

