"""Places for the rule NER: words with a geographic reading (SGJP 'nazwa_geograficzna' and its name parts),
consecutive capitalised parts joined ('Nowy Sącz', 'Ustrzyki Dolne'), and localities led by an adjective that the
TERYT register knows ('w Murowanej Goślinie'). Organizations and people are found in `pipeline.ner.builtin`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pipeline.lexicon.place_pairs import settlement_pair
from pipeline.lexicon.place_phrases import saints_name
from pipeline.lexicon.places import COUNTRIES, is_known_locality, is_town_or_seat, locality_base
from pipeline.lexicon.regions import LAND_NOUNS, REGIONS, region_of
from pipeline.lexicon.words import STREET_WORDS, after_place_label, has_common_reading, is_geographic
from pipeline.ner.org_rules import is_adjective, name_part
from pipeline.ner.readings import capitalised_indices, per_readings
from pipeline.text.analysis import Analysis

PLACE_PREPOSITIONS = frozenset({"w", "we", "do", "z", "ze", "na", "koło", "pod", "przy", "od", "spod", "nad",
                                 "dla", "po", "przez", "obok", "k.", "ku"})


#: Nouns of an area between a place preposition and the place's name: "z terenu X", "na obszarze Y".
_AREA_WORDS = frozenset({"terenu", "terenie", "obszaru", "obszarze"})

#: "w imieniu X", "z ramienia X", "ze strony X": a body or a town acted for, in the genitive.
_ACTING_FOR = frozenset({("w", "imieniu"), ("z", "ramienia"), ("ze", "strony")})

#: Pronominal adjectives: "do tej Unii" points back at a name, "w którym X" opens a clause.
PRONOMINAL = frozenset({"ten", "tamten", "ów", "taki", "który", "jaki", "czyj", "mój", "twój", "nasz", "wasz", "swój"})


def agreeing_adjective(adj: Token, noun: Token) -> bool:
    """'Dolnych' after 'Ustrzykach', 'Śląskiego' after 'Wodzisławia': part of the place name."""
    nouns = [a for a in noun._.morf if a.pos == "subst" and a.names]
    return any(a.pos == "adj" and any(a.cases & h.cases and (a.number is None or a.number == h.number) for h in nouns)
               for a in adj._.morf)


_LIST_LINKS = (",", "i", "oraz", "lub", "albo")
#: lower-case unit words whose adjective names a region: "z powiatu przysuskiego, X i Y"
_UNIT_NOUNS = frozenset({"powiat", "województwo", "region", "gmina", "rejon", "obwód"})


def after_unit_phrase(doc: Doc, i: int) -> bool:
    """The word at `i` follows a list link after a lower-case unit and its adjective ("z powiatu przysuskiego, Żukowa
    i Pisza") and shares its case: the next member of a list of places, though the unit was no geographic name."""
    if i < 3 or doc[i - 1].text not in _LIST_LINKS:
        return False
    adjective, unit = doc[i - 2], doc[i - 3]
    if not unit.text.islower():
        return False
    units = [a for a in unit._.morf if a.pos == "subst" and a.lemma in _UNIT_NOUNS]
    if adjective.text[:1].isupper():  # "z gminy Grzmiącej, Opola i Ognicy": the gmina's name, in the unit's case
        cases = frozenset(c for u in units for c in u.cases)
    else:
        cases = frozenset(c for a in adjective._.morf if a.pos == "adj" for u in units if a.cases & u.cases
                          for c in a.cases & u.cases)
    return bool(cases) and any(a.cases & cases for a in doc[i]._.morf if a.pos == "subst")


def adjective_led_locality(doc: Doc, i: int, blocked: set[int], listed: bool = False) -> bool:
    """'Murowanej Goślinie', 'Ostrowach Tuszowskich' after a place preposition, or `listed` after a place ("z Pisza,
    Jeleniej Góry"): a capitalised adjective and a name part that the register knows together, though the adjective
    has no geographic reading."""
    if i + 1 >= len(doc) or i in blocked or i + 1 in blocked or i == 0 \
            or not listed and doc[i - 1].text.lower() not in ("w", "we", "z", "ze", "do") \
            and not after_place_label(doc, i):
        return False
    first, second = doc[i], doc[i + 1]
    if not (first.capitalised and second.capitalised and is_adjective(first) and first.whitespace_ == " "):
        return False
    if not (name_part(second) or is_geographic(second)):
        return False
    name = locality_base([first.doc[first.i], second.doc[second.i]])
    return is_known_locality(name) or name in COUNTRIES  # "z Wielkiej Brytanii"


def register_tail(doc: Doc, start: int, end: int, blocked: set[int]) -> int:
    """"z Nowej Wsi Wielkiej", "z Góry Świętej Anny", "z Pragi Północ": capitalised words after a name go on it while
    the register knows the longer name (an adjective agreeing, a genitive complement, a quarter's nominative); the end."""
    while end < len(doc) and end not in blocked and doc[end].capitalised and doc[end].is_alpha \
            and doc[end - 1].whitespace_ == " " \
            and _known_as_written(locality_base([doc[k] for k in range(start, end + 1)])):
        end += 1
    return end


def _known_as_written(name: str) -> bool:
    """The register knows the name, perhaps spelt with a hyphen there ("Praga Północ": Praga-Północ)."""
    return is_known_locality(name) or " " in name and is_known_locality(name.replace(" ", "-"))


def adjective_led_region(doc: Doc, i: int, blocked: set[int]) -> bool:
    """'Dolny Śląsk', 'na Dolnym Śląsku', 'Zachodniego Pomorza': a capitalised adjective right before a region's name
    that agrees with it is part of the region's name."""
    if i + 1 >= len(doc) or i in blocked or i + 1 in blocked or doc[i].whitespace_ != " " or not doc[i + 1].capitalised:
        return False
    if not is_adjective(doc[i]) or not any(a.lemma in REGIONS for a in doc[i + 1]._.morf if a.pos == "subst"):
        return False
    return agreeing_adjective(doc[i], doc[i + 1])


def land_name_end(doc: Doc, i: int, blocked: set[int]) -> int:
    """'Pojezierzu Drawskim', 'Borach Tucholskich', 'Wyżyny Lubelskiej': a capitalised noun of the land followed by
    capitalised adjectives that agree with it is a geographic name though neither word has a geographic reading;
    the end of the name, or i when there is none."""
    if i in blocked or i + 1 >= len(doc) or doc[i].whitespace_ != " ":
        return i
    nouns = _land_nouns(doc[i]._.morf)
    if not nouns:
        return i
    end = i + 1
    while end < len(doc) and end not in blocked and doc[end].capitalised and any(
            a.pos == "adj" and any(a.cases & n.cases and (a.number is None or a.number == n.number) for n in nouns)
            for a in doc[end]._.morf):
        end += 1
        if doc[end - 1].whitespace_ != " ":
            break
    return end if end > i + 1 else i


@per_readings
def _land_nouns(readings: tuple[Analysis, ...]) -> tuple[Analysis, ...]:
    """The common-noun readings of a noun of the land ("pojezierze", "bory")."""
    return tuple(a for a in readings if a.pos == "subst" and not a.names and a.lemma.lower() in LAND_NOUNS)


def region_word_led(doc: Doc, i: int) -> bool:
    """'Ziemi Ciechanowskiej', 'Regionu Łódzkiego': a capitalised region word ("Ziemia" reads as the planet, "Region"
    as a common noun) with a capitalised adjective agreeing with it names a region."""
    tok = doc[i]
    if i + 1 >= len(doc) or not tok.capitalised or not _region_noun(tok._.morf):
        return False
    nxt = doc[i + 1]
    return nxt.capitalised and tok.whitespace_ == " " and agreeing_adjective(nxt, tok)


@per_readings
def _region_noun(readings: tuple[Analysis, ...]) -> bool:
    from pipeline.lexicon.regions import REGION_WORDS

    return any(a.lemma.lower() in {w.lower() for w in REGION_WORDS} for a in readings if a.pos == "subst")


@per_readings
def _geographic_part(readings: tuple[Analysis, ...]) -> bool:
    """A reading of a geographic name or of a part of one."""
    return any("nazwa_geograficzna" in a.names or "człon_nazwy_geograficznej" in a.names for a in readings)


@per_readings
def _place_facts(readings: tuple[Analysis, ...]) -> tuple[bool, bool]:
    """(the word may lead a name of two words: an adjective, a region word or a noun of the land, as
    `region_word_led`, `adjective_led_locality`, `adjective_led_region` and `land_name_end` require; a reading of a
    geographic name or of its part): most capitalised words lead no such pair, and are then not asked the pair rules."""
    pair = any(a.pos in ("adj", "ppas", "pact") for a in readings) or _region_noun(readings) \
        or bool(_land_nouns(readings))
    return pair, _geographic_part(readings)


#: Lemmas of the words that open a date line in place of a town ("Środa, 5 maja" is a weekday, though a town is
#: called Środa) and of the month names a dateline's day is followed by.
_WEEKDAYS = frozenset({"poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"})
_MONTHS = frozenset({"styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
                     "październik", "listopad", "grudzień"})
_NUMERIC_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2}")
_DAYS = re.compile(r"\d{1,2}(?:[-–]\d{1,2})?")  # "12", "12-13" (maja)
_ROMAN_MONTHS = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"})
_DATE_LEADS = frozenset({"dnia", "dn", "dn."})


