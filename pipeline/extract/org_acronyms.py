"""Acronyms inside an organization's name: which capitalised word is the body's own acronym, and which
capitals only look like one (a Roman numeral: "Uniwersytet III Wieku")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.lexicon.words import NON_ORG_ACRONYMS, ORG_HEADS, is_all_caps_word, noun_lemmas
from pipeline.ner.org_complements import BRANCH_NOUNS
from pipeline.ner.org_rules import parent_acronym

_QUOTES = ('"', "„", "”", "“", "«", "»")
#: A well-formed Roman numeral (I-MMMCMXCIX): an ordinal in a name ("III Wieku", "XV Liceum"), never an acronym.
_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")


def is_roman_numeral(text: str) -> bool:
    return bool(text) and _ROMAN.fullmatch(text) is not None


def head_index(tokens: list[Token], heads: frozenset[str]) -> int | None:
    """The first capitalised token whose noun lemma is one of `heads`."""
    for i, t in enumerate(tokens):
        if t.text[:1].isupper() and noun_lemmas(t) & heads:
            return i
    return None


def acronym_in(tokens: list[Token], doc: list[Token]) -> str | None:
    """The name's own acronym inside it ("Spółdzielnia Socjalna UHP"); a parent's after a complement ("Ośrodek
    Szkolenia i Wychowania OHP") is not the unit's, and a Roman numeral ("Uniwersytet III Wieku") is none."""
    quoted = False
    head = head_index(tokens, ORG_HEADS)
    for k, t in enumerate(tokens[1:], 1):
        if t.text in _QUOTES:
            quoted = not quoted
            continue
        if not quoted and is_all_caps_word(t) and t.text.isalpha() and 2 <= len(t.text) <= 10 and len(tokens) > 1 \
                and not is_roman_numeral(t.text) and t.text not in NON_ORG_ACRONYMS:  # "… Polska Miedź SA": a legal form
            if head is not None and k > head and (noun_lemmas(tokens[head]) & BRANCH_NOUNS or parent_acronym(
                    doc, tokens[head].i, t.i)):  # type: ignore[arg-type]
                continue  # a branch's acronym is its parent's: "Śląski Oddział PFRON"  # (asked only of a word that could be the acronym: the answer changes nothing for others)
            if not all(is_all_caps_word(x) for x in tokens if x.is_alpha):
                return t.text
    return None
