"""Dates against a reference date (issue 11): one test per form, each with a fixed reference date."""

import datetime as dt

import pytest

from pipeline.extract.dates import extract_dates
from pipeline.extract.reference import choose_reference, parse_reference, path_date
from pipeline.text.context import ReferenceDate
from pipeline.text.layout import analyse_layout

REF = dt.date(2019, 3, 13)  # a Wednesday


@pytest.fixture()
def at(ctx_for):
    def build(text: str, ref: dt.date | None = REF, anchor: str = "user"):
        ctx = ctx_for(text)
        ctx.reference = ReferenceDate(ref, anchor) if ref else None
        return [d for d in extract_dates(ctx)]
    return build


def only(found, role="event"):
    picked = [d for d in found if d.role == role]
    assert len(picked) == 1, [(d.text, d.role, d.date_start) for d in found]
    return picked[0]


@pytest.mark.parametrize("text,day", [
    ("Wczoraj w świetlicy odbyło się zebranie sołeckie.", "2019-03-12"),
    ("Przedwczoraj odbyło się szkolenie z księgowości.", "2019-03-11"),
    ("Dziś w bibliotece odbyły się warsztaty plastyczne.", "2019-03-13"),
    ("Dzisiaj spotkali się radni z mieszkańcami.", "2019-03-13"),
    ("Jutro odbędzie się spotkanie z autorem.", "2019-03-14"),
])
def test_deictic_words(at, text, day):
    d = only(at(text))
    assert (d.date_start, d.date_end, d.relative, d.anchor) == (day, day, True, "user")


@pytest.mark.parametrize("text,day", [
    ("W poniedziałek w sali gminnej odbyło się spotkanie.", "2019-03-11"),
    ("W ubiegły piątek odbyły się warsztaty kulinarne.", "2019-03-08"),
    ("W minioną sobotę odbył się festyn rodzinny.", "2019-03-09"),
    ("W ostatnią niedzielę odbył się koncert charytatywny.", "2019-03-10"),
    ("We wtorek uczestnicy szkolenia poznali zasady księgowości.", "2019-03-12"),
    ("W środę odbyło się zebranie.", "2019-03-13"),  # on or before: news of the day name today's weekday
    ("W poniedziałek rusza szkolenie dla sołtysów.", "2019-03-18"),  # present tense of a schedule: the coming Monday
    ("Poniedziałkowe spotkanie odbyło się w świetlicy.", "2019-03-11"),
    ("Wczorajsze zebranie odbyło się w remizie.", "2019-03-12"),
    ("W przyszły piątek odbędzie się spotkanie informacyjne.", "2019-03-15"),
    ("W najbliższą sobotę zapraszamy na festyn.", "2019-03-16"),
])
def test_weekdays(at, text, day):
    d = only(at(text))
    assert d.date_start == day and d.relative


def test_same_and_next_day_count_from_the_last_date_named(at):
    found = at("Szkolenie odbyło się 4 marca 2019 r. w Opolu. Następnego dnia uczestnicy odwiedzili spółdzielnię. "
               "Tego samego dnia odbyło się też spotkanie z burmistrzem.")
    by_rule = {d.rule: d for d in found}
    assert by_rule["relative_next_day"].date_start == "2019-03-05"
    assert by_rule["relative_next_day"].anchor == "text"
    assert by_rule["relative_same_day"].date_start == "2019-03-04"


def test_a_week_stays_a_week(at):
    found = at("W ubiegłym tygodniu odbyło się szkolenie.")
    week = [d for d in found if d.rule == "relative_week"]
    assert len(week) == 1 and week[0].date_start is None and week[0].partial == "2019-W10"


def test_weekday_next_to_a_date_is_the_date(at):
    found = at("W sobotę 9 marca odbył się festyn.")
    assert [d.date_start for d in found] == ["2019-03-09"]


def test_no_reference_no_relative_dates(at):
    assert at("Wczoraj odbyło się zebranie.", ref=None) == []


