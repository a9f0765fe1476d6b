"""Page furniture, one kind per test, on pages we write ourselves (invented names and places)."""

import pytest

from pipeline.text.layout import analyse_layout


def kinds(text: str) -> dict[str, str]:
    layout = analyse_layout(text)
    return {text[line.start:line.end]: line.kind for line in layout.lines}


BODY = ("W dniach 4-5 marca 2021 r. w Gminnym Ośrodku Kultury w Zalesiu odbyło się szkolenie dla sołtysów. "
        "Zajęcia prowadziła Marta Zielonka z Fundacji Nowy Świt.")


def test_lone_publication_date_at_top_and_bottom():
    page = "2021-03-08\n\n" + BODY + "\n\n14.10.2017"
    layout = analyse_layout(page)
    found = kinds(page)
    assert found["2021-03-08"] == "publication_date"
    assert found["14.10.2017"] == "publication_date"
    assert layout.published is not None and layout.published.date == "2021-03-08"
    assert page[layout.published.start:layout.published.end] == "2021-03-08"


def test_crawl_header_is_not_the_publication_date():
    page = "Wtorek, 3 marca 2025 r. | Imieniny: Kunegundy, Maryny\n" + BODY
    layout = analyse_layout(page)
    assert kinds(page)["Wtorek, 3 marca 2025 r. | Imieniny: Kunegundy, Maryny"] == "crawl_header"
    assert layout.published is None  # the day the page was fetched, not the day it was written


def test_a_date_line_with_an_issue_number_is_the_publication_date():
    """A local paper's line "29 maja 2008 Wydanie 18/2008" dates the page."""
    page = "Jubileusz spółdzielni\n\n29 maja 2008 Wydanie 18/2008\n" + BODY
    assert kinds(page)["29 maja 2008 Wydanie 18/2008"] == "publication_date"
    assert analyse_layout(page).published.date == "2008-05-29"


def test_the_end_of_a_date_range_is_no_stamp():
    """An event's "15-16 maja 2024" under a "Czas" heading is the event's time, not the day the page was posted."""
    page = "Wykład o muzeach\n\nCzas\n\n15-16 maja 2024 roku\n\nMiejsce\n\nSala Kolumnowa\n" + BODY
    assert analyse_layout(page).published is None


def test_labelled_dates():
    for label in ("Dodano: 12.03.2021, 10:15", "Opublikowano: 5 kwietnia 2019", "Data publikacji: 2020-11-02",
                  "Opublikowano 22.06.2023 13:08", "- Utworzono: wtorek, 20, październik 2015 23:40"):
        page = "Szkolenie sołtysów\n" + label + "\n" + BODY
        assert kinds(page)[label] == "publication_date", label
        assert analyse_layout(page).published is not None, label


def test_a_labelled_date_inside_a_sentence_is_not_furniture():
    page = "Opublikowano: 2.04.2021. Zebranie odbyło się 30 marca br. w świetlicy."
    assert kinds(page) == {}


def test_calendar_grid():
    page = BODY + "\n\nmarzec 2021\npn | wt | śr | cz | pt | so | nd\n1 | 2 | 3 | 4 | 5 | 6 | 7\n8 | 9 | 10 | 11 | 12 | 13 | 14"
    found = kinds(page)
    assert found["marzec 2021"] == "calendar"
    assert found["1 | 2 | 3 | 4 | 5 | 6 | 7"] == "calendar"
    assert found["pn | wt | śr | cz | pt | so | nd"] == "calendar"


def test_menus_breadcrumbs_share_and_cookies():
    page = ("Skip to content\nStrona główna » Aktualności » Szkolenia\nAktualności | Kontakt | O nas\n" + BODY
            + "\nUdostępnij Drukuj\nTa strona używa plików cookies. Akceptuję")
    found = kinds(page)
    assert found["Skip to content"] == "menu"
    assert found["Strona główna » Aktualności » Szkolenia"] == "menu"
    assert found["Aktualności | Kontakt | O nas"] == "menu"
    assert found["Udostępnij Drukuj"] == "menu"
    assert found["Ta strona używa plików cookies. Akceptuję"] == "menu"


