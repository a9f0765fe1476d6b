"""Real name shapes around people (scripts/name_shapes.py), on invented names and sentences: where a person's
name begins after a body's name, a patron inside the body's name, a unit in brackets after a name."""

from tests.extract.people_helpers import people, titles_with_orgs


def test_a_seat_in_the_locative_does_not_open_the_name_after_it(extractor):
    found = people(extractor, "Gości powitała dyrektor Szkoły Podstawowej w Krakowie Halina Ziębka.")
    assert set(found) == {"Halina Ziębka"}
    assert titles_with_orgs(found["Halina Ziębka"]) == [("dyrektor", "Szkoła Podstawowa w Krakowie")]


def test_a_plural_first_name_reading_before_a_name_is_no_first_name(extractor):
    found = people(extractor, "Gości powitał koordynator projektu Gminy Filipów Dariusz Mękal.")
    assert set(found) == {"Dariusz Mękal"}


def test_two_first_names_in_one_case_stay_one_person(extractor):
    found = people(extractor, "Na scenie wystąpili Anna Maria Wolnik oraz Jan Paweł Krząś.")
    assert {"Anna Maria Wolnik", "Jan Paweł Krząś"} <= set(found)


def test_a_person_after_a_patron_is_the_titles_holder(extractor):
    found = people(extractor, "Gości powitała dyrektor Liceum Ogólnokształcącego im. Braci Śniadeckich Iwona Pęcak, "
                              "a prezes Towarzystwa imienia Prezydenta Stanisława Wojciechowskiego Lucjan Drobik "
                              "otworzył wystawę.")
    assert titles_with_orgs(found["Iwona Pęcak"]) == [("dyrektor", "Liceum Ogólnokształcące im. Braci Śniadeckich")]
    assert titles_with_orgs(found["Lucjan Drobik"]) == [
        ("prezes", "Towarzystwo imienia Prezydenta Stanisława Wojciechowskiego")]
    assert "Stanisław Wojciechowski" not in found


def test_a_patron_with_a_numeral_then_a_name_in_the_instrumental(extractor):
    found = people(extractor, "Rozmawialiśmy z dyrektorem Szkoły im. Jana Pawła II Martą Gołąb.")
    assert set(found) == {"Marta Gołąb"}
    assert titles_with_orgs(found["Marta Gołąb"]) == [("dyrektor", "Szkoła im. Jana Pawła II")]


def test_a_title_after_the_name_reaches_past_the_patron(extractor):
    found = people(extractor, "Gościem był Olgierd Pyzik, nauczyciel Zespołu Szkół im. Jędrzeja Śniadeckiego.")
    assert titles_with_orgs(found["Olgierd Pyzik"]) == [("nauczyciel", "Zespół Szkół im. Jędrzeja Śniadeckiego")]
    assert "Jędrzej Śniadecki" not in found


def test_a_patron_alone_is_still_no_person(extractor):
    assert people(extractor, "Uczniowie Szkoły im. Tadeusza Kościuszki zaśpiewali hymn.") == {}


def test_a_plural_title_inside_a_bodys_name_is_not_the_holders_title(extractor):
    found = people(extractor, "Gości powitał prezes Stowarzyszenia Pszczelarzy Kaszubskich Bogdan Wyrwał, a głos "
                              "zabrał radny Jerzy Fijołek.")
    assert titles_with_orgs(found["Bogdan Wyrwał"]) == [("prezes", "Stowarzyszenie Pszczelarzy Kaszubskich")]
    assert [r.title for r in found["Jerzy Fijołek"].roles] == ["radny"]


def test_a_rank_adjective_of_the_bodys_name_stays_with_the_body(extractor):
    found = people(extractor, "Gości powitali prezes Naczelnej Izby Rzemiosł Bogdan Wyrwał i Jerzy Fijołek, "
                              "Redaktor Naczelny Gazety Lubuskiej.")
    assert titles_with_orgs(found["Bogdan Wyrwał"]) == [("prezes", "Naczelna Izba Rzemiosł")]
    assert ("redaktor naczelny", "Gazeta Lubuska") in titles_with_orgs(found["Jerzy Fijołek"])


def test_a_listed_subject_or_a_womans_verbs_subject_is_a_nominative(extractor):
    found = people(extractor, "W debacie udział wzięli:\n- Renata Kulesza (Fundacja Morze),\n- Jan Mak.\n"
                              "Gościem była Bogusława Kulesza.")
    assert {"Renata Kulesza", "Bogusława Kulesza", "Jan Mak"} <= set(found)


def test_a_list_of_objects_keeps_the_mans_genitive(extractor):
    found = people(extractor, "Podziękowania złożyli organizatorzy. Nagrodę wręczono dla:\n- Renata Kulesza,\n"
                              "- Jana Mazura.")
    assert "Jan Mazur" in found
    assert "Renata Kulesza" not in found


def test_a_place_after_a_capitalised_unit_word_is_no_first_name(extractor):
    found = people(extractor, "Debata odbyła się z udziałem radnego Rady Gminy Rudka Dariusza Mękala.")
    assert set(found) == {"Dariusz Mękal"}


def test_a_nominative_first_name_after_a_unit_word_in_a_bodys_name_still_opens_a_name(extractor):
    found = people(extractor, "Gości powitał członek Rady ds. Rozwoju Wsi Jan Krzysztof Mękal.")
    assert set(found) == {"Jan Krzysztof Mękal"}


def test_a_chiefs_title_inside_an_offices_name_is_not_the_holders_title(extractor):
    found = people(extractor, "Gości powitała podsekretarz stanu w Kancelarii Prezesa Rady Ministrów Anna Mękal, "
                              "a głos zabrał Zastępca Burmistrza Jan Fijołek.")
    assert titles_with_orgs(found["Anna Mękal"]) == [("podsekretarz stanu", "Kancelaria Prezesa Rady Ministrów")]
    assert [r.title for r in found["Jan Fijołek"].roles] == ["zastępca burmistrza"]
