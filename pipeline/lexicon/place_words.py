"""Lone words naming a place that the register does not decide: streets named by an adjective ('Wilanowskiej'
-> 'Wilanowska': the adjective agrees with the feminine 'ulica'), foreign names the dictionary lacks, by
their endings, a name that is also a common word ('Gazie'), a country named by its people ('Niemcach'), a
common noun's oblique plural ('Tubach' -> 'Tuby'). Also the names of words the dictionary lacks: the last of
them declined by a Polish ending ("Be'er Shevę"), one head with the adjectives agreeing with it ('Worganie
Wielkiej'), and the register's guesses for such words ('Wiskickiej' -> 'Wiskicka').
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.lexicon.place_phrases import geo_lemmas
from pipeline.text.analysis import analyse
from pipeline.text.fleeting_vowels import with_fleeting_e
from pipeline.text.inflect import adjective_nominative, generate_form, match_case


def single_place_word(tok: Token) -> str | None:
    """A lone word the register does not decide: a street named by an adjective agrees with 'ulica'
    ('Listopadowej' -> 'Listopadowa'); a foreign name the dictionary lacks loses its case ending
    ('Kirkuku' -> 'Kirkuk', 'Darfurze' -> 'Darfur', 'Mosulem' -> 'Mosul', 'Ndżamenę' -> 'Ndżamena')."""
    word = tok.text
    if not word[:1].isupper() or word.isupper():
        return None
    morf = tok._.morf
    if all(a.tag == "ign" for a in morf) or not morf:
        return _unknown_place(word)
    if any(a.pos == "subst" and a.number == "sg" and "nom" in a.cases and a.lemma == word
           and "nazwa_własna_astronomiczna" in a.names for a in morf):
        return word  # "Księżyc", "Słońce": the name as written, not a plural place name it could also be
    astro = [a for a in morf if "nazwa_własna_astronomiczna" in a.names and a.number == "sg"]
    if astro:
        return astro[0].lemma  # "Słońca" -> "Słońce"
    if geo_lemmas(word) or any(a.pos == "subst" for a in morf):
        return None
    fem = [a for a in morf if a.pos == "adj" and a.number == "sg" and "f" in a.genders]
    if fem:
        return word if "nom" in fem[0].cases else match_case(adjective_nominative(word, fem[0], "sg", "f"), word)
    return None


#: the locative "-ie" after a softened consonant -> the masculine consonant stem ("-dzie" -> "-d")
_LOCATIVE_STEMS = (("dzie", "d"), ("cie", "t"), ("sie", "s"), ("zie", "z"), ("nie", "n"), ("mie", "m"),
                   ("wie", "w"), ("bie", "b"), ("pie", "p"), ("fie", "f"))


#: prepositional prefixes of the neuter names of lands beside something: "Zakarpacie", "Podlasie", "Nadbuże"
_AREA_PREFIXES = ("za", "pod", "nad", "przy", "po", "przed", "między", "mię")
#: stems whose plural nominative ends in "-e" ("-i" after k, g): "Kalinkowicze", "Seszele", "Jagniątki"
_SOFT_PLURAL_STEMS = ("c", "cz", "sz", "rz", "ż", "dz", "l", "j", "k", "g")


#: a consonant before a stem's final "c" and the nominative's "-ec" after it ("Dunajca" -> "Dunajec")
_BEFORE_EC = {"ń": "niec", "l": "lec", "j": "jec", "w": "wiec"}


def _fleeting_ec(stem: str) -> str:
    """"Szczelińc" -> "Szczeliniec": no Polish word ends in these consonants and "c"; a masculine in "-ec" drops
    the "e" before its case endings ("Zgorzelca", "Bolesławca")."""
    ending = _BEFORE_EC.get(stem[-2:-1].lower()) if len(stem) > 4 and stem[-1:] == "c" else None
    return stem[:-2] + ending if ending else stem


def _unknown_place(word: str) -> str:
    from pipeline.text.name_forms import unknown_name_base
    from pipeline.text.old_spelling import modern_spelling_lemma

    modern = modern_spelling_lemma(word, frozenset({"nazwa_geograficzna"}))
    if modern is not None:
        return modern  # "Szwajcaryi": the old spelling of "Szwajcarii"
    low = word.lower()
    if len(low) > 5 and low.endswith("iu") and low[-3] not in "aeiouyąęó" and low.startswith(_AREA_PREFIXES):
        # "Zakarpaciu": a land named by a preposition and a noun is a neuter in "-ie" ("Honsiu" is no such name)
        return word[:-1] + "e"
    if len(low) > 5 and low.endswith("niu") and low[-4] in "aeiouyąęó":
        # "Chersoniu": after a vowel, "-niu" is the genitive or locative of a masculine name in "-ń" ("Toruń")
        return word[:-3] + "ń"
    if len(low) > 4 and low.endswith("u") and low[-2] not in "aeiouyąęó":
        # "Kirkuku", "Sunderlandu": the genitive or locative of a masculine stem; "Sielinku": a stem in
        # consonant + "k" keeps the fleeting "-e-" of its nominative ("Sielinek", as "Borek", "Rynek")
        return _fleeting_ec(with_fleeting_e(word[:-1]))
    if len(low) > 4 and low.endswith("ej") and low[-3] not in "aeiouyąęó":
        return word[:-2] + "a"  # "Cisnej": a feminine declined as an adjective ("Wysoka", "Wolna")
    if len(low) > 5 and low.endswith(("kiej", "giej")):
        return word[:-3] + "a"  # "Wiskickiej": "-ka", "-ga" soften their "-ej" to "-iej"
    if len(low) > 5 and low.endswith("rze"):
        return word[:-2]  # "Darfurze": the locative of an '-r' stem
    if len(low) > 5 and low.endswith("sze"):
        return word[:-3] + "cha"  # "Barwisze": an '-cha' name's dative or locative ("mucha": "musze")
    if len(low) > 6 and low.endswith("owie"):
        return word[:-4] + "ów"  # "Arłamowie": the locative of a name in "-ów" (a Polish name never ends in "-ow")
    for end, stem in _LOCATIVE_STEMS:
        if len(low) > len(end) + 3 and low.endswith(end):
            return word[: -len(end)] + stem  # "Düsseldorfie", "Klagenfurcie": a masculine stem's locative
    if len(low) > 7 and low.endswith(("ach", "ami")) and low[:-3].endswith(_SOFT_PLURAL_STEMS):
        # "Kalinkowiczach", "Seszelami": the locative or instrumental of a plural name whose soft stem takes "-e"
        # ("-ki" after k, g)
        return word[:-3] + ("i" if low[-4] in "kg" else "e")
    if len(low) > 4 and low.endswith(("y", "i")) and low[-2] not in "aeiouyąęórtg" and low.isalpha():
        # "Kiruny", "Planicy": an '-a' stem's genitive (not the nominatives of foreign '-ry', '-ty', '-gy', '-ey')
        return unknown_name_base(word, "f", oblique=True)
    if len(low) > 5 and low.endswith("em") and low[-3] not in "aeiouyąęó":
        return word[:-2]  # "Mosulem": the instrumental of a masculine stem
    if len(low) > 4 and low.endswith(("ii", "kiem", "giem")) or len(low) > 3 and low.endswith(("ę", "ą")):
        return unknown_name_base(word)
    return word


#: endings only Polish inflection gives a word: a feminine's accusative or instrumental after a consonant, the
#: locative of a name in "-ów"
_POLISH_ENDINGS = ("ę", "ą", "owie")


def foreign_tail(tokens: list[Token]) -> str | None:
    """"Be'er Shevę" -> "Be'er Sheva", "Nowo-Jazykowie" -> "Nowo-Jazyków": in a name of words the dictionary lacks
    (a compound's first part or a piece of a fixed name, "Tel", aside) only the last word declines, and an ending no
    foreign word has shows how."""
    from pipeline.lexicon.place_phrases import compound_part

    *rest, last = tokens
    low = last.text.lower()
    if not rest or not last.text[:1].isupper() or not last.text.isalpha() or any(a.tag != "ign" for a in last._.morf) \
            or not low.endswith(_POLISH_ENDINGS) or low.endswith(("ę", "ą")) and low[-2:-1] in "aeiouyąęó":
        return None
    if not all(t.text == "-" or compound_part(tokens, m) or all(a.tag in ("ign", "frag") for a in t._.morf)
               for m, t in enumerate(rest)):
        return None
    base = _unknown_place(last.text)
    return None if base == last.text else " ".join([*(t.text for t in rest), base]).replace(" - ", "-")


def unknown_head(tokens: list[Token]) -> str | None:
    """"Szczelińcu Wielkim" -> "Szczeliniec Wielki": a name of one word the dictionary lacks and capitalised
    adjectives is headed by that word; its ending gives its nominative and gender, and the adjectives, which must
    agree with that gender in an oblique case, go to the nominative of it."""
    unknown = [k for k, t in enumerate(tokens) if all(a.tag == "ign" for a in t._.morf)]
    if len(tokens) < 2 or len(unknown) != 1 or not all(t.text[:1].isupper() and t.text.isalpha() for t in tokens):
        return None
    k = unknown[0]
    word = tokens[k].text
    base = _unknown_place(word)
    if base == word:
        return None
    bases = [base]
    if word.lower().endswith("ie") and base[-1:].lower() not in "aeiouyąęó":
        bases.append(base + "a")  # "Żylinie": the masculine Żylin or the feminine Żylina
    for base in bases:
        gender = "f" if base.endswith("a") else "n" if base.endswith(("o", "e")) else "m3"
        words = [base if m == k else _agreeing_nominative(t, gender) for m, t in enumerate(tokens)]
        if all(words):
            return " ".join(words)  # type: ignore[arg-type]
    return None


def _agreeing_nominative(t: Token, gender: str) -> str | None:
    """The singular nominative in `gender` of an adjective read in an oblique case of that gender, or None."""
    adj = next((a for a in t._.morf if a.pos == "adj" and a.number == "sg" and gender in a.genders
                and "nom" not in a.cases), None)
    form = generate_form(adj.lemma, "adj", "sg", gender) if adj is not None else None
    return match_case(form, t.text) if form else None


def name_and_word(word: str) -> frozenset[str]:
    """Lemmas (folded) the dictionary gives a capitalised word both as a proper name and as a common noun in
    the singular: a place the dictionary lacks is named like that word ('Gazy' -> 'Gaza', not the plural of
    'gaz'), since a name and a common word agreeing on one lemma are likelier than either alone."""
    readings = [a for a in analyse(word) if a.pos == "subst" and not a.cases <= {"voc"}]  # "Muzo": no call to 'muza'
    proper = {a.lemma.lower() for a in readings if a.names}
    return frozenset(a.lemma.lower() for a in readings if not a.names and a.number == "sg" and a.lemma.lower() in proper)


def people_country(tok: Token, countries: frozenset[str]) -> str | None:
    """'Niemcach' -> 'Niemcy', not the village Niemce: a country named by the plural of its people ('Niemiec'),
    when the word is a plural form of that people's noun."""
    for a in tok._.morf:
        if a.pos == "subst" and a.number == "pl" and "m1" in a.genders and not a.names and tok.text[:1].isupper():
            form = generate_form(a.lemma, "subst", "pl", "m1")
            name = form[:1].upper() + form[1:] if form else None
            if name in countries:
                return name
    return None


#: the cases whose plural endings ("-om", "-ami", "-ach") are Polish inflection, never a foreign name's own letters
_PLURAL_OBLIQUE = frozenset({"dat", "inst", "loc"})


def common_plural(word: str, usable: list) -> str | None:
    """'Tubach' -> 'Tuby': a name read only as a common noun's dative, instrumental or locative plural is that
    noun's plural in the nominative (a place named in the plural, 'w Plejadach'); its genitive plural may be a
    foreign name's own spelling ('Cali'), so that one stays as written."""
    if not usable or not all(a.pos == "subst" and not a.names and a.number == "pl" and a.cases <= _PLURAL_OBLIQUE
                             for a in usable):
        return None
    forms = {generate_form(a.lemma, "subst", "pl", sorted(a.genders)[0] if a.genders else "") for a in usable}
    form = forms.pop() if len(forms) == 1 else None
    return match_case(form, word) if form else None


#: the oblique endings of an adjective in "-ski/-cki/-dzki" and the nominatives they may stand for (feminine,
#: masculine, neuter): a village's adjective the dictionary lacks still declines as every such adjective does
_ADJECTIVE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("iej", ("a",)), ("ą", ("a",)), ("iego", ("i", "ie")), ("iemu", ("i", "ie")), ("im", ("i", "ie")))


