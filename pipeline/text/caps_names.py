"""Names of bodies inside a shouted stretch: title-cased the way writers case them (`pipeline.text.caps`).

An institutional head noun starts a name: it, the adjectives before it, its complements and its seat are
title-cased up to a verb, a punctuation mark or a preposition that opens no seat ("STOWARZYSZENIE NA RZECZ
ROZWOJU WSI KOSTRZYCA ZAPRASZA" -> "Stowarzyszenie na Rzecz Rozwoju Wsi Kostrzyca zaprasza").
"""

from __future__ import annotations

from pipeline.lexicon.words import ORG_HEADS
from pipeline.text.caps_words import (
    CAP,
    KEEP,
    LOWER,
    NAME_SMALL,
    NOMINAL,
    QUOTES,
    VERBAL,
    Word,
    acronym_reading,
    cases_of,
    common,
    only,
    proper,
)
from pipeline.text.disambiguation import PREP_CASES

#: Heads that open an event's or a group's description in a heading more often than a body's name
#: ("WARSZTATY KULINARNE", "GRUPA UCZESTNIKÓW"): not title-cased as names.
_WEAK_HEADS = frozenset({"warsztat", "warsztaty", "grupa", "sieć", "partnerstwo", "park", "firma", "organizacja",
                         "instytucja", "zespół", "oddział", "filia", "okręg", "klaster", "dom", "koło", "rada"})
_SEAT_PREPS = frozenset({"w", "we", "z", "ze", "nad", "pod", "przy"})


def _head(word: Word) -> bool:
    return any(a.pos == "subst" and a.lemma in ORG_HEADS for a in common(word))


def _weak(word: Word) -> bool:
    return any(a.pos == "subst" and a.lemma in _WEAK_HEADS for a in common(word))


def _complement(word: Word) -> bool:
    """A genitive noun that can complement a head ("KOŁA GOSPODYŃ", "RADY GMINY"), not a group of people
    ("GRUPA UCZESTNIKÓW")."""
    return any(a.pos == "subst" and "gen" in a.cases and not (a.number == "pl" and a.genders == {"m1"})
               for a in common(word)) or word.choice in (CAP, KEEP)


def mark_names(words: list[Word], gaps: list[str]) -> None:
    """Title-case a body's name: an institutional head, the adjectives before it, its complements and seat."""
    i = 0
    while i < len(words):
        institution = words[i].choice == CAP and any(
            {"nazwa_instytucji", "nazwa_organizacji"} & set(a.names) for a in proper(words[i]))  # "CARITAS POLSKA"
        if not institution and (not _head(words[i]) or words[i].choice != LOWER):
            i += 1
            continue
        lo = i
        while lo > 0 and not gaps[lo].strip(" -") and words[lo - 1].choice == LOWER \
                and any(a.pos in ("adj", "adja") for a in words[lo - 1].readings) and not only(words[lo - 1], VERBAL):
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
            if w.choice == LOWER and len(w.text) > 1 and w.text.lower() not in NAME_SMALL:
                w.choice = CAP
            elif w.choice == KEEP and k > i and acronym_reading(w) and any(len(a.cases) < 7 for a in common(w)):
                w.choice = CAP  # "ROZWOJU WSI": a common noun of the name's complement, not the acronym it spells
        i = max(j, i + 1)


def _not_coordinated(word: Word) -> bool:
    """A word a body's name cannot be coordinated with by "I": a group of people, a verb, a preposition."""
    nominal = [a for a in common(word) if a.pos in NOMINAL]
    return not nominal and word.choice == LOWER or bool(nominal) and all(
        a.number == "pl" and a.genders == {"m1"} for a in nominal)


def _nominal_run(words: list[Word], gaps: list[str], j: int, least: int) -> bool:
    """At least `least` nominal words from `j` on, with nothing but spaces between ("ŁOWIECKIE BAŻANT")."""
    n = 0
    while j < len(words) and not gaps[j].strip() and words[j].text.lower() not in PREP_CASES \
            and any(a.pos in NOMINAL for a in words[j].readings) and not only(words[j], VERBAL):
        n, j = n + 1, j + 1
    return n >= least




def _listed_complement(words: list[Word], gaps: list[str], j: int) -> bool:
    """Words after a comma that continue a list of complements closed by "I" within the name."""
    cases = cases_of(words[j - 1]) & {"gen"}  # genitive complements: "KULTURY, SPORTU", not "KULTURY, MIESZKAŃCY"
    for k in range(j, min(j + 3, len(words) - 1)):
        if k > j and gaps[k].strip():
            return False
        low = words[k].text.lower()
        if low in ("i", "oraz"):
            return k > j and not gaps[k + 1].strip() and _complement(words[k + 1])
        if not cases_of(words[k]) & cases or not _complement(words[k]) or _head(words[k]) or only(words[k], VERBAL):
            return False
    return False


def _name_end(words: list[Word], gaps: list[str], j: int) -> int:
    """Where the name whose head precedes `j` ends: at a verb, a punctuation mark, a preposition that opens no
    seat, or right after its seat; a quoted part runs to its closing quote."""
    quoted = False
    while j < len(words):
        gap, raw = gaps[j].strip(), gaps[j]
        if any(c in QUOTES for c in gap):
            if raw[:1] in QUOTES:  # a closing quote, glued to the word before it: the name ends
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
                    and cases_of(nxt) & cases_of(words[j - 1]) and _complement(nxt):
                j += 2  # "NA RZECZ", "KULTURY I SZTUKI": inside many names
                continue
            if low in _SEAT_PREPS and nxt.geo:
                j += 2
                while j < len(words) and not gaps[j].strip() and words[j].choice == CAP:
                    j += 1
            break
        if w.choice == LOWER and (only(w, VERBAL) or not any(a.pos in NOMINAL for a in w.readings)) \
                and low not in NAME_SMALL:
            break
        if w.choice == LOWER and words[j - 1].geo:
            break  # a common word after a place name: the name has ended
        j += 1
    return j
