"""Place names whose shape gives the base form without the register: a name opened by a numeral, a unit named
by adjectives alone, a town and its district joined by a hyphen, a range named in the plural, a street named
after a person, and the spacing Polish spelling gives abbreviations, hyphens and brackets whatever the tokenizer did.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.lexicon.place_phrases import compound_part
from pipeline.text.inflect import generate_form, match_case

#: an acronym and the case ending a text glues to it after a hyphen ("PRL-u", "RFN-ie"); the same shape as
#: `text.org_forms` reads for organizations (not imported from there: that module imports this package)
ACRONYM_ENDING = re.compile(r"^([A-ZĄĆĘŁŃÓŚŹŻÁÉÍÓÚ0-9]{2,})-(?:u|owi|em|ie|ach|ów|a|y)$")

#: a space a tokenizer put before an abbreviation's period, around a hyphen joining a name's parts, inside brackets
_SPACED = ((re.compile(r"(?<=[^\W\d_]) \.(?!\.)"), "."), (re.compile(r"(?<=\w) - (?=\w)"), "-"),
           (re.compile(r"\( (?=\w)"), "("), (re.compile(r"(?<=[\w.]) \)"), ")"))


def tidy_spacing(name: str) -> str:
    """A place's name as Polish spelling writes it whatever the tokens' spacing: the period of an abbreviation
    follows it ('al. Piłsudskiego', 'St. Petersburg'), a hyphen joins the parts of one name ('kujawsko-pomorskie',
    'BK-202'), brackets hug their contents ('Biberach (Riß)'). A name never holds a spaced dash of its own: two
    places so joined are two names."""
    for pattern, glued in _SPACED:
        name = pattern.sub(glued, name)
    return name


def adjectives_only(tokens: list[Token]) -> str | None:
    """'kujawsko-pomorskim', 'warszawskim zachodnim': a unit named by adjectives alone, its noun left out,
    is written as a lone adjective is, each adjective's lemma; the first part of a compound stays. Lower-case
    words are read as adjectives even where a common noun shares the form ('gdańskim': also 'gdańska')."""
    words = []
    for m, t in enumerate(tokens):
        if t.text == "-" or compound_part(tokens, m):
            words.append(t.text)
            continue
        adj = next((a for a in t._.morf if a.pos == "adj"), None)
        if adj is None or not t.text.islower() and any(a.pos in ("subst", "depr") for a in t._.morf):
            return None  # a capitalised noun reading may head a name ("Białej Podlaskiej"), a lower-case one not
        words.append(match_case(adj.lemma, t.text) if t.text[:1].isupper() else adj.lemma)
    return " ".join(words).replace(" - ", "-")


def hyphenated_names(tokens: list[Token]) -> int | None:
    """Where two names joined by a hyphen meet ('Tychach-Wilkowyjach', 'Papui-Nowej Gwinei'): a town and its
    district, or two lands, each side opened by a capital and holding a noun in a shared oblique case, each
    inflected on its own (the register knows neither the whole nor an agreeing reading of it)."""
    dashes = [j for j, t in enumerate(tokens) if t.text == "-"]
    if len(dashes) != 1 or not 0 < dashes[0] < len(tokens) - 1:
        return None
    j = dashes[0]
    left, right = tokens[:j], tokens[j + 1:]
    if not (left[0].text[:1].isupper() and right[0].text[:1].isupper()) or compound_part(tokens, j - 1):
        return None

    def cases(side: list[Token]) -> set[str]:
        return {c for t in side for a in t._.morf if a.pos == "subst" for c in a.cases}

    return j if cases(left) & cases(right) - {"nom", "voc"} else None


_NAME_CATEGORIES = frozenset({"imię", "nazwisko"})


def named_after_person(tokens: list[Token]) -> str | None:
    """'Jana Olbrachta' -> 'Jan Olbracht': a street or square named after a person is written in the person's
    genitive, and its base form is the person's name. A first name in an oblique case of the singular opens it and
    every later word reads as a first name or surname sharing that case (a word the dictionary lacks does not
    object: "El Despiste" is no plural of "Ela")."""
    first = [a for a in tokens[0]._.morf if a.pos == "subst" and "imię" in a.names and a.number == "sg"
             and "nom" not in a.cases]
    if not first or not all(t.text[:1].isupper() and t.text.isalpha() for t in tokens):
        return None
    shared = {c for a in first for c in a.cases} - {"voc"}
    for t in tokens[1:]:
        if any(a.tag != "ign" for a in t._.morf):
            shared &= {c for a in t._.morf if a.pos == "subst" and set(a.names) & _NAME_CATEGORIES for c in a.cases}
    if not shared:
        return None
    from pipeline.extract.person_names import person_phrase_base

    return person_phrase_base(tokens)


def titled_person(tokens: list[Token]) -> str | None:
    """'Generała Andersa' -> 'Generał Anders', 'Prymasa S. Wyszyńskiego' -> 'Prymas S. Wyszyński': a street named
    after a person with a title is written in the genitive of both, the title a common noun for a man, and its base
    form is the titled person in the nominative; initials and a ruler's number ('Jana III') keep their form."""
    if len(tokens) < 2 or not all(t.text[:1].isupper() or t.text == "." for t in tokens):
        return None
    titles = [a for a in tokens[0]._.morf if a.pos == "subst" and not a.names and "m1" in a.genders
              and a.number == "sg" and not a.cases & {"nom", "voc"}]
    names = [t for t in tokens[1:] if t.text.isalpha() and len(t.text) > 1 and not set(t.text) <= set("IVXLC")]
    if not titles or not names or tokens[1].text == ".":
        return None
    shared = {c for a in titles for c in a.cases}
    for t in names:
        shared &= {c for a in t._.morf if a.pos == "subst" and set(a.names) & _NAME_CATEGORIES for c in a.cases}
    if not shared:
        return None
    from pipeline.extract.person_names import person_phrase_base

    title = next(a for a in titles if a.cases & shared)
    return f"{match_case(title.lemma, tokens[0].text)} {person_phrase_base(tokens[1:])}"


