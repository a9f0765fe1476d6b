"""Base forms of organization names that no head-noun rule covers: a lone name word in an oblique case
('Bzury' -> 'Bzura', 'Samoobrony' -> 'Samoobrona') and a sports club named by a word and its town
('Orła Parzęczew' -> 'Orzeł Parzęczew', 'Sportingu Gijón' -> 'Sporting Gijón'): the town stays in the
nominative, the club's own word declines.
"""

from __future__ import annotations

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
