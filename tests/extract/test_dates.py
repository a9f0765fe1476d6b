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
    # ordinal endings of other days, and Roman months on both sides of a range
    ("Dnia 24-tego kwietnia 2017 r. odbył się rajd.", "2017-04-24", "2017-04-24"),
    ("W dniu 7-mego listopada 2016 r. spotkali się radni.", "2016-11-07", "2016-11-07"),
    ("Obóz trwał od 30 XI do 2 XII 2018 r. w Bieszczadach.", "2018-11-30", "2018-12-02"),
    ("Kurs 27.IV - 3.V.2019 r. w Wiśle", "2019-04-27", "2019-05-03"),
    ("Sylwestrowy wyjazd 30 XII - 2 I 2020 r.", "2019-12-30", "2020-01-02"),
    # weekdays inside a range: after "do" in the genitive, or in brackets after each date
    ("Półkolonie trwały od poniedziałku 8 lipca do piątku 19 lipca 2019 r.", "2019-07-08", "2019-07-19"),
    ("Turnus 29 czerwca (sobota) – 6 lipca (sobota) 2019 r. nad morzem", "2019-06-29", "2019-07-06"),
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
    ("DSC01234.jpg 2019-05-14", "event"),
    ("zdj_2019-05-14_12.30.jpg", "timestamp"),
])
def test_non_event_dates_have_roles(ctx_for, text, role):
    found = dates(ctx_for, text)
    assert found and all(d.role == role for d in found), [(d.text, d.role) for d in found]


def test_a_word_glued_to_the_day_is_no_file_name(ctx_for):
    """Page furniture glued to the day by lost layout: "logo abc" + "1 grudnia 2020" is still the event's date."""
    found = dates(ctx_for, "logo mopsu1 grudnia 2020 roku odbyło się szkolenie.")
    assert [(d.text, d.role) for d in found] == [("1 grudnia 2020 roku", "event")]


@pytest.mark.parametrize("text,start,end", [
    ("Warsztaty trwały 3 - 6listopada 2012 r. w Lublinie.", "2012-11-03", "2012-11-06"),
    ("Festyn odbył się 14czerwca 2015 roku.", "2015-06-14", "2015-06-14"),
])
def test_a_month_name_glued_to_its_day_is_read(ctx_for, text, start, end):
    """A typing slip that drops the space after the day number ("6listopada") still gives the date."""
    found = [d for d in dates(ctx_for, text) if d.role == "event" and d.date_start]
    assert [(d.date_start, d.date_end) for d in found] == [(start, end)]


@pytest.mark.parametrize("text", ["Przyszło 14osób w 2015 roku.", "Ostatnio 5mar. 2015 r. wypadło."])
def test_a_glued_word_that_is_no_full_month_name_gives_no_date(ctx_for, text):
    assert not [d for d in dates(ctx_for, text) if d.date_start]


@pytest.mark.parametrize("text", ["Biuro: ul. 3 Maja 12, tel. 32 123 45 67", "al. 11 Listopada 4"])
def test_streets_and_phones_are_not_dates(ctx_for, text):
    assert dates(ctx_for, text) == []


def test_event_days(ctx_for):
    found = dates(ctx_for, "Pierwszego dnia zwiedzano, w drugim dniu pracowano.")
    assert [d.event_day for d in found] == [1, 2]


@pytest.mark.parametrize("text,start,end", [
    ("Warsztaty odbyły się 14 maja '16 w Borku.", "2016-05-14", "2016-05-14"),
    ("Warsztaty odbyły się 14.05.'16 w Borku.", "2016-05-14", "2016-05-14"),
    ("Targi odbyły się 14/15.05.2016 w Kielcach.", "2016-05-14", "2016-05-15"),
    ("Warsztaty trwały od 12 do 14.05.2016 r. w Borku.", "2016-05-12", "2016-05-14"),
    ("Kurs trwał od 12.03 do 14.03.2019 r.", "2019-03-12", "2019-03-14"),
    ("Kurs trwał od 12 marca 2019 do 14 marca 2019 r.", "2019-03-12", "2019-03-14"),
    ("Zebranie odbyło się 1-go czerwca 2019 r. w remizie.", "2019-06-01", "2019-06-01"),
    ("Festyn odbył się 2016.05.14 w Borku.", "2016-05-14", "2016-05-14"),
    ("Festyn odbył się 2016/05/14 w Borku.", "2016-05-14", "2016-05-14"),
])
def test_more_event_date_forms(ctx_for, text, start, end):
    found = [d for d in dates(ctx_for, text) if d.role == "event" and d.date_start]
    assert [(d.date_start, d.date_end) for d in found] == [(start, end)], [(d.text, d.role) for d in found]
    assert text[found[0].start:found[0].end] == found[0].text


