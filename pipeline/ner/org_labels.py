"""Label lines that name the event's bodies: "Organizator: X", "Patronat medialny: X", "Partnerzy: A, B", "Sponsor
główny: X". The label says what the value is, so the value is a body's name in the nominative whatever its words:
a name with no institutional head ("Drewniane cuda", "Babiniec"), a quoted name ("„Głos Borkowa”"), a territorial
unit ("Gmina Borków"), a plain name the recogniser does not know ("Politechnika Lipowska"), a name with a lower-case
or symbol tail ("Uniwersytet Trzeciego wieku", "Klub Senior +", "Fundacja Kobieta w Regionie"). Each item of the
value (items are split at commas, semicolons and a page's list separators) runs while its words can belong to a
name: capitalised words, numbers, quotes, a patron's or a number's abbreviation, a preposition or "i" before a
capitalised word, lower-case adjectives and genitive nouns; a verb, an address or a bracket ends it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Token

from pipeline.lexicon.bodies import BODY_HEADS
from pipeline.lexicon.places import is_known_locality
from pipeline.lexicon.words import ORG_HEADS, is_acronym_word, is_geographic, role_title

#: A body's label at a line's start, up to three lower-case words before its colon ("Patronat honorowy nad
#: wydarzeniem objął:", "Partnerzy projektu:", "Sponsor główny:").
LABEL = re.compile(r"^[ \t]*(?:(?:współ)?organizator|partner|patronat|patron|sponsor|fundator|mecenat|realizator|"
                   r"współpraca)\w*(?:[ \t]+[a-ząćęłńóśźż]+){0,3}[ \t]*:[ \t]*", re.IGNORECASE | re.MULTILINE)
#: Separators of the value's items: "Partnerzy: A, B; C | D • E".
_SEPARATORS = frozenset({",", ";", "|", "•", "·"})
_QUOTES = frozenset({"„", "”", "“", '"', "‘", "’", "«", "»", ",,", "''", "’’"})
_OPENING_QUOTES = frozenset({"„", '"', "“", "«", ",,"})
#: Symbols inside a name: "Klub Senior +", "Moto – Test", "Kowalski & Syn".
_SYMBOLS = frozenset({"+", "&", "-", "–", "—"})
#: Abbreviations inside a name before a capitalised word or a number: a patron ("im. Jana"), a dedication ("pw.
#: Świętego"), a number ("nr 2"), a matter ("ds. Młodzieży"); an address ("ul.", "tel.") ends the name.
_INSIDE_ABBREVIATIONS = frozenset({"im", "pw", "nr", "św", "bł", "ks", "ds"})
#: Prepositions and conjunctions a name keeps before a capitalised word ("w Regionie", "dla Innych", "na Soli").
_INSIDE_WORDS = frozenset({"w", "we", "z", "ze", "na", "nad", "pod", "przy", "dla", "i", "oraz"})
_AND = frozenset({"i", "oraz"})
#: Heads that open a body's name, with the territorial units acting as bodies ("Gmina Borków").
_HEADS = ORG_HEADS | BODY_HEADS | frozenset({"gmina", "miasto", "powiat", "województwo", "sołectwo"})
_VERBAL = frozenset({"fin", "praet", "impt", "inf", "bedzie", "imps", "pcon", "pant", "winien", "pred", "aglt"})
#: The most tokens one item may hold.
_MAX_TOKENS = 14


def label_items(doc: Sequence[Token], norm: str) -> list[tuple[int, int]]:
    """(start, end) token ranges of the items of every body label's value (see the module docstring)."""
    if not doc:
        return []
    starts = [t.idx for t in doc]
    out: list[tuple[int, int]] = []
    for m in LABEL.finditer(norm):
        line_end = norm.find("\n", m.end())
        line_end = len(norm) if line_end < 0 else line_end
        k, stop = bisect_left(starts, m.end()), bisect_left(starts, line_end)
        while k < stop:
            end = _item_end(doc, k, stop)
            if end > k:
                out.append((k, end))
            if end > k + 1 and end + 1 < stop and doc[end].text.lower() in _AND and _opens_body(doc[end + 1]):
                k = end + 1  # "Fundacja Lipa i Gmina Borków": a second head opens a second name after a name of
                # two words at least; a bare head shares the name after it ("Miasto i Gmina Borków")
                continue
            k = next((j + 1 for j in range(max(end, k), stop) if _separator(doc, j)), stop)
    return out


def _separator(doc: Sequence[Token], j: int) -> bool:
    return doc[j].text in _SEPARATORS and not _double_comma(doc, j)


def _double_comma(doc: Sequence[Token], j: int) -> bool:
    """A comma glued to another comma: the low quote ",,Szlak”" typed as two commas."""
    return doc[j].text == "," and (j + 1 < len(doc) and doc[j + 1].text == "," and not doc[j].whitespace_
                                   or j > 0 and doc[j - 1].text == "," and not doc[j - 1].whitespace_)


def _opens_body(tok: Token) -> bool:
    """A capitalised institutional or territorial head in the nominative: a name of its own begins."""
    return tok.text[:1].isupper() and any(a.pos in ("subst", "depr") and "nom" in a.cases and a.lemma.lower() in _HEADS
                                          for a in tok._.morf)