def test_captions_and_file_names():
    page = BODY + "\nZdjęcie 3 z 12\nIMG_2041.jpg\nGaleria zdjęć"
    found = kinds(page)
    assert found["Zdjęcie 3 z 12"] == "caption"
    assert found["IMG_2041.jpg"] == "caption"
    assert found["Galeria zdjęć"] == "caption"


def test_bylines_and_view_counters():
    page = BODY + "\nfot. Jan Wrzosek\nAutor: Ewa Sosnowska\nOdsłon: 245"
    found = kinds(page)
    assert found["fot. Jan Wrzosek"] == "byline"
    assert found["Autor: Ewa Sosnowska"] == "byline"
    assert found["Odsłon: 245"] == "byline"


def test_body_lines_are_not_furniture():
    assert kinds(BODY + "\n" + BODY) == {}


def test_offsets_point_into_the_text():
    page = "  2021-03-08  \n" + BODY
    line = analyse_layout(page).lines[0]
    assert page[line.start:line.end] == "2021-03-08"


def test_stamps_with_a_time_and_a_label_word():
    page = "Wiadomości Śr. 20.01.2021 17:10:00\n" + BODY
    assert analyse_layout(page).published.date == "2021-01-20"
    page = "xyz | 2014-06-05 12:42 | Rozmiar tekstu: A A A\n" + BODY
    assert analyse_layout(page).published.date == "2014-06-05"


def test_crawl_header_with_the_time_first():
    page = "14:53 21 listopada 2024 Imieniny: Janusza, Konrada\n" + BODY
    assert kinds(page)["14:53 21 listopada 2024 Imieniny: Janusza, Konrada"] == "crawl_header"
    assert analyse_layout(page).published is None


def test_abbreviated_months_and_a_comma_before_the_year():
    assert analyse_layout("24 sty 2018\n" + BODY).published.date == "2018-01-24"
    assert analyse_layout("Tytuł\n19 czerwca, 2018\n" + BODY).published.date == "2018-06-19"
    assert analyse_layout("8 sierpnia 2019 Aktualności\n" + BODY).published.date == "2019-08-08"


def test_a_date_is_read_whole():
    assert analyse_layout("2012-03-17 3:00\n" + BODY).published.date == "2012-03-17"


def test_a_today_widget_is_a_crawl_header():
    text = "Dziś jest sobota, 7 grudnia 2025\n\nSpotkanie w świetlicy\n\nW świetlicy odbyło się spotkanie."
    layout = analyse_layout(text)
    assert layout.published is None and layout.kind_at(0) == "crawl_header"


def test_a_date_over_the_events_place_is_no_stamp():
    text = "Piknik w Ligocie\nData: 14.05.2016\nMiejsce: boisko sportowe\n\nPiknik zgromadził mieszkańców."
    layout = analyse_layout(text)
    assert layout.published is None and layout.kind_at(text.index("14.05")) is None
    assert analyse_layout("Piknik w Ligocie\nData: 14.05.2016\n\nPiknik zgromadził mieszkańców.").published


def test_a_comment_section_is_furniture_to_the_end():
    text = ("Warsztaty w bibliotece\n\nDzieci z Lipówki lepiły z gliny i malowały.\n\nKomentarze (2)\n"
            "Ania Wrzos, 13 marca 2019 o 12:30\nSuper zajęcia, pozdrawiamy z Borówek!")
    layout = analyse_layout(text)
    kinds = {text[line.start:line.end]: line.kind for line in layout.lines}
    assert kinds["Ania Wrzos, 13 marca 2019 o 12:30"] == "comments"
    assert "Dzieci z Lipówki lepiły z gliny i malowały." not in kinds
    assert layout.published is None  # a comment's date is not the page's


