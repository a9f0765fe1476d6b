"""Roles and parts, second round: titles split by a doubled space or "p.", "były" and "p.o.", two titles
joined before one name, "specjalista od …", list leads and labels, cues along lists, rankings and juries.
Sentences are invented; they reproduce the shapes found in reports."""

import pytest
from people_helpers import people, titles


def test_doubled_space_inside_a_title(extractor):
    found = people(extractor, "Gościliśmy Członka  Zarządu Województwa Opolskiego p. Jana Mroza.")
    assert "członek zarządu" in titles(found["Jan Mróz"])


def test_title_before_p_and_a_name_is_that_names(extractor):
    found = people(extractor, "Gościliśmy Członka Zarządu Województwa p. Jana Mroza, Dyrektora Departamentu "
                              "Rozwoju Wsi p. Adama Kosa oraz wielu innych.")
    assert "dyrektor departamentu" not in titles(found["Jan Mróz"])
    assert "dyrektor departamentu" in titles(found["Adam Kos"])


@pytest.mark.parametrize("text, name, expected", [
    ("Na forum przybył były minister Adam Kos.", "Adam Kos", ["były minister"]),
    ("Mówił Jan Mróz – byłego Przewodniczącego Rady Seniorów nie było.", "Jan Mróz", ["były przewodniczący"]),
])
def test_former_stays_in_the_title(extractor, text, name, expected):
    assert titles(people(extractor, text)[name])[:1] == expected


def test_title_right_before_a_name_in_a_comma_list(extractor):
    found = people(extractor, "Przybyli były prezes Adam Kos, były minister Jan Mróz i inni.")
    assert titles(found["Adam Kos"]) == ["były prezes"]
    assert titles(found["Jan Mróz"]) == ["były minister"]


def test_two_titles_joined_before_one_name(extractor):
    found = people(extractor, "Głos zabrał prezes Fundacji Lipa i były wiceminister Adam Kos.")
    assert set(titles(found["Adam Kos"])) == {"prezes", "były wiceminister"}


def test_joined_title_stops_at_another_name(extractor):
    found = people(extractor, "Byli wójt Anna Kos i sekretarz gminy Jan Mróz.")
    assert titles(found["Jan Mróz"]) == ["sekretarz"]


def test_specialist_with_a_field_and_a_joined_title(extractor):
    found = people(extractor, "Zajęcia prowadzili: aktor i specjalista od autoprezentacji - Jan Mróz.")
    assert {"aktor", "specjalista od autoprezentacji", "prowadzący"} <= set(titles(found["Jan Mróz"]))


def test_list_lead_with_a_verb(extractor):
    found = people(extractor, "Warsztaty prowadzili: Anna Kos, Jan Mróz oraz Ewa Lis.")
    assert all("prowadzący" in titles(found[n]) for n in ("Anna Kos", "Jan Mróz", "Ewa Lis"))


def test_acting_title(extractor):
    found = people(extractor, "Wystąpił dr Jan Mróz – p.o. Dyrektora Fundacji Lipa.")
    assert titles(found["Jan Mróz"]) == ["p.o. dyrektora"]


def test_member_of_parliament_gives_the_sejm(extractor):
    found = people(extractor, "Spotkanie prowadził Jan Mróz (Poseł na Sejm RP).")
    assert ("poseł", "Sejm RP") in [(r.title, r.organization) for r in found["Jan Mróz"].roles]


def test_list_label_after_the_last_item(extractor):
    found = people(extractor, "Przyjechali: Anna Kos (radna), Jan Mróz (radny) oraz ich opiekunowie: Ewa Lis i Ola Mak.")
    assert titles(found["Ewa Lis"]) == ["opiekun"]
    assert titles(found["Anna Kos"]) == ["radny"]


def test_event_role_shared_across_a_titled_coordination(extractor):
    found = people(extractor, "Konferencję prowadził Adam Kos (Poseł na Sejm RP) oraz były Przewodniczący Rady "
                              "Seniorów Jan Mróz.")
    assert "prowadzący" in titles(found["Jan Mróz"])


def parts(extractor, text):
    return {p.name: p.part for p in extractor.extract(text).people}


def test_cue_after_a_list_of_titled_names(extractor):
    found = parts(extractor, "Prezes Fundacji Lipa Anna Kos, członkini Fundacji Lipa Ewa Lis oraz przedstawiciel "
                             "Ośrodka Wsparcia w Lipnie Jan Mróz reprezentowali region na zjeździe sołtysów w Opolu. "
                             "Zjazd zorganizował Urząd Wojewódzki w Opolu.")
    assert found == {"Anna Kos": "participant", "Ewa Lis": "participant", "Jan Mróz": "participant"}


def test_ranking_places_are_participants(extractor):
    text = ("Wyniki konkursu recytatorskiego.\n\nI miejsce – Anna Kos (Szkoła Podstawowa w Lipnie),\n\n"
            "II miejsce – Ewa Lis (Szkoła Podstawowa w Brzegu).\n")
    assert parts(extractor, text) == {"Anna Kos": "participant", "Ewa Lis": "participant"}


def test_jurors_are_not_participants(extractor):
    text = ("W konkursie wzięło udział 20 uczniów. Jury w składzie: Anna Kos, Ewa Lis i Jan Mróz "
            "ogłosiło werdykt.")
    assert set(parts(extractor, text).values()) == {"other"}


def test_list_lead_past_an_honorific_and_an_aside(extractor):
    text = ("Nagrody w kategorii I otrzymują:\n\n  • Ola Mak (lat 6 – Lipno)\n  • Adam Kos (lat 7 – Brzeg)\n\n"
            "W kategorii II nagrody otrzymują:\n\n  • p. Ewa Lis (Lipno)\n")
    assert set(parts(extractor, text).values()) == {"participant"}


def test_doubled_space_after_an_honorific_and_a_shared_plural_title(extractor):
    found = people(extractor, "Gościliśmy przedstawicielki Urzędu Miasta p.  Annę Kos i p. Ewę Lis.")
    assert titles(found["Anna Kos"]) == ["przedstawiciel"]
    assert titles(found["Ewa Lis"]) == ["przedstawiciel"]


@pytest.mark.parametrize("text, name, expected", [
    ("Mówił Jan Mróz – kierownik Katedry Historii Sztuki.", "Jan Mróz", ["kierownik katedry"]),
    ("Mówiła Ewa Lis, radca prezesa Zakładu Ubezpieczeń Społecznych.", "Ewa Lis", ["radca prezesa"]),
    ("Otworzyła je Anna Kos, Przewodnicząca Rady Federacji Rolników Polskich i Prezes Banku Spółdzielczego w Lipnie.",
     "Anna Kos", ["przewodniczący rady", "prezes"]),
])
def test_units_and_councils_in_titles(extractor, text, name, expected):
    assert titles(people(extractor, text)[name]) == expected
