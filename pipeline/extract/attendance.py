"""Attendance figures: totals, women/men splits in every common notation, approximations.

A figure is a number (digits, or numerals in any case and gender resolved through
morfeusz2: "trzydziestu sześciu") followed by a noun denoting people (lemma
"osoba", any personal-masculine noun, or a small set of feminine/neuter person
nouns), or directly by a split "(K: 18, M: 9)". Its `role` comes from the
governing context so that employees, project targets and capacities are kept
apart from the event's own attendance.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.extract.attendance_nouns import (
    gender_of,
    is_person_noun,
    noun_past_participle,
    one_numeral_two_nouns,
    plain_person_noun,
)
from pipeline.extract.attendance_roles import figure_role as _role
from pipeline.extract.attendance_turnout import with_turnout
from pipeline.extract.attendance_words import GROUPED as _GROUPED
from pipeline.extract.attendance_words import TOOK_PART, adjective_comma, numeral_value
from pipeline.extract.attendance_words import WE_COUNTED as _WE_COUNTED
from pipeline.extract.attendance_words import WRITTEN as _WRITTEN
from pipeline.extract.attendance_words import counterpart_gender as _counterpart_gender
from pipeline.extract.attendance_words import counterparts as _counterparts
from pipeline.extract.attendance_words import written_number as _written_number
from pipeline.extract.date_patterns import MONTH_LEMMAS
from pipeline.models import AttendanceMention
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

EXTRACTOR = "extract.attendance"

CONF_SPLIT = 0.95
CONF_TOTAL = 0.85
CONF_WORDS = 0.8
CONF_VAGUE = 0.5

#: The rule of "25-osobowa grupa": one group and its size, which names the people who took part by itself.
GROUP_SIZE_RULE = "group_size"

APPROX_WORDS = ("ponad", "około", "ok.", "blisko", "prawie", "niemal", "przeszło", "niespełna",
                "ok", "niemalże", "mniej więcej", "co najmniej", "przynajmniej", "z górą")

_SPLIT_AFTER = re.compile(
    r"""\s*[(,]?\s*(?:w\s+tym:?\s*|z\s+czego\s+|tj\.\s*)?
    (?:
      (?P<kw>[Kk]obiet\w*|[Pp]anie|K|k)\s*[:=-]?\s*(?P<kn>\d{1,4})\s*[,;/i]?\s*
      (?:(?P<mw>[Mm]ężczy[zź]\w*|[Pp]anowie|M|m)\s*[:=-]?\s*(?P<mn>\d{1,4}))?
     |(?P<n1>\d{1,4})\s*(?P<g1>K|M|k|m|kobiet\w*|mężczyzn\w*|pań|pani|panów|panie|panowie|dziewcz\w*|chłop\w*)\b\.?
      (?:\s*(?:[,;/]|i|oraz)\s*(?P<n2>\d{1,4})\s*(?P<g2>K|M|k|m|kobiet\w*|mężczyzn\w*|pań|pani|panów|panie|panowie|dziewcz\w*|chłop\w*)\b\.?)?
    )\s*\)?""",
    re.VERBOSE,
)
_GROUP_LEFT = re.compile(r"(?:^|[,;:\n]\s*|\s)(?P<g>[A-ZĄĆĘŁŃÓŚŹŻ][\wąćęłńóśźż-]*(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\wąćęłńóśźż-]*){0,2})\s*[-:]\s*$")
_DIGITS = re.compile(r"^\d{1,5}$")


#: "... i 7 druhen", "..., 3 mężczyzn": a second number with its noun after a counted noun.
_COUNTED_AFTER_AND = re.compile(r"\s*(?:i|oraz|,)\s*(\d{1,4}|[a-ząćęłńóśźż]+)\s+(\w+)")
#: Where a counted group came from, between it and the next group: "z Koła Gospodyń Wiejskich", "z OSP".
_ORIGIN_AFTER = re.compile(r"\s+(?:z|ze)\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*|[\"„][^\"„”\n]{1,40}[\"”])){0,5}")
def _read_number(doc: Doc, i: int) -> tuple[int | None, bool, int] | None:
    """(value, vague, index after) for digits or a run of numeral words starting at token i."""
    tok = doc[i]
    written = _written_number(tok.text)
    if written is not None:
        after = doc[i + 1] if i + 1 < len(doc) else None
        if after is not None and after.text.lower() in _THOUSANDS:
            return round(written * 1000), False, i + 2  # "3 tys.", "2,5 tys. osób", "1,5 tysiąca"
        if written != int(written):
            return None  # "2,5" alone is no head count
        if after is not None and _GROUPED.match(after.text) and len(tok.text) <= 3 and tok.text[:1] != "0" \
                and after.idx == tok.idx + len(tok.text) + 1 and _DIGITS.match(tok.text):
            return int(tok.text) * 1000 + int(after.text), False, i + 2  # "1 200 osób": thousands set apart
        if _case_ending(doc[i + 1].text if i + 1 < len(doc) else "", doc[i + 2].text if i + 2 < len(doc) else ""):
            return int(written), False, i + 3  # "60-ciu mieszkańców"
        return int(written), False, i + 1
    value, vague, j, seen = 0, False, i, False
    while j < len(doc):
        word = doc[j].text.lower()
        if seen and word in _THOUSANDS:
            value = max(value, 1) * 1000  # "dwa tysiące", "pięć tysięcy"
            j += 1
            continue
        is_num, val = numeral_value(doc[j].text)
        if not is_num:
            break
        seen = True
        if val is None:
            vague = True
        elif val == 1000:
            value = max(value, 1) * 1000  # "tysiąc", "dwa tysiąc..." spelled as one numeral
        else:
            value += val
        j += 1
    if not seen:
        return None
    return (None if vague else value), vague, j


_THOUSANDS = frozenset({"tysiące", "tysięcy", "tysiąca", "tys.", "tys"})
_FIGURE_FOLLOWERS = frozenset({"(", "k", "m", "tys.", "tys", "tysięcy", "kobiet", "mężczyzn", "pań", "panów",
                               "os.", "os", "osób", "osoby", "osoba"})


def _could_be_a_figure(texts: list[str], i: int) -> bool:
    """A cheap filter before any morphology: a number is a figure only before a noun or a split."""
    if i + 1 >= len(texts):
        return False
    nxt = texts[i + 1]
    if not _WRITTEN.match(texts[i]):
        return False
    low = nxt.lower()
    return low in _FIGURE_FOLLOWERS or nxt[:1].isalpha() or bool(_GROUPED.match(nxt)) or _case_ending(nxt, texts[i + 2] if i + 2 < len(texts) else "")


#: The case ending a numeral written in digits may carry after a hyphen ("60-ciu", "20-stu", "5-ciu", "3-ech").
_CASE_ENDING = re.compile(r"^(?:ciu|stu|tu|u|ech|ch|oro|ro|ga|mu)$")


def _case_ending(dash: str, ending: str) -> bool:
    """"60-ciu": a hyphen and a numeral's case ending after digits (not "25-osobowa", a compound)."""
    return dash in ("-", "–") and bool(_CASE_ENDING.match(ending))


