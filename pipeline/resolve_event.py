"""The event's own fields chosen among the mentions: its dates (one session or a span), its attendance
(head counts of people who attended), its organizer and co-organizers.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.attendance import GROUP_SIZE_RULE, THEY_COUNTED_RULE
from pipeline.extract.attendance_coordination import coordinated
from pipeline.extract.date_roles import clause_right, has_lead_in, invites_to_event, names_a_day
from pipeline.extract.date_unanchored import tells_the_event, unanchored_relative_day
from pipeline.extract.relative_dates import EVENT_VERB, has_past_verb, is_future, sentence_text
from pipeline.models import Attendance, AttendanceMention, DateMention, Event, Mention
from pipeline.text.context import Context
from pipeline.text.layout_rules import DATE_PATTERN, LINE_RULES, date_of

_ATTENDANCE_VERBS = ("uczestnicz", "udział", "przybył", "przybyło", "zgromadz", "obecn", "wzięł", "wzięli",
                     "frekwencj", "przyszł", "przyjecha", "odwiedził", "wyjechał",
                     "wyjechało", "pojechał", "ukończył", "zjawił")


#: A label that states the attendance itself ("Liczba uczestników: 14"): it outranks a verb's figure ("ukończyło 11
#: osób" counts those who finished).
_ATTENDANCE_LABELS = ("liczba uczestnik", "ilość uczestnik", "liczba osób uczestnicz", "liczba obecnych")


#: "Kolejne spotkanie odbędzie się …", "Następna edycja …": an announcement of another event than the one reported
_NEXT_ONE = re.compile(r"\b(?:kolejn|następn|przyszł|nowej?\s+edycj)\w*", re.IGNORECASE)


#: days between consecutive sessions of one event written as separate dates ("4.05 w A oraz 5.05 w B")
SESSION_GAP_DAYS = 2


def choose_dates(ctx: Context, event: Event, dates: list[DateMention]) -> None:
    """The event's dates: body dates only (furniture never), the best-supported one, widened to a
    span by the dates of the same event's other sessions in the same or the next sentence."""
    body = [d for d in dates if d.role == "event" and not d.in_furniture and d.event_day is None]
    item_end = _first_item_end(ctx)
    body = [d for d in body if d.start < item_end]
    own_days = [d for d in body if not names_a_day(ctx, d)]
    body = own_days or body  # "z okazji Dnia Ziemi (22 kwietnia) … 23 kwietnia": the day celebrated is not the event's
    if unanchored_relative_day(ctx, dates):  # "wczoraj" with no publication date: the event's day is unknown
        body = [d for d in body if tells_the_event(ctx, d)]
    candidates = [d for d in body if d.date_start and not _long_before_publication(ctx, d)]
    if not candidates:
        # "Po odbiór nagród zapraszamy 3 lipca": an invitation's day is not the reported event's
        partial = next((d for d in body if d.partial and d.partial.startswith("--") and not _announces(ctx, d)), None)
        # an announcement's own event ("Konferencja odbędzie się 3 grudnia"): its sentence says it takes place
        partial = partial or next((d for d in body if d.partial and d.partial.startswith("--")
                                   and (EVENT_VERB.search(sentence_text(ctx, d.start)) or invites_to_event(ctx, d))
                                   and not _NEXT_ONE.search(sentence_text(ctx, d.start))), None)
        if partial is not None:
            ctx.warnings.append("the event date has no year; left partial")
            event.date_partial_start = partial.partial
            event.date_partial_end = partial.partial_end or partial.partial
            event.date_evidence = _plain_mention(partial)
        return

    reported = [int(d.date_end[:4]) for d in candidates if d.date_end and not d.relative and not _announces(ctx, d)]
    newest = max(reported, default=0)

    def rank(d: DateMention) -> tuple[int, ...]:
        return (
            0 if int((d.date_end or "0")[:4]) <= newest - HISTORIC_YEARS else 1,
            0 if _announces(ctx, d) else 1,
            0 if _in_relative_clause(ctx, d) and _main_clause_date(ctx, d, candidates) else 1,
            1 if has_lead_in(ctx, d) else 0,
            1 if EVENT_VERB.search(sentence_text(ctx, d.start)) else 0,
            0 if d.relative else 1,
            0 if d.year_inferred else 1,
            1 if d.date_end != d.date_start else 0,
            -d.start,
        )
    best = max(candidates, key=rank)
    start, end = best.date_start, best.date_end or best.date_start
    start, end = _session_span(ctx, best, candidates, start, end)  # type: ignore[arg-type]
    end = _following_days(ctx, best, dates, end)
    event.date_start, event.date_end = start, end
    event.date_evidence = _plain_mention(best)
    for d in dates:
        if d.event_day is not None and d.event_day > 0 and best.date_start:
            day = dt.date.fromisoformat(best.date_start) + dt.timedelta(days=d.event_day - 1)
            if best.date_end and day.isoformat() <= best.date_end:
                d.date_start = d.date_end = day.isoformat()


