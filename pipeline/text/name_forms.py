"""Base forms of name words the dictionary does not know, inferred from Polish ending paradigms.

A foreign or rare surname ("Webberem", "Machedę", "Naniego", "Obamy") declines like Polish nouns
of its shape, so its nominative follows from the ending: the instrumental "-em" and dative "-owi"
of masculine consonant stems, the accusative "-ę" / instrumental "-ą" / genitive "-y" of "-a"
stems, the adjectival "-ego" / "-emu" / "-ym" of names ending in a vowel ("Frunze", "Nani",
"Tiffany"). An ending that a nominative can have ("Macheda", "Villa", "Obama") is kept: the
nominative is the likelier reading of a name with no context to tell its case.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.text.analysis import Analysis, analyse
from pipeline.text.inflect import adjective_nominative, match_case

_VOWELS = frozenset("aąeęioóuyáéíóúýäëöü")
_APOSTROPHE = re.compile(r"['’][a-ząćęłńóśźż]{1,4}$")
_NAME_CATEGORIES = frozenset({"imię", "nazwisko", "pseudonim"})


def _consonant(ch: str) -> bool:
    return ch.isalpha() and ch.lower() not in _VOWELS


def _adjective_base(stem: str) -> str | None:
    """'Hyż' + 'ego' -> 'Hyży' when the dictionary reads the stem + '-y' as an adjective."""
    for end in ("y", "i"):
        cand = stem + end
        if any(a.pos == "adj" and "nom" in a.cases for a in analyse(cand.lower())):
            return cand
    return None


def unknown_name_base(word: str, gender: str | None = None, oblique: bool = False) -> str:
    """Nominative of a capitalised name word the dictionary lacks, by its ending.

    `gender` ("m" / "f") and `oblique` (the phrase is known not to be in the nominative, e.g. the
    first name before it is genitive) allow the endings a nominative could also have ("-a")."""
    if _APOSTROPHE.search(word):
        return _APOSTROPHE.sub("", word)  # "Chomsky'ego", "Gaulle'a"
    if not word.isalpha() or len(word) < 4 or word.isupper():
        return word
    low = word.lower()
    n = len(word)
    if gender != "m":
        for end, base in (("skiej", "ska"), ("ckiej", "cka"), ("dzkiej", "dzka"), ("owej", "owa")):
            if low.endswith(end):
                return word[: -len(end)] + base
    if gender != "f":
        if low.endswith(("skiego", "ckiego", "dzkiego", "skiemu", "ckiemu", "dzkiemu")):
            return word[:-3]  # "Nowickiego" -> "Nowicki"
        if low.endswith("owi") and n > 5:
            return word[:-3]  # "Sajevowi"
        if low.endswith("iem") and low[-4] in "kg" and n > 5:
            return word[:-3]  # "Derrickiem"
        if low.endswith("em") and _consonant(low[-3]) and n > 4:
            return word[:-2]  # "Webberem", "Siarhiejem"
        if low.endswith(("iego", "iemu")) and n > 5:
            return word[:-3]  # "Naniego" -> "Nani", "Gaudiemu" -> "Gaudi"
        if low.endswith(("ego", "emu")) and n > 5:
            stem = word[:-3]
            if stem[-1:].lower() in ("y", "i"):
                return stem  # "Bodokyego"
            return _adjective_base(stem) or stem + "e"  # "Frunzego" -> "Frunze"
        if low.endswith(("ym", "im")) and n > 4:
            return word[:-1]  # "Tiffanym", "Messim"
    if low.endswith(("ę", "ą")) and _consonant(low[-2]):
        return word[:-1] + "a"  # "Machedę", "Henrietą"
    if low.endswith("ii") and n > 4:
        return word[:-1] + "a"  # "Borussii"
    if low.endswith("ji") and _consonant(low[-3]) and n > 4:
        return word[:-2] + "ia"  # "Marji": the old spelling of "Marii"
    if (low.endswith("y") and _consonant(low[-2]) and n > 4 and low[-2] not in "jkb"
            and low[-2] != low[-3]):
        return word[:-1] + "a"  # "Obamy", "Machedy" (not "Grey", "Ramsay", "Crosby", "Kenny")
    if low.endswith(("enki", "szki", "czki")) or gender == "m" and low.endswith(("ki", "ły")) and n > 5:
        return word[:-1] + "o"  # "Omelczenki", "(Tadeusza) Kościuszki": masculine "-ko" / "-ło" stems
    if low.endswith("ów") and n > 5:
        return word[:-2]  # "Platerów": the family, by its surname
    if low.endswith(("ki", "gi", "li")) and n > 4 and low[-3] not in "szc":
        return word[:-1] + "a"  # "Jędryki", "Vagli" (not the adjectival "Lewski")
    if low.endswith("a") and gender != "f" and n > 4:
        if low[-2] == "y" and low[-3] in _VOWELS:
            return word[:-1]  # "Greya", "Ramsaya"
        if masculine_genitive_a(low):
            return word[:-1]  # "Hoppera", "Langhansa", "Novaka": the genitive of a consonant stem
        if oblique and gender == "m" and _consonant(low[-2]):
            return word[:-1]  # "(Leona) Chajna": after a first name in the genitive
    return word


#: Stem ends of consonant-final masculine names: consonant clusters and suffixes a feminine or
#: foreign "-a" nominative ("Macheda", "Santana", "Obama", "Hlinka", "Villa") rarely has before the "-a".
_MASCULINE_STEMS = ("er", "man", "mann", "on", "ak", "ek", "us", "es", "rs", "ts", "ev", "ov", "el", "al", "en", "ham",
                    "ez", "ert", "ald", "ard", "ig", "ng", "rg", "un", "aj", "ej", "or", "well", "ff", "ns", "gg",
                    "if", "yc", "sh", "op", "cz", "sz", "dr", "os", "ph", "is", "ul", "ir", "ur", "ys", "tz", "ch",
                    "lm", "ud", "rd", "ar", "ck")


def masculine_genitive_a(low: str) -> bool:
    """A capitalised word unknown to the dictionary ending in '-a' after a stem end of masculine names
    ('Langhansa', 'Mühlegga', 'Hoppera') reads as the genitive of a consonant-final masculine name."""
    if len(low) < 5 or not low.endswith("a") or not _consonant(low[-2]):
        return False
    if low.endswith(("icka", "ycka", "acka")):
        return False  # "Hrdlicka", "Szawracka": a feminine or Czech nominative
    return low[:-1].endswith(_MASCULINE_STEMS)


_OBLIQUE_ENDINGS = ("em", "owi", "ego", "emu", "ą", "ę", "'a", "’a", "´a")


def may_be_nominative(tok_text: str, analyses: tuple[Analysis, ...] | list[Analysis]) -> bool:
    """Can the word, as written, be a name in the nominative? Known words by their singular readings
    (a plural or vocative-only reading, 'Hal' as 'hala', does not make a name oblique); words the
    dictionary lacks unless they end in an oblique ending ('Webberem', 'Obamy', 'Romneya')."""
    nouns = [a for a in analyses if a.pos in ("subst", "depr") and a.number == "sg" and not a.cases <= {"voc"}]
    if nouns:
        return any("nom" in a.cases for a in nouns)
    low = tok_text.lower()
    if low.endswith(_OBLIQUE_ENDINGS):
        return False
    if len(low) > 3 and low.endswith("a") and low[-2] in "yeo" or masculine_genitive_a(low):
        return False  # "Romneya", "Greya", "Lewisa"
    if len(low) > 4 and low.endswith("y") and _consonant(low[-2]) and low.isascii():
        return False  # "Obamy", "Milty" (not "Mesterházy")
    return True


def reads_nominative(tok_text: str, analyses: tuple[Analysis, ...] | list[Analysis]) -> bool:
    """Does the word read as a nominative and nothing else: a surname the dictionary gives only so
    ('Doctorow'), or an unknown word ending so that no oblique case fits ('Obama' after a nominative
    first name is shown by the first name; here a consonant or vowel ending other than '-a')."""
    nouns = [a for a in analyses if a.pos in ("subst", "depr") and a.number == "sg" and not a.cases <= {"voc"}]
    if nouns:
        return any("nom" in a.cases for a in nouns) and not any(
            a.cases & {"gen", "acc", "dat", "inst", "loc"} and "m1" in a.genders and "nom" not in a.cases
            for a in nouns)
    return may_be_nominative(tok_text, analyses) and not tok_text.lower().endswith(("u", "ie"))


def name_readings(analyses: tuple[Analysis, ...] | list[Analysis]) -> list[Analysis]:
    """A name word's readings a text is likely to use: singular, not only a vocative."""
    return [a for a in analyses if a.pos in ("subst", "depr") and set(a.names) & _NAME_CATEGORIES]


