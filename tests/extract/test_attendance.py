"""One test per attendance notation named in issue 3, on our own sentences."""

import pytest

from pipeline.extract.attendance import extract_attendance


@pytest.mark.parametrize("text,total,women,men", [
    ("W spotkaniu uczestniczyło 35 os. (25 K).", 35, 25, None),
    ("Było 19 osób (8K, 11M).", 19, 8, 11),
    ("Przyszło 11 osób (7 kobiet i 4 mężczyzn).", 11, 7, 4),
    ("Uczestnicy: 27 (K: 18, M: 9).", 27, 18, 9),
    ("Szkolenie ukończyło 24 uczestników (16 K / 8 M).", 24, 16, 8),
    ("Na zebranie przyszło 12 kobiet i 3 mężczyzn.", 15, 12, 3),
    ("Gościliśmy 8 pań i 2 panów.", 10, 8, 2),
    ("Było 15 uczestników, w tym 10 kobiet.", 15, 10, None),
])
def test_split_notations(ctx_for, text, total, women, men):
    figs = extract_attendance(ctx_for(text))
    assert len(figs) == 1
    f = figs[0]
    assert (f.total, f.women, f.men) == (total, women, men)
    assert text[f.start:f.end] == f.text


@pytest.mark.parametrize("text,total", [
    ("Przybyło ponad 120 osób.", 120), ("Było ok. 40 osób.", 40), ("blisko 50 uczestników", 50),
    ("około 30 osób", 30),
])
def test_approximate(ctx_for, text, total):
    f = extract_attendance(ctx_for(text))[0]
    assert f.total == total and f.approximate and f.text.split()[0] in text


@pytest.mark.parametrize("text,total,vague", [
    ("Przyszło dwadzieścia osób.", 20, False),
    ("Spotkało się trzydziestu sześciu rolników.", 36, False),
    ("Z dwudziestoma dwiema osobami rozmawiano.", 22, False),
    ("Przyszło kilkunastu mieszkańców.", None, True),
])
def test_numerals_in_words(ctx_for, text, total, vague):
    f = extract_attendance(ctx_for(text))[0]
    assert f.total == total and f.vague == vague
    assert f.approximate == vague


def test_groups(ctx_for):
    figs = extract_attendance(ctx_for("Uczestnicy z gmin: Żarki – 4 os. (4K), Jawa – 1 os. (1K)."))
    assert [(f.group, f.total, f.women) for f in figs] == [("Żarki", 4, 4), ("Jawa", 1, 1)]


@pytest.mark.parametrize("text,role", [
    ("Spółdzielnia zatrudnia 12 osób.", "employees"),
    ("Projekt zakłada wsparcie dla 200 osób.", "target"),
    ("Sala mieści 80 osób.", "other"),
])
def test_non_event_figures(ctx_for, text, role):
    f = extract_attendance(ctx_for(text))[0]
    assert f.role == role


@pytest.mark.parametrize("text", ["Koszt wyniósł 5 000 zł.", "Kurs trwał 16 godzin.", "Dla osób w wieku 18-25 lat."])
def test_money_hours_ages_are_not_attendance(ctx_for, text):
    assert [f for f in extract_attendance(ctx_for(text)) if f.role == "event"] == []


def test_event_attendance_summed_groups_and_derived(extractor):
    r = extractor.extract("Szkolenie w Myszkowie 12.05.2019 r. Uczestnicy: Żarki – 4 os. (4K), Jawa – 2 os. (1K).")
    a = r.event.attendance
    assert (a.total, a.women, a.summed_groups) == (6, 5, True)
    assert a.men == 1 and a.men_derived


def test_event_attendance_ignores_employees(extractor):
    r = extractor.extract("Spółdzielnia zatrudnia 12 osób. W szkoleniu uczestniczyło 20 osób (15 K, 5 M).")
    a = r.event.attendance
    assert (a.total, a.women, a.men, a.men_derived) == (20, 15, 5, False)


def test_a_count_nobody_says_attended_is_not_the_attendance(extractor):
    for text in ("Festyn odbył się w parku. Na przyjęcie do pracy czeka 17 osób z Ukrainy.",
                 "Na placu zabaw mogło bawić się jednocześnie 60 osób. Festyn odbył się w sobotę.",
                 "Debata odbyła się w auli. Każdą ze stron reprezentuje pięciu mówców."):
        assert extractor.extract(text).event.attendance.total is None, text