#: a date this many years before the newest date the report tells of is history it recalls (a founding,
#: an anniversary's occasion), not the event
HISTORIC_YEARS = 2
#: a line that ends one item of a listing page ("Czytaj więcej")
_READ_MORE = re.compile(r"(?:czytaj|zobacz|przeczytaj)\s+(?:więcej|dalej|całość)|^więcej\b|read more", re.IGNORECASE)
_LONE_DATE = next(pattern for name, _kind, pattern in LINE_RULES if name == "lone_date")
_DATE_IN_LINE = re.compile(DATE_PATTERN, re.IGNORECASE)
#: a line of the report's body, not a title: this many words at least
BODY_LINE_WORDS = 8


def _stamp_day(line: str) -> str | None:
    m = _DATE_IN_LINE.search(line)
    return date_of(m) if m else None


def _first_item_end(ctx: Context) -> int:
    """Where the first item of a listing page ends: at a "read more" line, or at a second date stamp line,
    after the body began; when the first item has its stamp line, at a line that is a date alone, the
    next item's stamp. A page of one report ends at its end (a bottom stamp is past its body)."""
    lines = [(m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", ctx.norm)]
    body_lines = [start for start, line in lines
                  if len(line.split()) >= BODY_LINE_WORDS and ctx.furniture_at(start) is None]
    body_start = body_lines[0] if body_lines else len(ctx.norm)
    read_more = [line.start for line in ctx.layout.lines
                 if line.kind == "menu" and _READ_MORE.search(ctx.norm[line.start:line.end])]

    def bare(a: int, b: int) -> bool:
        return not any(a < start < b for start in body_lines)
    # "Gmina X / więcej / Gmina Y / więcej": read-more links with no text between them are a menu, not items' ends
    linked = {k for pair in zip(read_more, read_more[1:], strict=False) if bare(*pair) for k in pair}
    stamps = 0
    previous_stamp = -1
    for line in ctx.layout.lines:
        # a stamp repeated over a byline ("2022-05-18 14:30 / Autor / 2022-05-18 14:30") opens no new item
        new_item = line.kind == "publication_date" and (stamps == 0 or not bare(previous_stamp, line.start))
        if line.kind == "publication_date":
            stamps += new_item
            previous_stamp = line.start
        if line.start <= body_start:
            continue
        if (line.start in read_more and line.start not in linked) or (new_item and stamps >= 2):
            return line.start
    first = next((_stamp_day(line) for start, line in lines if start < body_start and _LONE_DATE.search(line)), None)
    if first is not None:  # news lists run back in time; a report's day headings run forward
        return next((start for start, line in lines if start > body_start and _LONE_DATE.search(line)
                     and (_stamp_day(line) or "9999") <= first), len(ctx.norm))
    return len(ctx.norm)


#: a report is written days or weeks after its event: a body date further before the page's own
#: publication date is a past occasion the report recalls ("the trip of last April" in a year's summary)
REPORT_LAG_DAYS = 183


def _long_before_publication(ctx: Context, d: DateMention) -> bool:
    ref = ctx.reference
    if ref is None or ref.anchor != "publication" or d.date_end is None:
        return False
    page_date = ctx.layout.published
    if page_date is not None and page_date.rule == "photo_credit":
        return False  # "Foto: 12 maja 2023" dates a picture, too weakly to bar the body's own date of a year before
    return (ref.date - dt.date.fromisoformat(d.date_end)).days > REPORT_LAG_DAYS


_RELATIVE_OPENING = re.compile(r"^\s*(?:któr\w+|gdzie|kiedy|gdy)\b", re.IGNORECASE)


def _in_relative_clause(ctx: Context, d: DateMention) -> bool:
    """The date stands in a relative clause ("po eliminacjach, które odbyły się 10 kwietnia"): it dates the noun
    the clause hangs on, an occasion beside the reported one."""
    return bool(_RELATIVE_OPENING.match(_clause_before(ctx, d.start)))


def _clause_before(ctx: Context, start: int) -> str:
    """The sentence's words before `start` since its last comma, semicolon, colon or bracket (a comma right before
    the date ends the clause before it)."""
    sent = ctx.sentence_of(start)
    lo = sent.start_char if sent is not None and sent.start_char < start else max(0, start - 90)
    text = ctx.norm[lo:start]
    breaks = list(re.finditer(r"[,;:()\n]", text))
    return text[breaks[-1].end():] if breaks else text


def _main_clause_date(ctx: Context, d: DateMention, candidates: list[DateMention]) -> bool:
    """Another date of the same sentence outside any relative clause, whose own clause says the event took place
    ("…, 24 kwietnia w auli odbył się finał")."""
    sent = ctx.sentence_of(d.start)
    if sent is None:
        return False
    return any(o is not d and sent.start_char <= o.start < sent.end_char and not _in_relative_clause(ctx, o)
               and EVENT_VERB.search(_clause_before(ctx, o.start) + " " + clause_right(ctx, o.end)) for o in candidates)


def _announces(ctx: Context, d: DateMention) -> bool:
    """The date's sentence announces (a future verb, an invitation) and reports nothing in the past tense."""
    return is_future(ctx, d.start) and not has_past_verb(ctx, d.start)


def _session_span(
    ctx: Context, best: DateMention, candidates: list[DateMention], start: str, end: str
) -> tuple[str, str]:
    """Grow [start, end] by event dates in the best date's sentence or the next one, while each lies
    within SESSION_GAP_DAYS of the span: the sessions of one event, not a second event."""
    sent = ctx.sentence_of(best.start)
    if sent is None:
        return start, end
    lo = sent.start_char
    last = ctx.sentence_of(sent.end_char + 1) if sent.end_char + 1 < len(ctx.norm) else None
    start, end = _widen(ctx, best, candidates, start, end, lo, last.end_char if last is not None else sent.end_char)
    for _ in range(MAX_SESSION_SENTENCES):  # "25 maja – przyjazd / 26 maja – warsztaty / 27 maja – wyjazd"
        if last is None or not any(d is not best and last.start_char <= d.start < last.end_char
                                   and (d.date_end or d.date_start) == end for d in candidates):
            break  # the last sentence's date did not carry the span on: no programme of days goes on
        nxt = ctx.sentence_of(last.end_char + 1) if last.end_char + 1 < len(ctx.norm) else None
        if nxt is None or nxt.start_char <= last.start_char or not any(
                nxt.start_char <= d.start <= nxt.start_char + ITEM_LEAD_CHARS for d in candidates):
            break  # the next day opens its sentence or line ("27 maja – wyjazd"), not "Relacja dodana 7 czerwca"
        start, end = _widen(ctx, best, candidates, start, end, lo, nxt.end_char)
        last = nxt
    return start, end


#: How many sentences after the best date's a programme of consecutive days may carry the span, and how far into
#: its sentence a day's date may stand ("W dniu 14 maja", "Trzeciego dnia, 14 maja").
MAX_SESSION_SENTENCES = 7
ITEM_LEAD_CHARS = 18


def _widen(ctx: Context, best: DateMention, candidates: list[DateMention], start: str, end: str,
           lo: int, hi: int) -> tuple[str, str]:
    """Grow [start, end] by the event dates between `lo` and `hi`, each within the gap its joint allows."""
    near = sorted((d for d in candidates if d is not best and lo <= d.start < hi and not d.relative),
                  key=lambda d: d.date_start or "")
    listed = _listed_dates(ctx, best, near)
    changed = True
    while changed:
        changed = False
        for d in near:
            d_start, d_end = d.date_start or "", d.date_end or d.date_start or ""
            first, last = (d, best) if d.start < best.start else (best, d)
            gap = LISTED_GAP_DAYS if d in listed else BOUNDED_GAP_DAYS if _bounded(ctx, first, last) \
                else SESSION_GAP_DAYS
            if d_start < start and _gap(d_end, start) <= gap:
                start, changed = d_start, True
            if d_end > end and _gap(end, d_start) <= gap:
                end, changed = d_end, True
    return start, end


#: "w dniach 10 i 11 października oraz 17 października", "5.05, 12.05 i 19.05.2019": dates listed with only a comma or
#: a conjunction between them are the sessions of one event, a week or more apart
LISTED_GAP_DAYS = 31
_LIST_JOINT = re.compile(r"\s*(?P<comma>[,;])?\s*(?P<conj>(?:i|oraz|a\s+także)\s+)?(?:w\s+dniach?\s+|dnia\s+)?",
                         re.IGNORECASE)


def _listed_dates(ctx: Context, best: DateMention, near: list[DateMention]) -> list[DateMention]:
    """The dates listed with the best one as "A, B i C" (commas, then a conjunction before the last): the chain of
    neighbours joined by nothing else. A comma alone ("które odbyły się 10 kwietnia, 24 kwietnia odbył się finał")
    ends a clause, not a list."""
    ordered = sorted([best, *near], key=lambda d: d.start)
    joints = [_joint(ctx, a, b) for a, b in zip(ordered, ordered[1:], strict=False)]  # joints[i]: i to i + 1
    lo = hi = ordered.index(best)
    while lo > 0 and joints[lo - 1]:
        lo -= 1
    while hi < len(joints) and joints[hi]:
        hi += 1
    kinds = joints[lo:hi]
    if not kinds or kinds[-1] != "conj" or "comma" in kinds[kinds.index("conj"):]:
        return []
    return [d for d in ordered[lo:hi + 1] if d is not best]


def _joint(ctx: Context, a: DateMention, b: DateMention) -> str | None:
    """"conj" or "comma" when only a conjunction or a comma stands between two dates, else None."""
    m = _LIST_JOINT.fullmatch(ctx.norm, a.end, b.start) if a.end <= b.start else None
    if m is None or not (m["comma"] or m["conj"]):
        return None
    return "conj" if m["conj"] else "comma"


#: "rozpoczął się 29 maja, zakończy 1 czerwca": the text names the event's first and last day, so the span may be longer
#: than a gap between sessions
BOUNDED_GAP_DAYS = 14
_BEGIN_LEFT = re.compile(r"\b(?:rozpocz|rozpoczyna|zaczą|zaczę|zaczyna|inaugur)\w*[^.!?\n]{0,40}$", re.IGNORECASE)
_END_BETWEEN = re.compile(r"^[^.!?\n]{0,40}\b(?:zakończ|kończ|trwa\w*\s+do|potrwa\w*\s+do)\w*", re.IGNORECASE)


def _bounded(ctx: Context, first: DateMention, last: DateMention) -> bool:
    """A verb of beginning before the earlier date and one of ending between the two, in one sentence."""
    between = ctx.norm[first.end:last.start]
    return bool(_BEGIN_LEFT.search(ctx.left(first.start, 60))) and bool(_END_BETWEEN.match(between))


def _following_days(ctx: Context, best: DateMention, dates: list[DateMention], end: str) -> str:
    """Extend the end by "następnego dnia" or an n-th day ("trzeciego dnia") counted from the event's own date (no
    other date named between them) after a one-day date: the event went on, unless the sentence announces."""
    if best.date_end != best.date_start or not best.date_start:
        return end
    dated_after = sorted(d.start for d in dates if d.start >= best.end and not d.relative and d.date_start)
    limit = dated_after[0] if dated_after else len(ctx.norm)
    for d in sorted(dates, key=lambda d: d.start):
        if d.in_furniture or not best.end <= d.start < limit:
            continue
        if d.rule == "event_day" and d.event_day and 1 < d.event_day <= MAX_EVENT_DAY \
                and d.text.lower().endswith(("dnia", "dniu")) and not _announces(ctx, d):
            # "Trzeciego dnia (, 23 maja) wrócili": the one-day date opened an event of at least that many days
            day = (dt.date.fromisoformat(best.date_start) + dt.timedelta(days=d.event_day - 1)).isoformat()
            end = max(end, day)
        elif d.rule == "relative_next_day" and d.date_start and _gap(end, d.date_start) == 1 \
                and not _announces(ctx, d):
            end = d.date_start
    return end


#: The last n-th day ("piątego dnia", "w trzecim dniu") that stretches a one-day date; "drugi dzień świąt" names a
#: holiday's day, not the event's, and is not read
MAX_EVENT_DAY = 5


def _gap(earlier: str, later: str) -> int:
    return (dt.date.fromisoformat(later) - dt.date.fromisoformat(earlier)).days


def _plain_mention(m: Mention) -> Mention:
    """The Mention part of a DateMention or AttendanceMention, for evidence fields."""
    return Mention(**{k: getattr(m, k) for k in Mention.model_fields})


def choose_attendance(ctx: Context, figures: list[AttendanceMention]) -> Attendance:
    event_figs = [f for f in figures if f.role == "event" and (f.total is not None or f.women is not None
                                                                   or f.men is not None or f.vague)]
    if not event_figs:
        return Attendance()
    groups = [f for f in event_figs if f.group]
    plain = [f for f in event_figs if not f.group]
    if not [f for f in plain if not f.vague] and len(groups) >= 2:
        att = Attendance(
            total=sum(f.total or 0 for f in groups),
            women=sum(f.women for f in groups if f.women is not None) if any(f.women is not None for f in groups) else None,
            men=sum(f.men for f in groups if f.men is not None) if all(f.men is not None for f in groups) else None,
            approximate=any(f.approximate for f in groups),
            summed_groups=True,
            evidence=[_plain_mention(f) for f in groups],
        )
        return _derive(att, groups_women_complete=all(f.women is not None for f in groups))

    def rank(f: AttendanceMention) -> tuple[int, int, int, int]:
        left = ctx.left(f.start, 35).lower() + " " + ctx.right(f.end, 25).lower()
        return (
            # a split of a total; "pięciu mężczyzn" alone is one group, no split
            1 if (f.women is not None or f.men is not None) and f.total is not None
            and (f.rule != "gender_counts" or (f.women is not None and f.men is not None)) else 0,
            2 if any(v in left + ctx.norm[f.start:f.end].lower() for v in _ATTENDANCE_LABELS)
            else 1 if any(v in left for v in _ATTENDANCE_VERBS) else 0,
            0 if f.vague else 1,
            -f.start,
        )
    best = max(plain or event_figs, key=rank)
    if rank(best)[0] == 0 and rank(best)[1] == 0 and best.rule not in (GROUP_SIZE_RULE, THEY_COUNTED_RULE) \
            and not _attendance_sentence(ctx, best):
        return Attendance()  # "czeka 17 osób", "pięciu mówców": a count, but nobody says they attended
    listed = _listed_with(ctx, best, plain)
    if len(listed) > 1:  # "12 sołtysów, 8 radnych i 20 mieszkańców": the groups of one count, summed
        return Attendance(total=sum(f.total or 0 for f in listed), approximate=any(f.approximate for f in listed),
                          evidence=[_plain_mention(f) for f in listed])
    att = Attendance(total=best.total, women=best.women, men=best.men, approximate=best.approximate,
                     evidence=[_plain_mention(best)])
    return _derive(att, groups_women_complete=True)


#: What joins the items of one list of counts: a comma, "i", "oraz".
_LIST_JOIN = re.compile(r"\s*(?:,|\bi\b|\boraz\b|,\s*a\s+także)\s*$", re.IGNORECASE)


def _listed_with(ctx: Context, best: AttendanceMention, figures: list[AttendanceMention]) -> list[AttendanceMention]:
    """The plain head counts listed one after another with the best one, each joined by a comma or "i", or
    coordinated as groups of one clause ("15 przedstawicieli partnera A oraz 15 przedstawicieli partnera B")."""
    if best.women is not None or best.men is not None or best.total is None:
        return [best]

    def plain(f: AttendanceMention) -> bool:
        return f.total is not None and f.women is None and f.men is None and not f.vague

    def joined(first: AttendanceMention, second: AttendanceMention) -> bool:
        return bool(_LIST_JOIN.match(ctx.norm[first.end:second.start])) or coordinated(ctx, first.end, second.start)

    chain = [best]
    for f in sorted((f for f in figures if f.start > best.end), key=lambda f: f.start):
        if not plain(f) or not joined(chain[-1], f):
            break
        chain.append(f)
    for f in sorted((f for f in figures if f.end < best.start), key=lambda f: -f.start):
        if not plain(f) or not coordinated(ctx, f.end, chain[0].start):
            break
        chain.insert(0, f)
    return chain


#: words that make a sentence's head count the event's attendance
_ATTENDANCE_SENTENCE = re.compile(
    r"\b(uczestni\w+|udział\w*|przybył\w*|przybyli|zgromadzi\w*|obecn\w+|wzięł\w+|wzięli|frekwencj\w*|"
    r"goś\w+|słuchacz\w*|zebrał\w*|zebrali|bawił\w*|bawiło|świętował\w*|spotkał\w*|odwiedził\w*|"
    r"skorzystał\w*|zapisał\w*|zarejestrowa\w+|przeszkolon\w*|ukończył\w*|wyjechał\w*|pojechał\w*|"
    r"nadesła\w*|zgłosi\w*|rywalizow\w*|(?:wy)?startował\w*|liczył\w*|obejrzał\w*|przystąpi\w*|"
    # counted by the writer, lined up at a start: "naliczyłem 20 osób", "na starcie stanęło 300 zawodników"
    r"(?:na|do|po)?liczył\w*|(?:na|do)liczon\w*|stanęł\w*\s+na\s+start\w*|na\s+starcie(?:\s+\w+)?\s+stanęł\w*|"
    # coming, setting out, sitting down, listening, visiting: "wyruszyło 45 rowerzystów", "zasiadło 150 słuchaczy"
    r"przysz\w+|przyjecha\w*|zjawił\w*|stawił\w*|wyruszył\w*|zasiadł\w*|wysłuchał\w*|zwiedził\w*|gościł\w*|"
    r"gościli|(?:był\w*|przyjecha\w*|przysz\w+|zebrał\w*|pojecha\w*|wyjecha\w*)\s+(?:nas|was)|przyjęł\w*\s+zaproszeni\w*|zaproszeni\w*(?:\s+\S+){0,5}\s+przyjęł\w*|dopisał\w*|grupa|grupy|osób|osoby)\b", re.IGNORECASE)
#: "Wśród prawie 800 pielgrzymów byli …": the people among whom some are named, counted as a whole.
_AMONG = re.compile(r"\bwśród\s+$", re.IGNORECASE)
_CAPACITY = re.compile(r"\b(mog\w+|może|jednocześnie|mieści\w*|pomieści\w*|przygotowan\w*\s+dla|dla\s+maks)",
                       re.IGNORECASE)


def _attendance_sentence(ctx: Context, figure: AttendanceMention) -> bool:
    sent = ctx.sentence_of(figure.start)
    text = ctx.norm[sent.start_char:sent.end_char] if sent is not None else ctx.norm[figure.start:figure.end]
    rest = text.replace(ctx.norm[figure.start:figure.end], "")
    if sent is not None and sent.start_char > 0 and len(rest.strip(" ()[].,;:-–\n")) < 3:
        # "(18 osób)." on its own after "Uczestnikami wyjazdu byli przedstawiciele …": the count closes that sentence
        previous = ctx.sentence_of(sent.start_char - 1)
        if previous is not None:
            text = ctx.norm[previous.start_char:sent.end_char]
    verbs = _ATTENDANCE_SENTENCE.findall(text)
    cued = bool([v for v in verbs if v.lower() not in ("osób", "osoby", "grupa", "grupy")]) or \
        _numeral_subject(ctx, figure, sent) or bool(_AMONG.search(ctx.left(figure.start, 12)))
    return cued and not _CAPACITY.search(text)


def _numeral_subject(ctx: Context, figure: AttendanceMention, sent) -> bool:
    """ "350 doradców … wspominało i debatowało": an imperfective past verb in the neuter singular after the count
    agrees with it as its subject (a numeral of five and up): people busy at the event. A perfective one tells an
    outcome ("dziesięć osób otrzymało nagrody"): winners, not the audience."""
    if sent is None:
        return False
    before: list = []
    for tok in sent:
        a = tok._.analysis
        if tok.idx >= figure.end and a is not None and a.tag.startswith("praet:sg:n") and a.tag.endswith("imperf"):
            return True
        if tok.idx < figure.start:
            before.append(tok)
    # "Pielgrzymowało nas 80 osób", "Ćwiczyło około 40 seniorów": the verb first, then the count, with nothing but
    # a pronoun, an approximator or an adverbial prepositional phrase between ("Mecz oglądało na trybunach 600 kibiców")
    phrase = 0  # words of a prepositional phrase read so far, right to left
    for tok in reversed(before):
        a = tok._.analysis
        if a is not None and a.tag.startswith("praet:sg:n") and a.tag.endswith("imperf"):
            return phrase == 0
        if a is not None and a.pos == "prep" and 0 < phrase <= 3:
            phrase = 0
        elif a is not None and a.pos in ("subst", "adj") and tok.is_alpha and tok.text.islower() and phrase < 3:
            phrase += 1
        elif tok.text.lower() not in _BETWEEN_VERB_AND_COUNT:
            return False
    return False


#: Words that may stand between a verb and the count it agrees with: "było nas 30", "przybyło łącznie 40".
_BETWEEN_VERB_AND_COUNT = frozenset({"nas", "was", "ich", "około", "ok.", "ok", "ponad", "blisko", "prawie", "aż",
                                     "łącznie", "razem", "niemal", "przeszło", "już", "ogółem"})


def _derive(att: Attendance, groups_women_complete: bool) -> Attendance:
    if att.total is not None and att.women is not None and att.men is None and groups_women_complete \
            and att.total >= att.women and not att.approximate:
        att.men, att.men_derived = att.total - att.women, True
    elif att.total is not None and att.women == att.total and att.men is None:
        att.men, att.men_derived = 0, True  # "blisko 60 pań" and no one else: an approximate count of women only
    elif att.total is not None and att.men is not None and att.women is None and att.total >= att.men \
            and not att.approximate:
        att.women, att.women_derived = att.total - att.men, True
    return att
