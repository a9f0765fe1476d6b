"""Village bodies written by their acronym and village: "KGW Stężyca", "KGW w Lipnicach", "panie z KGW z Cmolasu,
Hadykówki i Mechowca", "OSP Kamionka". The acronym is spelled out and the village becomes its seat in the
locative ("Koło Gospodyń Wiejskich w Stężycy"); a quoted name after the village replaces the seat ("KGW Strzepcz
„Słoneczniki”" -> "Koło Gospodyń Wiejskich „Słoneczniki”"). See docs/annotation.md, "Village bodies, continued".
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from pipeline.lexicon.bodies import VILLAGE_BODY_ACRONYMS
from pipeline.lexicon.places import is_known_locality
from pipeline.lexicon.words import first_name, has_common_reading, is_geographic, noun_lemmas
from pipeline.text.inflect import generate_form, match_case
from pipeline.text.morphology import Analysis

_OPEN = ("„", '"', "“")
_CLOSE = ("”", '"', "“")
_LIST = frozenset({",", "i", "oraz", "czy", "lub", "albo"})
_SEAT = {"w": None, "we": None, "z": "gen", "ze": "gen"}  # the seat's case: None keeps the text's locative


def _village_run(toks: Sequence[Token], j: int) -> int:
    """End of the capitalised words of a village name starting at j ("Kamionki Wielkiej", "Olszewo-Borki"); a first
    name after the village begins a person ("OSP Stężyca Jan Kowal")."""
    k = j
    while k < len(toks) and (toks[k].text[:1].isupper() and toks[k].is_alpha and not noun_lemmas(toks[k]) & _NOT_VILLAGE
                             and not (k > j and _first_name(toks[k]))
                             or toks[k].text == "-" and k > j and not toks[k - 1].whitespace_):
        if k > j and _name_starts(toks, k):
            break  # "prezes OSP Borek Adam Kruk": the office holder's name after the village
        k += 1
    while k > j and toks[k - 1].text == "-":
        k -= 1
    return k


def _first_name(tok: Token) -> bool:
    """A first name in the nominative that is no place word in it ('Jan'; not 'Wieś', a name only as 'Wiesia')."""
    nominative = [a for a in tok._.morf if "nom" in a.cases]
    return any("imię" in a.names for a in nominative) and not any(
        {"nazwa_geograficzna", "człon_nazwy_geograficznej"} & set(a.names) for a in nominative)


def _name_starts(toks: Sequence[Token], k: int) -> bool:
    """A first name with a capitalised word after it: a person's name, not more of the village's."""
    return first_name(toks[k]) is not None and k + 1 < len(toks) and toks[k + 1].text[:1].isupper()


_NOT_VILLAGE = frozenset({"koło", "straż", "gmina", "powiat", "urząd", "stowarzyszenie"})


def _placelike(tok: Token) -> bool:
    """A village name: a geographic word, or one the dictionary does not know as a common word."""
    return is_geographic(tok) or not has_common_reading(tok)


def _qualifier(tok: Token, first: Token) -> bool:
    """'Mogilno Duże', 'Kamionka Wielka': an adjective after the village's first word, agreeing with it in the
    nominative, is the name's qualifier."""
    nouns = [a for a in first._.morf if a.pos == "subst" and "nom" in a.cases]
    return any(a.pos == "adj" and "nom" in a.cases and a.number == n.number and a.genders & n.genders
               for a in tok._.morf for n in nouns)


def _locative(toks: Sequence[Token], case: str) -> str | None:
    """The village words put from `case` into the locative, word by word (nouns keep their lemma, number and
    gender, adjectives agree); None when a word has no reading in that case."""
    out: list[str] = []
    noun = next((a for t in toks for a in t._.morf if a.pos == "subst" and case in a.cases), None)
    for t in toks:
        if t.text == "-":
            out.append("-")
            continue
        form = None
        for a in sorted(t._.morf, key=lambda a: not _agrees(a, noun)):
            if case not in a.cases or a.pos not in ("subst", "adj"):
                continue
            number = a.number or "sg"
            gender = next((g for g in ("m1", "m2", "m3", "f", "n") if g in a.genders), "")
            form = generate_form(a.lemma, a.pos, number, gender, "loc")
            if form is not None:
                break
        if form is None:
            return None
        out.append(match_case(form, t.text) + ("" if not t.whitespace_ or t is toks[-1] else " "))
    return "".join(out).strip()


def _words(toks: Sequence[Token]) -> str:
    return "".join(t.text + t.whitespace_ for t in toks).strip()


def _agrees(a: Analysis, noun: Analysis | None) -> bool:
    """A reading of the village's number and gender: 'Duże' after 'Mogilno' is singular neuter, not plural."""
    return noun is None or a.number == noun.number and bool(a.genders & noun.genders)


