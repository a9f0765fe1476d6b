"""The role of a date mention from its context: legal acts, project periods, publication stamps,
deadlines and file-name timestamps are never the event's date."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.relative_words import EVENT_CUE, WEEKDAY_LEMMAS
from pipeline.models import DateMention
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

_LEGAL = re.compile(
    r"(ustaw|rozporządz|uchwał|zarządzeni|dz\.\s?u|dziennik\w* ustaw|obwieszcz|decyzj|"
    r"kodeks|dyrektyw|porozumieni\w* nr|umow\w* nr)[^.\n]{0,45}$", re.IGNORECASE)
_YEAR_BETWEEN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_PROJECT = re.compile(
    r"(okres\w* realizacji|realizacj\w* (?:projektu|zadania)|(?:projekt|zadani)\w*[^.\n]{0,30}(realizowan|trwa)|"
    r"czas trwania|okres\w* (?:trwania|obowiązywania))[^.\n]{0,40}$", re.IGNORECASE)
_PUBLICATION = re.compile(
    r"(opublikowan\w*|data publikacji|data dodania|data wpisu|dodan[aoy]|zamieszczon[aoy]|utworzon[oy]|aktualizacj\w*|"
    r"zmodyfikowan\w*|posted|published|wpis z dnia)\s*:?\s*(?:dnia\s+)?$",
    re.IGNORECASE)
#: a byline opening its line ("Autor: Jan Kos, 12.05.2019"); not "Spotkanie z autorem odbyło się 21 marca"
_AUTHOR_LINE = re.compile(r"^[^\S\n]*autor(?:ka)?(?![\w-])[^\n]{0,30}$", re.IGNORECASE)
#: A photo credit's date ("Zdjęcia: Jan Kos, 2.06.2019", "fot. A. Lis 12.05"): when the pictures were taken or
#: credited, not the event, and no other session of it.
_PHOTO_CREDIT = re.compile(r"(?<![^\W\d_])(?i:zdjęci[ae]|zdj\.|fot\.?|foto|fotografi[ae])\s*:?\s*"
                           r"(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w.-]*\s*){1,4},?\s*$")
STREET = re.compile(r"\b(ul|al|pl|os|ulica|ulicy|ulicę|alei|aleja|placu|plac|osiedle|rondo)\.?\s*$",
                     re.IGNORECASE)
_DEADLINE = re.compile(r"(termin\w*\s+(?:zgłosze|nadsyłani|składani|przyjmowani|nabor)\w*|zgłosze\w*|nabór|naboru|"
                       r"do dnia|najpóźniej|przyjmujemy|rejestracj[aięy]\b|rekrutacj[aięy]\b|zapisy\b|zapisów\b)"
                       r"[^.\n]{0,30}$", re.IGNORECASE)
#: a birth or death date ("ur. 12 maja 1950", "zmarła 3 marca"), and the end of a period or a time
#: limit ("do 31 grudnia", "przed 5 marca"): the event's days are never either
_LIFE = re.compile(r"(?:\bur\.|\burodz\w*|\bzm\.|\bzmar\w*)\s*(?:się\s+)?(?:w\s+dniu\s+|dnia\s+)?$", re.IGNORECASE)
#: the date a topic names, right after the word relating it: "odczucia związane z 4 czerwca 1989 r.",
#: "w rocznicę 13 grudnia 1981", "pamięci ofiar z 1 września 1939"
_TOPIC = re.compile(r"\b(?:związan\w*|w\s+związku|dotycząc\w*|upamiętniając\w*|upamiętnieni\w*|rocznic\w*|"
                    r"pamięci|wspomnieni\w*|wspominając\w*)\s+(?:z\s+|ze\s+)?(?:dnia\s+|dn\.\s*)?$",
                    re.IGNORECASE)
#: the date of a named day in brackets after its name ("z okazji Dnia Ziemi (22 kwietnia)", "Święta Niepodległości
#: (11 listopada)"): the calendar's day the event celebrates, the event's own only when the text gives no other
_NAMED_DAY = re.compile(r"(?<![\w-])(?:Dzie[ńn]|Dni(?:a|u|em)|Świę(?:to|ta|tu|tem)|Tydzie[ńn]|Tygodnia)"
                        r"(?:\s+[\w„”\"-]+){1,5}\s*\(\s*$")
_LIMIT = re.compile(r"\b(?:do|przed|najpóźniej|nie później niż)\s+(?:dnia\s+|dn\.\s*)?$", re.IGNORECASE)
#: a file name's stem glued to the date ("IMG_2014", "DSC0123", "P1010"): the stem starts a word, so a word
#: glued to a day by lost layout ("logo gops1 grudnia 2020") is no file name
_FILE_LEFT = re.compile(r"(?<![^\W\d_])(img|dsc|foto|photo|zdj|pic|p)[_-]?\w*$|[_/\\]$", re.IGNORECASE)
_FILE_RIGHT = re.compile(r"^(?:[_ ]\d{1,2}[.:_]\d{2}(?:[.:_]\d{2})?|[_.](?:jpe?g|png|gif|pdf|docx?))",
                         re.IGNORECASE)
_LEAD_IN = re.compile(r"\b(w\s+dniu|w\s+dniach|dnia|dn\.|w\s+terminie|odbył\w*\s+się|"
                      r"w\s+(?:poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę)|"
                      r"poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela)\W{0,3}$",
                      re.IGNORECASE)


#: a date that ends with its month's word: an hour after it is the event's, not a stamp's clock
_MONTH_WORD_END = re.compile(r"[^\W\d_]{3,}\.?$")
#: furniture kind -> the role its dates get (docs/annotation.md)
FURNITURE_ROLES = {"publication_date": "publication", "byline": "publication", "crawl_header": "timestamp",
                   "calendar": "timestamp", "caption": "timestamp", "menu": "timestamp",
                   "comments": "timestamp", "related": "timestamp"}


def date_role(ctx: Context, start: int, end: int) -> str:
    furniture = ctx.furniture_at(start)
    if furniture is not None:
        return FURNITURE_ROLES[furniture]
    left = ctx.left(start, 90)
    right = ctx.right(end, 12)
    if _FILE_LEFT.search(left[-12:]) or _FILE_RIGHT.match(right) and (right[:1] != " "
                                                                     or not _MONTH_WORD_END.search(ctx.left(end, 15))):
        return "timestamp"  # "2019-05-12 14:22", "IMG_2019.jpg"; not "7 października. 11.00 - otwarcie"
    if is_dateline(ctx, start, end):
        return "publication"
    if _LEGAL.search(left):
        return "legal_act"
    project = _PROJECT.search(left)
    if project and len(_YEAR_BETWEEN.findall(left, project.end(1))) < 2:
        return "project_period"  # not after both ends of the period: "realizowanego w latach 2018-2020 w sobotę 8 czerwca"
    if _realisation_bound(ctx, end):
        return "project_period"
    if _PUBLICATION.search(left[-40:]) or _AUTHOR_LINE.search(left):
        return "publication"
    if _PHOTO_CREDIT.search(left[-40:]):
        return "timestamp"
    if _DEADLINE.search(left[-45:]) or _term_of_a_task(ctx, start) or _enrolment_after(ctx, end) \
            or enrolment_sentence(ctx, start):
        return "other"
    if _LIFE.search(left[-30:]) or _LIMIT.search(left[-30:]) or _TOPIC.search(left[-40:]):
        return "other"
    if _document_date(ctx, start) or _other_occasion(ctx, start) or _falls_on(ctx, start, end) \
            or _period_of_a_topic(ctx, start) or _history(ctx, start):
        return "other"
    return "event"


#: a dateline opening the text: "Borki, dnia 12.05.2019 r." on a line of its own, "WARSZAWA, 12 maja. Wczoraj …"
_DATELINE_LEFT = re.compile(r"^[^\S\n]*[A-ZĄĆĘŁŃÓŚŹŻ][\w.-]*(?:[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻ][\w.-]*){0,2}[^\S\n]*,[^\S\n]*"
                            r"(?:dnia[^\S\n]+|dn\.[^\S\n]*)?$")
_DATELINE_RIGHT = re.compile(r"[^\S\n]*(?:r\.|roku)?[^\S\n]*(?:\((?:PAP|IAR|KAI|inf\. własna)\))?[^\S\n]*(?:$|\n|[.–-][^\S\n])")
#: a dateline stands at the top: its line within this many characters of the text's start, its town and "dnia"
#: within the next DATELINE_LEFT_CHARS
DATELINE_CHARS = 300
DATELINE_LEFT_CHARS = 80


def is_dateline(ctx: Context, start: int, end: int) -> bool:
    """The date of writing at the head of a communiqué or a news item is its publication date, not the event's."""
    if start > DATELINE_CHARS + DATELINE_LEFT_CHARS:
        return False
    line_start = ctx.norm.rfind("\n", 0, start) + 1
    if line_start > DATELINE_CHARS or not _DATELINE_LEFT.match(ctx.norm[line_start:start]):
        return False
    place = re.findall(r"[^\W\d_]+", ctx.norm[line_start:start])[:1]
    if not place or not any("nazwa_geograficzna" in a.names and ":nom" in a.tag for a in analyse(place[0].title())):
        return False  # "Zebranie wiejskie, 12 maja 2019 r.": a heading with the event's date, not a town's dateline
    if any(a.pos == "subst" and a.lemma in WEEKDAY_LEMMAS for a in analyse(place[0].lower())):
        return False  # "Sobota, 9 października 2021 r. – to dzień, w którym …": a weekday, though villages share its name
    return ctx.norm[end - 1] == "." or bool(_DATELINE_RIGHT.match(ctx.norm, end))


