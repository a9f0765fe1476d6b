"""Lone name words and surnames without a first name: 'Kowalskiego' -> 'Kowalski', 'Jacka' -> 'Jacek'.

With no first name to agree with, the word's own readings decide: the dictionary's name readings (a
man's oblique first name before a woman's nominative, a nominative surname as written), else the
ending (an apostrophe ending, an adjectival surname's case, a consonant stem's genitive). Also the checks of a
surname's agreement with a first name read as a man's or a woman's (`surname_fits`, `firsts_fit`).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.text.analysis import Analysis, analyse
from pipeline.text.inflect import match_case
from pipeline.text.name_forms import (
    NameReading,
    agreeing_phrase_base,
    common_nominative,
    guess_surname,
    is_unknown,
    likely_readings,
    name_readings,
    reads_nominative,
    unknown_name_base,
)
from pipeline.text.old_spelling import modern_spelling_lemma

_HYPHENS = frozenset({"-", "–", "—", "‐"})


def surname_only_base(tokens: list[Token]) -> str:
    """A surname (or a name the dictionary does not split into first name and surname) without a first
    name to agree with: 'Kowalskiego' -> 'Kowalski', 'Nowakowej' -> 'Nowakowa'. The gender comes from
    the dictionary's surname readings, else from the ending."""
    words = []
    for t in tokens:
        if t.text in _HYPHENS:
            words.append("-")
            continue
        readings = [a for a in t._.morf if a.pos == "subst" and set(a.names) & {"nazwisko", "imię", "pseudonim"}]
        as_written = any("nom" in a.cases and a.lemma == t.text for a in readings)  # 'Janeczko' is no call to 'Janeczka'
        firsts = sorted((a for a in readings if "imię" in a.names and a.number == "sg"
                         and not (as_written and a.cases <= {"voc"})), key=lambda a: -len(a.names))
        if len(tokens) == 1 and firsts:
            # a lone "Jana", "Pawła", "Radka": the first-name reading, a man's in an oblique case before a
            # woman's in the nominative (texts name men by the genitive far more often)
            words.append(next((a.lemma for a in firsts if "m1" in a.genders), firsts[0].lemma))
            continue
        nominative = [a for a in readings if "nom" in a.cases and a.number == "sg"]
        common = _common_surname(t) if len(tokens) == 1 and nominative else None
        if common is not None:
            words.append(common)
            continue
        if nominative:
            words.append(t.text if t.text.lower() == nominative[0].lemma.lower() else nominative[0].lemma)
            continue
        if readings:
            sg = [a for a in readings if a.number == "sg"] or readings
            common = {a.lemma.lower() for a in t._.morf if not a.names}  # 'Mazurowi': Mazur, a common word too
            words.append(next((a.lemma for a in sg if a.lemma.lower() in common), sg[0].lemma))
            continue
        if APOSTROPHE_ENDING.search(t.text):
            words.append(APOSTROPHE_ENDING.sub("", t.text))
            continue
        low = t.text.lower()
        if low.endswith(("skiego", "ckiego", "dzkiego", "skiej", "ckiej", "dzkiej", "skiemu", "ckiemu", "ską", "cką")):
            gender = "f" if low.endswith(("ej", "ą")) else "m"
            words.append(guess_surname(t.text, gender, {"gen", "dat", "acc", "inst", "loc"}))
        elif low.endswith(("owi", "em", "ego", "emu")) and unknown_name_base(t.text, "m") != t.text:
            words.append(unknown_name_base(t.text, "m"))  # "(Bushill-)Matthewsowi": a man's dative or instrumental
        elif len(low) > 4 and low.endswith("a") and low[-2] not in "aeiouyąęó" and not low.endswith(("ska", "cka")):
            words.append(t.text[:-1])  # "Langhansa", "Kołczaka": a man's surname in the genitive
        else:
            words.append(t.text)  # a foreign or rare surname alone: its case cannot be told, keep it
    return " ".join(words).replace(" - ", "-")


