"""A title after "jego"/"jej" belongs to the institution the pronoun refers back to (pipeline/resolve_origins.py).
Sentences are invented."""

import pytest


def _orgs(extractor, text, name):
    person = next(p for p in extractor.extract(text).people if p.name == name)
    return [r.organization for r in person.roles]


@pytest.mark.parametrize("text, name, organization", [
    ("Potem zwiedziliśmy Warsztat Terapii Zajęciowej w Brzozowie. O pracy warsztatu opowiedział jego kierownik "
     "Jan Grabek.", "Jan Grabek", "Warsztat Terapii Zajęciowej w Brzozowie"),
    ("Wizytę zakończyliśmy w Fundacji Leśny Dom. Jej prezeska Olga Ruta oprowadziła nas po ogrodzie.",
     "Olga Ruta", "Fundacja Leśny Dom"),
    ("Gospodarzem była LGD „Dolina Wrzosu”, której prezes Adam Grab omówił wdrażanie strategii.",
     "Adam Grab", "LGD „Dolina Wrzosu”"),
])
def test_a_possessive_before_a_title_refers_back_to_the_body(extractor, text, name, organization):
    assert _orgs(extractor, text, name) == [organization]


@pytest.mark.parametrize("text, name", [
    ("Obrady otworzyła dyrektor Fundacji Leśny Dom Olga Ruta. Jej zastępca Piotr Sowa omówił plan.", "Piotr Sowa"),
    ("Byliśmy w Fundacji Leśny Dom. O pracy lokalnego stowarzyszenia mówił jego prezes Piotr Sowa.", "Piotr Sowa"),
    ("W Fundacji Leśny Dom gości przyjęła Olga Ruta, której zastępca Piotr Sowa omówił plan.", "Piotr Sowa"),
])
def test_a_person_or_an_unnamed_body_before_the_possessive_gives_none(extractor, text, name):
    assert _orgs(extractor, text, name) == [None]


def test_a_bare_title_in_a_where_clause_after_a_body_is_held_there(extractor):
    text = "Drugiego dnia byliśmy w Spółdzielni Socjalnej „Pod Lipą” w Brzozowie, gdzie gości przyjęła prezeska Olga Ruta."
    assert _orgs(extractor, text, "Olga Ruta") == ["Spółdzielnia Socjalna „Pod Lipą”"]


def test_a_where_clause_after_a_town_or_an_event_role_gives_no_body(extractor):
    assert _orgs(extractor, "Byliśmy w Brzozowie, gdzie przyjął nas prezes Piotr Sowa.", "Piotr Sowa") == [None]
    text = "Odwiedziliśmy Fundację Leśny Dom, gdzie zajęcia prowadziła Olga Ruta."
    assert _orgs(extractor, text, "Olga Ruta") == [None]


def test_a_title_in_company_in_a_where_clause_gives_no_body(extractor):
    text = "Zajęcia odbyły się w sali Teatru Nowego, gdzie seniorzy ćwiczyli z instruktorką Olgą Rutą."
    assert _orgs(extractor, text, "Olga Ruta") == [None]


def test_names_in_a_bracket_after_a_body_are_its_people(extractor):
    report = extractor.extract("Obecni byli przedstawiciele: Gminnego Ośrodka Kultury w Lipnie (Olga Ruta, Adam Grab) "
                               "oraz Fundacji Leśny Dom (Piotr Sowa).")
    found = {p.name: p.affiliation for p in report.people}
    assert found == {"Olga Ruta": "Gminny Ośrodek Kultury w Lipnie", "Adam Grab": "Gminny Ośrodek Kultury w Lipnie",
                     "Piotr Sowa": "Fundacja Leśny Dom"}


def test_a_bracket_with_more_than_names_gives_no_body(extractor):
    report = extractor.extract("Wystąpiła Fundacja Leśny Dom (prezentacja przygotowana przez Olgę Rutę).")
    assert [p.affiliation for p in report.people if p.name == "Olga Ruta"] == [None]


def test_a_universitys_acronym_after_prof_is_the_professors_body(extractor):
    report = extractor.extract("Wykład otwierający wygłosiła prof. UWM dr hab. Olga Ruta, a dyskusję prowadził dr Adam Grab.")
    found = {p.name: p.affiliation for p in report.people}
    assert found["Olga Ruta"] == "UWM"
    assert found["Adam Grab"] is None