def test_a_comment_section_names_no_event_facts(extractor):
    text = ("Warsztaty w bibliotece\n\nDzieci z Lipówki lepiły z gliny i malowały.\n\nKomentarze\n"
            "Ania Wrzos, 13 marca 2019 o 12:30\nSuper zajęcia, pozdrawiamy z Borówek!")
    report = extractor.extract(text)
    assert report.event.date_start is None
    assert report.people == []
    assert all(p.name != "Borówki" for p in report.places)


def test_a_list_of_other_articles_is_furniture_to_the_end(extractor):
    text = ("Zebranie wiejskie w Lipówce\n\nW remizie mieszkańcy Lipówki rozmawiali o budowie drogi.\n"
            "Sołtys podziękował za liczny udział.\n\nZobacz też:\nFestyn w Borówkach 12.06.2019\n"
            "Stowarzyszenie Przyjaciół Lasu zaprasza na rajd")
    layout = analyse_layout(text)
    assert {line.kind for line in layout.lines} == {"related"}
    report = extractor.extract(text)
    assert report.event.date_start is None
    assert all("Borówk" not in p.name for p in report.places)
    assert all("Przyjaciół Lasu" not in o.name for o in report.organizations)


def test_a_stamp_after_a_section_word_or_with_o_before_the_time():
    for label, day in (("Aktualności Dodano: 05 Marca 2020", "2020-03-05"),
                       ("Dodany 22/11/2018 o 10:41 przez AB", "2018-11-22")):
        page = "Szkolenie sołtysów\n" + label + "\n" + BODY
        assert kinds(page)[label] == "publication_date", label
        layout = analyse_layout(page)
        assert layout.published is not None and layout.published.date == day, label


def test_a_sentence_with_z_dnia_after_a_word_is_not_a_stamp():
    page = "Szkolenie sołtysów\nSprawozdanie z dnia 12.05.2019\n" + BODY
    assert "Sprawozdanie z dnia 12.05.2019" not in kinds(page)


def test_a_stamp_with_the_clock_first_and_a_source():
    line = "18:45, 03.06.2016 Gminna Biblioteka w Lipówce"
    page = "Lato w bibliotece\n\n" + line + "\n\n" + BODY
    assert kinds(page)[line] == "publication_date"
    assert analyse_layout(page).published.date == "2016-06-03"


def test_a_date_badge_over_three_lines():
    page = "Lipowska Szkoła Zimowa\n\n14\nlis\n2019\n\n" + BODY
    layout = analyse_layout(page)
    assert layout.published is not None and layout.published.date == "2019-11-14"
    assert layout.kind_at(page.index("lis")) == "publication_date"


def test_machine_stamps_with_a_clock_and_a_trailer():
    """What a content system prints: an ISO date with a clock, or a clock to the second, then anything."""
    for top, day in (("2020-03-02, 18:30 Autor: PAP", "2020-03-02"),
                     ("2023-11-05 21:10:03(ost. akt: 2023-11-04 08:00:12)", "2023-11-05"),
                     ("2021-05-04 09:12:55 2021-05-06 10:01:02 Jan Kos", "2021-05-04")):
        layout = analyse_layout("Tytuł\n" + top + "\n" + BODY)
        assert layout.published is not None and layout.published.date == day, top
        assert layout.kind_at(len("Tytuł\n")) == "publication_date"


def test_a_date_over_a_source_and_an_author():
    layout = analyse_layout("Piknik w Olszynie\n12.03.2019. Radio Zdrój, Anna Kos | ||||\n" + BODY)
    assert layout.published is not None and layout.published.date == "2019-03-12"


def test_a_sentence_after_a_date_with_a_clock_is_no_machine_stamp():
    # a report's first line giving the event's day and hour is no content-system stamp
    text = "Relacja\n\n" + BODY + "\n\nSpotkanie trwało do 18:00, a 02.04.2019 17:30 zaczęła się zabawa taneczna na placu.\n"
    assert analyse_layout(text).published is None


