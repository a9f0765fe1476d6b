"""The line rules of page furniture, as data: each a named pattern with the kind of line it marks.

Kept apart from `pipeline.text.layout` (which walks a page's lines and applies them) so that other
stages can read the same date patterns (`DATE_PATTERN`, `date_of`) without the layout walk.
"""

from __future__ import annotations

import datetime as dt
import re

#: Kinds of furniture, as in docs/annotation.md.
PUBLICATION_DATE = "publication_date"
CRAWL_HEADER = "crawl_header"
CALENDAR = "calendar"
MENU = "menu"
CAPTION = "caption"
BYLINE = "byline"
COMMENTS = "comments"
RELATED = "related"
#: Kinds that run from their heading to the end of the page: what lies there reports no fact of the event.
TRAILING_KINDS = frozenset({COMMENTS, RELATED})

_MONTHS_GEN = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
               "października", "listopada", "grudnia")
_MONTHS_NOM = ("styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
               "październik", "listopad", "grudzień")
_MONTHS_ABBR = ("sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru")
_MONTH_WORD = "|".join(_MONTHS_GEN + _MONTHS_NOM) + "|" + "|".join(a + r"\.?" for a in _MONTHS_ABBR)
_WEEKDAY = r"(?:poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|pon|wt|śr|czw|pt|sob|niedz|nd)\.?"
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_MONTH = "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True))
_D = r"(?:0?[1-9]|[12]\d|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
YEAR = r"(?:19\d\d|20\d\d)"
#: A date written the ways page templates write it; groups y, m (number or month word), d.
_DATE = (rf"(?<!\d)(?<!\d[-–])(?:(?P<y>{YEAR})(?P<ys>[-./])(?P<m>{_M})(?P=ys)(?P<d>{_D})"
         rf"|(?P<d2>{_D})[./-](?P<m2>{_M})[./-](?P<y2>{YEAR})"
         rf"|(?P<d3>{_D})[.,]?\s+(?P<w3>{_MONTH_WORD}),?\s+(?P<y3>{YEAR})"  # Joomla: "wtorek, 20, październik 2015"
         rf"|(?<![\w.])(?P<w4>{_MONTH_WORD})\s+(?P<d4>{_D}),\s+(?P<y4>{YEAR})"  # "mar 11, 2021" (templates)
         rf"|(?P<d5>{_D})(?:\s+|\.)(?P<r5>(?-i:{_ROMAN_MONTH}))(?:\s+|\.)(?P<y5>{YEAR}))(?!\d)")  # "17 V 2019", "17.V.2019"
#: A numeric date with a two-digit year ("17.05.19"), read as 20YY (docs/annotation.md, 818): only after a stamp's
#: label, where no amount or clock can stand
SHORT_YEAR_DATE = re.compile(rf"(?<![\d.,/-])(?P<d>{_D})(?P<s>[./-])(?P<m>{_M})(?P=s)(?P<y>\d\d)(?![\d./-]\d|\d)")
CLOCK = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
_TIME = rf"(?:,?\s*(?:o\s+)?(?:godz\.?\s*)?{CLOCK})?"
_LABEL = (r"(?:opublikowano|opublikowany|opublikowana|opublikowane|data publikacji|data dodania|dodano|dodany|"
          r"dodane|utworzono|data utworzenia|aktualizacja|zaktualizowano|ostatnia aktualizacja|zmodyfikowano|"
          r"modyfikacja|ostatnia modyfikacja|data modyfikacji|data wytworzenia|data udostępnienia|"
          r"data wprowadzenia|wprowadzono|zamieszczono|zamieszczony|zamieszczona|zamieszczone|data zamieszczenia|"
          r"data wpisu|posted on|published|data|wpis z dnia|z dnia)")

_UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"
#: One to four capitalised words: a source's or an author's name ("Radio Zdrój", "Anna Kos-Nowak").
_CAPITALISED_NAMES = rf"[{_UPPER}][\w.'-]*(?:\s+[{_UPPER}][\w.'-]*){{0,3}}"

