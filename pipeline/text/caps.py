"""A readable-case view of words written in capitals, one character for one character.

Pages shout: headings ("WYJAZD DO NYSY"), organizer lines ("STOWARZYSZENIE … ZAPRASZA NA WARSZTATY"), partner
lists and a town inside a sentence ("do BYCZYNY"). The rules read case as evidence (a capital starts a name, a
lower-case word is common), so a shouted stretch is rewritten the way a writer would have cased it: each word's
case is chosen from its SGJP readings. Proper names (a place, a first name) get a capital; common nouns, verbs and
prepositions go lower; acronyms (no vowel, no reading of five letters or fewer, an acronym the dictionary knows)
and Roman numerals stay upper. An institutional head noun starts a name: it, the adjectives before it and its
complements are title-cased up to a verb or a preposition that opens no seat ("Stowarzyszenie na Rzecz Rozwoju
Wsi Kostrzyca zaprasza na warsztaty"). Only case changes, so offsets into the original text keep pointing at the
same characters (`mention.text == document[start:end]`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lexicon.words import HONORIFICS, ORG_HEADS
from pipeline.text.analysis import Analysis, analyse
from pipeline.text.disambiguation import PREP_CASES

#: A word written wholly in capitals (one letter or more), not glued to a lower-case or digit character.
_CAPS_WORD = re.compile(r"(?<![^\W_])[A-ZĄĆĘŁŃÓŚŹŻÀ-ÖØ-Þ]+(?![^\W_])")
_VOWELS = frozenset("AEIOUYĄĘÓ")
_ROMAN = re.compile(r"[IVXLCDM]+")
#: Punctuation before a stretch that makes its first word a sentence's first word.
_OPENING = frozenset('.!?"„”\'(-–•*>|')
#: Nouns of administrative units and settlements: a geographic name after them is the unit's own name.
_UNIT_NOUNS = frozenset({"gmina", "miasto", "wieś", "sołectwo", "powiat", "województwo", "miejscowość", "osiedle",
                         "region", "parafia", "dzielnica", "gród", "stolica", "kraj", "państwo", "ziemia"})
#: Units whose name after them makes them a body written with a capital ("Gmina Kowale", "Sołectwo Lipno").
_BODY_UNITS = frozenset({"gmina", "sołectwo", "miasto"})
#: Heads that open an event's or a group's description in a heading more often than a body's name
#: ("WARSZTATY KULINARNE", "GRUPA UCZESTNIKÓW"): not title-cased as names.
_WEAK_HEADS = frozenset({"warsztat", "warsztaty", "grupa", "sieć", "partnerstwo", "park", "firma", "organizacja",
                         "instytucja", "zespół", "oddział", "filia", "okręg", "klaster", "dom", "koło", "rada"})
#: Acronyms of bodies that are also common words ("MOPS", a pug; "PUP", a plural of "pupa").
_HOMONYM_ACRONYMS = frozenset({"MOPS", "OPS", "PUP", "KIS", "CIS"})
_QUOTES = frozenset('"„“”\'')
_VERBAL = frozenset({"fin", "praet", "impt", "imps", "inf", "bedzie", "aglt", "pcon", "pant", "winien", "pred"})
_NOMINAL = frozenset({"subst", "depr", "adj", "adja", "adjp", "num", "ger", "ppas", "pact", "romandig"})
_SEAT_PREPS = frozenset({"w", "we", "z", "ze", "nad", "pod", "przy"})

KEEP, LOWER, CAP = "keep", "lower", "cap"


@dataclass
class _Word:
    start: int
    text: str
    readings: tuple[Analysis, ...]
    choice: str = LOWER
    geo: bool = False  # capitalised as a place name
    first: bool = False  # capitalised as a first name
    dot: bool = False  # a full stop follows


def _proper(word: _Word) -> list[Analysis]:
    return [a for a in word.readings if a.names and a.lemma[:1].isupper() and not a.lemma.isupper()]


def _common(word: _Word) -> list[Analysis]:
    return [a for a in word.readings if not a.names and a.pos not in ("ign", "brev", "frag") and a.lemma[:1].islower()]


def _acronym_reading(word: _Word) -> bool:
    return any(a.lemma.isupper() and len(a.lemma) >= 2 and a.pos == "subst" for a in word.readings)


def _unknown(word: _Word) -> bool:
    return all(a.pos == "ign" for a in word.readings)


def _has(word: _Word, category: str) -> bool:
    return any(category in a.names for a in _proper(word))


def _shape_choice(word: _Word) -> str | None:
    """The case a word's shape and readings settle alone; None where the context must decide."""
    text = word.text
    if len(text) == 1:
        return None
    if _ROMAN.fullmatch(text) and any(a.pos == "romandig" for a in word.readings):
        return KEEP
    common, proper = _common(word), _proper(word)
    if not _VOWELS & set(text):
        return LOWER if common and not _acronym_reading(word) else KEEP  # "NR", "DR": abbreviations; "KGW", "SMS"
    if text in _HOMONYM_ACRONYMS:
        return KEEP
    if _unknown(word):
        return KEEP if len(text) <= 5 else CAP
    if _acronym_reading(word) and (not common or len(text) <= 3):
        if not common and len(text) >= 4 and any({"nazwa_geograficzna", "imię"} & set(a.names) for a in proper):
            return CAP  # "JANA": the first name, not the institution SGJP also spells so
        return KEEP
    if proper and not common:
        return CAP
    return LOWER if not proper else None


