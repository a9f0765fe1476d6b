"""Institutions named by an acronym and their number ("SP2", "ZS nr 1 w Lesznie"), and adjectives that name a
town ("Sulechowska Uczelnia", "Opolska Filharmonia"): two shapes in which a short capitalised phrase is one body's
name. Split from `pipeline.ner.org_rules`."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.lexicon.places import is_known_locality, locality_base
from pipeline.lexicon.words import NON_ORG_ACRONYMS, is_geographic
from pipeline.ner.name_words import patron_end

_NUMBERED = re.compile(r"([A-ZĄĆĘŁŃÓŚŹŻ]{2,5})(\d{1,3})")
_ROMAN = re.compile(r"[IVX]{1,5}")
#: Acronyms of institutions numbered by an ordinal in Roman numerals before them ("II LO", "III US w Lipnie").
ORDINAL_UNIT_ACRONYMS = frozenset({"LO", "ZSO", "US", "KP"})


def numbered_units(doc: Doc, blocked: set[int]) -> list[tuple[int, int]]:
    """'SP2', 'SP 50', 'ZS nr 1 w Lesznie': an acronym with the unit's number ("Szkoła Podstawowa nr 2" written
    short) names one numbered institution; its seat follows as with a full name. Token ranges."""
    out: list[tuple[int, int]] = []
    n = len(doc)
    for i, tok in enumerate(doc):
        if i in blocked or not tok.text[:1].isupper() or i > 0 and _ordinal_before(doc, i - 1):
            continue
        glued = _NUMBERED.fullmatch(tok.text)
        if _ordinal_before(doc, i) and i + 1 not in blocked:
            end = i + 2  # "III LO": the ordinal is the unit's number
        elif glued:
            if glued.group(1) in NON_ORG_ACRONYMS:
                continue
            end = i + 1
        elif tok.text.isalpha() and tok.text.isupper() and 2 <= len(tok.text) <= 5 and tok.text not in NON_ORG_ACRONYMS \
                and i + 1 < n and tok.whitespace_ == " ":
            k = i + 2 if doc[i + 1].text.lower() in ("nr", "nr.") and i + 2 < n else i + 1
            if _seated_short_acronym(doc, i):
                end = i + 1  # "ZS w Sztumie", "SP w Brzeziu": two capitals are a unit's acronym only with its town
            elif not (doc[k].text.isdigit() and len(doc[k].text) <= 3) or k + 1 < n and not doc[k].whitespace_ \
                    and doc[k + 1].text[:1].isalnum():
                continue
            else:
                end = k + 1
        else:
            continue
        if end + 1 < n and doc[end].text.lower() in ("im.", "imienia"):
            end = patron_end(doc, end + 1) or end  # "SP nr 3 im. Marii Konopnickiej": the patron is in the name
        if end + 2 < n and _parent_then_seat(doc, end):
            end += 1  # "JRG 7 PSP w Krakowie": the unit's parent body by its acronym, then the seat
        if end + 1 < n and doc[end].text in ("w", "we") and doc[end + 1].capitalised and is_geographic(doc[end + 1]):
            end += 2  # "SP nr 12 w Pile"
            while end < n and doc[end - 1].whitespace_ == " " and doc[end].capitalised and any(
                    "loc" in a.cases and (a.pos == "adj" or "nazwa_geograficzna" in a.names) for a in doc[end]._.morf):
                end += 1  # "w Konstantynowie Łódzkim": the seat's further words in its case
        out.append((i, end))
    return out


def _ordinal_before(doc: Doc, i: int) -> bool:
    """'III' in "uczeń III LO": a Roman ordinal right before the acronym of a kind numbered that way."""
    return i + 1 < len(doc) and doc[i].whitespace_ == " " and _ROMAN.fullmatch(doc[i].text) is not None \
        and doc[i + 1].text in ORDINAL_UNIT_ACRONYMS


def _parent_then_seat(doc: Doc, k: int) -> bool:
    """An acronym in capitals at k, then "w" and a place: the parent of a numbered unit and the seat they share."""
    tok = doc[k]
    return tok.text.isalpha() and tok.text.isupper() and 2 <= len(tok.text) <= 6 and tok.text not in NON_ORG_ACRONYMS \
        and tok.whitespace_ == " " and doc[k + 1].text in ("w", "we") and doc[k + 2].capitalised \
        and is_geographic(doc[k + 2])


def _seated_short_acronym(doc: Doc, i: int) -> bool:
    """A two-letter word in capitals right before "w"/"we" and a town of the register: a school's or an office's
    acronym with its seat ("ZS w Sztumie", "UG w Lipnie"); alone, two capitals are too often something else."""
    tok = doc[i]
    if not (len(tok.text) == 2 and tok.text.isalpha() and tok.text.isupper()) or tok.text in NON_ORG_ACRONYMS \
            or tok.whitespace_ != " " or i + 2 >= len(doc) or doc[i + 1].text not in ("w", "we"):
        return False
    seat = doc[i + 2]
    return seat.capitalised and is_geographic(seat) and is_known_locality(locality_base([seat.doc[seat.i]]))


def _town_candidates(lemma: str) -> list[str]:
    """The towns an adjective of the -ski, -cki, -dzki family can be made from: 'krakowski' -> Kraków,
    'gdański' -> Gdańsk, 'opolski' -> Opole, 'płocki' -> Płock, 'łódzki' -> Łódź."""
    if lemma.endswith("dzki"):
        stem = lemma[:-4]
        out = [stem + "dź", stem + "d", stem + "g"]
    elif lemma.endswith("cki"):
        stem = lemma[:-3]
        out = [stem + "k", stem + "ck", stem + "ce", stem + "c", stem + "ca"]
    elif lemma.endswith("ski"):
        stem = lemma[:-3]
        out = [stem, stem + "a", stem + "e", stem + "o", stem + "y", stem + "sk"]
        if stem.endswith("ow"):
            out.append(stem[:-2] + "ów")
    else:
        return []
    return [c[:1].upper() + c[1:] for c in out]


def town_adjective(lemma: str) -> bool:
    """An adjective made from a town of the register ("sulechowski", "opolski"): before an institution's head it
    names the body as its seat would ("Sulechowska Uczelnia"), unlike a tier's or a kind's adjective."""
    return any(is_known_locality(c) for c in _town_candidates(lemma))