def test_authors_of_entries_are_a_competition_s_attendance(extractor):
    r = extractor.extract("Gala konkursu odbyła się w piątek. Na konkurs nadesłano 40 prac od 18 autorów.")
    assert r.event.attendance.total == 18


@pytest.mark.parametrize("text,total,women,men,approximate", [
    ("Uczestników było 45, a pogoda dopisała.", 45, None, None, False),
    ("Na sali gości przybyło około 300.", 300, None, None, True),
    ("Pań było 12.", 12, 12, 0, False),
])
def test_count_after_its_noun(extractor, text, total, women, men, approximate):
    att = extractor.extract(text).event.attendance
    assert (att.total, att.women, att.men, att.approximate) == (total, women, men, approximate)
    evidence = att.evidence[0]
    assert text[evidence.start:evidence.end] == evidence.text


def test_count_after_a_non_person_noun_is_not_attendance(extractor):
    assert extractor.extract("Kosztów było 500.").attendance == []


def test_masculine_counterpart_of_a_feminine_noun_counts_men(extractor):
    att = extractor.extract("Kurs ukończyło 10 uczestniczek i 2 uczestników z gminy Lipówka.").event.attendance
    assert (att.total, att.women, att.men) == (12, 10, 2)


def test_speakers_are_not_the_audience(extractor):
    att = extractor.extract("W debacie wzięło udział 9 panelistów i około 120 słuchaczy.").event.attendance
    assert att.total == 120


def test_a_group_that_numbered_is_attendance(extractor):
    assert extractor.extract("Na warsztaty do Lipówki pojechała grupa, która liczyła 15 osób.").event.attendance.total == 15


@pytest.mark.parametrize("text,total", [
    ("W tegorocznym forum uczestniczyło ponad tysiąc gości z kraju i zagranicy.", 1000),
    ("Na festyn w Lipówce przybyło dwa tysiące osób.", 2000),
    ("Koncert finałowy obejrzało pięć tysięcy widzów.", 5000),
    ("W zjeździe wzięło udział dwieście pięćdziesiąt osób.", 250),
])
def test_thousands_in_words(extractor, text, total):
    assert extractor.extract(text).event.attendance.total == total


def test_vague_thousands_are_not_a_total(extractor):
    assert extractor.extract("W pikniku uczestniczyły tysiące mieszkańców.").event.attendance.total is None


@pytest.mark.parametrize("text,total", [
    ("Kolejna 25-osobowa grupa seniorów ukończyła kurs komputerowy w bibliotece.", 25),
    ("Do Lipówki pojechała 30 – osobowa grupa rolników z powiatu.", 30),
])
def test_group_size_adjective(extractor, text, total):
    report = extractor.extract(text)
    assert report.event.attendance.total == total
    ev = report.event.attendance.evidence[0]
    assert text[ev.start:ev.end] == ev.text


@pytest.mark.parametrize("text,total", [
    ("W zajęciach plastycznych brała udział 18 osobowa grupa przedszkolaków z Dębinki.", 18),
    ("12-osobowa grupa słuchaczy była bardzo zróżnicowana pod względem wieku.", 12),
    ("We wrześniu gościliśmy w Borkowie 6-osobową delegację z gminy partnerskiej na Litwie.", 6),
])
def test_one_group_of_a_stated_size_is_the_attendance_by_itself(extractor, text, total):
    """No attendance verb needed: "N-osobowa grupa/delegacja" in the singular names who took part."""
    report = extractor.extract(text)
    assert report.event.attendance.total == total
    ev = report.event.attendance.evidence[0]
    assert text[ev.start:ev.end] == ev.text and ev.rule == "group_size"


def test_the_size_of_each_of_several_groups_is_no_total(extractor):
    text = "Warsztaty odbywały się w 8-osobowych grupach przez dwa miesiące."
    assert extractor.extract(text).event.attendance.total is None


@pytest.mark.parametrize("text,total", [
    ("Pod koniec wieczoru naliczyłam zaledwie 15 osób na widowni.", 15),
    ("Na starcie biegu stanęło ponad 120 zawodników z całego powiatu.", 120),
])
def test_counted_by_the_writer_or_lined_up_at_a_start(extractor, text, total):
    assert extractor.extract(text).event.attendance.total == total


