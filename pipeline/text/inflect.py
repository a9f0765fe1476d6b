"""Base (nominative) forms of multiword names through morfeusz2's generator.

A name phrase is inflected by its head: adjectives agreeing with the head and the
head itself go to the nominative in the head's number and gender; genitive
complements, quoted names and acronyms stay as written ("Spółdzielni Socjalnej
„Smakosz”" -> "Spółdzielnia Socjalna „Smakosz”").
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.text.analysis import compound_first
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
    wanted = (number, case) + ((gender,) if gender else ()) + ((degree,) if pos == "adj" or degree == "aff" else ())
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


_ADJECTIVES = ("adj", "pact", "ppas")


def _nominatives(word: str, pos: tuple[str, ...]) -> list[Analysis]:
    return [a for a in analyse(word) if a.pos in pos and "nom" in a.cases and a.number]


_ADJECTIVAL_SURNAME = ("ski", "cki", "dzki", "ska", "cka", "dzka")


def _modifiers(word: str) -> list[Analysis]:
    """Readings of a word that can stand before a head and agree with it: adjectives, and surnames of the
    adjectival declension where SGJP has no adjective ("Dłuska Wola": a surname Dłuska, no adjective "dłuski")."""
    found = _nominatives(word, _ADJECTIVES)
    return found or [a for a in _nominatives(word, ("subst",))
                     if "nazwisko" in a.names and a.lemma.endswith(_ADJECTIVAL_SURNAME)]


def _agrees(adjective: Analysis, head: Analysis) -> bool:
    return adjective.number == head.number and bool(adjective.genders & head.genders)


def _inflect_word(word: str, reading: Analysis, number: str, gender: str, case: str) -> str | None:
    """One word of a head group in `case`; a hyphenated word inflects its parts that can (Bielsko-Biała ->
    Bielsku-Białej), a compound adjective only its last part (Społeczno-Kulturalny -> Społeczno-Kulturalnego)."""
    if "-" in word and not analyse(word):
        parts = word.split("-")
        adjective = reading.pos in _ADJECTIVES  # "Targowo-Wystawiennicze": a first part in -o is the compound form
        out = [p if i < len(parts) - 1 and (not _nominatives(p, ("subst", "adj")) or adjective and any(
            a.pos == "adja" for a in compound_first(p))) else None for i, p in enumerate(parts)]
        for i, part in enumerate(parts):
            if out[i] is None:
                sub = _nominatives(part, ("subst", "adj"))
                if not sub:
                    return None
                own = next((a for a in sub if gender in a.genders and a.number == number), None) or next(
                    (a for a in sub if gender in a.genders), sub[0])  # an adjective's part agrees in number too
                out[i] = _inflect_word(part, own, number if own.pos in _ADJECTIVES else own.number or number,
                                       gender if gender in own.genders else next(iter(sorted(own.genders)), gender),
                                       case)
                if out[i] is None:
                    return None
        return "-".join(str(p) for p in out)
    degree = "aff" if reading.pos in ("pact", "ppas") else next(
        (d for d in ("com", "sup") if d in reading.tag.split(":")), "pos")  # "Wyższa" stays comparative
    if any(a.lemma == reading.lemma and a.pos == reading.pos and a.number == number and case in a.cases
           and (not a.genders or gender in a.genders) for a in analyse(word)):
        return word  # the written form is already in the case ("Drewniane cuda", acc): keep the writer's variant
    form = preferred_form(reading.lemma, reading.pos, number, gender, case, degree, reading.names)
    return match_case(form, word) if form else None


@lru_cache(maxsize=50_000)
def _generate_all(lemma: str) -> tuple[tuple[str, str, str, tuple[str, ...], tuple[str, ...]], ...]:
    try:
        forms = morfeusz().generate(lemma)
    except Exception:  # unknown lemma
        return ()
    return tuple((orth, raw, tag, tuple(names), tuple(labels)) for orth, raw, tag, names, labels in forms)


@lru_cache(maxsize=50_000)
def preferred_form(lemma: str, pos: str, number: str, gender: str, case: str = "nom", degree: str = "pos",
                   names: tuple[str, ...] = ()) -> str | None:
    """The form of `lemma` a writer uses today, among all SGJP generates with these features (`generate_form`
    takes the first): unlabelled before forms SGJP labels archaic, rare or colloquial ("Bieszczadów", not the
    rare "Bieszczad"); a form of the entry of the reading's name category (Radom the town); a form that all the
    lemma's paradigms share ("Węgier" in both paradigms of Węgry, "Węgrów" in one); a form that reads back as
    this lemma in this case; then the one with the fewest readings of other lemmas ("Kielc", not "Kielców")."""
    wanted = (number, case) + ((gender,) if gender else ()) + ((degree,) if pos == "adj" or degree == "aff" else ())
    found = [(k, form) for k, form in enumerate(_generate_all(lemma))
             if form[2].startswith(pos + ":") and _tag_has(form[2], wanted)]
    if not found:
        return None
    paradigms: dict[str, set[str]] = {}
    for _k, (orth, raw, *_rest) in found:
        paradigms.setdefault(orth, set()).add(raw)

    def rank(item: tuple[int, tuple]) -> tuple:
        k, (orth, _raw, _tag, form_names, labels) = item
        back = analyse(orth)
        own = any(a.lemma == lemma and case in a.cases for a in back)
        foreign = sum(1 for a in back if a.lemma.lower() != lemma.lower())
        return (bool(labels), bool(names) and not set(names) & set(form_names), -len(paradigms[orth]), not own,
                foreign, k)

    return min(found, key=rank)[1][0]


def _head(words: list[str], categories: tuple[str, ...] = ()) -> tuple[int, Analysis, list[Analysis]] | None:
    """The head noun of a name (index, its nominative reading, the readings of the adjectives before it): the last
    noun that every word before it agrees with as an adjective (Nowa Wieś, Gminny Ośrodek, Biała Podlaska)."""
    best = None
    for h, word in enumerate(words):
        adjectives_before = [_modifiers(_last_part(w)) for w in words[:h]]
        fitting = []
        for noun in _nominatives(_last_part(word), ("subst",)):
            chosen = [next((a for a in adjs if _agrees(a, noun)), None) for adjs in adjectives_before]
            if all(chosen):
                fitting.append((_agreeing_after(words, h, noun), bool(set(noun.names) & set(categories)),
                                noun.lemma.lower() == _last_part(word).lower(), noun.number == "sg", ":pt" not in noun.tag,
                                noun, [a for a in chosen if a]))
        if fitting:
            *_, noun, chosen = max(fitting, key=lambda f: f[:5])
            best = (h, noun, chosen)
        if not _modifiers(_last_part(word)):
            break
    return best


def head_reading(phrase: str, categories: tuple[str, ...] = ()) -> Analysis | None:
    """The nominative reading of a name's head noun ("Górny Śląsk" -> Śląsk), None when no word can head it."""
    found = _head(phrase.split(" "), categories)
    return found[1] if found else None