def _decide(words: list[_Word], gaps: list[str]) -> None:
    """Choose each word's case from its readings and its neighbours in the stretch."""
    for w in words:
        shape = _shape_choice(w)
        w.choice = shape if shape is not None else LOWER
        if shape == CAP:
            w.geo = _has(w, "nazwa_geograficzna")
            w.first = _has(w, "imię")
    for i, w in enumerate(words):
        prev = words[i - 1] if i else None
        nxt = words[i + 1] if i + 1 < len(words) else None
        if len(w.text) == 1:
            if w.dot and w.text != "O":
                w.choice = KEEP  # "S.A.", "J. KOWAL": letters of an abbreviation or an initial ("SP. Z O.O." goes lower)
            continue
        if w.dot and w.choice == KEEP and _abbreviation(w):
            w.choice = LOWER  # "PW.", "ŚW.": abbreviations, not acronyms
            continue
        if w.choice == KEEP and _acronym_reading(w) and _common(w) and nxt is not None and _has(nxt, "imię"):
            w.choice = LOWER  # "PAN JAN KOWALIK": the honorific, not the academy
        if w.choice != KEEP and len(w.text) <= 4 and _beside_acronym(words, i) \
                and all(a.pos in ("subst", "ign") for a in w.readings):
            w.choice = KEEP  # "KIR – CWIL", "MOPS, GOPS": a short noun listed with acronyms is one
            continue
        if prev is not None and (prev.first or prev.choice == CAP and gaps[i] == "-") and not gaps[i].strip(" -") \
                and (_unknown(w) or _has(w, "nazwisko")) \
                or prev is not None and prev.text.lower() in HONORIFICS and (_has(w, "nazwisko") or _has(w, "imię")):
            w.choice = CAP  # "ANNA KUŹ", "JAN KOWALIK", "BĄK-SOWA", "DR. KOWALEM": a name after a name or a title
            w.first = w.first or _has(w, "imię") and not prev.first
            continue
        if _shape_choice(w) is not None:
            continue
        if _has(w, "imię") and nxt is not None and (_has(nxt, "nazwisko") or _unknown(nxt) and len(nxt.text) > 2):
            w.choice, w.first = CAP, True
        elif _has(w, "nazwa_geograficzna") and prev is not None and _after_place_cue(prev, w) \
                and not _modifies(w, nxt):
            w.choice, w.geo = CAP, True
        elif _has(w, "nazwa_geograficzna") and (prev is None or any(c in gaps[i] for c in ",-–|/")) \
                and (nxt is None or gaps[i + 1].strip(" -–") and gaps[i + 1].strip()[:1] in ",-–|/") \
                and any("nom" in a.cases for a in _proper(w)):
            w.choice, w.geo = CAP, True  # "RELACJA – NYSA", "NYSA, 12 MAJA": a place set apart by punctuation
    governed: frozenset[str] = frozenset()
    for i, w in enumerate(words[:-1]):
        low = w.text.lower()
        if low in PREP_CASES:
            governed = PREP_CASES[low]
            _adjective_led_place(words[i + 1:i + 4], governed, 1)
        elif low in ("i", "oraz") and i > 0 and words[i - 1].geo:
            _adjective_led_place(words[i + 1:i + 4], governed, 0)  # "W NYSIE I BRZEGU": a second place
    for i in range(len(words) - 1):
        if words[i].choice == LOWER and words[i + 1].geo and not gaps[i + 1].strip() \
                and any(a.lemma in _BODY_UNITS for a in _common(words[i])):
            words[i].choice = CAP  # "GMINY KOWALE": a unit named is a body with a capital head (docs/annotation.md)
    for i in range(1, len(words)):
        w, prev, nxt = words[i], words[i - 1], words[i + 1] if i + 1 < len(words) else None
        if w.choice == LOWER and prev.geo and not gaps[i].strip() and not _modifies(w, nxt) and any(
                a.pos == "adj" and a.cases & p.cases for a in w.readings for p in _proper(prev)):
            w.choice, w.geo = CAP, True  # "RADZYNIU PODLASKIM", "SIERAKOWA SŁAWIEŃSKIEGO": the place's adjective