def test_room_sizes_are_not_attendance(extractor):
    assert extractor.extract("Uczestnicy spali w pokojach 2-osobowych z łazienką.").event.attendance.total is None


def test_a_bare_count_closing_the_participants_sentence(extractor):
    text = ("Relacja z wyjazdu\n\nUczestnikami wyjazdu byli przedstawiciele gmin, stowarzyszeń i spółdzielni "
            "socjalnych z powiatu lipowieckiego\n(18 osób).")
    assert extractor.extract(text).event.attendance.total == 18
    assert extractor.extract("Zapraszamy na szkolenie w Lipówce.\n(12 osób).").event.attendance.total is None


@pytest.mark.parametrize("text", [
    "Spotkanie w świetlicy było udane. W projekcie uczestniczy łącznie 120 osób z całego powiatu.",
    "Warsztaty odbyły się w sobotę. Od początku programu skorzystało z niego już 300 seniorów.",
    "Konferencja była udana. W ubiegłym roku w konferencji wzięło udział 200 osób.",
])
def test_counts_of_a_project_or_an_earlier_occasion_are_not_the_event_s(extractor, text):
    assert extractor.extract(text).event.attendance.total is None


def test_the_event_s_count_after_a_project_total(extractor):
    text = "Do tej pory przeszkolono 500 osób. W czwartkowym szkoleniu w Lipówce uczestniczyło 25 osób."
    assert extractor.extract(text).event.attendance.total == 25


def test_an_approximate_count_of_women_only_has_no_men(extractor):
    att = extractor.extract("W świetlicy w Lipówce Dzień Kobiet świętowało blisko 40 pań z całej gminy.").event.attendance
    assert (att.total, att.women, att.men) == (40, 40, 0)


def test_a_count_that_is_the_subject_of_an_ongoing_past_verb(extractor):
    text = ("Dwudniowe spotkanie odbyło się w Lipówce. Blisko 120 doradców, naukowców i rolników wspominało "
            "dokonania koła i debatowało o przyszłości.")
    assert extractor.extract(text).event.attendance.total == 120
    outcome = ("Rozstrzygnięto konkurs plastyczny. Przyznano trzy nagrody, a kolejne dziesięć osób otrzymało "
               "w drodze losowania maskotki.")
    assert extractor.extract(outcome).event.attendance.total is None



@pytest.mark.parametrize("text,total", [
    ("Na zakończenie sezonu pielgrzymowało nas 60 osób, starszych i młodszych.", 60),
    ("W ogrodzie przy bibliotece w Lipówce pracowało około 25 seniorów z klubu.", 25),
    ("Przez trzy dni w Zalesiu trenowało łącznie 48 młodych zawodników.", 48),
])
def test_a_count_after_its_ongoing_past_verb(extractor, text, total):
    assert extractor.extract(text).event.attendance.total == total


def test_a_perfective_verb_before_a_count_is_an_outcome(extractor):
    text = "Rozstrzygnięto konkurs plastyczny w Lipówce. Nagrody otrzymało 10 osób z trzech szkół."
    assert extractor.extract(text).event.attendance.total is None

@pytest.mark.parametrize("text,total,women", [
    ("Udział w spotkaniu wzięło 30 członkiń koła gospodyń z Lipówki.", 30, 30),
    ("Na pokaz przyszło 12 rękodzielniczek z gminy.", 12, 12),
])
def test_feminine_of_a_personal_noun_counts_women(extractor, text, total, women):
    att = extractor.extract(text).event.attendance
    assert (att.total, att.women) == (total, women)


def test_a_feminine_common_noun_is_no_person(extractor):
    assert extractor.extract("Na stołach stało 30 szklanek kompotu.").event.attendance.total is None


def test_competitors_who_started(extractor):
    assert extractor.extract("W zawodach w Lipówce wystartowało 120 zawodników.").event.attendance.total == 120


@pytest.mark.parametrize("text,total,women,men", [
    ("Liczba uczestników: 45.", 45, None, None),
    ("Liczba słuchaczy wyniosła ponad 120.", 120, None, None),
    ("Na zebranie przybyło 60-ciu mieszkańców wsi.", 60, None, None),
    ("W kursie uczestniczyło 40 osób, z czego 25 stanowiły kobiety.", 40, 25, 15),
    ("W kursie uczestniczyło 40 osób, w tym 12 to panowie.", 40, 28, 12),
])
def test_counts_in_unusual_shapes(extractor, text, total, women, men):
    a = extractor.extract(text).event.attendance
    assert (a.total, a.women, a.men) == (total, women, men)


