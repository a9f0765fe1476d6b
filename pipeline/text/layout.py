"""Page furniture: the lines a scrape or a copy-paste carries around the report itself.

Scraped pages open and close with things that are not the report: a publication date
alone on a line, crawl headers ("Wtorek, 3 marca 2025 r. | Imieniny: …"), "Dodano:",
month calendar grids, menus, breadcrumbs, share/print/cookie lines, photo captions and
file names, bylines and view counters. Extractors must not take their dates for the
event's date, nor their places and organizations for the event's.

The stage marks whole lines (character offsets into the text, nothing removed) with a
kind, and reads the page's publication date from them. Rules are data: each is a named
pattern with the kind it marks. Pure functions over the text; no morphology needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import takewhile

from pipeline.text.layout_rules import (
    CLOCK,
    DATE_ANYWHERE,
    LINE_RULES,
    MENU,
    PIPE_MENU,
    PUBLICATION_DATE,
    RELATED,
    ROLE_LABEL,
    SHORT_YEAR_DATE,
    YEAR,
    date_of,
    short_year_date_of,
    trailing_kind,
)


@dataclass(frozen=True)
class FurnitureLine:
    start: int
    end: int
    kind: str
    rule: str


@dataclass(frozen=True)
class PageDate:
    """The page's publication date and the characters it was read from."""

    date: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class Layout:
    lines: tuple[FurnitureLine, ...]
    published: PageDate | None
    #: "2024-01" from a crawler's month prefix (" date 2024-01 …"): no publication date, but the year and month
    #: a year-less date is read against (docs/annotation.md, month-only stamps)
    month: str | None = None

    def kind_at(self, char: int) -> str | None:
        """Furniture kind of the line holding `char`, or None in the report's body."""
        for line in self.lines:
            if line.start <= char < line.end:
                return line.kind
            if line.start > char:
                break
        return None


def _classify(line: str, at_edge: bool) -> tuple[str, str] | None:
    if not line or len(line) > 220:
        return None
    for name, kind, pattern in LINE_RULES:
        if name in ("lone_date", "tagged_date", "stamp_line", "clock_stamp", "machine_stamp", "dated_byline", "author") \
                and not at_edge:
            continue  # a date or "Tekst:" alone in mid-body may be a heading of the report itself
        if name == "crumb_chain" and ROLE_LABEL.match(line):
            continue  # "Partnerzy: Fundacja X / Stowarzyszenie Y / Gmina Z": the report's list of bodies
        if pattern.search(line) and not (name == "tagged_date" and (_proper_name(line.split()[0])
                                                                     or _one_event(line.split()[0]))):
            return kind, name
    if at_edge and _short_stamp(line):
        return PUBLICATION_DATE, "short_stamp"  # "Kategoria: Aktualności | 18 marca 2019 | admin": a stamp, not a menu
    if at_edge and PIPE_MENU.match(line) and not ROLE_LABEL.match(line):
        return MENU, "pipe_menu"
    if at_edge and CONTACT_LINE.search(line) and not EVENT_WORDS.search(line):
        return MENU, "contact_line"  # "Biuro projektu: ul. X 12, 46-200 Y, tel. …", "© 2019 OWES Y": the site's footer
    return None


#: A footer's contact or copyright line: a phone, an e-mail address, a tax or court number, a copyright.
CONTACT_LINE = re.compile(r"\b(?:tel|fax|telefon|kom)\b\.?\s*[:.]?\s*\(?\+?\d|\S+@\S+\.[a-z]{2,}|"
                          r"\b(?:NIP|REGON|KRS)\b\s*:?\s*\d|©|\(c\)\s*\d{4}|\bcopyright\b|wszelkie\s+prawa\s+zastrzeżone",
                          re.IGNORECASE)
#: Words of an event's own facts: a line with them is the report's, whatever contact it gives.
EVENT_WORDS = re.compile(r"\b(?:odb\w*\s+się|zaprasza\w*|zgłoszeni\w*|zapis\w*|rejestracj\w*|"
                         r"spotkani\w*|szkoleni\w*|warsztat\w*|konferencj\w*)", re.IGNORECASE)