def test_yearless_date_takes_the_reference_year(at):
    d = only(at("14 lutego w świetlicy odbyło się spotkanie walentynkowe."))
    assert (d.date_start, d.year_inferred, d.anchor) == ("2019-02-14", True, "user")


def test_yearless_range(at):
    d = only(at("W dniach 2–9 lipca trwał turnus wypoczynkowy.", ref=dt.date(2019, 7, 20)))
    assert (d.date_start, d.date_end) == ("2019-07-02", "2019-07-09")


def test_yearless_date_after_the_reference_date_is_last_year(at):
    d = only(at("14 grudnia odbyła się wigilia dla seniorów.", ref=dt.date(2020, 1, 10), anchor="publication"))
    assert (d.date_start, d.anchor) == ("2019-12-14", "publication")


def test_announcement_keeps_the_reference_year(at):
    d = only(at("14 grudnia odbędzie się wigilia dla seniorów.", ref=dt.date(2019, 11, 10)))
    assert d.date_start == "2019-12-14"


@pytest.mark.parametrize("text, ref, day", [
    ("Koncert noworoczny odbędzie się 6 stycznia w kościele.", dt.date(2019, 12, 20), "2020-01-06"),
    ("Zapraszamy na spotkanie opłatkowe, które odbędzie się 4 stycznia.", dt.date(2019, 12, 28), "2020-01-04"),
    # a past report, or an announcement of a day earlier in the same half year, keeps the reference year
    ("Koncert noworoczny odbył się 6 stycznia w kościele.", dt.date(2019, 12, 20), "2019-01-06"),
    ("Dni Borek odbędą się 1 czerwca na stadionie.", dt.date(2019, 6, 10), "2019-06-01"),
])
def test_an_announced_day_long_before_the_reference_is_next_year(at, text, ref, day):
    assert only(at(text, ref=ref)).date_start == day


def test_text_year_beats_the_reference(at):
    found = at("Szkolenie 12.03.2018 r. w Opolu. Kolejne spotkanie 20 marca.", ref=dt.date(2019, 6, 1))
    assert [d.date_start for d in found if d.rule.startswith("word")] == ["2018-03-20"]


@pytest.mark.parametrize("text,start,end", [
    ("Warsztaty odbyły się 12/13 listopada 2019 w Opolu.", "2019-11-12", "2019-11-13"),
    ("Szkolenie w dniach 15-16-06.2018 r. w Kielcach.", "2018-06-15", "2018-06-16"),
    ("Spotkania (9 i 10 kwietnia) odbyły się w świetlicy.", "2019-04-09", "2019-04-10"),
    ("Zajęcia odbyły się 4.05 w Zalesiu.", "2019-05-04", "2019-05-04"),
    ("Zajęcia odbyły się 4-5.05 w Zalesiu.", "2019-05-04", "2019-05-05"),
    ("W dniach 24 i 25 XI 2019 r. odbyło się szkolenie online.", "2019-11-24", "2019-11-25"),
])
def test_listed_forms(at, text, start, end):
    d = only(at(text, ref=dt.date(2019, 12, 1)))
    assert (d.date_start, d.date_end) == (start, end)


@pytest.mark.parametrize("text", ["Spotkanie o godz. 10.30 w sali.", "Bilet kosztuje 2.50 zł.",
                                  "Zajęcia 10.05-12.00 w sali nr 3."])
def test_times_and_amounts_are_not_dates(at, text):
    assert [d for d in at(text) if d.date_start] == []


def test_furniture_dates_get_a_role(at):
    found = at("2021-03-08\nZebranie odbyło się 5 marca w świetlicy.\nfot. IMG_2041.jpg", ref=dt.date(2021, 3, 8))
    page = [d for d in found if d.in_furniture]
    assert [d.role for d in page] == ["publication"]
    assert only(found).date_start == "2021-03-05"