def test_a_count_of_something_else_or_a_compound_is_no_attendance(extractor):
    a = extractor.extract("Liczba stoisk: 45.").event.attendance
    assert a is None or a.total is None
    r = extractor.extract("Na zajęcia przyjechała 25-osobowa grupa seniorów.").event.attendance
    assert r is not None and r.total == 25


@pytest.mark.parametrize("text,total", [
    ("W pikniku w Lipówce wzięło udział 1 200 osób.", 1200),
    ("Na festyn w Lipówce przyszło 12 000 mieszkańców.", 12000),
    ("W pikniku w Lipówce wzięło udział 1.200 osób.", 1200),
    ("Festyn w Lipówce zgromadził ok. 2,5 tys. osób.", 2500),
    ("Jarmark odwiedziło ponad 1,5 tysiąca gości.", 1500),
])
def test_numbers_written_with_separators_and_decimals(extractor, text, total):
    att = extractor.extract(text).event.attendance
    assert att.total == total
    ev = att.evidence[0]
    assert text[ev.start:ev.end] == ev.text


def test_a_decimal_alone_is_no_head_count(ctx_for):
    assert extract_attendance(ctx_for("Średnia ocen wyniosła 4,5 punktu.")) == []


@pytest.mark.parametrize("text,total", [
    ("Na zebranie w Lipówce przybyło 50 członków stowarzyszenia.", 50),
    ("W biegu w Lipówce wystartowało 120 biegaczy.", 120),
    ("Na szkolenie w Lipówce przyjechało 15 radnych.", 15),  # at their own sitting: a quorum (roles)
    ("Wystawę w Lipówce odwiedziło ponad 1500 zwiedzających.", 1500),
    ("W spotkaniu wzięło udział 40 niepełnosprawnych uczestników z Lipówki.", 40),
])
def test_person_nouns_with_homographs_and_adjectival_nouns(extractor, text, total):
    assert extractor.extract(text).event.attendance.total == total


@pytest.mark.parametrize("text", ["Trasa biegu w Lipówce liczyła 500 metrów i wzięło w nim udział wielu chętnych.",
                                  "Na festynie w Lipówce wystawiono 20 psów rasowych, a udział był liczny."])
def test_dated_or_colloquial_personal_readings_are_no_people(extractor, text):
    assert extractor.extract(text).event.attendance.total is None


@pytest.mark.parametrize("text,women,men", [
    ("W szkoleniu udział wzięło 20 osób (kobiety: 14, mężczyźni: 6).", 14, 6),
    ("W szkoleniu udział wzięło 20 osób (panie – 14, panowie – 6).", 14, 6),
])
def test_split_with_gender_words_as_labels(ctx_for, text, women, men):
    f = extract_attendance(ctx_for(text))[0]
    assert (f.total, f.women, f.men) == (20, women, men)
    assert text[f.start:f.end] == f.text


@pytest.mark.parametrize("text,total,approximate", [
    ("Wycieczka do Lipówki była udana. Było nas 30.", 30, False),
    ("Na pielgrzymkę do Lipówki przyjechało nas ponad 40 osób.", 40, True),
    ("Było nas 25 osób i wszyscy wrócili zadowoleni.", 25, False),
])
def test_a_count_of_us(extractor, text, total, approximate):
    att = extractor.extract(text).event.attendance
    assert (att.total, att.approximate) == (total, approximate)
    ev = att.evidence[0]
    assert text[ev.start:ev.end] == ev.text


@pytest.mark.parametrize("text,total", [
    ("W sumie 18 chętnych, dociekliwych osób wzięło udział w warsztatach w Lipówce.", 18),
    ("W rajdzie wzięło udział 35 młodych, ambitnych rowerzystów z gminy.", 35),
])
def test_adjectives_joined_by_a_comma_between_count_and_noun(extractor, text, total):
    assert extractor.extract(text).event.attendance.total == total


def test_a_comma_after_a_noun_count_joins_nothing(ctx_for):
    text = "Do konkursu zgłoszono 15 prac, ciekawych uczniów było wielu."
    assert [f.total for f in extract_attendance(ctx_for(text))] == []