#: nouns whose "z <date>" dates a document, not the event: "w numerze „Głosu” z 7 lipca", "pismo z dnia …"
DOCUMENT_LEMMAS = frozenset({
    "numer", "wydanie", "artykuł", "pismo", "list", "protokół", "komunikat", "wniosek", "ogłoszenie", "notatka",
    "zaproszenie", "oświadczenie", "opinia", "raport", "wpis", "post", "tekst", "publikacja", "gazeta", "tygodnik",
    "dziennik", "miesięcznik", "biuletyn", "audycja", "program", "nagranie", "aneks", "faktura", "zaświadczenie",
})
#: happenings whose "z <date>" dates a past mishap or battle a ceremony recalls: "ofiar katastrofy z 10 kwietnia"
MISHAP_LEMMAS = frozenset({"katastrofa", "wypadek", "pożar", "powódź", "tragedia", "zamach", "wybuch", "bitwa",
                           "wojna", "powstanie", "trzęsienie", "huragan", "nawałnica"})
#: words saying the date belongs to an occasion before the one reported: "kontynuacja spotkania z 25 kwietnia",
#: "poprzednie spotkanie odbyło się 12 marca"
EARLIER_LEMMAS = frozenset({"kontynuacja", "nawiązanie", "poprzedni", "wcześniejszy", "ubiegłoroczny",
                            "zeszłoroczny"})
