"""Base forms and parents of organization names of round 14 (pipeline/extract/organizations.py), in sentences
written for the tests."""


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


def test_a_compound_adjective_with_a_spaced_dash_declines_its_last_part_only(extractor):
    names = _orgs(extractor, "Dyplomy wręczono w Zespole Szkolno – Przedszkolnym nr 2 w Rypinie.")
    assert "Zespół Szkolno – Przedszkolny nr 2 w Rypinie" in names


def test_the_parent_of_a_seated_branch_is_listed_in_the_nominative(extractor):
    names = _orgs(extractor, "Gości przyjął Wielkopolski Ośrodek Doradztwa Rolniczego w Lesznie Oddział w Kościanie, "
                             "a potem Ośrodek Szkolenia Rolników w Pile.")
    assert "Wielkopolski Ośrodek Doradztwa Rolniczego w Lesznie Oddział w Kościanie" in names
    assert "Wielkopolski Ośrodek Doradztwa Rolniczego w Lesznie" in names


def test_a_branch_without_its_own_seat_adds_no_parent(extractor):
    names = _orgs(extractor, "Wykład wygłosił pracownik Towarzystwa Przyjaciół Nauk Oddział Terenowy, znany historyk.")
    assert "Towarzystwo Przyjaciół Nauk" not in names