def test_reference_order():
    layout = analyse_layout("Dodano: 12.03.2021\nTreść.")
    assert choose_reference(dt.date(2020, 1, 1), layout, "2018-09-20_relacja.txt", "2017-01-01").anchor == "user"
    assert choose_reference(None, layout, "2018-09-20_relacja.txt", None).date == dt.date(2021, 3, 12)
    plain = analyse_layout("Treść.")
    assert choose_reference(None, plain, "arch/2018-09-20_relacja.txt", "2017-01-01").anchor == "path"
    assert choose_reference(None, plain, "relacja.txt", "2017-01-01").anchor == "metadata"
    assert choose_reference(None, plain, "relacja.txt", None) is None


def test_path_dates():
    assert path_date("archiwum/2018/09/relacja.txt") == ReferenceDate(dt.date(2018, 9, 1), "path", "month")
    assert path_date("2018-09-20_relacja.txt").date == dt.date(2018, 9, 20)
    assert path_date("relacja_20180920.txt").date == dt.date(2018, 9, 20)
    assert path_date("raport_12345.txt") is None


def test_parse_reference():
    assert parse_reference("2019-03-13") == REF
    assert parse_reference(dt.datetime(2019, 3, 13, 10, 0)) == REF
    with pytest.raises(ValueError):
        parse_reference("13.03.2019")


def test_a_date_does_not_run_across_lines(at):
    assert [d.date_start for d in at("Spotkań było 20\nsty 2021 to miesiąc ferii.")] == []


def test_a_nearby_full_date_beats_a_distant_historical_one(at):
    text = ("W 1989 r., dokładnie 4 czerwca 1989 r., odbyły się wybory. " + "Wspominano je długo. " * 20
            + "Konferencja rozpoczęła się dziś (5.06) na zamku.")
    found = at(text, ref=dt.date(2014, 6, 5), anchor="publication")
    assert [d.date_start for d in found if d.rule.startswith("numeric_no_year")] == ["2014-06-05"]


def test_year_less_range_stays_partial_as_a_range(at):
    d = only(at("W dniach od 5 do 12 sierpnia odbyła się wymiana młodzieży.", ref=None))
    assert (d.partial, d.partial_end) == ("--08-05", "--08-12")


def test_nowadays_and_names_are_not_days(at):
    assert [d for d in at("W dzisiejszych czasach spotkania odbywają się online.") if d.relative] == []
    assert [d for d in at("Wywiad ukazał się w Gościu Niedzielnym.") if d.relative] == []
    assert [d for d in at("Dziś uznalibyśmy to za błąd, gdyby ktoś by zapytał.") if d.relative] == []


def test_a_clause_of_purpose_leaves_the_day_a_day(at):
    """"by" before an infinitive says what for, not what would be: the day word still names a day."""
    d = only(at("Do remizy przyjechał wczoraj starosta, by wziąć udział w zebraniu strażaków."))
    assert d.date_start == "2019-03-12"
    assert [d for d in at("Wczoraj by się to nie udało, gdyby nie strażacy.") if d.relative] == []


def test_timex_eval_scores_a_document(extractor):
    from pipeline.timex_eval import TimexScore, score_document

    doc = {"id": "x", "dct": "2019-03-13", "text": "Wczoraj odbyło się zebranie. Kolejne 20 marca.",
           "timexes": [{"type": "DATE", "start": 0, "end": 7, "val": "2019-03-12", "text": "Wczoraj"},
                       {"type": "DATE", "start": 37, "end": 45, "val": "2019-03-20", "text": "20 marca"}]}
    score = TimexScore()
    score_document(doc, extractor, score)
    assert (score.gold_days, score.found, score.value_right, score.predicted_in_timex) == (2, 2, 2, 2)


def test_a_stamp_on_the_line_above_does_not_hide_a_weekday(at):
    found = at("Opublikowano: 13.03.2019\n\nW ubiegły piątek w świetlicy odbyło się spotkanie.")
    assert [d.date_start for d in found if d.relative] == ["2019-03-08"]


