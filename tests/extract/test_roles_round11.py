"""Roles, round 11: rules for what the language does (delegations, coordinated titles, matters, clerical titles).
Sentences are invented; they reproduce the shapes found in reports."""

import pytest
from people_helpers import people, titles, titles_with_orgs


@pytest.mark.parametrize("text", [
    "W objeździe uczestniczyli przedstawiciele Urzędu Gminy Lipno – sekretarz Jan Nowak i skarbnik Ewa Mazur.",
    "Byli też przedstawiciele gminy Lipno – wójt Pan Jan Nowak z zastępcą i skarbnikiem gminy Panią Ewą Mazur.",
    "Przyszli przedstawiciele Fundacji Las: Jan Nowak i Ewa Mazur.",
])
def test_delegation_of_a_named_body_gives_each_listed_person_the_title(extractor, text):
    found = people(extractor, text)
    assert "przedstawiciel" in titles(found["Jan Nowak"])
    assert "przedstawiciel" in titles(found["Ewa Mazur"])


def test_delegation_introduced_by_w_osobie(extractor):
    found = people(extractor, "Na koniec przybyli przedstawiciele Starostwa Powiatowego w Lipnie w osobie "
                              "p. Anny Kos - Naczelnik Wydziału Kultury.")
    assert ("przedstawiciel", "Starostwo Powiatowe w Lipnie") in titles_with_orgs(found["Anna Kos"])


@pytest.mark.parametrize("text", [
    "Gości powitali przedstawiciele władz miasta – Jan Nowak i Ewa Mazur.",
    "Przyszli przedstawiciele spółdzielni socjalnych: Jan Nowak i Ewa Mazur.",
])
def test_delegation_of_a_kind_of_body_gives_no_title(extractor, text):
    found = people(extractor, text)
    assert titles(found["Jan Nowak"]) == []
    assert titles(found["Ewa Mazur"]) == []


@pytest.mark.parametrize("text, expected", [
    ("Na spotkaniu była Anna Kowalska, koordynator i pomysłodawca projektu, która mówiła o pracy.",
     ["koordynator projektu", "pomysłodawca projektu"]),
    ("Mówiła Anna Kowalska, koordynator i organizator imprezy.", ["koordynator", "organizator imprezy"]),
])
def test_coordinated_titles_share_a_complement_naming_a_part_of_the_body(extractor, text, expected):
    assert titles(people(extractor, text)["Anna Kowalska"]) == expected


@pytest.mark.parametrize("text, expected", [
    ("Głos zabrał Jan Kos, kierownik zespołu.", "kierownik zespołu"),
    ("Głos zabrał Jan Kos, koordynator zespołu Fundacji Las.", "koordynator zespołu"),
    ("Głos zabrał Jan Kos, koordynator zespołu projektowego.", "koordynator zespołu projektowego"),
    ("Głos zabrał Jan Kos, dyrektor zespołu szkół w Lipnie.", "dyrektor"),
])
def test_a_lower_case_team_stays_in_the_title(extractor, text, expected):
    assert titles(people(extractor, text)["Jan Kos"])[0] == expected


def test_clerical_ranks_are_no_roles_but_make_guests(extractor):
    report = extractor.extract("Mszę odprawił arcybiskup Józef Kos, a kazanie wygłosił biskup Jan Mak.")
    found = {p.name: p for p in report.people}
    assert titles(found["Józef Kos"]) == [] and titles(found["Jan Mak"]) == []
    assert found["Józef Kos"].part == "guest"


def test_debate_speakers_get_no_role(extractor):
    found = people(extractor, "Pierwszym mówcą był Jan Kos, a drugim mówcą Ewa Mak.")
    assert titles(found["Jan Kos"]) == []


@pytest.mark.parametrize("text, name, expected", [
    ("Swoje gospodarstwo pokazali Adam Kos – prezes spółki i Jan Mak – zootechnik zaprezentowali ośrodek.",
     "Jan Mak", ["zootechnik"]),
    ("W panelu była Ewa Mak – projektantka mody, której prace znamy.", "Ewa Mak", ["projektant mody"]),
    ("Gościem był Jan Mak (dziennikarz, anglista, tłumacz), który prowadził debatę.", "Jan Mak",
     ["dziennikarz", "anglista", "tłumacz"]),
    ("Na scenie wystąpił Jan Mak – strażak, a potem Ewa Kos – farmaceutka.", "Jan Mak", ["strażak"]),
    ("Na scenie wystąpił Jan Mak – strażak, a potem Ewa Kos – farmaceutka.", "Ewa Kos", ["farmaceuta"]),
    ("Był też Jan Mak – rodak z Kanady.", "Jan Mak", []),
])
def test_professions_in_apposition(extractor, text, name, expected):
    assert titles(people(extractor, text)[name]) == expected


