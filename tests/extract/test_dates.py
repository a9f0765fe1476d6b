"""One test per date form named in issue 3, on our own sentences."""

import pytest

from pipeline.extract.dates import extract_dates


def dates(ctx_for, text):
    return extract_dates(ctx_for(text))


@pytest.mark.parametrize("text,start,end", [
    ("Zebranie odbyło się 12.03.2019 r. w sali.", "2019-03-12", "2019-03-12"),
    ("Termin: 12/03/2019", "2019-03-12", "2019-03-12"),
    ("Spotkanie 12-03-2019 roku.", "2019-03-12", "2019-03-12"),
    ("Dnia 16.01.2018r. rozpoczęto kurs.", "2018-01-16", "2018-01-16"),
    ("Szkolenie 2019-05-21 w Opolu.", "2019-05-21", "2019-05-21"),
    ("Dnia 5.6.2017 r. było ciepło.", "2017-06-05", "2017-06-05"),
    ("w dniu 3 lutego 2018 roku", "2018-02-03", "2018-02-03"),
    ("Na luty 2018? Nie: 3 luty 2018 r.", "2018-02-03", "2018-02-03"),
    ("Forum odbyło się 5 lut. 2019 w Kielcach.", "2019-02-05", "2019-02-05"),
    ("Spotkanie 3.XI.2017 r.", "2017-11-03", "2017-11-03"),
    ("Kiermasz 1 VI 2016 w parku.", "2016-06-01", "2016-06-01"),
    ("W dniach 25-26.02.2014 r. – wyjazd", "2014-02-25", "2014-02-26"),
    ("w dniach 05-06. września 2013 r.", "2013-09-05", "2013-09-06"),
    ("Konferencja 12–14 października 2016 w Lublinie", "2016-10-12", "2016-10-14"),
    ("Warsztaty 23 – 24 listopada 2017 r.", "2017-11-23", "2017-11-24"),
    ("Wyjazd 29 września – 1 października 2018 r.", "2018-09-29", "2018-10-01"),
    ("Obóz 28.12.2015 – 2.01.2016 w górach.", "2015-12-28", "2016-01-02"),
    ("od 10 do 12 kwietnia 2019 r. trwało szkolenie", "2019-04-10", "2019-04-12"),
    ("między 3 a 5 lipca 2020 r. w Ustce", "2020-07-03", "2020-07-05"),
    ("30 i 31 maja 2015 r. w Gdyni", "2015-05-30", "2015-05-31"),
    ("w czwartek, 5 grudnia 2019 r. w Krakowie", "2019-12-05", "2019-12-05"),
    ("Walne zebranie odbyło się w lutym: 7 lutym 2020? Nie, 7 lutego 2020.", "2020-02-07", "2020-02-07"),
])
def test_event_date_forms(ctx_for, text, start, end):
    found = [d for d in dates(ctx_for, text) if d.role == "event" and d.date_start]
    assert found, text
    assert (found[-1].date_start, found[-1].date_end) == (start, end)
    assert text[found[-1].start:found[-1].end] == found[-1].text


def test_year_inferred_from_other_date(ctx_for):
    found = dates(ctx_for, "Sprawozdanie. Spotkanie 14 marca. Kolejne zaplanowano na 20.04.2018 r.")
    first = found[0]
    assert first.date_start == "2018-03-14" and first.year_inferred


def test_br_means_current_year_of_report(ctx_for):
    found = dates(ctx_for, "Opublikowano: 2.04.2021. Zebranie odbyło się 30 marca br. w świetlicy.")
    event = [d for d in found if d.role == "event"][0]
    assert event.date_start == "2021-03-30" and event.year_inferred and event.text.endswith("br.")


def test_no_year_anywhere_stays_partial_with_warning(ctx_for):
    ctx = ctx_for("Spotkanie odbyło się 3 marca w remizie.")
    found = extract_dates(ctx)
    assert found[0].date_start is None and found[0].partial == "--03-03"
    assert ctx.warnings


@pytest.mark.parametrize("text,role", [
    ("zgodnie z ustawą z dnia 27 kwietnia 2006 r. o spółdzielniach socjalnych", "legal_act"),
    ("rozporządzenie Ministra z dnia 12 stycznia 2017 r.", "legal_act"),
    ("Projekt realizowany jest w okresie od 01.01.2019 do 31.12.2020.", "project_period"),
    ("Projekt realizujemy w latach 2019-2022.", "project_period"),
    ("Opublikowano: 14.06.2019", "publication"),
    ("IMG_2014-02-25_15.28.36.jpg", "timestamp"),
    ("2014-02-25_15.28.36", "timestamp"),
])
def test_non_event_dates_have_roles(ctx_for, text, role):
    found = dates(ctx_for, text)
    assert found and all(d.role == role for d in found), [(d.text, d.role) for d in found]


@pytest.mark.parametrize("text", ["Biuro: ul. 3 Maja 12, tel. 32 123 45 67", "al. 11 Listopada 4"])
def test_streets_and_phones_are_not_dates(ctx_for, text):
    assert dates(ctx_for, text) == []


def test_event_days(ctx_for):
    found = dates(ctx_for, "Pierwszego dnia zwiedzano, w drugim dniu pracowano.")
    assert [d.event_day for d in found] == [1, 2]