def plural_range(tok: Token) -> str | None:
    """'Beskidów' -> 'Beskidy': a name the dictionary reads only as the plural of a singular one (a range named
    after its parts) stays plural, in the nominative; the register knows no place of either number."""
    readings = [a for a in tok._.morf if "nazwa_geograficzna" in a.names and a.pos == "subst"]
    if not readings or any(a.number != "pl" or a.tag.endswith(":pt") for a in readings):
        return None
    if any("nom" in a.cases for a in readings):
        return tok.text
    form = generate_form(readings[0].lemma, "subst", "pl", sorted(readings[0].genders)[0] if readings[0].genders else "")
    return match_case(form, tok.text) if form else None


def numeral_led(tokens: list[Token]) -> bool:
    """'Trzy Korony', '12 Apostołów', '22 Lipca': a name opened by a numeral in the nominative is written in
    its nominative already, the noun after it agreeing with the numeral (plural) or governed by it (genitive)."""
    first = tokens[0]
    return first.text.isdigit() or any(a.pos == "num" and "nom" in a.cases for a in first._.morf)


#: abbreviated heads of street names and the gender of the noun each stands for
_STREET_HEADS = {"ul": "f", "al": "f", "pl": "m3", "os": "n"}


def abbreviated_street(tokens: list[Token]) -> str | None:
    """'ul. Długiej' -> 'ul. Długa', 'Al. Jerozolimskich' -> 'Al. Jerozolimskie', 'os. Tysiąclecia' as written:
    after the abbreviation of 'ulica', 'aleja', 'plac' or 'osiedle' the adjectives agreeing with that noun go to
    the nominative; a genitive complement ('al. Niepodległości') and the abbreviation stay as written."""
    first = tokens[0].text.rstrip(".").lower()
    gender = _STREET_HEADS.get(first)
    if gender is None or len(tokens) < 2:
        return None
    k = 1 if tokens[0].text.endswith(".") else 2 if tokens[1].text == "." else 0
    if not k or k >= len(tokens) or not tokens[k].text[:1].isupper():
        return None
    words = [t.text for t in tokens]
    for m in range(k, len(tokens)):
        adjs = [a for a in tokens[m]._.morf if a.pos == "adj"]
        # the singular head first; only 'Al.' also names a plural one ('Aleje Jerozolimskie')
        adj = next((a for a in adjs if a.number == "sg" and gender in a.genders), None) or next(
            (a for a in adjs if a.number == "pl" and first == "al"), None)
        if adj is None:
            break
        form = adj.lemma if adj.number == "sg" and "nom" in adj.cases and gender in adj.genders else \
            generate_form(adj.lemma, "adj", adj.number or "sg", gender)
        words[m] = match_case(form, tokens[m].text) if form else tokens[m].text
    return " ".join(words[:k]) + " " + " ".join(words[k:])


def feminine_genitive_base(word: str) -> str | None:
    """The nominative of a foreign name whose ending is plainly a feminine genitive: "-ii"/"-ji" ("Candelarii" ->
    "Candelaria") or a consonant and "-y" ("Bogoty" -> "Bogota"); None for any other ending."""
    low = word.lower()
    if len(low) > 4 and low.endswith(("ii", "ji")):
        return word[:-1] + "a"
    if len(low) > 4 and low[-1] == "y" and low[-2] not in "aeiouyąęó":
        return word[:-1] + "a"
    return None
