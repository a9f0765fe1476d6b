"""Date mentions: the patterns' matches (`date_patterns`) made into mentions, each with a `role`
from its context (`date_roles`) so that legal acts, project periods, publication stamps and
file-name timestamps never become the event's date; year-less dates get a year with its anchor,
and relative expressions are added (`relative_dates`, `relative_weeks`, `relative_month_days`,
`previous_dates`); a range written as two dates, and listed year-less sessions, become one mention
(`date_spans`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from pipeline.extract.date_patterns import (
    CONF_EVENT_DAY,
    CONF_ISO,
    CONF_NO_YEAR,
    CONF_NUMERIC,
    CONF_WORD_MONTH,
    ORDINAL_LEMMAS,
    TIME_LEFT,
    TIME_RIGHT,
    D,
    Y,
    iso_date,
    parse_month,
    parse_year,
    raw_matches,
)
from pipeline.extract.date_roles import STREET, clause_left, date_role, founding_clause, is_dateline
from pipeline.extract.date_spans import join_bounded, join_listed
from pipeline.extract.previous_dates import previous_relative
from pipeline.extract.reference import dateline_reference
from pipeline.extract.relative_dates import has_past_verb, is_future, is_past, reference_relative
from pipeline.extract.relative_month_days import month_weekdays, this_month_days
from pipeline.extract.relative_weeks import week_relative
from pipeline.models import DateMention
from pipeline.text.context import Context, ReferenceDate
from pipeline.text.layout_rules import CAPTION, COMMENTS, CRAWL_HEADER, RELATED
from pipeline.text.morphology import analyse

EXTRACTOR = "extract.dates"

_EVENT_DAY = re.compile(
    r"\b(?:(?:w|we|podczas|od)\s+)?(?P<ord>[a-ząćęłńóśźż]{5,11})\s+(?:dniu|dnia|dzień)\b",
    re.IGNORECASE,
)
#: Every event-day match ends with a space and a day word: a text without one (two reports in three) is not
#: scanned with the slower pattern.
_EVENT_DAY_HINT = re.compile(r"\s(?:dniu|dnia|dzień)\b", re.IGNORECASE)
_YEAR_RANGE = re.compile(rf"\b(?:w\s+)?lat(?:ach|a)?\s+(?P<y1>{Y})\s*-\s*(?P<y2>{Y})\b")
_STANDALONE_YEAR = re.compile(rf"(?<![\d./-]){Y}(?![\d./-])")
_BR = re.compile(r"\s*(?:br\.|b\.r\.|bieżącego roku|tego roku)")
#: "14 maja ub.r.", "14 maja ubiegłego roku": the year before the reference date's (`last`), "przyszłego roku" the next
_OTHER_YEAR = re.compile(r"\s*(?:(?P<last>ub\.\s?r\.|ubr\.|(?:ubiegłego|zeszłego|poprzedniego)\s+roku\b|"
                         r"roku\s+(?:ubiegłego|zeszłego|poprzedniego)\b)|przyszłego\s+roku\b|roku\s+przyszłego\b)")


def _text_year(ctx: Context, mentions: list[DateMention]) -> int | None:
    """The year the report's own body states: its full event dates (the most frequent year)."""
    years = [int(m.date_start[:4]) for m in mentions if m.role == "event" and m.date_start and not m.in_furniture
             and not founding_clause(ctx, m.start)]
    return Counter(years).most_common(1)[0][0] if years else None


#: furniture whose dates lend a year-less date no year: they date the crawl, a picture, a comment, another article
YEARLESS_FURNITURE = frozenset({CRAWL_HEADER, CAPTION, COMMENTS, RELATED})


#: a full date this close before a year-less one lends it its year ("12.03.2018 … a 14 marca …")
NEAR_CHARS = 300


def _near_year(ctx: Context, mentions: list[DateMention], start: int) -> int | None:
    """The year of the last full date of the body shortly before: not a founding's ("powstała 12 czerwca 1949")."""
    before = [m for m in mentions if m.role == "event" and m.date_start and not m.in_furniture
              and 0 <= start - m.end <= NEAR_CHARS and not m.year_inferred and not founding_clause(ctx, m.start)]
    return int(before[-1].date_start[:4]) if before else None  # type: ignore[index]


