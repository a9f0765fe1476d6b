"""A range written as two dates with its verbs of beginning and ending: "Festiwal rozpocznie się 12 lipca, a zakończy
20 lipca", "Targi rozpoczęły się w piątek 14 maja i trwały do niedzieli 16 maja". The two dates are one time
expression (TIMEX3 would give the span), so they become one mention from the first day to the last; this holds for
year-less dates too, whose span nothing later could rebuild (a partial date has no day count to compare). For the
same reason year-less dates listed as the sessions of one event ("12 i 13 maja oraz 19 maja") become one mention,
as "12, 13 i 19 maja" is one; full dates so listed are spanned when the event's date is chosen (`resolve_event`).
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


#: only a comma or a conjunction between two listed dates ("12 i 13 maja, 19 maja oraz 26 maja")
_JOINT = re.compile(r"\s*(?P<comma>[,;])?\s*(?P<conj>(?:i|oraz|a\s+także)\s+)?(?:w\s+dniach?\s+|dnia\s+)?",
                    re.IGNORECASE)


def _joint(ctx: Context, a: DateMention, b: DateMention) -> str | None:
    m = _JOINT.fullmatch(ctx.norm, a.end, b.start) if a.end <= b.start else None
    if m is None or not (m["comma"] or m["conj"]):
        return None
    return "conj" if m["conj"] else "comma"


def _year_less(d: DateMention) -> bool:
    return bool(d.partial and d.partial.startswith("--")) and not d.relative and not d.in_furniture \
        and d.role == "event"


def join_listed(ctx: Context, mentions: list[DateMention]) -> list[DateMention]:
    """`mentions` with each list of year-less dates ("A, B i C": commas, then a conjunction before the last) in
    ascending order, each within SPAN_DAYS of the one before, made one mention."""
    out: list[DateMention] = []
    k = 0
    while k < len(mentions):
        chain, joints = [mentions[k]], []
        while _year_less(chain[-1]) and k + len(chain) < len(mentions):
            nxt = mentions[k + len(chain)]
            joint = _joint(ctx, chain[-1], nxt)
            first, last = _day(chain[-1].partial_end or chain[-1].partial), _day(nxt.partial)
            if not _year_less(nxt) or joint is None or first is None or last is None \
                    or not 0 < (last - first).days <= SPAN_DAYS:
                break
            chain, joints = chain + [nxt], joints + [joint]
        while joints and joints[-1] != "conj":  # "10 kwietnia, 24 kwietnia odbył się finał": a comma ends a clause
            chain, joints = chain[:-1], joints[:-1]
        if len(chain) < 2 or "comma" in joints[joints.index("conj"):]:
            out.append(mentions[k])
            k += 1
            continue
        a, b = chain[0], chain[-1]
        base = ctx.mention(a.start, b.end, a.extractor, min(d.confidence for d in chain), "listed_dates")
        out.append(DateMention(**base.model_dump(), partial=a.partial, partial_end=b.partial_end or b.partial,
                               role="event", anchor=a.anchor))
        k += len(chain)
    return out