def likely_readings(readings: list[Analysis]) -> list[Analysis]:
    return [a for a in readings if a.number != "pl" and not a.cases <= {"voc"}]


def is_unknown(analyses: tuple[Analysis, ...] | list[Analysis]) -> bool:
    return not analyses or all(a.tag == "ign" for a in analyses)


def common_nominative(word: str, analyses: tuple[Analysis, ...] | list[Analysis]) -> bool:
    """The word is, as written, the nominative singular of a common noun ("Stwórca", "Wiedma")."""
    return any(a.pos == "subst" and "nom" in a.cases and a.number == "sg" and a.lemma.lower() == word.lower()
               for a in analyses)


def agreeing_phrase_base(tokens: list[Token]) -> str | None:
    """The nominative of a phrase whose words agree in case: the longest run from the start that shares
    a singular case goes to the nominative (nouns by their lemma, adjectives in the head noun's gender);
    the words after it (a genitive complement: 'Królowej Rodzin') and acronyms stay as written."""
    def fits(t, case: str) -> list[Analysis]:
        return [a for a in t._.morf if a.pos in ("subst", "adj") and a.number == "sg" and case in a.cases]

    def skip(t) -> bool:
        return t.text in (".", "-") or t.text.isupper() and len(t.text) <= 3

    best: tuple[int, str] = (0, "nom")
    for case in ("nom", "gen", "acc", "dat", "inst", "loc"):
        run = 0
        for t in tokens:
            if not skip(t) and not fits(t, case):
                break
            run += 1
        if run > best[0]:
            best = (run, case)
    run, case = best
    if not any(fits(t, case) for t in tokens[:run]):
        return None
    nouns = sorted((a for t in tokens[:run] for a in fits(t, case) if a.pos == "subst"),
                   key=lambda a: ("imię" not in a.names, not {"m1", "f"} & set(a.genders)))
    adjs = [a for t in tokens[:run] for a in fits(t, case) if a.pos == "adj"]
    genders = (nouns[0] if nouns else adjs[0]).genders
    gender = next((g for g in ("m1", "f", "n", "m2", "m3") if g in genders), "m1")
    words = []
    for k, t in enumerate(tokens):
        readings = fits(t, case) if k < run else []
        noun = next((a for a in readings if a.pos == "subst" and "imię" in a.names), None) or next(
            (a for a in readings if a.pos == "subst" and gender in a.genders), None)
        adj = next((a for a in readings if a.pos == "adj" and gender in a.genders), None)
        if adj is not None and (noun is None or k > 0 and "imię" not in noun.names):
            words.append(adjective_nominative(t.text, adj, "sg", gender))
        elif noun is not None:
            words.append(t.text if case == "nom" else match_case(noun.lemma, t.text))
        else:
            words.append(t.text)
    return re.sub(r"\s*([-‐])\s*", r"\1", " ".join(words).replace(" .", "."))


def plural_surname(analyses: tuple[Analysis, ...] | list[Analysis]) -> dict[str, str] | None:
    """'Bukowskich', 'Pysiaków', 'Kowalscy': a surname the dictionary knows only in the plural (a family or
    a couple), as {'m': man's base, 'f': woman's base}; None for a surname with a singular reading."""
    known = [a for a in analyses if a.pos == "subst" and "nazwisko" in a.names]
    if not known or any(a.number != "pl" for a in known):
        return None
    masc = next((a.lemma for a in known if "m1" in a.genders), None)
    if masc is None:
        return None
    fem = next((a.lemma for a in known if "f" in a.genders), None)
    if fem is None:
        for ending, base in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if masc.endswith(ending):
                fem = masc[: -len(ending)] + base
                break
        else:
            fem = masc  # "Pysiak", "Bankiewicz": a consonant-final surname is the same for a woman
    return {"m": masc, "f": fem}