@pytest.mark.parametrize("text, expected", [
    ("Byli Anna Mak – pracownik biblioteki i Jan Kos – kierownik Wydziału Oświaty, Kultury i Sportu Starostwa "
     "Powiatowego w Lipnie.", ("kierownik wydziału", "Starostwo Powiatowe w Lipnie")),
    ("Panel poprowadził Jan Kos, Dyrektor Departamentu Programów Europejskich z Banku Rozwoju Krajowego.",
     ("dyrektor departamentu", "Bank Rozwoju Krajowego")),
    ("Przybył Kierownik Wydziału Kultury Urzędu Miasta Lipno Jan Kos.", ("kierownik wydziału", "Urząd Miasta Lipno")),
    ("Mówił Jan Kos, dyrektor Wydziału Współpracy z Organizacjami Pozarządowymi.",
     ("dyrektor wydziału", "Wydział Współpracy z Organizacjami Pozarządowymi")),
])
def test_a_department_s_title_is_held_at_the_office_named_after_it(extractor, text, expected):
    assert titles_with_orgs(people(extractor, text)["Jan Kos"])[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("Głos zabrał Jan Kos – prorektor ds. nauki, rozwoju i współpracy międzynarodowej, a potem Ewa Mak.",
     ["prorektor ds. nauki, rozwoju i współpracy międzynarodowej"]),
    ("Głos zabrał Jan Kos – specjalista ds. rekrutacji, koordynator projektu i trener.",
     ["specjalista ds. rekrutacji", "koordynator projektu", "trener"]),
])
def test_an_enumerated_matter_stays_in_the_title(extractor, text, expected):
    assert titles(people(extractor, text)["Jan Kos"]) == expected


@pytest.mark.parametrize("text, name, expected", [
    ("Trenerkami były Anna Kos i Ewa Mak.", "Ewa Mak", ["trener"]),
    ("Prelegentkami były Anna Kos i Ewa Mak.", "Anna Kos", ["prelegent"]),
    ("Na scenie była Anna Kos – panelistka, ekonomistka.", "Anna Kos", ["panelista", "ekonomista"]),
    ("W roli prelegentów wystąpili Anna Kos i Jan Lis.", "Jan Lis", ["prelegent"]),
    ("Anna Kos wystąpiła w roli moderatorki, a Jan Lis śpiewał.", "Anna Kos", ["moderator"]),
    ("Anna Kos wystąpiła w roli moderatorki, a Jan Lis śpiewał.", "Jan Lis", []),
    ("Jan Lis śpiewał, a w roli prowadzącej wystąpiła Anna Kos.", "Anna Kos", ["prowadzący"]),
])
def test_feminine_event_roles_and_w_roli(extractor, text, name, expected):
    assert titles(people(extractor, text)[name]) == expected


@pytest.mark.parametrize("text, name, expected", [
    ("Opiekunami grupy byli Anna Kos i Jan Lis.", "Anna Kos", ["opiekun"]),
    ("Koordynatorkami projektu były Anna Kos i Ewa Mak.", "Ewa Mak", ["koordynator projektu"]),
    ("Spotkanie, którego gospodarzami byli Anna Kos, prezes Fundacji Las oraz Jan Lis.", "Anna Kos", ["prezes"]),
])
def test_a_plural_predicative_title_before_the_names(extractor, text, name, expected):
    assert titles(people(extractor, text)[name]) == expected


@pytest.mark.parametrize("text, name", [
    ("Dzieci przygotowały nauczycielki Szkoły Podstawowej w Lipnie, panie Anna Kos i Ewa Mak.", "Anna Kos"),
    ("Dzieci przygotowały nauczycielki Szkoły Podstawowej w Lipnie, panie Anna Kos i Ewa Mak.", "Ewa Mak"),
])
def test_a_plural_title_before_lower_case_panie_and_the_names(extractor, text, name):
    assert titles_with_orgs(people(extractor, text)[name]) == [("nauczyciel", "Szkoła Podstawowa w Lipnie")]


def test_a_plural_title_after_three_names_covers_the_first(extractor):
    found = people(extractor, "Anna Kos, Ewa Mak i Jan Lis – nauczyciele Szkoły Podstawowej w Lipnie – przygotowali "
                              "dzieci.")
    assert titles(found["Anna Kos"]) == ["nauczyciel"]


@pytest.mark.parametrize("text, name, expected", [
    ("Mówiła Teresa Kos pełnomocnik prezydenta Lipna ds. seniorów, zapraszając gości.", "Teresa Kos",
     ("pełnomocnik prezydenta ds. seniorów", None)),
    ("Gościliśmy Jana Kosa – zastępca dyrektora Biura Związku Gmin Polskich ds. badań i rozwoju, Ewę Mak – radną.",
     "Jan Kos", ("zastępca dyrektora biura ds. badań i rozwoju", None)),
    ("Przybyli Pan Adam Lis, Zastępca Dyrektora Generalnego Lasów Miejskich ds. Ekonomicznych Jan Kos, a także inni.",
     "Jan Kos", ("zastępca dyrektora generalnego ds. ekonomicznych", None)),
])
def test_a_matter_after_the_institution_belongs_to_the_title(extractor, text, name, expected):
    found = people(extractor, text)
    title, org = titles_with_orgs(found[name])[0]
    assert title == expected[0]
    assert expected[1] is None or org == expected[1]
    assert "Adam Lis" not in found or titles(found["Adam Lis"]) == []


def test_a_plural_after_one_name_s_apposition_is_other_people(extractor):
    found = people(extractor, "Byli: mgr Adam Nowakowski – kierownik Zakładu Edukacji, wykładowcy i studenci.")
    assert titles(found["Adam Nowakowski"]) == ["kierownik zakładu"]
    found = people(extractor, "Mówił Adam Nowakowski – trener, ekspert i doradca.")
    assert titles(found["Adam Nowakowski"]) == ["trener", "ekspert", "doradca"]
