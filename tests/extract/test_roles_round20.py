"""Titles of named people in newspaper prose (extract/role_titles.py, roles.py): invented sentences reproducing the
shapes of long report sentences."""

from people_helpers import people, titles


def test_plural_of_a_plain_noun_is_no_deprecating_title(extractor):
    found = people(extractor, "Na festiwal jadą tytuły, które miały już swoje premiery: „Lato” Jana Kowalika, "
                              "„Zima” Roberta Lisa i „Wiosna” Piotra Maka.")
    assert all(titles(found[name]) == [] for name in ("Jan Kowalik", "Robert Lis", "Piotr Mak"))


def test_a_title_noun_stays_a_title_before_a_name(extractor):
    found = people(extractor, "Gości powitał premier Jan Kowalik.")
    assert titles(found["Jan Kowalik"]) == ["premier"]


def test_a_makers_object_drops_and_names_no_organization(extractor):
    found = people(extractor, 'Deklarację podpisali Anna Wilk i Jan Kos (twórcy projektu "Zielony most").')
    assert [(r.title, r.organization) for r in found["Anna Wilk"].roles] == [("twórca", None)]
    found = people(extractor, "Gościem był Jan Wilk, twórca interaktywnego filmu.")
    assert titles(found["Jan Wilk"]) == ["twórca"]


def test_a_makers_kind_adjective_stays(extractor):
    found = people(extractor, "Na kiermaszu były twórczynie ludowe Anna Kos i Ewa Lis.")
    assert titles(found["Anna Kos"]) == ["twórca ludowy"]


def test_a_title_with_its_institution_before_another_title_is_the_same_names(extractor):
    found = people(extractor, "Na spotkanie zapraszają: Fundacja Lipa wraz z Prezesem Instytutu Badań Regionalnych "
                              "posłem Janem Kosem.")
    assert sorted((r.title, r.organization) for r in found["Jan Kos"].roles) == [
        ("poseł", None), ("prezes", "Instytut Badań Regionalnych")]


def test_a_title_in_another_case_before_a_title_is_someone_elses(extractor):
    found = people(extractor, "Dyplom z rąk prezesa Fundacji Lipa odebrał wolontariusz Jan Kos.")
    assert titles(found["Jan Kos"]) == ["wolontariusz"]


def test_a_pupil_in_apposition_is_a_role_with_the_school(extractor):
    found = people(extractor, "Dyplom odebrała Anna Lis (uczennica Gimnazjum nr 2 w Lipnie).")
    assert [(r.title, r.organization) for r in found["Anna Lis"].roles] == [("uczeń", "Gimnazjum nr 2 w Lipnie")]


def test_a_pupils_noun_in_another_case_is_no_apposition(extractor):
    found = people(extractor, "Nagrodę wręczył Jan Kowalik, uczniowi gratulując wyniku.")
    assert titles(found["Jan Kowalik"]) == []


def test_one_name_in_the_genitive_after_a_plural_title_is_the_bodys_own(extractor):
    found = people(extractor, "Po stronie kupców stanęli przedstawiciele Fundacji Lipa Andrzeja Kowalika, którzy "
                              "wywiesili transparent.")
    assert titles(found["Andrzej Kowalik"]) == []
    assert found["Andrzej Kowalik"].affiliation == "Fundacja Lipa"


def test_a_plural_title_before_coordinated_names_is_theirs(extractor):
    found = people(extractor, "Nagrody wręczyli członkowie zarządu Piotr Mak i Ewa Lis.")
    assert titles(found["Piotr Mak"]) == ["członek zarządu"]


def test_a_profession_opening_the_sentence_before_the_copula_is_the_subjects(extractor):
    found = people(extractor, "Solistą koncertu jest Adam Kowalik.")
    assert titles(found["Adam Kowalik"]) == ["solista"]


def test_praise_adjectives_and_a_description_drop_from_a_profession(extractor):
    found = people(extractor, "Zagra Adam Kowalik – znakomity, polski pianista młodego pokolenia.")
    assert titles(found["Adam Kowalik"]) == ["pianista"]
    found = people(extractor, "Przyszedł Jan Kos – wierny przyjaciel, który pomógł.")
    assert titles(found["Jan Kos"]) == []


def test_leading_an_orchestra_is_no_event_role(extractor):
    assert titles(people(extractor, "Orkiestrę Symfoniczną poprowadzi Paweł Kowalik.")["Paweł Kowalik"]) == []
    assert titles(people(extractor, "Spotkanie poprowadził Jan Wilk.")["Jan Wilk"]) == ["prowadzący"]


def test_a_programmes_quoted_name_is_no_organization(extractor):
    found = people(extractor, "Mówi Jan Kowalik, koordynator programu „Zdrowe dzieci”.")
    assert [(r.title, r.organization) for r in found["Jan Kowalik"].roles] == [("koordynator programu", None)]
    found = people(extractor, "Mówi Anna Wilk, koordynator projektu Fundacji Lipa.")
    assert [(r.title, r.organization) for r in found["Anna Wilk"].roles] == [("koordynator projektu", "Fundacja Lipa")]


def test_an_unknown_first_name_coordinated_with_a_person_is_a_person(extractor):
    found = people(extractor, "W zespole gości tylko Piotr Kowalik oraz Jesper Jensen starali się walczyć.")
    assert {"Piotr Kowalik", "Jesper Jensen"} <= set(found)
    found = people(extractor, "Na festyn przyszli Jan Kowalik i Fundacja Lipa.")
    assert set(found) == {"Jan Kowalik"}


def test_a_coachs_team_drops_from_the_title(extractor):
    assert titles(people(extractor, "Trenerem kadry ratowniczej jest Piotr Lis.")["Piotr Lis"]) == ["trener"]
    found = people(extractor, "Zajęcia prowadził Adam Wilk, trener grup tanecznych.")
    assert "trener grup tanecznych" in titles(found["Adam Wilk"])


def test_a_particle_leaves_the_predicate_title_with_the_name(extractor):
    assert titles(people(extractor, "Prezesem jest także Jan Wilk.")["Jan Wilk"]) == ["prezes"]
    assert titles(people(extractor, "Prezesem nie jest Anna Lis.")["Anna Lis"]) == []


def test_a_quoted_speakers_name_read_as_common_words_is_a_person(extractor):
    found = people(extractor, "– Zależy nam na czytelnictwie – mówi Olcha Sikorska, komisarz targów.")
    assert titles(found["Olcha Sikorska"]) == ["komisarz targów"]
    assert people(extractor, "To mówi Gmina Kosów, organizator.") == {}
