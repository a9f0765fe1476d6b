"""Base forms of person names: 'Annie Kowalskiej' -> 'Anna Kowalska', surnames alone, honorifics before a name.

Base forms come from morfeusz2 when it knows the surname (choosing the reading
that agrees with the first name in case and gender); unknown surnames are
inflected back by the first name's gender and case and the surname's ending.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pipeline.lexicon.words import HONORIFICS, first_name
from pipeline.text.adjective_endings import ending_adjective
from pipeline.text.morphology import Analysis, analyse
from pipeline.text.name_forms import (
    agreed_case,
    agreeing_phrase_base,
    is_unknown,
    may_be_nominative,
    name_readings,
    plural_surname,
    reading_in,
    reads_as_unknown,
    reads_nominative,
    unknown_name_base,
    word_readings,
)
from pipeline.text.person_forms import (
    APOSTROPHE_ENDING,
    abbreviated_first_name,
    as_person,
    firsts_fit,
    single_name,
    surname_fits,
    surname_only_base,
    undeclined_lead_nominative,
    unlisted_first_name,
    with_undeclined,
)
from pipeline.text.surname_endings import common_noun_surname, guess_surname

_HYPHENS = frozenset({"-", "–", "—", "‐"})


def _case_candidates(a: Analysis) -> set[str]:
    return set(a.cases) if a.number != "pl" else set()


def person_base(tokens: list[Token], honorific: Token | None = None,
                governed: frozenset[str] | None = None) -> tuple[str, str | None]:
    """'Agnieszki Wilczyńskiej' -> ('Agnieszka Wilczyńska', 'f'); "Pana"/"Pani" before the name fix gender and case,
    and so do the cases a governing word allows (`governed`: 'przez Pawła Świerzko' is a man's accusative)."""
    first_tokens = []
    for k, t in enumerate(tokens[:2]):
        if first_name(t) is None or len(tokens) - len(first_tokens) <= 1:
            break
        if k + 1 < len(tokens) and tokens[k + 1].text in _HYPHENS:
            break  # "Zofia Mańka-Szulik": a word before a hyphen is a surname's first half, even if also a name
        first_tokens.append(t)  # leading first names only: "Beata Szczepaniak-Wolf" has one
    first_tokens = first_tokens or tokens[:1]
    rest = tokens[len(first_tokens):]
    first_readings = [a for a in first_tokens[0]._.morf if "imię" in a.names and a.pos == "subst"]
    # a singular reading, or an undeclined one ("Joe": 'sg.pl', every case) that a singular name also has
    sg = [a for a in first_readings if a.number != "pl" and not a.cases <= {"voc"}] or first_readings
    gender = None
    cases: set[str] = set()
    if sg:
        fem = [a for a in sg if "f" in a.genders]
        # "Belę Balazsa": a woman's first name only, but a man's name word too, before a man's surname: the man
        masc = [a for a in sg if "m1" in a.genders] or [
            a for a in first_tokens[0]._.morf if a.pos == "subst" and a.names and "m1" in a.genders
            and a.number == "sg" and rest and surname_fits(rest, "m", [a]) and not surname_fits(rest, "f", fem)]
        chosen = fem if fem and (not masc or tokens[0].text.endswith(("a", "ą", "y", "i", "ę", "ie", "rze"))) else masc or fem
        word = tokens[0].text.lower()
        nominative = [group for group in (fem, masc) if any(a.lemma.lower() == word and "nom" in a.cases
                                                              for a in group)]
        if fem and masc and len(nominative) == 1:
            chosen = nominative[0]  # "Alojzy" is a man's name as written; "Stanisława" a woman's
        if fem and masc and rest:
            # "Stanisława" is a woman's name and a man's in the genitive: the surname decides
            # ("Stanisława Dolacińskiego" is Stanisław Dolaciński; "Stanisława Nowak" is Stanisława)
            f_fits = surname_fits(rest, "f", fem) and firsts_fit(first_tokens[1:], "f", fem)
            m_fits = surname_fits(rest, "m", masc) and firsts_fit(first_tokens[1:], "m", masc)
            if f_fits != m_fits:
                chosen = fem if f_fits else masc
        subject = governed is not None and governed <= {"nom"}  # the name is a verb's subject: no oblique case
        hint = honorific._.morf if honorific is not None else analyse("Pana") if _masculine_oblique(tokens) \
            and not subject else None
        if hint is not None:
            pan = [a for a in hint if a.lemma in ("pan", "pani")]
            hint_f = any(a.lemma == "pani" for a in pan)
            hint_cases = frozenset(c for a in pan for c in a.cases)
            chosen = [a for a in (fem if hint_f else masc) if not hint_cases or a.cases & hint_cases] or chosen
        elif governed:
            chosen = _governed_readings(fem, masc, governed) or chosen
        gender = "f" if chosen and "f" in chosen[0].genders else "m"
        for a in chosen:
            cases |= _case_candidates(a)
        if governed and honorific is None:
            cases = cases & governed or cases
    elif rest:
        gender, cases = _gender_from_surname(rest[0])
    firsts = []
    for t in first_tokens:
        # one person's first name: a plural reading is another name's ("Marin": no 'Marina' in the genitive plural)
        readings = [a for a in t._.morf if "imię" in a.names and a.pos == "subst" and a.number != "pl"]
        readings.sort(key=lambda a: -len(a.names))  # "Jacka": Jacek (a first name and a surname) before Jack
        pick = next((a for a in readings if (("f" in a.genders) == (gender == "f")) and a.cases & cases), None)
        pick = pick or (readings[0] if readings else None)
        firsts.append(pick.lemma if pick else t.text)
    rest = _glue_initials(rest)
    surname = " ".join(t if isinstance(t, str) else "-" if t.text in _HYPHENS else _surname_base(t, gender, cases)
                       for t in rest).replace(" - ", "-")  # "von Knebel-Doeberitz": only the words a hyphen joins
    return " ".join(firsts + ([surname] if surname else [])), gender


def _governed_readings(fem: list[Analysis], masc: list[Analysis], governed: frozenset[str]) -> list[Analysis]:
    """The first name's readings in a case the governing word allows; of one gender only when the other has
    none ('Sebastiana' after 'ratownika' is Sebastian's genitive, not Sebastiana's nominative)."""
    fits_f = [a for a in fem if a.cases & governed]
    fits_m = [a for a in masc if a.cases & governed]
    return fits_f if not fits_m else fits_m if not fits_f else fits_f + fits_m


def _gender_from_surname(tok: Token) -> tuple[str | None, set[str]]:
    """A first name the dictionary lacks ("Straś Romanowską"): the surname's singular readings tell the
    gender and case when they agree on one gender."""
    known = [a for a in tok._.morf if a.pos == "subst" and "nazwisko" in a.names and a.number == "sg"]
    genders = {"f" if "f" in a.genders else "m" for a in known}
    if len(genders) != 1:
        return None, set()
    return genders.pop(), {c for a in known for c in a.cases}


def person_name(tokens: list[Token], honorific: Token | None = None,
                governed: frozenset[str] | None = None) -> tuple[str, str | None]:
    """`person_base`, then surnames morfeusz2 does not know, in a phrase the first name shows to be oblique,
    inflected back by their ending ("Tomasza Kwiatkiewicza" -> "Tomasz Kwiatkiewicz"). A surname in the
    plural shared by two first names ("Wojciecha Pysiaków") takes the singular of the first name's gender.
    `governed`: the cases the word before the name allows (`pipeline.extract.name_government`)."""
    if surname_first(tokens):
        tokens = [tokens[1], tokens[0]]  # "Kowalczyk Anna" in a results list: Anna Kowalczyk
    agreed = agreeing_name(tokens, governed) if honorific is None else None
    if agreed is not None:
        return agreed[0], agreed[1] or person_base(tokens, None, governed)[1]
    out, gender = person_base(tokens, honorific, governed)
    family = plural_surname(tokens[-1]._.morf) if len(tokens) == 2 else None
    if family is not None:
        return out.split(" ")[0] + " " + family["f" if gender == "f" else "m"], gender
    words = out.split(" ")
    if len(words) != len(tokens):
        return out, gender
    first = next((a for a in tokens[0]._.morf if "imię" in a.names and a.lemma == words[0]), None)
    oblique = first is not None and first.lemma.lower() != tokens[0].text.lower()
    if first is None and gender == "m" and is_unknown(tokens[0]._.morf) and words[1] != tokens[1].text:
        # "dr. Żbigniewa Bodzona": the known surname shows the case of a first name the dictionary lacks
        words[0] = unknown_name_base(tokens[0].text, gender, oblique=True)
    low = tokens[0].text.lower()
    if first is None and is_unknown(tokens[0]._.morf) and low.endswith("ą") and len(low) >= 4 \
            and low[-2] not in "aeiouyąęó" and words[0] == tokens[0].text:
        # "z Oksaną Melnyk": an unknown first name in a woman's instrumental, before an undeclined surname
        words[0], gender = unknown_name_base(tokens[0].text, "f", oblique=True), "f"
    for k, t in enumerate(tokens[1:], start=1):
        if words[k] == t.text and is_unknown(t._.morf) and t.text[:1].isupper() and oblique:
            words[k] = unknown_name_base(t.text, gender, oblique)
    last = tokens[-1]
    if first is None and len(tokens) >= 2 and all(_INITIAL.fullmatch(t.text) for t in tokens[:-1]) \
            and words[-1] == last.text and is_unknown(last._.morf) and last.text[:1].isupper():
        # "prof. J. Katlewicza": initials tell no case; an ending only an oblique case has does ("-wicza")
        words[-1] = unknown_name_base(last.text, gender, oblique=True)
    return " ".join(words), gender


_INITIAL = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ]\.")


