"""The organization a title names (pipeline/extract/role_orgs.py), in sentences written for the tests."""


def _role_orgs(extractor, text: str) -> dict[str, set[str | None]]:
    return {p.name: {r.organization for r in p.roles} for p in extractor.extract(text).people}


def test_a_seat_adjective_before_an_acronym_leaves_the_acronym_as_the_office(extractor):
    orgs = _role_orgs(extractor, "Wszystko po to, żeby dać szansę – tłumaczy Anna Kowalik, dyrektor lipnowskiego PUP-u.")
    assert orgs["Anna Kowalik"] == {"PUP"}


def test_a_lower_case_place_adjective_before_a_named_body_is_no_part_of_its_name(extractor):
    text = ("– Frekwencja nas cieszy – mówi Tadeusz Sowa, prezes lipnowskiego Bractwa Strzeleckiego. Gości powitał "
            "dyrektor brzozowskiego Muzeum Regionalnego Adam Grab.")
    orgs = _role_orgs(extractor, text)
    assert orgs["Tadeusz Sowa"] == {"Bractwo Strzeleckie"}
    assert orgs["Adam Grab"] == {"Muzeum Regionalne"}
    # an office's adjective before its holder's name names no body
    assert _role_orgs(extractor, "Głos zabrał starosta lipnowski Adam Grab.")["Adam Grab"] == {None}



def test_a_lower_case_parish_named_by_its_patron_is_the_titles_body(extractor):
    found = _role_orgs(extractor, "Mszę odprawił ks. Adam Grab, proboszcz parafii pw. św. Rocha w Lipnie, a kazanie "
                                  "wygłosił proboszcz parafii św. Anny w Brzozowie ks. Piotr Sowa.")
    assert found["Adam Grab"] == {"Parafia pw. św. Rocha"}
    assert found["Piotr Sowa"] == {"Parafia św. Anny"}


def test_a_lower_case_kind_without_a_patron_stays_no_body(extractor):
    assert _role_orgs(extractor, "Mszę odprawił ks. Adam Grab, proboszcz parafii w Lipnie.")["Adam Grab"] == {None}


def test_a_lower_case_unit_noun_before_the_units_name_after_the_holder(extractor):
    text = ("Na dożynkach obecni byli Teresa Grzyb, sołtys wsi Borowiczki, Leon Kmieć, sołtys sołectwa Stara Huta, "
            "i Adam Rola, sołtys miejscowości Zagórzyce.")
    found = _role_orgs(extractor, text)
    assert found["Teresa Grzyb"] == {"Borowiczki"}
    assert found["Leon Kmieć"] == {"Sołectwo Stara Huta"}
    assert found["Adam Rola"] == {"Zagórzyce"}
    assert {r.title for p in extractor.extract(text).people for r in p.roles} == {"sołtys"}


def test_a_unit_noun_before_the_next_persons_name_is_no_unit_name(extractor):
    found = _role_orgs(extractor, "Gości powitała Ewa Sójka, sołtys wsi, a Jan Mrówka, radny gminy, podziękował.")
    assert found["Ewa Sójka"] == {None}


def test_a_short_acronym_after_a_title_is_no_towns_genitive(extractor):
    orgs = _role_orgs(extractor, "Wykład wygłosił Marek Lis, pracownik naukowy KUL.")
    assert orgs["Marek Lis"] == {"KUL"}


def test_a_short_acronym_is_its_own_base_form():
    from pipeline import base_form

    assert base_form("PUP", "organization") == "PUP"  # not "Pupa" ("pup": a genitive of "pupa")
    assert base_form("Pup", "organization") != "PUP"
