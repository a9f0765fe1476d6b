"""Sign-ups and turn-out (pipeline/extract/attendance_turnout.py): who came counts, not who signed up."""

import pytest

from pipeline.extract.attendance import extract_attendance
from pipeline.extract.attendance_turnout import ELIDED_RULE


@pytest.mark.parametrize("text,total", [
    ("Na kurs haftu zgłosiło się 22 osoby, przyszło 19.", 19),
    ("Na spływ zapisało się 45 uczniów, a dotarło ostatecznie 41.", 41),
    ("Chęć udziału zadeklarowało 70 seniorów, jednak na pikniku pojawiło się 58 osób.", 58),
    ("W turnieju wzięło udział 16 par, choć zgłosiło się 20 par.", 16),
    ("Zapisało się 33 słuchaczy. Na wykład przybyło ostatecznie 29 osób.", 29),
    ("Na rajd zgłosiło się 80 rowerzystów, a przyjechało ponad 70.", 70),
    ("Na kurs zapisało się 12 osób, a przyszło aż 17.", 17),  # a particle between the verb and the count
    ("Do zajęć zakwalifikowano 30 seniorów. Na pierwsze spotkanie przyszło 27 z nich.", 27),  # the next sentence
    ("Do biegu zgłosiło się 90 zawodników, na starcie stanęło 84 biegaczy.", 84),  # a start: who ran
])
def test_who_came_counts(event_of, text, total):
    assert event_of(text).attendance.total == total


@pytest.mark.parametrize("text,total", [
    ("Na webinarium zarejestrowało się 140 osób.", 140),  # no count of who came: the sign-ups are all we have
    ("Na warsztaty zgłosiło się 25 osób, zajęcia trwały 4 godziny.", 25),  # no verb of coming after it
    ("W zawodach wzięło udział 60 zawodników, a nagrodzono 12.", 60),  # no sign-up count at all
])
def test_sign_ups_alone_stay(event_of, text, total):
    assert event_of(text).attendance.total == total


def test_the_elided_count_is_a_figure(ctx_for):
    text = "Na szkolenie zgłosiło się 30 osób, przyszło 26."
    figs = extract_attendance(ctx_for(text))
    elided = [f for f in figs if f.rule == ELIDED_RULE]
    assert [(f.total, f.text) for f in elided] == [(26, "26")]
    assert [f.role for f in figs if f.total == 30] == ["target"]


def test_no_elided_count_after_another_verb(ctx_for):
    text = "Na szkolenie zgłosiło się 30 osób, zajęcia rozpoczęto 12."
    assert not [f for f in extract_attendance(ctx_for(text)) if f.rule == ELIDED_RULE]


def test_no_elided_count_two_sentences_on(event_of):
    text = "Na kurs zapisało się 12 osób. Zajęcia trwały dwa dni. Na koniec przyszło 9."
    assert event_of(text).attendance.total == 12