def _year_after_month(texts: list[str], i: int) -> bool:
    """"18-19 marca 2015 przedstawiciele …": a year closing a date, not a count of the people after it."""
    text = texts[i]
    if len(text) != 4 or not text.isdigit() or not 1900 <= int(text) <= 2099 or i == 0:
        return False
    return any(a.lemma in MONTH_LEMMAS for a in analyse(texts[i - 1].lower()))


def _approximate(ctx: Context, start: int) -> int | None:
    left = ctx.norm[max(0, start - 14):start].lower()
    for word in APPROX_WORDS:
        if left.rstrip().endswith(word):
            return start - (len(left) - left.rstrip().rfind(word))
    return None


def extract_attendance(ctx: Context) -> list[AttendanceMention]:
    doc = ctx.light_tokens  # plain token objects (`pipeline.text.light`): text, idx, is_space, _.morf
    out: list[AttendanceMention] = []
    i = 0
    n = len(doc)
    consumed_until = -1
    texts = ctx.features.texts  # plain strings: cheap to scan
    while i < n:
        text = texts[i]
        if text[:1].isdigit() and _DIGITS.match(text) and doc[i].idx >= consumed_until:
            group = _group_size(ctx, texts, i)
            if group is not None:
                out.append(group)
                consumed_until = group.end
                i += 1
                continue
        if not (text[:1].isdigit() or numeral_value(text)[0]) or (
            text[:1].isdigit() and not _could_be_a_figure(texts, i)
        ):
            if text[:1].isdigit() and _DIGITS.match(text) and doc[i].idx >= consumed_until:  # the cheap test first
                figure = _noun_before(ctx, doc[i].idx, doc[i].idx + len(text), texts[i + 1] if i + 1 < n else "")
                if figure is not None:
                    out.append(figure)
                    consumed_until = figure.end
            i += 1
            continue
        tok = doc[i]
        if tok.idx < consumed_until or tok.is_space or _year_after_month(texts, i):
            i += 1
            continue
        number = _read_number(doc, i)
        if number is None:
            i += 1
            continue
        value, vague, j = number
        start = tok.idx
        end = doc[j - 1].idx + len(doc[j - 1].text)
        nxt = doc[j] if j < n else None  # "35 młodych liderów": up to two adjectives may stand between the number
        # and the noun, and a comma between two ("20 aktywnych, starszych osób": coordinated without a conjunction)
        k, comma = j, adjective_comma(doc, j)
        while nxt is not None and k < min(n - 1, j + 2 + comma) and not plain_person_noun(nxt) \
                and (any(a.pos == "adj" for a in nxt._.morf) and nxt.text[:1].islower() or comma and k == j + 1):
            k += 1
            nxt = doc[k]
        if nxt is not None and k > j and not is_person_noun(nxt._.morf, nxt.text):
            nxt = doc[j]
        nxt = noun_past_participle(doc, j, nxt)  # "60 tysięcy znajdujących się na stadionie kibiców"
        noun_ok = nxt is not None and is_person_noun(nxt._.morf, nxt.text)
        gender = gender_of(nxt.text) if nxt is not None else None
        if gender is None and value is not None and nxt is not None:
            # "42 druhów i 7 druhen": the m1 plural counts the men when its feminine counterpart follows with a number
            paired = _COUNTED_AFTER_AND.match(ctx.norm, nxt.idx + len(nxt.text))
            if paired and _counterparts(paired.group(2), nxt.text):
                gender = "m"
        split = _SPLIT_AFTER.match(ctx.norm, end if not noun_ok else nxt.idx + len(nxt.text))
        if split and not split.group(0).strip():
            split = None
        women = men = None
        rule = ""
        total = value
        if gender is not None and value is not None and nxt is not None and nxt.text not in ("K", "M", "k", "m"):
            # "12 kobiet i 3 mężczyzn" / "8 pań i 2 panów": no stated total
            origin = _ORIGIN_AFTER.match(ctx.norm, nxt.idx + len(nxt.text))
            other = _COUNTED_AFTER_AND.match(ctx.norm, nxt.idx + len(nxt.text)) or (
                origin and _COUNTED_AFTER_AND.match(ctx.norm, origin.end()))  # "15 pań z KGW oraz 6 panów z OSP"
            women, men = (value, None) if gender == "f" else (None, value)
            end = nxt.idx + len(nxt.text)
            both = one_numeral_two_nouns(ctx.norm[end:])
            if both is not None:
                # "45 seniorek i seniorów": one number for both nouns counts a mixed group
                women = men = None
                other = None
                end += both
            if other:
                ov = int(other.group(1)) if other.group(1).isdigit() else numeral_value(other.group(1))[1]
                og = gender_of(other.group(2)) or _counterpart_gender(nxt.text, other.group(2), gender)
                if ov is not None and og and og != gender:
                    if og == "f":
                        women = ov
                    else:
                        men = ov
                    end = other.end()
            left_total = re.search(r"(\d{1,4})\s+\w+" + _COMPLEMENT + r"\s*,?\s*(?:w tym|z czego|(?:spośród|wśród) (?:których|nich))\s*:?\s*$",
                                   ctx.norm[max(0, start - 90):start]) \
                or re.search(r"\b(?:wśród|spośród)\s+(?:\S+\s+)?\d{1,4}\s+\w+\s+(?:[^\W\d]+\s+){0,2}?(?:był\w*|jest|są)\s+$",
                             ctx.norm[max(0, start - 70):start])
            if left_total:
                i = j
                continue  # part of "15 uczestników, w tym 10 kobiet", handled at the total
            if both is not None:
                total = value
            elif women is not None and men is not None:
                total = women + men
            elif is_person_noun(nxt._.morf, nxt.text) and nxt.text.lower() not in ("k", "m"):
                total = value  # "10 uczestniczek": all of them women
            else:
                total = None
            rule = "total" if both is not None else "gender_counts"
        elif noun_ok or (split and value is not None):
            if noun_ok:
                end = nxt.idx + len(nxt.text)
            if split and (split.group("kn") or split.group("n1")):
                women, men = _split_values(split)
                end = split.end() if ctx.norm[split.end() - 1] == ")" or not ctx.norm[end:split.end()].strip().startswith("(") else split.end()
                rule = "total_with_split"
            else:
                rule = "total"
                tail = _SHARE_AFTER.match(ctx.norm, end) or (
                    _AMONG_BEFORE.search(ctx.norm, max(0, start - 12), start) and _AMONG_SHARE.match(ctx.norm, end))
                if tail and gender_of(tail.group(2)):
                    g = gender_of(tail.group(2))
                    if g == "f":
                        women = int(tail.group(1))
                    else:
                        men = int(tail.group(1))
                    end = tail.end()
                    rule = "total_w_tym"
        else:
            i = j
            continue
        if value is None and not vague:
            i = j
            continue
        approx_start = _approximate(ctx, start)
        approximate = vague or approx_start is not None
        mstart = approx_start if approx_start is not None else start
        group_match = _GROUP_LEFT.search(ctx.norm[max(0, mstart - 60):mstart])
        group = group_match.group("g") if group_match and _is_proper(group_match.group("g")) else None
        conf = CONF_VAGUE if vague else CONF_SPLIT if women is not None or men is not None else CONF_TOTAL
        if not tok.text[:1].isdigit():
            conf = min(conf, CONF_WORDS)
        mention = ctx.mention(mstart, end, EXTRACTOR, conf, rule)
        out.append(AttendanceMention(
            **mention.model_dump(), total=total, women=women, men=men,
            approximate=approximate, vague=vague, group=group,
            role=_role(ctx, mstart, nxt.text if nxt is not None and (noun_ok or gender) else None, end),
        ))
        consumed_until = end
        i = j
    return with_turnout(ctx, out, lambda w: numeral_value(w)[1])