#: adverbs that put the clause's date on an earlier occasion: "poprzednio gościł w niej 5 marca", "niegdyś, 3 maja"
EARLIER_ADVERBS = frozenset({"poprzednio", "uprzednio", "niegdyś", "przedtem", "dawno", "pierwotnie"})
#: "rok temu", "dwa lata temu": a period counted back puts the clause's date on an earlier occasion
AGO_UNITS = frozenset({"rok", "miesiąc"})
#: "który miał się odbyć 5 marca": a plan that did not hold
_FAILED_PLAN = re.compile(r"\bmia(?:ł|ła|ło|ły|li)\s+się\s+odby(?:ć|wać)\b", re.IGNORECASE)
#: "w ubiegłym roku", "w zeszłorocznej edycji": an earlier period named by an adjective and its noun
EARLIER_ADJECTIVES = frozenset({"ubiegły", "zeszły", "miniony", "przeszły"})
PERIOD_NOUNS = frozenset({"rok", "edycja", "sezon", "semestr"})
#: ... or after it, when the sentence announces it: "kolejne spotkanie odbędzie się 12 maja"
LATER_LEMMAS = frozenset({"kolejny", "następny", "przyszłoroczny", "przyszły"})
_DOC_Z = re.compile(r"(?:^|\s)z\s+(?:dnia\s+|dn\.\s*)?$", re.IGNORECASE)
_QUOTED_TAIL = re.compile(r"\s*[„\"«][^„\"”«»\n]{1,80}[”\"»]\s*$")
_CLAUSE_BREAK = re.compile(r"[,;:()\n–]|\s-\s")
_ANNOUNCE = re.compile(r"\b(?:odbędzie|odbędą|będzie|będą|zaplanowan\w*|planowan\w*|zapraszamy|przewidzian\w*)\b",
                       re.IGNORECASE)


def clause_left(ctx: Context, start: int) -> str:
    """The words of the date's own clause before it (from its sentence start or the last comma)."""
    sent = ctx.sentence_of(start)
    lo = sent.start_char if sent is not None and sent.start_char < start else max(0, start - 90)
    text = ctx.norm[lo:start]
    breaks = list(_CLAUSE_BREAK.finditer(text.rstrip(" ,(")))
    return text[breaks[-1].end():] if breaks else text


