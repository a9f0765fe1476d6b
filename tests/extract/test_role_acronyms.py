"""An acronym body with its own name in a title (pipeline/extract/role_acronyms.py): "prezes LGD Kraina Bobra"."""

import pytest


@pytest.fixture(scope="module")
def role_orgs(extractor):
    def run(text):
        return {p.name: [r.organization for r in p.roles] for p in extractor.extract(text).people}
    return run


@pytest.mark.parametrize("text,name,org", [
    ("Gości powitał prezes LGD Kraina Bobra Jerzy Pasek.", "Jerzy Pasek", "LGD Kraina Bobra"),
    ("Głos zabrała Teresa Wilk, prezes LGD Ziemi Lubawskiej.", "Teresa Wilk", "LGD Ziemi Lubawskiej"),
])
def test_the_acronym_keeps_its_name(role_orgs, text, name, org):
    assert org in role_orgs(text)[name]


@pytest.mark.parametrize("text,name,org", [
    ("Gości powitał prezes LGD Jerzy Pasek.", "Jerzy Pasek", "LGD"),  # the holder's name is no part of the body
    ("Głos zabrała Teresa Wilk, dyrektor GOPS w Borowie.", "Teresa Wilk", "GOPS w Borowie"),  # a seat, as before
])
def test_no_name_after_the_acronym(role_orgs, text, name, org):
    assert role_orgs(text)[name] == [org]


@pytest.fixture(scope="module")
def affiliations(extractor):
    def run(text):
        return {p.name: p.affiliation for p in extractor.extract(text).people}
    return run


@pytest.mark.parametrize("text,name,org", [
    ("Wykład wygłosił Jerzy Pasek (LGD Ziemi Lubawskiej).", "Jerzy Pasek", "LGD Ziemi Lubawskiej"),
    ("Wykład wygłosił Jerzy Pasek z LGD Kraina Bobra.", "Jerzy Pasek", "LGD Kraina Bobra"),
    # a seat after the acronym, a holder's name, nothing after it: the acronym alone, as before
    ("Wykład wygłosił Jerzy Pasek z PUP Kępno, a po nim Teresa Wilk.", "Jerzy Pasek", "PUP"),
    ("Wykład wygłosił Jerzy Pasek z LGD.", "Jerzy Pasek", "LGD"),
])
def test_an_affiliation_acronym_keeps_its_name(affiliations, text, name, org):
    assert affiliations(text)[name] == org
