"""Organization names on page-like reports (issue 12, session 18), in sentences written for the tests."""

import pytest


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Na zebranie przyszli członkowie Stowarzyszenia Nowe Horyzonty.", "Stowarzyszenie Nowe Horyzonty"),
    ("Obrady prowadził Zarząd Fundacji Zielone Łąki.", "Fundacja Zielone Łąki"),
])
def test_a_name_after_a_noun_is_its_genitive_even_when_its_own_words_look_plural(extractor, text, name):
    """"Stowarzyszenia" is a genitive singular or a nominative plural; after a noun it is the genitive complement, and
    a capitalised word after it ("Nowe") is the name's own, not an adjective making the head plural."""
    assert name in _orgs(extractor, text)


def test_a_plural_genitive_after_a_noun_still_names_a_kind(extractor):
    names = _orgs(extractor, "Na zebranie przyszli członkowie Kół Gospodyń Wiejskich.")
    assert not {n for n in names if n.startswith("Koł")}


@pytest.mark.parametrize("text, unit, parent", [
    ("Na scenie wystąpił Chór Jutrzenka Spółdzielni Mieszkaniowej Zacisze.", "Chór Jutrzenka",
     "Spółdzielnia Mieszkaniowa Zacisze"),
    ("Nagrodę zdobył Zespół Śpiewaczy Jutrzenka Gminnego Ośrodka Kultury w Brzezince.", "Zespół Śpiewaczy Jutrzenka",
     "Gminny Ośrodek Kultury w Brzezince"),
    ("Wystąpił Chór „Kos” Spółdzielni Mieszkaniowej w Brzezince.", "Chór „Kos”", "Spółdzielnia Mieszkaniowa w Brzezince"),
])
def test_a_named_unit_of_a_parent_is_split_and_the_generic_parent_keeps_its_seat(extractor, text, unit, parent):
    """Nested names are split (docs/annotation.md, Organizations); a unit's own name in the nominative ("Jutrzenka")
    names it as quotes do, and a seat after the parent's generic name is the parent's."""
    assert {unit, parent} <= _orgs(extractor, text)


def test_a_genitive_complement_is_no_units_own_name(extractor):
    names = _orgs(extractor, "Na scenie wystąpił Klub Seniora Spółdzielni Mieszkaniowej Zacisze.")
    assert "Klub Seniora" not in names


@pytest.mark.parametrize("text, name", [
    ("Ćwiczenia przygotowała Komenda Powiatowa PSP w Brzezince.", "Komenda Powiatowa PSP w Brzezince"),
    ("Zawody zorganizowało Koło Terenowe PZW w Brzezince.", "Koło Terenowe PZW w Brzezince"),
])
def test_a_local_unit_named_with_its_parents_acronym_keeps_its_seat(extractor, text, name):
    """The acronym after a service's or an association's unit ("Komenda Powiatowa PSP") is its parent's, no proper
    part of the unit's name: the seat stays (docs/annotation.md, an acronym is no proper part) and the parent is
    listed too."""
    names = _orgs(extractor, text)
    assert name in names and name.split()[2] in names


def test_an_acronym_spelling_the_units_own_initials_is_its_own(extractor):
    assert "Koło Gospodyń Wiejskich KGW w Brzezince" not in _orgs(
        extractor, "Festyn przygotowało Koło Gospodyń Wiejskich KGW w Brzezince.")
