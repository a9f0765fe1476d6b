"""The n-th weekday or weekend of a named month (`pipeline.extract.relative_month_days`), each with a fixed
reference date or none."""

import datetime as dt

import pytest

from pipeline.extract.dates import extract_dates
from pipeline.text.context import ReferenceDate

REF = dt.date(2019, 3, 13)  # a Wednesday


@pytest.fixture()
def at(ctx_for):
    def build(text: str, ref: dt.date | None = REF):
        ctx = ctx_for(text)
        ctx.reference = ReferenceDate(ref, "user") if ref else None
        return extract_dates(ctx)
    return build


@pytest.mark.parametrize("text, ref, span", [
    ("W ostatnią niedzielę lutego w Borkach odbyły się zawody.", REF, ("2019-02-24", "2019-02-24")),
    ("W pierwszą sobotę marca odbył się kiermasz.", REF, ("2019-03-02", "2019-03-02")),
    # a past report in January of a December day: the year before
    ("W drugą sobotę grudnia w remizie odbyło się spotkanie opłatkowe.", dt.date(2020, 1, 12),
     ("2019-12-14", "2019-12-14")),
    ("W ostatni weekend lutego odbył się turniej.", REF, ("2019-02-23", "2019-02-24")),
    ("W pierwszą sobotę stycznia odbędzie się bal seniora.", dt.date(2019, 12, 10), ("2020-01-04", "2020-01-04")),
    # a year written after the month wins, with or without a reference date
    ("Dożynki odbędą się w pierwszą niedzielę września 2021 r. w Lipnie.", None, ("2021-09-05", "2021-09-05")),
])
def test_the_nth_weekday_of_a_month(at, text, ref, span):
    d = [d for d in at(text, ref=ref) if d.rule == "relative_month_weekday"]
    assert len(d) == 1 and (d[0].date_start, d[0].date_end) == span
    assert not [d for d in at(text) if d.rule.startswith("relative_weekday")]


@pytest.mark.parametrize("text, ref", [
    ("W pierwszą sobotę czerwca odbył się piknik.", None),  # no year: no day
    ("W piątą niedzielę lutego odbył się piknik.", REF),  # February 2019 has four Sundays
    ("W pierwszą sobotę wakacji odbył się piknik.", REF),  # not a month
])
def test_no_nth_weekday_without_a_year_or_a_month(at, text, ref):
    assert not [d for d in at(text, ref=ref) if d.rule == "relative_month_weekday"]
