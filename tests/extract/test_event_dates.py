"""The event's date chosen on whole invented pages shaped like the real ones that mislead the choice
(`pipeline.resolve_event.choose_dates`): stamps, listings, announcements, deadlines, history."""

import pytest

PAGES = {
    "stamp_and_body_date": (
        "Aktualności\n\nOpublikowano: 21.03.2019\n\nWarsztaty ceramiczne w Borowie\n\n"
        "W piątek 15 marca 2019 r. w świetlicy w Borowie odbyły się warsztaty ceramiczne dla seniorów.",
        ("2019-03-15", "2019-03-15")),
    "listing_first_item": (
        "Aktualności\n\nSzkolenie z rachunkowości w Lipnie\n12.04.2018\n"
        "W dniu 10 kwietnia 2018 r. w Lipnie odbyło się szkolenie z rachunkowości dla stowarzyszeń.\nCzytaj więcej\n\n"
        "Zebranie członków\n02.03.2018\nDnia 28 lutego 2018 r. odbyło się walne zebranie członków.\nCzytaj więcej",
        ("2018-04-10", "2018-04-10")),
    "listing_first_item_undated": (
        "Aktualności\n\nWarsztaty ceramiczne w Borowie\n"
        "W świetlicy w Borowie odbyły się warsztaty ceramiczne dla seniorów z całej gminy.\nCzytaj więcej\n\n"
        "Zebranie członków\nDnia 28 lutego 2018 r. odbyło się walne zebranie członków.\nCzytaj więcej",
        (None, None)),
    "listing_dated_only_by_stamps": (
        "Aktualności\nWarsztaty ceramiczne\n15.03.2019\n"
        "W świetlicy odbyły się warsztaty ceramiczne dla seniorów z całej gminy.\nKonkurs plastyczny\n02.03.2019\n"
        "W dniu 1 marca 2019 r. rozstrzygnięto konkurs plastyczny dla dzieci.",
        (None, None)),
    "long_listing_with_mid_page_stamps": (
        "Aktualności\nStrona główna\nKontakt\nO nas\nProjekty\nGaleria\nDokumenty\nWarsztaty ceramiczne\n"
        "15.03.2019\nW dniu 14 marca 2019 r. w świetlicy odbyły się warsztaty ceramiczne dla seniorów z gminy.\n"
        "Uczestnicy lepili naczynia i ozdoby, a potem wypalali je w piecu.\nWszyscy byli zadowoleni.\n"
        "Zebranie\n20.02.2019\nW dniu 19 lutego 2019 r. odbyło się zebranie.\nStopka\nKontakt\nMapa\nAdres\n"
        "Telefon\nEmail\nFacebook",
        ("2019-03-14", "2019-03-14")),
    "day_headings_run_forward": (
        "Warsztaty w Borku\nMenu\nKontakt\nO nas\nProjekty\nGaleria\nDokumenty\nAktualności\n12.03.2019\n"
        "W dniu 12 marca 2019 r. w Borku rozpoczęły się dwudniowe warsztaty dla animatorów z całej gminy.\n"
        "13.03.2019\nDrugiego dnia warsztatów, 13 marca 2019 r., "
        "ćwiczono prowadzenie zebrań.\nStopka\nKontakt\nMapa\nAdres\nTelefon\nEmail\nFacebook",
        ("2019-03-12", "2019-03-13")),
    "next_meeting_after": (
        "W dniu 14 kwietnia 2021 r. w Dębinie odbyło się spotkanie sołtysów. Kolejne spotkanie odbędzie się "
        "12 maja 2021 r. w Zalesiu.",
        ("2021-04-14", "2021-04-14")),
    "next_meeting_first": (
        "Kolejne spotkanie odbędzie się 12 maja 2021 r. w Zalesiu. Tymczasem 14 kwietnia 2021 r. sołtysi spotkali "
        "się w Dębinie i omówili plany na lato.",
        ("2021-04-14", "2021-04-14")),
    "announcement_first": (
        "Spotkanie podsumowujące sezon odbędzie się 12 maja 2021 r. w Zalesiu. Tymczasem 14 kwietnia 2021 r. "
        "sołtysi spotkali się w Dębinie.",
        ("2021-04-14", "2021-04-14")),
    "announcement_only": (
        "Spotkanie sołtysów odbędzie się 12 maja 2021 r. w Zalesiu. Zapraszamy mieszkańców.",
        ("2021-05-12", "2021-05-12")),
    "deadline_first": (
        "Zgłoszenia do konkursu przyjmowano do 5 marca 2020 r. Wręczenie nagród odbyło się 20 marca 2020 r.",
        ("2020-03-20", "2020-03-20")),
    "project_period_first": (
        "Projekt realizowany od 01.01.2019 do 31.12.2020 r. obejmuje cykl szkoleń. Pierwsze szkolenie odbyło się "
        "7 listopada 2019 r. w Radomiu.",
        ("2019-11-07", "2019-11-07")),
    "resolution_first": (
        "Zgodnie z uchwałą Rady Gminy z dnia 12 lutego 2019 r. w dniu 3 marca 2019 r. odbyło się zebranie wiejskie.",
        ("2019-03-03", "2019-03-03")),
    "birth_date": (
        "Pani Marianna urodziła się 2 lutego 1921 r. W niedzielę 2 lutego 2021 r. w domu kultury odbyła się "
        "uroczystość jej setnych urodzin.",
        ("2021-02-02", "2021-02-02")),
    "founding_with_lead_in": (
        "Stowarzyszenie zostało zarejestrowane w dniu 15 maja 1999 r. Jubileusz świętowano 20 maja 2019 r.",
        ("2019-05-20", "2019-05-20")),
    "last_year_first": (
        "W ubiegłym roku festyn odbył się 20 maja 2015 r., a w tym roku mieszkańcy bawili się 14 maja 2016 r.",
        ("2016-05-14", "2016-05-14")),
    "only_a_birth_date": ("Spotkanie o Janie Lisie (ur. 12 maja 1950 r.) odbyło się w bibliotece.", (None, None)),
    "newspaper_issue": (
        "Spotkanie odbyło się w Lisowie. Artykuł o nim ukazał się w numerze „Głosu Lisowa” z 7 lipca br.",
        (None, None)),
    "earlier_meeting": (
        "Dzisiejsze zajęcia były kontynuacją spotkania z 25 kwietnia, podczas którego omawiano zasady.",
        (None, None)),
    "year_summary": (
        "Podsumowanie roku w klubie\n\nDodano: 06.03.2017\n\nW bibliotece odbyło się coroczne spotkanie "
        "podsumowujące pracę klubu. Członkowie wspominali wycieczkę, która odbyła się 25 kwietnia 2016 roku.",
        (None, None)),
    "two_ranges": (
        "Szkolenie dla seniorów odbyło się w dniach 3-4 i 10-11 października 2020 r. w Brzezinach.",
        ("2020-10-03", "2020-10-11")),
    "weekday_comma": ("W sobotę, 14 maja 2016 r. na boisku w Ligocie odbył się festyn.", ("2016-05-14", "2016-05-14")),
    "roman_month": ("Festyn rodzinny odbył się 14.V.2016 r. w Ligocie.", ("2016-05-14", "2016-05-14")),
    "iso": ("Festyn rodzinny odbył się 2016-05-14 w Ligocie.", ("2016-05-14", "2016-05-14")),
    "nbsp": ("Festyn rodzinny odbył się 14\u00a0maja\u00a02016 r. w Ligocie.", ("2016-05-14", "2016-05-14")),
    "en_dash": ("Warsztaty odbyły się w dniach 14\u201315 maja 2016 r.", ("2016-05-14", "2016-05-15")),
    "em_dash": ("Warsztaty odbyły się w dniach 14\u201415.05.2016 r.", ("2016-05-14", "2016-05-15")),
    "apostrophe_year": ("Warsztaty odbyły się 14 maja '16 w Ligocie.", ("2016-05-14", "2016-05-14")),
    "slash_days": ("Wyjazd studyjny odbył się 12/13 listopada 2019 r.", ("2019-11-12", "2019-11-13")),
    "dash_days_dash": ("Warsztaty odbyły się 15-16-06.2018 r. w Sędziszowie.", ("2018-06-15", "2018-06-16")),
    "parenthesised": ("Podczas szkolenia (9 i 10 kwietnia 2018 r.) uczestnicy poznali zasady.",
                      ("2018-04-09", "2018-04-10")),
    "one_day_per_place": ("Opublikowano: 8.05.2017\n\nSpotkania odbyły się 4.05 w Asowie oraz 5.05 w Bielinie.",
                          ("2017-05-04", "2017-05-05")),
    "yesterday": ("Opublikowano: 8.05.2017\n\nWczoraj w Bielinie odbyło się spotkanie dla rolników.",
                  ("2017-05-07", "2017-05-07")),
    "last_friday": ("Opublikowano: 8.05.2017\n\nW ubiegły piątek w Bielinie odbyło się spotkanie dla rolników.",
                    ("2017-05-05", "2017-05-05")),
    "next_day": ("Konferencja odbyła się 4 maja 2017 r. w Bielinie. Następnego dnia uczestnicy zwiedzali skansen.",
                 ("2017-05-04", "2017-05-05")),
    "school_year": ("Zakończenie roku szkolnego 2018/2019 odbyło się 21 czerwca w szkole w Brzozie.",
                    ("2019-06-21", "2019-06-21")),
    # the day a holiday falls on and an invitation's day are no partial date of the event
    "holiday_falls_on": ("Z okazji Dnia Pszczelarza, przypadającego w bieżącym roku w dniu 8 sierpnia, koło "
                         "pszczelarzy z Lipówki zorganizowało seminarium o chorobach pszczół.", (None, None)),
    "invitation_day": ("Konkurs plastyczny dla dzieci rozstrzygnięto. Jury nagrodziło pięć prac. Po odbiór nagród "
                       "zapraszamy 9 czerwca do sali nr 4.", (None, None)),
    # a stamp repeated over the byline opens no second item; the holiday's usual day is not the event's
    "stamp_over_byline_and_usual_day": (
        "Dzień Życzliwości w naszym ośrodku. Świętowaliśmy razem z gośćmi\n\n2021-03-10 12:00\nJan Wierzba\n"
        "2021-03-10 12:00\n\nPodopieczni Domu Pomocy w Lipówce świętowali dziś Dzień Życzliwości przy muzyce. "
        "Jest on obchodzony 8 marca, jednak my zorganizowaliśmy go właśnie dzisiaj.",
        ("2021-03-10", "2021-03-10")),
    # read-more links with nothing between them are a menu of links, not the ends of listing items
    "menu_of_read_more_links": (
        "Projekt współfinansowany ze środków Unii Europejskiej w ramach programu rozwoju obszarów wiejskich.\n\n"
        "Gmina\nLipówka\nwięcej\n\nGmina\nBorówki\nwięcej\n\nGmina\nDębina\nwięcej\n\n"
        "14 maja 2019 r. w biurze stowarzyszenia odbyło się kolejne spotkanie pań z kół gospodyń wiejskich.",
        ("2019-05-14", "2019-05-14")),
    "programme_day_headings": (
        "Aktualności\nDodano: 02.09.2021\nZapraszamy na sympozjum o zielarstwie w Domu Ludowym w Kępnicy, które "
        "przygotowało Towarzystwo Przyjaciół Ziół.\nProgram:\n14 września 2021 (wtorek)\n9:30 – powitanie\n"
        "15 września 2021 (środa)\n10.00-13.00 zajęcia terenowe\nZgłoszenia do 10 września 2021 r.",
        ("2021-09-14", "2021-09-15")),
    "sessions_listed_a_week_apart": (
        "Kurs decoupage'u w Świetlicy Wiejskiej w Mroczkach odbywał się w dniach 3, 4 oraz 11 kwietnia 2022 r.",
        ("2022-04-03", "2022-04-11")),
    "numeric_sessions_listed": (
        "Spotkania grupy wsparcia odbyły się 2.03, 9.03 i 16.03.2023 r. w siedzibie fundacji w Rzepinie.",
        ("2023-03-02", "2023-03-16")),
    "clause_comma_is_no_list": (
        "Po półfinałach, które rozegrano 3 kwietnia 2022 r., 20 kwietnia 2022 r. w hali w Mroczkach odbył się finał "
        "turnieju.",
        ("2022-04-20", "2022-04-20")),
    "relative_clause_date_alone": (
        "Wycieczka, która odbyła się 6 maja 2022 r., była nagrodą w konkursie rozstrzygniętym 8 kwietnia 2022 r.",
        ("2022-05-06", "2022-05-06")),
    "ordinal_days_stretch_a_trip": (
        "Dodano: 15.06.2021\nWyjazd seniorów na Litwę\n9 czerwca grupa seniorów z Kępic wyjechała do Wilna. "
        "Pierwszego dnia zwiedzano Stare Miasto. Trzeciego dnia, 11 czerwca, grupa wróciła do Kępic.",
        ("2021-06-09", "2021-06-11")),
    "holiday_second_day_is_no_event_day": (
        "26 grudnia 2021 r. w kościele w Kępicach odbył się koncert kolęd. Drugi dzień świąt zgromadził tłumy.",
        ("2021-12-26", "2021-12-26")),
    # a relative day with no publication date: the event's day is unknown, another clause's date is not borrowed
    "yesterday_unanchored_future_change": (
        "Wczoraj w Lipnie rozpoczęły się Targi Rolnicze Agro-Lipno. Podczas wczorajszej konferencji zapowiedziano, "
        "że od 1 marca 2003 roku gminna spółdzielnia zostanie połączona ze spółdzielnią z Borowa.", (None, None)),
    "yesterday_unanchored_founding": (
        "Do szkoły w Borowie przyjechał wczoraj wojewoda, by wziąć udział w konferencji o programie „Zielona "
        "Klasa”. Program powstał 12 października 2001 r. z inicjatywy nauczycieli.", (None, None)),
    "yesterday_unanchored_closing_day": (
        "Wczoraj kupcy nadal handlowali na placu. Stary bazar przy ul. Polnej oficjalnie przestał istnieć 1 lipca.",
        (None, None)),
    "yesterday_unanchored_but_dated_event": (
        "Wczoraj wojewoda podsumował targi. Targi Rolnicze odbyły się 5 marca 2003 r. w Lipnie.",
        ("2003-03-05", "2003-03-05")),
    "today_as_nowadays_is_no_day": (
        "Koło liczy dziś 40 członkiń. W maju, 12 maja 2019 r., panie przyjechały do Lipna na jubileusz koła.",
        ("2019-05-12", "2019-05-12")),
    "unanchored_date_split_by_its_abbreviation": (
        "Wczoraj zakończył się kurs. 26.03.2019 r. Ośrodek zorganizował wizytę studyjną dla kursantów.",
        ("2019-03-26", "2019-03-26")),
    "weekday_beside_its_date": (
        "W sobotę, 8 marca 2003 r., ruszył w Lipnie nowy targ z ponad stu stoiskami.",
        ("2003-03-08", "2003-03-08")),
    "stamp_only": ("Opublikowano: 8.05.2017\n\nW świetlicy odbyło się spotkanie informacyjne dla rolników.",
                   (None, None)),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_event_date_on_invented_pages(extractor, name):
    text, want = PAGES[name]
    event = extractor.extract(text).event
    assert (event.date_start, event.date_end) == want
    if want == (None, None):
        assert event.date_partial_start is None


def test_a_dated_byline_is_the_publication_date_and_anchors_the_event_day(extractor):
    page = ("Dzień otwarty w warsztatach\n12.06.2019. Radio Zdrój, Anna Kos | ||||\n"
            "11 czerwca w siedzibie warsztatów przy ul. Leśnej blisko 80 osób wzięło udział w zajęciach.\n")
    report = extractor.extract(page)
    assert report.document.published is not None and report.document.published.date == "2019-06-12"
    assert report.event.date_start == "2019-06-11"


def test_two_year_less_days_joined_by_i(extractor):
    for opening in ("7. i 8.10.", "7 i 8.10."):
        report = extractor.extract(f"{opening} z inicjatywy sołtysa odbyła się wycieczka mieszkańców do Zakopanego.")
        assert (report.event.date_partial_start, report.event.date_partial_end) == ("--10-07", "--10-08"), opening
    assert extractor.extract("Zbiórka o godz. 9 i 11.05 odjazd autokaru.").event.date_partial_start is None


def test_a_date_named_as_a_topic_is_not_the_events(extractor):
    page = ("Debata o samorządzie\n\nByli radni rozmawiali o wspomnieniach związanych z 27 maja 1990 roku "
            "i o tym, co zmieniło się w gminie.")
    assert extractor.extract(page).event.date_start is None
    page = "W rocznicę 11 listopada 1918 r. uczniowie przygotowali akademię w auli szkoły."
    assert extractor.extract(page).event.date_start is None


@pytest.mark.parametrize("text, partial", [
    ("Warsztaty ceramiczne odbędą się 14 marca w świetlicy w Lipnie.", "--03-14"),
    ("Zebranie sprawozdawcze odbędzie się 9 lutego br. w remizie.", "--02-09"),
    ("Zebranie było burzliwe. Kolejne zebranie odbędzie się 9 lutego.", None),
    ("Wyniki konkursu ogłoszono. Po odbiór nagród zapraszamy 9 lutego.", None),
    # an announcement's "jutro" or "w sobotę" leaves its written date the event's; a report's "wczoraj" does not
    ("Jutro zapraszamy do remizy. Zebranie sprawozdawcze koła 9 lutego o godz. 17.", "--02-09"),
    ("W sobotę zapraszamy do remizy. Zebranie sprawozdawcze koła 9 lutego o godz. 17.", "--02-09"),
    ("Wczoraj strażacy sprzątali remizę. Zebranie sprawozdawcze koła 9 lutego o godz. 17.", None),
    # a verb of beginning or of a plan in the future says the date is the event's
    ("Przegląd Chórów rozpocznie się 12 lipca w kościele w Borkach. Potrwa do 14 lipca.", "--07-12"),
    ("Spotkanie z podróżnikiem zaplanowano na 22 listopada w bibliotece w Lipnie.", "--11-22"),
    ("Już 15 grudnia w Lipnie zagra zespół Kwiaty. Bilety w cenie 15 zł.", "--12-15"),
    ("Przegląd Kapel ruszy 12 lipca w Borkach.", "--07-12"),
    # an earlier visit named by an adverb is another occasion
    ("Spotkanie z podróżnikiem zaplanowano na 22 listopada. Gość przyjedzie do Lipna po raz drugi; poprzednio "
     "odwiedził bibliotekę 5 marca.", "--11-22"),
])
def test_an_announced_events_own_year_less_date_is_its_partial_date(extractor, text, partial):
    """A page that announces its event gives the event's date ("… odbędzie się 14 marca"); the next meeting's
    date or an invitation to collect prizes is another event's."""
    assert extractor.extract(text).event.date_partial_start == partial


def test_a_year_in_a_name_on_a_first_body_line_gives_no_year(extractor):
    """A text that opens with its body has no title on its first line: the year of a prize named there ("Nagroda
    Wierzby '2003") does not date the programme's year-less day."""
    page = ("Na scenie wystąpią laureaci konkursu piosenki „Nagroda Wierzby '2003”, a także zespoły ludowe z całego "
            "regionu, które zaprezentują tańce i pieśni.\n\nKoncert finałowy odbędzie się 9 sierpnia na rynku w Borkach.")
    event = extractor.extract(page).event
    assert (event.date_start, event.date_partial_start) == (None, "--08-09")
    page = "Dni Borek 2003\n\nKoncert finałowy odbędzie się 9 sierpnia na rynku w Borkach."
    assert extractor.extract(page).event.date_start == "2003-08-09"


def test_the_day_enrolment_opened_is_not_the_events(extractor):
    page = ("W czwartek 21 czerwca 2018 r. w sali sesyjnej w Lipnie odbyło się szkolenie dla sołtysów. "
            "12 czerwca 2018 r. rozpoczęto nabór uczestników.")
    report = extractor.extract(page)
    assert (report.event.date_start, report.event.date_end) == ("2018-06-21", "2018-06-21")
    assert [d.role for d in report.dates if d.text.startswith("12 czerwca")] == ["other"]


@pytest.mark.parametrize("text, span", [
    ("Przegląd Kapel rozpocznie się 12 lipca, a zakończy 20 lipca koncertem na rynku w Borkach.", ("--07-12", "--07-20")),
    ("Targi rozpoczęły się w piątek 14 maja i trwały do niedzieli 16 maja.", ("--05-14", "--05-16")),
])
def test_a_range_written_with_verbs_of_beginning_and_ending(extractor, text, span):
    event = extractor.extract(text).event
    assert (event.date_partial_start, event.date_partial_end) == span


@pytest.mark.parametrize("text", [
    "Przegląd Kapel rozpocznie się 12 lipca, a 20 lipca jury ogłosi wyniki.",  # no verb of ending between them
    "Przegląd Kapel rozpocznie się 12 lipca. Zakończy się 20 lipca.",  # two sentences
    "Sezon rozpoczął się 12 lipca, a zakończył 20 października.",  # longer than a month
    "Kurs rozpoczął się 12 lipca, a zakończył 2 lipca.",  # the end before the beginning
])
def test_no_range_without_both_verbs_in_one_sentence(extractor, text):
    assert not [d for d in extractor.extract(text).dates if d.rule == "bounded_range"]


def test_a_begun_and_ended_range_of_full_dates_is_one_mention(extractor):
    report = extractor.extract("Festiwal rozpoczął się 3 czerwca 2019 r. i zakończył 9 czerwca 2019 r. w Lipnie.")
    assert [(d.rule, d.date_start, d.date_end) for d in report.dates] == [("bounded_range", "2019-06-03", "2019-06-09")]


@pytest.mark.parametrize("page, date, partial", [
    ("Gala Sportowiec Roku 2018\n\nPodczas gali, która odbyła się 25 stycznia w hali w Borkach, nagrodzono sportowców.",
     None, "--01-25"),
    ("Konkurs Nauczyciel Roku 2017, edycja 2017\n\nNagrody wręczono 14 października w auli szkoły w Lipnie.",
     None, "--10-14"),
    ("Dożynki Gminne 2019\n\nW niedzielę 1 września w Borkach odbyły się dożynki gminne.", "2019-09-01", None),
])
def test_a_year_inside_an_award_or_edition_name_in_the_heading_gives_no_year(extractor, page, date, partial):
    event = extractor.extract(page).event
    assert (event.date_start, event.date_partial_start) == (date, partial)


@pytest.mark.parametrize("text, span", [
    ("12 i 13 maja oraz 19 maja w Borkach odbyły się warsztaty.", ("--05-12", "--05-19")),
    ("Warsztaty odbyły się 5 maja, 12 maja oraz 19 maja w Borkach.", ("--05-05", "--05-19")),
    # a comma alone ends a clause; dates too far apart or out of order are no sessions of one event
    ("Eliminacje odbyły się 10 kwietnia, 24 kwietnia w Borkach odbył się finał.", ("--04-10", "--04-10")),
    ("Warsztaty odbyły się 5 maja i 19 lipca.", ("--05-05", "--05-05")),
    ("Warsztaty odbyły się 12 maja i 5 maja.", ("--05-12", "--05-12")),
])
def test_listed_year_less_sessions_make_a_span(extractor, text, span):
    event = extractor.extract(text).event
    assert (event.date_partial_start, event.date_partial_end) == span


@pytest.mark.parametrize("text, span", [
    ("W dniach od 12.05 do 15.05 w Borkach trwały warsztaty.", ("--05-12", "--05-15")),
    ("Od 28.02 do 2.03 w Borkach trwały warsztaty.", ("--02-28", "--03-02")),
    ("Zajęcia trwały od 10.05 do 12.05 w świetlicy.", (None, None)),  # hours, as far as the words tell
])
def test_year_less_numeric_ranges_after_od_and_do(extractor, text, span):
    event = extractor.extract(text).event
    assert (event.date_partial_start, event.date_partial_end) == span


@pytest.mark.parametrize("text, partial", [
    # an earlier occasion: a plan changed, a plan that did not hold, a year ago
    ("Szkolenie, zaplanowane pierwotnie na 5 marca, odbędzie się 12 marca w sali sesyjnej.", "--03-12"),
    ("Konkurs, który miał się odbyć 5 marca, został przełożony na 19 marca.", "--03-19"),
    ("Rok temu przegląd trwał od 2 do 5 lipca. W tym roku przegląd odbył się od 8 do 11 lipca.", "--07-08"),
    ("Msza w intencji ofiar pożaru z 10 kwietnia odbędzie się 10 maja w kościele w Borkach.", "--05-10"),
    # a founding told as history lends no year and is no event date
    ("Koncert orkiestry odbędzie się w sobotę 12 czerwca w amfiteatrze. Orkiestra powstała 12 czerwca 1949 roku.",
     "--06-12"),
])
def test_dates_of_other_occasions_and_of_history(extractor, text, partial):
    event = extractor.extract(text).event
    assert (event.date_start, event.date_partial_start) == (None, partial)


def test_a_founding_at_a_meeting_is_the_events_date(extractor):
    text = "Stowarzyszenie zostało założone 12 maja 2019 r. na zebraniu założycielskim w Borkach."
    assert extractor.extract(text).event.date_start == "2019-05-12"


def test_a_date_closing_its_sentence_with_r_has_no_enrolment_clause_after_it(extractor):
    """"… 9 października 2020 r. Zapisy …": the abbreviation's dot ends the sentence, so the next sentence's
    enrolment words do not make the event's date a deadline."""
    page = "Kurs pierwszej pomocy odbędzie się 9 października 2020 r. Zapisy przyjmuje sekretariat do 2 października 2020 r."
    assert extractor.extract(page).event.date_start == "2020-10-09"
    page = "Nabór trwa od 1 września 2020 r. Zapraszamy wszystkich chętnych."
    assert extractor.extract(page).event.date_start is None


def test_a_heading_date_anchors_the_weekday_of_the_body(extractor):
    """"Dożynki – 21.09.2019" over "W sobotę …": the heading's date is that Saturday, so the weekday is anchored."""
    page = "Dożynki Gminne w Olszance – 21.09.2019\nW sobotę na placu przy remizie bawili się mieszkańcy całej gminy."
    assert extractor.extract(page).event.date_start == "2019-09-21"
    page = "Dożynki Gminne w Olszance – 20.09.2019\nW sobotę na placu przy remizie bawili się mieszkańcy całej gminy."
    assert extractor.extract(page).event.date_start is None  # a Friday's date: the weekday stays unanchored


@pytest.mark.parametrize("text, partial", [
    ("Serdecznie zapraszamy 7 września na coroczny Festyn Parafialny przy kościele.", "--09-07"),
    ("Zapraszamy w niedzielę 12 maja na koncert chóru Lutnia.", "--05-12"),
])
def test_an_invitations_date_before_the_event_it_invites_to(extractor, text, partial):
    assert extractor.extract(text).event.date_partial_start == partial


def test_an_invitation_to_no_event_gives_no_date(extractor):
    page = "Po odbiór dyplomów zapraszamy 4 lipca do biblioteki."
    assert extractor.extract(page).event.date_partial_start is None


def test_the_named_day_in_brackets_yields_to_the_events_own_date(extractor):
    page = ("Dodano: 27.05.2019\nZ okazji Dnia Matki (26 maja) przedszkolaki z Lipowca 24 maja wystąpiły z programem "
            "artystycznym.")
    event = extractor.extract(page).event
    assert (event.date_start, event.date_end) == ("2019-05-24", "2019-05-24")
    page = "Obchody Dnia Strażaka (4 maja) rozpoczęła zbiórka jednostek przed remizą."
    assert extractor.extract(page).event.date_partial_start == "--05-04"  # the only date: the day celebrated


def test_a_meeting_with_an_author_is_no_byline(extractor):
    page = "Spotkanie z autorką bajek odbyło się w czytelni 14 listopada 2019 r. Dzieci zadawały pytania."
    report = extractor.extract(page)
    assert report.event.date_start == "2019-11-14"
    assert report.document.published is None


def test_a_relative_day_with_what_the_group_did(extractor):
    """"Przedwczoraj harcerze zwiedzili …": a past day with what the group did that day dates the report's event."""
    page = "Dodano: 14.10.2019\nPrzedwczoraj harcerze z Bukowca zwiedzili skansen w Sierpcu."
    assert extractor.extract(page).event.date_start == "2019-10-12"
    page = "Dodano: 14.10.2019\nPrzedwczoraj ogłoszono wyniki naboru do programu."
    assert extractor.extract(page).event.date_start is None


def test_a_tasks_realisation_period_is_not_the_events_span(extractor):
    page = ("Zadanie publiczne realizowano od 1 kwietnia do 31 lipca 2020 r. W ramach zadania 20 czerwca 2020 r. "
            "odbył się rodzinny rajd rowerowy.")
    assert extractor.extract(page).event.date_start == "2020-06-20"


def test_a_photo_credits_date_does_not_bar_the_bodys_earlier_date(extractor):
    page = "W sobotę 3 września 2022 r. w parku w Lipnie odbył się piknik sąsiedzki.\nFot. 20 października 2023"
    assert extractor.extract(page).event.date_start == "2022-09-03"
    page = "Dodano: 20 października 2023\nW sobotę 3 września 2022 r. w parku w Lipnie odbył się piknik sąsiedzki."
    assert extractor.extract(page).event.date_start is None  # a page's own stamp a year later: an old date recalled


def test_a_year_in_the_dates_own_clause_is_its_year(extractor):
    page = ("Zebranie sprawozdawcze koła odbyło się 18.01.2020. W ubiegłym roku koło wydało kalendarz, a zebranie "
            "w 2019 r. odbyło się 20 stycznia.")
    event = extractor.extract(page).event
    assert (event.date_start, event.date_end) == ("2020-01-18", "2020-01-18")


def test_a_registration_day_set_apart_is_not_the_start(extractor):
    """The convention: a registration day the text sets apart from the programme is not the start."""
    page = ("Warsztaty odbyły się w dniach 8–9 marca 2021 r. w Domu Kultury w Lipnie. Rejestracja uczestników "
            "odbyła się dzień wcześniej, 7 marca.")
    event = extractor.extract(page).event
    assert (event.date_start, event.date_end) == ("2021-03-08", "2021-03-09")
    page = "Rejestracja uczestników i warsztaty odbyły się 7 marca 2021 r. w Domu Kultury w Lipnie."
    event = extractor.extract(page).event
    assert (event.date_start, event.date_end) == ("2021-03-07", "2021-03-07")  # registration on the event's day


def test_a_group_setting_off_to_the_event_outranks_a_date_in_a_relative_clause(extractor):
    """"pojechali na wycieczkę" tells the trip took place on its days; "konkursu, którego finał odbył się …" dates
    another occasion."""
    page = ("Dodano: 27.05.2019\nW dniach 23-24 maja harcerze z Borku pojechali na biwak nad jezioro. Biwak był "
            "nagrodą za udział w zbiórce, której finał odbył się 15 kwietnia.")
    event = extractor.extract(page).event
    assert (event.date_start, event.date_end) == ("2019-05-23", "2019-05-24")
    from pipeline.extract.relative_words import EVENT_VERB

    assert EVENT_VERB.search("uczniowie wybrali się na rajd") and EVENT_VERB.search("udali się na zawody")
    assert not EVENT_VERB.search("harcerze pojechali nad jezioro") and not EVENT_VERB.search("pojechali do Lipna")


def test_a_photos_file_name_or_another_articles_date_lends_no_year(extractor):
    """Caption furniture, comments and other articles' items date something else: a year-less date stays partial;
    the page's own stamp still gives the year."""
    for tail in ("IMG_2019-06-08_festyn.jpg", "Zobacz też:\nZebranie sołeckie – 2019-06-02"):
        event = extractor.extract("Festyn odbył się 8 czerwca na boisku w Lipnie.\n" + tail).event
        assert (event.date_start, event.date_partial_start) == (None, "--06-08"), tail
    event = extractor.extract("Festyn odbył się 8 czerwca na boisku w Lipnie.\nDodano: 2019-06-10").event
    assert event.date_start == "2019-06-08"