def _adjective_led_place(words: list[_Word], governed: frozenset[str], least: int) -> None:
    """"W NOWEJ WSI", "DO ZIELONEJ GÓRY": adjectives in the governed case before a noun that names a place
    (`least`: how many adjectives must come first)."""
    last = -1
    for n, w in enumerate(words):
        if n >= least and any("nazwa_geograficzna" in a.names or "człon_nazwy_geograficznej" in a.names
                              for a in w.readings if a.cases & governed):
            last = n
        if not any(a.pos == "adj" and a.cases & governed for a in w.readings):
            break
    for x in words[:last + 1]:
        x.choice, x.geo = CAP, True


def _modifies(word: _Word, nxt: _Word | None) -> bool:
    """An adjective agreeing with the noun after it ("NA WESOŁE WAKACJE"): no place name."""
    if nxt is None:
        return False
    nouns = [a for a in _common(nxt) if a.pos == "subst"]
    return any(a.pos == "adj" and any(a.cases & n.cases and a.number == n.number for n in nouns) for a in _common(word))


def _beside_acronym(words: list[_Word], i: int) -> bool:
    return any(0 <= k < len(words) and words[k].choice == KEEP and len(words[k].text) > 1
               and not _ROMAN.fullmatch(words[k].text) for k in (i - 1, i + 1))


def _after_place_cue(prev: _Word, word: _Word) -> bool:
    """A preposition governing the case of a geographic reading, or a unit's noun ("GMINA KOSTRZYCA")."""
    governed = PREP_CASES.get(prev.text.lower())
    if governed is not None:
        return any(a.cases & governed for a in _proper(word) if "nazwa_geograficzna" in a.names)
    return any(a.lemma in _UNIT_NOUNS for a in _common(prev))


def _head(word: _Word) -> bool:
    return any(a.pos == "subst" and a.lemma in ORG_HEADS for a in _common(word))


def _weak(word: _Word) -> bool:
    return any(a.pos == "subst" and a.lemma in _WEAK_HEADS for a in _common(word))


def _only(word: _Word, kinds: frozenset[str]) -> bool:
    return bool(word.readings) and all(a.pos in kinds for a in word.readings)


def _cases(word: _Word) -> frozenset[str]:
    return frozenset(c for a in word.readings if a.pos in _NOMINAL for c in a.cases)


def _complement(word: _Word) -> bool:
    """A genitive noun that can complement a head ("KOŁA GOSPODYŃ", "RADY GMINY"), not a group of people
    ("GRUPA UCZESTNIKÓW")."""
    return any(a.pos == "subst" and "gen" in a.cases and not (a.number == "pl" and a.genders == {"m1"})
               for a in _common(word)) or word.choice in (CAP, KEEP)


def _names(words: list[_Word], gaps: list[str]) -> None:
    """Title-case a body's name: an institutional head, the adjectives before it, its complements and seat."""
    i = 0
    while i < len(words):
        institution = words[i].choice == CAP and any(
            {"nazwa_instytucji", "nazwa_organizacji"} & set(a.names) for a in _proper(words[i]))  # "CARITAS POLSKA"
        if not institution and (not _head(words[i]) or words[i].choice != LOWER):
            i += 1
            continue
        lo = i
        while lo > 0 and not gaps[lo].strip(" -") and words[lo - 1].choice == LOWER \
                and any(a.pos in ("adj", "adja") for a in words[lo - 1].readings) and not _only(words[lo - 1], _VERBAL):
            lo -= 1
        if lo > 1 and words[lo - 1].text == "I" and not gaps[lo].strip() and _not_coordinated(words[lo - 2]):
            words[lo - 1].choice = KEEP  # "PRACOWNIKÓW I LICEUM": the first school, not "and"
        j = _name_end(words, gaps, i + 1)
        nxt = words[i + 1] if i + 1 < j else None
        if j - lo < 2 or _weak(words[i]) and lo == i and (nxt is None or gaps[i + 1].strip() or not _complement(nxt)
                                                          and not _nominal_run(words, gaps, i + 1, 2)):
            i += 1
            continue  # a bare head ("DYREKTOR SZKOŁY"), a weak one with no adjective, complement or longer name
        for k in range(lo, j):
            w = words[k]
            if w.choice == LOWER and len(w.text) > 1 and w.text.lower() not in _NAME_SMALL:
                w.choice = CAP
            elif w.choice == KEEP and k > i and _acronym_reading(w) and any(len(a.cases) < 7 for a in _common(w)):
                w.choice = CAP  # "ROZWOJU WSI": a common noun of the name's complement, not the acronym it spells
        i = max(j, i + 1)