def _common_surname(tok: Token) -> str | None:
    """'Ciołka', 'Anioła': a word the dictionary gives as a surname in the nominative ('Ciołka') and as the genitive
    of another surname ('Ciołek') is the genitive when only that other surname is also a common noun ('ciołek'):
    surnames are made of common words, so the one a common word backs is the likelier. None when both or neither
    are ('Siarka': the nominative is the common 'siarka')."""
    text = tok.text.lower()
    common = {a.lemma.lower() for a in tok._.morf if a.pos == "subst" and not a.names and a.number == "sg"}
    oblique = [a for a in tok._.morf if a.pos == "subst" and "nazwisko" in a.names and a.number == "sg"
               and "m1" in a.genders and a.cases & {"gen", "acc"} and a.lemma.lower() != text]
    backed = [a for a in oblique if a.lemma.lower() in common]
    return backed[0].lemma if backed and text not in common else None


APOSTROPHE_ENDING = re.compile(r"['’][a-ząćęłńóśźż]{1,4}$")


def single_name(tok: Token) -> str | None:
    """A lone name word, or None to leave it to `surname_only_base`."""
    morf = tok._.morf
    if is_unknown(morf):
        return modern_spelling_lemma(tok.text, _PERSON_NAMES) or unknown_name_base(tok.text)
    names = name_readings(morf)
    if tok.text[:1].isupper() and not names and not tok.text.isupper() and len(tok.text) > 3:
        # "Twórcy", "Prorocy", "Wielkiego": a common noun or an adjective naming someone, in the singular;
        # a thing's oblique case ("Premeru": a man named 'Premer' would be 'Premera') is a foreign name as written
        if tok.text.endswith("u") and not any("nom" in a.cases or set(a.genders) & {"m1", "f"} or a.pos == "adj"
                                              for a in morf):
            return tok.text
        people = [a for a in morf if a.pos == "subst" and set(a.genders) & {"m1", "f"}]
        if people and all(a.number == "pl" and "nom" in a.cases for a in people):
            return match_case(people[0].lemma, tok.text)  # "Prababcie": one person named by a common noun
        return agreeing_phrase_base([tok]) or (tok.text if common_nominative(tok.text, morf) else None)
    if not names:
        return tok.text if common_nominative(tok.text, morf) else None
    plural_nom = [a for a in names if a.number == "pl" and "nom" in a.cases and "m1" in a.genders]
    if plural_nom and not any(a.number == "sg" for a in names):
        return tok.text  # "Kowalscy": the family, as written
    if not likely_readings(names):
        family = [a for a in names if a.number == "pl" and "m1" in a.genders and "nazwisko" in a.names]
        if family:  # "Żeromskich": the family, by its surname; "Bolkami": a first name's too ('Bolek', not 'Bolka')
            return max(family, key=lambda a: len(a.names)).lemma
        return tok.text  # "Mario", "Marin": only a vocative or a plural of another name
    if tok.text.lower().endswith(_FEMININE_NAME_SUFFIXES) and any(
            "imię" in a.names and "f" in a.genders and "nom" in a.cases and a.lemma == tok.text for a in names):
        return tok.text  # "Krystyna", "Barbara": not the rare men's names "Krystyn", "Barbar" in the genitive
    return None


#: Women's names of these endings are common and the men's names they would be the genitive of rare
#: ("Krystyna" / "Krystyn", "Renata" / "Renat"); a man's "-sława", "-ka", "-da" genitive is not.
_FEMININE_NAME_SUFFIXES = ("ina", "yna", "ara", "ata")


def undeclined_lead_nominative(words: list[Token]) -> bool:
    """'Drahomir Cevela', 'Lien Chana': a first word the dictionary lacks, written with a consonant ending, is
    a man's nominative (his genitive would end in '-a' too: 'Drahomira') or a woman's undeclined name, so a
    following '-a' word is no man's genitive but a nominative as written (a woman's, or an '-a' surname).
    English names in a written '-w' end in a vowel sound and are left undeclined ('Matthew Crawforda')."""
    if len(words) < 2:
        return False
    first = words[0].text
    if not (is_unknown(words[0]._.morf) and first.isalpha() and first[:1].isupper() and not first.isupper()
            and len(first) >= 3 and first[-1].lower() not in _VOWEL_ENDS
            and not (first[-1] == "w" and first[-2].lower() in _VOWEL_ENDS)):
        return False  # 'Matthew', 'Andrew': an English '-w' is a vowel, and such names stay undeclined
    return all(w.text[:1].isupper() and w.text.isalpha() and w.text.endswith("a") for w in words[1:])