def test_a_date_on_the_weekdays_own_line_names_its_day(at):
    found = at("W sobotę, 9 marca 2019 r. odbył się festyn.")
    assert not [d for d in found if d.relative]


@pytest.mark.parametrize("text,day", [
    ("W dniu dzisiejszym w świetlicy odbyło się spotkanie.", "2019-03-13"),
    ("Dnia wczorajszego w świetlicy odbyło się spotkanie.", "2019-03-12"),
    ("Tydzień temu w świetlicy odbyło się spotkanie.", "2019-03-06"),
    ("Dwa tygodnie temu w świetlicy odbyło się spotkanie.", "2019-02-27"),
    ("Trzy dni temu w świetlicy odbyło się spotkanie.", "2019-03-10"),
])
def test_day_phrases_against_the_reference(at, text, day):
    assert only(at(text)).date_start == day


def test_a_vague_count_of_days_is_no_day(at):
    assert not [d for d in at("Kilka dni temu w świetlicy odbyło się spotkanie.") if d.relative]


def test_next_day_counts_from_a_day_not_from_a_projects_years(at):
    found = at("Projekt realizowany w latach 2017-2019. Warsztaty trwały od 24 do 26 kwietnia 2017 r. "
               "W sali ćwiczono. Drugiego dnia uczestnicy zwiedzali.", ref=None)
    nxt = [d for d in found if d.rule == "relative_next_day"]
    assert [d.date_start for d in nxt] == ["2017-04-25"]  # the workshops' second day, not the day after them


@pytest.mark.parametrize("text", [
    "Dwa dni temu w Lipnie", "TYDZIEŃ TEMU gościliśmy", "w ubiegłym tygodniu", "W PRZYSZŁYM TYGODNIU",
    "w dniu dzisiejszym", "W DNIU WCZORAJSZYM", "dnia jutrzejszego", "PRZED TYGODNIEM", "w ub. tygodniu",
])
def test_every_match_of_a_hinted_pattern_contains_its_hint(text):
    from pipeline.extract import relative_dates as rd
    from pipeline.extract import relative_weeks as rw

    pairs = [(rd._AGO, rd._AGO_HINT), (rw._WEEK, rw._WEEK_HINT), (rd._DAY_NOUN_ADJECTIVE, rd._DAY_NOUN_ADJECTIVE_HINT)]
    found = [m.span() for pattern, hint in pairs for m in rd._hinted(pattern, hint, text)]
    assert found and found == [m.span() for pattern, _hint in pairs for m in pattern.finditer(text)]
    assert all(hint.search(m.group()) for pattern, hint in pairs for m in pattern.finditer(text))


def test_the_previous_day_look_aheads_change_no_match():
    """The look-aheads before the previous-day patterns only speed the scan: without them the same phrases match,
    in any letter case."""
    import re

    from pipeline.extract.previous_dates import PREVIOUS_DAYS

    text = ("Tego samego dnia, W TYM SAMYM DNIU, następnego dnia, Kolejnego Dnia, NAZAJUTRZ, dzień później, "
            "Dzień wcześniej, poprzedniego dnia, dzień przed otwarciem, w przeddzień, drugiego dnia.")
    found = 0
    for _name, pattern, _shift in PREVIOUS_DAYS:
        plain = re.compile(re.sub(r"^\(\?=\[\w+\]\)", "", pattern.pattern), pattern.flags)
        assert plain.pattern != pattern.pattern
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
        found += len(list(pattern.finditer(text)))
    assert found == 11


