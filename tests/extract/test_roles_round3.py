"""Roles, their organizations and parts, third round: rank adjectives, councils named by a title, participle
titles, departments and their parents, list headings naming a body. Sentences are invented."""

from people_helpers import people
from people_helpers import titles_with_orgs as titles


def test_rank_adjective_after_a_title_stays_in_it(extractor):
    found = people(extractor, "Głos zabrał dr Adam Kret – p.o. Dyrektora Generalnego Fundacji Wiatrak.")
    assert [t for t, _ in titles(found["Adam Kret"])] == ["p.o. dyrektora generalnego"]


def test_council_named_by_its_members_title_is_the_body_of_a_bare_title(extractor):
    found = people(extractor, "Na forum przybył Jan Lis – Minister, członek Rady Ministrów.")
    assert titles(found["Jan Lis"]) == [("minister", None), ("członek", "Rada Ministrów")]


def test_participle_title_takes_no_object(extractor):
    found = people(extractor, "Pytania zadawała prowadząca spotkania Ewa Kmita z biblioteki.")
    assert [t for t, _ in titles(found["Ewa Kmita"])] == ["prowadzący"]


def test_department_with_a_parent_after_w_belongs_to_the_parent(extractor):
    found = people(extractor, "Wystąpiła Ewa Lis, dyrektor Departamentu Spraw Seniorów w Ministerstwie Zdrowia, "
                              "omawiając nowe programy.")
    assert titles(found["Ewa Lis"]) == [("dyrektor departamentu", "Ministerstwo Zdrowia")]


def test_department_with_a_trailing_acronym_belongs_to_it(extractor):
    found = people(extractor, "Dyplomy wręczał Adam Kos, Dyrektor Departamentu Pożytku Społecznego MRiPS.")
    assert titles(found["Adam Kos"]) == [("dyrektor departamentu", "MRiPS")]


def test_department_named_after_a_dash_gives_its_office_as_affiliation(extractor):
    found = people(extractor, "Obecni byli:\n• Pani Ewa Lis – Departament Zdrowia Urzędu Marszałkowskiego w Opolu;\n")
    assert found["Ewa Lis"].affiliation == "Urząd Marszałkowski w Opolu"


def test_adjective_of_the_units_own_noun_is_not_the_parents(extractor):
    report = extractor.extract("Mówił Jan Lis, Dyrektor Departamentu Wdrażania Europejskiego Funduszu Społecznego "
                               "Urzędu Marszałkowskiego w Opolu.")
    person = {p.name: p for p in report.people}["Jan Lis"]
    assert titles(person) == [("dyrektor departamentu", "Urząd Marszałkowski w Opolu")]


def test_department_without_a_parent_stays_the_organization(extractor):
    found = people(extractor, "Mówiła Ewa Lis, dyrektor Departamentu Spraw Seniorów, o nowych programach.")
    assert titles(found["Ewa Lis"]) == [("dyrektor departamentu", "Departament Spraw Seniorów")]


def test_representatives_of_a_body_listed_after_it_belong_to_it(extractor):
    found = people(extractor, "Przedstawicielami Młodzieżowej Rady Miasta Lipno byli: Ewa Mak (radna), Jan Kos "
                              "(radny) oraz ich opiekunowie: Anna Lis i Piotr Wilk.")
    for name in ("Ewa Mak", "Jan Kos", "Anna Lis", "Piotr Wilk"):
        assert found[name].affiliation == "Młodzieżowa Rada Miasta Lipno", name


def test_representatives_department_belongs_to_the_body_they_represent(extractor):
    found = people(extractor, "Gośćmi byli przedstawiciele Ministerstwa Zdrowia Pani Ewa Lis – Dyrektor "
                              "Departamentu Spraw Seniorów oraz Pan Jan Kos – Zastępca Dyrektora Departamentu Kadr.")
    assert ("dyrektor departamentu", "Ministerstwo Zdrowia") in titles(found["Ewa Lis"])
    assert ("zastępca dyrektora departamentu", "Ministerstwo Zdrowia") in titles(found["Jan Kos"])
    assert not any(t.startswith("były") for t, _ in titles(found["Ewa Lis"]))  # "byli" is the verb here


def test_companion_after_wraz_z_works_at_the_first_persons_institution(extractor):
    found = people(extractor, "Swoją obecnością zaszczyciła nas p. Ewa Lis – Dyrektor Miejskiego Ośrodka Pomocy "
                              "Społecznej w Lipnie wraz z pracownicą p. Anną Kos.")
    assert ("pracownik", "Miejski Ośrodek Pomocy Społecznej w Lipnie") in titles(found["Anna Kos"])
    assert found["Ewa Lis"].part == found["Anna Kos"].part == "guest"


def test_a_local_official_after_wraz_z_heads_his_own_unit(extractor):
    found = people(extractor, "Kiermasz otworzyła dyrektor PUP w Lipnie Ewa Lis wraz ze starostą lipnowskim Janem Kosem "
                              "i z burmistrzem Adamem Wrzosem.")
    assert ("starosta", None) in titles(found["Jan Kos"])
    found = people(extractor, "Gości przywitał wójt gminy Brzozów Adam Wrzos wraz z sekretarzem Janem Kosem.")
    assert ("sekretarz", "Gmina Brzozów") in titles(found["Jan Kos"])


def test_guests_of_a_panel_are_panelists(extractor):
    found = people(extractor, "Gośćmi panelu byli Ewa Mak – radna Lipna oraz Jan Kos – prezes Fundacji Wiatrak.")
    for name in ("Ewa Mak", "Jan Kos"):
        assert "panelista" in [t for t, _ in titles(found[name])], name
        assert found[name].part == "speaker", name


def test_youth_councillors_and_their_carers_are_neither_guests_nor_staff(extractor):
    found = people(extractor, "Konferencję zorganizowała Fundacja Wiatrak. Przedstawicielami Młodzieżowej Rady Miasta "
                              "Lipno byli: Ewa Mak (radna) oraz ich opiekunowie: Anna Lis i Piotr Wilk.")
    assert found["Ewa Mak"].part != "guest"
    assert found["Anna Lis"].part != "organizer_staff"