#: Words a content system's date line is made of besides the date: labels, section names, "by", weekdays.
STAMP_WORDS = frozenset(
    "opublikowano opublikowany opublikowana opublikowane opublikował opublikowała dodano dodane dodany dodał dodała data "
    "publikacji dodania utworzenia utworzono aktualizacja aktualizacji zaktualizowano zmodyfikowano autor autorka "
    "autora przez w we z dnia dn r rok roku godz godzina o kategoria kategorie wpis wpisy aktualność aktualności "
    "wiadomości wiadomość ogłoszenia informacje informacja news newsy komunikaty artykuły blog napisane napisany "
    "napisał napisała wyświetleń wyświetlenia odsłon odsłony czytano redakcja redaktor admin administrator "
    "poniedziałek wtorek środa czwartek piątek sobota niedziela pon wt śr czw pt sob niedz nd".split())
#: The longest date line read as a stamp, and the most words besides its date.
SHORT_STAMP_CHARS = 120
SHORT_STAMP_WORDS = 10
_STAMP_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d+")


def _short_stamp(line: str) -> bool:
    """A line of a date and only stamp words, author names and numbers ("Dodane przez admin dnia 12.03.2019",
    "Jan Kos | 12 marca 2019", "Opublikowano w: Aktualności, 12.03.2019"): any other word, a verb above all,
    makes it a sentence of the report."""
    if len(line) > SHORT_STAMP_CHARS:
        return False
    m = DATE_ANYWHERE.search(line)
    if m is None or m.start() > 45:
        return False
    if line[m.end():m.end() + 1] in ("_", ".", "-") and line[m.end() + 1:m.end() + 2].isalnum() \
            or line[m.start() - 1:m.start()] in ("_", "/") and m.start() > 0:
        return False  # "2014-02-25_15.28.36", "IMG_2014-…": a file name's timestamp
    rest = re.sub(CLOCK, " ", line[:m.start()] + " " + line[m.end():])
    words = _STAMP_WORD.findall(rest)
    if len(words) > SHORT_STAMP_WORDS:
        return False
    after_first_name = False
    for w in words:
        if after_first_name:
            if not w[:1].isupper():
                return False  # an author is a first name and a surname: "w Krakowie" is no author
            after_first_name = False
            continue
        if w.isdigit() or w.lower().rstrip(".") in STAMP_WORDS or w.isupper() and len(w.rstrip(".")) <= 5:
            continue  # a label, a section, a weekday, a count, an author's initials
        if not _first_name(w):
            return False  # any other word makes the line a sentence or a title of the report
        after_first_name = True
    return not after_first_name


def _first_name(word: str) -> bool:
    """A capitalised word the dictionary knows as a first name: an author's name starts with one."""
    if not word[:1].isupper():
        return False
    from pipeline.text.analysis import analyse

    return any("imię" in a.names for a in analyse(word))


def _one_event(word: str) -> bool:
    """An event's noun in the singular ("Konferencja 14.05.2019"): a title dating one event; a section a post is
    filed under names a kind of posts, in the plural ("Szkolenia 14.05.2019") or with no event noun ("Ogólne")."""
    if not EVENT_WORDS.fullmatch(word):
        return False
    from pipeline.text.analysis import analyse

    return any(a.pos == "subst" and a.tag.startswith("subst:sg:nom") for a in analyse(word.lower()))


def _proper_name(word: str) -> bool:
    """A word the dictionary knows as a name of any kind (a place, a person, an organization)."""
    from pipeline.text.analysis import analyse

    return any(a.names for a in analyse(word))


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for raw in text.split("\n"):
        end = pos + len(raw)
        lo, hi = pos, end
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if hi > lo:
            out.append((lo, hi))
        pos = end + 1
    return out


#: A bare "Data:" label, and the labels of an event's facts on the line after it ("Miejsce:", "Godzina:")
_BARE_DATE_LABEL = re.compile(r"data\s*:", re.IGNORECASE)
#: Labels that only an event's facts use: "Kiedy:", "Termin szkolenia:", "Data wydarzenia:", "Wydarzenie:",
#: "Data i godzina:"
_EVENT_DATE_LABEL = re.compile(r"(?:kiedy|termin(?:\s+[^\W\d_]+)?|data\s+(?:wydarzenia|imprezy|szkolenia|spotkania|"
                               r"konferencji|warsztatów|zajęć|konkursu|festynu)|wydarzenie|impreza|"
                               r"data\s+i\s+(?:godzina|miejsce))\s*:", re.IGNORECASE)