@pytest.mark.parametrize("text, phrase, day", [
    ("W dniach 4-5 maja 2023 r. trwał zjazd. Drugiego dnia odbyły się warsztaty.", "Drugiego dnia", "2023-05-05"),
    ("W dniach 4-6 maja 2023 r. trwał zjazd. Pierwszego dnia były wykłady. Następnego dnia odbyły się warsztaty.",
     "Następnego dnia", "2023-05-05"),
    ("W dniach 4-5 maja 2023 r. trwał zjazd. Następnego dnia uczestnicy wrócili do domów.", "Następnego dnia",
     "2023-05-06"),
])
def test_the_next_day_inside_a_session_of_several_days_counts_from_its_first_day(extractor, text, phrase, day):
    """After a date of several days, "drugiego dnia" is its second day, and so is "następnego dnia" once the
    account has told its first day; with no such walk through the days it is the day after the session."""
    dates = [d for d in extractor.extract(text).dates if d.text == phrase and d.rule.startswith("relative")]
    assert dates and dates[0].date_start == day


@pytest.mark.parametrize("text, role", [
    ("Wczoraj w hali w Olszówce rozegrano turniej tenisa stołowego.", "event"),
    ("W sobotę odbyły się dożynki parafialne w Wierzchosławicach.", "event"),
    ("Przedwczoraj z zespołem zagrał zaproszony akordeonista.", "other"),
])
def test_sports_and_feast_words_make_a_relative_day_the_events(at, text, role):
    """A relative day in a sentence naming a tournament, a match or a feast is the event's; with no such word the
    sentence says nothing of the event."""
    found = [d for d in at(text) if d.relative]
    assert len(found) == 1 and found[0].role == role


@pytest.mark.parametrize("text, ref, span", [
    ("W miniony weekend w Borkach odbył się festyn parafialny.", REF, ("2019-03-09", "2019-03-10")),
    # a page of a Saturday: the weekend just begun is not yet over, "miniony" is the one before
    ("Podczas minionego weekendu rozegrano turniej szachowy.", dt.date(2019, 3, 16), ("2019-03-09", "2019-03-10")),
    ("W ten weekend w Borkach odbyły się zawody wędkarskie.", dt.date(2019, 3, 18), ("2019-03-16", "2019-03-17")),
    ("W najbliższy weekend odbędzie się kiermasz ozdób.", REF, ("2019-03-16", "2019-03-17")),
    ("W weekend odbędą się warsztaty garncarskie.", REF, ("2019-03-16", "2019-03-17")),
])
def test_a_weekend_is_its_saturday_and_sunday(at, text, ref, span):
    d = only(at(text, ref=ref))
    assert (d.date_start, d.date_end, d.rule, d.relative) == (*span, "relative_weekend", True)


@pytest.mark.parametrize("text", [
    "W długi weekend w Borkach odbył się festyn.",
    "W każdy weekend w Borkach odbywają się zajęcia.",
    "W weekendy w Borkach odbywają się zajęcia, a latem także w piątki.",
    "W weekend 9-10 marca w Borkach odbył się festyn.",
])
def test_no_single_weekend_or_one_the_dates_give(at, text):
    assert not [d for d in at(text) if d.rule == "relative_weekend"]


@pytest.mark.parametrize("text, day, role", [
    ("W dniu 7 b.m. w świetlicy odbyło się zebranie.", "2019-03-07", "event"),
    ("11 bm. w Lipnie odbyły się warsztaty.", "2019-03-11", "event"),
    ("Zgłoszenia przyjmujemy do 29 bieżącego miesiąca.", "2019-03-29", "other"),
])
def test_a_day_of_this_month_takes_the_reference_month(at, text, day, role):
    """"bm." (bieżącego miesiąca) is the reference date's month; its role is read as any date's (a deadline stays one)."""
    d = [d for d in at(text) if d.rule == "relative_this_month"]
    assert len(d) == 1 and (d[0].date_start, d[0].role) == (day, role)


