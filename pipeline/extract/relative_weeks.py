"""Weeks and weekends against the reference date: "w miniony weekend", "w ten weekend" (a Saturday and its Sunday),
"w ubiegłym tygodniu" (a week, kept as an ISO week in `partial`, never a made-up day). Anchor ``reference``, as the
other expressions of `relative_dates`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from pipeline.extract.relative_dates import (
    CONF_WEEKDAY,
    EXTRACTOR,
    _direction,
    _hinted,
    _modifier,
    _role,
    _same_line,
)
from pipeline.extract.relative_words import WEEK_SHIFT, WEEKEND, WEEKEND_HINT
from pipeline.models import DateMention
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

CONF_WEEK = 0.5
_WEEK = re.compile(
    r"(?<![\w-])w\s+(?P<mod>ubiegłym|minionym|zeszłym|ostatnim|tym|bieżącym|przyszłym|najbliższym|"
    r"przeszłym|ub\.)\s*tygodniu(?![\w-])", re.IGNORECASE)
_WEEK_HINT = re.compile(r"tygodniu", re.IGNORECASE)


def week_relative(ctx: Context, taken: Callable[[int, int], bool]) -> list[DateMention]:
    """Weekends and weeks named against the reference date; `taken(start, end)` says a span is already a date."""
    ref = ctx.reference
    if ref is None:
        return []
    out: list[DateMention] = []
    for m in _hinted(WEEKEND, WEEKEND_HINT, ctx.norm) if ref.precision == "day" else ():
        weekend = _weekend(ctx, m, ref.date, taken)
        if weekend is not None:
            out.append(DateMention(**ctx.mention_fields(m.start(), m.end(), EXTRACTOR, CONF_WEEKDAY, "relative_weekend"),
                                   date_start=weekend.isoformat(), date_end=(weekend + dt.timedelta(days=1)).isoformat(),
                                   role=_role(ctx, m.start()), anchor=ref.anchor, relative=True))  # type: ignore[arg-type]
    for m in _hinted(_WEEK, _WEEK_HINT, ctx.norm):
        if taken(m.start(), m.end()):
            continue
        monday = ref.date - dt.timedelta(days=ref.date.weekday()) + dt.timedelta(weeks=WEEK_SHIFT[m["mod"].lower()])
        year, week, _ = monday.isocalendar()
        out.append(DateMention(**ctx.mention_fields(m.start(), m.end(), EXTRACTOR, CONF_WEEK, "relative_week"),
                               partial=f"{year}-W{week:02d}", role="other", anchor=ref.anchor,  # type: ignore[arg-type]
                               relative=True))
    return out


SATURDAY = 5
_PREPOSITIONS = frozenset({"w", "we", "przez", "podczas", "na"})
#: "w ten weekend", "w ostatni weekend": the latest weekend begun, as a bare "w weekend" in a report
THIS_LEMMAS = frozenset({"ten", "ostatni"})


def _weekend(ctx: Context, m: re.Match[str], ref: dt.date, taken: Callable[[int, int], bool]) -> dt.date | None:
    """The Saturday of the weekend the phrase names. "Miniony" is one whose Sunday is over before the reference
    date (a page of Saturday 23rd reports the weekend of the 16th); a bare or "ten"/"ostatni" weekend in a
    past-tense sentence is the latest one begun, and in an announcement (or after "najbliższy") the next one."""
    if taken(*_same_line(ctx.norm, m.start(), m.end(), 12, 25)):
        return None  # "w weekend (12-14 kwietnia)": the dates themselves say which days
    word = m["mod"] if m["mod"] and m["mod"].lower() not in _PREPOSITIONS else None
    lemmas = {a.lemma for a in analyse(word.lower())} if word else set()
    mod = None if lemmas & THIS_LEMMAS else _modifier(word)
    if word and mod is None and not lemmas & THIS_LEMMAS:
        return None  # "w każdy weekend", "w długi weekend": not one weekend
    since_saturday = (ref.weekday() - SATURDAY) % 7
    if mod == "past":
        return ref - dt.timedelta(days=since_saturday + (7 if ref.weekday() >= SATURDAY else 0))
    if mod == "next" or mod is None and _direction(ctx, m.start()) == "next":
        return ref + dt.timedelta(days=(SATURDAY - ref.weekday()) % 7 or 7)
    return ref - dt.timedelta(days=since_saturday)