def surname_first(tokens: list[Token]) -> bool:
    """'Kowalczyk Anna': a surname (not a first name) before a first name written in its base form."""
    if len(tokens) != 2 or first_name(tokens[0]) is not None or first_name(tokens[1]) is None:
        return False
    return any("imię" in a.names and "nom" in a.cases and a.lemma == tokens[1].text for a in tokens[1]._.morf)


_FEMININE_SURNAME = ("ska", "cka", "dzka", "owa", "ówna", "ewa", "ina", "yna")


def _masculine_oblique(tokens: list[Token]) -> bool:
    """'Józefa Stalina', 'Leona Chajna': a first name that is a woman's in the nominative and a man's in
    the genitive, before a surname that fits the man's genitive (a woman's surname would be
    '-ska', '-owa' or an undeclined consonant-final one) or a foreign one in a vowel, undeclined for
    either ('Konrada Zuse': texts name men by the genitive far more often)."""
    first = [a for a in tokens[0]._.morf if "imię" in a.names and a.pos == "subst" and a.number == "sg"]
    fem_nom = any("f" in a.genders and "nom" in a.cases for a in first)
    masc_obl = any("m1" in a.genders and a.cases & {"gen", "acc"} for a in first)
    if not (fem_nom and masc_obl) or len(tokens) < 2:
        return False
    for t in tokens[1:]:
        low = t.text.lower()
        if t.text in ("-", ".") or t.text.isupper() and all(c in "IVXL" for c in t.text) \
                or len(t.text.rstrip(".")) == 1 and t.text[:1].isupper():
            continue  # a numeral, or an initial ("Bolesława B."): no sign of either reading
        known = [a for a in t._.morf if a.pos == "subst" and set(a.names) & {"nazwisko", "pseudonim"}]
        if known:
            if not any("m1" in a.genders and a.cases & {"gen", "acc"} for a in known):
                return False
        elif low.endswith(_FEMININE_SURNAME) or not is_unknown(t._.morf):
            return False
        elif not low.endswith(("a", "y", "i", "ę", "ego", "'a", "’a", "e", "o", "u")):
            return False
    return True


