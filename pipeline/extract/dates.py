"""Date mentions: numeric, ISO, month words in any case, Roman months, ranges.

Every pattern is linear (no nested quantifiers), month words are resolved through
morfeusz2 lemmas, and each mention gets a `role` from its context so that legal
acts, project periods, publication stamps and file-name timestamps never become
the event's date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import lru_cache

from pipeline.extract.relative_dates import is_past, previous_relative, reference_relative
from pipeline.models import DateMention
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

EXTRACTOR = "extract.dates"

MONTH_LEMMAS = {
    "styczeń": 1, "luty": 2, "marzec": 3, "kwiecień": 4, "maj": 5, "czerwiec": 6, "lipiec": 7,
    "sierpień": 8, "wrzesień": 9, "październik": 10, "listopad": 11, "grudzień": 12,
}
MONTH_ABBREVIATIONS = {
    "sty": 1, "styc": 1, "lut": 2, "mar": 3, "marc": 3, "kwi": 4, "kwiec": 4, "maj": 5,
    "cze": 6, "czer": 6, "czerw": 6, "lip": 7, "sie": 8, "sierp": 8, "wrz": 9, "wrzes": 9,
    "wrześ": 9, "paź": 10, "paz": 10, "paźdz": 10, "pazdz": 10, "lis": 11, "list": 11,
    "listop": 11, "gru": 12, "grud": 12,
}
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
         "X": 10, "XI": 11, "XII": 12}
ORDINAL_LEMMAS = {"pierwszy": 1, "drugi": 2, "trzeci": 3, "czwarty": 4, "piąty": 5,
                  "ostatni": -1}

# Base confidences of the named patterns (presidio style): a stated year is surer.
CONF_NUMERIC = 0.95
CONF_ISO = 0.9
CONF_WORD_MONTH = 0.93
CONF_NO_YEAR = 0.75
CONF_EVENT_DAY = 0.7

_D = r"(?:0?[1-9]|[12]\d|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_ROM = r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
_Y = r"(?:1[89]\d\d|20\d\d)"
_WORD = r"[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż]{3,12}\.?"
_DASH = r"\s*-\s*"
_YEAR_TAIL = r"(?:\s*(?:r\.|roku\b|r\b))?"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # 2019-05-21 (and file-name timestamps, told apart by role)
    ("iso", re.compile(rf"(?<![\d.])(?P<y1>{_Y})-(?P<m1>{_M})-(?P<d1>{_D})(?![\d])")),
    # 28.12.2015 - 2.01.2016, od 01.01.2019 do 31.12.2020
    ("numeric_range_years", re.compile(
        rf"(?<![\d.])(?P<d1>{_D})(?P<s>[./])(?P<m1>{_M})(?P=s)(?P<y1>{_Y}){_YEAR_TAIL}(?:{_DASH}|\s+do\s+)"
        rf"(?P<d2>{_D})[./](?P<m2>{_M})[./](?P<y2>{_Y})(?![\d]){_YEAR_TAIL}")),
    # 29.09 - 1.10.2018
    ("numeric_range_months", re.compile(
        rf"(?<![\d.])(?P<d1>{_D})[./](?P<m1>{_M})\.?{_DASH}(?P<d2>{_D})[./](?P<m2>{_M})[./]"
        rf"(?P<y2>{_Y})(?![\d]){_YEAR_TAIL}")),
    # 25-26.02.2014 r., 25-26.XI.2014, 15-16-06.2018
    ("numeric_range_days", re.compile(
        rf"(?<![\d.])(?P<d1>{_D})\.?(?:{_DASH}|\s+(?:i|oraz)\s+)(?P<d2>{_D})[./-](?P<m2>{_M}|{_ROM})[./](?P<y2>{_Y})"
        rf"(?![\d]){_YEAR_TAIL}")),
    # 25.02.2014, 5/06/2017, 16.01.2018r., 3.XI.2017, 25-02-2014
    ("numeric", re.compile(
        rf"(?<![\d./-])(?P<d1>{_D})(?P<s>[./-])(?P<m1>{_M}|{_ROM})(?P=s)(?P<y1>{_Y}|\d\d)"
        rf"(?![\d]|[./-]\d){_YEAR_TAIL}")),
    # 24 i 25 XI 2020, 24-25 XI 2020
    ("roman_range_days", re.compile(
        rf"(?<![\d.])(?P<d1>{_D})(?:{_DASH}|\s+(?:i|oraz|do)\s+)(?P<d2>{_D})\s+(?P<m2>{_ROM})\s+(?P<y2>{_Y})"
        rf"(?![\d]){_YEAR_TAIL}")),
    # 1 VI 2016
    ("roman_spaced", re.compile(
        rf"(?<![\d.])(?P<d1>{_D})\s+(?P<m1>{_ROM})\s+(?P<y1>{_Y})(?![\d]){_YEAR_TAIL}")),
    # 29 września - 1 października 2018
    ("word_range_months", re.compile(
        rf"(?<![\d.])(?P<d1>{_D})\.?[^\S\n]+(?P<w1>{_WORD})(?:{_DASH}|\s+do\s+)(?P<d2>{_D})\.?[^\S\n]+(?P<w2>{_WORD})"
        rf"(?:[^\S\n]+(?P<y2>{_Y}))?(?![\d]){_YEAR_TAIL}")),
    # od 10 do 12 kwietnia, między 3 a 5 lipca, 30 i 31 maja, 12-14 października, 05-06. września
    ("word_range_days", re.compile(
        rf"(?:(?P<lead>\b(?:[Oo]d|[Mm]iędzy|[Pp]omiędzy)\s+))?(?<![\d.])(?P<d1>{_D})\.?"
        rf"(?:{_DASH}|\s*/\s*|\s+(?:do|a|i|oraz)\s+)(?P<d2>{_D})\.?[^\S\n]+(?P<w2>{_WORD})"
        rf"(?:[^\S\n]+(?P<y2>{_Y}))?(?![\d]){_YEAR_TAIL}")),
    # 5 grudnia 2019 r., 3 marca, 5 lut. 2019
    ("word", re.compile(
        rf"(?<![\d.,])(?P<d1>{_D})\.?[^\S\n]+(?P<w1>{_WORD})(?:[^\S\n]+(?P<y1>{_Y}))?(?![\d]){_YEAR_TAIL}")),
    # year-less numeric forms, checked against times and amounts before use: 4-5.05, 4.05, 12.XI
    ("numeric_range_days_no_year", re.compile(
        rf"(?<![\d.,:/-])(?P<d1>{_D})\.?{_DASH}(?P<d2>{_D})\.(?P<m2>0[1-9]|1[0-2]|{_ROM})\.?(?![\d]|[.,:]\d)")),
    ("numeric_no_year", re.compile(
        rf"(?<![\d.,:/-])(?P<d1>{_D})\.(?P<m1>0[1-9]|1[0-2]|{_ROM})\.?(?![\d]|[.,:/-]\d)")),
]
#: left and right context that makes "10.30" a time or an amount rather than a day and month
_TIME_LEFT = re.compile(r"(?<!\w)(?:godz\.?|godzin\w*|o|od|do|ok\.?|około|między|\d\s*[-–]|nr|str\.?|s\.|pkt\.?|"
                        r"art\.?|poz\.?|wersj\w*|v|ust\.?|§)\s*$", re.IGNORECASE)
_TIME_RIGHT = re.compile(r"^\s*(?:[-–]\s*\d|do\s+\d|h\b|godz|min|zł|pln|proc|%|km|mln|tys|kg|ha\b|m2|m²|"
                         r"punkt|pkt|mb\b|gb\b|eur|€|\$)", re.IGNORECASE)

_EVENT_DAY = re.compile(
    r"\b(?:(?:w|we|podczas|od)\s+)?(?P<ord>[a-ząćęłńóśźż]{5,11})\s+(?:dniu|dnia|dzień)\b",
    re.IGNORECASE,
)
_YEAR_RANGE = re.compile(rf"\b(?:w\s+)?lat(?:ach|a)?\s+(?P<y1>{_Y})\s*-\s*(?P<y2>{_Y})\b")
_STANDALONE_YEAR = re.compile(rf"(?<![\d./-]){_Y}(?![\d./-])")
_BR = re.compile(r"\s*(?:br\.|b\.r\.|bieżącego roku|tego roku)")

_LEGAL = re.compile(
    r"(ustaw|rozporządz|uchwał|zarządzeni|dz\.\s?u|dziennik\w* ustaw|obwieszcz|decyzj|"
    r"kodeks|dyrektyw|porozumieni\w* nr|umow\w* nr)[^.\n]{0,45}$", re.IGNORECASE)
_PROJECT = re.compile(
    r"(okres\w* realizacji|realizacj\w* projektu|projekt\w*[^.\n]{0,30}(realizowan|trwa)|"
    r"czas trwania|okres\w* (?:trwania|obowiązywania))[^.\n]{0,40}$", re.IGNORECASE)
_PUBLICATION = re.compile(
    r"(opublikowan\w*|data publikacji|data dodania|dodan[oy]|utworzon[oy]|aktualizacj\w*|"
    r"zmodyfikowan\w*|posted|published|wpis z dnia|autor:?[^\n]{0,30})\s*:?\s*(?:dnia\s+)?$",
    re.IGNORECASE)
_STREET = re.compile(r"\b(ul|al|pl|os|ulica|ulicy|ulicę|alei|aleja|placu|plac|osiedle|rondo)\.?\s*$",
                     re.IGNORECASE)
_DEADLINE = re.compile(r"(termin\w*\s+(?:zgłosze|nadsyłani|składani|przyjmowani|nabor)\w*|zgłosze\w*|nabór|naboru|"
                       r"do dnia|najpóźniej|przyjmujemy)"
                       r"[^.\n]{0,30}$", re.IGNORECASE)
_FILE_LEFT = re.compile(r"(img|dsc|foto|photo|zdj|pic|p)[_-]?\w*$|[_/\\]$", re.IGNORECASE)
_FILE_RIGHT = re.compile(r"^(?:[_ ]\d{1,2}[.:_]\d{2}(?:[.:_]\d{2})?|[_.](?:jpe?g|png|gif|pdf|docx?))",
                         re.IGNORECASE)
_LEAD_IN = re.compile(r"\b(w\s+dniu|w\s+dniach|dnia|dn\.|w\s+terminie|odbył\w*\s+się|"
                      r"w\s+(?:poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę)|"
                      r"poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela)\W{0,3}$",
                      re.IGNORECASE)


@lru_cache(maxsize=4096)
def month_number(word: str) -> int | None:
    """Month of a word in any case ('lutego', 'luty', 'lutym'), abbreviated ('lut.') or Roman."""
    if word in ROMAN:
        return ROMAN[word]
    bare = word.rstrip(".").lower()
    if word.endswith(".") or len(bare) <= 5:
        if bare in MONTH_ABBREVIATIONS:
            return MONTH_ABBREVIATIONS[bare]
    for a in analyse(bare):
        if a.lemma in MONTH_LEMMAS and a.pos == "subst":
            return MONTH_LEMMAS[a.lemma]
    return None


def _month(value: str | None) -> int | None:
    if value is None:
        return None
    if value.isdigit():
        return int(value)
    return month_number(value)


def _year(value: str | None) -> int | None:
    if value is None:
        return None
    year = int(value)
    return year + 2000 if year < 100 else year


def _iso(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


#: furniture kind -> the role its dates get (docs/annotation.md)
FURNITURE_ROLES = {"publication_date": "publication", "byline": "publication", "crawl_header": "timestamp",
                   "calendar": "timestamp", "caption": "timestamp", "menu": "timestamp"}


def _role(ctx: Context, start: int, end: int) -> str:
    furniture = ctx.furniture_at(start)
    if furniture is not None:
        return FURNITURE_ROLES[furniture]
    left = ctx.left(start, 90)
    right = ctx.right(end, 12)
    if _FILE_LEFT.search(left[-12:]) or _FILE_RIGHT.match(right):
        return "timestamp"
    if _LEGAL.search(left):
        return "legal_act"
    if _PROJECT.search(left):
        return "project_period"
    if _PUBLICATION.search(left[-40:]):
        return "publication"
    if _DEADLINE.search(left[-45:]):
        return "other"
    return "event"


#: Patterns whose match may begin before its first digit, at its optional lead ("od 10 do 12 kwietnia").
_MAY_START_BEFORE_DIGITS = frozenset({"word_range_days"})
_DIGIT_RUN = re.compile(r"(?<!\d)\d")
_LEAD_START = re.compile(r"\b(?=(?:[Oo]d|[Mm]iędzy|[Pp]omiędzy)\s+\d)")


def _raw_matches(norm: str) -> list[tuple[int, int, str, dict[str, str | None]]]:
    """Non-overlapping matches, earlier and longer first."""
    found = []
    # every pattern begins with "not after a digit" and a digit, "word_range_days" perhaps with "od"/"między"
    # before it: try the patterns only at those offsets, as `finditer` would find them (left to right, each
    # search after the end of the last match)
    starts = [m.start() for m in _DIGIT_RUN.finditer(norm)]
    if not starts:
        return []
    lead_starts: list[int] | None = None
    for rule, pattern in PATTERNS:
        offsets = starts
        if rule in _MAY_START_BEFORE_DIGITS:
            if lead_starts is None:
                lead_starts = sorted({*starts, *(m.start() for m in _LEAD_START.finditer(norm))})
            offsets = lead_starts
        last_end = -1
        match = pattern.match
        for p in offsets:
            if p < last_end:
                continue
            m = match(norm, p)
            if m is not None:
                found.append((m.start(), m.end(), rule, m.groupdict()))
                last_end = m.end()
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    chosen: list[tuple[int, int, str, dict[str, str | None]]] = []
    last_end = -1
    for item in found:
        if item[0] >= last_end:
            chosen.append(item)
            last_end = item[1]
    return chosen


def _text_year(ctx: Context, mentions: list[DateMention]) -> int | None:
    """The year the report's own body states: its full event dates (the most frequent year)."""
    years = [int(m.date_start[:4]) for m in mentions if m.role == "event" and m.date_start and not m.in_furniture]
    return Counter(years).most_common(1)[0][0] if years else None