#: Labels that only a page's stamp uses: one word (a section name, "Aktualności Dodano: …") may precede them.
_POSTED = (r"(?:opublikowano|opublikowany|opublikowana|opublikowane|data publikacji|data dodania|dodano|dodany|dodane|"
           r"zamieszczono|zamieszczony|zamieszczona|zamieszczone|data zamieszczenia|data wpisu|published|posted(?: on)?)"
           r"(?:\s+[a-ząćęłńóśźż]{3,15}(?=\s*:))?")  # "Data publikacji artykułu:", "Data dodania wpisu:"

#: (name, kind, pattern over one stripped line): first match wins.
LINE_RULES: list[tuple[str, str, re.Pattern[str]]] = [
    ("labelled_date", PUBLICATION_DATE, re.compile(
        rf"^(?:[^\s.!?:]+\s+(?={_POSTED}))?(?:{_LABEL})\s*:?\s*(?:dnia\s+)?(?:{_WEEKDAY},?\s*)?{_DATE}\s*(?:r\.?)?{_TIME}"
        rf"(?:\s*(?:[|•·,;/-]|przez|autor|by)\s*[^.!?\n]{{0,60}})?\s*$",
        re.IGNORECASE)),
    ("labelled_short_year", PUBLICATION_DATE, re.compile(
        rf"^(?:{_LABEL})\s*:?\s*(?:dnia\s+)?(?:{_WEEKDAY},?\s*)?{SHORT_YEAR_DATE.pattern}\s*(?:r\.?)?{_TIME}\s*$",
        re.IGNORECASE)),
    # "Opublikowano 11 marca 2021 r. w kategorii Aktualności": after a posting label the rest of the line is the stamp's
    # ... and "Opublikowano w Sport | 17 maja 2019": the section it was posted in may come between label and date
    ("posted_line", PUBLICATION_DATE, re.compile(
        rf"^(?i:{_POSTED}(?:\s+w\s+(?:kategorii\s+|dziale\s+)?[^\n|,:.]{{1,30}}?\s*[|,])?\s*:?\s*(?:dnia\s+)?"
        rf"(?:{_WEEKDAY},?\s*)?{_DATE})(?:(?!\.\s+[{_UPPER}])[^!?\n]){{0,80}}$")),
    # a public-information bulletin's (BIP) record: "Informacja wytworzona przez: Urząd Gminy w dniu 17.05.2019",
    # "Udostępnił: Jan Kos, dnia 17.05.2019": who made or posted the text, and when
    ("record_line", PUBLICATION_DATE, re.compile(
        rf"^(?:informacj\w+\s+)?(?:wytworzon\w*|wytworzył\w*|udostępnion\w*|udostępnił\w*|wprowadzon\w*|"
        rf"wprowadził\w*)(?:\s+przez)?\s*:[^\n]{{0,80}}?{_DATE}\s*(?:r\.?)?{_TIME}\s*$", re.IGNORECASE)),
    # " date 2024-03 5 marca, 2024": a crawler's month prefix, then the page's own full date on the same line
    ("month_prefixed", PUBLICATION_DATE, re.compile(rf"^date\s+{YEAR}-{_M}\s+(?:{_WEEKDAY},?\s*)?{_DATE}", re.IGNORECASE)),
    ("crawl_header", CRAWL_HEADER, re.compile(
        rf"^(?:{CLOCK}\s*)?(?:{_WEEKDAY},?\s+)?{_DATE}\s*(?:r\.?)?.{{0,80}}imienin", re.IGNORECASE)),
    ("crawl_header_pipe", CRAWL_HEADER, re.compile(
        rf"^{_WEEKDAY},?\s+{_DATE}\s*(?:r\.?)?.{{0,80}}\|", re.IGNORECASE)),
    ("today", CRAWL_HEADER, re.compile(
        rf"^(?:dziś|dzisiaj)\s+(?:jest\s+)?(?:{_WEEKDAY},?\s+)?{_DATE}", re.IGNORECASE)),
    ("name_days", CRAWL_HEADER, re.compile(r"^(?:.{0,60}\|\s*)?imieniny\s*:?", re.IGNORECASE)),
    ("lone_date", PUBLICATION_DATE, re.compile(
        rf"^(?:{_WEEKDAY},?\s*)?{_DATE}\s*(?:r\.?)?{_TIME}\s*(?:[|•·,-]?\s*\w[\w /]{{0,30}})?$", re.IGNORECASE)),
    # "Kultura Śr. 20.01.2021 17:10:00", "wb | 2014-06-05 12:42 | Rozmiar tekstu: A A A": a stamp with a time
    ("stamp_line", PUBLICATION_DATE, re.compile(
        rf"^(?:[^\s.!?]+\s+){{0,3}}(?:\|\s*)?(?:{_WEEKDAY},?\s*)?{_DATE}\s*(?:r\.?)?,?\s*(?:godz\.?\s*)?{CLOCK}"
        rf"(?:\s*(?:[|•·]\s*[^.!?]{{0,60}})?)$", re.IGNORECASE)),
    # "Ogólne 25.03.2010": one common word (a section tag) and a date in digits; a name there ("Zalesie
    # 14.05.2018") makes it a title
    ("tagged_date", PUBLICATION_DATE, re.compile(
        rf"^[^\W\d_][^\s\d.!?:]*\s+(?:(?<!\d){YEAR}-{_M}-{_D}|{_D}[./-]{_M}[./-]{YEAR})(?!\d)\s*(?:r\.?)?$")),
    # "2021-05-04 09:12:55 2021-05-06 10:01:02 Jan Kos", "2020-03-02, 18:30 Autor: PAP": an ISO date with a clock,
    # or any date with a clock to the second, is what a content system prints, never how a report begins
    ("machine_stamp", PUBLICATION_DATE, re.compile(
        rf"^(?:[^\s.!?]+\s+){{0,3}}(?:\|\s*)?(?:{_WEEKDAY},?\s*)?"
        rf"(?:(?<!\d){YEAR}-{_M}-{_D}[ T,]+\s*\d{{1,2}}:\d{{2}}|{_D}[./-]{_M}[./-]{YEAR},?\s+\d{{1,2}}:\d{{2}}:\d{{2}})"
        rf"(?::\d{{2}})?(?!\d)(?:\s*[(|•·,]|\s+(?:autor\w*|źródło|ost\.|aktualizacja)\b|\s+\d{{4}}-|\s*$)",
        re.IGNORECASE)),
    # "12.03.2019. Radio Zdrój, Anna Kos": a date, then a source and an author, names only
    ("dated_byline", PUBLICATION_DATE, re.compile(
        rf"^{_DATE}\s*(?:r\.)?[.,|•·-]?\s*{_CAPITALISED_NAMES}(?:\s*[,|•·]\s*{_CAPITALISED_NAMES}){{1,2}}[\s|•·]*$")),
    # "19:30, 11.07.2017 Biblioteka Publiczna w X": the clock first, then the date and the source
    ("clock_stamp", PUBLICATION_DATE, re.compile(
        rf"^{CLOCK},?\s+(?:{_WEEKDAY},?\s*)?{_DATE}\s*(?:r\.?)?(?:\s*[|•·,-]?\s*[^.!?]{{0,80}})?$",
        re.IGNORECASE)),
    ("calendar_grid", CALENDAR, re.compile(
        r"^(?:(?:pn|pon|wt|śr|sr|cz|czw|pt|so|sob|nd|niedz|n)\.?\s*[|\t ]\s*){3,}|"
        r"^(?:\d{1,2}\s*[|\t]\s*){4,}\d{0,2}\s*\|?$|^(?:\d{1,2}\s+){6,}\d{1,2}$", re.IGNORECASE)),
    ("calendar_month", CALENDAR, re.compile(
        rf"^(?:«|<|‹)?\s*(?:{'|'.join(_MONTHS_NOM)})\s+{YEAR}\s*(?:»|>|›)?$", re.IGNORECASE)),
    ("skip_link", MENU, re.compile(
        r"^(?:skip to (?:main )?content|przejdź do (?:treści|zawartości|menu|wyszukiwarki)|"
        r"pomiń (?:nawigację|menu)|menu|mapa strony|strona główna|wyszukaj|szukaj|zaloguj(?: się)?|"
        r"deklaracja dostępności|wersja (?:kontrastowa|do druku|tekstowa)|a\s*a\s*a|a\+|a-)$", re.IGNORECASE)),
    ("breadcrumb", MENU, re.compile(
        r"^(?:jesteś tutaj|jesteś w|znajdujesz się w|you are here|start|strona główna)\s*:?\s*.{0,80}(?:»|>|/|›|→)",
        re.IGNORECASE)),
    ("crumb_chain", MENU, re.compile(r"^[^.!?\n]{1,40}(?:\s(?:»|>|›|→|/)\s[^.!?\n]{1,40}){2,}$")),
    ("share_print", MENU, re.compile(
        r"^(?:(?:udostępnij|podziel się|share|tweet|drukuj|wydrukuj|print|pobierz pdf|zapisz pdf|powrót|wróć|"
        r"poprzedni|następny|czytaj (?:więcej|dalej)|więcej|facebook|twitter|linkedin|e-?mail|x|"
        r"rozmiar (?:tekstu|czcionki)|powiększ|pomniejsz|like|lubię to|komentarze?|"
        r"skomentuj|poleć(?: znajomemu)?|generuj pdf|wersja pdf)\b[\s|:•·,/-]*){1,6}\d{0,4}$", re.IGNORECASE)),
    ("cookies", MENU, re.compile(
        r"(?:pliki? cookies?|ciasteczk|polityk\w* prywatności|akceptuję|zgadzam się)", re.IGNORECASE)),
    # "Poprzedni wpis: Sesja Rady (12.05.2019)", "« Następny artykuł: …": a neighbouring post's title and date
    ("neighbour_post", RELATED, re.compile(
        r"^[«‹<]?\s*(?:poprzedni|następny|wcześniejszy|późniejszy|starszy|nowszy)\s+(?:wpis|artykuł|post|tekst|news|"
        r"aktualność|wiadomość|materiał)\s*:?\s*\S", re.IGNORECASE)),
    ("photo_count", CAPTION, re.compile(
        r"^(?:zdjęcie|zdjęcia|foto|fotografia|obraz|galeria(?: zdjęć)?|image|slide)\s*:?\s*\d+\s*(?:z|/|of)\s*\d+",
        re.IGNORECASE)),
    ("file_name", CAPTION, re.compile(
        r"^\S{0,80}\.(?:jpe?g|png|gif|webp|bmp|tiff?|heic)\s*(?:\(\d.{0,20}\))?$", re.IGNORECASE)),
    ("gallery", CAPTION, re.compile(
        r"^(?:galeria(?: zdjęć)?|zobacz (?:galerię|zdjęcia)|zdjęcia z wydarzenia|fotorelacja|powiększ zdjęcie|"
        r"kliknij,? aby powiększyć)\s*:?\s*(?:\(\d+\))?$", re.IGNORECASE)),
    # "Na zdjęciu (od lewej): A (Fundacja X), B", "Na fot. od lewej: …", "Od lewej: …": who a photo shows
    ("caption_line", CAPTION, re.compile(
        r"^\(?(?:na\s+(?:zdjęciu|zdjęciach|zdj\.|fotografii|fotografiach|fot\.|foto)|od\s+lewej\b)",
        re.IGNORECASE)),
    ("photo_credit", BYLINE, re.compile(
        r"^\(?(?:fot\.|fot:|foto:|zdj\.|zdjęcia:|zdjęcie:|źródło(?: zdjęć)?:|autor zdjęć:|fotografie:)\s*.{0,80}$",
        re.IGNORECASE)),
    ("author", BYLINE, re.compile(
        r"^(?:autor|autorka|opracowanie|opracował[a]?|oprac\.|tekst|redakcja|napisał[a]?|wprowadził[a]?|"
        r"dodał[a]?|opublikował[a]?|posted by|by)\s*:?\s*[^\n]{1,80}$", re.IGNORECASE)),
    ("views", BYLINE, re.compile(
        r"(?:^|\|\s*|\s)(?:odsłon\w*|wyświetle\w*|odczyt\w*|przeczytano|czytano|views|liczba wizyt)\s*:?\s*\d+"
        r"|^\d+\s+(?:odsłon\w*|wyświetle\w*|views)\b", re.IGNORECASE)),
    ("comments", BYLINE, re.compile(r"^(?:\d+\s+)?komentarz\w*\s*(?:\(\d+\))?$", re.IGNORECASE)),
]
#: The heading of a page's comment section: what follows it is readers' comments.
_COMMENTS_HEAD = re.compile(r"^(?:\d+\s+)?(?:komentarz\w*|dodaj\s+komentarz|skomentuj|napisz\s+komentarz|"
                            r"komentarze\s+czytelników)\s*:?\s*(?:\(\d+\))?$", re.IGNORECASE)
