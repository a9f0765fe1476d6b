"""Relative days anchored on the previous date the text named ("tego samego dnia", "następnego dnia", "dzień
wcześniej"): the ``previous`` anchor of `relative_dates`, kept in a module of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from pipeline.extract.relative_dates import CONF_RELATIVE, _day_mention, _role
from pipeline.models import DateMention
from pipeline.text.context import Context

#: phrases anchored on the previous date named: days from it (from its last day for a range)
#: (Each pattern's leading look-ahead lists its alternatives' first letters: the same matches, a faster scan.)
PREVIOUS_DAYS: list[tuple[str, re.Pattern[str], int]] = [
    ("same_day", re.compile(r"(?=[twTW])\b(?:tego\s+samego\s+dnia|tego\s+dnia|w\s+tym\s+samym\s+dniu|"
                            r"tego\s+samego\s+popołudnia|tego\s+samego\s+wieczoru)\b", re.IGNORECASE), 0),
    ("next_day", re.compile(r"(?=[nkdNKD])(?:\b(?:następnego|kolejnego|nazajutrz|drugiego)\s+dnia\b|\bnazajutrz\b|"
                            r"\bdzień\s+później\b|\bnastępnego\s+dnia\b)", re.IGNORECASE), 1),
    ("day_before", re.compile(r"(?=[dpwDPW])\b(?:dzień\s+wcześniej|poprzedniego\s+dnia|dzień\s+przed\s+\w+|"
                              r"w\s+przeddzień)\b", re.IGNORECASE), -1),
]


#: roles of the dates "następnego dnia" counts from: not a stamp, a legal act or a project's years
ANCHOR_ROLES = frozenset({"event", "other"})


def previous_relative(ctx: Context, dated: list[DateMention], taken: Callable[[int, int], bool]) -> list[DateMention]:
    """'następnego dnia' and the like, counted from the last full date named before them."""
    out: list[DateMention] = []
    anchors = sorted((m for m in dated if m.date_start and not m.in_furniture and m.role in ANCHOR_ROLES
                      and m.rule != "year_range"), key=lambda m: m.start)
    for name, pattern, shift in PREVIOUS_DAYS:
        for m in pattern.finditer(ctx.norm):
            if taken(m.start(), m.end()):
                continue
            before = [a for a in anchors if a.end <= m.start()]
            if not before:
                continue
            last = before[-1]
            from_start = shift > 0 and _inside_range(ctx, last, m)
            base = dt.date.fromisoformat((last.date_end or last.date_start) if shift > 0 and not from_start
                                         else last.date_start)
            day = base + dt.timedelta(days=shift)
            out.append(_day_mention(ctx, m.start(), m.end(), f"relative_{name}", CONF_RELATIVE, day, "text",
                                    _role(ctx, m.start())))
    return out


#: "pierwszego dnia", "w pierwszym dniu", "pierwszy dzień": the account walks through a session's days
_FIRST_DAY = re.compile(r"\bpierwsz(?:ego|ym|y)\s+(?:dnia|dniu|dzień)\b", re.IGNORECASE)


def _inside_range(ctx: Context, last: DateMention, m: re.Match[str]) -> bool:
    """After a date of several days ("w dniach 10-11 marca"), "drugiego dnia" is the session's second day, and so
    is "następnego dnia" once the text has said what happened on the first: counted from the range's first day,
    not from its last."""
    if not last.date_end or last.date_end == last.date_start:
        return False
    return m.group(0).lower().startswith("drugiego") or bool(_FIRST_DAY.search(ctx.norm, last.end, m.start()))