def _glue_initials(rest: list[Token]) -> list[Token | str]:
    """'T .' -> 'T.': an initial keeps its dot (and is not declined); a lone dot is dropped."""
    out: list[Token | str] = []
    for k, t in enumerate(rest):
        if t.text == ".":
            continue
        if _regnal(t) and (k + 1 == len(rest) or rest[k + 1].text != "."):
            out.append(t.text)  # "Konrada I", "Bolesława III Krzywoustego": a ruler's numeral, no initial
        elif len(t.text) == 1 and t.text.isupper() and (k + 1 < len(rest) and rest[k + 1].text == "." or
                                                      k + 1 == len(rest)):
            out.append(t.text + ".")
        elif t.text.endswith(".") and len(t.text) == 2 and t.text[0].isupper():
            out.append(t.text)
        elif abbreviated_first_name(t.text) and (t.text.endswith(".") or k + 1 < len(rest) and rest[k + 1].text == "."):
            out.append(t.text.rstrip(".") + ".")  # "Wł. St. Reymont": abbreviated first names keep their dots
        else:
            out.append(t)
    return out


def _regnal(t: Token) -> bool:
    """A Roman numeral after a ruler's name: written as is, never declined."""
    return t.text.isupper() and set(t.text) <= set("IVXL") and any(a.tag == "romandig" for a in t._.morf)


