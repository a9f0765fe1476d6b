"""Whose count a head count is (pipeline/extract/attendance_roles.py), on our own sentences."""

import pytest


@pytest.fixture(scope="module")
def run(extractor):
    return lambda text: extractor.extract(text).event.attendance


def test_items_of_a_list_after_w_tym_are_parts_not_the_total(run):
    att = run("W przeglądzie wzięło udział 90 grup z 9 województw, w tym 30 zespołów, 20 kapel, 25 gawędziarzy "
              "i 15 instrumentalistów.")
    assert att.total is None  # groups are no head count, and the people are only parts of it
    assert run("W szkoleniu wzięło udział 40 osób, w tym 12 seniorów.").total == 40


def test_w_tym_roku_is_no_list(run):
    assert run("W tym roku w warsztatach wzięło udział 25 osób.").total == 25


def test_roles_kept_after_the_move(ctx_for):
    from pipeline.extract.attendance_roles import figure_role

    text = "W projekcie uczestniczy 120 osób. Sala pomieści 80 osób. Na spotkanie przyszło 30 osób."
    ctx = ctx_for(text)
    assert figure_role(ctx, text.index("120")) == "target"
    assert figure_role(ctx, text.index("80")) == "other"
    assert figure_role(ctx, text.index("30")) == "event"


def test_our_delegation_is_a_share_not_the_attendance(run):
    assert run("Czterech młodych strażaków z naszej jednostki wzięło udział w szkoleniu w Opolu.").total is None
    assert run("Pięciu naszych uczniów z naszej szkoły pojechało na olimpiadę.").total is None
    assert run("W zebraniu wzięło udział 40 osób z całego powiatu.").total == 40


def test_applicants_to_a_project_are_not_the_attendance(run):
    att = run("W Krzewinie odbyło się spotkanie sieci ojców. Do projektu zgłosiło się ponad 50 mężczyzn, "
              "a po rekrutacji wybrano 12.")
    assert att.total is None and att.men is None


def test_a_count_per_session_or_group_is_no_total(run):
    att = run("Warsztaty kulinarne prowadziła instruktorka z Lipna. W każdym warsztacie wzięło udział 18 osób.")
    assert att is None or att.total is None
    att = run("Zajęcia odbywały się w grupach. W zajęciach uczestniczyło po 12 osób.")
    assert att is None or att.total is None


def test_each_of_a_count_is_the_total(run):
    assert run("Każdy z 30 uczestników warsztatów otrzymał dyplom.").total == 30


@pytest.mark.parametrize("text,total", [
    ("W ubiegłym roku na festyn w Lipówce przyszło 300 osób, w tym roku 500 osób.", 500),
    ("Podobnie jak przed rokiem, na festyn w Lipówce przyszło 500 osób.", 500),
])
def test_the_current_occasion_after_an_earlier_one_and_a_comparison(run, text, total):
    assert run(text).total == total


def test_an_earlier_occasion_alone_stays_apart(run):
    assert run("Festyn był udany. Przed rokiem na festyn w Lipówce przyszło 300 osób.").total is None


@pytest.mark.parametrize("text", [
    "Koło gospodyń z Lipówki zrzesza 40 kobiet. W sobotę wzięły udział w spotkaniu.",
    "Stowarzyszenie skupia 60 członków. W sobotę w spotkaniu wzięli udział jego przedstawiciele.",
    "Jest nas zrzeszonych około 400 osób i w sobotę zebraliśmy się na inauguracji.",
])
def test_members_of_a_body_are_not_the_attendance(run, text):
    att = run(text)
    assert att is None or att.total is None


@pytest.mark.parametrize("text", [
    "Kurs w Lipówce prowadzono w grupach do 15 osób.",
    "Na kurs w Lipówce przyjmowano maksymalnie 20 uczestników.",
    "W szkoleniu w Lipówce mogło wziąć udział od 20 do 30 osób.",
])
def test_an_upper_bound_is_no_count(run, text):
    att = run(text)
    assert att is None or att.total is None


def test_people_signed_up_are_a_target_not_the_attendance(ctx_for):
    from pipeline.extract.attendance import extract_attendance

    text = "Wszystkich 370 strażaków zgłoszonych do przeszkolenia podzielono na grupy."
    assert [f.role for f in extract_attendance(ctx_for(text))] == ["target"]


def test_a_standing_statistic_in_the_present_tense_is_no_attendance(extractor) -> None:
    report = extractor.extract("Na targach pracy w Lipnie 3 marca 2022 r. dyrektor urzędu przypomniał: w powiecie "
                               "zarejestrowanych jest ponad 1500 bezrobotnych. Targi odwiedziło 300 osób.")
    assert report.event.attendance.total == 300
    assert not any(f.total == 1500 and f.role == "event" for f in report.attendance)


def test_a_count_in_a_stated_aim_is_a_target(run):
    assert run("Głównym celem programu jest aktywizacja zawodowa 90 mieszkańców Borkowa.").total is None
    assert run("Projekt ma na celu wsparcie 40 rodzin z gminy Borki.").total is None
    assert run("Celem spotkania w Borkowie było omówienie planów; przyszło 30 osób.").total == 30


def test_councillors_counted_at_their_sitting_are_a_quorum_not_the_attendance(run):
    assert run("Sesję otworzył przewodniczący. Na stan 21 radnych w sesji uczestniczyło 19 radnych, "
               "co stanowi kworum.").total is None
    assert run("Na liście obecności podpisy złożyło 12 radnych. Obrady były prawomocne.").total is None
    assert run("W obradach uczestniczyło dziewięcioro radnych, rodzice oraz nauczyciele.").total is None


def test_members_of_a_council_at_its_sitting_are_other(ctx_for):
    from pipeline.extract.attendance_roles import figure_role

    text = "Na ogólną liczbę 15 członków Rady Gminy w posiedzeniu uczestniczy 14 członków."
    ctx = ctx_for(text)
    assert figure_role(ctx, text.index("15"), "członków", text.index("członków") + 8) == "other"
    assert figure_role(ctx, text.index("14"), "członków", len(text) - 1) == "event"  # whose members is not said


def test_councillors_outside_a_sitting_may_be_the_audience(run):
    assert run("Na szkolenie z budżetu przyjechało 30 radnych z całego województwa.").total == 30


def test_a_vote_count_is_no_attendance(run):
    assert run("Obrady trwały dwie godziny. Za przyjęciem uchwały głosowało 9 radnych, przeciw 2.").total is None
    assert run("Za wnioskiem głosowało 14 członków stowarzyszenia.").total is None


def test_a_body_s_size_in_the_present_tense_is_membership(run):
    att = run("Nasze koło seniora liczy 120 członków. Na wieczorek poetycki przyszło 35 osób.")
    assert att.total == 35


def test_people_who_came_to_an_event_for_a_group_are_its_attendance(extractor):
    att = extractor.extract("Na warsztaty dla seniorów przyszły 22 osoby.").event.attendance
    assert att.total == 22


def test_a_project_for_a_group_of_people_counts_its_target(extractor):
    mentions = extractor.extract("Projekt jest skierowany dla 40 osób bezrobotnych z gminy Lipówka.").attendance
    assert [m.role for m in mentions] == ["target"]
