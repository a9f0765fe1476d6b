"""Words of head counts that need the dictionary's finer readings: numerals in any case ("trzydziestu"), numbers as reports write them ("1 200",
"1.200", "2,5 tys."), person nouns with homographs ("członków") and adjectives used as person nouns
("radnych"). Kept apart from `attendance` (reading the figures) so both stay small.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from pipeline.text.morphology import Analysis, analyse, morfeusz

#: Digits as reports write counts: "45", "1.200" (a dot between thousands), "2,5" (a decimal before "tys.").
WRITTEN = re.compile(r"^(?:\d{1,5}|\d{1,3}(?:\.\d{3})+|\d{1,3},\d{1,2})$")
#: The second group of a number written with a space between thousands ("1 200", "12 000").
GROUPED = re.compile(r"^\d{3}$")


NUMERAL_VALUES = {
    "jeden": 1, "dwa": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "siedem": 7,
    "osiem": 8, "dziewięć": 9, "dziesięć": 10, "jedenaście": 11, "dwanaście": 12,
    "trzynaście": 13, "czternaście": 14, "piętnaście": 15, "szesnaście": 16, "siedemnaście": 17,
    "osiemnaście": 18, "dziewiętnaście": 19, "dwadzieścia": 20, "trzydzieści": 30,
    "czterdzieści": 40, "pięćdziesiąt": 50, "sześćdziesiąt": 60, "siedemdziesiąt": 70,
    "osiemdziesiąt": 80, "dziewięćdziesiąt": 90, "sto": 100, "dwieście": 200, "trzysta": 300,
    "czterysta": 400, "pięćset": 500, "sześćset": 600, "siedemset": 700, "osiemset": 800, "dziewięćset": 900,
    "tysiąc": 1000, "dwoje": 2, "troje": 3, "czworo": 4, "pięcioro": 5,
    "sześcioro": 6, "siedmioro": 7, "ośmioro": 8, "dziewięcioro": 9, "dziesięcioro": 10,
    "kilkanaście": None, "kilka": None, "kilkadziesiąt": None, "kilkaset": None, "parę": None,
    "paręnaście": None, "parędziesiąt": None, "kilkoro": None, "kilkanaścioro": None,
}
#: First letters of those numerals: inflection keeps a word's first letter ("osiem" -> "ośmiu", "sto" -> "stu")
_NUMERAL_INITIALS = frozenset(lemma[0] for lemma in NUMERAL_VALUES)


@lru_cache(maxsize=8192)
def numeral_value(word: str) -> tuple[bool, int | None]:
    """(is a numeral, value or None when vague) for one numeral word in any case and gender."""
    if word[:1].lower() not in _NUMERAL_INITIALS:
        return False, None  # no morfeusz2 call for most words (the lower-cased form of a capitalised word)
    for a in analyse(word.lower()):
        if a.pos in ("num", "numcol") and a.lemma in NUMERAL_VALUES:
            return True, NUMERAL_VALUES[a.lemma]
    return False, None


def written_number(text: str) -> float | None:
    """The value of a number token as reports write it, or None: "1.200" is 1200, "2,5" is 2.5."""
    if not WRITTEN.match(text):
        return None
    if "," in text:
        return float(text.replace(",", "."))
    return int(text.replace(".", ""))


def person_adjective(nouns: list[Analysis]) -> bool:
    """"radnych", "zwiedzających": an adjective SGJP also lists as a person noun of both genders (radny/radna)."""
    masculine = {a.lemma for a in nouns if "m1" in a.genders and a.lemma.endswith(("y", "i"))}
    return any(a.lemma[:-1] + "a" in {n.lemma for n in nouns if "f" in n.genders} for a in nouns
               if a.lemma in masculine) and not {a.lemma for a in nouns} & _VAGUE_PEOPLE


#: Adjectives of people too vague to count a event's audience ("młodych" may be the young of animals too).
_VAGUE_PEOPLE = frozenset({"młody", "młoda", "stary", "starszy", "starsza", "inny", "inna"})


@lru_cache(maxsize=4096)
def plain_personal(word: str) -> bool:
    """The word has a personal-masculine noun reading without a usage label of SGJP (dated, colloquial,
    zoological): "członków" (a member), "biegaczy" (a runner); not "metrów" (a dated personal "metr")."""
    try:
        readings = morfeusz().analyse(word)
    except Exception:
        return False
    return any(tag.startswith("subst:pl") and ":m1" in tag and not labels
               for _s, _e, (_orth, _lemma, tag, _names, labels) in readings)


@lru_cache(maxsize=4096)
def feminine_of_person(lemma: str) -> bool:
    """A feminine noun derived from a personal-masculine one ("członkini" < "członek", "rękodzielniczka" <
    "rękodzielnik", "seniorka" < "senior"): the dictionary has the masculine noun as m1."""
    stems: list[str] = []
    if lemma.endswith(("ini", "yni")):
        stem = lemma[:-3]
        stems += [stem, stem[:-1] + "e" + stem[-1:]]  # "mistrz", "członek"
    elif lemma.endswith("czka"):
        stems += [lemma[:-4] + "k", lemma[:-4] + "cz"]  # "uczestnik", "słuchacz"
    elif lemma.endswith("ka") and len(lemma) > 5:
        stems.append(lemma[:-2])  # "senior", "student"
    return any(any(a.lemma == stem and "m1" in a.genders and a.pos == "subst" for a in analyse(stem))
               for stem in stems if len(stem) > 3)


def counterparts(feminine: str, masculine: str) -> bool:
    """"uczestniczek"/"uczestników", "druhen"/"druhów", "mieszkanek"/"mieszkańców": a feminine person noun and
    the personal-masculine noun it is derived from (their lemmas share all of the masculine stem but its last
    sounds: "druh"/"druhna", "harcerz"/"harcerka", "mieszkaniec"/"mieszkanka")."""
    women = {a.lemma for a in analyse(feminine.lower()) if a.pos == "subst" and "f" in a.genders}
    men = {a.lemma for a in analyse(masculine.lower()) if a.pos == "subst" and "m1" in a.genders}
    for w in women:
        for m in men:
            shared = len(os.path.commonprefix([w, m]))
            if w != m and shared >= 4 and shared >= len(m) - 3:
                return True
    return False


def counterpart_gender(first: str, second: str, gender: str) -> str | None:
    """"uczestniczek i uczestników", "słuchaczek i słuchaczy", "42 druhów i 7 druhen": after a person noun of one
    gender, the noun of the same stem in the other gender counts the other sex (the plain m1 plural alone is mixed)."""
    if gender == "f" and counterparts(first, second):
        return "m"
    if gender == "m" and counterparts(second, first):
        return "f"
    return None


#: "Było nas 30", "przyjechało nas ponad 40", "zebrało się nas 25": a count of us (or you) with no noun;
#: "Było ich 25" counts the people the sentence before named (`pronoun` "ich").
WE_COUNTED = re.compile(
    r"\b(?:był[oa]?|jest|przyjechało|przyszło|przybyło|pojechało|wyjechało|zebrało\s+się|spotkało\s+się)\s+"
    r"(?P<pronoun>nas|was|ich)\s+(?P<approx>(?:ponad|około|ok\.|blisko|prawie|niemal|przeszło)\s+)?$", re.IGNORECASE)
#: The sentence before "Było ich 25" says who took part: "W zajęciach brały udział dzieci ...".
TOOK_PART = re.compile(r"\b(?:udział\w*|uczestnicz\w*|przybył\w*|przyjechał\w*|przyszł\w*|zgromadził\w*|"
                       r"gościl\w*|odwiedził\w*)\b", re.IGNORECASE)


def adjective_comma(tokens, first: int) -> int:
    """1 when a comma right after the adjective at `first` joins it to a second lower-case adjective ("20 aktywnych,
    starszych osób": adjectives coordinated without a conjunction), else 0."""
    k = first + 1
    if k + 1 >= len(tokens) or tokens[k].text != "," or not tokens[k + 1].text[:1].islower():
        return 0
    return int(all(any(a.pos == "adj" for a in tokens[i]._.morf) for i in (first, k + 1)))
