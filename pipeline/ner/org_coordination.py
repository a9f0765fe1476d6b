"""Where one institution's name ends and a coordinated one begins: "Szkoła Podstawowa oraz Gminna Biblioteka",
"Związkowi Kombatantów Rzeczypospolitej Polskiej i Gminnej Bibliotece Publicznej". An adjective after a noun closes
the name before the conjunction; capitalised adjectives and a head after it open the next one."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pipeline.lexicon.bodies import POSITIONAL_HEADS
from pipeline.lexicon.words import noun_lemmas
from pipeline.ner.org_rules import agrees_with, head_at, is_adjective


def closes_name(doc: Doc, k: int, blocked: set[int]) -> bool:
    """'Podstawowa' in "Szkoła Podstawowa oraz Gminna Biblioteka", 'Polskiej' in "Związkowi Kombatantów
    Rzeczypospolitej Polskiej i Gminnej Bibliotece": a capitalised adjective right after a capitalised noun (or
    after other such words back to one) closes the name before the conjunction, so the next name's adjectives are
    not coordinated with it ("Powiatowa i Miejska Rada" opens after a lower-case word)."""
    j = k - 1
    while j >= 0 and j not in blocked and doc[j].capitalised and is_adjective(doc[j]) and not doc[j].is_sent_start \
            and not any(a.pos == "subst" and not a.names for a in doc[j]._.morf):
        j -= 1  # "Urzędowi" reads as an adjective too: a common noun reading ends the adjectives
    if j < 0 or j in blocked or not doc[j].capitalised or doc[j].is_sent_start and is_adjective(doc[j]):
        return False
    return any(a.pos in ("subst", "depr", "ign") for a in doc[j]._.morf) or not doc[j]._.morf


def _noun_cases(tok: Token, heads: frozenset[str]) -> set[str]:
    return {c for a in tok._.morf if a.pos in ("subst", "depr") and a.lemma.lower() in heads for c in a.cases}


def next_name_begins(doc: Doc, k: int, heads: frozenset[str], head: Token | None = None) -> bool:
    """'Gminnej Bibliotece' after "i": capitalised adjectives, then a head of `heads`, open a second name (a genitive
    complement coordinated inside the name, "Rodziny i Polityki Społecznej", has no head of its own); a head named only
    in a body's position ("i Forum Kobiet X", `POSITIONAL_HEADS`) opens one too."""
    heads = heads | POSITIONAL_HEADS
    conj = k - 1
    while k < len(doc) and doc[k].capitalised and not head_at(doc[k], heads) and is_adjective(doc[k]) \
            and not any(a.pos == "subst" and not a.names for a in doc[k]._.morf):
        k += 1
    if k >= len(doc) or not head_at(doc[k], heads):
        return False
    if head is not None and _noun_cases(head, heads) and not _noun_cases(head, heads) & _noun_cases(doc[k], heads):
        return False  # "Komisja Wspólna Rządu i Samorządu Terytorialnego": a genitive head is the name's complement
    # "Związku Miejskich i Gminnych Ośrodków": adjectives coordinated before one head, the first agreeing with it and
    # not with the noun before it ("Rzeczypospolitej Polskiej i Gminnej Bibliotece": "Polskiej" closes its noun)
    before = doc[conj - 1] if conj >= 1 else None
    return before is None or not (before.capitalised and is_adjective(before) and agrees_with(before, doc[k], heads)
                                  and not (conj >= 2 and _agrees_with_noun(before, doc[conj - 2])))


def _agrees_with_noun(adj: Token, noun: Token) -> bool:
    return any(a.pos == "adj" and n.pos == "subst" and a.cases & n.cases and a.number == n.number
               and (not a.genders or not n.genders or a.genders & n.genders) for a in adj._.morf for n in noun._.morf)