def _preposition(loc: str) -> str:
    return "we" if loc[:1].lower() in "wf" and len(loc) > 1 and loc[1].lower() not in "aąeęioóuy" else "w"


def village_bodies(toks: Sequence[Token], i: int, original: str) -> list[tuple[int, int, str]]:
    """(first token, end token, name) of each body the acronym at `i` names with its village; [] when the
    acronym stands alone or is not a village body's. Words are taken from `original` (the text's quotes)."""
    quoted = quoted_after_acronym(toks, i, original)
    if quoted is not None:
        return [quoted]
    if toks[i].text not in VILLAGE_BODY_ACRONYMS and (named := phrase_after_acronym(toks, i)
                                                       or named_after_acronym(toks, i)) is not None:
        return [named]
    full = VILLAGE_BODY_ACRONYMS.get(toks[i].text)
    if full is None or i + 1 >= len(toks):
        return []
    j = i + 1
    prep = toks[j].text.lower()
    case = "nom"
    if prep in _SEAT and toks[j].whitespace_ and j + 1 < len(toks):
        case = _SEAT[prep] or "loc"
        j += 1
    k = _village_run(toks, j)
    if case == "nom":  # "OSP Stare Miasto Jan Kowal": the register's village ends the run before a person
        k = next((e for e in range(k, j + 1, -1) if is_known_locality(_words(toks[j:e]))), k)
    if k == j or (case == "nom" and not is_known_locality(_words(toks[j:k]))
                  and not all(_placelike(t) or m > j and _qualifier(t, toks[j])
                              for m, t in enumerate(toks[j:k], start=j) if t.text != "-")):
        named = named_after_acronym(toks, i) if case == "nom" else None
        return [] if named is None else [(named[0], named[1], f"{full} {toks[named[1] - 1].text}")]
    if k < len(toks) and toks[k].text in _OPEN:  # "KGW Strzepcz „Słoneczniki”": the name replaces the seat
        close = next((m for m in range(k + 1, min(len(toks), k + 12)) if toks[m].text in _CLOSE), None)
        if close is not None:
            quoted = original[toks[k].idx:toks[close].idx + len(toks[close].text)]
            return [(i, close + 1, f"{full} {quoted}")]
    out: list[tuple[int, int, str]] = []
    start = i
    while True:
        seat = _seat(toks[j:k], case, prep)
        if seat is not None:  # a village the dictionary cannot decline is skipped, the list goes on
            out.append((start, k, f"{full} {seat}"))
        if case != "gen" or k + 1 >= len(toks) or toks[k].text.lower() not in _LIST:
            break
        j = k + 1
        while j < len(toks) and toks[j].text.lower() in _LIST:  # ", czy Mechowca"
            j += 1
        k = _village_run(toks, j)
        if k == j:
            break
        start = j  # "z Cmolasu, Hadykówki": each further village names a body of its own
    return out


def named_after_acronym(toks: Sequence[Token], i: int) -> tuple[int, int, str] | None:
    """"UKS Orlik Sędziejowice", "LKS Zryw": an acronym never spelled out heads the club's own name written after it
    in the nominative (docs/annotation.md, 1103); a town after that name drops from it (a place of its own). The
    name word is no locality alone ("MKS Łask" is the acronym and its town), no first name, no title, no body's head."""
    from pipeline.lexicon.words import role_title

    j = i + 1
    if j >= len(toks) or toks[i].whitespace_ != " " or not _own_name(toks[j]):
        return None
    if i > 0 and role_title(toks[i - 1].text, toks[i - 1]._.morf):
        return None  # "prezes LKS Nowak": after a title and its body the person's name follows
    town = j + 1 < len(toks) and toks[j].whitespace_ == " " and toks[j + 1].text[:1].isupper() \
        and toks[j + 1].is_alpha and is_known_locality(toks[j + 1].text)
    after = toks[j + 1] if j + 1 < len(toks) and toks[j].whitespace_ == " " else None
    common = any(a.pos == "subst" and "nom" in a.cases and not a.names for a in toks[j]._.morf)
    if not town and (is_known_locality(toks[j].text) and not common or after is not None and after.text[:1].isupper()
                     and after.is_alpha):
        return None  # "MKS Łask", or more capitalised words whose end is not a town ("UKS Orlik": a common noun)
    return i, j + 1, f"{toks[i].text} {toks[j].text}"