#: The heading of a list of other articles: "Zobacz też:", "Czytaj także", "Powiązane artykuły".
_RELATED_HEAD = re.compile(r"^(?:zobacz|przeczytaj|czytaj)\s+(?:też|także|również)|^(?:powiązane|podobne|polecane)\s+"
                           r"(?:artykuły|wpisy|wiadomości|teksty|posty)|^(?:inne|najnowsze|ostatnie)\s+"
                           r"(?:aktualności|wiadomości|wpisy|artykuły)\s*:?$", re.IGNORECASE)


def trailing_kind(line: str) -> str | None:
    if _COMMENTS_HEAD.match(line):
        return COMMENTS
    if len(line) <= 40 and _RELATED_HEAD.match(line):
        return RELATED
    return None

#: A line that a label of the bodies' part opens ("Partnerzy:", "Organizatorzy projektu:", "Sponsor:"): the list after
#: it names the report's bodies, however its items are separated, and is no menu or breadcrumb.
ROLE_LABEL = re.compile(r"^\s*(?:współ)?(?:organizator|partner|sponsor|patron|fundator|realizator|gospodarz)\w*"
                        r"(?:\s+[^\s:|/]+){0,2}\s*:", re.IGNORECASE)
#: A short line at the edges that is nothing but a title-cased menu item list: "Aktualności | Kontakt | O nas".
PIPE_MENU = re.compile(r"^(?:[^|.!?]{1,30}\|){2,}[^|.!?]{0,30}$")
DATE_ANYWHERE = re.compile(_DATE, re.IGNORECASE)
DATE_PATTERN = _DATE


def short_year_date_of(m: re.Match[str]) -> str | None:
    """The date of a `SHORT_YEAR_DATE` match, its year in this century."""
    try:
        return dt.date(2000 + int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None


def date_of(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    try:
        if g.get("y"):
            return dt.date(int(g["y"]), int(g["m"]), int(g["d"])).isoformat()
        if g.get("y2"):
            return dt.date(int(g["y2"]), int(g["m2"]), int(g["d2"])).isoformat()
        if g.get("y5"):
            return dt.date(int(g["y5"]), _ROMAN_MONTHS.index(g["r5"]) + 1, int(g["d5"])).isoformat()
        for y, w, d in (("y3", "w3", "d3"), ("y4", "w4", "d4")):
            if g.get(y):
                word = g[w].lower().rstrip(".")
                month = next(i for i, names in enumerate(zip(_MONTHS_GEN, _MONTHS_NOM, _MONTHS_ABBR, strict=True))
                             if word in names) + 1
                return dt.date(int(g[y]), month, int(g[d])).isoformat()
    except ValueError:
        return None
    return None
