"""Roles of dates (pipeline/extract/date_roles.py) in sentences written for the tests."""

import pytest


def test_a_photo_credit_date_is_no_session_of_the_event(extractor):
    text = "W niedzielę 6 czerwca 2021 r. w parku odbył się festyn. Fot. Ewa Zając, 7.06.2021"
    report = extractor.extract(text)
    assert (report.event.date_start, report.event.date_end) == ("2021-06-06", "2021-06-06")
    assert [d.role for d in report.dates if d.text.startswith("7.06")] == ["timestamp"]
    text = "Zdjęcia z festynu, który odbył się 6.06.2021, są w galerii."
    assert extractor.extract(text).event.date_start == "2021-06-06"


def test_a_towns_dateline_at_the_top_is_the_publication_date(extractor):
    report = extractor.extract("Borki, dnia 12.05.2019 r.\nKomunikat\nW dniu 10 maja w świetlicy odbyło się zebranie.")
    assert [d.role for d in report.dates] == ["publication", "event"]
    assert report.event.date_start == "2019-05-10"
    report = extractor.extract("LIPNO, 12 maja. Wczoraj w ratuszu odbyła się konferencja prasowa.")
    assert [d.role for d in report.dates] == ["publication"] and report.event.date_partial_start is None
    # a heading or a sentence that opens with a noun or a name other than a town keeps the event's date
    for text in ("Zebranie wiejskie, 12 maja 2019 r.\nW Borkach odbyło się zebranie.",
                 "Jan Lis, 12 maja 2019 r. odebrał nagrodę w Borkach."):
        assert extractor.extract(text).event.date_start == "2019-05-12", text


def test_a_period_named_inside_a_talks_topic_is_not_the_events(extractor):
    text = ("Sesja odbędzie się w czwartek, 7 października. 11.00 - panel dotyczący relacji reporterów w najgorętszym "
            "okresie sporu o pomnik w dniach 3-10 sierpnia z udziałem dziennikarzy.")
    report = extractor.extract(text)
    assert [d.role for d in report.dates] == ["event", "other"]
    assert report.event.date_partial_start == "--10-07"
    for text in ("Szkolenie dotyczące dotacji w dniach 15-16 maja w Lipnie.",  # no period noun: the event's days
                 "Debata dotycząca okresu transformacji odbyła się 12 maja."):  # a verb between topic and date
        assert [d.role for d in extractor.extract(text).dates] == ["event"], text


def test_a_datelines_year_outranks_a_reference_from_outside_the_text(extractor):
    text = "Borki, 16 czerwca 2005 r.\nZawiadomienie\nW dniu 1 maja podczas festynu w Borkach doszło do kradzieży."
    report = extractor.extract(text, reference_date="2012-11-26")
    assert [(d.role, d.date_start) for d in report.dates] == [("publication", "2005-06-16"), ("event", "2005-05-01")]


@pytest.mark.parametrize("text, day", [
    ("Borki, dnia 12.05.2019 r.\nKomunikat\nW dniu dzisiejszym w świetlicy odbyło się zebranie.", "2019-05-12"),
    ("Borki, 12 maja 2019 r.\nWczoraj w świetlicy odbyło się zebranie wiejskie.", "2019-05-11"),
])
def test_a_dateline_is_the_reference_date_of_a_text_without_one(extractor, text, day):
    report = extractor.extract(text)
    assert (report.document.reference_date, report.event.date_start) == ("2019-05-12", day)


def test_a_weekday_opening_the_first_sentence_is_no_towns_dateline(extractor):
    """"Sobota" and "Środa" are also villages' names; a weekday before the date starts the report's own sentence."""
    report = extractor.extract("Rajd w Borkach\nSobota, 9 października 2021 r. – to dzień, w którym w Borkach "
                               "odbył się rajd rowerowy.")
    assert report.event.date_start == "2021-10-09" and report.document.published is None
    report = extractor.extract("Borki, 9 października 2021 r. – w ratuszu odbyła się konferencja prasowa.")
    assert [d.role for d in report.dates] == ["publication"]  # a town's dateline stays one


def test_a_date_after_the_projects_own_years_is_the_events(extractor):
    """The period ends with its years; a day after them in the sentence is the event's."""
    text = "W ramach projektu realizowanego w latach 2018-2020 w sobotę 8 czerwca 2019 r. odbył się rajd rowerowy."
    assert [d.role for d in extractor.extract(text).dates] == ["project_period", "event"]
    text = "Projekt realizowany jest od 1 stycznia 2019, potrwa do 31 grudnia 2020."
    assert [d.role for d in extractor.extract(text).dates] == ["project_period", "project_period"]  # one end given
