"""A range written as two dates with its verbs of beginning and ending: "Festiwal rozpocznie się 12 lipca, a zakończy
20 lipca", "Targi rozpoczęły się w piątek 14 maja i trwały do niedzieli 16 maja". The two dates are one time
expression (TIMEX3 would give the span), so they become one mention from the first day to the last; this holds for
year-less dates too, whose span nothing later could rebuild (a partial date has no day count to compare).
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.models import DateMention
from pipeline.text.context import Context

#: a verb of beginning in the clause before the first date, and one of ending (or lasting until) between the two
_BEGIN_LEFT = re.compile(r"\b(?:rozpocz|rozpoczyna|zaczą|zaczę|zaczyna|inaugur)\w*[^.!?\n,;]{0,40}$", re.IGNORECASE)
_END_BETWEEN = re.compile(r"^[^.!?\n]{0,40}?\b(?:zakończ\w*|kończ\w*|(?:po)?trwa\w*\s+do)\b[^.!?\n]{0,25}$",
                          re.IGNORECASE)
#: the longest span two such dates make: a festival's fortnight, a month-long exhibition
SPAN_DAYS = 31
LEAP_YEAR = 2000


def _day(value: str | None) -> dt.date | None:
    """A full date, or a year-less one ("--07-20") placed in a leap year to be compared."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(f"{LEAP_YEAR}{value[1:]}" if value.startswith("--") else value)
    except ValueError:
        return None


def _joinable(ctx: Context, a: DateMention, b: DateMention) -> bool:
    if a.relative or b.relative or a.in_furniture or b.in_furniture or a.role != "event" \
            or b.role not in ("event", "other") or b.start < a.end:
        return False
    if (a.date_start is None) != (b.date_start is None) or a.partial and not a.partial.startswith("--"):
        return False
    sent = ctx.sentence_of(a.start)
    if sent is None or b.end > sent.end_char + 1:
        return False
    first = _day(a.date_end or a.date_start or a.partial_end or a.partial)
    last = _day(b.date_start or b.partial)
    if first is None or last is None or not 0 < (last - first).days <= SPAN_DAYS:
        return False
    return bool(_BEGIN_LEFT.search(ctx.norm, max(sent.start_char, a.start - 60), a.start)) \
        and bool(_END_BETWEEN.match(ctx.norm[a.end:b.start]))


def join_bounded(ctx: Context, mentions: list[DateMention]) -> list[DateMention]:
    """`mentions` (in text order) with each begun-and-ended pair of dates made one range mention."""
    out: list[DateMention] = []
    k = 0
    while k < len(mentions):
        a = mentions[k]
        b = mentions[k + 1] if k + 1 < len(mentions) else None
        if b is not None and _joinable(ctx, a, b):
            base = ctx.mention(a.start, b.end, a.extractor, min(a.confidence, b.confidence), "bounded_range")
            out.append(DateMention(**base.model_dump(), date_start=a.date_start, date_end=b.date_end or b.date_start,
                                   partial=a.partial, partial_end=b.partial_end or b.partial, role="event",
                                   year_inferred=a.year_inferred or b.year_inferred, anchor=a.anchor))
            k += 2
            continue
        out.append(a)
        k += 1
    return out