def _line_start(doc: Doc, i: int) -> bool:
    """The word opens the text or a line (spaCy keeps a line break as a space token of its own)."""
    return i == 0 or doc[i - 1].is_space and "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_


def _date_at(doc: Doc, k: int) -> bool:
    """A day's date starts at `k`: "12 maja 2019", "12-13 maja", "5 V 2019", "3.06.2021", "dnia 30 października" (a
    bare year is no dateline)."""
    if k < len(doc) and doc[k].text.lower() in _DATE_LEADS:
        k += 1 + (k + 1 < len(doc) and doc[k + 1].text == ".")
    if k >= len(doc) or not doc[k].text[:1].isdigit():
        return False
    if _NUMERIC_DATE.fullmatch(doc[k].text):
        return True
    return bool(_DAYS.fullmatch(doc[k].text)) and k + 1 < len(doc) and (doc[k + 1].text in _ROMAN_MONTHS or any(
        a.pos == "subst" and a.lemma.lower() in _MONTHS for a in doc[k + 1]._.morf))


def dateline_end(doc: Doc, i: int, blocked: set[int]) -> int:
    """"Poznań, 12 maja 2019 r.", "Nowa Dęba, 3.06.2021", "Bielsko-Biała, dnia 5 maja": a town in the nominative,
    a comma and a day's date opening the text or a line is the report's dateline, and its town a place (the cards
    list it: the report comes from there) whatever common reading its words have; the end of the town, or i.
    The town is a nominative geographic name, a name the register knows or a village's two-word name in the
    nominative, never a weekday."""
    if i in blocked or not _line_start(doc, i) or not doc[i].capitalised:
        return i
    end = i
    while end < len(doc) and end - i < 5 and end not in blocked and (
            doc[end].capitalised and doc[end].is_alpha or doc[end].text == "-" and end > i and not doc[end].whitespace_):
        glued = doc[end].whitespace_ == "" and doc[end].text != "-" and end + 1 < len(doc) \
            and doc[end + 1].text not in ("-", ",")
        if doc[end].whitespace_ not in (" ", "") or glued:
            break
        end += 1
    if end == i or end >= len(doc) or doc[end].text != "," or doc[end - 1].text == "-" or not _date_at(doc, end + 1):
        return i
    words = doc[i:end]
    if any(a.lemma.lower() in _WEEKDAYS for a in words[0]._.morf if a.pos == "subst"):
        return i
    written = "".join(t.text + t.whitespace_ for t in words).strip()
    nominative = len(words) == 1 and any(
        "nazwa_geograficzna" in a.names and "nom" in a.cases for a in words[0]._.morf)
    village = settlement_pair(list(words)) and locality_base(list(words)) == written  # "Kępa Dolna, 5 maja"
    return end if nominative or village or is_known_locality(written) or written in COUNTRIES else i