def test_short_stamps_of_labels_sections_and_author_names():
    for top in ("pon., 14/05/2018 - 09:40", "Dodane przez admin dnia 14.05.2018", "Ewa Zięba | 14 maja 2018",
                "Opublikowano w: Aktualności, 14.05.2018", "Napisane przez Ewa Zięba, 14 maja 2018",
                "14.05.2018 (poniedziałek)", "2018/05/14"):
        layout = analyse_layout("Tytuł\n" + top + "\n" + BODY)
        assert layout.published is not None and layout.published.date == "2018-05-14", top


def test_a_dated_title_or_fact_line_is_no_short_stamp():
    for top in ("Zebranie sołeckie 14.05.2018", "Termin: 14.05.2018", "Zalesie 14.05.2018"):
        assert analyse_layout("Tytuł\n" + top + "\n" + BODY).published is None, top


def test_a_date_with_a_place_that_is_also_a_first_name_is_no_stamp():
    # "Krakowie" reads as the first name "Krak" too: an author needs a first name and a surname
    assert analyse_layout("w czwartek, 5 grudnia 2019 r. w Krakowie").published is None


FOOTER = "\n".join(["»", "Komentarz:", "Podpis:", "WWW:", "»", "TURYSTYKA", "»", "POBIERZ", "»", "Kalendarz", "»"])
MENU_LINES = "\n".join(["Strona główna", "O nas", "Aktualności", "»", "Galeria", "Kontakt", "Do pobrania", "»",
                        "Projekty", "Szukaj"])


def test_a_stamp_below_the_body_above_a_long_footer():
    # the frame after the report's last prose line is the page's, however many lines it has
    page = "Tytuł\n" + BODY + "\nDrugi akapit relacji mówi o tym, jak uczestnicy oceniali zajęcia i co planują dalej.\n" \
        + "2019-05-14 06:30:00\npowrót\n" + FOOTER
    layout = analyse_layout(page)
    assert layout.published is not None and layout.published.date == "2019-05-14"


def test_a_stamp_under_a_long_menu_above_the_body():
    page = MENU_LINES + "\nSzkolenie sołtysów\n14 maja 2018\n" + BODY + "\n" + MENU_LINES
    layout = analyse_layout(page)
    assert layout.published is not None and layout.published.date == "2018-05-14"


def test_a_date_line_between_paragraphs_of_the_body_is_no_stamp():
    page = MENU_LINES + "\nTytuł\n" + BODY + "\n14 maja 2018\n" + BODY + "\n" + MENU_LINES
    assert analyse_layout(page).published is None


def test_a_section_tag_and_a_date_in_digits():
    # one common word (the section a content system files the post under) and the date
    for top in ("Ogólne 14.05.2018", "Bieżące 2018-05-14"):
        layout = analyse_layout("Tytuł\n" + top + "\n" + BODY)
        assert layout.published is not None and layout.published.date == "2018-05-14", top


def test_a_template_date_with_the_month_first():
    # "mar 11, 2021": the month-day-year order some page templates print
    layout = analyse_layout("Tytuł\nby redakcja | mar 11, 2021 | Aktualności\n" + BODY)
    assert layout.published is not None and layout.published.date == "2021-03-11"


def test_a_posting_label_owns_the_rest_of_its_line():
    layout = analyse_layout("Tytuł\nOpublikowano 11 marca 2021 r. w kategorii Aktualności\n" + BODY)
    assert layout.published is not None and layout.published.date == "2021-03-11"
    # ... but not the next sentence
    assert "publication_date" not in kinds("Dodano: 2.04.2021. Zebranie odbyło się w świetlicy.").values()


def test_an_update_stamp_gives_way_to_the_publication_stamp():
    page = "Tytuł\nAktualizacja: 15.03.2021\nOpublikowano: 11.03.2021\n" + BODY
    assert analyse_layout(page).published.date == "2021-03-11"
    # alone, it is still the page's own date (the year of a year-less date)
    assert analyse_layout("Tytuł\nAktualizacja: 15.03.2021\n" + BODY).published.date == "2021-03-15"


