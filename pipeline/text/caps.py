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

from pipeline.lexicon.words import HONORIFICS
from pipeline.text.analysis import analyse
from pipeline.text.caps_names import mark_names
from pipeline.text.caps_words import (
    CAP,
    CAPS_WORD,
    KEEP,
    LOWER,
    QUOTES,
    ROMAN,
    Word,
    abbreviation,
    acronym_reading,
    common,
    has,
    proper,
    shape_choice,
    unknown,
)
from pipeline.text.disambiguation import PREP_CASES

#: Punctuation before a stretch that makes its first word a sentence's first word.
_OPENING = frozenset('.!?"„”\'(-–•*>|')
#: Nouns of administrative units and settlements: a geographic name after them is the unit's own name.
_UNIT_NOUNS = frozenset({"gmina", "miasto", "wieś", "sołectwo", "powiat", "województwo", "miejscowość", "osiedle",
                         "region", "parafia", "dzielnica", "gród", "stolica", "kraj", "państwo", "ziemia"})
#: Units whose name after them makes them a body written with a capital ("Gmina Kowale", "Sołectwo Lipno").
_BODY_UNITS = frozenset({"gmina", "sołectwo", "miasto"})


def _decide(words: list[Word], gaps: list[str]) -> None:
    """Choose each word's case from its readings and its neighbours in the stretch."""
    for w in words:
        shape = shape_choice(w)
        w.choice = shape if shape is not None else LOWER
        if shape == CAP:
            w.geo = has(w, "nazwa_geograficzna")
            w.first = has(w, "imię")
    for i, w in enumerate(words):
        prev = words[i - 1] if i else None
        nxt = words[i + 1] if i + 1 < len(words) else None
        if len(w.text) == 1:
            if w.dot and w.text != "O":
                w.choice = KEEP  # "S.A.", "J. KOWAL": letters of an abbreviation or an initial ("SP. Z O.O." goes lower)
            continue
        if w.dot and w.choice == KEEP and abbreviation(w):
            w.choice = LOWER  # "PW.", "ŚW.": abbreviations, not acronyms
            continue
        if w.choice == KEEP and acronym_reading(w) and common(w) and nxt is not None and has(nxt, "imię"):
            w.choice = LOWER  # "PAN JAN KOWALIK": the honorific, not the academy
        if w.choice != KEEP and len(w.text) <= 4 and _beside_acronym(words, i) \
                and all(a.pos in ("subst", "ign") for a in w.readings):
            w.choice = KEEP  # "KIR – CWIL", "MOPS, GOPS": a short noun listed with acronyms is one
            continue
        if prev is not None and (prev.first or prev.choice == CAP and gaps[i] == "-") and not gaps[i].strip(" -") \
                and (unknown(w) or has(w, "nazwisko")) \
                or prev is not None and prev.text.lower() in HONORIFICS and (has(w, "nazwisko") or has(w, "imię")):
            w.choice = CAP  # "ANNA KUŹ", "JAN KOWALIK", "BĄK-SOWA", "DR. KOWALEM": a name after a name or a title
            w.first = w.first or has(w, "imię") and not prev.first
            continue
        if shape_choice(w) is not None:
            continue
        if has(w, "imię") and nxt is not None and (has(nxt, "nazwisko") or unknown(nxt) and len(nxt.text) > 2):
            w.choice, w.first = CAP, True
        elif has(w, "nazwa_geograficzna") and prev is not None and _after_place_cue(prev, w) \
                and not _modifies(w, nxt):
            w.choice, w.geo = CAP, True
        elif has(w, "nazwa_geograficzna") and (prev is None or any(c in gaps[i] for c in ",-–|/")) \
                and (nxt is None or gaps[i + 1].strip(" -–") and gaps[i + 1].strip()[:1] in ",-–|/") \
                and any("nom" in a.cases for a in proper(w)):
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
                and any(a.lemma in _BODY_UNITS for a in common(words[i])):
            words[i].choice = CAP  # "GMINY KOWALE": a unit named is a body with a capital head (docs/annotation.md)
    for i in range(1, len(words)):
        w, prev, nxt = words[i], words[i - 1], words[i + 1] if i + 1 < len(words) else None
        if w.choice == LOWER and prev.geo and not gaps[i].strip() and not _modifies(w, nxt) and any(
                a.pos == "adj" and a.cases & p.cases for a in w.readings for p in proper(prev)):
            w.choice, w.geo = CAP, True  # "RADZYNIU PODLASKIM", "SIERAKOWA SŁAWIEŃSKIEGO": the place's adjective


def _adjective_led_place(words: list[Word], governed: frozenset[str], least: int) -> None:
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


def _modifies(word: Word, nxt: Word | None) -> bool:
    """An adjective agreeing with the noun after it ("NA WESOŁE WAKACJE"): no place name."""
    if nxt is None:
        return False
    nouns = [a for a in common(nxt) if a.pos == "subst"]
    return any(a.pos == "adj" and any(a.cases & n.cases and a.number == n.number for n in nouns) for a in common(word))


def _beside_acronym(words: list[Word], i: int) -> bool:
    return any(0 <= k < len(words) and words[k].choice == KEEP and len(words[k].text) > 1
               and not ROMAN.fullmatch(words[k].text) for k in (i - 1, i + 1))


def _after_place_cue(prev: Word, word: Word) -> bool:
    """A preposition governing the case of a geographic reading, or a unit's noun ("GMINA KOSTRZYCA")."""
    governed = PREP_CASES.get(prev.text.lower())
    if governed is not None:
        return any(a.cases & governed for a in proper(word) if "nazwa_geograficzna" in a.names)
    return any(a.lemma in _UNIT_NOUNS for a in common(prev))


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
    for m in CAPS_WORD.finditer(text):
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


def _recased(word: Word, opener: bool) -> str:
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
        words = [Word(s, w, tuple(analyse(w)), dot=text[s + len(w):s + len(w) + 1] == ".") for s, w in run]
        gaps = [""] + [text[run[k - 1][0] + len(run[k - 1][1]):run[k][0]] for k in range(1, len(run))]
        if all(g == "-" for g in gaps[1:]) and not all(shape_choice(w) == CAP for w in words):
            continue  # one hyphenated word ("SAD-POL", "KIR-CWIL"): a firm's or a body's own spelling
        if len(long_words) == 1:  # a lone word inside ordinary text: only a word that can be nothing but a name
            w = next(x for x in words if len(x.text) >= 2)
            if shape_choice(w) != CAP or unknown(w):
                continue
            words = [w]
            w.choice = CAP
        else:
            _decide(words, gaps)
            mark_names(words, gaps)
            for k in range(len(words) - 1, 0, -1):
                if gaps[k] == "-" and words[k].choice == CAP and words[k - 1].choice == LOWER:
                    words[k - 1].choice = CAP  # "KUJAWSKO-POMORSKIEGO": a compound takes its last part's case
        for k, w in enumerate(words):
            opener = len(words) > 1 and (_opens_sentence(text, w.start) if k == 0 else (any(
                c in gaps[k] for c in '.!?(') or gaps[k][-1:] in QUOTES) and not (gaps[k].strip() == "." and abbreviation(words[k - 1])))
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
    for m in CAPS_WORD.finditer(text):
        s, e = m.span()
        new = view[s:e]
        if new != m.group() and new.lower() == m.group().lower():
            if out is None:
                out = list(text)
            out[s:e] = new
    return text if out is None else "".join(out)
