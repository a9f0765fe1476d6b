"""Sports clubs written the Polish way: the club's own name, then its town in the nominative.

"Bzura Ozorków", "piłkarze Bzury Ozorków", "z Czarnymi Rząśnia", "MKS Bzura Ozorków", "KS „Wifama” Łódź",
"Sokół Syguła Aleksandrów", "SMS II Spała": the town after the name does not decline with it ("z Wartą Działoszyn"),
which tells it apart from a two-word place ("w Zielonej Górze" agrees, and the register knows it whole). The own
name, in its base form, is the organization; the town is a place of its own (docs/annotation.md: a town written
after a name with a proper part drops and is a place; a sports-club acronym never spelled out heads the name; a
name made only of acronyms is its own acronym). A squad's Roman numeral ("SMS II Spała", "Skra Bełchatów II")
is no part of either. Only in a text about sport: elsewhere a word before a town is seldom a club's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from pipeline.lexicon.bodies import BODY_HEADS, VILLAGE_BODY_ACRONYMS
from pipeline.lexicon.places import is_known_locality, locality_base
from pipeline.lexicon.words import ORG_HEADS, VENUE_HEADS, is_acronym_word, noun_lemmas, role_title
from pipeline.ner.readings import per_document, per_readings
from pipeline.text.analysis import Analysis
from pipeline.text.inflect import generate_form
from pipeline.text.morphology import PREP_CASES

#: Lemmas of a report on team sport: its matches, leagues and players.
SPORT_LEMMAS = frozenset({"mecz", "sparing", "liga", "ligowy", "rozgrywka", "turniej", "piłkarz", "piłkarka", "piłkarski",
                          "siatkarz", "siatkarka", "siatkówka", "koszykarz", "koszykarka", "koszykówka",
                          "szczypiornista", "szczypiornistka", "hokeista", "kibic"})
_OPEN = ("„", '"', "“")
_CLOSE = ("”", '"', "“")
_ROMAN = re.compile(r"[IVX]{1,4}")
_YEAR = re.compile(r"(19|20)\d\d")
_HYPHEN = re.compile(r"[-‐‑]")
_TOWN_WORDS = 3  # "Stalowa Wola", "Ruda Śląska", "Bielsko-Biała" are tried whole before their last word
#: Units of the country's division and of a church: "Gmina Ozorków", "Parafia Zgierz" are no clubs.
_UNIT_NOUNS = frozenset({"gmina", "powiat", "województwo", "miasto", "wieś", "sołectwo", "osiedle", "dzielnica",
                         "parafia", "diecezja", "region", "ziemia", "okręg", "miejscowość", "osada"})
_KIND_HEADS = ORG_HEADS | BODY_HEADS | VENUE_HEADS | _UNIT_NOUNS


def _acronym(text: str) -> bool:
    """A club's acronym, two letters too ("KS", "KP"): in a club's name capitals alone are no word."""
    return is_acronym_word(text) or 2 <= len(text) <= 10 and text.isalpha() and text.isupper()


@per_document
def sports_text(doc: Sequence[Token]) -> bool:
    """The text speaks of matches, leagues or players (any reading's lemma counts); remembered for the last
    documents (`per_document`), as the club rules ask it several times, on the Doc or on its light tokens."""
    return bool(len(doc)) and _sport_words(doc)


def _sport_words(doc: Sequence[Token]) -> bool:
    """Any token's readings give a sport's lemma (each readings tuple, a word form's, is looked at once; the
    document's column of answers is read in one comprehension)."""
    return any(_sport_readings.column(doc))  # type: ignore[attr-defined]


@per_readings
def _sport_readings(readings: tuple[Analysis, ...]) -> bool:
    return any(a.lemma in SPORT_LEMMAS for a in readings)  # common nouns' lemmas are lower-case


#: Nouns of a team's people and squads: the capitalised genitive after one names their club ("wychowanek Widzewa",
#: "piłkarzom Sokoła", "Juniorzy Bzury").
MEMBER_LEMMAS = frozenset({"piłkarz", "piłkarka", "siatkarz", "siatkarka", "koszykarz", "koszykarka", "zawodnik",
                           "zawodniczka", "junior", "juniorka", "kibic", "trener", "wychowanek", "wychowanka",
                           "bramkarz", "napastnik", "drużyna", "kadra"})


_PERSONAL = frozenset({"imię", "nazwisko"})


def find_member_clubs(doc: Sequence[Token], blocked: set[int]) -> list[int]:
    """Tokens of a club named alone in the genitive after a noun of its players or squad, in a sports text:
    "wychowanek Widzewa" is the club, not the district; a person's name or a country there is none."""
    from pipeline.lexicon.places import COUNTRIES

    if not sports_text(doc):
        return []
    out = []
    for k in range(1, len(doc)):
        tok, prev = doc[k], doc[k - 1]
        if k in blocked or not _word(tok) or _acronym(tok.text) or prev.whitespace_ != " " \
                or not noun_lemmas(prev) & MEMBER_LEMMAS or k + 1 < len(doc) and _word(doc[k + 1]):
            continue
        gen = [a for a in tok._.morf if "gen" in a.cases and a.pos == "subst"]
        names = {n for a in gen for n in a.names}
        common = [a for a in gen if not a.names]
        if gen and not any(a.lemma in COUNTRIES for a in gen) and names - _PERSONAL \
                and not (common and all(a.number == "pl" for a in common)):  # "Widzewa", "Pogoni"; not "trener
            out.append(k)  # Nowaka" (a surname) nor "zawodnicy Gospodarzy" (the hosts, plural, though a village too)
    return out


def find_clubs(doc: Sequence[Token], blocked: set[int]) -> list[tuple[int, int, int, int]]:
    """(name start, name end, town start, town end) of each club written with its town in a sports text;
    `blocked` tokens (people, named institutions) are no part of one."""
    if not sports_text(doc):
        return []
    out = []
    i = 0
    while i < len(doc):
        end = _run_end(doc, i, blocked)
        if end > i:
            club = _club_in_run(doc, i, end)
            if club is not None:
                out.append(club)
            i = end
        else:
            i += 1
    return out


def _word(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


def _run_end(doc: Sequence[Token], i: int, blocked: set[int]) -> int:
    """End of the run of name words starting at i: capitalised words, quoted names, a squad's numeral and a
    year inside the name ("SAS VIS 2007 Skierniewice"); a line break, punctuation or a dash ends it."""
    if i in blocked or not _word(doc[i]) or i > 0 and (_word(doc[i - 1]) and not doc[i - 1].whitespace_
                                                         or doc[i - 1].text in _OPEN):
        return i
    k = i
    while k < len(doc) and k not in blocked:
        tok = doc[k]
        if _word(tok):
            k += 1
        elif _HYPHEN.fullmatch(tok.text) and k > i and not doc[k - 1].whitespace_ and not tok.whitespace_ \
                and k + 1 < len(doc) and _word(doc[k + 1]):
            k += 2  # "Bielsko-Biała", "Kędzierzyn-Koźle": one town
        elif tok.text in _OPEN and (close := _quote_end(doc, k)) is not None:
            k = close  # 'KS "Wifama" Łódź', 'LKS „Orzeł Biały” Lipno'
        elif _YEAR.fullmatch(tok.text) and k > i and k + 1 < len(doc) and _word(doc[k + 1]):
            k += 1
        else:
            break
        glued_hyphen = k + 1 < len(doc) and _HYPHEN.fullmatch(doc[k].text) is not None and _word(doc[k - 1])
        if doc[k - 1].whitespace_ != " " and not glued_hyphen \
                or k < len(doc) and doc[k].is_sent_start and doc[k].text[:1] != '"':
            break  # "Garwolin. Kadra": the sentence ends the run
    return k


def club_town_after(doc: Sequence[Token], head: int, end: int) -> tuple[int, bool] | None:
    """(start, whether it drops from the name) of the town closing a club's written name whose own part comes
    before it: "Ludowy Klub Sportowy Orzeł Wieluń" -> "… Orzeł" and the place Wieluń (docs/annotation.md 595,
    616); after a quoted own part the town stays in the name and is a place as well ("Ludowy Klub Sportowy „Orzeł”
    X", corpus 030). None for a generic name, which keeps its town and gives no place ("Klub Sportowy Wieluń")."""
    if not noun_lemmas(doc[head]) & {"klub"} or end - head < 3:
        return None
    town = _town_start(doc, head + 2, end)
    if town is None:
        return None
    own = doc[town - 1]
    if own.text in _CLOSE:
        return town, False
    if _acronym(own.text):
        return town, True
    return (town, True) if _word(own) and any(a.pos == "ign" or a.pos in ("subst", "depr") and "nom" in a.cases
                                      for a in own._.morf) \
        and not any(a.pos == "adj" for a in own._.morf) else None  # "Klub Seniora Lipno": a complement, no name


def _quote_end(doc: Sequence[Token], k: int) -> int | None:
    """End (after the closing quote) of a quoted name of one to three capitalised words opening at k."""
    m = k + 1
    while m < len(doc) and m - k <= 3 and _word(doc[m]):
        m += 1
    return m + 1 if m > k + 1 and m < len(doc) and doc[m].text in _CLOSE else None


def _town_start(doc: Sequence[Token], i: int, end: int) -> int | None:
    """Start of the town closing the run i..end (the longest the register knows, leaving a name before it)."""
    for size in range(min(_TOWN_WORDS, end - i - 1), 0, -1):
        words = doc[end - size:end]
        if all(_word(t) or _HYPHEN.fullmatch(t.text) for t in words) and _word(words[0]) and _nominative_town(words) \
                and not (end - size > i and _HYPHEN.fullmatch(doc[end - size - 1].text)):
            return end - size  # never the second half of a hyphenated town
    return None


def _nominative_town(words: Sequence[Token]) -> bool:
    """The words are a locality the register knows, written in the nominative (its base form)."""
    text = "".join(t.text + t.whitespace_ for t in words).strip()
    if not is_known_locality(text):
        return False
    last = words[-1]
    if len(words) > 1:
        return True
    return any(a.pos == "ign" or "nazwa_geograficzna" in a.names and "nom" in a.cases and a.lemma == last.text
               for a in last._.morf)


def _club_in_run(doc: Sequence[Token], i: int, end: int) -> tuple[int, int, int, int] | None:
    if _ROMAN.fullmatch(doc[end - 1].text) and end - i > 2:
        end -= 1  # "Skra Bełchatów II": the squad's numeral after the town
    town = _town_start(doc, i, end)
    if town is None:
        return None
    name_end = town - 1 if _ROMAN.fullmatch(doc[town - 1].text) and town - 1 > i else town  # "SMS II Spała"
    start = i
    while start < name_end and not _name_word(doc[start]):
        start += 1  # "Wczoraj Legia Sieradz …", "Wygrał Skra Bełchatów": a sentence's first word before the name
    if start == name_end or doc[start].text in VILLAGE_BODY_ACRONYMS:
        return None  # "OSP Stężyca": a village body and its seat (`pipeline.extract.village_bodies`)
    if start > 0 and doc[start - 1].text.lower() in ("z", "ze", "w", "we", "do", ",", "i") \
            and is_known_locality(locality_base(list(doc[start:end]))):
        return None  # "drużyny z Jeleniej Góry": a town of two words the register knows, no club and its town
    if name_end - start > 1 and _kind_noun(doc[start]) and (_by_position(doc, start) or any(
            "gen" in a.cases for a in doc[start + 1]._.morf)):
        start += 1  # "Kadra Bzury Ozorków", "Mecz Bzura Ozorków - …": a common noun capitalised by position
    if not all(_name_word(t) for t in doc[start:name_end]) \
            or any(noun_lemmas(t) & _KIND_HEADS or role_title(t.text, t._.morf) for t in doc[start:name_end]):
        return None  # "Hala Ozorków", "Gmina Zgierz", "Burmistrz Zgierz": a kind of place, unit or office
    if name_end - start == 1 and _by_position(doc, start) and _kind_noun(doc[start]) and town == end - 1 and any(
            a.names and "gen" in a.cases and a.lemma != doc[town].text for a in doc[town]._.morf):
        return None  # "Juniorzy Bzury": a noun capitalised by position and the genitive it governs, no town
    if not any(_acronym(t.text) or _proper(t) or t.text in _OPEN for t in doc[start:name_end]) \
            and not _after_team_word(doc, start) and name_end - start > 1:
        return None  # "Wielki Sukces Ozorków": common words in a title's capitals name no club
    return start, name_end, town, end


def _by_position(doc: Sequence[Token], k: int) -> bool:
    """The word opens a sentence or a line, so its capital says nothing."""
    return k == 0 or doc[k].is_sent_start or doc[k - 1].text in (".", "!", "?", ":", ";") or doc[k - 1].is_space


def _kind_noun(tok: Token) -> bool:
    """A word the dictionary knows only as a common noun: no proper reading, no acronym."""
    return not _acronym(tok.text) and any(a.pos in ("subst", "depr") for a in tok._.morf) and all(
        not a.names and a.lemma[:1].islower() for a in tok._.morf)


#: Parts of speech of a word that names nothing: "Wczoraj Ozorków gościł …" has no club in it.
_FUNCTION_POS = frozenset({"prep", "conj", "comp", "qub", "adv", "ppron12", "ppron3", "interj"})


def _name_word(tok: Token) -> bool:
    """An acronym, a quote, a year, or a word read as a noun or adjective and never as a function word."""
    if not tok.is_alpha or _acronym(tok.text):
        return True
    return any(a.pos in ("subst", "depr", "adj", "ign") for a in tok._.morf) \
        and not any(a.pos in _FUNCTION_POS for a in tok._.morf)


def _proper(tok: Token) -> bool:
    return any(a.names or a.pos == "ign" for a in tok._.morf)


def _after_team_word(doc: Sequence[Token], i: int) -> bool:
    return i > 0 and bool(noun_lemmas(doc[i - 1]) & {"zespół", "drużyna", "klub"})


def club_name(doc: Sequence[Token], start: int, end: int, original: str) -> tuple[str, str | None]:
    """(base form, acronym) of the club named by tokens start..end. Led by an acronym, the name stays as written
    (the own name after it is in the nominative: "z MKS Bzura"); alone it is put into the nominative from the
    case its place in the sentence gives ("zespół Bzury" -> "Bzura", "z Czarnymi" -> "Czarni"). A name made only
    of acronyms is its own acronym ("UKS SMS")."""
    toks = doc[start:end]
    written = original[toks[0].idx:toks[-1].idx + len(toks[-1].text)]
    if all(_acronym(t.text) for t in toks):
        return written, written
    if _acronym(toks[0].text) or any(t.text in _OPEN for t in toks):
        return written, None
    cases = _context_cases(doc, start)
    words = [_nominative(t, cases) for t in toks]
    name = "".join(w + t.whitespace_ for w, t in zip(words, toks, strict=True)).strip()
    return (_fuller_name(doc, name, original) if len(toks) == 1 else name), None


def _fuller_name(doc: Sequence[Token], word: str, original: str) -> str:
    """"z Sokołem Aleksandrów" after "Sokół Syguła Aleksandrów", "Juniorzy Bzury" after "MKS Bzura Ozorków": one word
    that begins exactly one longer club name of the text, or follows its acronym, names that club."""
    longer = set()
    for s, e, _town, _end in find_clubs(doc, set()):
        if e - s > 1:
            name = club_name(doc, s, e, original)[0]
            words = name.split()
            if words[0] == word or _acronym(words[0]) and words[1] == word:  # "Juniorzy Bzury": MKS Bzura
                longer.add(name)
    return longer.pop() if len(longer) == 1 else word


def _context_cases(doc: Sequence[Token], start: int) -> tuple[str, ...]:
    """Cases the name's place gives, most likely first: a preposition's; after a noun the genitive ("piłkarze
    Bzury"); else the nominative."""
    if start == 0:
        return ("nom",)
    prev = doc[start - 1]
    governed = PREP_CASES.get(prev.text.lower())
    if governed:
        return tuple(sorted(governed))
    if prev.is_alpha and (prev.text[:1].islower() and any(a.pos in ("subst", "depr") for a in prev._.morf)
                          and not any(a.pos in ("fin", "praet", "inf", "ppas", "pact", "ger", "adv") for a in prev._.morf)
                          or _kind_noun(prev)):  # "Kadra Bzury Ozorków": capitalised by position
        return ("gen", "nom")
    return ("nom",)


def _nominative(tok: Token, cases: tuple[str, ...]) -> str:
    """The word's nominative in the number it is written in: a singular noun's lemma, a plural's nominative
    plural (a plural adjective or noun as a team is masculine-personal: "Czarnymi" -> "Czarni")."""
    if not tok.is_alpha or _acronym(tok.text):
        return tok.text
    readings = [a for a in tok._.morf if a.pos in ("subst", "depr", "adj")]
    for case in (*cases, "nom", None):  # None: any case ("z Czarnymi Rząśnia, Wartą Działoszyn" after a comma)
        found = [a for a in readings if case is None or case in a.cases]
        if not found:
            continue
        if case == "nom" and any(a.pos != "adj" for a in found):
            return tok.text
        found.sort(key=lambda a: (a.number != "sg", a.pos == "adj", not a.names, "m1" not in a.genders))
        a = found[0]
        if a.number == "sg" and a.pos != "adj":
            form: str | None = a.lemma
        else:
            gender = "m1" if "m1" in a.genders else next(iter(sorted(a.genders)), "")
            form = generate_form(a.lemma, "subst" if a.pos == "depr" else a.pos, a.number or "sg", gender)
        if form:
            return form[:1].upper() + form[1:]
    return tok.text