@pytest.mark.parametrize("text,start,end,first", [
    ("Kurs odbył się w dniach 3-4 i 10-11 października 2020 r. w Brzezinach.", "2020-10-03", "2020-10-11", "3-4"),
    ("Zajęcia odbyły się 12, 13 i 14 maja 2016 r. w Ligocie.", "2016-05-12", "2016-05-14", "12,"),
    ("Zjazdy odbyły się 3-4 i 10-11.10.2020 r.", "2020-10-03", "2020-10-11", "3-4"),
])
def test_a_list_of_days_shares_the_month_of_its_last(ctx_for, text, start, end, first):
    found = [d for d in dates(ctx_for, text) if d.date_start]
    assert [(d.date_start, d.date_end) for d in found] == [(start, end)]
    assert found[0].text.startswith(first)


def test_days_out_of_order_are_no_list(ctx_for):
    found = [d for d in dates(ctx_for, "W sali nr 14, 3 i 4 maja 2016 r. odbyły się zajęcia.") if d.date_start]
    assert [(d.date_start, d.date_end) for d in found] == [("2016-05-03", "2016-05-04")]


def test_a_range_with_no_month_keeps_the_date_inside_it(ctx_for):
    found = [d for d in dates(ctx_for, "Dnia 12 marca 2019 r. - 30 osób przyszło na zebranie.") if d.date_start]
    assert [d.date_start for d in found] == ["2019-03-12"]


def test_heading_above_the_body_gives_the_year_under_page_top_lines(ctx_for):
    text = ("Wersja kontrastowa\nSerwis Gminy Lipowo\n\nTurniej Sołectw Gminy Lipowo 2022\n\n"
            "W sobotę 11 czerwca br. na stadionie w Lipowie rywalizowały drużyny wszystkich sołectw naszej gminy, "
            "a puchary wręczył wójt.")
    found = [d for d in dates(ctx_for, text) if d.role == "event"]
    assert found[0].date_start == "2022-06-11" and found[0].year_inferred


def test_a_year_in_the_body_is_no_heading(ctx_for):
    text = ("Serwis Gminy Lipowo\n\nSpotkanie seniorów\n\nW sobotę 11 czerwca spotkali się seniorzy, którzy od "
            "2019 roku działają w klubie przy bibliotece w Lipowie i prowadzą zajęcia.")
    found = [d for d in dates(ctx_for, text) if d.role == "event"]
    assert found[0].date_start is None and found[0].partial == "--06-11"


@pytest.mark.parametrize("text,year", [
    ("Inauguracja roku akademickiego 2019/2020 odbyła się 3 października w auli.", "2019"),
    ("Zakończenie roku szkolnego 2018/2019 odbyło się 21 czerwca w szkole.", "2019"),
    ("Uroczystość 26 września otworzyła nowy rok akademicki 2019/20 słuchaczy.", "2019"),
])
def test_school_year_gives_the_year(ctx_for, text, year):
    found = [d for d in dates(ctx_for, text) if d.year_inferred]
    assert len(found) == 1 and found[0].date_start[:4] == year


@pytest.mark.parametrize("text", [
    "Artykuł o spotkaniu ukazał się w numerze „Głosu Lisowa” z 7 lipca br.",
    "Odpowiedź na pismo Wojewody z dnia 12 marca 2019 r. przygotowano w urzędzie.",
    "Dzisiejsze zajęcia były kontynuacją spotkania z 25 kwietnia, podczas którego omawiano zasady.",
    "Poprzednie spotkanie odbyło się 12 marca 2019 r. w remizie.",
    "W ubiegłym roku festyn odbył się 20 maja 2015 r. na boisku.",
    "Kolejne spotkanie odbędzie się 12 maja 2021 r. w Zalesiu.",
    "Następne zebranie zaplanowano na 3 czerwca 2021 r.",
    "Wieczór wspomnień o Janie Lisie (ur. 12 maja 1950 r.) zgromadził sąsiadów.",
    "Pani Marianna urodziła się 2 lutego 1921 r. w Lisowie.",
    "Wystawę można oglądać do 31 grudnia 2019 r. w holu.",
    "Wnioski należy złożyć przed 5 marca 2020 r. w sekretariacie.",
    "Termin składania wniosków na szkolenie: 14 maja 2021 r.",
    "Rejestracja uczestników potrwa do 3 czerwca 2021 r.",
    "Zwycięzca zeszłorocznej edycji, która odbyła się 11 maja 2020 r., zasiadł w jury.",
    "Omówiono kolejne spotkanie, które odbędzie się 2 lipca 2021 r. w Lipnie.",
    "Zapisy od 7 czerwca 2021 r. w sekretariacie szkoły.",
    "Rekrutacja do projektu trwa od 2 do 16 sierpnia 2021 r.",
    "Uwaga: termin nadesłania pracy, wypełnienia ankiety oraz przesłania zgody rodziców na adres szkoły to "
    "12 X 2011, godz. 12.00.",
])
def test_dates_of_documents_other_occasions_lives_and_limits_are_not_the_event(ctx_for, text):
    found = [d for d in dates(ctx_for, text) if d.date_start or d.partial]
    assert found and all(d.role != "event" for d in found), [(d.text, d.role) for d in found]