def unknown_word_bases(word: str, governed: frozenset[str]) -> list[str]:
    """Nominatives a word the dictionary reads only as unknown or as a verb may stand for, by the endings Polish
    inflection gives unambiguously: an adjective in "-ski/-cki/-dzki" ("Wiskickiej" -> "Wiskicka") or another
    feminine in "-ej" ("Cisnej" -> "Cisna"), a noun after
    a preposition of the genitive or locative ("z Gniewa" -> "Gniew"). Guesses only: the register decides."""
    from pipeline.text.morphology import _guess_name_lemma

    if not word[:1].isupper() or not word.isalpha() or any(a.pos in ("adj", "subst", "depr") for a in analyse(word)):
        return []
    out = []
    low = word.lower()
    for ending, nominatives in _ADJECTIVE_ENDINGS:
        stem = low[:-len(ending)]
        if low.endswith(ending) and stem.endswith(("sk", "ck", "dzk")):
            out += [word[:len(stem)] + n for n in nominatives]
    if not out and len(low) > 4 and low.endswith("ej") and low[-3] not in "aeiouyąęó":
        out.append(word[:-2] + "a")  # "Cisnej" -> "Cisna": any feminine declined as an adjective
    guess = _guess_name_lemma(word, governed)
    return list(dict.fromkeys(out + ([guess] if guess != word else [])))


def written_register_name(word: str, governed: frozenset[str]) -> str | None:
    """'Celina', 'WODNIK': a word the register holds as a locality, written as a nominative of the dictionary's
    (a first name, a common noun) but never as its geographic name, names that locality as written, not a
    geographic name it is an oblique form of (the genitive of 'Celin'), unless a preposition governs another case."""
    try:
        from pipeline.lexicon.teryt import is_locality
    except ImportError:  # no register: nothing to read as written
        return None
    name = word[:1] + word[1:].lower() if word.isupper() else word
    if governed and not governed & {"nom", "acc"} or not name[:1].isupper() or not is_locality(name):
        return None
    folded = name.lower()
    if any(lem.lower() == folded for lem, _tag in geo_lemmas(name)):
        return None
    nominative = any(a.pos == "subst" and a.lemma.lower() == folded and "nom" in a.cases for a in analyse(name))
    return name if nominative else None