_EVENT_FACTS = re.compile(r"(?:miejsce|godzina|godz\.|gdzie|adres|lokalizacja|organizator|termin)\s*:", re.IGNORECASE)

#: Rules of a bare date line that a programme also uses for the heading of one of its days.
DAY_HEADING_RULES = frozenset({"lone_date", "short_stamp", "tagged_date"})
#: A programme's item: a line that opens with a clock time or a span of times and goes on with words ("9:00 –
#: rejestracja", "godz. 10.30 wykład", "9.00-12.00 prawo"); a time alone under a date is the stamp's clock.
_PROGRAMME_ITEM = re.compile(
    r"(?:godz\.?[ \t]*|godzina[ \t]+|od[ \t]+)?\d{1,2}[:.]\d{2}(?![\d.:]\d)(?:[ \t]*[-–—][ \t]*\d{1,2}[:.]\d{2})?"
    r"[ \t]*(?:[-–—:|][ \t]*)?[^\W\d_]", re.IGNORECASE)

#: How many non-empty lines at the top and bottom count as the page's edges.
EDGE_LINES = 8
#: The longest part of a date stacked over three lines ("20", "mar", "2018", "października").
STACKED_PART_CHARS = 12


#: A line of running prose: enough words, and a sentence's end in it or at its close.
PROSE_WORDS = 6
_WORD = re.compile(r"[^\W\d_]{2,}")
_SENTENCE_END = re.compile(r"[.!?…][\"”»)]?(?:\s|$)")


def _prose(line: str) -> bool:
    return len(_WORD.findall(line)) >= PROSE_WORDS and _SENTENCE_END.search(line) is not None \
        and "|" not in line and _classify(line, False) is None


