"""Date patterns: numeric, ISO, month words in any case, Roman months, ranges, and their parsing.

Every pattern is linear (no nested quantifiers) and begins at a digit (or at the "od"/"między" of a
range); month words are resolved through morfeusz2 lemmas.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from pipeline.text.morphology import analyse

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

D = r"(?:0?[1-9]|[12]\d|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_ROM = r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
Y = r"(?:1[89]\d\d|20\d\d)"
_WORD = r"[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż]{3,12}\.?"
_DASH = r"\s*-\s*"
_YEAR_TAIL = r"(?:\s*(?:r\.|roku\b|r\b))?"
#: a year, or one abbreviated behind an apostrophe ("14 maja '16")
_YA = rf"(?:{Y}|['’]\d\d)"
#: what may follow a day before its month word: a dot, or an ordinal ending ("1-go czerwca", "3-ciego maja",
#: "14-tego marca", "20-stego", "7-mego", "8-smego")
_DSUF = r"(?:\.|-?(?:go|ego|szego|giego|ciego|tego|stego|mego|dmego|smego)\b)?"

#: a weekday in the genitive after "do" in a range ("do piątku 16 lutego"), and one in brackets after a date
_WEEKDAY_GEN = r"(?:poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli)"
_WEEKDAY_NOTE = (r"(?:[^\S\n]*\((?:poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|pon|wt|śr|czw|pt|sob|"
                 r"niedz|nd)\.?\))?")

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # 2019-05-21, 2019.05.21, 2019/05/21 (and file-name timestamps, told apart by role)
    ("iso", re.compile(rf"(?<![\d.])(?P<y1>{Y})(?P<s>[-./])(?P<m1>{_M})(?P=s)(?P<d1>{D})(?![\d]|\.\d)")),
    # 28.12.2015 - 2.01.2016, od 01.01.2019 do 31.12.2020, od 13.IX.2019 r. do 14.IX.2019 r.
    ("numeric_range_years", re.compile(
        rf"(?<![\d.])(?P<d1>{D})(?P<s>[./])(?P<m1>{_M}|{_ROM})(?P=s)(?P<y1>{Y}){_YEAR_TAIL}(?:{_DASH}|\s+do\s+)"
        rf"(?P<d2>{D})[./](?P<m2>{_M}|{_ROM})[./](?P<y2>{Y})(?![\d]){_YEAR_TAIL}")),
    # 29.09 - 1.10.2018, od 12.03 do 14.03.2019
    ("numeric_range_months", re.compile(
        rf"(?<![\d.])(?P<d1>{D})[./](?P<m1>{_M})\.?(?:{_DASH}|\s+do\s+)(?P<d2>{D})[./](?P<m2>{_M})[./]"
        rf"(?P<y2>{Y})(?![\d]){_YEAR_TAIL}")),
    # 25-26.02.2014 r., 25-26.XI.2014, 15-16-06.2018, 14/15.05.2016, od 12 do 14.05.2016
    ("numeric_range_days", re.compile(
        rf"(?<![\d.])(?P<d1>{D})\.?(?:{_DASH}|\s*/\s*|\s+(?:i|oraz|do)\s+)(?P<d2>{D})[./-](?P<m2>{_M}|{_ROM})[./](?P<y2>{_YA})"
        rf"(?![\d]){_YEAR_TAIL}")),
    # 25.02.2014, 5/06/2017, 16.01.2018r., 3.XI.2017, 25-02-2014, 14.05.'16
    ("numeric", re.compile(
        rf"(?<![\d./-])(?P<d1>{D})(?P<s>[./-])(?P<m1>{_M}|{_ROM})(?P=s)(?P<y1>{Y}|['’]?\d\d)"
        rf"(?![\d]|[./-]\d){_YEAR_TAIL}")),
    # 29 VI - 1 VII 2018, 30.XI - 2.XII.2018: Roman months on both sides
    ("roman_range_months", re.compile(
        rf"(?<![\d.])(?P<d1>{D})(?:\s+|\.)(?P<m1>{_ROM})\.?(?:{_DASH}|\s+do\s+)(?P<d2>{D})(?:\s+|\.)(?P<m2>{_ROM})"
        rf"(?:\s+|\.)(?P<y2>{Y})(?![\d]){_YEAR_TAIL}")),
    # 24 i 25 XI 2020, 24-25 XI 2020
    ("roman_range_days", re.compile(
        rf"(?<![\d.])(?P<d1>{D})(?:{_DASH}|\s+(?:i|oraz|do)\s+)(?P<d2>{D})\s+(?P<m2>{_ROM})\s+(?P<y2>{Y})"
        rf"(?![\d]){_YEAR_TAIL}")),
    # 1 VI 2016
    ("roman_spaced", re.compile(
        rf"(?<![\d.])(?P<d1>{D})\s+(?P<m1>{_ROM})\s+(?P<y1>{Y})(?![\d]){_YEAR_TAIL}")),
    # 29 września - 1 października 2018, od 12 marca 2019 do 14 marca 2019, od poniedziałku 12 lutego do piątku 16
    # lutego, 12 lutego (poniedziałek) - 16 lutego (piątek)
    ("word_range_months", re.compile(
        rf"(?<![\d.])(?P<d1>{D}){_DSUF}(?P<g1>[^\S\n]*)(?P<w1>{_WORD})(?:[^\S\n]+(?P<y1>{_YA}))?{_WEEKDAY_NOTE}"
        rf"(?:{_DASH}|\s+do\s+(?:{_WEEKDAY_GEN}\s+)?)"
        rf"(?P<d2>{D}){_DSUF}(?P<g2>[^\S\n]*)(?P<w2>{_WORD})"
        rf"(?:[^\S\n]+(?P<y2>{_YA}))?(?![\d]){_YEAR_TAIL}")),
    # od 10 do 12 kwietnia, między 3 a 5 lipca, 30 i 31 maja, 12-14 października, 05-06. września, 15-go i 16-go maja
    ("word_range_days", re.compile(
        rf"(?:(?P<lead>\b(?:[Oo]d|[Mm]iędzy|[Pp]omiędzy)\s+))?(?<![\d.])(?P<d1>{D}){_DSUF}"
        rf"(?:{_DASH}|\s*/\s*|,(?=\d)|\s+(?:do|a|i|oraz)\s+)(?P<d2>{D}){_DSUF}(?P<g2>[^\S\n]*)(?P<w2>{_WORD})"
        rf"(?:[^\S\n]+(?P<y2>{_YA}))?(?![\d]){_YEAR_TAIL}")),  # also "12,13 maja": two days, no decimal before a month
    # 5 grudnia 2019 r., 3 marca, 5 lut. 2019, 1-go czerwca
    ("word", re.compile(
        rf"(?<![\d.,])(?P<d1>{D}){_DSUF}(?P<g1>[^\S\n]*)(?P<w1>{_WORD})(?:[^\S\n]+(?P<y1>{_YA}))?(?![\d]){_YEAR_TAIL}")),
    # year-less numeric forms, checked against times and amounts before use: 28.02-1.03, 4-5.05, 13. i 14.11., 4.05,
    # 12.XI
    ("numeric_range_months_no_year", re.compile(
        rf"(?<![\d.,:/-])(?P<d1>{D})\.(?P<m1>0[1-9]|1[0-2]|{_ROM})\.?(?:{_DASH}|\s+do\s+)(?P<d2>{D})\.(?P<m2>0?[1-9]|1[0-2]|{_ROM})"
        rf"\.?(?![\d]|[.,:]\d)")),
    ("numeric_range_days_no_year", re.compile(
        rf"(?<![\d.,:/-])(?P<d1>{D})\.?(?:{_DASH}|\s*/\s*|\s+(?:i|oraz|do)\s+)(?P<d2>{D})\.(?P<m2>0[1-9]|1[0-2]|{_ROM})"
        rf"\.?(?![\d]|[.,:]\d)")),
    # 15 - 16 V, 3 i 4 XI: days of a Roman month without a year
    ("roman_range_days_no_year", re.compile(
        rf"(?<![\d.,:/-])(?P<d1>{D})(?:{_DASH}|\s+(?:i|oraz|do)\s+)(?P<d2>{D})\s+(?P<m2>{_ROM})(?<!\sI)(?![\w.-])"
        rf"(?!\s+[A-ZĄĆĘŁŃÓŚŹŻ0-9])")),
    # 10 XI, 3 V br.: a Roman month spaced from its day, followed by no name ("3 II Liceum" is a school); a lone "I"
    # after a number is too often an ordinal or a team ("zespół 2 I")
    ("roman_spaced_no_year", re.compile(
        rf"(?<![\d.,:/-])(?P<d1>{D})\s+(?P<m1>{_ROM})(?<!\sI)(?![\w.-])(?!\s+[A-ZĄĆĘŁŃÓŚŹŻ0-9])")),
    ("numeric_no_year", re.compile(
        rf"(?<![\d.,:/-])(?P<d1>{D})\.(?P<m1>0[1-9]|1[0-2]|{_ROM})\.?(?![\d]|[.,:/-]\d)")),
]
#: left and right context that makes "10.30" a time or an amount rather than a day and month
TIME_LEFT = re.compile(r"(?<!\w)(?:godz\.?|godzin\w*|o|od|do|ok\.?|około|między|\d\s*[-–]|nr|str\.?|s\.|pkt\.?|"
                        r"art\.?|poz\.?|wersj\w*|v|ust\.?|§)\s*$", re.IGNORECASE)
TIME_RIGHT = re.compile(r"^\s*(?:[-–]\s*\d|do\s+\d|h\b|godz|min|zł|pln|proc|%|km|mln|tys|kg|ha\b|m2|m²|"
                         r"punkt|pkt|mb\b|gb\b|eur|€|\$)", re.IGNORECASE)


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


def parse_month(value: str | None) -> int | None:
    if value is None:
        return None
    if value.isdigit():
        return int(value)
    return month_number(value)


def parse_year(value: str | None) -> int | None:
    if value is None:
        return None
    year = int(value.lstrip("'’"))
    return year + 2000 if year < 100 else year


def iso_date(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


#: Patterns whose match may begin before its first digit, at its optional lead ("od 10 do 12 kwietnia").
_MAY_START_BEFORE_DIGITS = frozenset({"word_range_days"})
_DIGIT_RUN = re.compile(r"\d(?<!\d\d)")  # a digit not after a digit; the digit first: a 3x faster scan
_LEAD_START = re.compile(r"\b(?=(?:[Oo]d|[Mm]iędzy|[Pp]omiędzy)\s+\d)")


#: ranges whose month words must be months, or the shorter date inside them is lost ("12 marca 2019 - 30 osób")
_WORD_RANGES = frozenset({"word_range_months", "word_range_days"})


def _months_named(m: re.Match[str]) -> bool:
    return all(month_number(w) is not None for w in (m.groupdict().get("w1"), m["w2"]) if w is not None)


def _glued_month(word: str) -> bool:
    """A word written with no space after its day number ("8grudnia", a typing slip) is a month only when
    spelt out in full: the dictionary reads it as a month's noun, not as an abbreviation ("5mar" is no date)."""
    bare = word.rstrip(".").lower()
    return not word.endswith(".") and bare not in MONTH_ABBREVIATIONS and any(
        a.lemma in MONTH_LEMMAS and a.pos == "subst" for a in analyse(bare))


def _spaced_or_full(m: re.Match[str]) -> bool:
    """Every month word glued to its day number is a full month name."""
    g = m.groupdict()
    return all(g.get(gap) != "" or g.get(word) is None or _glued_month(g[word])
               for gap, word in (("g1", "w1"), ("g2", "w2")))


def raw_matches(norm: str) -> list[tuple[int, int, str, dict[str, str | None]]]:
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
            if m is not None and (rule not in _WORD_RANGES or _months_named(m)) and _spaced_or_full(m):
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