def test_a_label_with_a_word_of_its_own_before_the_colon():
    page = "Szkolenie sołtysów\nData publikacji wpisu: 8 marca, 2021 Tytuł wpisu\n" + BODY
    layout = analyse_layout(page)
    assert layout.published is not None and layout.published.date == "2021-03-08"


def test_a_label_word_without_a_colon_is_no_label():
    page = "Szkolenie sołtysów\nData dodania zdjęć 8 marca 2021 do galerii w ratuszu w Zalesiu.\n" + BODY
    assert analyse_layout(page).published is None


def test_a_crawlers_month_prefix_before_the_pages_own_date():
    page = " date 2021-03 8 marca, 2021\n\n" + BODY
    layout = analyse_layout(page)
    assert layout.published is not None and layout.published.date == "2021-03-08"
    assert page[layout.published.start:layout.published.end] == "8 marca, 2021"


def test_a_date_over_a_programme_item_heads_the_programmes_day():
    """"7 czerwca 2022 (wtorek)" over "10:00 – powitanie gości" is one day of the event's programme; a date over a
    bare clock ("11:40", the stamp's time on the next line) stays the page's stamp."""
    page = ("Dodano: 30.05.2022\nSeminarium o pszczelarstwie w Borowej Górce.\n" + BODY + "\nProgram:\n"
            "7 czerwca 2022 (wtorek)\n10:00 – powitanie gości\n8 czerwca 2022 (środa)\n9.30-12.00 zajęcia w pasiece\n")
    found = kinds(page)
    assert "7 czerwca 2022 (wtorek)" not in found and "8 czerwca 2022 (środa)" not in found
    assert analyse_layout(page).published.date == "2022-05-30"
    stamped = "Zebranie w Olszynce\n02.06.2022\n11:40\n" + BODY
    assert kinds(stamped)["02.06.2022"] == "publication_date"
    assert analyse_layout(stamped).published.date == "2022-06-02"


def test_a_piped_line_of_stamp_words_and_a_date_is_the_stamp():
    """"Kategoria: Wiadomości | 4 maja 2020 | redakcja" is the post's stamp in a template's pipes, not a menu; a piped
    line with other words and a date stays a menu."""
    page = "Kategoria: Wiadomości | 4 maja 2020 | redakcja\n" + BODY
    assert kinds(page)["Kategoria: Wiadomości | 4 maja 2020 | redakcja"] == "publication_date"
    assert analyse_layout(page).published.date == "2020-05-04"
    menu = "Start | Galeria | Kontakt | 4 maja 2020\n" + BODY
    assert kinds(menu)["Start | Galeria | Kontakt | 4 maja 2020"] == "menu"
    assert analyse_layout(menu).published is None


def test_an_event_time_label_is_no_stamp():
    """"Kiedy: 9 maja 2021 r., godz. 17:00" and "Termin warsztatów: 9.05.2021 10:00" give the event's own time, not
    the page's; a "Dodano:" line with the same date and clock stays the stamp."""
    for line in ("Kiedy: 9 maja 2021 r., godz. 17:00", "Termin warsztatów: 9.05.2021 10:00",
                 "Wydarzenie: 9.05.2021, godz. 10:00", "Data i godzina: 9.05.2021 10:00"):
        page = "Warsztaty pisania ikon\n" + line + "\nGdzie: świetlica w Borowej\n" + BODY
        assert line not in kinds(page)
        assert analyse_layout(page).published is None
    stamped = "Warsztaty pisania ikon\nDodano: 9.05.2021 10:00\n" + BODY
    assert kinds(stamped)["Dodano: 9.05.2021 10:00"] == "publication_date"


def test_an_english_posting_label_after_a_word_is_the_stamp():
    """Themes print "Post published: 4 czerwca 2020" or "Article published: 04.06.2020": the word before the English
    label is the template's, as "Aktualności Dodano:" is."""
    for line in ("Post published: 4 czerwca 2020", "Article published: 04.06.2020"):
        page = line + "\n" + BODY
        assert kinds(page)[line] == "publication_date"
        assert analyse_layout(page).published.date == "2020-06-04"