def clause_right(ctx: Context, end: int, width: int = 90) -> str:
    """The words of the date's own clause after it (to the next comma, dash or sentence end). A date whose
    "r." closes its sentence ("odbędzie się 5 czerwca 2019 r. Zgłoszenia …") has no clause after it."""
    sent = ctx.sentence_of(end - 1) if end > 0 else None
    if sent is not None and sent.end_char <= end:
        return ""
    text = ctx.right(end, width)
    stop = re.search(r"[.!?]\s|[,;:()\n–]|\s-\s", text)
    return text[:stop.start()] if stop else text


def _lemmas(words: list[str]) -> set[str]:
    return {a.lemma for w in words for a in analyse(w.lower()) if a.pos in ("subst", "adj", "ger")}


def _document_date(ctx: Context, start: int) -> bool:
    left = ctx.left(start, 120)
    z = _DOC_Z.search(left)
    if z is None:
        return False
    head = _QUOTED_TAIL.sub("", left[:z.start()])
    words = re.findall(r"\w+", head)[-3:]
    return bool(_lemmas(words) & (DOCUMENT_LEMMAS | MISHAP_LEMMAS))


_RELATIVE_PRONOUN = re.compile(r"^\s*(?:któr\w+|gdzie|kiedy)\b", re.IGNORECASE)
ANTECEDENT_WORDS = 3


def _other_occasion(ctx: Context, start: int) -> bool:
    """The date's clause names an earlier or a later occasion ("poprzednie spotkanie odbyło się …"), or the clause is
    a relative one hanging on such a noun ("ubiegłorocznej edycji, która odbyła się 23 maja")."""
    clause = clause_left(ctx, start)
    words = re.findall(r"\w+", clause)[-6:]
    if _RELATIVE_PRONOUN.match(clause):
        head_end = max(0, start - len(clause))
        before = clause_left(ctx, head_end) if head_end else ""
        words = re.findall(r"\w+", before)[-ANTECEDENT_WORDS:] + words
    lemmas = _lemmas(words)
    adverbs = {a.lemma for w in words for a in analyse(w.lower()) if a.pos == "adv"}
    if lemmas & EARLIER_LEMMAS or adverbs & EARLIER_ADVERBS or (lemmas & EARLIER_ADJECTIVES and lemmas & PERIOD_NOUNS):
        return True
    if _FAILED_PLAN.search(clause) or any(
            w.lower() == "temu" and k and any(a.lemma in AGO_UNITS for a in analyse(words[k - 1].lower()))
            for k, w in enumerate(words)):
        return True
    if lemmas & LATER_LEMMAS:
        sent = ctx.sentence_of(start)
        text = ctx.norm[sent.start_char:sent.end_char] if sent is not None else ctx.right(start, 80)
        return bool(_ANNOUNCE.search(text))
    return False


#: verbs of a founding or a birth: "orkiestra powstała 12 czerwca 1949 r.", "stowarzyszenie założono …"
FOUNDING_LEMMAS = frozenset({"powstać", "założyć", "utworzyć", "urodzić", "zarejestrować", "zawiązać"})


def founding_clause(ctx: Context, start: int) -> bool:
    """The date's clause tells when a body came into being (or a person was born): history, whose year is not the
    report's."""
    words = re.findall(r"\w+", clause_left(ctx, start)[-CLAUSE_CHARS:])[-5:]
    return any(a.lemma in FOUNDING_LEMMAS and a.pos in ("praet", "ppas", "imps") for w in words for a in analyse(w.lower()))


def _history(ctx: Context, start: int) -> bool:
    """A founding told as history ("Orkiestra powstała 12 czerwca 1949 r."), not at the founding meeting the report
    may be about ("założone 12 maja na zebraniu założycielskim": its sentence names an event)."""
    if not founding_clause(ctx, start):
        return False
    sent = ctx.sentence_of(start)
    return not EVENT_CUE.search(ctx.norm[sent.start_char:sent.end_char] if sent is not None else ctx.right(start, 80))


