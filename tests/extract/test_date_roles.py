"""Roles of dates (pipeline/extract/date_roles.py) in sentences written for the tests."""


def test_a_photo_credit_date_is_no_session_of_the_event(extractor):
    text = "W niedzielę 6 czerwca 2021 r. w parku odbył się festyn. Fot. Ewa Zając, 7.06.2021"
    report = extractor.extract(text)
    assert (report.event.date_start, report.event.date_end) == ("2021-06-06", "2021-06-06")
    assert [d.role for d in report.dates if d.text.startswith("7.06")] == ["timestamp"]
    text = "Zdjęcia z festynu, który odbył się 6.06.2021, są w galerii."
    assert extractor.extract(text).event.date_start == "2021-06-06"
