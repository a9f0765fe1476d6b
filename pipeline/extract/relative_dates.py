"""Relative date expressions, TIMEX3-style, each resolved against an explicit anchor.

Rules are data (HeidelTime/SUTime style): every rule names its pattern and its anchor.

* anchor ``reference``: the document's reference date (`Context.reference`: the user's,
  the page's publication date, a date in the path, or metadata) — "wczoraj", "w sobotę",
  "w przyszły wtorek", "w ubiegłym tygodniu";
* anchor ``previous``: the last date the text named before the expression — "tego samego
  dnia", "następnego dnia", "dzień wcześniej".

A bare weekday in a past-tense sentence is the latest such day before the reference
date; in a future-tense one (an announcement) the next one after it. A week stays a
week (an ISO week in `partial`), never a made-up day. Without an anchor nothing is
resolved and nothing is emitted: an unresolved "wczoraj" is no date at all.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from pipeline.extract.relative_words import EVENT_CUE, FUTURE_CUE, THIS_MONTH, THIS_MONTH_HINT, WEEKEND, WEEKEND_HINT
from pipeline.extract.relative_words import EVENT_VERB as EVENT_VERB  # read from here by the resolve stages
from pipeline.models import DateMention
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

EXTRACTOR = "extract.dates"
CONF_RELATIVE = 0.75
CONF_WEEKDAY = 0.7
CONF_WEEK = 0.5

WEEKDAY_LEMMAS = {"poniedziałek": 0, "wtorek": 1, "środa": 2, "czwartek": 3, "piątek": 4, "sobota": 5,
                  "niedziela": 6}
#: modifiers of a weekday, by lemma: the direction they point
PAST_MODIFIERS = frozenset({"ubiegły", "miniony", "zeszły", "ostatni", "przeszły", "poprzedni"})
NEXT_MODIFIERS = frozenset({"przyszły", "najbliższy", "następny", "nadchodzący", "kolejny"})

#: deictic words: days from the reference date
DEICTIC_DAYS = {"dziś": 0, "dzisiaj": 0, "dzis": 0, "wczoraj": -1, "przedwczoraj": -2, "jutro": 1, "pojutrze": 2}
#: adjectives of the deictic days, by lemma: "dzisiejszego spotkania", "wczorajszej sesji"
DEICTIC_ADJECTIVES = {"dzisiejszy": 0, "wczorajszy": -1, "przedwczorajszy": -2, "jutrzejszy": 1,
                      "pojutrzejszy": 2}
#: adjectives of the weekdays: "poniedziałkowe spotkanie", "sobotni festyn"
WEEKDAY_ADJECTIVES = {"poniedziałkowy": 0, "wtorkowy": 1, "środowy": 2, "czwartkowy": 3, "piątkowy": 4,
                      "sobotni": 5, "niedzielny": 6}
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
_DEICTIC = re.compile(r"(?<![\w-])(?P<w>dziś|dzisiaj|dzis|wczoraj|przedwczoraj|jutro|pojutrze)(?![\w-])", re.IGNORECASE)
#: "w dniu dzisiejszym", "dnia wczorajszego": the day named by its adjective after the noun
_DAY_NOUN_ADJECTIVE = re.compile(r"(?<![\w-])(?:w\s+)?dni(?:u|a)\s+(?P<w>(?:dzisiejsz|wczorajsz|jutrzejsz)\w{1,3})(?![\w-])",
                                 re.IGNORECASE)
_DAY_ADJECTIVE = re.compile(r"(?<![\w-])(?P<w>(?:dzisiejsz|wczorajsz|przedwczorajsz|jutrzejsz|pojutrzejsz|poniedziałkow|"
                            r"wtorkow|środow|czwartkow|piątkow|sobotn|niedzieln)\w{1,4})(?![\w-])", re.IGNORECASE)
_WEEKDAY = re.compile(
    r"(?<![\w-])(?:(?P<prep>w|we)\s+)?(?:(?P<mod>[a-ząćęłńóśźż]{5,13})\s+)?"
    r"(?P<day>poniedział\w{2,4}|wtor\w{2,4}|środ\w{1,3}|śród\w{1,2}|czwart\w{2,4}|piąt\w{2,4}|sobot\w{1,3}|"
    r"niedziel\w{1,3})(?![\w-])", re.IGNORECASE)
#: "tydzień temu", "dwa dni temu", "3 dni temu": days back from the reference date
_AGO = re.compile(r"(?<![\w-])(?:(?P<n>\d{1,2}|[a-ząćęłńóśźż]{3,9})\s+)?(?P<unit>dni|dzień|tydzień|tygodnie|tygodni)\s+temu"
                  r"(?![\w-])", re.IGNORECASE)
#: A word each match of the pattern contains, found (with the same case folding) much faster than the pattern
#: itself is tried at every word of a report: without it the pattern is not run.
_DAY_NOUN_ADJECTIVE_HINT = re.compile(r"dzisiejsz|wczorajsz|jutrzejsz", re.IGNORECASE)
_AGO_HINT = re.compile(r"temu", re.IGNORECASE)
_WEEK_HINT = re.compile(r"tygodniu", re.IGNORECASE)


def _hinted(pattern: re.Pattern[str], hint: re.Pattern[str], text: str):
    """`pattern.finditer(text)`, skipped when the text lacks the hint every match contains."""
    return pattern.finditer(text) if hint.search(text) else ()


NUMBER_LEMMAS = {"jeden": 1, "dwa": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "siedem": 7, "osiem": 8,
                 "dziewięć": 9, "dziesięć": 10}
UNIT_DAYS = {"dzień": 1, "tydzień": 7}
_WEEK = re.compile(
    r"(?<![\w-])w\s+(?P<mod>ubiegłym|minionym|zeszłym|ostatnim|tym|bieżącym|przyszłym|najbliższym|"
    r"przeszłym)\s+tygodniu(?![\w-])", re.IGNORECASE)
_WEEK_SHIFT = {"ubiegłym": -1, "minionym": -1, "zeszłym": -1, "ostatnim": -1, "przeszłym": -1, "tym": 0,
               "bieżącym": 0, "przyszłym": 1, "najbliższym": 1}

@lru_cache(maxsize=256)
def weekday_of(word: str) -> int | None:
    for a in analyse(word.lower()):
        if a.pos == "subst" and a.lemma in WEEKDAY_LEMMAS:
            return WEEKDAY_LEMMAS[a.lemma]
    return None


@lru_cache(maxsize=256)
def _modifier(word: str | None) -> str | None:
    if not word:
        return None
    readings = [a for a in analyse(word.lower()) if a.pos == "adj"]
    lemmas = {a.lemma for a in readings}
    if any(a.lemma == "bliski" and a.tag.endswith(":sup") for a in readings):
        return "next"  # "najbliższy": morfeusz2 lemmatises the superlative to "bliski"
    if lemmas & PAST_MODIFIERS:
        return "past"
    if lemmas & NEXT_MODIFIERS:
        return "next"
    return None


def sentence_text(ctx: Context, char: int) -> str:
    sent = ctx.sentence_of(char)
    return ctx.norm[sent.start_char:sent.end_char] if sent is not None else ctx.right(char, 120)


def is_future(ctx: Context, char: int) -> bool:
    return bool(FUTURE_CUE.search(sentence_text(ctx, char)))


def _role(ctx: Context, char: int) -> str:
    return "event" if EVENT_CUE.search(sentence_text(ctx, char)) else "other"


def is_past(ctx: Context, char: int) -> bool:
    """The sentence reports what happened: a past-tense verb and no announcement."""
    return _direction(ctx, char) == "past" and not is_future(ctx, char) and has_past_verb(ctx, char)


def has_past_verb(ctx: Context, char: int) -> bool:
    sent = ctx.sentence_of(char)
    return sent is not None and any(t._.analysis is not None and t._.analysis.tag.startswith("praet") for t in sent)


def _conditional(ctx: Context, char: int) -> bool:
    sent = ctx.sentence_of(char)
    return sent is not None and any(t.text.lower() == "by" for t in sent)


def _direction(ctx: Context, char: int) -> str:
    """Which way a bare weekday points: 'past' in a past-tense sentence, 'next' in an announcement or
    a present-tense one ("Bzura rozpoczyna w poniedziałek" is the coming Monday)."""
    sent = ctx.sentence_of(char)
    if sent is None:
        return "past"
    if FUTURE_CUE.search(ctx.norm[sent.start_char:sent.end_char]):
        return "next"
    tags = [t._.analysis.tag for t in sent if t._.analysis is not None]
    if any(tag.startswith("praet") for tag in tags):
        return "past"
    return "next" if any(tag.startswith(("fin", "bedzie")) for tag in tags) else "past"


def _latest_before(ref: dt.date, weekday: int) -> dt.date:
    """The latest such weekday on or before the reference date: news of the day say "w środę" of today."""
    back = (ref.weekday() - weekday) % 7
    return ref - dt.timedelta(days=back)


def _next_after(ref: dt.date, weekday: int) -> dt.date:
    ahead = (weekday - ref.weekday()) % 7 or 7
    return ref + dt.timedelta(days=ahead)


def _day_mention(ctx: Context, start: int, end: int, rule: str, conf: float, day: dt.date, anchor: str,
                 role: str) -> DateMention:
    iso = day.isoformat()
    return DateMention(**ctx.mention_fields(start, end, EXTRACTOR, conf, rule), date_start=iso, date_end=iso,
                       role=role, anchor=anchor, relative=True)  # type: ignore[arg-type]


#: "w dzisiejszym świecie", "w dzisiejszych czasach": nowadays, not a day
GENERIC_TIME_NOUNS = frozenset({"świat", "czas", "czasy", "rzeczywistość", "realia", "młodzież", "społeczeństwo",
                                "era", "epoka", "pokolenie", "człowiek", "życie", "kultura", "sytuacja"})


def _names_one_day(ctx: Context, start: int, end: int) -> bool:
    """A day adjective names one day when it modifies a singular noun that is not a generic time
    ('dzisiejszy mecz', 'sobotnia decyzja'), and is not part of a capitalised name ('Gość Niedzielny')."""
    if ctx.norm[start].isupper():
        sent = ctx.sentence_of(start)
        if sent is None or sent.start_char != start:
            return False
    nxt = ctx.doc.char_span(end, min(len(ctx.norm), end + 30), alignment_mode="expand")
    if nxt is None:
        return False
    noun = next((t for t in nxt if t.is_alpha), None)
    if noun is None:
        return False
    readings = [a for a in noun._.morf if a.pos == "subst"]
    if not readings:
        return noun.text[:1] in ('"', "„") or noun.text[:1].isupper()  # "dzisiejszej „Gazety”"
    return any(a.number == "sg" and a.lemma not in GENERIC_TIME_NOUNS for a in readings)


def _days_ago(count: str | None, unit: str) -> int | None:
    """Days in "dwa tygodnie", "3 dni", "tydzień"; None for a vague count ("kilka dni") or a lone "dni"."""
    per = next((UNIT_DAYS[a.lemma] for a in analyse(unit.lower()) if a.lemma in UNIT_DAYS), None)
    if per is None:
        return None
    if count is None:
        return per if unit.lower() in ("dzień", "tydzień") else None
    if count.isdigit():
        return int(count) * per
    n = next((NUMBER_LEMMAS[a.lemma] for a in analyse(count.lower()) if a.pos == "num" and a.lemma in NUMBER_LEMMAS),
             None)
    return n * per if n is not None else None


def _same_line(text: str, start: int, end: int, before: int, after: int) -> tuple[int, int]:
    """[start - before, end + after) cut to the line of [start, end): a date stamp on the line above
    says nothing of this weekday."""
    lo, hi = max(0, start - before), end + after
    left, right = text.rfind("\n", lo, start), text.find("\n", end, hi)
    return (lo if left < 0 else left + 1), (hi if right < 0 else right)


def reference_relative(ctx: Context, taken: Callable[[int, int], bool]) -> list[DateMention]:
    """Expressions anchored on the reference date; `taken(start, end)` says a span is already a date."""
    ref = ctx.reference
    if ref is None:
        return []
    out: list[DateMention] = []
    day_precise = ref.precision == "day"
    for m in _DEICTIC.finditer(ctx.norm) if day_precise else ():
        if taken(m.start(), m.end()) or _conditional(ctx, m.start()):
            continue  # "dziś uznaliby ją za…": a hypothetical, not a day
        day = ref.date + dt.timedelta(days=DEICTIC_DAYS[m["w"].lower()])
        out.append(_day_mention(ctx, m.start(), m.end(), "relative_" + m["w"].lower(), CONF_RELATIVE, day,
                                ref.anchor, _role(ctx, m.start())))
    for m in _hinted(_DAY_NOUN_ADJECTIVE, _DAY_NOUN_ADJECTIVE_HINT, ctx.norm) if day_precise else ():
        lemma = next((a.lemma for a in analyse(m["w"].lower()) if a.lemma in DEICTIC_ADJECTIVES), None)
        if lemma is None or taken(m.start(), m.end()):
            continue
        day = ref.date + dt.timedelta(days=DEICTIC_ADJECTIVES[lemma])
        out.append(_day_mention(ctx, m.start(), m.end(), "relative_adjective", CONF_RELATIVE, day, ref.anchor,
                                _role(ctx, m.start())))
    for m in _hinted(_AGO, _AGO_HINT, ctx.norm) if day_precise else ():
        days = _days_ago(m["n"], m["unit"])
        if days is None or taken(m.start(), m.end()):
            continue
        out.append(_day_mention(ctx, m.start(), m.end(), "relative_ago", CONF_RELATIVE,
                                ref.date - dt.timedelta(days=days), ref.anchor, _role(ctx, m.start())))
    for m in _WEEKDAY.finditer(ctx.norm) if day_precise else ():
        weekday = weekday_of(m["day"])
        if weekday is None or taken(*_same_line(ctx.norm, m.start(), m.end(), 12, 25)):
            continue  # "w sobotę 14 czerwca", "14 czerwca (sobota)": the date itself says which day
        mod = _modifier(m["mod"])
        if m["mod"] and mod is None:
            continue  # "w pierwszą sobotę", "w każdy piątek": not one day
        if m["prep"] is None and mod is None:
            continue  # a bare "sobota" is too often a heading or a list item
        start = m.start()
        direction = mod or _direction(ctx, m.start())
        day = _latest_before(ref.date, weekday) if direction == "past" else _next_after(ref.date, weekday)
        out.append(_day_mention(ctx, start, m.end(), f"relative_weekday_{direction}", CONF_WEEKDAY, day,
                                ref.anchor, _role(ctx, m.start())))
    phrases = [(d.start, d.end) for d in out if d.rule == "relative_adjective"]
    for m in _DAY_ADJECTIVE.finditer(ctx.norm) if day_precise else ():
        if taken(m.start(), m.end()) or any(a <= m.start() < b for a, b in phrases):
            continue
        lemma = next((a.lemma for a in analyse(m["w"].lower()) if a.pos == "adj"
                      and (a.lemma in DEICTIC_ADJECTIVES or a.lemma in WEEKDAY_ADJECTIVES)), None)
        if lemma is None or not _names_one_day(ctx, m.start(), m.end()):
            continue
        if lemma in DEICTIC_ADJECTIVES:
            day = ref.date + dt.timedelta(days=DEICTIC_ADJECTIVES[lemma])
            rule = "relative_adjective"
        else:
            weekday = WEEKDAY_ADJECTIVES[lemma]
            day = _next_after(ref.date, weekday) if _direction(ctx, m.start()) == "next" \
                else _latest_before(ref.date, weekday)
            rule = "relative_weekday_adjective"
        out.append(_day_mention(ctx, m.start(), m.end(), rule, CONF_WEEKDAY, day, ref.anchor, _role(ctx, m.start())))
    for m in _hinted(THIS_MONTH, THIS_MONTH_HINT, ctx.norm):
        day = _day_of_month(ref.date, int(m["d"]))
        if day is not None and not taken(m.start(), m.end()):
            from pipeline.extract.date_roles import date_role

            out.append(_day_mention(ctx, m.start(), m.end(), "relative_this_month", CONF_RELATIVE, day, ref.anchor,
                                    date_role(ctx, m.start(), m.end())))
    for m in _hinted(WEEKEND, WEEKEND_HINT, ctx.norm) if day_precise else ():
        weekend = _weekend(ctx, m, ref.date, taken)
        if weekend is not None:
            out.append(DateMention(**ctx.mention_fields(m.start(), m.end(), EXTRACTOR, CONF_WEEKDAY, "relative_weekend"),
                                   date_start=weekend.isoformat(), date_end=(weekend + dt.timedelta(days=1)).isoformat(),
                                   role=_role(ctx, m.start()), anchor=ref.anchor, relative=True))  # type: ignore[arg-type]
    for m in _hinted(_WEEK, _WEEK_HINT, ctx.norm):
        if taken(m.start(), m.end()):
            continue
        monday = ref.date - dt.timedelta(days=ref.date.weekday()) + dt.timedelta(weeks=_WEEK_SHIFT[m["mod"].lower()])
        year, week, _ = monday.isocalendar()
        out.append(DateMention(**ctx.mention_fields(m.start(), m.end(), EXTRACTOR, CONF_WEEK, "relative_week"),
                               partial=f"{year}-W{week:02d}", role="other", anchor=ref.anchor,  # type: ignore[arg-type]
                               relative=True))
    return out


def _day_of_month(ref: dt.date, day: int) -> dt.date | None:
    try:
        return ref.replace(day=day)
    except ValueError:
        return None  # "31 bm." in a month of thirty days: a slip, no date


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