def undotted_marker(doc: Doc, j: int) -> str | None:
    """'im' before a capitalised word ("im Jana Pawła II"), 'pw' or 'p/w' before a dedication: the patron's and the
    dedication's markers written without their dots, read as "im." and "pw." (the pronoun "im" is followed by a
    lower-case word)."""
    text = doc[j].text
    if text == "p" and j + 3 < len(doc) and doc[j + 1].text == "/" and doc[j + 2].text == "w" \
            and not doc[j].whitespace_ and not doc[j + 1].whitespace_ and doc[j + 3].capitalised:
        return "p/w"
    if text in ("im", "pw") and doc[j].whitespace_ and j + 1 < len(doc) and doc[j + 1].capitalised:
        return text + "."
    return None


def lords_genitive(doc: Doc, j: int) -> bool:
    """"pw. Najświętszego Serca Pana Jezusa", "Przemienienia Pana": inside a dedication "Pana" is a genitive complement
    of the common noun before it (the Lord), not a person addressed ("w Gminie Panią Annę", "Burmistrza Pana Jana").
    The dedication's marker ("pw.", "św.") must stand before that noun in the same name."""
    if j < 2 or not any(a.lemma == "pan" and "gen" in a.cases for a in doc[j]._.morf):
        return False
    noun = doc[j - 1]
    if not noun.capitalised or not any(a.pos == "subst" and "gen" in a.cases and not a.names for a in noun._.morf) \
            or any(a.names for a in noun._.morf):
        return False
    k = j - 1
    while k > 0 and doc[k - 1].capitalised and not doc[k - 1].is_space:
        k -= 1  # back over the dedication's words ("Najświętszego Serca")
    if k > 1 and doc[k - 1].text == "." and doc[k - 2].text.lower() == "p.w":
        k -= 1  # "p.w." split as "p.w" + "."
    return k > 0 and doc[k - 1].text.lower() in ("pw.", "p.w.", "św.", "p.w")


def seat_tail(doc: Doc, start: int, k: int, blocked: set[int]) -> int:
    """'Radomyślu nad Sanem', 'Góry Świętej Małgorzaty': a seat whose register name goes on past the words the seat
    rule took, with a river after "nad"/"pod" or a saint's name; the end of the longer name when the register knows
    it (its first word in the base form, the rest as written), else `k`."""
    from pipeline.lexicon.places import is_known_locality, locality_base

    n = len(doc)
    tails = []
    if k + 1 < n and doc[k].text in ("nad", "pod") and doc[k + 1].text[:1].isupper():
        tails.append(k + 2)
    if k < n and doc[k].text[:1].isupper() and doc[k].is_alpha and doc[k - 1].whitespace_ == " ":
        tails.append(k + 1)
    for end in tails:
        if any(i in blocked for i in range(k, end)):
            continue
        first = doc[start]
        name = " ".join([locality_base([first.doc[first.i]]), *(t.text for t in doc[start + 1:end])])
        if is_known_locality(name):
            return end
    return k


_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")


#: Units numbered by an ordinal with its dot before the name: military units ("16. Batalion", "9. Brygada").
NUMBERED_UNITS = frozenset({"batalion", "brygada", "dywizja", "pułk", "kompania", "eskadra", "flotylla", "dywizjon"})


def ordinal_before(doc: Doc, start: int, blocked: set[int], head: Token) -> int:
    """Where a name begins with the ordinal written before it: a Roman numeral ("XIV Liceum Ogólnokształcące") or,
    before a military unit, a number with its ordinal dot ("16. Tczewski Batalion Saperów"); else `start`."""
    k = start - 1
    if k >= 0 and k not in blocked and doc[k].text and _ROMAN.fullmatch(doc[k].text) and doc[k].whitespace_:
        return k
    if k >= 1 and doc[k].text == "." and doc[k - 1].text.isdigit() and len(doc[k - 1].text) <= 3 \
            and not doc[k - 1].whitespace_ and doc[k].whitespace_ and not {k, k - 1} & blocked \
            and noun_lemmas(head) & NUMBERED_UNITS:  # not "… było ich 120. Stowarzyszenie X": a sentence's end
        return k - 1
    return start


def _place_genitive(tok: Token) -> bool:
    return any("gen" in a.cases and "nazwa_geograficzna" in a.names for a in tok._.morf)