_NOUN_BEFORE = re.compile(
    r"(?P<noun>[^\W\d_]+)\s+(?:było|była|byli|przybyło|przybyli|przyszło|przyszli|pojawiło\s+się|zjawiło\s+się|"
    r"stawiło\s+się)\s+(?P<approx>(?:ponad|około|ok\.|blisko|prawie|niemal|przeszło|niespełna)\s+)?$",
    re.IGNORECASE)


#: "…, w tym 20 kobiet", "…, z czego 25 stanowiły kobiety", "…, w tym 12 to panie": one gender's share of a total.
#: Up to five words completing the counted noun before the share: "25 przedstawicieli podmiotów ekonomii
#: społecznej, w tym 17 kobiet", "150 osób z 40 instytucji, w tym 95 kobiet" (no punctuation).
_COMPLEMENT = r"(?:\s+(?:[^\W\d_][\w-]*|\d{1,4}(?=\s+[^\W\d_]))){0,5}?"
_SHARE_AFTER = re.compile(_COMPLEMENT + r"\s*[,(]?\s*(?:w tym|z czego|(?:spośród|wśród) (?:których|nich))\s*:?\s*(\d{1,4})\s+"
                          r"(?:(?:stanowi\w*|to|był\w*)\s+)?(\w+)", re.IGNORECASE)


