"""Relative days with nothing to resolve them against: a newspaper excerpt without its publication date that tells
its event by "wczoraj", "wczorajszej konferencji", "w sobotę". The event's day is then unknown, and another
absolute date of the text is not to be borrowed for it: the date of a change a speaker announced ("od 1 stycznia
2000 roku SKM zostanie wyłączona"), of a founding ("projekt powstał 24 marca 1999 r."), of a market's closing.
Such a date is the event's only when its own sentence says an event took place (docs/annotation.md, Dates: a
relative date is resolved against the publication date; no date, no event date).
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.date_roles import has_lead_in
from pipeline.extract.relative_dates import (
    DEICTIC_ADJECTIVES,
    EVENT_VERB,
    _conditional,
    _names_one_day,
    _same_line,
    has_past_verb,
    is_future,
    sentence_text,
    weekday_of,
)
from pipeline.models import DateMention
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

#: a date this close to its sentence's end is the sentence (a dot after "r." ends it for the splitter)
SENTENCE_TAIL = 3
#: "wczoraj", "przedwczoraj", "dziś": a day counted back from the day the text was written
_DEICTIC = re.compile(r"(?<![\w-])(?:dziś|dzisiaj|wczoraj|przedwczoraj)(?![\w-])", re.IGNORECASE)
#: "wczorajszej konferencji", "dzisiejszego spotkania"
_DAY_ADJECTIVE = re.compile(r"(?<![\w-])(?:dzisiejsz|wczorajsz|przedwczorajsz)\w{1,4}(?![\w-])", re.IGNORECASE)
#: "w sobotę", "we wtorek": a weekday the preposition makes one day
_WEEKDAY = re.compile(r"(?<![\w-])(?:w|we)\s+(?P<day>poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę)"
                      r"(?![\w-])", re.IGNORECASE)


def unanchored_relative_day(ctx: Context, dates: list[DateMention]) -> bool:
    """The body reports a past day relative to the day of writing ("wczoraj", "w sobotę" in a past-tense sentence) and
    the text has no reference date to count it from. An announcement's "jutro" or "w sobotę" is left alone: its
    written date is the announced event's as often as not. A weekday beside a written date ("w sobotę, 14 czerwca")
    is placed by that date and does not count."""
    if ctx.reference is not None:
        return False
    spans = [(d.start, d.end) for d in dates if not d.relative]

    def told(start: int) -> bool:
        return ctx.furniture_at(start) is None and not _conditional(ctx, start) and _reported(ctx, start)
    if any(told(m.start()) and _a_day(ctx, m.start(), m.group()) for m in _DEICTIC.finditer(ctx.norm)):
        return True
    for m in _DAY_ADJECTIVE.finditer(ctx.norm):
        if told(m.start()) and any(a.lemma in DEICTIC_ADJECTIVES for a in analyse(m.group().lower())) \
                and _names_one_day(ctx, m.start(), m.end()) and _a_day(ctx, m.start(), m.group()):
            return True
    for m in _WEEKDAY.finditer(ctx.norm):
        lo, hi = _same_line(ctx.norm, m.start(), m.end(), 12, 25)
        weekday = weekday_of(m["day"])
        if told(m.start()) and has_past_verb(ctx, m.start()) and weekday is not None \
                and not any(s < hi and lo < e for s, e in spans) and not _dated_before(dates, m.start(), weekday):
            return True
    return False


def _dated_before(dates: list[DateMention], start: int, weekday: int) -> bool:
    """A written date before the weekday falls on it ("Przegląd – 15.06.2019" over "W sobotę wystąpiło …"): the
    heading's date is the day the weekday names, so the weekday has its anchor."""
    return any(d.start < start and not d.relative and d.date_start and d.date_start == (d.date_end or d.date_start)
               and dt.date.fromisoformat(d.date_start).weekday() == weekday for d in dates)


def _reported(ctx: Context, start: int) -> bool:
    """The day word's sentence does not announce: no future verb or invitation."""
    return not is_future(ctx, start)


def _a_day(ctx: Context, start: int, word: str) -> bool:
    """"dziś" in a present-tense sentence is nowadays ("spółdzielnia zatrudnia dziś 12 osób"), not a day; with a past
    verb it is the day of the report, as "wczoraj" always is."""
    if not word.lower().startswith(("dziś", "dzis", "dzisiaj", "dzisiejsz")):
        return True
    return has_past_verb(ctx, start)


def tells_the_event(ctx: Context, d: DateMention) -> bool:
    """The date's sentence says an event took place ("odbył się", "zorganizowano") or the date has a lead-in of its
    own ("w dniu 12 maja"): only such a date can stand for an event the text otherwise dates by a relative day."""
    text = sentence_text(ctx, d.start)
    sent = ctx.sentence_of(d.start)
    if sent is not None and sent.end_char - d.end <= SENTENCE_TAIL:  # "26.03.2019 r. Ośrodek zorganizował …": the
        text += " " + sentence_text(ctx, sent.end_char + 1)         # abbreviation's dot split the sentence
    return bool(EVENT_VERB.search(text)) or has_lead_in(ctx, d)