#: "w 2018 r.", "w 2018 roku" in the date's own clause before it
_CLAUSE_YEAR = re.compile(r"(?<![\w-])w\s+((?:19|20)\d{2})\s*(?:r\.|roku\b)", re.IGNORECASE)


def _clause_year(ctx: Context, start: int) -> int | None:
    """The year the date's own clause states ("a zebranie w 2018 r. odbyło się 14 stycznia"), not a founding's."""
    m = list(_CLAUSE_YEAR.finditer(clause_left(ctx, start)))
    return int(m[-1].group(1)) if m and not founding_clause(ctx, start) else None


def _infer_year(
    ctx: Context, start: int, month: int, day: int, text_year: int | None, stamps: list[DateMention],
    mentions: list[DateMention],
) -> tuple[int | None, str]:
    """Year of a year-less date, and its anchor.

    A full date just before it in the body first ("12.03.2018 … a 14 marca"); then the text's
    dateline or else the reference date, where a past-tense report's month-day after it
    belongs to the year before (a report published in January about "14 grudnia") and an
    announced one over half a year before it to the year after; then
    the body's full dates anywhere, the stamps the text shows, a year in the title, the
    school or academic year the text names ("rok akademicki 2019/2020" puts "26 września" in 2019).
    """
    stated = _clause_year(ctx, start)
    if stated is not None:
        return stated, "text"
    near = _near_year(ctx, mentions, start)
    if near is not None:
        return near, "text"
    # a dateline above the date ("Gdańsk, 16 czerwca 2005 r.") is when the text was written: it outranks a
    # reference date from outside the text (a corpus's creation date, a file's path)
    line = next((m for m in mentions if m.role == "publication" and m.date_start and not m.year_inferred
                 and m.end <= start and is_dateline(ctx, m.start, m.end)), None)
    ref = ReferenceDate(dt.date.fromisoformat(line.date_start), "publication") if line and line.date_start \
        else ctx.reference
    if ref is not None:
        year = ref.date.year
        later = (month, day) > (ref.date.month, ref.date.day) if ref.precision == "day" else month > ref.date.month
        if later and is_past(ctx, start):
            year -= 1  # "14 grudnia odbyła się wigilia" in a page of 10 January
        elif not later and _long_before(ref, month, day) and is_future(ctx, start) and not has_past_verb(ctx, start):
            year += 1  # "koncert odbędzie się 6 stycznia" in a page of 20 December
        return year, ref.anchor
    if text_year is not None:
        return text_year, "text"
    if stamps:
        order = {"publication": 0, "timestamp": 1, "other": 2}
        stamp = min(stamps, key=lambda m: (order[m.role], m.start))
        return int(stamp.date_start[:4]), "publication" if stamp.role == "publication" else "text"  # type: ignore[index]
    year = _heading_year(ctx, start)
    if year is not None:
        return year, "text"
    return _school_year(ctx.norm, start, month), "text"


#: an announced month-day more than this many days before the reference date's is in the next year
ANNOUNCED_BACK_DAYS = 183


def _long_before(ref: ReferenceDate, month: int, day: int) -> bool:
    """The month-day lies over half a year before the reference date in its year (a month's precision: its first)."""
    try:
        return (ref.date - dt.date(ref.date.year, month, day)).days > ANNOUNCED_BACK_DAYS
    except ValueError:
        return False  # 29 February of a common year


#: A line this long, or a sentence that ends with a full stop, starts the report's body; short lines above it
#: are the page's top: the site's name, menus, and the report's heading right above the body.
BODY_LINE_CHARS = 120
HEADING_WORDS = 15


