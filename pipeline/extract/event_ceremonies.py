"""Ceremonies that open or close a year of a school, a university or a club: "Inauguracja roku akademickiego",
"zakończenie roku szkolnego", "uroczyście zainaugurowano nowy rok akademicki".

docs/annotation.md (settled questions, event types): inaugurations and endings of a school or academic year are
ceremonies, `inne`, whatever "spotkanie" or "wykład" their programme holds. None of the words is a trigger on its
own ("zakończenie" ends anything, "rok" is a year): the name is the noun or verb of opening or closing, "rok" in
the genitive or the accusative, and the adjective that says whose year it is.
"""

from __future__ import annotations

import re

from pipeline.text.features import TokenFeatures

#: Nouns of opening or closing something: "inauguracja", "rozpoczęcie", "zakończenie", "otwarcie", "zamknięcie".
OPENING_NOUNS = frozenset({"inauguracja", "rozpoczęcie", "zakończenie", "otwarcie", "zamknięcie"})
#: Verbs of the same: "zainaugurowano rok akademicki", "uniwersytet rozpoczął 14. rok akademicki" ("zakończyli rok
#: szkolny wycieczką" reports a trip, `inne` as well).
OPENING_VERBS = frozenset({"zainaugurować", "inaugurować", "rozpocząć", "rozpoczynać", "zakończyć", "kończyć"})
#: "na zakończenie roku szkolnego uczniowie pojechali …": after "na" the beginning or end is the occasion of the
#: event ("na inaugurację roku przybyli goście" goes to the ceremony itself).
OCCASION_PREPOSITION = "na"
OCCASION_NOUNS = frozenset({"rozpoczęcie", "zakończenie", "otwarcie", "zamknięcie"})
#: "roku 2019/2020": a year written as a school or academic year needs no adjective
_SCHOOL_YEAR = re.compile(r"(?:19|20)\d\d\s*/\s*(?:(?:19|20)?\d\d)")
_VERB_POS = frozenset({"fin", "praet", "imps", "ppas", "pcon", "inf"})
YEAR_NOUN = "rok"
#: Whose year it is: a school's, a university's, scouts', a parish's formation, a cultural season.
YEAR_KINDS = frozenset({"szkolny", "akademicki", "harcerski", "formacyjny", "katechetyczny", "przedszkolny",
                        "kulturalny"})
#: Words allowed between the opening word and "rok": an ordinal or a number ("31. roku", "XX roku"), "nowy",
#: "kolejny", "bieżący".
MAX_BETWEEN = 3


def year_ceremony(f: TokenFeatures, i: int, hi: int) -> int | None:
    """The index of the year's adjective when token i opens a name of the year's ceremony, else None."""
    lemma = f.lemma[i].lower()
    if lemma in OPENING_NOUNS:
        if lemma in OCCASION_NOUNS and _after_na(f, i):
            return None
        case = "gen"
    elif lemma in OPENING_VERBS and f.pos[i] in _VERB_POS:
        case = "acc"
    else:
        return None
    words = [k for k in range(i + 1, min(hi, len(f.texts))) if not f.is_space[k]][:MAX_BETWEEN + 2]
    for n, k in enumerate(words):
        if YEAR_NOUN in f.lemmas_lower[k] and case in f.cases[k]:
            kind = words[n + 1] if n + 1 < len(words) else None
            if kind is None or not (f.lemmas_lower[kind] & YEAR_KINDS or _SCHOOL_YEAR.fullmatch(f.texts[kind])):
                return None
            return kind
        if n >= MAX_BETWEEN or not _between(f, k):
            return None
    return None


def _between(f: TokenFeatures, k: int) -> bool:
    """A number, a dot after it, an adjective or "się" before "rok": "31.", "XX", "nowego", "rozpoczął się nowy"."""
    text = f.texts[k]
    return text.isdigit() or text in (".", "się") or text.isupper() and set(text) <= set("IVXLC") or "adj" in f.pos_set[k]


def _after_na(f: TokenFeatures, i: int) -> bool:
    k = i - 1
    while k >= 0 and f.is_space[k]:
        k -= 1
    return k >= 0 and f.texts[k].lower() == OCCASION_PREPOSITION