def _not_coordinated(word: _Word) -> bool:
    """A word a body's name cannot be coordinated with by "I": a group of people, a verb, a preposition."""
    nominal = [a for a in _common(word) if a.pos in _NOMINAL]
    return not nominal and word.choice == LOWER or bool(nominal) and all(
        a.number == "pl" and a.genders == {"m1"} for a in nominal)


def _nominal_run(words: list[_Word], gaps: list[str], j: int, least: int) -> bool:
    """At least `least` nominal words from `j` on, with nothing but spaces between ("ŁOWIECKIE BAŻANT")."""
    n = 0
    while j < len(words) and not gaps[j].strip() and words[j].text.lower() not in PREP_CASES \
            and any(a.pos in _NOMINAL for a in words[j].readings) and not _only(words[j], _VERBAL):
        n, j = n + 1, j + 1
    return n >= least


#: Words written lower-case inside a name.
_NAME_SMALL = frozenset(PREP_CASES) | {"i", "oraz", "a", "im", "nr", "pw", "św"}


def _listed_complement(words: list[_Word], gaps: list[str], j: int) -> bool:
    """Words after a comma that continue a list of complements closed by "I" within the name."""
    cases = _cases(words[j - 1]) & {"gen"}  # genitive complements: "KULTURY, SPORTU", not "KULTURY, MIESZKAŃCY"
    for k in range(j, min(j + 3, len(words) - 1)):
        if k > j and gaps[k].strip():
            return False
        low = words[k].text.lower()
        if low in ("i", "oraz"):
            return k > j and not gaps[k + 1].strip() and _complement(words[k + 1])
        if not _cases(words[k]) & cases or not _complement(words[k]) or _head(words[k]) or _only(words[k], _VERBAL):
            return False
    return False


def _name_end(words: list[_Word], gaps: list[str], j: int) -> int:
    """Where the name whose head precedes `j` ends: at a verb, a punctuation mark, a preposition that opens no
    seat, or right after its seat; a quoted part runs to its closing quote."""
    quoted = False
    while j < len(words):
        gap, raw = gaps[j].strip(), gaps[j]
        if any(c in _QUOTES for c in gap):
            if raw[:1] in _QUOTES:  # a closing quote, glued to the word before it: the name ends
                break
            quoted = True
        elif gap == "," and _listed_complement(words, gaps, j):
            pass  # "CENTRUM KULTURY, SPORTU I REKREACJI": complements listed inside the name
        elif gap and not (gap == "." and words[j - 1].text.lower() in ("im", "pw", "św")) \
                and not (gap == "-" and not gaps[j].strip(" -")) and not (gap.isdigit() and words[j - 1].text == "NR"):
            break
        w = words[j]
        low = w.text.lower()
        if quoted:
            j += 1
            continue
        if low in PREP_CASES or low in ("i", "oraz"):
            nxt = words[j + 1] if j + 1 < len(words) else None
            if nxt is None or gaps[j + 1].strip():
                break
            if low == "na" and nxt.text.lower() == "rzecz" or low in ("i", "oraz") and not _head(nxt) \
                    and _cases(nxt) & _cases(words[j - 1]) and _complement(nxt):
                j += 2  # "NA RZECZ", "KULTURY I SZTUKI": inside many names
                continue
            if low in _SEAT_PREPS and nxt.geo:
                j += 2
                while j < len(words) and not gaps[j].strip() and words[j].choice == CAP:
                    j += 1
            break
        if w.choice == LOWER and (_only(w, _VERBAL) or not any(a.pos in _NOMINAL for a in w.readings)) \
                and low not in _NAME_SMALL:
            break
        if w.choice == LOWER and words[j - 1].geo:
            break  # a common word after a place name: the name has ended
        j += 1
    return j


def _abbreviation(word: _Word) -> bool:
    """A word written before a full stop that does not end a sentence ("WOJ.", "UL.", "IM.")."""
    return word.text.lower() in _NAME_SMALL or any(
        a.pos == "brev" and a.lemma[:1].islower() for a in (*word.readings, *analyse(word.text.lower() + ".")))