#: "Wśród 60 uczestników było 45 kobiet": a total introduced by "wśród" and the share of one gender it held.
_AMONG_BEFORE = re.compile(r"\b(?:wśród|spośród)\s+(?:(?:ponad|około|ok\.|blisko|prawie)\s+)?$", re.IGNORECASE)
_AMONG_SHARE = re.compile(r"\s+(?:[^\W\d]+\s+){0,2}?(?:był\w*|jest|są)\s+(\d{1,4})\s+(\w+)", re.IGNORECASE)


#: "Liczba uczestników: 45", "Ilość słuchaczy wyniosła 120", "liczba osób obecnych – 30": the number of people.
_COUNT_OF = re.compile(
    r"\b(?:liczb|ilość|ilości)\w*\s+(?P<noun>[^\W\d_]+)(?:\s+[^\W\d_]+)?\s*(?::|–|-|=|wyni?osł\w*|wynosi\w*|"
    r"osiągnęł\w*|to)\s*(?P<approx>(?:ponad|około|ok\.|blisko|prawie|niemal|przeszło|niespełna)\s+)?$", re.IGNORECASE)


#: "Było ich 25" after a sentence saying who took part: the count of those people (the attendance sentence is
#: the one before, so the chooser does not ask this one for an attendance word).
THEY_COUNTED_RULE = "they_counted"


#: Nouns of a group whose size "N-osobowa" gives: "25-osobowa grupa seniorów", "7-osobowa delegacja".
GROUP_NOUNS = frozenset({"grupa", "zespół", "ekipa", "drużyna", "delegacja", "reprezentacja", "wycieczka"})


