"""Words of a shouted stretch and what their SGJP readings say about their case (`pipeline.text.caps`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.text.analysis import Analysis, analyse
from pipeline.text.disambiguation import PREP_CASES

#: A word written wholly in capitals (one letter or more), not glued to a lower-case or digit character.
CAPS_WORD = re.compile(r"(?<![^\W_])[A-ZĄĆĘŁŃÓŚŹŻÀ-ÖØ-Þ]+(?![^\W_])")
_VOWELS = frozenset("AEIOUYĄĘÓ")
ROMAN = re.compile(r"[IVXLCDM]+")
#: Acronyms of bodies that are also common words ("MOPS", a pug; "PUP", a plural of "pupa").
_HOMONYM_ACRONYMS = frozenset({"MOPS", "OPS", "PUP", "KIS", "CIS"})
QUOTES = frozenset('"„“”\'')
VERBAL = frozenset({"fin", "praet", "impt", "imps", "inf", "bedzie", "aglt", "pcon", "pant", "winien", "pred"})
NOMINAL = frozenset({"subst", "depr", "adj", "adja", "adjp", "num", "ger", "ppas", "pact", "romandig"})

KEEP, LOWER, CAP = "keep", "lower", "cap"


@dataclass
class Word:
    """One word of a stretch, its readings and the case chosen for it."""

    start: int
    text: str
    readings: tuple[Analysis, ...]
    choice: str = LOWER
    geo: bool = False  # capitalised as a place name
    first: bool = False  # capitalised as a first name
    dot: bool = False  # a full stop follows


def proper(word: Word) -> list[Analysis]:
    return [a for a in word.readings if a.names and a.lemma[:1].isupper() and not a.lemma.isupper()]


def common(word: Word) -> list[Analysis]:
    return [a for a in word.readings if not a.names and a.pos not in ("ign", "brev", "frag") and a.lemma[:1].islower()]


def acronym_reading(word: Word) -> bool:
    return any(a.lemma.isupper() and len(a.lemma) >= 2 and a.pos == "subst" for a in word.readings)


def unknown(word: Word) -> bool:
    return all(a.pos == "ign" for a in word.readings)


def has(word: Word, category: str) -> bool:
    return any(category in a.names for a in proper(word))


def shape_choice(word: Word) -> str | None:
    """The case a word's shape and readings settle alone; None where the context must decide."""
    text = word.text
    if len(text) == 1:
        return None
    if ROMAN.fullmatch(text) and any(a.pos == "romandig" for a in word.readings):
        return KEEP
    commons, propers = common(word), proper(word)
    if not _VOWELS & set(text):
        return LOWER if commons and not acronym_reading(word) else KEEP  # "NR", "DR": abbreviations; "KGW", "SMS"
    if text in _HOMONYM_ACRONYMS:
        return KEEP
    if unknown(word):
        return KEEP if len(text) <= 5 else CAP
    if acronym_reading(word) and (not commons or len(text) <= 3):
        if not commons and len(text) >= 4 and any({"nazwa_geograficzna", "imię"} & set(a.names) for a in propers):
            return CAP  # "JANA": the first name, not the institution SGJP also spells so
        return KEEP
    if propers and not commons:
        return CAP
    return LOWER if not propers else None


def only(word: Word, kinds: frozenset[str]) -> bool:
    return bool(word.readings) and all(a.pos in kinds for a in word.readings)


def cases_of(word: Word) -> frozenset[str]:
    return frozenset(c for a in word.readings if a.pos in NOMINAL for c in a.cases)


#: Words written lower-case inside a name.
NAME_SMALL = frozenset(PREP_CASES) | {"i", "oraz", "a", "im", "nr", "pw", "św"}


def abbreviation(word: Word) -> bool:
    """A word written before a full stop that does not end a sentence ("WOJ.", "UL.", "IM.")."""
    return word.text.lower() in NAME_SMALL or any(
        a.pos == "brev" and a.lemma[:1].islower() for a in (*word.readings, *analyse(word.text.lower() + ".")))