def coordinated_genitive(tok: Token, before: Token | None = None) -> bool:
    """'Polityki' in "Rodziny i Polityki Społecznej", 'Wrocławia' in "Przyjaciół Sopotu i Wrocławia": a word after "i"
    that reads as a genitive complement; a name's genitive ('Pomorsko') does not count for a word that also reads
    as a nominative ("… Polskich oraz Pomorska Specjalna Strefa": a second body) unless a place's genitive comes
    before the conjunction too."""
    morf = tok._.morf
    if any("gen" in a.cases and (a.pos == "ign" or a.pos in ("subst", "adj") and not a.names) for a in morf):
        return True
    if before is not None and _place_genitive(before) and _place_genitive(tok):
        return True  # "na rzecz Pamiętowa i Adamkowa": two places in the genitive
    return any("gen" in a.cases and a.pos == "subst" for a in morf) and not any("nom" in a.cases for a in morf)


def parent_follows(doc: Doc, k: int, heads: frozenset[str]) -> bool:
    """After "przy": capitalised adjectives and an institution's head, or a body's acronym ("przy Caritas X",
    "przy Mazowieckim Urzędzie", "przy OHP"): the body the unit is attached to, named in the unit's name."""
    from pipeline.lexicon.words import NON_ORG_ACRONYMS, is_acronym_word

    while k < len(doc) and doc[k].capitalised and not head_at(doc[k], heads) and is_adjective(doc[k]):
        k += 1
    if k >= len(doc) or not doc[k].capitalised:
        return False
    return head_at(doc[k], heads) or is_acronym_word(doc[k].text) and doc[k].text not in NON_ORG_ACRONYMS


def first_head(doc: Doc, start: int, j: int, heads: frozenset[str]) -> bool:
    """The head at j is the first one after `start` (the parent's after "przy"), so no second body begins there."""
    return not any(head_at(doc[k], heads) for k in range(start, j))


#: Units of territory a body serves, named after "dla" with their adjective: "dla regionu koszalińskiego".
_TERRITORIES = frozenset({"region", "subregion", "powiat", "gmina", "województwo", "miasto", "obszar", "diecezja"})


def territorial_scope(doc: Doc, j: int) -> int:
    """'dla regionu koszalińskiego', 'dla subregionu pilskiego': after "dla" a lower-case unit of territory in the
    genitive with an agreeing place adjective (-ski, -cki) is the scope in the body's name; how many tokens ("dla"
    included), 0 if none."""
    if j + 2 >= len(doc) or not doc[j + 1].text[:1].islower() or not doc[j + 2].text[:1].islower():
        return 0
    nouns = [a for a in doc[j + 1]._.morf if a.pos == "subst" and a.lemma in _TERRITORIES and "gen" in a.cases]
    ok = any(a.pos == "adj" and "gen" in a.cases and a.lemma.endswith(("ski", "cki")) and a.number == n.number
             and a.genders & n.genders for a in doc[j + 2]._.morf for n in nouns)
    return 3 if ok else 0


def shares_head_phrase(doc: Doc, i: int, blocked: set[int], heads: frozenset[str]) -> bool:
    """'Muzeum i Ośrodek Kultury Kaszubskiej': a bare head, which names no body alone, coordinated with a second head
    in the same case shares that head's complement: one name (a head with words of its own, "Szkoła Podstawowa i
    Przedszkole w X", names a body of its own)."""
    if i + 3 >= len(doc) or doc[i + 1].text != "i" or {i + 1, i + 2} & blocked or not head_at(doc[i + 2], heads):
        return False
    cases = {c for a in doc[i]._.morf if a.pos == "subst" and a.lemma.lower() in heads for c in a.cases}
    second = {c for a in doc[i + 2]._.morf if a.pos == "subst" and a.lemma.lower() in heads for c in a.cases}
    return bool(cases & second) and doc[i + 3].capitalised and not head_at(doc[i + 3], heads) \
        and any("gen" in a.cases for a in doc[i + 3]._.morf if a.pos in ("subst", "adj"))