@pytest.mark.parametrize("text, span", [
    ("W dniach 4-5 bm. w Lipnie odbyły się warsztaty.", ("2019-03-04", "2019-03-05")),
    ("W dniach 7 i 8 b.m. w świetlicy odbył się kiermasz.", ("2019-03-07", "2019-03-08")),
])
def test_days_of_this_month_make_a_span(at, text, span):
    d = [d for d in at(text) if d.rule == "relative_this_month"]
    assert len(d) == 1 and (d[0].date_start, d[0].date_end) == span
    assert not [d for d in at("W dniach 8-7 bm. odbyły się warsztaty.") if d.rule == "relative_this_month"]


def test_a_day_of_this_month_needs_a_reference_and_a_real_day(at):
    assert not [d for d in at("W dniu 7 b.m. odbyło się zebranie.", ref=None) if d.date_start]
    assert not [d for d in at("Dnia 30 bm. odbyło się zebranie.", ref=dt.date(2019, 2, 10)) if d.date_start]
    assert not [d for d in at("Kolumna 12 bmp. i wóz 5 bm2 stały w remizie.") if d.date_start]


@pytest.mark.parametrize("text, ref, span", [
    # a page of a Friday: the Thursday of last week, not yesterday
    ("W ubiegłym tygodniu, w czwartek, odbyło się zebranie.", dt.date(2019, 3, 15), ("2019-03-07", "2019-03-07")),
    ("Tydzień temu, w czwartek, w świetlicy odbyło się zebranie.", REF, ("2019-03-07", "2019-03-07")),
    ("We wtorek w przyszłym tygodniu odbędzie się szkolenie.", REF, ("2019-03-19", "2019-03-19")),
    ("Od poniedziałku do piątku w bibliotece trwały warsztaty.", REF, ("2019-03-04", "2019-03-08")),
    ("W ubiegłym tygodniu, od poniedziałku do środy, trwały warsztaty.", REF, ("2019-03-04", "2019-03-06")),
])
def test_a_weekday_in_the_week_named_beside_it(at, text, ref, span):
    found = [d for d in at(text, ref=ref) if d.role == "event" and d.date_start]
    assert [(d.date_start, d.date_end) for d in found] == [span], [(d.text, d.rule) for d in found]


@pytest.mark.parametrize("text", [
    "Biblioteka jest czynna od poniedziałku do piątku w godzinach popołudniowych.",
    "Zapraszamy na zajęcia od wtorku do soboty.",
])
def test_a_run_of_weekdays_in_the_present_is_a_schedule(at, text):
    assert not [d for d in at(text) if d.rule == "relative_weekday_range"]


def test_a_past_modifier_on_the_same_weekday_means_a_week_ago(extractor):
    """"w ubiegły czwartek" written on a Thursday is last week's; a bare "w czwartek" may be today's."""
    text = "W ubiegły czwartek w bibliotece odbyło się spotkanie autorskie."
    assert extractor.extract(text, reference_date="2021-10-14").event.date_start == "2021-10-07"
    text = "W czwartek w bibliotece odbyło się spotkanie autorskie."
    assert extractor.extract(text, reference_date="2021-10-14").event.date_start == "2021-10-14"


@pytest.mark.parametrize("text,day", [
    ("Zebranie sołeckie\nTydzień temu w świetlicy odbyło się zebranie.", "2019-03-06"),
    ("Spotkanie działkowców tydzień temu zgromadziło wielu chętnych.", "2019-03-06"),
])
def test_a_word_before_ago_that_counts_nothing_leaves_the_unit(at, text, day):
    assert only(at(text)).date_start == day


@pytest.mark.parametrize("text", [
    "Zebranie sołeckie\nKilka dni temu w świetlicy odbyło się zebranie.",
    "Spotkanie odbyło się przed Wielkim Tygodniem w świetlicy.",
])
def test_a_vague_count_or_a_name_before_the_unit_stays_no_day(at, text):
    assert not [d for d in at(text) if d.relative]