def _heading_year(ctx: Context, at: int) -> int | None:
    """The year in the report's heading ("Gminne Zawody Pożarnicze 2024"): the first line of the text, the last
    short line above the body's first paragraph (a scraped page starts with its site's name and menus), or the
    heading of the section the date at `at` is in (a page that carries a short item above the report).

    docs/annotation.md, Years: a year in the title next to the event's name fixes a year-less date."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in ctx.norm[:max(3000, at + 1)].split("\n"):
        lines.append((pos, line.strip()))
        pos += len(line) + 1

    def heading(k: int) -> str | None:
        """The nearest short line above line k, past the body lines between them."""
        above = [(a, x) for a, x in lines[:k] if x and len(x.split()) <= HEADING_WORDS and not _body_line(x)
                 and ctx.furniture_at(a) is None]
        return above[-1][1] if above else None

    # the first line (not a header clock) when it is a heading: a text that opens with its body has no title there
    first = next((line for a, line in lines if line and ctx.furniture_at(a) is None), "")
    candidates = [first if not _body_line(first) else ""]
    first_body = next((k for k, (_, line) in enumerate(lines) if _body_line(line)), None)
    if first_body is not None:
        candidates.append(heading(first_body) or "")
    own = next((k for k, (a, _) in reversed(list(enumerate(lines))) if a <= at), None)
    if own is not None:
        candidates.append(heading(own) or "")
    for line in candidates:
        years = [int(y[0]) for y in _STANDALONE_YEAR.finditer(line) if not _NAME_YEAR.search(line, 0, y.start())]
        if years:
            return years[0]
    return None


#: a year that is part of a name in a heading: an award's ("Sportowiec Roku 2018", whose gala is held the year
#: after) or an edition's ("edycja 2023") (docs/annotation.md, Years)
_NAME_YEAR = re.compile(r"(?:\bRoku|\b(?i:edycj\w*))\s+$")


def _body_line(line: str) -> bool:
    return len(line) >= BODY_LINE_CHARS or (line.endswith(".") and len(line.split()) >= 8)


#: "rok akademicki 2019/2020", "roku szkolnego 2018/19", "sezonu 2017/2018": a year running September to August
_SCHOOL_YEAR = re.compile(
    rf"\b(?:rok\w*\s+(?:akademick|szkoln|harcersk|formacyjn|kulturaln)\w*|sezon\w*)\s+"
    rf"(?P<y1>{Y})\s*[/-]\s*(?P<y2>\d\d(?:\d\d)?)(?!\d)", re.IGNORECASE)


def _school_year(norm: str, start: int, month: int) -> int | None:
    """The year a month falls in within the school or academic year the text names nearest the date:
    September to December the first, January to August the second."""
    found = [m for m in _SCHOOL_YEAR.finditer(norm) if int(m["y2"][-2:]) == (int(m["y1"]) + 1) % 100]
    if not found:
        return None
    m = min(found, key=lambda m: abs(m.start() - start))
    return int(m["y1"]) + (0 if month >= 9 else 1)


def _coverage(mentions: list[DateMention]):
    """A predicate: does [start, end) overlap a date mention already found?"""
    spans = sorted((m.start, m.end) for m in mentions)

    def taken(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in spans)
    return taken


#: matches whose month a list of days before them shares: "3-4 i 10-11 października", "12, 13 i 14 maja"
_LISTABLE = frozenset({"word", "word_range_days", "numeric_range_days", "roman_range_days",
                       "numeric_range_days_no_year"})
_DAY_LIST_LEFT = re.compile(
    rf"(?<![\d.,:/-])(?P<days>{D}\.?(?:\s*[-–]\s*{D}\.?)?(?:\s*,\s*{D}\.?(?:\s*[-–]\s*{D}\.?)?)*)"
    r"(?:\s*,\s*|\s+(?:i|oraz)\s+)$")


def _day_list(ctx: Context, start: int, d1: int) -> tuple[int, int]:
    """Start and first day of the whole list when days in ascending order come before the match."""
    m = _DAY_LIST_LEFT.search(ctx.norm, max(0, start - 40), start)
    if m is None or TIME_LEFT.search(ctx.left(m.start(), 14)):
        return start, d1
    days = [int(x) for x in re.findall(r"\d+", m["days"])] + [d1]
    if any(a >= b for a, b in zip(days, days[1:], strict=False)):
        return start, d1
    return m.start(), days[0]


#: "w dniach od 12.05 do 15.05", "w terminie od 28.02": the words before "od" say days follow, not hours
_DAYS_LEAD = re.compile(r"(?:\bdni(?:ach|a|u)|\bdn\.|\bterminie)\s+(?:od|do|między)\s*$", re.IGNORECASE)


_SPAN_WORD = re.compile(r"(?<!\w)(?:od|do|między)\s*$", re.IGNORECASE)
HOURS = 24


def _time_left(ctx: Context, start: int, g: dict[str, str | None]) -> bool:
    """The words before a year-less numeric date make it a time or a number ("o 10.30", "nr 12.05"), unless they
    say days follow ("w dniach od 12.05") or a range's "od"/"do" stands before a first number no hour can be
    ("od 28.02 do 2.03")."""
    left = ctx.left(start, 14)
    if not TIME_LEFT.search(left) or _DAYS_LEAD.search(ctx.left(start, 24)):
        return False
    return not (g.get("d2") and int(g["d1"] or 0) > HOURS and _SPAN_WORD.search(left))


def extract_dates(ctx: Context) -> list[DateMention]:
    norm = ctx.norm
    mentions: list[DateMention] = []
    pending_year: list[tuple[int, int, str, int, int, int, int, float]] = []
    for start, end, rule, g in raw_matches(norm):
        if rule == "word" and STREET.search(ctx.left(start, 12)):
            continue  # "ul. 3 Maja": a street, not a date
        if rule.endswith("_no_year") and (_time_left(ctx, start, g) or TIME_RIGHT.match(ctx.right(end, 12))):
            continue  # "o 10.30", "2.50 zł", "10.05-12.00": a time or an amount
        m1 = parse_month(g.get("m1") or g.get("w1"))
        m2 = parse_month(g.get("m2") or g.get("w2"))
        if rule.startswith("word") and (m2 if rule == "word_range_days" else m1) is None:
            continue  # the word is not a month: "5 osób"
        if rule == "word_range_months" and (m1 is None or m2 is None):
            continue
        d1 = int(g["d1"]) if g.get("d1") else None
        d2 = int(g["d2"]) if g.get("d2") else None
        y1, y2 = parse_year(g.get("y1")), parse_year(g.get("y2"))
        if rule in ("word_range_days", "numeric_range_days", "numeric_range_days_no_year", "roman_range_days",
                    "roman_range_days_no_year"):
            m1 = m2
        if m2 is None:
            m2, d2 = m1, d1
        if y1 is None:
            y1 = y2
        if y2 is None:
            y2 = y1
        if m1 is None or d1 is None or d2 is None:
            continue
        if rule in _LISTABLE and not g.get("lead"):
            start, d1 = _day_list(ctx, start, d1)
        if rule in ("numeric_range_months", "roman_range_months") and y1 is not None and m1 > m2:
            y1 -= 1  # 28.12 - 2.01.2016
        role = date_role(ctx, start, end)
        if rule == "numeric" and g.get("y1") and len(g["y1"]) == 2 and g.get("s") == "-":
            continue  # "12-05-19" is too often a code; ISO and dotted forms suffice
        lead = g.get("lead")
        mstart = start + (len(lead) if lead else 0) if rule != "word_range_days" else start
        conf = CONF_ISO if rule == "iso" else CONF_WORD_MONTH if rule.startswith("word") else CONF_NUMERIC
        if y1 is None:
            pending_year.append((mstart, end, rule, d1, m1, d2, m2, conf))
            continue
        date_start, date_end = iso_date(y1, m1, d1), iso_date(y2, m2, d2)
        if date_start is None or date_end is None or date_end < date_start:
            continue
        mentions.append(DateMention(
            **ctx.mention_fields(mstart, end, EXTRACTOR, conf, rule),
            date_start=date_start, date_end=date_end, role=role,
        ))
    for m in _YEAR_RANGE.finditer(norm):
        y1, y2 = int(m["y1"]), int(m["y2"])
        if y2 >= y1:
            mentions.append(DateMention(
                **ctx.mention_fields(m.start(), m.end(), EXTRACTOR, 0.8, "year_range"),
                date_start=f"{y1}-01-01", date_end=f"{y2}-12-31", role="project_period",
            ))
    if ctx.reference is None:  # a dateline is the reference date of a text that has no other
        ctx.reference = dateline_reference([(m.date_start, m.role == "publication" and is_dateline(ctx, m.start, m.end))
                                            for m in mentions if m.date_start])
    text_year = _text_year(ctx, mentions)
    # a portal's header clock ("Piątek, 25 maja 2018 r. Imieniny …") dates the crawl, not the report: no anchor; nor
    # do a photo's caption or file name, readers' comments and other articles' items (docs/annotation.md, 673)
    stamps = [m for m in mentions if m.role in ("publication", "timestamp", "other") and m.date_start
              and ctx.furniture_at(m.start) not in YEARLESS_FURNITURE and not founding_clause(ctx, m.start)]
    for start, end, rule, d1, m1, d2, m2, _conf in pending_year:
        role = date_role(ctx, start, end)
        br = _BR.match(norm, end)
        other = None if br else _OTHER_YEAR.match(norm, end)
        if br or other:
            end = (br or other).end()  # type: ignore[union-attr]
        base = ctx.mention(start, end, EXTRACTOR, CONF_NO_YEAR, rule + "+year_inferred")
        year, anchor = _infer_year(ctx, start, m1, d1, text_year, stamps, mentions)
        if other is not None:  # the year before or after the reference date's, none without one
            year, anchor = (ctx.reference.date.year + (-1 if other["last"] else 1), ctx.reference.anchor) \
                if ctx.reference is not None else (None, anchor)
        if year is None:
            ctx.warnings.append(f"date '{base.text}' has no year and none can be inferred")
            mentions.append(DateMention(**base.model_dump(exclude={"confidence"}), confidence=0.5,
                                        partial=f"--{m1:02d}-{d1:02d}", partial_end=f"--{m2:02d}-{d2:02d}", role=role))
            continue
        y2 = year + 1 if m2 < m1 else year
        date_start, date_end = iso_date(year, m1, d1), iso_date(y2, m2, d2)
        if date_start is None or date_end is None:
            continue
        mentions.append(DateMention(**base.model_dump(exclude={"confidence"}), confidence=CONF_NO_YEAR,
                                    date_start=date_start, date_end=date_end, role=role,
                                    year_inferred=True, anchor=anchor))  # type: ignore[arg-type]
    mentions.extend(month_weekdays(ctx, _coverage(mentions)))
    mentions.extend(this_month_days(ctx, _coverage(mentions)))  # before the weekdays: "w sobotę 9 bm." is one day
    taken = _coverage(mentions)
    mentions.extend(reference_relative(ctx, taken))
    mentions.extend(week_relative(ctx, taken))
    mentions.extend(previous_relative(ctx, mentions, _coverage(mentions)))
    mentions.extend(_event_days(ctx))
    for m in mentions:
        m.in_furniture = ctx.furniture_at(m.start) is not None
    mentions.sort(key=lambda m: m.start)
    return join_listed(ctx, join_bounded(ctx, mentions))


def _event_days(ctx: Context) -> list[DateMention]:
    out = []
    for m in _EVENT_DAY.finditer(ctx.norm) if _EVENT_DAY_HINT.search(ctx.norm) else ():
        word = m["ord"].lower()
        number = next((ORDINAL_LEMMAS[a.lemma] for a in analyse(word) if a.lemma in ORDINAL_LEMMAS), None)
        if number is None:
            continue
        out.append(DateMention(
            **ctx.mention_fields(m.start(), m.end(), EXTRACTOR, CONF_EVENT_DAY, "event_day"),
            role="event", event_day=number,
        ))
    return out