def phrase_after_acronym(toks: Sequence[Token], i: int) -> tuple[int, int, str] | None:
    """'LGD Wrzosowa Dolina', 'LGD Kwiat Lnu', 'LGR Pojezierze Mazurskie': two capitalised words after an acronym that
    make one nominative phrase (an adjective or numeral agreeing with its noun, or a noun with a common noun's
    genitive) are the body's own name, as written; a locality of the register ("MKS Nowa Wieś") is its seat, and
    a further capitalised word leaves the phrase's end unknown."""
    from pipeline.lexicon.words import role_title

    j = i + 1
    if j + 1 >= len(toks) or toks[i].whitespace_ != " " or toks[j].whitespace_ != " ":
        return None
    end = j + 2
    if end + 1 < len(toks) and toks[end].text == "-" and not toks[end - 1].whitespace_ \
            and not toks[end].whitespace_ and toks[end + 1].text[:1].isupper():
        end += 2  # "Pojezierze Suwalsko-Augustowskie": the compound adjective's last part agrees
    first, last = toks[j], toks[end - 1]
    if not all(_phrase_word(t) for t in (first, last)) or i > 0 and role_title(toks[i - 1].text, toks[i - 1]._.morf):
        return None
    if end < len(toks) and toks[end].text[:1].isupper() and toks[end].is_alpha:
        return None
    words = _words(toks[j:end])
    if is_known_locality(words) or not (_agree_nom(first, last) or _agree_nom(last, first) or _noun_genitive(first, last)):
        return None
    return i, end, f"{toks[i].text} {words}"


def _phrase_word(tok: Token) -> bool:
    """A capitalised word of a name: a noun, adjective or numeral ("Przystań" is also a verb's imperative) that is
    no first name, title or body's head."""
    from pipeline.lexicon.words import ORG_HEADS, role_title

    morf = tok._.morf
    return tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper() and not _first_name(tok) \
        and not role_title(tok.text, morf) and not noun_lemmas(tok) & ORG_HEADS \
        and any(a.pos in ("subst", "adj", "num") for a in morf)


def _agree_nom(mod: Token, noun: Token) -> bool:
    """The modifier (an adjective or a numeral) agrees with the common noun in the nominative."""
    nouns = [a for a in noun._.morf if a.pos == "subst" and "nom" in a.cases and not a.names]
    return any(a.pos in ("adj", "num") and "nom" in a.cases and a.number == n.number and a.genders & n.genders
               for a in mod._.morf for n in nouns)


def _noun_genitive(noun: Token, comp: Token) -> bool:
    """'Kwiat Lnu', 'Kraina Dębów': a common noun in the nominative and a common noun's genitive after it."""
    return any(a.pos == "subst" and "nom" in a.cases and not a.names for a in noun._.morf) \
        and not any(a.pos == "adj" for a in noun._.morf) \
        and any(a.pos == "subst" and "gen" in a.cases and not a.names for a in comp._.morf)


def _own_name(tok: Token) -> bool:
    """A capitalised word in the nominative that names a club or a circle ("Orlik", "Zryw", "Pogoń", and plurals:
    "Jarzębinki", "Rekiny"), not a person or an office."""
    from pipeline.lexicon.words import ORG_HEADS, first_name, role_title

    if not tok.is_alpha or not tok.text[:1].isupper() or tok.text.isupper() or first_name(tok) is not None:
        return False
    morf = tok._.morf
    if role_title(tok.text, morf) or noun_lemmas(tok) & ORG_HEADS or any(a.pos in ("fin", "praet", "adj") for a in morf):
        return False
    return any(a.pos == "subst" and "nom" in a.cases and (not {"nazwisko", "imię"} & set(a.names)
                                                          or "nazwa_geograficzna" in a.names)
               for a in morf)  # "prezes LKS Nowak": a surname only is a person after the acronym; "MKP Bzura" a river


def quoted_after_acronym(toks: Sequence[Token], i: int, original: str) -> tuple[int, int, str] | None:
    """"LGD „Zielony Bór”": an acronym with a quoted name right after it is one name, as written (each of
    "LGD „A” i LGD „B”" is a body of its own, not one acronym)."""
    j = i + 1
    if j + 1 >= len(toks) or toks[j].text not in _OPEN or not toks[i].whitespace_ or not toks[j + 1].text[:1].isupper():
        return None
    close = next((m for m in range(j + 2, min(len(toks), j + 12)) if toks[m].text in _CLOSE), None)
    if close is None or any("\n" in t.whitespace_ for t in toks[i:close]):
        return None
    name = original[toks[j].idx:toks[close].idx + len(toks[close].text)]
    full = VILLAGE_BODY_ACRONYMS.get(toks[i].text)  # "KGW „Malwy”" -> "Koło Gospodyń Wiejskich „Malwy”", as with a village
    return i, close + 1, f"{full or toks[i].text} {name}"


def _seat(words: Sequence[Token], case: str, prep: str) -> str | None:
    if case == "loc":
        return prep + " " + "".join(t.text + t.whitespace_ for t in words).strip()
    loc = _locative(words, case)
    return None if loc is None else f"{_preposition(loc)} {loc}"