def _body_bounds(norm: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """Indices of the first and last prose line: the report's body. Lines before and after it are the
    page's frame (menus, title block, stamps, footer) however many there are, unless a date alone on a
    line inside the body makes such lines a run of day headings ("12.03.2019" … "13.03.2019")."""
    prose = [k for k, (lo, hi) in enumerate(spans) if _prose(norm[lo:hi])]
    if not prose or any(DATE_ANYWHERE.fullmatch(norm[lo:hi].rstrip(" .r:")) for lo, hi in spans[prose[0]:prose[-1]]):
        return 0, len(spans)  # no frame beyond the edges
    return prose[0], prose[-1]


#: A line that opens with a date and a dash before words: one dated item of a programme when its neighbour is another.
_DATED_ITEM = re.compile(rf"^\s*(?:{DATE_ANYWHERE.pattern})\s*(?:r\.)?\s*[-–—]\s*\w", re.IGNORECASE)


def analyse_layout(norm: str) -> Layout:
    """Mark furniture lines of `norm` (the same-length normalized text) and find the publication date."""
    spans = _lines(norm)
    n = len(spans)
    first, last = _body_bounds(norm, spans)
    marked: list[FurnitureLine] = []
    stacked_end = -1
    for k, (lo, hi) in enumerate(spans):
        at_edge = k < EDGE_LINES or k >= n - EDGE_LINES or k < first or k > last
        if lo < stacked_end:
            continue
        if at_edge and k + 2 < n and _stacked_date(norm, spans[k:k + 3]):
            # "20 / mar / 2018" on three lines: a template's date badge
            stacked_end = spans[k + 2][1]
            marked.append(FurnitureLine(lo, stacked_end, PUBLICATION_DATE, "stacked_date"))
            continue
        found = _classify(norm[lo:hi], at_edge)
        if found and k + 1 < n and _EVENT_FACTS.match(norm, spans[k + 1][0]) and _BARE_DATE_LABEL.match(norm, lo):
            continue  # "Data: 14.05.2016" over "Miejsce: …": the event's facts, not a stamp
        if found and found[0] == PUBLICATION_DATE and _EVENT_DATE_LABEL.match(norm, lo):
            continue  # "Kiedy: 12 marca 2019 r., godz. 10:00": the event's own time, however the line is written
        if found and found[1] in DAY_HEADING_RULES and k + 1 < n and _PROGRAMME_ITEM.match(norm, spans[k + 1][0]):
            continue  # "19 kwietnia 2018 (czwartek)" over "9:00 – rejestracja": a programme's day, not a stamp
        if found and found[1] == "lone_date" and _DATED_ITEM.match(norm[lo:hi]) and any(
                0 <= x < n and _DATED_ITEM.match(norm[spans[x][0]:spans[x][1]]) for x in (k - 1, k + 1)):
            continue  # "26 maja – zwiedzanie" / "27 maja – wyjazd": a programme's days, not a stamp
        if found:
            marked.append(FurnitureLine(lo, hi, found[0], found[1]))
        if k < first and trailing_kind(norm[lo:hi]) == RELATED:
            # "Ostatnie wpisy:" over dated titles, before the report's body: a sidebar of other articles
            dated = list(takewhile(lambda span: DATE_ANYWHERE.search(norm, *span) is not None, spans[k + 1:first]))
            if dated:
                if not found:
                    marked.append(FurnitureLine(lo, hi, RELATED, f"{RELATED}_head"))
                marked.extend(FurnitureLine(a, b, RELATED, f"{RELATED}_block") for a, b in dated)
                stacked_end = dated[-1][1]
                continue
        trailing = trailing_kind(norm[lo:hi]) if k >= n // 3 else None
        if trailing is not None:
            # below "Komentarze" or "Zobacz też:": readers' comments or other articles, to the end of the page
            if not found:
                marked.append(FurnitureLine(lo, hi, trailing, f"{trailing}_head"))
            marked.extend(FurnitureLine(a, b, trailing, f"{trailing}_block") for a, b in spans[k + 1:])
            break
    prefix = _MONTH_PREFIX.match(norm)
    return Layout(tuple(marked), _publication_date(norm, marked), f"{prefix['y']}-{prefix['m']}" if prefix else None)


#: The month prefix a crawler writes before a page's text: " date 2024-01 Tytuł …".
_MONTH_PREFIX = re.compile(rf"^\s*date\s+(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])(?![\d-])")


def _stacked_date(norm: str, three: list[tuple[int, int]]) -> bool:
    """Day, month and year each alone on one of three short lines."""
    return all(hi - lo <= STACKED_PART_CHARS for lo, hi in three) and \
        DATE_ANYWHERE.fullmatch(norm, three[0][0], three[2][1]) is not None


#: The label of a later edit's stamp: a fallback only, when the page shows no other date of its own.
_UPDATED = re.compile(r"(?:ostatni\w*\s+)?(?:aktualizacj|zaktualizowan|zmodyfikowan|modyfikacj)", re.IGNORECASE)


def _publication_date(norm: str, marked: list[FurnitureLine]) -> PageDate | None:
    """Labelled dates beat lone dates beat bylines; earlier beats later. A crawl header is the day the page
    was fetched, not written: never the publication date."""
    order = {"labelled_date": 0, "labelled_short_year": 0, "posted_line": 0, "month_prefixed": 0, "record_line": 1, "lone_date": 1, "stamp_line": 1, "clock_stamp": 1, "machine_stamp": 1, "tagged_date": 1, "dated_byline": 1, "short_stamp": 2, "stacked_date": 1, "author": 2, "views": 2, "photo_credit": 3}  # not crawl headers
    best: tuple[int, int, PageDate] | None = None
    for line in marked:
        if line.rule not in order:
            continue
        m = DATE_ANYWHERE.search(norm, line.start, line.end)
        short = SHORT_YEAR_DATE.search(norm, line.start, line.end) if m is None and line.rule == "labelled_short_year" \
            else None
        if short is not None:  # "Dodano: 17.05.19"
            m = short
        if m is None:
            continue
        iso = short_year_date_of(m) if short is not None else date_of(m)
        if iso is None:
            continue
        rank = 3 if _UPDATED.match(norm, line.start) else order[line.rule]  # an update is not the publication
        key = (rank, line.start)
        if best is None or key < best[:2]:
            best = (*key, PageDate(iso, m.start(), m.end(), line.rule))
    return best[2] if best else None