@pytest.mark.parametrize("text", [
    "Kolejne spotkanie odbyło się 12 maja 2021 r. w Zalesiu.",
    "Sprawozdanie z zebrania z dnia 12 maja 2021 r. przyjęto jednogłośnie.",
    "Ostatnie spotkanie w tym roku odbyło się 12 grudnia 2021 r.",
    "Zajęcia odbędą się w terminie 6 lipca 2009 r. w świetlicy.",
    # "termin" before the event's own noun (also the verbal noun of "szkolić", "zebrać") gives the event's day
    "Termin szkolenia: 14 maja 2021 r., sala konferencyjna Starostwa w Lipnie.",
    "Termin zebrania wiejskiego ustalono na 9 lutego 2022 r.",
    "Dzień otwarty z zapisami do klubu odbył się 4 września 2021 r.",
    "Na festyn, który odbył się 5 czerwca 2021 r., przybyło trzysta osób.",
])
def test_the_reported_occasion_keeps_its_date(ctx_for, text):
    found = [d for d in dates(ctx_for, text) if d.date_start]
    assert found and all(d.role == "event" for d in found), [(d.text, d.role) for d in found]


@pytest.mark.parametrize("text", [
    "Pierwszego dnia zwiedzano.", "W DRUGIM DNIU pracowano.", "Trzeci\ndzień był wolny.", "Bez dni wolnych.",
    "Kolejnego dnia", "drugiego dniach", "W drugim  Dniu",
])
def test_the_event_day_hint_is_in_every_event_day_match(text):
    """Texts without the hint are not scanned for event days: every match must contain it."""
    from pipeline.extract.dates import _EVENT_DAY, _EVENT_DAY_HINT

    assert all(_EVENT_DAY_HINT.search(m.group()) for m in _EVENT_DAY.finditer(text))
    assert bool(_EVENT_DAY.search(text)) <= bool(_EVENT_DAY_HINT.search(text))


def test_digit_runs_start_where_a_digit_follows_no_digit():
    import re

    from pipeline.extract.date_patterns import _DIGIT_RUN

    text = "1 12.03.2019 r., 5-6 maja, x7y88 0"
    assert [m.start() for m in _DIGIT_RUN.finditer(text)] == [m.start() for m in re.finditer(r"(?<!\d)\d", text)]
    assert [m.start() for m in _DIGIT_RUN.finditer(text)] == [0, 2, 5, 8, 17, 19, 28, 30, 33]


@pytest.mark.parametrize("text,role", [
    # a holiday's usual day with its predicate after the date
    ("8 maja w całym kraju obchodzony jest Dzień Bibliotekarza.", "other"),
    ("23 czerwca przypada Dzień Ojca, więc uczniowie przygotowali laurki.", "other"),
    # the start or the end of a project's realisation, with the verb after the date
    ("Stowarzyszenie Zielona Dolina w dniu 30 listopada 2018 r. zakończyło realizację zadania publicznego.",
     "project_period"),
    ("Fundacja 2 stycznia 2019 r. rozpoczęła realizację projektu „Razem”.", "project_period"),
])
def test_a_holiday_or_a_project_bound_named_after_the_date_is_not_the_event(ctx_for, text, role):
    found = [d for d in dates(ctx_for, text) if d.date_start or d.partial]
    assert found and all(d.role == role for d in found), [(d.text, d.role) for d in found]


@pytest.mark.parametrize("text", [
    "8 maja w bibliotece obchodziliśmy Dzień Bibliotekarza.",
    "30 listopada 2018 r. zakończyło się szkolenie, a uczestnicy otrzymali certyfikaty.",
])
def test_an_event_held_on_the_day_keeps_its_date(ctx_for, text):
    found = [d for d in dates(ctx_for, text) if d.date_start or d.partial]
    assert found and all(d.role == "event" for d in found), [(d.text, d.role) for d in found]


