"""Days of a month named or implied: a day of the reference date's month ("13 bm.", "w dniach 3-4 b.m."), and the
n-th weekday or weekend of a named month: "w ostatnią niedzielę sierpnia", "w pierwszą sobotę czerwca 2019 r.",
"w drugi weekend maja". Its day depends on the year: a year written after the month (anchor ``text``) or the
reference date's (anchor as the reference's), where a past-tense report's day after the reference date belongs to the year before and an
announcement's day over half a year before it to the year after, as a year-less date's. Without either no day is
known, and none is emitted (the weekday alone is no date, and nor is the month: a year-less month has no day to give
a partial).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from pipeline.extract.date_patterns import ORDINAL_LEMMAS, month_number
from pipeline.extract.relative_dates import (
    CONF_RELATIVE,
    CONF_WEEKDAY,
    EXTRACTOR,
    _day_mention,
    _hinted,
    has_past_verb,
    is_future,
    is_past,
    weekday_of,
)
from pipeline.extract.relative_words import THIS_MONTH, THIS_MONTH_HINT
from pipeline.models import DateMention
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

SATURDAY = 5
#: an announced day more than this many days before the reference date is in the next year (as `dates` reads one)
HALF_YEAR_DAYS = 183
_PATTERN = re.compile(
    r"(?<![\w-])(?:(?:w|we|na)\s+)?(?P<ord>[a-ząćęłńóśźż]{5,10})\s+"
    r"(?P<day>poniedział\w{2,4}|wtor\w{2,4}|środ\w{1,3}|czwart\w{2,4}|piąt\w{2,4}|sobot\w{1,3}|niedziel\w{1,3}|"
    r"week-?end\w{0,3})\s+(?P<month>[a-ząćęłńóśźż]{4,12})(?:\s+(?P<year>(?:19|20)\d\d)(?!\d)(?:\s*r\.|\s+roku)?)?"
    r"(?![\w-])", re.IGNORECASE)
_HINT = re.compile(r"pierwsz|drug|trzec|czwart|piąt|ostatni", re.IGNORECASE)


def _ordinal(word: str) -> int | None:
    return next((ORDINAL_LEMMAS[a.lemma] for a in analyse(word.lower()) if a.pos == "adj" and a.lemma in ORDINAL_LEMMAS),
                None)


def _genitive_month(word: str) -> int | None:
    """The month of a genitive month noun ("sierpnia"), not an abbreviation or another case."""
    month = month_number(word)
    if month is None or not any(a.pos == "subst" and ":gen" in a.tag for a in analyse(word.lower())):
        return None
    return month


def nth_day(year: int, month: int, weekday: int, n: int) -> dt.date | None:
    """The n-th such weekday of the month (n = -1: the last); None when the month has fewer."""
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1) if dt.date(year, month, d).weekday() == weekday]
    if n == -1:
        return dt.date(year, month, days[-1])
    return dt.date(year, month, days[n - 1]) if n <= len(days) else None


def _nth_weekend(year: int, month: int, n: int) -> dt.date | None:
    """The Saturday of the month's n-th weekend: a weekend whose Sunday falls in the month, as a calendar shows it."""
    saturdays = [d for d in range(1, calendar.monthrange(year, month)[1])
                 if dt.date(year, month, d).weekday() == SATURDAY]  # the month's last day cannot hold a whole weekend
    if not saturdays or n > len(saturdays):
        return None
    return dt.date(year, month, saturdays[n if n == -1 else n - 1])


def _days(year: int, month: int, weekday: int | None, n: int) -> tuple[dt.date, dt.date] | None:
    """First and last day: the n-th weekday, or the n-th weekend's Saturday and Sunday (`weekday` None)."""
    if weekday is None:
        saturday = _nth_weekend(year, month, n)
        return None if saturday is None else (saturday, saturday + dt.timedelta(days=1))
    day = nth_day(year, month, weekday, n)
    return None if day is None else (day, day)


def month_weekdays(ctx: Context, taken: Callable[[int, int], bool]) -> list[DateMention]:
    """The n-th weekday or weekend of a named month, resolved with the year written or the reference date's."""
    if not _HINT.search(ctx.norm):
        return []
    from pipeline.extract.date_roles import date_role

    out: list[DateMention] = []
    for m in _PATTERN.finditer(ctx.norm):
        n, month = _ordinal(m["ord"]), _genitive_month(m["month"])
        weekend = m["day"].lower().startswith("week")
        weekday = None if weekend else weekday_of(m["day"])
        if n is None or n == 0 or month is None or (weekday is None and not weekend) or taken(m.start(), m.end()):
            continue
        if m["year"]:
            days, anchor = _days(int(m["year"]), month, weekday, n), "text"
        elif ctx.reference is not None:
            ref = ctx.reference
            days, anchor = _days(ref.date.year, month, weekday, n), ref.anchor
            later = days is not None and (days[0] > ref.date if ref.precision == "day" else month > ref.date.month)
            if later and is_past(ctx, m.start()):
                days = _days(ref.date.year - 1, month, weekday, n)  # "w ostatnią niedzielę grudnia" told in January
            elif days is not None and (ref.date - days[0]).days > HALF_YEAR_DAYS and is_future(ctx, m.start()) \
                    and not has_past_verb(ctx, m.start()):
                days = _days(ref.date.year + 1, month, weekday, n)  # "w pierwszą sobotę stycznia" announced in December
        else:
            continue
        if days is None:
            continue
        out.append(DateMention(**ctx.mention_fields(m.start(), m.end(), EXTRACTOR, CONF_WEEKDAY, "relative_month_weekday"),
                               date_start=days[0].isoformat(), date_end=days[1].isoformat(),
                               role=date_role(ctx, m.start(), m.end()), anchor=anchor,  # type: ignore[arg-type]
                               relative=not m["year"], year_inferred=not m["year"]))
    return out


def this_month_days(ctx: Context, taken: Callable[[int, int], bool]) -> list[DateMention]:
    """"13 bm.", "w dniach 3-4 b.m.": days of the reference date's month, "28 ub. m." of the month before (a month's
    precision is enough); their role is read as any date's (a deadline stays one)."""
    ref = ctx.reference
    if ref is None:
        return []
    from pipeline.extract.date_roles import date_role

    out = []
    for m in _hinted(THIS_MONTH, THIS_MONTH_HINT, ctx.norm):
        month = ref.date.replace(day=1) - dt.timedelta(days=1) if m["last"] else ref.date  # "ub. m.": the month before
        day = _day_of_month(month, int(m["d"]))
        first = _day_of_month(month, int(m["d1"])) if m["d1"] else day
        if day is not None and first is not None and first <= day and not taken(m.start(), m.end()):
            rule = "relative_last_month" if m["last"] else "relative_this_month"
            mention = _day_mention(ctx, m.start(), m.end(), rule, CONF_RELATIVE, day, ref.anchor,
                                   date_role(ctx, m.start(), m.end()))
            mention.date_start = first.isoformat()  # "w dniach 3-4 bm.": from the first day listed
            out.append(mention)
    return out


def _day_of_month(ref: dt.date, day: int) -> dt.date | None:
    try:
        return ref.replace(day=day)
    except ValueError:
        return None  # "31 bm." in a month of thirty days: a slip, no date