def test_numeral_initials_cover_every_form_the_dictionary_generates():
    """`numeral_value` answers "no numeral" from the first letter alone: every form of every numeral it knows
    must begin with its lemma's first letter, in any case."""
    from pipeline.extract.attendance_words import _NUMERAL_INITIALS, NUMERAL_VALUES, numeral_value
    from pipeline.text.analysis import morfeusz

    for lemma in NUMERAL_VALUES:
        for form, *_rest in morfeusz().generate(lemma):
            assert form[:1].lower() in _NUMERAL_INITIALS, (lemma, form)
    assert numeral_value("Ośmiu") == (True, 8) and numeral_value("DWUSTU") == (True, 200)
    assert numeral_value("Kilkunastu") == (True, None)
    assert numeral_value("Zebrani") == (False, None) and numeral_value("") == (False, None)


def test_a_year_closing_a_date_is_no_count_of_the_people_after_it(extractor):
    text = "W dniach 4-5 czerwca 2019 przedstawiciele sołectw spotkali się w Dąbrówce."
    assert extractor.extract(text).event.attendance.total is None
    assert extractor.extract("W czerwcu na festyn przyszło 2019 osób.").event.attendance.total == 2019


@pytest.mark.parametrize(("text", "total", "women", "men"), [
    ("W szkoleniu udział wzięło 16 opiekunów osób starszych z trzech gmin, w tym 11 kobiet.", 16, 11, 5),
    ("W forum uczestniczyło 90 osób z 25 organizacji, w tym 60 kobiet i 30 mężczyzn.", 90, 60, 30),
    ("Spotkanie zgromadziło 12 uczestników, w tym 4 mężczyzn.", 12, 8, 4),
])
def test_a_share_after_a_complemented_noun(extractor, text, total, women, men):
    """"N osób <complement>, w tym M kobiet": the complement (a genitive, "z N organizacji") does not hide the share."""
    att = extractor.extract(text).event.attendance
    assert (att.total, att.women, att.men) == (total, women, men)


def test_a_count_after_its_noun_with_a_gender_split(extractor):
    att = extractor.extract("Liczba słuchaczy: 27, w tym kobiety: 19, mężczyźni: 8.").event.attendance
    assert (att.total, att.women, att.men) == (27, 19, 8)
    att = extractor.extract("Liczba słuchaczy: 27.").event.attendance
    assert (att.total, att.women, att.men) == (27, None, None)


def test_invited_people_are_not_who_came(extractor):
    assert extractor.extract("Na konsultacje zaprosiliśmy 40 przedsiębiorców z gminy.").event.attendance.total is None
    assert extractor.extract("Na zaproszenie burmistrza przybyło 40 przedsiębiorców.").event.attendance.total == 40


def test_a_count_with_uncounted_companions_is_not_the_total(extractor):
    """"12 dzieci wraz z rodzicami": the whole group was larger and its size is not stated."""
    assert extractor.extract("W zajęciach plastycznych uczestniczyło 12 dzieci wraz z opiekunami.").event.attendance.total is None
    assert extractor.extract("W zajęciach plastycznych uczestniczyło 12 dzieci z dwóch świetlic.").event.attendance.total == 12


def test_they_were_counted_after_a_sentence_of_who_took_part(extractor):
    text = "W plenerze malarskim uczestniczyła młodzież z dwóch gimnazjów. Było ich 17."
    assert extractor.extract(text).event.attendance.total == 17
    text = "Organizatorzy przygotowali nagrody dla zwycięzców. Było ich 17."
    assert extractor.extract(text).event.attendance.total is None


def test_companions_after_a_complemented_noun(extractor):
    text = "W rajdzie uczestniczyło 22 uczniów szkół podstawowych razem z nauczycielami."
    assert extractor.extract(text).event.attendance.total is None


@pytest.mark.parametrize("text", [
    "Na opłatek przyszło 40 seniorek i seniorów z gminy Lipówka.",
    "W zajęciach wzięło udział 18 mam i tatusiów z maluchami.",
])
def test_one_number_for_two_coordinated_nouns_counts_a_mixed_group(extractor, text):
    att = extractor.extract(text).event.attendance
    assert att.total in (40, 18) and (att.women, att.men) == (None, None)
    evidence = att.evidence[0]
    assert text[evidence.start:evidence.end] == evidence.text and " i " in evidence.text