def _surname_base(tok: Token, gender: str | None, cases: set[str]) -> str:
    text = tok.text.rstrip(".")
    if APOSTROPHE_ENDING.search(text):
        return APOSTROPHE_ENDING.sub("", text)  # "Chomsky'ego", "Gaulle'a": the ending after the apostrophe
    if text.isupper() and len(text) > 2:
        text = text[:1] + text[1:].lower()
    if cases == {"nom"}:
        return text  # the first name is in the nominative, so is the surname
    readings = analyse(text)
    common = {a.lemma.lower() for a in readings if not a.names}
    known = sorted((a for a in readings if set(a.names) & {"nazwisko", "przydomek"} and a.pos == "subst"),
                   key=lambda a: a.lemma.lower() not in common)  # 'Mazurowi': Mazur, which a common word backs
    want_f = gender == "f"
    for a in known:
        if ("f" in a.genders) == want_f and (not cases or a.cases & cases) and a.number != "pl":
            return a.lemma
    if "nom" in cases and known:
        return text  # "Jerzy Wcisła": a nominative first name; the dictionary's 'Wciseł' has no nominative so
    for a in known:
        if ("f" in a.genders) == want_f and a.number != "pl":
            return a.lemma
    if not known and cases:  # "Anny Marii": a second first name and no surname agrees like one
        first = [a for a in analyse(text) if "imię" in a.names and a.pos == "subst" and a.number == "sg"
                 and ("f" in a.genders) == want_f and a.cases & cases]
        if first:
            return first[0].lemma
        common = common_noun_surname(text, want_f, cases)
        if common is not None:
            return common
    return guess_surname(text, gender, cases)


def person_phrase_base(tokens: list[Token]) -> str:
    """The base form of a phrase naming a person, whatever its shape: first name and surname, a lone
    name word, a surname alone."""
    head = tokens[0].text.rstrip(".")
    if len(tokens) > 1 and (head.lower() in _SAINT_TITLES or head in _UNDECLINED_TITLES):
        rest = tokens[2:] if tokens[1].text == "." else tokens[1:]
        if rest:  # "św. Jerzego" -> "św. Jerzy", "Lady Gagi" -> "Lady Gaga": the title stays, the name declines
            return head + (" " if head in _UNDECLINED_TITLES else ". ") + person_phrase_base(rest)
    maiden = next((k for k in range(1, len(tokens) - 2) if tokens[k].text.lower() == "z"
                   and tokens[k + 1].text.lower() == "domu"), None)
    if maiden is not None:  # "Anny Nowak z domu Lisówny": the maiden name stays in the genitive "z domu" governs
        return person_phrase_base(tokens[:maiden]) + " z domu " + " ".join(t.text for t in tokens[maiden + 2:])
    if len(tokens) > 2 and tokens[0].text.lower() in _PARTICLES and tokens[1].text in _HYPHENS:
        return tokens[0].text + "-" + person_phrase_base(tokens[2:])  # "al-Maliki": the particle as written
    if len(tokens) == 1:
        single = single_name(tokens[0])
        return single if single is not None else surname_only_base(tokens)
    if _descriptive(tokens):
        agreed = agreeing_phrase_base(tokens)
        if agreed is not None:
            return agreed
    words = _name_words(tokens)
    if unlisted_first_name(words):
        return _as_nominative(tokens)
    agreed_case = agreeing_name(tokens)
    if agreed_case is not None:
        return agreed_case[0]
    if _nominative_phrase(tokens) or undeclined_lead_nominative(words):
        return _as_nominative(tokens)
    if not any("imię" in a.names for a in tokens[0]._.morf):
        # "Martina Luthera Kinga": no first name to lead, but the words of one name agree: 'Kinga' is King's
        agreed_case = agreeing_name(tokens, known=True)
        return agreed_case[0] if agreed_case is not None else surname_only_base(tokens)
    return person_name(tokens)[0]


_SAINT_TITLES = frozenset({"św", "bł", "sw"})
#: English titles Polish leaves undeclined before a name ("Lord" declines: "Lorda Byrona")
_UNDECLINED_TITLES = frozenset({"Sir", "Lady", "Dame"})


def _descriptive(tokens: list[Token]) -> bool:
    """A name made of common words: an adjective that is no surname ('Matki Bożej', 'Mieszka
    Młodszego'), or a common noun first ('Ojca Świętego', 'Królowej Jadwigi')."""
    def adjective(t: Token) -> bool:
        return t.text.lower() not in _PARTICLES and any(a.pos in ("adj", "pact") and a.number == "sg"
                                                        for a in t._.morf) and not any(
            a.names for a in t._.morf if a.pos == "subst")

    def common_noun(t: Token) -> bool:
        return any(a.pos == "subst" and a.number == "sg" for a in t._.morf) and not name_readings(t._.morf)
    if any(common_noun(t) for t in tokens) and any(is_unknown(t._.morf) and ending_adjective(t.text) for t in tokens):
        return True  # "Wambierzyckiej Królowej": an adjective the dictionary lacks, beside a common noun
    common_first = tokens[0].text[:1].isupper() and common_noun(tokens[0])
    return common_first or any(adjective(t) for t in tokens)


