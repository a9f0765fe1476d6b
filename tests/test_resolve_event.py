"""The event's attendance chosen among head counts (pipeline/resolve_event.py), on our own sentences."""

import pytest


@pytest.mark.parametrize("text,total", [
    ("Na rajd rowerowy w Lipówce wyruszyło 45 rowerzystów.", 45),
    ("Na sali w Lipówce zasiadło 150 słuchaczy.", 150),
    ("Zaproszenie na spotkanie w Lipówce przyjęło 40 osób.", 40),
    ("Wykładu o historii Lipówki wysłuchało 80 mieszkańców.", 80),
])
def test_verbs_of_coming_and_sitting_cue_the_attendance(extractor, text, total):
    assert extractor.extract(text).event.attendance.total == total


@pytest.mark.parametrize("text,total", [
    ("W zebraniu w Lipówce wzięło udział 12 sołtysów, 8 radnych i 20 mieszkańców.", 40),
    ("Na obóz w Lipówce pojechało 40 dzieci oraz 6 opiekunów.", 46),
])
def test_groups_listed_in_one_count_are_summed(extractor, text, total):
    att = extractor.extract(text).event.attendance
    assert att.total == total
    assert all(text[e.start:e.end] == e.text for e in att.evidence)


def test_a_listed_count_of_non_attendees_is_not_summed(extractor):
    assert extractor.extract("W debacie w Lipówce wzięło udział 120 słuchaczy i 6 panelistów.").event.attendance.total == 120


@pytest.mark.parametrize("text,total", [
    ("W naradzie w Borkowie wzięło udział 14 sołtysów gminy Borki oraz 9 sołtysów gminy Lasy.", 23),
    ("Referaty wygłosiło 40 uczestników, a w sympozjum w Borkowie uczestniczyło też 60 słuchaczy.", 100),
    ("Do turnieju w Borkowie przystąpiło 11 zawodników w grupie młodzików oraz 9 w grupie juniorów.", 20),
])
def test_groups_coordinated_in_one_clause_are_summed(extractor, text, total):
    att = extractor.extract(text).event.attendance
    assert att.total == total
    assert all(text[e.start:e.end] == e.text for e in att.evidence)


def test_a_contrast_of_two_counts_is_not_summed(extractor):
    text = "Na warsztaty w Borkowie zapisało się 50 osób, a przyszło 40 osób."
    assert extractor.extract(text).event.attendance.total != 90


def test_one_gender_count_does_not_outrank_a_stated_total(extractor):
    text = ("Zlot w Borkowie zgromadził ponad 300 uczestników z całego kraju. "
            "Na zdjęciu trzech uśmiechniętych mężczyzn stoi przy scenie.")
    assert extractor.extract(text).event.attendance.total == 300


@pytest.mark.parametrize("text,total", [
    ("Występ oglądało na placu przed ratuszem 500 widzów.", 500),
    ("Mecz oglądało z trybun 40 tysięcy kibiców.", 40000),
    ("Nagrody odebrało na scenie 10 uczniów.", None),  # a perfective verb tells an outcome, not the audience
])
def test_a_prepositional_phrase_between_the_verb_and_its_numeral_subject(extractor, text, total):
    """"Mecz oglądało na trybunach 600 kibiców": an adverbial phrase between the neuter imperfective verb and the
    count it agrees with still leaves the count its subject: the people busy at the event."""
    assert extractor.extract(text).event.attendance.total == total


def test_a_count_after_wsrod_is_the_whole_group(extractor):
    text = "Wśród blisko 400 pątników idących do sanktuarium w Borkowie byli mieszkańcy trzech parafii."
    assert extractor.extract(text).event.attendance.total == 400


@pytest.mark.parametrize("text,start,end", [
    ("Zjazd rozpoczął się 28 maja, a zakończył 2 czerwca 2019 roku w Lipnie.", "2019-05-28", "2019-06-02"),
    ("Warsztaty zaczęły się 3 marca 2021 r. i zakończyły 8 marca 2021 r.", "2021-03-03", "2021-03-08"),
])
def test_a_beginning_and_an_end_named_bound_the_span(extractor, text, start, end):
    """Verbs of beginning and ending name the first and last day, further apart than sessions may be."""
    event = extractor.extract(text).event
    assert (event.date_start, event.date_end) == (start, end)


def test_two_dates_without_those_verbs_stay_two_occasions(extractor):
    event = extractor.extract("Spotkanie odbyło się 3 maja 2019 r., a kolejne zaplanowano na 20 maja 2019 r.").event
    assert (event.date_start, event.date_end) == ("2019-05-03", "2019-05-03")


@pytest.mark.parametrize("text, total", [
    ("Kurs ukończyło 9 osób, które dostały zaświadczenia. Liczba uczestników: 12.", 12),
    ("Liczba uczestników – 30. Do finału przybyło 8 drużyn.", 30),
])
def test_a_label_stating_the_attendance_outranks_a_verbs_count(extractor, text, total):
    """"Liczba uczestników: N" says how many attended; "ukończyło 9 osób" how many finished."""
    assert extractor.extract(text).event.attendance.total == total


@pytest.mark.parametrize("text, total, women, men", [
    ("Wśród 40 uczestników zebrania było 25 kobiet.", 40, 25, 15),
    ("Spośród 30 słuchaczy wykładu było 12 mężczyzn.", 30, 18, 12),
])
def test_a_gender_share_of_a_total_introduced_by_wsrod(extractor, text, total, women, men):
    """"Wśród N uczestników było M kobiet": the total and one gender's share of it, the other derived."""
    a = extractor.extract(text).event.attendance
    assert (a.total, a.women, a.men) == (total, women, men)


def test_a_programme_of_consecutive_days_carries_the_span_to_its_last_day(extractor):
    text = ("Wyjazd studyjny na Roztocze\nPlan wyjazdu:\n14 września 2021 r. – przejazd i nocleg w Zwierzyńcu\n"
            "15 września 2021 r. – wizyta w spółdzielni socjalnej\n16 września 2021 r. – warsztaty i powrót\n")
    event = extractor.extract(text).event
    assert (event.date_start, event.date_end) == ("2021-09-14", "2021-09-16")


def test_a_later_day_inside_another_sentence_does_not_carry_the_span(extractor):
    text = ("Piknik odbył się 3 lipca 2021 r. w Zwierzyńcu. Pogoda dopisała. "
            "Relacja dodana przez sołtysa 5 lipca 2021 r. Zdjęcia wkrótce.")
    event = extractor.extract(text).event
    assert (event.date_start, event.date_end) == ("2021-07-03", "2021-07-03")
