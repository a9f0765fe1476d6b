"""Relative date expressions, TIMEX3-style, each resolved against an explicit anchor.

Rules are data (HeidelTime/SUTime style): every rule names its pattern and its anchor.

* anchor ``reference``: the document's reference date (`Context.reference`: the user's,
  the page's publication date, a date in the path, or metadata) — "wczoraj", "w sobotę",
  "w przyszły wtorek", "w ubiegłym tygodniu";
* anchor ``previous`` (`previous_dates`): the last date the text named before the expression — "tego samego
  dnia", "następnego dnia", "dzień wcześniej".

A bare weekday in a past-tense sentence is the latest such day before the reference
date; in a future-tense one (an announcement) the next one after it; beside a week ("w ubiegłym
tygodniu, w czwartek") that week's. A week alone stays a week (an ISO week in `partial`), never
a made-up day. Without an anchor nothing is
resolved and nothing is emitted: an unresolved "wczoraj" is no date at all.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from pipeline.extract.date_roles import enrolment_sentence
from pipeline.extract.relative_words import (
    EVENT_CUE,
    FUTURE_CUE,
    WEEKDAY_LEMMAS,
    WEEKDAY_RANGE,
    WEEKDAY_RANGE_HINT,
    week_beside,
)
from pipeline.extract.relative_words import EVENT_VERB as EVENT_VERB  # read from here by the resolve stages
from pipeline.models import DateMention
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

EXTRACTOR = "extract.dates"
CONF_RELATIVE = 0.75
CONF_WEEKDAY = 0.7

#: modifiers of a weekday, by lemma: the direction they point
PAST_MODIFIERS = frozenset({"ubiegły", "miniony", "zeszły", "ostatni", "przeszły", "poprzedni"})
NEXT_MODIFIERS = frozenset({"przyszły", "najbliższy", "następny", "nadchodzący", "kolejny"})
#: "w ten poniedziałek", "w tę sobotę": this week's, the way the tense points, as a bare weekday
THIS_WORDS = frozenset({"ten", "tę"})

#: deictic words: days from the reference date
DEICTIC_DAYS = {"dziś": 0, "dzisiaj": 0, "dzis": 0, "wczoraj": -1, "przedwczoraj": -2, "jutro": 1, "pojutrze": 2}
#: adjectives of the deictic days, by lemma: "dzisiejszego spotkania", "wczorajszej sesji"
DEICTIC_ADJECTIVES = {"dzisiejszy": 0, "wczorajszy": -1, "przedwczorajszy": -2, "jutrzejszy": 1,
                      "pojutrzejszy": 2}
#: adjectives of the weekdays: "poniedziałkowe spotkanie", "sobotni festyn"
WEEKDAY_ADJECTIVES = {"poniedziałkowy": 0, "wtorkowy": 1, "środowy": 2, "czwartkowy": 3, "piątkowy": 4,
                      "sobotni": 5, "niedzielny": 6}
_DEICTIC = re.compile(r"(?<![\w-])(?P<w>dziś|dzisiaj|dzis|wczoraj|przedwczoraj|jutro|pojutrze)(?![\w-])", re.IGNORECASE)
#: "w dniu dzisiejszym", "dnia wczorajszego": the day named by its adjective after the noun
_DAY_NOUN_ADJECTIVE = re.compile(r"(?<![\w-])(?:w\s+)?dni(?:u|a)\s+(?P<w>(?:dzisiejsz|wczorajsz|jutrzejsz)\w{1,3})(?![\w-])",
                                 re.IGNORECASE)
_DAY_ADJECTIVE = re.compile(r"(?<![\w-])(?P<w>(?:dzisiejsz|wczorajsz|przedwczorajsz|jutrzejsz|pojutrzejsz|poniedziałkow|"
                            r"wtorkow|środow|czwartkow|piątkow|sobotn|niedzieln)\w{1,4})(?![\w-])", re.IGNORECASE)
_WEEKDAY = re.compile(
    r"(?<![\w-])(?:(?P<prep>w|we)\s+)?(?:(?P<mod>[a-ząćęłńóśźż]{5,13}|ub\.|ten|tę)\s*)?"
    r"(?P<day>poniedział\w{2,4}|wtor\w{2,4}|środ\w{1,3}|śród\w{1,2}|czwart\w{2,4}|piąt\w{2,4}|sobot\w{1,3}|"
    r"niedziel\w{1,3})(?![\w-])", re.IGNORECASE)
#: "tydzień temu", "dwa dni temu", "3 dni temu": days back from the reference date
#: The count and its unit share a line: a title's last word above "Tydzień temu …" is no count.
_AGO = re.compile(r"(?<![\w-])(?:(?P<n>\d{1,2}|[a-ząćęłńóśźż]{3,9})[^\S\n]+)?(?P<unit>dni|dzień|tydzień|tygodnie|tygodni)"
                  r"\s+temu(?![\w-])|(?<![\w-])przed\s+(?:(?P<n2>\d{1,2}|[a-ząćęłńóśźż]{3,9})[^\S\n]+)?(?P<unit2>tygodniem|"
                  r"tygodniami|dniami)(?![\w-])", re.IGNORECASE)
#: A word each match of the pattern contains, found (with the same case folding) much faster than the pattern
#: itself is tried at every word of a report: without it the pattern is not run.
_DAY_NOUN_ADJECTIVE_HINT = re.compile(r"dzisiejsz|wczorajsz|jutrzejsz", re.IGNORECASE)
_AGO_HINT = re.compile(r"temu|przed\s", re.IGNORECASE)
#: "za tydzień", "za dwa dni": days ahead of the reference date
_AHEAD = re.compile(r"(?<![\w-])za\s+(?:(?P<n>\d{1,2}|[a-ząćęłńóśźż]{3,9})\s+)?(?P<unit>dni|dzień|tydzień|tygodnie|tygodni)"
                    r"(?![\w-])", re.IGNORECASE)
_AHEAD_HINT = re.compile(r"za\s", re.IGNORECASE)


def _hinted(pattern: re.Pattern[str], hint: re.Pattern[str], text: str):
    """`pattern.finditer(text)`, skipped when the text lacks the hint every match contains."""
    return pattern.finditer(text) if hint.search(text) else ()


NUMBER_LEMMAS = {"jeden": 1, "dwa": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "siedem": 7, "osiem": 8,
                 "dziewięć": 9, "dziesięć": 10}
UNIT_DAYS = {"dzień": 1, "tydzień": 7}
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
    if word.lower() == "ub.":
        return "past"  # "w ub. sobotę": the abbreviation of "ubiegły"
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
    """'event' when the sentence names an event or says one happened ("od poniedziałku do środy trwały rekolekcje":
    the verb tells it even when the event's noun is no cue)."""
    sentence = sentence_text(ctx, char)
    if enrolment_sentence(ctx, char):
        return "other"  # "Rejestracja odbyła się dzień wcześniej": the day set apart from the programme
    if EVENT_CUE.search(sentence) or EVENT_VERB.search(sentence) or _group_acted(ctx, char):
        return "event"
    return "other"


def _group_acted(ctx: Context, char: int) -> bool:
    """A virile plural past verb ("w minioną środę uczniowie posadzili drzewa"): a group of people did something
    that day, what a report of an activity tells; one performer ("zagrał akordeonista") or an impersonal
    "ogłoszono" says nothing of the group's event."""
    sent = ctx.sentence_of(char)
    return sent is not None and any(
        t._.analysis is not None and t._.analysis.tag.startswith("praet:pl:m1") for t in sent)


def is_past(ctx: Context, char: int) -> bool:
    """The sentence reports what happened: a past-tense verb and no announcement."""
    return _direction(ctx, char) == "past" and not is_future(ctx, char) and has_past_verb(ctx, char)


def has_past_verb(ctx: Context, char: int) -> bool:
    sent = ctx.sentence_of(char)
    return sent is not None and any(t._.analysis is not None and t._.analysis.tag.startswith("praet") for t in sent)


def _conditional(ctx: Context, char: int) -> bool:
    """A conditional "by" in the sentence ("dziś uznaliby", "gdyby ktoś by zapytał"); "by" before an infinitive opens
    a clause of purpose ("przyjechał wczoraj, by wziąć udział") and leaves the day a day."""
    sent = ctx.sentence_of(char)
    if sent is None:
        return False
    tokens = [t for t in sent if t.text.lower() != "się"]
    return any(t.text.lower() == "by" and not (k + 1 < len(tokens) and _infinitive(tokens[k + 1].text))
               for k, t in enumerate(tokens))


def _infinitive(word: str) -> bool:
    return any(a.pos == "inf" for a in analyse(word.lower()))


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


_AND_WEEKDAY = re.compile(r"\s*(?:i|oraz|[-–])\s*(?:(?:w|we)\s+)?(?P<day>poniedział\w{2,4}|wtor\w{2,4}|środ\w{1,3}|"
                          r"czwart\w{2,4}|piąt\w{2,4}|sobot\w{1,3}|niedziel\w{1,3})(?![\w-])", re.IGNORECASE)


def _next_weekday(text: str, end: int, weekday: int) -> tuple[int, int] | None:
    """(days after the first, the end of the second) of a weekday joined to the one before it by "i" or a dash and
    following it by one or two days: "w sobotę i niedzielę", "w piątek i w sobotę", "w piątek - niedzielę"."""
    m = _AND_WEEKDAY.match(text, end)
    second = weekday_of(m["day"]) if m else None
    if m is None or second is None or not 1 <= (second - weekday) % 7 <= 2:
        return None
    return (second - weekday) % 7, m.end()


def _latest_before(ref: dt.date, weekday: int, strictly: bool = False) -> dt.date:
    """The latest such weekday on or before the reference date: news of the day say "w środę" of today. With a
    past modifier the day is `strictly` before it: "w ubiegły wtorek" written on a Tuesday is a week ago."""
    back = (ref.weekday() - weekday) % 7 or (7 if strictly else 0)
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
        return per if unit.lower() in ("dzień", "tydzień", "tygodniem") else None
    if count.isdigit():
        return int(count) * per
    n = next((NUMBER_LEMMAS[a.lemma] for a in analyse(count.lower()) if a.pos == "num" and a.lemma in NUMBER_LEMMAS),
             None)
    return n * per if n is not None else None


def _is_numeral(word: str) -> bool:
    """Digits or a word with a numeral reading ("dwa", "kilka"): a count, exact or vague."""
    return word.isdigit() or any(a.pos == "num" for a in analyse(word.lower()))


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
        count, unit = (m["n"], m["unit"]) if m["unit"] else (m["n2"], m["unit2"])  # "przed tygodniem"
        start = m.start()
        if m["unit"] and count is not None and not _is_numeral(count):  # "zebranie rolników tydzień temu": no count
            count, start = None, m.start("unit")  # ("przed Wielkim Tygodniem" keeps its word and stays no day)
        days = _days_ago(count, unit)
        if days is None or taken(start, m.end()):
            continue
        out.append(_day_mention(ctx, start, m.end(), "relative_ago", CONF_RELATIVE,
                                ref.date - dt.timedelta(days=days), ref.anchor, _role(ctx, m.start())))
    for m in _hinted(_AHEAD, _AHEAD_HINT, ctx.norm) if day_precise else ():
        days = _days_ago(m["n"], m["unit"]) if m["n"] or m["unit"].lower() == "tydzień" else None  # not "za dzień"
        if days is None or taken(m.start(), m.end()) or not is_future(ctx, m.start()) or has_past_verb(ctx, m.start()):
            continue  # "za tydzień pracy otrzymał…": a reward, not a day; only an announcement counts ahead
        out.append(_day_mention(ctx, m.start(), m.end(), "relative_ahead", CONF_RELATIVE,
                                ref.date + dt.timedelta(days=days), ref.anchor, _role(ctx, m.start())))
    week_phrases: list[tuple[int, int]] = []
    pair_end = -1
    for m in _WEEKDAY.finditer(ctx.norm) if day_precise else ():
        weekday = weekday_of(m["day"])
        if m.start() < pair_end or weekday is None or taken(*_same_line(ctx.norm, m.start(), m.end(), 12, 25)):
            continue  # "w sobotę 14 czerwca", "14 czerwca (sobota)": the date itself says which day
        mod = _modifier(m["mod"])
        this = m["mod"] is not None and m["mod"].lower() in THIS_WORDS and m["prep"] is not None
        if m["mod"] and mod is None and not this:  # "w ten poniedziałek": the bare weekday's, read by the tense
            continue  # "w pierwszą sobotę", "w każdy piątek": not one day
        if m["prep"] is None and mod is None:
            continue  # a bare "sobota" is too often a heading or a list item
        start = m.start()
        direction = mod or _direction(ctx, m.start())
        pair = _next_weekday(ctx.norm, m.end(), weekday)
        days = pair[0] if pair else 0  # "w sobotę i niedzielę": the second day ends the span
        day = _latest_before(ref.date, (weekday + days) % 7, strictly=mod == "past") - dt.timedelta(days=days) \
            if direction == "past" else _next_after(ref.date, weekday)
        week = week_beside(ctx.norm, m.start(), pair[1] if pair else m.end())
        if week is not None:  # "w ubiegłym tygodniu, w czwartek": the weekday of that week
            day, week_phrases = _in_week(ref.date, week[0], weekday), week_phrases + [week[1]]
        end = pair[1] if pair else m.end()
        pair_end = end
        mention = _day_mention(ctx, start, end, f"relative_weekday_{direction}", CONF_WEEKDAY, day, ref.anchor,
                               _role(ctx, m.start()))
        mention.date_end = (day + dt.timedelta(days=days)).isoformat()
        out.append(mention)
    for m in _hinted(WEEKDAY_RANGE, WEEKDAY_RANGE_HINT, ctx.norm) if day_precise else ():
        run = None if taken(*_same_line(ctx.norm, m.start(), m.end(), 12, 25)) else _weekday_range(ctx, m, ref.date)
        if run is not None:
            first, last, phrase = run
            week_phrases += [phrase] if phrase else []
            out.append(DateMention(**ctx.mention_fields(m.start(), m.end(), EXTRACTOR, CONF_WEEKDAY,
                                                        "relative_weekday_range"),
                                   date_start=first.isoformat(), date_end=last.isoformat(), role=_role(ctx, m.start()),
                                   anchor=ref.anchor, relative=True))  # type: ignore[arg-type]
    # "tydzień temu, w czwartek": the week phrase only placed the weekday
    out = [d for d in out if not (d.rule == "relative_ago" and any(a < d.end and d.start < b for a, b in week_phrases))]
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
    return out


def _in_week(ref: dt.date, shift: int, weekday: int) -> dt.date:
    """The weekday of the reference date's week moved by `shift` weeks."""
    return ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=shift, days=weekday)


def _weekday_range(ctx: Context, m: re.Match[str], ref: dt.date) -> tuple[dt.date, dt.date, tuple[int, int] | None] \
        | None:
    """"od poniedziałku do piątku": those days of the week beside it, else of the latest such run in a report; in
    the present or the future a run of weekdays is a schedule."""
    first_day, last_day = weekday_of(m["a"]), weekday_of(m["b"])
    assert first_day is not None and last_day is not None  # the pattern names weekdays only
    length = (last_day - first_day) % 7
    week = week_beside(ctx.norm, m.start(), m.end())
    if week is not None:
        first = _in_week(ref, week[0], first_day)
        return first, first + dt.timedelta(days=length), week[1]
    if not is_past(ctx, m.start()):
        return None  # "czynne od poniedziałku do piątku", "zapraszamy od wtorku do soboty": hours, not days
    last = _latest_before(ref, last_day)
    return last - dt.timedelta(days=length), last, None