def _last_part(word: str) -> str:
    return word if analyse(word) or "-" not in word else word.rsplit("-", 1)[1]


def inflect_phrase(phrase: str, case: str, categories: tuple[str, ...] = ()) -> str | None:
    """A name given in the nominative, put in `case` by its head group (the reverse of the base forms above):
    the adjectives before the head, the head and the adjectives agreeing after it inflect, complements stay
    ("Ochotnicza Straż Pożarna w Cmolasie", gen -> "Ochotniczej Straży Pożarnej w Cmolasie"). None when the
    dictionary cannot say how the name inflects. A head reading of one of the SGJP name `categories` wins
    ("nazwa_geograficzna": "Radom" -> "Radomia", not the surname's "Radoma")."""
    words = phrase.split(" ")
    if len(words) > 1 and ROMAN_ORDINAL.fullmatch(words[0]):  # an ordinal in Roman numerals stays: "III Liceum X" -> "III Liceum"
        rest = inflect_phrase(" ".join(words[1:]), case, categories)
        return None if rest is None else f"{words[0]} {rest}"
    if words[0].isupper() and len(words[0]) > 1:  # an acronym inflects by an ending only some writers add
        return None
    found = _head(words, categories)
    if found is None:
        return None
    h, head, before = found
    number = head.number or "sg"
    gender = next((g for g in _GENDER_ORDER if g in head.genders), "m3")
    out = list(words)
    for i, reading in [*enumerate(before), (h, head)]:
        form = _inflect_word(words[i], reading, number, gender, case)
        if form is None:
            return None
        out[i] = form
    end = h + 1 + _agreeing_after(words, h, head)
    for j in range(h + 1, end):
        after = next(a for a in _nominatives(_last_part(words[j]), _ADJECTIVES) if _agrees(a, head))
        form = _inflect_word(words[j], after, number, gender, case)
        if form is None:
            return None
        out[j] = form
    if end + 1 < len(words) and words[end] in _CONJUNCTIONS and _head(words[end + 1:], categories):
        # a conjunction right after the head group joins a second head in the same case ("Bośnia i Hercegowina",
        # "Miasto i Gmina X" -> "Miasta i Gminy X"); after a complement it joins complements ("Ośrodek Sportu i
        # Rekreacji"), and before words with no nominative head ("Izba X oraz Małej Przedsiębiorczości"), which stay
        second = inflect_phrase(" ".join(words[end + 1:]), case, categories)
        if second is None:
            return None
        return " ".join(out[:end + 1] + [second])
    return " ".join(out)


_CONJUNCTIONS = ("i", "oraz")

#: An ordinal written in Roman numerals before a name ("XXI Festiwal", "III Liceum"): it does not inflect.
ROMAN_ORDINAL = re.compile(r"(?=[IVXL])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def _agreeing_after(words: list[str], h: int, head: Analysis) -> int:
    """How many words after the head agree with it as adjectives (Straż Pożarna, Stany Zjednoczone, powiat
    warszawski zachodni). After a lower-case head a capitalised word opens a name in apposition, which stays in the
    nominative ("gmina Mała Wieś" -> "gminy Mała Wieś")."""
    n = 0
    for word in words[h + 1:]:
        if not word[:1].isalpha() or not any(_agrees(a, head) for a in _nominatives(_last_part(word), _ADJECTIVES)):
            break
        if words[h][:1].islower() and word[:1].isupper():
            break
        n += 1
    return n