@pytest.mark.parametrize("text, role", [
    ("Od poniedziałku do środy w szkole trwały rekolekcje.", "event"),
    ("W sobotę w parafii odbyły się rekolekcje dla młodzieży.", "event"),
    ("Od poniedziałku do środy sala gimnastyczna była zamknięta z powodu remontu.", "other"),
])
def test_a_verb_saying_the_event_happened_makes_a_relative_day_the_events(at, text, role):
    """"trwały", "odbyły się" tell an event took place even when its noun is no event word."""
    found = [d for d in at(text) if d.relative]
    assert len(found) == 1 and found[0].role == role


@pytest.mark.parametrize("text, role", [
    ("W minioną sobotę uczniowie z Lipna posadzili sto sadzonek buków.", "event"),
    ("Wczoraj strażacy z Borków umyli wozy przed remizą.", "event"),
    ("Przedwczoraj z zespołem zagrał zaproszony akordeonista.", "other"),
    ("Wczoraj ogłoszono wyniki naboru do programu.", "other"),
])
def test_a_group_that_acted_on_the_day_makes_it_the_events(at, text, role):
    """A virile plural past verb tells what a group of people did that day; one performer or an impersonal verb not."""
    found = [d for d in at(text) if d.relative]
    assert len(found) == 1 and found[0].role == role


@pytest.mark.parametrize("text, ref, span", [
    ("Sesja odbyła się 28 ub. m. w sali sesyjnej.", REF, ("2019-02-28", "2019-02-28")),
    ("W dniach 27-28 ubiegłego miesiąca odbyły się warsztaty.", dt.date(2019, 1, 4), ("2018-12-27", "2018-12-28")),
    ("Zebranie odbyło się 30 zeszłego miesiąca.", REF, None),  # February has no 30th: a slip, no date
])
def test_a_day_of_last_month_takes_the_month_before_the_reference(at, text, ref, span):
    """"ub. m." (ubiegłego miesiąca) is the month before the reference date's, across a year's turn too."""
    d = [d for d in at(text, ref=ref) if d.rule == "relative_last_month"]
    assert [(x.date_start, x.date_end) for x in d] == ([span] if span else [])
    assert not [d for d in at("Zebranie odbyło się 12 miesiąca pracy koła.") if d.date_start]


@pytest.mark.parametrize("text, day, partial", [
    ("Zebranie odbyło się 14 maja ub.r. w świetlicy.", "2018-05-14", None),
    ("Zebranie odbyło się 2 lutego ubiegłego roku w świetlicy.", "2018-02-02", None),
    ("Bal odbędzie się 11 stycznia przyszłego roku w remizie.", "2020-01-11", None),
    ("Zebranie odbyło się 2 lutego br. w świetlicy.", "2019-02-02", None),
])
def test_a_month_day_of_last_or_next_year_counts_from_the_reference(at, text, day, partial):
    """"ub.r." / "ubiegłego roku" after a month-day is the year before the reference date's, "przyszłego roku" the
    year after; "br." its own."""
    d = [d for d in at(text) if d.rule.endswith("year_inferred")]
    assert len(d) == 1 and (d[0].date_start, d[0].partial) == (day, partial)


def test_last_year_without_a_reference_leaves_the_date_partial(at):
    d = [d for d in at("Zebranie odbyło się 14 maja ubiegłego roku.", ref=None) if d.partial or d.date_start]
    assert [(x.date_start, x.partial) for x in d] == [(None, "--05-14")]


@pytest.mark.parametrize("text, day", [
    ("Zebranie odbyło się w ten poniedziałek w świetlicy.", "2019-03-11"),
    ("W tę sobotę odbędzie się festyn w parku.", "2019-03-16"),
])
def test_this_weekday_reads_as_a_bare_one(at, text, day):
    """"w ten poniedziałek" is the bare weekday's day: the latest in a report, the next in an announcement."""
    assert only(at(text)).date_start == day
    assert not [d for d in at("Ten poniedziałek był deszczowy.") if d.relative]  # no preposition: no day