def spells_a_town(doc: Doc, start: int, end: int) -> bool:
    """"w Nowym Dworze Gdańskim": the capitalised words of a venue phrase (an adjective, a venue noun, an adjective)
    that the register knows as a town or a gmina's seat name the town, not a manor house."""
    words = [doc[k] for k in range(start, end)]
    if len(words) < 2 or not all(t.capitalised and t.is_alpha for t in words):
        return False
    name = locality_base(words)
    return is_known_locality(name) and is_town_or_seat(name)


def _before_abbreviation(doc: Doc, k: int) -> int:
    """Where the name listed before the link at `k` ends: before an abbreviated adjective of its town ("z Ostrowa
    Wlkp., Mińska Maz. oraz Kutna": the extractor reads "Wlkp." after the name), else at `k`."""
    from pipeline.extract.place_checks import ABBREVIATED

    if k >= 2 and doc[k - 1].text == "." and doc[k - 2].text + "." in ABBREVIATED:
        return k - 2
    return k


def find_places(doc: Doc, blocked: set[int]) -> list[tuple[int, int]]:
    """Token ranges of geographic names; consecutive capitalised parts join ('Nowy Sącz')."""
    out: list[tuple[int, int]] = []
    n = len(doc)
    i = 0
    for k in capitalised_indices(doc):  # both rules below start at a capitalised word
        if k < i:
            continue  # inside the name found last
        i = k
        tok = doc[i]
        opening = dateline_end(doc, i, blocked)
        if opening > i:
            out.append((i, opening))  # "Nowa Dęba, 3.06.2021" opening a line: the town the report comes from
            i = opening
            continue
        leads_pair, geo = _place_facts(tok._.morf)
        unnamed_region = not geo and region_of(tok.text) is not None  # "na Żuławach", "na Kociewiu": SGJP lacks them
        geo = geo or unnamed_region
        if leads_pair and i not in blocked and i + 1 not in blocked and region_word_led(doc, i):
            end = i + 3 if i + 2 < n and i + 2 not in blocked and saints_name([doc[i + 1]], doc[i + 2]) else i + 2
            out.append((i, end))  # "z Ziemi Ciechanowskiej": a region word and its place adjective; "w Krainie
            i = end  # Świętej Anny": a saint's name after the region word
            continue
        listed = i >= 2 and doc[i - 1].text in _LIST_LINKS and (bool(out) and out[-1][1] == _before_abbreviation(
            doc, i - 1) or after_unit_phrase(doc, i))
        if leads_pair and (adjective_led_locality(doc, i, blocked, listed) or adjective_led_region(doc, i, blocked)):
            end = register_tail(doc, i, i + 2, blocked)
            out.append((i, end))  # "w Murowanej Goślinie": the adjective has no geographic reading of its own
            i = end
            continue
        land = land_name_end(doc, i, blocked) if leads_pair else i
        if land > i:
            land = register_tail(doc, i, land, blocked)
            out.append((i, land))  # "na Pojezierzu Drawskim": a noun of the land and its name's adjective
            i = land
            continue
        acronym_like = tok.text.isupper() and len(tok.text) <= 4
        if i in blocked or not tok.capitalised or not geo or acronym_like or (
            i > 0 and doc[i - 1].text.lower() in STREET_WORDS
        ):
            i += 1
            continue
        if tok.is_sent_start and any(not a.names and a.pos in ("subst", "adj", "verb", "fin", "praet", "prep", "conj", "comp", "adv", "qub", "part", "interj") for a in tok._.morf) \
                and not tok.text.isupper():
            i += 1
            continue
        if not unnamed_region and not any("nazwa_geograficzna" in a.names for a in tok._.morf) and not (
            i + 1 < n and doc[i + 1].capitalised
        ):
            i += 1
            continue
        after_preposition = i > 0 and doc[i - 1].text.lower() in PLACE_PREPOSITIONS or i > 1 and (
            doc[i - 1].text.lower() in _AREA_WORDS and doc[i - 2].text.lower() in PLACE_PREPOSITIONS  # "z terenu X"
            or (doc[i - 2].text.lower(), doc[i - 1].text.lower()) in _ACTING_FOR  # "w imieniu Lipna"
            or doc[i - 2].text.lower() in PLACE_PREPOSITIONS and doc[i - 1].text.islower()
            and agreeing_adjective(doc[i - 1], tok) and not any(a.lemma in PRONOMINAL for a in doc[i - 1]._.morf))
        # "z całej Europy", "z północnej Słowacji"; not "w którym X", "do tej Unii" (a word named before)
        in_list = listed  # "z Zielonej Góry, Nowej Soli, Żar i Świebodzina", "z powiatu X, Żar i Pisza"
        personal = any("imię" in a.names or "nazwisko" in a.names for a in tok._.morf)
        dateline = i > 0 and doc[i - 1].text in ("-", "–", "—") and i + 2 < n and doc[i + 1].text == "," \
            and doc[i + 2].text[:1].isdigit()  # "Konferencja „X” – Warszawa, 20 listopada": where and when
        if (has_common_reading(tok) or personal) and not after_preposition and not in_list and not dateline \
                and not after_place_label(doc, i):
            i += 1
            continue  # "Pracy" in "Urząd Pracy", "Elżbieta": a common word or a name unless a preposition precedes
        end = i + 1
        while end < n and end not in blocked:
            nxt = doc[end]
            if nxt.text == "-" and not doc[end - 1].whitespace_ and end + 1 < n and doc[end + 1].capitalised:
                end += 2
                continue
            if nxt.capitalised and doc[end - 1].whitespace_ == " " and (
                    _geographic_part(nxt._.morf) or agreeing_adjective(nxt, doc[end - 1])):
                end += 1
                continue
            break
        end = register_tail(doc, i, end, blocked)
        out.append((i, end))
        i = end
    return out
