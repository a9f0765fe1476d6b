"""Weekday pairs, abbreviated modifiers and weeks ago against a fixed reference date (`relative_dates`,
`relative_weeks`)."""

import datetime as dt

import pytest

from pipeline.extract.dates import extract_dates
from pipeline.text.context import ReferenceDate

REF = dt.date(2019, 3, 13)  # a Wednesday


@pytest.fixture()
def at(ctx_for):
    def build(text: str, ref: dt.date = REF):
        ctx = ctx_for(text)
        ctx.reference = ReferenceDate(ref, "user")
        return [d for d in extract_dates(ctx) if d.relative]
    return build


@pytest.mark.parametrize("text, ref, span", [
    ("W sobotę i niedzielę w Borkach odbywał się turniej szachowy.", REF, ("2019-03-09", "2019-03-10")),
    ("W piątek i w sobotę w Borkach trwał kiermasz.", REF, ("2019-03-08", "2019-03-09")),
    # written on the Saturday: the pair that ended before it, not the day itself
    ("W sobotę i niedzielę w Borkach odbył się turniej.", dt.date(2019, 3, 16), ("2019-03-09", "2019-03-10")),
    ("W sobotę i niedzielę w Borkach odbędzie się turniej.", REF, ("2019-03-16", "2019-03-17")),
    ("W ub. sobotę w Borkach odbył się festyn.", REF, ("2019-03-09", "2019-03-09")),
    ("Przed tygodniem w Borkach odbył się koncert.", REF, ("2019-03-06", "2019-03-06")),
    ("Przed dwoma tygodniami w Borkach odbył się koncert.", REF, ("2019-02-27", "2019-02-27")),
    ("Za tydzień w Borkach odbędzie się festyn.", REF, ("2019-03-20", "2019-03-20")),
    ("Za dwa dni w Borkach rozpocznie się festiwal.", REF, ("2019-03-15", "2019-03-15")),
    # a day of this month beside a weekday: one day, the month's
    ("W sobotę 9 bm. w Borkach odbył się festyn.", REF, ("2019-03-09", "2019-03-09")),
])
def test_days_named_against_the_reference(at, text, ref, span):
    found = at(text, ref)
    assert [(d.date_start, d.date_end) for d in found] == [span]


@pytest.mark.parametrize("text", [
    "W sobotę i we wtorek w Borkach odbyły się zajęcia.",  # not consecutive days: the first alone
    "W sobotę i niedzielę, 9 i 10 marca, w Borkach odbył się turniej.",  # the dates say which days
])
def test_no_pair_of_weekdays(at, text):
    assert not [d for d in at(text) if d.date_end != d.date_start]


@pytest.mark.parametrize("text", [
    "Płacimy za tydzień pobytu 500 zł.", "Dziękujemy za dzień pełen wrażeń.", "Za kilka dni odbędzie się festyn.",
    "Za tydzień pracy otrzymał nagrodę.",
])
def test_no_day_ahead_outside_an_announcement(at, text):
    assert not at(text)


def test_an_abbreviated_last_week_and_a_vague_count(at):
    assert [(d.rule, d.partial) for d in at("W ub. tygodniu w Borkach odbyło się zebranie.")] == \
        [("relative_week", "2019-W10")]
    assert not at("Przed kilkoma dniami w Borkach odbył się koncert.")