def test_the_plural_posting_label_is_a_stamp():
    """"Opublikowane: 9 października 2020 przez Redakcja" labels the post's date as "Opublikowano:" does."""
    page = "Opublikowane: 9 października 2020 przez Redakcja\n" + BODY
    assert kinds(page)["Opublikowane: 9 października 2020 przez Redakcja"] == "publication_date"
    assert analyse_layout(page).published.date == "2020-10-09"


def test_a_footer_contact_or_copyright_line_is_furniture_and_names_no_place(extractor):
    text = ("Szkolenie z księgowości odbyło się w Brzeźnicy.\nDziękujemy wszystkim uczestnikom.\n"
            "Sekretariat: ul. Lipowa 3, 48-100 Głuchołazy, tel. 77 400 10 20\n© 2021 Stowarzyszenie Brzozy")
    report = extractor.extract(text)
    assert {p.name for p in report.places} == {"Brzeźnica"}


def test_a_line_of_the_event_s_own_facts_with_a_phone_stays_the_report_s(extractor):
    text = "Zapraszamy na warsztaty.\nWarsztaty odbędą się w Głuchołazach, zapisy: tel. 77 400 10 20"
    assert "Głuchołazy" in {p.name for p in extractor.extract(text).places}


def test_a_list_of_other_articles_above_the_body():
    """"Najnowsze wpisy:" over dated titles before the report: a sidebar, its dates no stamps of this page;
    an undated title after it stays."""
    page = ("Najnowsze wpisy:\nRajd rowerowy – 4 maja 2019\nZbiórka makulatury – 12 kwietnia 2019\n"
            "Wieczór poezji w Dębicy\n" + BODY)
    found = kinds(page)
    assert found["Rajd rowerowy – 4 maja 2019"] == "related"
    assert found["Zbiórka makulatury – 12 kwietnia 2019"] == "related"
    assert "Wieczór poezji w Dębicy" not in found
    assert analyse_layout(page).published is None


def test_placed_and_entry_labels():
    """"Zamieszczono", "Informację zamieszczono", "Data wpisu": labels of the day a page was put up."""
    for label in ("Zamieszczono: 3.02.2022", "Informację zamieszczono 3.02.2022", "Data wpisu: 3.02.2022",
                  "Data zamieszczenia: 2022-02-03"):
        page = "Zebranie sołeckie\n" + label + "\n" + BODY
        assert kinds(page)[label] == "publication_date", label
        assert analyse_layout(page).published.date == "2022-02-03", label


def test_a_caption_sentence_under_a_photo():
    """"Na zdjęciu (od lewej): …", "Na fot. od lewej: …", "Od lewej: …": who a photo shows, a caption."""
    for line in ("Na zdjęciu (od lewej): Ewa Mróz i Adam Kruk.", "Na fot. od lewej: sołtys Adam Kruk, Ewa Mróz",
                 "Od lewej: Ewa Mróz (KGW Lipa), Adam Kruk"):
        assert kinds(BODY + "\n" + line)[line] == "caption", line
    assert "Na zdjęciach widać, że" not in kinds(BODY)


def test_a_labelled_list_of_bodies_is_no_menu_or_breadcrumb():
    """"Partnerzy: A | B | C" at the page's edge and "Organizatorzy: A / B / C" anywhere name the report's bodies;
    the same separators without a label of the bodies' part stay a menu and a breadcrumb."""
    page = (BODY + "\nOrganizatorzy: Fundacja Modry Las / Gmina Zalesie / Klub Sokół\n"
            "Strona główna / Aktualności / Szkolenia\nPartnerzy: KGW Jarzębinki | OSP Zalesie | Klub Sokół\n"
            "Aktualności | Kontakt | O nas")
    found = kinds(page)
    assert "Organizatorzy: Fundacja Modry Las / Gmina Zalesie / Klub Sokół" not in found
    assert "Partnerzy: KGW Jarzębinki | OSP Zalesie | Klub Sokół" not in found
    assert found["Strona główna / Aktualności / Szkolenia"] == "menu"
    assert found["Aktualności | Kontakt | O nas"] == "menu"


