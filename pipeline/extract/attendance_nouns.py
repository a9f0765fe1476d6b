"""Who a head count counts: the nouns for people ("osób", "uczestników", "radnych", "członkiń") and the gender a
noun carries ("kobiet", "pań", "mam"; the feminine of a personal noun: "seniorek"), kept apart from `attendance`
(reading the figures) so both stay small."""

from __future__ import annotations

import re

from pipeline.extract.attendance_words import feminine_of_person, numeral_value
from pipeline.extract.attendance_words import person_adjective as _person_adjective
from pipeline.extract.attendance_words import plain_personal as _plain_personal
from pipeline.text.morphology import Analysis, analyse

#: Feminine and neuter nouns for people; personal-masculine (m1) nouns count by gender.
PERSON_NOUNS_NON_M1 = frozenset({"gość", 
    "osoba", "kobieta", "pani", "uczestniczka", "dziecko", "młodzież", "słuchaczka",
    "mieszkanka", "przedstawicielka", "seniorka", "liderka", "animatorka", "osobistość",
    "rodzina", "para", "dziewczyna", "uczennica", "studentka", "beneficjentka", "gospodyni",
})
#: Nouns whose meaning carries the gender, kinship included ("14 mam i 2 ojców"); a plural of "wnuk" or
#: "rodzic" names a mixed group, "bracia"/"siostry" a religious or professional community: not here.
WOMEN_LEMMAS = frozenset({"kobieta", "pani", "dziewczyna", "uczestniczka", "dziewczynka", "dziewczę", "seniorka",
                          "słuchaczka", "mieszkanka", "uczennica", "studentka", "beneficjentka",
                          "mama", "matka", "babcia", "babka", "córka", "żona"})
MEN_LEMMAS = frozenset({"mężczyzna", "pan", "chłopak", "chłopiec", "ojciec", "tata", "tatuś", "dziadek", "syn",
                        "mąż"})


def gender_of(word: str) -> str | None:
    """"f" or "m" when the word counts women or men ("K", "kobiet", "pań", "mam", "seniorek"; "M", "panów")."""
    w = word.lower().rstrip(".")
    if w in ("k",):
        return "f"
    if w in ("m",):
        return "m"
    lemmas = {a.lemma for a in analyse(w)}
    if lemmas & WOMEN_LEMMAS or w.startswith("kobiet") or w in ("pań", "panie") or any(
            feminine_of_person(a.lemma) for a in analyse(w) if a.pos == "subst" and "f" in a.genders):
        return "f"
    if lemmas & MEN_LEMMAS or w.startswith("mężczyzn") or w in ("panów", "panowie"):
        return "m"
    return None


_NOUN_AFTER_AND = re.compile(r"\s*(?:i|oraz)\s+(?P<word>[^\W\d_]+)")


def one_numeral_two_nouns(after: str) -> int | None:
    """The gendered noun after a number is coordinated with a second person noun that has no number of its own
    ("45 seniorek i seniorów", "12 mam i ojców"): the number counts both. Returns the length of "i seniorów"."""
    coordinated = _NOUN_AFTER_AND.match(after)
    if coordinated is None:
        return None
    word = coordinated.group("word")
    if numeral_value(word)[0]:
        return None
    if gender_of(word) is not None or any(
            a.pos == "subst" and "m1" in a.genders and a.cases & {"gen", "nom", "acc"} and not a.names
            for a in analyse(word.lower())):
        return coordinated.end()
    return None


def is_person_noun(analyses: tuple[Analysis, ...], word: str) -> bool:
    if word.lower() in ("os.", "os", "osób", "uczest.", "ucz."):
        return True
    nouns = [a for a in analyses if a.pos in ("subst", "depr") and not a.names]
    if any(a.lemma in PERSON_NOUNS_NON_M1 or a.lemma in WOMEN_LEMMAS or a.lemma in MEN_LEMMAS for a in nouns):
        return True
    if nouns and all("f" in a.genders and feminine_of_person(a.lemma) for a in nouns):
        return True  # "członkiń", "mistrzyń", "rękodzielniczek": the feminine of a personal noun
    if any(a.pos == "adj" for a in analyses):
        # "radnych", "zwiedzających", "niepełnosprawnych": an adjective the dictionary also has as a person noun
        # of both genders (radny/radna); "innych", "chętnych" have no feminine noun and stay too vague
        return _person_adjective(nouns)
    # a personal-masculine noun, and only that ("uczestników", "rolników"; not "metrów"), or one whose
    # personal reading is current usage ("członków", "biegaczy"; not the dated personal "metr")
    return bool(nouns) and (all("m1" in a.genders for a in nouns) or _plain_personal(word.lower()))


def plain_person_noun(tok) -> bool:
    """A person noun that is no adjective: the head after "35 młodych", "20 nowych" ("radnych" is looked past
    only when no person noun follows it)."""
    return is_person_noun(tok._.morf, tok.text) and not any(a.pos == "adj" for a in tok._.morf)


#: How far a participle's own phrase may reach before the counted noun: "znajdujących się na stadionie kibiców".
_PARTICIPLE_REACH = 6


def noun_past_participle(doc, j: int, nxt):
    """'60 tysięcy znajdujących się na stadionie kibiców': a participle in the genitive plural the number governs,
    with its own words ("się", a prepositional phrase), stands before the counted noun as an adjective does; the
    first person noun past it in the genitive plural, within the sentence, is what the number counts. `nxt` (the
    word after the number, or the noun past its adjectives) stays when it is a person noun or no such noun follows."""
    if nxt is None or is_person_noun(nxt._.morf, nxt.text) or j >= len(doc) or not any(
            a.pos in ("pact", "ppas") and "gen" in a.cases and a.number == "pl" for a in doc[j]._.morf):
        return nxt
    for k in range(j + 1, min(len(doc), j + 1 + _PARTICIPLE_REACH)):
        tok = doc[k]
        if not tok.text.isalpha():
            return nxt  # a comma or a full stop: the phrase ended without a noun
        if is_person_noun(tok._.morf, tok.text) and any(
                a.pos in ("subst", "depr") and "gen" in a.cases and a.number == "pl" for a in tok._.morf):
            return tok
    return nxt
