"""Roles and parts, eighth round. Sentences are invented."""

from people_helpers import people, titles

from pipeline.extract.event_roles import heads_unit


def test_the_head_of_the_organizing_unit_is_its_own_person(extractor):
    found = people(extractor, "Dożynki gminne zorganizował Urząd Gminy Lipno. Gości powitał wójt Adam Kruk.")
    assert found["Adam Kruk"].part == "organizer_staff"


def test_a_head_at_another_bodys_event_stays_a_guest(extractor):
    found = people(extractor, "Dożynki zorganizował Gminny Ośrodek Kultury w Lipnie. Gości powitał wójt Adam Kruk.")
    assert found["Adam Kruk"].part == "guest"


def test_unit_heads_by_the_units_name():
    assert heads_unit("starosta", None, "Starostwo Powiatowe w Lipnie")
    assert heads_unit("starosta", None, "Powiat Lipnowski")
    assert heads_unit("burmistrz", None, "Gmina Lipno")
    assert not heads_unit("starosta dożynek", None, "Powiat Lipnowski")
    assert not heads_unit("wójt", None, "Powiat Lipnowski")
    assert not heads_unit("wójt", "Gmina Kórnik", "Urząd Gminy Lipno")


def test_the_one_an_award_went_to_won_it(extractor):
    found = people(extractor, "Nagroda główna, czyli rower górski, trafiła do Oliwii Kruczek z Lipna. Drugie miejsce "
                              "przypadło w udziale Jakubowi Sowie.")
    assert found["Oliwia Kruczek"].part == "participant"
    assert found["Jakub Sowa"].part == "participant"


def test_an_award_going_to_a_school_leaves_its_speaker_alone(extractor):
    found = people(extractor, "Nagroda trafiła do szkoły, a wykład wygłosił Jan Wilk.")
    assert found["Jan Wilk"].part == "speaker"


def test_a_written_out_professor_before_a_name_is_a_degree(extractor):
    found = people(extractor, "Wykład o historii regionu wygłosił profesor Jan Wilk. Gości powitała prezes fundacji "
                              "Anna Kot.")
    assert "profesor" not in titles(found["Jan Wilk"])
    assert titles(found["Anna Kot"]) == ["prezes"]


def test_a_professor_of_a_university_keeps_the_post(extractor):
    found = people(extractor, "Jan Wilk, profesor Uniwersytetu Lipnowskiego, mówił o lasach.")
    assert "profesor" in titles(found["Jan Wilk"])


def test_the_clerical_honorific_is_no_part_of_the_title(extractor):
    found = people(extractor, "Mszę odprawił ksiądz proboszcz Jan Wilk.")
    assert titles(found["Jan Wilk"]) == ["proboszcz"]


def test_the_organizers_name_without_its_qualifier_is_the_organizer(extractor):
    report = extractor.extract("Spotkanie zorganizował Lipnowski Uniwersytet Trzeciego Wieku. Spotkanie otworzyła "
                               "prezes Uniwersytetu Trzeciego Wieku Anna Kot.")
    assert report.event.organizer == "Lipnowski Uniwersytet Trzeciego Wieku"
    assert {p.name: p for p in report.people}["Anna Kot"].part == "organizer_staff"


def test_the_organizers_people_named_in_persons_are_staff(extractor):
    found = people(extractor, "Warsztaty zostały zorganizowane przez Fundację Zielony Gaj w osobach: Anny Kot i "
                              "Jana Wilka.")
    assert found["Anna Kot"].part == "organizer_staff"
    assert found["Jan Wilk"].part == "organizer_staff"


def test_in_persons_without_organizing_gives_no_staff(extractor):
    found = people(extractor, "Gminę reprezentował urząd w osobie Jana Wilka.")
    assert found["Jan Wilk"].part != "organizer_staff"


def test_who_answered_the_questions_spoke(extractor):
    found = people(extractor, "Na pytania mieszkańców odpowiadali burmistrzowie: Jan Wilk i Adam Kruk.")
    assert found["Jan Wilk"].part == "speaker"


def test_being_in_charge_of_something_is_no_talk(extractor):
    found = people(extractor, "Za oprawę muzyczną odpowiadała Anna Kot. Anna Kot odpowiadała za dekoracje sali.")
    assert found["Anna Kot"].part != "speaker"