_PARTICLES = frozenset({"von", "van", "de", "di", "da", "del", "der", "la", "le", "al", "el", "bin", "ibn", "i", "y"})


def _name_words(tokens: list[Token]) -> list[Token]:
    """The words of a name that decline: not hyphens, initials, particles, Roman numerals."""
    return [t for t in tokens if t.text not in _HYPHENS and t.text not in (".", "–", "—")
            and not (len(t.text.rstrip(".")) <= 2 and t.text[:1].isupper())
            and t.text.lower() not in _PARTICLES and not (t.text.isupper() and set(t.text) <= set("IVXL"))]


def _nominative_phrase(tokens: list[Token]) -> bool:
    """Every word of the name can be a nominative and its last word reads as nothing else: 'Barack
    Obama', 'Hal Varian', 'Anatolij Bogdanow' stay as written (words agree in case)."""
    words = _name_words(tokens)
    if len(words) < 2 or _masculine_oblique(tokens):
        return False
    if not all(may_be_nominative(t.text, as_person(t._.morf)) for t in words):
        return False
    first = words[0]
    if any(a.pos == "subst" and "m1" in a.genders and a.number == "sg" and a.cases & {"gen", "acc"}
           and "imię" in a.names for a in first._.morf):
        return False  # "Konstantyna", "Mata": a man's first name in the genitive too, the surname may not show it
    low = first.text.lower()
    if is_unknown(first._.morf) and low.endswith("a") and len(low) > 4 and low[-2] not in "aeiouy":
        return False  # "Ferdinanda", "Ghyslaina": an unknown first name in '-a' is more often a man's genitive
    return reads_nominative(words[-1].text, words[-1]._.morf)


def agreeing_name(tokens: list[Token], governed: frozenset[str] | None = None,
                  known: bool = False) -> tuple[str, str | None] | None:
    """(base, gender or None when either fits) of a name with a word the dictionary lacks, by case
    agreement (`agreed_case`): 'Baracka Obamy' -> 'Barack Obama', 'Attila Mesterházy' stays. None when
    no word is unknown (unless `known`: every word's dictionary readings are used), a word is written in
    capitals, or no case fits them all."""
    words = _name_words(tokens)
    if len(words) < 2 or not (known or any(reads_as_unknown(t._.morf) for t in words)) or _masculine_oblique(tokens) \
            or any(t.text.isupper() for t in words):
        return None
    readings = {t.i: word_readings(t.text, t._.morf, k == 0) for k, t in enumerate(words)}
    found = agreed_case(list(readings.values()), governed)
    if found is None:  # "Eleanorę Helin", "Nicolasem Sarkozy": a word written as a nominative left undeclined
        readings = {t.i: with_undeclined(t, readings[t.i]) for t in words}
        found = agreed_case(list(readings.values()), governed)
    if found is None:
        return None
    case, gender = found
    if case == "nom":
        return _as_nominative(tokens), gender
    out = []
    for t in _glue_initials(tokens):
        if isinstance(t, str) or t.i not in readings:
            out.append(t if isinstance(t, str) else t.text)
        else:
            out.append(reading_in(readings[t.i], case, gender or "m"))
    return re.sub(r"\s*([-‐])\s*", r"\1", " ".join(out)), gender


def _as_nominative(tokens: list[Token]) -> str:
    glued = _glue_initials(tokens)
    out = " ".join(t if isinstance(t, str) else t.text for t in glued)
    return re.sub(r"\s*([-‐])\s*", r"\1", out)


def honorific_before(doc: Doc, i: int) -> tuple[str | None, int]:
    """Honorifics right before token i ('dr hab.', 'Pani', 'prof.'); returns (text, first index)."""
    parts: list[str] = []
    k = i - 1
    while k >= 0 and (doc[k].text.lower() in HONORIFICS or is_pan(doc[k])):
        parts.insert(0, "Pani" if is_pan(doc[k]) and doc[k].text.lower().startswith("pani") else
                     "Pan" if is_pan(doc[k]) else doc[k].text)
        k -= 1
    if not parts:
        return None, i
    return " ".join(parts), k + 1


def is_pan(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(a.lemma in ("pan", "pani") and a.pos == "subst" for a in tok._.morf)
