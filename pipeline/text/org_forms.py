"""Base forms of organization names that no head-noun rule covers: a lone name word in an oblique case
('Bzury' -> 'Bzura', 'Samoobrony' -> 'Samoobrona') and a sports club named by a word and its town
('Orła Parzęczew' -> 'Orzeł Parzęczew', 'Sportingu Gijón' -> 'Sporting Gijón'): the town stays in the
nominative, the club's own word declines.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.text.inflect import match_case
from pipeline.text.name_forms import is_unknown, masculine_genitive_a

_VOWELS = "aeiouyąęó"


def _word_base(tok: Token) -> str | None:
    """The nominative of one capitalised name word, or None when it may already be one."""
    text = tok.text
    if not text[:1].isupper() or text.isupper() or not text.isalpha():
        return None
    morf = tok._.morf
    if is_unknown(morf):
        low = text.lower()
        if len(low) > 5 and low.endswith("u") and low[-2] not in _VOWELS:
            return text[:-1]  # "Sportingu", "Napredaku": a masculine stem's genitive or locative
        if len(low) > 5 and low.endswith("em") and low[-3] not in _VOWELS:
            return text[:-2]  # "Szachtiorem"
        if masculine_genitive_a(low):
            return text[:-1]
        return None
    nouns = [a for a in morf if a.pos in ("subst", "depr") and a.number == "sg"]
    proper = [a for a in nouns if a.names]
    if not nouns or any("nom" in a.cases and (a.number == "sg" or "m1" in a.genders or not proper) for a in morf):
        return None  # "Komety", "Indianie": a plural as written (a proper name's plural is rare: "Bzury")
    proper = proper or nouns
    return match_case(proper[0].lemma, text)


def _is_town(tok: Token) -> bool:
    from pipeline.lexicon.places import is_known_locality

    if not tok.text[:1].isupper():
        return False
    geo = [a for a in tok._.morf if "nazwa_geograficzna" in a.names]
    return is_known_locality(tok.text) or any(a.lemma == tok.text and "nom" in a.cases for a in geo) or (
        is_unknown(tok._.morf) and not tok.text.isupper() and not tok.text.lower().endswith(("u", "em", "ie", "owi")))


def organization_word_base(tokens: list[Token], text: str = "") -> str | None:
    """'Bzury' -> 'Bzura'; 'Orła Parzęczew' -> 'Orzeł Parzęczew'; None when neither shape fits."""
    words = [t for t in tokens if not t.is_space]
    if len(words) == 1:
        return _word_base(words[0])
    if len(words) == 2 and _is_town(words[1]):
        first = _word_base(words[0])
        if first is not None:
            return first + words[0].whitespace_ + words[1].text
    return None


_FOREIGN_FUNCTION_WORDS = frozenset({"of", "and", "for", "the", "de", "la", "del", "der", "und", "&"})
_ACRONYM_ENDING = re.compile(r"^([A-ZĄĆĘŁŃÓŚŹŻÁÉÍÓÚ0-9]{2,})-(?:u|owi|em|ie|ach|ów|a|y)$")


def _organization_word(tokens: list[Token]) -> str | None:
    """Names no Polish rule inflects: 'MOK-u' -> 'MOK' (the ending a text glues to an acronym), names
    in a foreign language ('Academy of Arts'), and a lone word: a people ('Hiszpanie' -> 'Hiszpan',
    as one of them), a word the dictionary lacks ('Fideszu', 'Jamminem') by its ending."""
    from pipeline.text.inflect import generate_form, match_case
    from pipeline.text.name_forms import is_unknown

    texts = [t.text for t in tokens]
    if any(w in _FOREIGN_FUNCTION_WORDS for w in texts[1:-1]):
        return " ".join(texts)
    joined = "".join(t.text + t.whitespace_ for t in tokens).strip()
    m = _ACRONYM_ENDING.match(joined)
    if m:
        return m.group(1)
    if len(tokens) != 1 or not tokens[0].text[:1].isupper() or tokens[0].text.isupper():
        return None
    tok = tokens[0]
    low = tok.text.lower()
    if is_unknown(tok._.morf):
        for end in ("u", "ie", "em", "owi"):  # "Fideszu", "Jamminie", "Partizanem": a masculine stem
            stem = low[: -len(end)]
            if low.endswith(end) and len(stem) > 3 and stem[-1] not in "aeiouyąęóclg":
                return tok.text[: -len(end)]
        return tok.text
    nouns = [a for a in tok._.morf if a.pos in ("subst", "depr")]
    people = [a for a in nouns if "m1" in a.genders and a.number == "pl"]
    if people and all(a.number == "pl" or "nom" not in a.cases for a in nouns) and not any(
            "nazwa_geograficzna" in a.names for a in nouns):
        if any("nom" in a.cases for a in people):
            return tok.text  # "Amerykanie": the people as a group, as written
        form = generate_form(people[0].lemma, people[0].pos, "pl", "m1")
        return match_case(form, tok.text) if form else None  # "Amerykanów" -> "Amerykanie"
    return None


def _qualifies_next(word: Token, nxt: list[Token]) -> bool:
    """'Lewego Brzegu': the adjective agrees with the noun after it, so it is that noun's, not the office's."""
    return bool(nxt) and any(a.pos == "adj" and b.pos == "subst" and a.cases & b.cases and b.number == a.number
                             and b.genders & a.genders for a in word._.morf for b in nxt[0]._.morf)


def _role_headed(tokens: list[Token]) -> str | None:
    """'Prezesowi Urzędu Ochrony Konkurencji' -> 'Prezes Urzędu Ochrony Konkurencji': an office named by
    a person noun heads the phrase before the institution it governs in the genitive."""
    from pipeline.text.inflect import adjective_nominative

    for k, t in enumerate(tokens[:3]):
        if not t.text[:1].isupper():
            return None
        person = [a for a in t._.morf if a.pos == "subst" and "m1" in a.genders and a.number == "sg"
                  and not a.names]
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        modifies = nxt is not None and any(a.pos == "adj" and b.pos == "subst" and a.cases & b.cases
                                           and a.number == b.number for a in t._.morf for b in nxt._.morf)
        other_nominative = any(a.pos == "subst" and "nom" in a.cases and "m1" not in a.genders for a in t._.morf)
        if person and not modifies and not other_nominative and nxt is not None and nxt.text[:1].isupper():
            head = person[0]
            before = [next((a for a in b._.morf if a.pos == "adj" and a.cases & head.cases), None) for b in tokens[:k]]
            if not all(before):
                return None
            words = [adjective_nominative(b.text, a, "sg", "m1") for b, a in zip(tokens[:k], before, strict=True)]
            words.append(t.text if "nom" in head.cases else head.lemma[:1].upper() + head.lemma[1:])
            rest = tokens[k + 1:]
            while rest and rest[0].text[:1].isupper() and (after := next((
                    a for a in rest[0]._.morf if a.pos == "adj" and a.cases & head.cases and a.number == "sg"
                    and "m1" in a.genders), None)) is not None and not _qualifies_next(rest[0], rest[1:2]):
                words.append(adjective_nominative(rest[0].text, after, "sg", "m1"))  # "Prokuratora Generalnego"
                rest = rest[1:]
            return " ".join(words + [x.text + x.whitespace_ for x in rest]).replace("  ", " ").strip()
        if not any(a.pos == "adj" for a in t._.morf):
            return None
    return None


def _coordinated_nouns(tokens: list[Token]) -> str | None:
    """'Prawa i Sprawiedliwości' -> 'Prawo i Sprawiedliwość': two common nouns joined by a conjunction share their
    case, so the case both singulars read in decides each one's reading (the nominative first: as written)."""
    from pipeline.text.inflect import noun_nominative

    words = [t for t in tokens if not t.is_space]
    if len(words) != 3 or words[1].text not in ("i", "oraz") or not all(
            w.text[:1].isupper() and w.text.isalpha() for w in (words[0], words[2])):
        return None
    sides = [[a for a in w._.morf if a.pos == "subst" and a.number == "sg" and not a.names] for w in (words[0], words[2])]
    if not all(sides):
        return None
    shared = set.union(*(set(a.cases) for a in sides[0])) & set.union(*(set(a.cases) for a in sides[1]))
    case = next((c for c in ("nom", "gen", "dat", "inst", "loc", "acc") if c in shared), None)
    if case is None:
        return None
    left, right = (next(a for a in side if case in a.cases) for side in sides)
    return f"{noun_nominative(words[0].text, left)} {words[1].text} {noun_nominative(words[2].text, right)}"


def organization_form(tokens: list[Token], text: str = "") -> str | None:
    """The base form of a name no head-noun rule covers (see the functions above), or None."""
    return _organization_word(tokens) or _role_headed(tokens) or _coordinated_nouns(tokens) \
        or organization_word_base(tokens, text)