#: a full date this close before a year-less one lends it its year ("12.03.2018 … a 14 marca …")
NEAR_CHARS = 300


def _near_year(mentions: list[DateMention], start: int) -> int | None:
    before = [m for m in mentions if m.role == "event" and m.date_start and not m.in_furniture
              and 0 <= start - m.end <= NEAR_CHARS and not m.year_inferred]
    return int(before[-1].date_start[:4]) if before else None  # type: ignore[index]


def _infer_year(
    ctx: Context, start: int, month: int, day: int, text_year: int | None, stamps: list[DateMention],
    mentions: list[DateMention],
) -> tuple[int | None, str]:
    """Year of a year-less date, and its anchor.

    A full date just before it in the body first ("12.03.2018 … a 14 marca"); then the
    reference date, where a past-tense report's month-day after the reference date
    belongs to the year before (a report published in January about "14 grudnia"); then
    the body's full dates anywhere, the stamps the text shows, a year in the title.
    """
    near = _near_year(mentions, start)
    if near is not None:
        return near, "text"
    ref = ctx.reference
    if ref is not None:
        year = ref.date.year
        later = (month, day) > (ref.date.month, ref.date.day) if ref.precision == "day" else month > ref.date.month
        if later and is_past(ctx, start):
            year -= 1  # "14 grudnia odbyła się wigilia" in a page of 10 January
        return year, ref.anchor
    if text_year is not None:
        return text_year, "text"
    if stamps:
        order = {"publication": 0, "timestamp": 1, "other": 2}
        stamp = min(stamps, key=lambda m: (order[m.role], m.start))
        return int(stamp.date_start[:4]), "publication" if stamp.role == "publication" else "text"  # type: ignore[index]
    title = ctx.norm[:300].strip().split("\n", 1)[0]
    years = [int(y) for y in _STANDALONE_YEAR.findall(title)]
    return (years[0], "text") if years else (None, "text")