#: a topic's words ("panel dotyczący relacji z okresu …", "wykład poświęcony wydarzeniom …") and the period nouns
#: that put a date inside the topic, not on the talk
TOPIC_LEMMAS = frozenset({"dotyczyć", "poświęcić", "traktować", "temat"})
TOPIC_PERIOD_LEMMAS = frozenset({"okres", "czas", "wydarzenie", "dzień"})
_VERB_POS = frozenset({"fin", "praet", "bedzie", "impt", "imps", "winien"})
#: how far back a topic is looked for: a clause's last words (a long run-on line costs no more)
CLAUSE_CHARS = 200
TOPIC_WORDS = 16


def _period_of_a_topic(ctx: Context, start: int) -> bool:
    """"panel dyskusyjny dotyczący relacji w najgorętszym okresie konfliktu w dniach 3-10 sierpnia": the date's clause
    names a topic and, after it with no verb between, the period the topic is about; the date is that period's."""
    words = [w.lower() for w in re.findall(r"\w+", clause_left(ctx, start)[-CLAUSE_CHARS:])][-TOPIC_WORDS:]
    readings = [analyse(w) for w in words]
    topic = max((k for k, rs in enumerate(readings) if any(a.lemma in TOPIC_LEMMAS and a.pos in ("pact", "ppas", "subst")
                                                           for a in rs)), default=None)
    if topic is None:
        return False
    after = readings[topic + 1:]
    if any(a.pos in _VERB_POS for rs in after for a in rs):
        return False
    # the period noun stands before the date's own lead ("w dniach"), not as that lead
    nouns = after[:-1] if words[-1:] and words[-1] in ("dniach", "dniu", "dnia") else after
    return any(a.lemma in TOPIC_PERIOD_LEMMAS and a.pos == "subst" for rs in nouns for a in rs)


#: "Dnia Pracy Socjalnej, przypadającego w dniu 19 marca": the day a holiday falls on, not the event's
FALLS_ON_LEMMAS = frozenset({"przypadać", "przypaść"})


#: "Jest on obchodzony 5 maja": the present passive of celebrating gives a holiday's usual day
HOLIDAY_LEMMAS = frozenset({"obchodzić", "świętować"})
_PRESENT_BE = frozenset({"jest", "są", "bywa"})


def _falls_on(ctx: Context, start: int, end: int) -> bool:
    """The clause on either side: "przypadającego w dniu 19 marca", "11 marca obchodzony jest Dzień X"."""
    return any(_holiday_clause([w.lower() for w in words]) for words in (
        re.findall(r"\w+", clause_left(ctx, start))[-6:], re.findall(r"\w+", clause_right(ctx, end))[:6]))


def _holiday_clause(words: list[str]) -> bool:
    readings = [a for w in words for a in analyse(w)]
    if any(a.lemma in FALLS_ON_LEMMAS for a in readings):
        return True
    return bool(_PRESENT_BE & set(words)) and any(a.lemma in HOLIDAY_LEMMAS and a.pos == "ppas" for a in readings)


#: a call for participants: "20 czerwca rozpoczęto nabór", "5 maja ruszyły zapisy", "10 maja rejestracja uczestników"
ENROLMENT_LEMMAS = frozenset({"nabór", "rekrutacja", "zapis", "zgłoszenie", "rejestracja"})
ENROLMENT_WORDS = 3


def enrolment_sentence(ctx: Context, start: int) -> bool:
    """The sentence is about enrolment: its first noun before the date is a nominative enrolment noun and no event
    noun stands between ("Rejestracja uczestników odbyła się dzień wcześniej, 13 czerwca": the day set apart from
    the programme is no event day); "Rejestracja i szkolenie odbyły się 13 czerwca" dates the event too."""
    sent = ctx.sentence_of(start)
    if sent is None or sent.start_char >= start:
        return False
    nouns = [readings for w in re.findall(r"[^\W\d_]+", ctx.norm[sent.start_char:start])
             if (readings := [a for a in analyse(w.lower()) if a.pos in ("subst", "ger")])]
    if not nouns or not any(a.lemma in ENROLMENT_LEMMAS and ":nom" in a.tag for a in nouns[0]):
        return False
    events = event_nouns()
    return not any(a.lemma in events for readings in nouns[1:] for a in readings)


def _enrolment_after(ctx: Context, end: int) -> bool:
    """The date opens a clause about enrolment, not the event: its day is when the call opened or closed."""
    words = re.findall(r"\w+", clause_right(ctx, end))[:ENROLMENT_WORDS]
    return any(a.lemma in ENROLMENT_LEMMAS and a.pos == "subst" for w in words for a in analyse(w.lower()))