@pytest.mark.parametrize("text,split", [
    ("W warsztatach dla rodziców uczestniczyło 11 mam i 3 ojców.", (14, 11, 3)),
    ("Na spacer przyszło 6 babć i 2 dziadków.", (8, 6, 2)),
    ("Kurs ukończyło 9 kobiet i 4 mężczyzn.", (13, 9, 4)),
])
def test_kinship_nouns_carry_their_gender(extractor, text, split):
    att = extractor.extract(text).event.attendance
    assert (att.total, att.women, att.men) == split


def test_brethren_are_a_community_not_a_count_of_men(extractor):
    att = extractor.extract("Na zjazd przybyło ponad 300 braci z całego kraju.").event.attendance
    assert att.total == 300 and att.men is None


@pytest.mark.parametrize("text,split", [
    ("Na zbiórkę przyszło 23 druhów i 5 druhen z jednostki w Modrzewiu.", (28, 5, 23)),
    ("Na biwak pojechało 14 harcerzy i 9 harcerek.", (23, 9, 14)),
    ("W zebraniu wzięło udział 31 mieszkańców i 44 mieszkanki Brzozówki.", (75, 44, 31)),
])
def test_feminine_counterpart_after_a_masculine_plural_splits_the_count(extractor, text, split):
    att = extractor.extract(text).event.attendance
    assert (att.total, att.women, att.men) == split


def test_a_masculine_plural_beside_another_group_stays_mixed(extractor):
    att = extractor.extract("W zebraniu uczestniczyło 27 rolników i 6 sołtysów z gminy.").event.attendance
    assert (att.women, att.men) == (None, None)


@pytest.mark.parametrize("text,split", [
    ("Na zebraniu było 14 pań z Koła Gospodyń Wiejskich „Malwa” oraz 5 panów z OSP Brzezinka.", (19, 14, 5)),
    ("Do rozmowy zasiadło 9 kobiet z Lipówki i 4 mężczyzn z Modrzewia.", (13, 9, 4)),
])
def test_gendered_groups_with_their_origin_between_them_add_up(extractor, text, split):
    att = extractor.extract(text).event.attendance
    assert (att.total, att.women, att.men) == split


def test_an_ungendered_group_after_an_origin_is_no_split(extractor):
    att = extractor.extract("Na zebraniu było 14 pań z Koła Gospodyń Wiejskich oraz 5 dzieci.").event.attendance
    assert (att.total, att.women) == (14, 14)


@pytest.mark.parametrize("text,split", [
    ("Na pikniku bawiło się 140 osób, wśród nich 80 kobiet.", (140, 80, 60)),
    ("Kurs ukończyło 32 uczestników, wśród których 12 mężczyzn.", (32, 20, 12)),
])
def test_a_share_after_wsrod_splits_the_total(extractor, text, split):
    att = extractor.extract(text).event.attendance
    assert (att.total, att.women, att.men) == split


@pytest.mark.parametrize("text, split", [
    ("W rajdzie wzięło udział 38 członków stowarzyszenia (w tym 21 K i 17 M).", (38, 21, 17)),
    ("Na szkolenie przybyło 26 przedstawicieli sołectw (w tym 9 kobiet).", (26, 9, 17)),
])
def test_a_bracketed_share_after_the_counted_nouns_complement(extractor, text, split):
    """"N uczestników projektu (w tym K …)": the bracket opens the share after the counted noun's complement."""
    a = extractor.extract(text).event.attendance
    assert (a.total, a.women, a.men) == split


@pytest.mark.parametrize("text,total", [
    ("Koncert obejrzało 40 tysięcy zebranych przed sceną widzów.", 40000),
    ("Koncert obejrzało czterdzieści tysięcy znajdujących się na placu słuchaczy.", 40000),
])
def test_a_participles_phrase_between_the_number_and_its_noun(ctx_for, text, total):
    """"60 tysięcy znajdujących się na stadionie kibiców": a participle in the genitive plural the number governs,
    with its own words, stands before the counted noun as an adjective does."""
    figs = extract_attendance(ctx_for(text))
    assert [f.total for f in figs] == [total]


def test_a_participle_with_no_person_noun_after_it_counts_nothing(ctx_for):
    assert extract_attendance(ctx_for("Sala pomieściła 40 ustawionych pod ścianą krzeseł.")) == []