def label_value_at(norm: str, start: int) -> bool:
    """The character `start` opens an item of a body label's value: the line before it is the label and earlier
    items ("Partnerzy: A, B" at B)."""
    line_start = norm.rfind("\n", 0, start) + 1
    m = LABEL.match(norm, line_start)
    if m is None or m.end() > start:
        return False
    before = norm[m.end():start].rstrip()
    return not before or before[-1:] in _SEPARATORS


def _item_end(doc: Sequence[Token], k: int, stop: int) -> int:
    """The end of the name opening at token `k` (`k` when none opens there)."""
    first = doc[k]
    if first.text in _OPENING_QUOTES and k + 1 < stop and doc[k + 1].text[:1].isupper() \
            or _double_comma(doc, k) and k + 2 < stop and doc[k + 2].text[:1].isupper():
        pass
    elif not (first.text[:1].isupper() and first.text[:1].isalpha()):
        return k
    j = k
    while j < stop and j - k < _MAX_TOKENS and not _separator(doc, j) and _name_word(doc, k, j, stop) \
            and not (j > k + 1 and doc[j].text.lower() in _AND and j + 1 < stop and _opens_body(doc[j + 1])):
        j += 1
    while j > k and (doc[j - 1].text.lower() in _INSIDE_WORDS or doc[j - 1].text in _SYMBOLS - {"+"}
                     or doc[j - 1].text in _OPENING_QUOTES
                     and not any(doc[q].text in _QUOTES or _double_comma(doc, q) for q in range(k, j - 1))
                     or doc[j - 1].text == "." and not _abbreviation(doc[j - 2])):
        j -= 1  # a preposition, an unpaired opening quote, a dash or a sentence's full stop closes no name
    return j


def _name_word(doc: Sequence[Token], k: int, j: int, stop: int) -> bool:
    """Token `j` can belong to the name that opens at `k`."""
    tok = doc[j]
    text = tok.text
    nxt = doc[j + 1] if j + 1 < stop else None
    if text[:1].isupper() or text[:1].isdigit() or text in _QUOTES or text in _SYMBOLS or _double_comma(doc, j):
        return True
    if text == ".":
        return j > k and not doc[j - 1].whitespace_
    capital_next = nxt is not None and (nxt.text[:1].isupper() or nxt.text[:1].isdigit() or nxt.text in _QUOTES)
    low = text.lower().rstrip(".")
    if low in _INSIDE_ABBREVIATIONS or text.lower() in _INSIDE_WORDS:
        return capital_next or nxt is not None and nxt.text == "." and low in _INSIDE_ABBREVIATIONS
    if not tok.is_alpha or not tok._.morf:
        return False
    if any(a.pos in ("adj", "ppas", "pact") for a in tok._.morf):
        return True  # "Chór żeński", "Wiecznie młodzi" (an adjective before a rare verb's form: "młodzić")
    if any(a.pos in _VERBAL for a in tok._.morf):
        return False
    nouns = [a for a in tok._.morf if a.pos in ("subst", "depr")]
    if any("gen" in a.cases for a in nouns):
        return True  # "Uniwersytet Trzeciego wieku", "Forum organizacji pozarządowych"
    return bool(nouns) and j == k + 1 and any(a.pos == "adj" for a in doc[k]._.morf)  # "Drewniane cuda"


def _abbreviation(tok: Token) -> bool:
    """A word the full stop after it abbreviates ("Wlkp", "S"); one that carries its own stop ("S.") has none."""
    return not tok.text.endswith(".") and (any(a.pos == "brev" for a in tok._.morf) or len(tok.text) == 1
                                           and tok.text.isupper())


def _proper_after_acronym(doc: Sequence[Token], start: int, end: int) -> bool:
    """"KKS Płyta Karbowska", "SHP „Rola”": an acronym heading a name with a proper part is part of the name
    (docs/annotation.md, 622); a seat ("OSP w X"), a town ("OSP Borków") or a body's head ("LGD Stowarzyszenie X": the
    body named after its kind) after it is left to the acronym rules."""
    if start + 1 >= end:
        return False
    nxt = doc[start + 1]
    if nxt.text in _QUOTES:
        return True
    return nxt.text[:1].isupper() and nxt.is_alpha and not is_acronym_word(nxt.text) and not is_geographic(nxt) \
        and not any(a.lemma.lower() in _HEADS for a in nxt._.morf if a.pos in ("subst", "depr"))


def label_body(doc: Sequence[Token], start: int, end: int, blocked: set[int]) -> bool:
    """The item [start, end) is a body's name the label alone makes one: no person's words (`blocked`), no
    acronym leading it unless a proper part follows (the acronym rules read "GOPS", "OSP w X"), no office title ("Starosta Lipowski" is a
    person's office), not a town alone."""
    words = [t for t in doc[start:end] if t.text[:1].isalpha()]
    if not words or any(k in blocked for k in range(start, end)):
        return False
    if is_acronym_word(doc[start].text) and not _proper_after_acronym(doc, start, end) \
            or role_title(words[0].text, words[0]._.morf) is not None:
        return False
    if doc[start].text in _QUOTES or _double_comma(doc, start):
        return True  # "„Dąb”": quotes make a name of a town's word too
    if len(words) == 1:
        return not is_geographic(words[0])
    written = "".join(t.text + t.whitespace_ for t in doc[start:end]).strip()
    return not is_known_locality(written)  # the value is a nominative: "Nowy Targ", "Bielsko-Biała"