def _group_size(ctx: Context, texts: list[str], i: int) -> AttendanceMention | None:
    """"25-osobowa grupa", "30 – osobowa grupa", "20 osobowa grupa": the size of the group that took part.
    Only one group in the singular: "w 10-osobowych grupach" gives the size of each of several groups."""
    k = i + 2 if i + 1 < len(texts) and texts[i + 1] in ("-", "–") else i + 1
    if k + 1 >= len(texts) or not texts[k].lower().startswith("osobow"):
        return None
    if not {a.lemma for a in analyse(texts[k + 1].lower()) if a.pos == "subst" and a.number == "sg"} & GROUP_NOUNS:
        return None
    f = ctx.features
    start, end = f.starts[i], f.starts[k + 1] + len(texts[k + 1])
    mention = ctx.mention(start, end, EXTRACTOR, CONF_TOTAL, GROUP_SIZE_RULE)
    return AttendanceMention(**mention.model_dump(), total=int(texts[i]), women=None, men=None,
                             approximate=False, vague=False, group=None, role=_role(ctx, start))


def _noun_before(ctx: Context, start: int, end: int, following: str) -> AttendanceMention | None:
    """A count after its noun: "Uczestników było 45", "Gości przybyło ponad 200." (the number ends the phrase)."""
    if following[:1].isalnum():
        return None
    we = _WE_COUNTED.search(ctx.norm[max(0, start - 40):start])
    if we is not None and we.group("pronoun").lower() == "ich" and not TOOK_PART.search(ctx.left(start, 160)):
        we = None  # "ich" counts the people named before only when they took part
    if we is not None:  # "Było nas 30.", "Przyjechało nas ponad 40": the writer's party counted, no noun
        mstart = start - len(we.group(0).lstrip())
        rule = THEY_COUNTED_RULE if we.group("pronoun").lower() == "ich" else "we_counted"
        mention = ctx.mention(mstart, end, EXTRACTOR, CONF_TOTAL, rule)
        return AttendanceMention(**mention.model_dump(), total=int(ctx.norm[start:end]), women=None, men=None,
                                 approximate=we.group("approx") is not None, vague=False, group=None,
                                 role=_role(ctx, mstart))
    m = _NOUN_BEFORE.search(ctx.norm[max(0, start - 50):start]) or _COUNT_OF.search(ctx.norm[max(0, start - 60):start])
    if m is None:
        return None
    noun = m.group("noun")
    analyses = tuple(a for a in analyse(noun.lower()) if "gen" in a.cases and a.number == "pl")
    if not analyses or not is_person_noun(analyses, noun):
        return None
    mstart = start - (len(m.group(0)))
    value = int(ctx.norm[start:end])
    gender = gender_of(noun)
    women = value if gender == "f" else 0 if gender == "m" else None
    men = value if gender == "m" else 0 if gender == "f" else None
    rule = "noun_before"
    split = _SPLIT_AFTER.match(ctx.norm, end) if gender is None else None
    if split and split.group(0).strip() and (split.group("kn") or split.group("n1")):
        # "Liczba uczestników: 31, w tym kobiety: 20, mężczyźni: 11"
        women, men = _split_values(split)
        end = len(ctx.norm[:split.end()].rstrip())
        rule = "noun_before_split"
    mention = ctx.mention(mstart, end, EXTRACTOR, CONF_SPLIT if rule.endswith("split") else CONF_TOTAL, rule)
    return AttendanceMention(**mention.model_dump(), total=value, women=women, men=men,
                             approximate=m.group("approx") is not None, vague=False, group=None,
                             role=_role(ctx, mstart, noun))


def _is_proper(words: str) -> bool:
    """A group label is a name (a place, an organization), not 'Uczestnicy:'."""
    first = words.split()[0]
    analyses = analyse(first)
    return not analyses or any(a.names or a.pos == "ign" for a in analyses)


def _split_values(split: re.Match[str]) -> tuple[int | None, int | None]:
    if split.group("kn"):
        women = int(split.group("kn"))
        men = int(split.group("mn")) if split.group("mn") else None
        return women, men
    women = men = None
    for num, g in ((split.group("n1"), split.group("g1")), (split.group("n2"), split.group("g2"))):
        if num is None or g is None:
            continue
        gender = gender_of(g)
        if gender == "f":
            women = int(num)
        elif gender == "m":
            men = int(num)
    return women, men