def _opens_sentence(text: str, start: int) -> bool:
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    while k >= 0 and (text[k] in _OPENING or text[k].isdigit() or text[k] in " \t"):
        if text[k] in ".!?\"„(•*>|-–":
            return True
        k -= 1
    return k < 0 or text[k] == "\n"


def _stretches(text: str) -> list[list[tuple[int, str]]]:
    """Runs of capitals words on one line, with nothing but spaces, digits and punctuation between them."""
    runs: list[list[tuple[int, str]]] = []
    last_end = -1
    for m in _CAPS_WORD.finditer(text):
        gap = text[last_end:m.start()]
        if runs and "\n" not in gap and not any(c.isalpha() for c in gap):
            runs[-1].append((m.start(), m.group()))
        else:
            runs.append([(m.start(), m.group())])
        last_end = m.end()
    return runs


_TITLE_WORD_BEFORE = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+[ \t]*[\"„“”']?[ \t]*$")


def _proper_part(text: str, run: list[tuple[int, str]]) -> bool:
    """A stretch that is the capitalised proper part of a name written in ordinary case ("Fundacja NOWY DOM",
    "Spółdzielnia „LAS VEGAS”") or a quoted name inside ordinary text: kept as written (docs/annotation.md)."""
    start, end = run[0][0], run[-1][0] + len(run[-1][1])
    if _TITLE_WORD_BEFORE.search(text, max(0, start - 40), start):
        return True
    return start > 0 and text[start - 1] in '"„“”\'' and text[end:end + 1] in ('"', "”", "“", "'") \
        and not _opens_sentence(text, start - 1)


def _recased(word: _Word, opener: bool) -> str:
    if word.choice == KEEP:
        return word.text
    low = word.text.lower()
    if word.choice == CAP or opener:
        return "-".join(p[:1].upper() + p[1:] for p in low.split("-"))
    return low


def readable_view(text: str) -> str:
    """`text` with its shouted stretches in a readable case; every other character as it was."""
    if not re.search(r"[A-ZĄĆĘŁŃÓŚŹŻ]{2}", text):
        return text
    out: list[str] | None = None
    for run in _stretches(text):
        long_words = [w for _, w in run if len(w) >= 2]
        if len(long_words) < 2 and not (len(long_words) == 1 and len(long_words[0]) >= 4) or _proper_part(text, run):
            continue
        words = [_Word(s, w, tuple(analyse(w)), dot=text[s + len(w):s + len(w) + 1] == ".") for s, w in run]
        gaps = [""] + [text[run[k - 1][0] + len(run[k - 1][1]):run[k][0]] for k in range(1, len(run))]
        if all(g == "-" for g in gaps[1:]) and not all(_shape_choice(w) == CAP for w in words):
            continue  # one hyphenated word ("SAD-POL", "KIR-CWIL"): a firm's or a body's own spelling
        if len(long_words) == 1:  # a lone word inside ordinary text: only a word that can be nothing but a name
            w = next(x for x in words if len(x.text) >= 2)
            if _shape_choice(w) != CAP or _unknown(w):
                continue
            words = [w]
            w.choice = CAP
        else:
            _decide(words, gaps)
            _names(words, gaps)
            for k in range(len(words) - 1, 0, -1):
                if gaps[k] == "-" and words[k].choice == CAP and words[k - 1].choice == LOWER:
                    words[k - 1].choice = CAP  # "KUJAWSKO-POMORSKIEGO": a compound takes its last part's case
        for k, w in enumerate(words):
            opener = len(words) > 1 and (_opens_sentence(text, w.start) if k == 0 else (any(
                c in gaps[k] for c in '.!?(') or gaps[k][-1:] in _QUOTES) and not (gaps[k].strip() == "." and _abbreviation(words[k - 1])))
            new = _recased(w, opener)
            if new != w.text and len(new) == len(w.text):
                if out is None:
                    out = list(text)
                out[w.start:w.start + len(new)] = new
    return text if out is None else "".join(out)


def with_case_of(text: str, view: str) -> str:
    """`text` with the case `view` gives its letters where they differ only in case: the original characters
    (typographic quotes, dashes) in the readable case the rules read, for the values written into records."""
    if len(text) != len(view) or text == view:
        return text
    out = None
    for m in _CAPS_WORD.finditer(text):
        s, e = m.span()
        new = view[s:e]
        if new != m.group() and new.lower() == m.group().lower():
            if out is None:
                out = list(text)
            out[s:e] = new
    return text if out is None else "".join(out)