def _coverage(mentions: list[DateMention]):
    """A predicate: does [start, end) overlap a date mention already found?"""
    spans = sorted((m.start, m.end) for m in mentions)

    def taken(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in spans)
    return taken


def extract_dates(ctx: Context) -> list[DateMention]:
    norm = ctx.norm
    mentions: list[DateMention] = []
    pending_year: list[tuple[int, int, str, int, int, int, int, float]] = []
    for start, end, rule, g in _raw_matches(norm):
        if rule == "word" and _STREET.search(ctx.left(start, 12)):
            continue  # "ul. 3 Maja": a street, not a date
        if rule.endswith("_no_year") and (_TIME_LEFT.search(ctx.left(start, 14))
                                          or _TIME_RIGHT.match(ctx.right(end, 12))):
            continue  # "o 10.30", "2.50 zł", "10.05-12.00": a time or an amount
        m1 = _month(g.get("m1") or g.get("w1"))
        m2 = _month(g.get("m2") or g.get("w2"))
        if rule.startswith("word") and (m2 if rule == "word_range_days" else m1) is None:
            continue  # the word is not a month: "5 osób"
        if rule == "word_range_months" and (m1 is None or m2 is None):
            continue
        d1 = int(g["d1"]) if g.get("d1") else None
        d2 = int(g["d2"]) if g.get("d2") else None
        y1, y2 = _year(g.get("y1")), _year(g.get("y2"))
        if rule in ("word_range_days", "numeric_range_days", "numeric_range_days_no_year", "roman_range_days"):
            m1 = m2
        if m2 is None:
            m2, d2 = m1, d1
        if y1 is None:
            y1 = y2
        if y2 is None:
            y2 = y1
        if m1 is None or d1 is None or d2 is None:
            continue
        if rule == "numeric_range_months" and y1 is not None and m1 > m2:
            y1 -= 1  # 28.12 - 2.01.2016
        role = _role(ctx, start, end)
        if rule == "numeric" and g.get("y1") and len(g["y1"]) == 2 and g.get("s") == "-":
            continue  # "12-05-19" is too often a code; ISO and dotted forms suffice
        lead = g.get("lead")
        mstart = start + (len(lead) if lead else 0) if rule != "word_range_days" else start
        conf = CONF_ISO if rule == "iso" else CONF_WORD_MONTH if rule.startswith("word") else CONF_NUMERIC
        if y1 is None:
            pending_year.append((mstart, end, rule, d1, m1, d2, m2, conf))
            continue
        date_start, date_end = _iso(y1, m1, d1), _iso(y2, m2, d2)
        if date_start is None or date_end is None or date_end < date_start:
            continue
        mentions.append(DateMention(
            **ctx.mention(mstart, end, EXTRACTOR, conf, rule).model_dump(),
            date_start=date_start, date_end=date_end, role=role,
        ))
    for m in _YEAR_RANGE.finditer(norm):
        y1, y2 = int(m["y1"]), int(m["y2"])
        if y2 >= y1:
            mentions.append(DateMention(
                **ctx.mention(m.start(), m.end(), EXTRACTOR, 0.8, "year_range").model_dump(),
                date_start=f"{y1}-01-01", date_end=f"{y2}-12-31", role="project_period",
            ))
    text_year = _text_year(ctx, mentions)
    stamps = [m for m in mentions if m.role in ("publication", "timestamp", "other") and m.date_start]
    for start, end, rule, d1, m1, d2, m2, _conf in pending_year:
        role = _role(ctx, start, end)
        br = _BR.match(norm, end)
        if br:
            end = br.end()
        base = ctx.mention(start, end, EXTRACTOR, CONF_NO_YEAR, rule + "+year_inferred")
        year, anchor = _infer_year(ctx, start, m1, d1, text_year, stamps, mentions)
        if year is None:
            ctx.warnings.append(f"date '{base.text}' has no year and none can be inferred")
            mentions.append(DateMention(**base.model_dump(exclude={"confidence"}), confidence=0.5,
                                        partial=f"--{m1:02d}-{d1:02d}", partial_end=f"--{m2:02d}-{d2:02d}", role=role))
            continue
        y2 = year + 1 if m2 < m1 else year
        date_start, date_end = _iso(year, m1, d1), _iso(y2, m2, d2)
        if date_start is None or date_end is None:
            continue
        mentions.append(DateMention(**base.model_dump(exclude={"confidence"}), confidence=CONF_NO_YEAR,
                                    date_start=date_start, date_end=date_end, role=role,
                                    year_inferred=True, anchor=anchor))  # type: ignore[arg-type]
    taken = _coverage(mentions)
    mentions.extend(reference_relative(ctx, taken))
    mentions.extend(previous_relative(ctx, mentions, _coverage(mentions)))
    mentions.extend(_event_days(ctx))
    for m in mentions:
        m.in_furniture = ctx.furniture_at(m.start) is not None
    mentions.sort(key=lambda m: m.start)
    return mentions


def _event_days(ctx: Context) -> list[DateMention]:
    out = []
    for m in _EVENT_DAY.finditer(ctx.norm):
        word = m["ord"].lower()
        number = next((ORDINAL_LEMMAS[a.lemma] for a in analyse(word) if a.lemma in ORDINAL_LEMMAS), None)
        if number is None:
            continue
        out.append(DateMention(
            **ctx.mention(m.start(), m.end(), EXTRACTOR, CONF_EVENT_DAY, "event_day").model_dump(),
            role="event", event_day=number,
        ))
    return out


def has_lead_in(ctx: Context, mention: DateMention) -> bool:
    return bool(_LEAD_IN.search(ctx.left(mention.start, 40)))
