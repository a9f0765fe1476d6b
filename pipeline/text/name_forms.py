"""Base forms of name words the dictionary does not know, inferred from Polish ending paradigms.

A foreign or rare surname ("Webberem", "Machedę", "Naniego", "Obamy") declines like Polish nouns of its
shape, so its nominative follows from the ending ("-em", "-owi" of consonant stems; "-ę", "-ą", "-y" of
"-a" stems; "-ego", "-emu", "-ym" of names in a vowel; `foreign_endings` for stems the paradigms miss).
An ending a nominative can have ("Macheda", "Obama") is kept: the likelier reading with no context.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.text.adjective_endings import ending_adjective
from pipeline.text.analysis import Analysis, analyse
from pipeline.text.fleeting_vowels import with_fleeting_e
from pipeline.text.foreign_endings import VOWELS as _VOWELS
from pipeline.text.foreign_endings import consonant as _consonant
from pipeline.text.foreign_endings import foreign_case_base, foreign_letters
from pipeline.text.inflect import adjective_nominative, match_case
from pipeline.text.surname_endings import SOFTENED as _SOFTENED
from pipeline.text.surname_endings import guess_surname  # noqa: F401  (the name words' API)

_APOSTROPHE = re.compile(r"['’][a-ząćęłńóśźż]{1,4}$")
_NAME_CATEGORIES = frozenset({"imię", "nazwisko", "pseudonim"})


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
    foreign = foreign_case_base(word)
    if foreign and gender in (None, foreign[1]):
        return foreign[2]  # "Györgya", "Omelczenkę"
    if not word.isalpha() or len(word) < 4 or word.isupper():
        return word
    low = word.lower()
    n = len(word)
    if low.endswith(("scy", "ccy", "dzcy")):
        return word  # "Wolnawscy": the family, in the nominative plural of an adjectival surname
    if gender != "m":
        for end, base in (("skiej", "ska"), ("ckiej", "cka"), ("dzkiej", "dzka"), ("owej", "owa")):
            if low.endswith(end):
                return word[: -len(end)] + base
    if gender != "f":
        if low.endswith(("skiego", "ckiego", "dzkiego", "skiemu", "ckiemu", "dzkiemu")):
            return word[:-3]  # "Nowickiego" -> "Nowicki"
        if low.endswith("owi") and n > 5:
            return with_fleeting_e(word[:-3])  # "Sajevowi", "Roźmiarkowi"
        if low.endswith("iem") and low[-4] in "kg" and n > 5:
            return with_fleeting_e(word[:-3])  # "Derrickiem", "Roźmiarkiem"
        if low.endswith("em") and _consonant(low[-3]) and n > 4:
            return with_fleeting_e(word[:-2])  # "Webberem", "Siarhiejem", "Grajplem"
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
    if n > 4 and low[-2] != "b" and a_stem_genitive_y(low) and not foreign_letters(low):
        return word[:-1] + "a"  # "Obamy", "Machedy" (not "Grey", "Ramsay", "Crosby", "Kenny", "Mesterházy")
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
            return with_fleeting_e(word[:-1])  # "Hoppera", "Novaka", "Kośmidra": a consonant stem's genitive
        if oblique and gender == "m" and _consonant(low[-2]):
            return with_fleeting_e(word[:-1])  # "(Leona) Chajna", "(Jana) Roźmiarka": after a genitive first name
    return word


#: Stem ends of consonant-final masculine names: consonant clusters and suffixes a feminine or
#: foreign "-a" nominative ("Macheda", "Santana", "Obama", "Hlinka", "Villa") rarely has before the "-a".
_MASCULINE_STEMS = ("er", "man", "mann", "on", "ak", "ek", "us", "es", "rs", "ts", "ev", "ov", "el", "al", "en", "ham",
                    "ez", "ert", "ald", "ard", "ig", "ng", "rg", "un", "aj", "ej", "or", "well", "ff", "ns", "gg",
                    "if", "yc", "sh", "op", "cz", "sz", "dr", "os", "ph", "is", "ul", "ir", "ur", "ys", "tz", "ch",
                    "lm", "ud", "rd", "ar", "ck", "yk", "öm", "owic", "ewic", "ain")


def masculine_genitive_a(low: str) -> bool:
    """A capitalised word unknown to the dictionary ending in '-a' after a stem end of masculine names
    ('Langhansa', 'Mühlegga', 'Hoppera') reads as the genitive of a consonant-final masculine name."""
    if len(low) < 5 or not low.endswith("a") or not _consonant(low[-2]):
        return False
    if low.endswith(("icka", "ycka", "acka")):
        return False  # "Hrdlicka", "Szawracka": a feminine or Czech nominative
    if low.endswith("cka") and any(ch in _POLISH_LETTERS for ch in low):
        return False  # "Dębołęcka": a Polish stem's '-cka' is the adjectival surname's, not an English '-ck' + '-a'
    return low[:-1].endswith(_MASCULINE_STEMS)


_POLISH_LETTERS = frozenset("ąćęłńóśźż")


def a_stem_genitive_y(low: str) -> bool:
    """Can a word ending in '-y' be the genitive of an '-a' stem ('Obamy', 'Milty')? Not after 'k', 'g', 'j'
    ('-ki', '-gi', '-i' are theirs: 'Shpakovsky' is a nominative), 'l' (an '-la' stem's is '-li') or a doubled
    consonant (Polish writes '-nny' only in names the dictionary knows): 'Kenny', 'Kelly' are English names; nor
    in a word spelled with a doubled vowel, which Polish stems do not have ('Woody', 'Reedy')."""
    return (low.endswith("y") and len(low) > 2 and _consonant(low[-2]) and low[-2] not in "kgjl"
            and low[-2] != low[-3] and "oo" not in low and "ee" not in low)


_OBLIQUE_ENDINGS = ("em", "owi", "ego", "emu", "ą", "ę", "'a", "’a", "´a", "ii", "íi")


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
    if len(low) > 4 and a_stem_genitive_y(low) and low.isascii():
        return False  # "Obamy", "Milty" (not "Mesterházy", "Kelly", "Kenny")
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


def reads_as_unknown(analyses: tuple[Analysis, ...] | list[Analysis]) -> bool:
    """Unknown to the dictionary, or known only as another name's vocative ('Benito' as the vocative of
    'Benita') and as no common word: a name phrase does not use it so, and the word is read by its ending
    like a word the dictionary lacks. (A plural-only surname, 'Wilczyńskich', is a family's: not so.)"""
    if is_unknown(analyses):
        return True
    names = name_readings(analyses)
    return bool(names) and all(a.cases <= {"voc"} for a in names) and not any(
        a.pos in ("subst", "adj") and not a.names and a.number == "sg" and not a.cases <= {"voc"} for a in analyses)


def common_nominative(word: str, analyses: tuple[Analysis, ...] | list[Analysis]) -> bool:
    """The word is, as written, the nominative singular of a common noun ("Stwórca", "Wiedma")."""
    return any(a.pos == "subst" and "nom" in a.cases and a.number == "sg" and a.lemma.lower() == word.lower()
               for a in analyses)


def agreeing_phrase_base(tokens: list[Token]) -> str | None:
    """The nominative of a phrase whose words agree in case: the longest run from the start that shares
    a singular case goes to the nominative (nouns by their lemma, adjectives in the head noun's gender);
    the words after it (a genitive complement: 'Królowej Rodzin') and acronyms stay as written."""
    def fits(t, case: str) -> list[Analysis]:
        morf = ending_adjective(t.text) if is_unknown(t._.morf) else t._.morf  # "Wambierzyckiej": by its ending
        return [a for a in morf if a.pos in ("subst", "adj", "pact") and a.number == "sg" and case in a.cases]

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
    adjs = [a for t in tokens[:run] for a in fits(t, case) if a.pos in ("adj", "pact")]  # "Śniącej": a participle
    genders = (nouns[0] if nouns else adjs[0]).genders
    gender = next((g for g in ("m1", "f", "n", "m2", "m3") if g in genders), "m1")
    words = []
    for k, t in enumerate(tokens):
        readings = fits(t, case) if k < run else []
        noun = next((a for a in readings if a.pos == "subst" and "imię" in a.names), None) or next(
            (a for a in readings if a.pos == "subst" and gender in a.genders), None)
        adj = next((a for a in readings if a.pos in ("adj", "pact") and gender in a.genders), None)
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


#: A reading of a name word: the cases it can stand in, the gender it needs ("m", "f" or "*": either) and
#: its nominative.
NameReading = tuple[frozenset[str], str, str]

_GEN_ACC = frozenset({"gen", "acc"})


_ALL_CASES = frozenset({"nom", "gen", "dat", "acc", "inst", "loc"})
#: endings after an apostrophe ("Gaulle'a", "Moore'em"): the cases of a man's name they show
_APOSTROPHE_CASES = {"a": {"gen", "acc"}, "ego": {"gen", "acc"}, "owi": {"dat"}, "emu": {"dat"},
                     "em": {"inst", "loc"}, "m": {"inst", "loc"}}


def _a_stem(stem: str, cases: set[str]) -> list[NameReading]:
    """An '-a' stem's oblique form: a man's '-k' stem may be an '-ko' name ('Łucenki' -> 'Łucenko')."""
    if stem.lower().endswith("k"):
        return [(frozenset(cases), "m", stem + "o"), (frozenset(cases), "f", stem + "a")]
    return [(frozenset(cases), "*", stem + "a")]


def ending_readings(word: str) -> list[NameReading]:
    """What a capitalised name word the dictionary lacks can be, by its ending, under the Polish paradigms
    of its shape: 'Webberem' the instrumental of a consonant-stem man's name, 'Obamy' the genitive of an
    '-a' stem, 'Baracka' a consonant stem's genitive or an '-a' nominative. The nominative as written
    is one reading whenever the ending allows it; a phrase's other words decide between them."""
    out: list[NameReading] = []
    apostrophe = _APOSTROPHE.search(word)
    if apostrophe:
        cases = _APOSTROPHE_CASES.get(apostrophe.group()[1:].lower())
        return [(frozenset(cases), "m", word[: apostrophe.start()])] if cases else [(frozenset({"nom"}), "*", word)]
    if may_be_nominative(word, ()):
        out.append((frozenset({"nom"}), "*", word))
    if not word.isalpha() or len(word) < 4 or word.isupper():
        return out or [(frozenset({"nom"}), "*", word)]
    low, n = word.lower(), len(word)

    def add(cases: set[str], gender: str, base: str) -> None:
        out.append((frozenset(cases), gender, base))
    out.extend(r for r in [foreign_case_base(word)] if r)

    if low.endswith("iem") and low[-4] in "kg" and n > 5:
        add({"inst", "loc"}, "m", with_fleeting_e(word[:-3]))  # "Derrickiem"
    elif low.endswith("em") and n > 4 and (_consonant(low[-3]) or low[-3] in "uy"):
        add({"inst", "loc"}, "m", with_fleeting_e(word[:-2]))  # "Webberem", "Martynauem", "Ramsayem"
    if low.endswith("owi") and n > 5:
        add({"dat"}, "m", with_fleeting_e(word[:-3]))
    if low.endswith("a") and n > 3 and (_consonant(low[-2]) or low[-2] == "y" and low[-3] in _VOWELS):
        add(set(_GEN_ACC), "m", with_fleeting_e(word[:-1]))  # "Baracka", "Romneya", "Grajpla"
    if low.endswith(("ego", "emu", "ym", "im")) and n > 5:
        add({"gen", "acc"} if low.endswith("ego") else {"dat"} if low.endswith("emu") else {"inst", "loc"},
            "m", unknown_name_base(word, "m"))
    if low.endswith("ej") and n > 5 and (low[-3] in "kgw" or low.endswith(("kiej", "giej"))):
        add({"gen", "dat", "loc"}, "f", unknown_name_base(word, "f"))  # "Nowickiej", "Zawadowej"
    if n > 3 and a_stem_genitive_y(low):
        out.extend(_a_stem(word[:-1], {"gen"}))  # "Obamy", "Milty"
    if low.endswith("i") and n > 3 and low[-2] in "kglj":
        out.extend(_a_stem(word[:-1], {"gen", "dat", "loc"} if low[-2] in "lj" else {"gen"}))  # "Attili"
    if low.endswith(("ę", "ą")) and _consonant(low[-2]):
        out.extend(_a_stem(word[:-1], {"acc"} if low.endswith("ę") else {"inst"}))
    softened = False  # an '-a' stem's dative explains a final '-e'
    for end, base in _SOFTENED:
        if low.endswith(end) and n > len(end) + 2:
            if end != "le":  # "(Kofim) Annanie", "(Janie) Kożucharze": a consonant stem's locative, a man's
                add({"loc"}, "m", word[: -len(end)] + base[:-1])
            add({"dat", "loc"}, "*", word[: -len(end)] + base)  # "Obamie", "Rajoelinie", "Zdrzybale"
            softened = True
            break
    if low.endswith(("ce", "dze")) and n > 4:  # "Hrynce", "Oldze": 'k' and 'g' of an '-a' stem soften before '-e'
        out.extend(_a_stem(word[:-2] + "k" if low.endswith("ce") else word[:-3] + "g", {"dat", "loc"}))
        softened = True
    if low.endswith("u") and n > 4 and (low[-2] in "kghljżc" or low[-3:-1] in ("cz", "sz", "rz", "dz")):
        add({"loc"}, "m", with_fleeting_e(word[:-1]))  # "Wirblu", "Pstrążku": a man's locative after a velar or soft stem
    if low.endswith("o") and not low.endswith("ego") or low.endswith("e") and not low.endswith("ie") \
            and _consonant(low[-2]) and not (softened and not foreign_letters(low) and not set(low) & set("qvx")):
        # "Mako", "Zuse": a foreign name in "-o" or "-e" is often left undeclined (not when a Polish dative explains
        # the '-e' of a word in Polish letters: 'Zofii Kożucharce', but 'Marii Vance'; `with_undeclined` still
        # leaves 'Condoleezzy Rice' as written)
        add(set(_ALL_CASES), "*", word)
    return out


def word_readings(text: str, analyses: tuple[Analysis, ...] | list[Analysis], first: bool) -> list[NameReading]:
    """A name word's readings: the dictionary's name readings (singular; when it leads the name and can be
    a first name, only those: 'Leszka' is Leszek; then the readings with more name categories: 'Jacka'
    is Jacek before Jack), else its ending's paradigms. A known word that is no name has none (the
    phrase is left to other rules). A woman's undeclined reading of a word that is also a man's nominative ('Allen')
    is left out: it would let any neighbour's oblique ending pass for a woman's name."""
    if reads_as_unknown(analyses):
        return ending_readings(text)
    known = sorted(likely_readings(name_readings(analyses)),
                   key=lambda a: (first and "imię" not in a.names, -len(a.names)))
    if first and any("imię" in a.names for a in known):
        known = [a for a in known if "imię" in a.names]
    man_nominative = any("m1" in a.genders and "nom" in a.cases for a in known)
    known = [a for a in known if not (man_nominative and "f" in a.genders and len(a.cases) >= 6)]
    return [(a.cases, "f" if "f" in a.genders else "m", a.lemma) for a in known]


def _fits(r: NameReading, case: str, gender: str) -> bool:
    return case in r[0] and r[1] in (gender, "*")


def agreed_case(readings: list[list[NameReading]],
                allowed: frozenset[str] | None = None) -> tuple[str, str | None] | None:
    """All words of one name stand in one case and gender, so the word whose ending shows the case
    ('Obamy', 'Webberem') decides it for the others ('Baracka' -> 'Barack'). The nominative first:
    it wins whenever every word can be one; `allowed` (the cases a governing word leaves) narrows the
    choice when some of them fits. (case, gender or None when both fit), or None."""
    order = ("nom", "gen", "acc", "dat", "inst", "loc")
    if allowed and any(_agree(readings, c) for c in allowed):
        order = tuple(c for c in order if c in allowed)
    for case in order:
        genders = [g for g in ("m", "f") if all(any(_fits(r, case, g) for r in rs) for rs in readings)]
        if genders:
            return case, genders[0] if len(genders) == 1 else None
    return None


def _agree(readings: list[list[NameReading]], case: str) -> bool:
    return any(all(any(_fits(r, case, g) for r in rs) for rs in readings) for g in ("m", "f"))


def reading_in(readings: list[NameReading], case: str, gender: str) -> str:
    """The word's nominative under its first reading that fits the case and gender."""
    return next(r[2] for r in readings if _fits(r, case, gender))