def test_one_events_noun_and_a_date_is_a_title_not_a_section_tag():
    """"Konferencja 14.05.2018" dates one event (a title); a section files posts under a plural ("Szkolenia")."""
    layout = analyse_layout("Konferencja 14.05.2018\n" + BODY)
    assert layout.published is None and not layout.lines
    layout = analyse_layout("Tytuł\nSzkolenia 14.05.2018\n" + BODY)
    assert layout.published is not None and layout.published.date == "2018-05-14"


@pytest.mark.parametrize("line", [
    "Ostatnia modyfikacja: 17.05.2019",
    "Data wytworzenia: 2019-05-17",
    "Informacja wytworzona przez: Urząd Gminy w dniu 17.05.2019",
    "Udostępnił: Jan Kos, dnia 17.05.2019 r.",
])
def test_record_and_modification_labels_are_the_pages_stamps(line):
    """A bulletin's record lines (who made or posted the text, and when) and an edit's label date the page."""
    for page in ("Tytuł\n" + line + "\n" + BODY, "Tytuł\n" + BODY + "\n" + line):
        layout = analyse_layout(page)
        assert layout.published is not None and layout.published.date == "2019-05-17", page


def test_a_record_word_in_a_sentence_is_no_stamp():
    page = "Tytuł\nWprowadzone zmiany omówiono na zebraniu 17.05.2019 w świetlicy w Borku.\n" + BODY
    assert analyse_layout(page).published is None


def test_the_section_posted_in_may_stand_between_the_label_and_the_date():
    for line in ("Opublikowano w Sport | 17 maja 2019", "Dodano w kategorii Aktualności, 17.05.2019"):
        layout = analyse_layout("Tytuł\n" + line + "\n" + BODY)
        assert layout.published is not None and layout.published.date == "2019-05-17", line
    # a sentence of the report: "w" and a place, no separator before the date
    assert analyse_layout("Tytuł\nOpublikowano w Borku 17 maja 2019 nowe zasady.\n" + BODY).published is None


def test_a_labelled_stamp_with_a_two_digit_year():
    """"Dodano: 17.05.19": the year in this century, as a numeric date's two-digit year is read."""
    for line in ("Dodano: 17.05.19", "Opublikowano: 17-05-19, 10:12"):
        layout = analyse_layout("Tytuł\n" + line + "\n" + BODY)
        assert layout.published is not None and layout.published.date == "2019-05-17", line
    assert analyse_layout("Tytuł\nDodano: 17.05.19.20\n" + BODY).published is None  # no date: a number


def test_a_stamp_with_a_roman_month():
    for line in ("17 V 2019", "17.V.2019 r."):
        layout = analyse_layout("Tytuł\n" + line + "\n" + BODY)
        assert layout.published is not None and layout.published.date == "2019-05-17", line
    # a lower-case "i" between numbers is a conjunction, not January
    assert analyse_layout("Tytuł\n17 i 2019\n" + BODY).published is None


def test_a_neighbouring_posts_line_is_another_articles():
    page = "Tytuł\n" + BODY + "\nPoprzedni wpis: Sesja Rady Gminy (12.05.2019)\n« Następny artykuł: Dzień Matki"
    found = kinds(page)
    assert found["Poprzedni wpis: Sesja Rady Gminy (12.05.2019)"] == "related"
    assert found["« Następny artykuł: Dzień Matki"] == "related"
    assert analyse_layout(page).published is None
    # a sentence about the previous meeting is the report's own
    assert not kinds("Tytuł\nPoprzednie spotkanie odbyło się 12.05.2019 w Borku.\n" + BODY)