#: "w dniu 12 grudnia 2014 r. zakończyło realizację zadania": a project's start or end, not the event's day
BOUND_LEMMAS = frozenset({"zakończyć", "kończyć", "rozpocząć", "rozpoczynać"})


def _realisation_bound(ctx: Context, end: int) -> bool:
    words = [w.lower() for w in re.findall(r"\w+", clause_right(ctx, end))[:6]]
    for verb, noun in zip(words, words[1:], strict=False):
        if any(a.lemma in BOUND_LEMMAS and a.pos in ("fin", "praet", "impt", "imps", "pred") for a in analyse(verb)) \
                and any(a.lemma == "realizacja" for a in analyse(noun)):
            return True
    return False


#: "zapraszamy 15 czerwca na coroczny Piknik Rodzinny": the event noun within this many words after "na"
INVITED_NOUN_WORDS = 3
_ON_TO = re.compile(r"(?<![\w-])na\s+", re.IGNORECASE)


def invites_to_event(ctx: Context, d: DateMention) -> bool:
    """An invitation whose date is followed by what it invites to: "Zapraszamy 15 czerwca na piknik" dates the
    picnic; "po odbiór nagród zapraszamy 3 lipca" invites to no event."""
    sent = ctx.sentence_of(d.start)
    if sent is None:
        return False
    text = ctx.norm[d.end:sent.end_char]
    m = _ON_TO.search(text[:80])
    if m is None or not re.search(r"zaprasza|zaproszeni", ctx.norm[sent.start_char:sent.end_char], re.IGNORECASE):
        return False
    words = re.findall(r"[^\W\d_]+", text[m.start():m.start() + 80])[1:INVITED_NOUN_WORDS + 1]
    nouns = event_nouns()
    return any(a.lemma in nouns and a.pos == "subst" for w in words for a in analyse(w.lower()))


def names_a_day(ctx: Context, mention: DateMention) -> bool:
    """The date stands in brackets after a named day ("Dnia Ziemi (22 kwietnia)"): the calendar's day."""
    return bool(_NAMED_DAY.search(ctx.left(mention.start, 60)))


def has_lead_in(ctx: Context, mention: DateMention) -> bool:
    """"w dniu", "dnia", a weekday right before the date; not "dnia" after an ordinal ("Trzeciego dnia, 23 maja"
    names a day of a longer event, its last one often)."""
    left = ctx.left(mention.start, 40)
    m = _LEAD_IN.search(left)
    if m is None:
        return False
    if m.group(1).lower() == "dnia":
        before = re.findall(r"\w+", left[:m.start()])[-1:]
        if before and any(a.lemma in ORDINAL_DAY_LEMMAS for a in analyse(before[0].lower()) if a.pos == "adj"):
            return False
    return True


#: Ordinals and their kin before "dnia": the event's n-th day, not a lead-in of its date
ORDINAL_DAY_LEMMAS = frozenset({"pierwszy", "drugi", "trzeci", "czwarty", "piąty", "szósty", "siódmy", "ostatni",
                                "kolejny", "następny", "ten", "sam"})


_TERM = re.compile(r"(?<!\w)(?<!w )(?<!W )termin(?:em)?\s+(\w+)", re.IGNORECASE)


def _term_of_a_task(ctx: Context, start: int) -> bool:
    """"Termin opublikowania pracy i wysłania ankiety to 28 IX 2010": the date a sentence gives as the term of a task
    (a "termin" followed by a verbal noun) is a deadline, however long the list of tasks; "w terminie od 6 do 24
    lipca" is the event's own span."""
    sent = ctx.sentence_of(start)
    lo = sent.start_char if sent is not None and sent.start_char < start else max(0, start - 150)
    return any(_task_noun(m.group(1).lower()) for m in _TERM.finditer(ctx.norm[max(lo, start - 200):start]))


def _task_noun(word: str) -> bool:
    """A verbal noun that is no event's name: "termin nadsyłania", not "termin szkolenia" or "termin zebrania"
    (the event's own date, whose noun is also the verbal noun of "szkolić", "zebrać")."""
    readings = analyse(word)
    return any(a.pos == "ger" for a in readings) and not any(a.lemma in event_nouns() for a in readings)


@cache
def event_nouns() -> frozenset[str]:
    from pipeline.extract.event_type import TRIGGER_LEMMAS  # the type rules import the date rules' neighbours

    return frozenset().union(*TRIGGER_LEMMAS.values())