def unlisted_first_name(words: list[Token]) -> bool:
    """'Cory Doctorow', 'Mary Lindler', 'Biruta Nowacka-Lis': a first word the dictionary knows as no first name,
    only as an oblique form of other words, before surnames that read only as nominatives, is a first name it
    lacks, written as a nominative like them: when those forms are of '-a' / '-o' stems ('Cory': 'Cora', 'Maro';
    a consonant stem's '-a' genitive, 'Bartona', would be a man's genitive), or when the surname is a woman's
    ('-ska', '-owa'), whose first name is no man's genitive."""
    if len(words) < 2 or not words[0].text[:1].isupper():
        return False
    morf = words[0]._.morf
    nouns = [a for a in morf if a.pos in ("subst", "depr") and a.number == "sg"]
    if is_unknown(morf) or not nouns or any("imię" in a.names or "nom" in a.cases for a in nouns):
        return False
    if not all(reads_nominative(w.text, w._.morf) for w in words[1:]):
        return False
    woman = any(part.endswith(("ska", "cka", "dzka", "owa", "ówna")) for w in words[1:]
                for part in w.text.lower().split("-"))
    # a woman's first name ends in '-a'; a genitive in '-y' / '-i' may be a foreign nominative as written;
    # '-ą', '-ę', '-ie' ('Moskwą') may not
    end = words[0].text[-1:].lower()
    return woman and end == "a" or end in "yi" and all(a.lemma[-1:].lower() in "ao" for a in nouns)


_ALL_CASES = frozenset({"nom", "gen", "dat", "acc", "inst", "loc"})
_PERSON_NAMES = frozenset({"imię", "nazwisko", "pseudonim"})


def with_undeclined(tok: Token, readings: list[NameReading]) -> list[NameReading]:
    """A name word's readings plus, last, itself left undeclined in every case, when it is written as a
    nominative (or is a proper name of another kind, 'Helin'): Polish texts decline a woman's first name but
    not her consonant-final surname ('Eleanorę Helin', 'Ursuli Stenzel'), and leave foreign names ending in
    a vowel as written ('Nicolasem Sarkozy'); a man's consonant-final name declines ('Woody Allen'), so a word
    the dictionary knows as a man's nominative is not read as a woman's undeclined surname."""
    text = tok.text
    written = any("nom" in r[0] and r[2] == text for r in readings) or not readings and text[:1].isupper() and any(
        a.names for a in tok._.morf)
    if is_unknown(tok._.morf) and text[:1].isupper() and text[-1].lower() in _VOWEL_ENDS - {"a"} \
            and not text.lower().endswith(("ii", "ji", "íi", "owi", "ego", "emu")):
        # "Sarkozy" after "Nicolasem": a foreign name in a vowel, whatever its ending could be; not an '-ia'
        # name's genitive ("Marii"), nor a Polish man's dative or genitive ("Lechersowi", "Naniego")
        written = True
    if not written or not text.isalpha():
        return readings
    if text[-1].lower() in _VOWEL_ENDS:
        if text[-1].lower() == "a" and any(a.pos == "subst" and a.names and a.lemma == text and "nom" in a.cases
                                           for a in tok._.morf):
            return readings  # "Anna", "Kulesza": a name the dictionary declines as an '-a' noun is never left so
        return [*readings, (_ALL_CASES, "*", text)]
    if any("m1" in a.genders and "nom" in a.cases and a.names for a in tok._.morf):
        return readings  # "Allen": a man's name as written, not a woman's undeclined one
    return [*readings, (_ALL_CASES, "f", text)]


_VOWEL_ENDS = frozenset("aeiouyáéíóúýäëöü")


def _is_initial(text: str) -> bool:
    return text == "." or len(text) == 1 and text.isupper() and text.isalpha() or \
        len(text) == 2 and text[0].isupper() and text[0].isalpha() and text[1] == "." or abbreviated_first_name(text)