def test_the_heading_of_the_dates_own_section_gives_the_year(ctx_for):
    text = ("Klub\n\nCzłonkowie klubu książki przy naszej bibliotece wzięli udział w akcji czytania w parku miejskim.\n\n"
            "DZIEŃ GŁOŚNEGO CZYTANIA 2021\n\n"
            "Jak co roku biblioteka w Lipowie włączyła się do akcji, która odbyła się w sobotę 4 września w ogrodzie.")
    found = [d for d in dates(ctx_for, text) if d.role == "event"]
    assert found[0].date_start == "2021-09-04" and found[0].year_inferred


def test_a_crawlers_month_prefix_gives_the_year_of_a_year_less_date(extractor):
    text = (" date 2023-02 Konferencja studentów w Lipowie\n\nW dniach 16-18 lutego br. studenci z dziesięciu uczelni "
            "spotkali się na konferencji w Lipowie.")
    report = extractor.extract(text)
    assert (report.event.date_start, report.event.date_end) == ("2023-02-16", "2023-02-18")
    assert report.document.published is None  # a month is no publication date


def test_a_portal_header_clock_lends_no_year(ctx_for):
    """docs/annotation.md: a weekday line with name-days at the page's top is the portal's header clock (the crawl's
    date, `crawl_header`), neither the publication date nor a year for the report's year-less dates."""
    page = ("Środa, 14 marca 2012 r. Imieniny Leona, Matyldy\n\nNowa rada seniorów wybrała przewodniczącą\n\n"
            "W dniu 9 listopada w świetlicy w Lipnikach odbyło się pierwsze posiedzenie Rady Seniorów Gminy Dąb. "
            "Na przewodniczącą wybrano Halinę Sęk.")
    event = next(d for d in dates(ctx_for, page) if d.text == "9 listopada")
    assert event.date_start is None and event.partial == "--11-09"


@pytest.mark.parametrize("text, partial", [
    ("W dniu 11 XI w świetlicy odbyła się akademia.", "--11-11"),
    ("Dnia 3 V br. mieszkańcy wzięli udział w uroczystości.", "--05-03"),
    # a school or a team after the number, and a lone "I", are no month
    ("Uczniowie klasy 2 II Liceum pojechali na wycieczkę.", None),
    ("Zespół 4 I zajął pierwsze miejsce.", None),
])
def test_a_roman_month_spaced_from_its_day_without_a_year(ctx_for, text, partial):
    found = [d.partial for d in dates(ctx_for, text) if d.partial or d.date_start]
    assert found == ([partial] if partial else [])


@pytest.mark.parametrize("text, span", [
    ("W dniach 27.02-2.03 w ośrodku trwał kurs.", ("--02-27", "--03-02")),
    ("Obóz 30.12 - 3.01 w Beskidach.", ("--12-30", "--01-03")),
    ("Zajęcia w godz. 8.10-9.10 w sali.", None),
])
def test_a_numeric_range_across_months_without_a_year(ctx_for, text, span):
    found = [(d.partial, d.partial_end) for d in dates(ctx_for, text) if d.partial or d.date_start]
    assert found == ([span] if span else [])


@pytest.mark.parametrize("text, span", [
    ("Zajęcia trwały 8-go i 9-go października 2021 r. w świetlicy.", ("2021-10-08", "2021-10-09")),
    ("W dniach 4 – 5 XII w świetlicy trwał kiermasz.", ("--12-04", "--12-05")),
    ("Drużyny 4 i 5 II Ligi zagrały w hali.", None),
])
def test_ordinal_endings_and_roman_months_in_day_ranges(ctx_for, text, span):
    found = [(d.date_start, d.date_end) if d.date_start else (d.partial, d.partial_end)
             for d in dates(ctx_for, text) if d.partial or d.date_start]
    assert found == ([span] if span else [])


def test_two_days_joined_by_a_bare_comma_before_a_month(extractor):
    report = extractor.extract("Kurs odbył się 7,8 października 2021 r. w Brzegu. Zebrano 2,5 tony zakrętek.")
    assert (report.event.date_start, report.event.date_end) == ("2021-10-07", "2021-10-08")


@pytest.mark.parametrize("text, span", [
    ("Od 13.IX.2019 r. do 14.IX.2019 r. w ośrodku trwał biwak.", ("2019-09-13", "2019-09-14")),
    ("Obóz trwał 30.XII.2019 - 3.I.2020 w Beskidach.", ("2019-12-30", "2020-01-03")),
    ("Spotkanie 13.IX.2019 r., zebranie 2.X.2019 r.", None),
])
def test_a_range_of_two_full_dates_with_roman_months(ctx_for, text, span):
    found = [(d.date_start, d.date_end) for d in dates(ctx_for, text) if d.date_start]
    if span is None:
        assert all(a == b for a, b in found) and len(found) == 2  # two days listed, no range
    else:
        assert found == [span]
