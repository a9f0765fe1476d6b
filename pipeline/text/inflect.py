"""Base (nominative) forms of multiword names through morfeusz2's generator.

A name phrase is inflected by its head: adjectives agreeing with the head and the
head itself go to the nominative in the head's number and gender; genitive
complements, quoted names and acronyms stay as written ("Spółdzielni Socjalnej
„Smakosz”" -> "Spółdzielnia Socjalna „Smakosz”").
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.text.morphology import Analysis, analyse, clean_lemma, morfeusz

_GENDER_ORDER = ("m1", "m2", "m3", "f", "n")


@lru_cache(maxsize=50_000)
def _generate(lemma: str) -> tuple[tuple[str, str], ...]:
    try:
        forms = morfeusz().generate(lemma)
    except Exception:  # unknown lemma
        return ()
    return tuple((orth, tag) for orth, _lemma, tag, _n, _q in forms)


@lru_cache(maxsize=50_000)
def _tag_parts(tag: str) -> tuple[frozenset[str], ...]:
    """The value sets of a tag's positions: 'adj:sg:nom.voc:m1.m2:pos' -> ({adj}, {sg}, {nom, voc}, ...)."""
    return tuple(frozenset(p.split(".")) for p in tag.split(":"))


def _tag_has(tag: str, position_values: tuple[str, ...]) -> bool:
    parts = _tag_parts(tag)
    return all(any(v in p for p in parts) for v in position_values)


@lru_cache(maxsize=50_000)
def generate_form(
    lemma: str, pos: str, number: str, gender: str, case: str = "nom", degree: str = "pos"
) -> str | None:
    """The form of `lemma` with the given features, or None if morfeusz has none."""
    raw_lemmas = {lemma}
    for a in analyse(lemma):
        if clean_lemma(a.lemma) == lemma:
            raw_lemmas.add(a.lemma)
    prefix = pos + ":"
    wanted = (number, case) + ((gender,) if gender else ()) + ((degree,) if pos == "adj" else ())
    for raw in raw_lemmas:
        for orth, tag in _generate(raw):
            if tag.startswith(prefix) and _tag_has(tag, wanted):
                return orth  # the first candidate
    return None


def match_case(word: str, template: str) -> str:
    """Give `word` the capitalisation pattern of `template` (Title, UPPER or as is)."""
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def head_features(analysis: Analysis) -> tuple[str, str]:
    """(number, gender) of a noun analysis."""
    number = analysis.number or "sg"
    genders = analysis.genders
    gender = next((g for g in _GENDER_ORDER if g in genders), "m3")
    return number, gender


def noun_nominative(word: str, analysis: Analysis) -> str:
    """Nominative of a noun in its own number: 'Warsztatów' -> 'Warsztaty', 'Spółdzielni' -> 'Spółdzielnia'."""
    if "nom" in analysis.cases:
        return word
    number, gender = head_features(analysis)
    form = generate_form(analysis.lemma, analysis.pos, number, gender) if number == "pl" else None
    if form is None:
        form = analysis.lemma if number == "sg" else (generate_form(analysis.lemma, analysis.pos, number, "") or analysis.lemma)
    return match_case(form, word)


def adjective_nominative(word: str, analysis: Analysis, number: str, gender: str) -> str:
    if "nom" in analysis.cases and (not analysis.genders or gender in analysis.genders):
        return word
    low = word.lower()
    if analysis.pos == "pact" and "ąc" in low and number == "sg":  # "Śniącej" -> "Śniąca": the active participle
        return word[: low.rindex("ąc") + 2] + {"f": "a", "n": "e"}.get(gender[:1], "y")
    degree = next((d for d in ("com", "sup") if d in analysis.tag.split(":")), "pos")
    form = generate_form(analysis.lemma, "adj", number, gender, degree=degree)
    return match_case(form or analysis.lemma, word)


def readable_case(text: str) -> str:
    """ALL-CAPS names in a readable case: 'SPÓŁDZIELNIA SOCJALNA PRZYSTAŃ' -> 'Spółdzielnia Socjalna Przystań'."""
    small = {"w", "we", "i", "z", "ze", "na", "do", "im.", "oraz", "dla", "pod", "nad", "przy", "o", "u"}
    out = []
    for i, word in enumerate(text.split(" ")):
        low = word.lower()
        if i > 0 and low in small:
            out.append(low)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in low.split("-")))
    return " ".join(out)