def abbreviated_first_name(text: str) -> bool:
    """'Wł', 'St.': a capital and a lower-case consonant (with its dot or without) abbreviate a first name."""
    bare = text[:-1] if text.endswith(".") else text
    return len(bare) == 2 and bare.isalpha() and bare[0].isupper() and bare[1].islower() and bare[1] not in "aąeęioóuy"


def initials_as_written(norm: str, tokens: list, name: str) -> str:
    """"M. Podolska", "K.K. Baczyński": a name led by initials keeps them as the text writes them (the dots and
    their spacing); only the surname after them takes its base form."""
    a = 0 if tokens and _is_initial(tokens[0].text) else 1  # a leading or a middle initial ("Izabela M. Kos")
    if len(tokens) <= a + 1 or not _is_initial(tokens[a].text) or tokens[a].text == ".":
        return name
    m = next((k for k in range(a, len(tokens)) if not _is_initial(tokens[k].text)), len(tokens))
    words = name.split(" ")
    if m == len(tokens) or len(words) < a + len(tokens) - m:
        return name
    rest = words[len(words) - (len(tokens) - m):]
    prefix = " ".join(norm[tokens[a].idx:tokens[m].idx].split())
    return " ".join([*words[:a], prefix, *rest])


_MASC_OBLIQUE_ENDINGS = ("skiego", "ckiego", "dzkiego", "iego", "ego", "skiemu", "ckiemu", "emu")
_FEM_NOMINATIVE_ENDINGS = ("ska", "cka", "dzka", "owa", "ewa", "ina", "yna")


def _singular_cases(a: Analysis) -> set[str]:
    return set(a.cases) if a.number != "pl" else set()


def firsts_fit(others: list[Token], gender: str, first_readings: list[Analysis]) -> bool:
    """Do the further first names agree with the first read as this gender ('Franciszka Antoniego': the
    second is a man's genitive only, so the first is Franciszek)?"""
    cases = {c for a in first_readings for c in _singular_cases(a)}
    return all(any(("f" in a.genders) == (gender == "f") and a.cases & cases
                   for a in t._.morf if "imię" in a.names and a.pos == "subst") for t in others)


def _common_fits(text: str, common: list[Analysis], gender: str, cases: set[str]) -> bool:
    """A surname that is a common noun ('Boliwara': the genitive of 'boliwar') declines as that noun for a
    man; for a woman it stays as its nominative or declines as a feminine noun."""
    if gender == "m":
        return any(a.cases & cases for a in common)
    return any(a.lemma.lower() == text.lower() for a in common) or any(
        "f" in a.genders and a.cases & cases for a in common)


def surname_fits(rest: list[Token], gender: str, first_readings: list[Analysis]) -> bool:
    """Does the surname agree with the first name read as this gender (in one of its cases)?"""
    cases = {c for a in first_readings for c in _singular_cases(a)}
    for tok in rest:
        if tok.text in _HYPHENS:
            continue
        text = tok.text
        known = [a for a in analyse(text) if "nazwisko" in a.names and a.pos == "subst"]
        known = [a for a in known if a.number != "pl"] or known  # one person: a plural ('Wiśniewskim') is a family's
        if known:
            if not any(("f" in a.genders) == (gender == "f") and a.cases & cases for a in known):
                return False
            continue
        common = [a for a in analyse(text) if a.pos == "subst" and a.number == "sg" and not a.names]
        if common and text[:1].isupper() and not _common_fits(text, common, gender, cases):
            return False
        low = text.lower()
        if gender == "f" and low.endswith(_MASC_OBLIQUE_ENDINGS):
            return False
        if gender == "m" and low.endswith(_FEM_NOMINATIVE_ENDINGS):
            return False
    return True


def as_person(morf: tuple[Analysis, ...]) -> list[Analysis]:
    """A person's name word without its place readings when it has a person's: 'Iwonie' is a village's nominative,
    but beside a surname the dative of Iwona."""
    people = [a for a in morf if set(a.names) & {"imię", "nazwisko"}]
    return [a for a in morf if not (people and a.names and not set(a.names) & _PERSON_CATEGORIES)]


_PERSON_CATEGORIES = frozenset({"imię", "nazwisko", "pseudonim", "przydomek"})
