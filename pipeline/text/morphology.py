"""Morfeusz2 (SGJP) analyses on spaCy tokens, with a light disambiguation.

This is the hot path: analyses are cached per word form (reports repeat their
vocabulary), and the morfeusz2 instance is created once per process.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import morfeusz2
from spacy.language import Language
from spacy.tokens import Doc, Token

CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")


class Analysis(NamedTuple):
    """One morfeusz2 reading; `names` holds proper-name categories only (imię, nazwisko, ...)."""

    lemma: str
    tag: str
    names: tuple[str, ...]

    @property
    def pos(self) -> str:
        return self.tag.split(":", 1)[0]

    @property
    def cases(self) -> frozenset[str]:
        found: set[str] = set()
        for part in self.tag.split(":")[1:]:
            found.update(c for c in part.split(".") if c in CASES)
        return frozenset(found)

    @property
    def number(self) -> str | None:
        for part in self.tag.split(":")[1:]:
            if part in ("sg", "pl"):
                return part
        return None

    @property
    def genders(self) -> frozenset[str]:
        for part in self.tag.split(":")[1:]:
            bits = part.split(".")
            if all(b in ("m1", "m2", "m3", "f", "n", "n1", "n2", "p1", "p2", "p3") for b in bits):
                return frozenset(bits)
        return frozenset()


_MORFEUSZ: morfeusz2.Morfeusz | None = None


def morfeusz() -> morfeusz2.Morfeusz:
    global _MORFEUSZ
    if _MORFEUSZ is None:
        _MORFEUSZ = morfeusz2.Morfeusz(expand_tags=False, whitespace=morfeusz2.SKIP_WHITESPACES)
    return _MORFEUSZ


def clean_lemma(lemma: str) -> str:
    """Morfeusz marks homonyms as 'luty:S' / 'Tomasz:Sm1'; the part before ':' is the lemma."""
    if ":" in lemma and len(lemma) > 1:
        return lemma.split(":", 1)[0]
    return lemma


@lru_cache(maxsize=300_000)
def analyse(word: str) -> tuple[Analysis, ...]:
    """All analyses of one word form (the first segment of agglutinated forms)."""
    if not word or word.isspace():
        return ()
    try:
        raw = morfeusz().analyse(word)
    except Exception:  # morfeusz rejects a few control characters; treat them as unknown
        return ()
    last_node = max((end for _s, end, _i in raw), default=0)
    if last_node > 1 and not word.endswith(".") and not word.isalpha():
        return ()  # digits and punctuation split into segments: not one word
    out: list[Analysis] = []
    seen: set[tuple[str, str]] = set()
    for start, _end, (_orth, lemma, tag, names, _quals) in raw:
        if start != 0:
            continue
        key = (lemma, tag)
        if key in seen:
            continue
        seen.add(key)
        proper = tuple(n for n in names if n != "nazwa_pospolita")
        out.append(Analysis(clean_lemma(lemma), tag, proper))
    return tuple(out)


def is_known(word: str) -> bool:
    return any(a.pos != "ign" for a in analyse(word))


def name_categories(word: str) -> frozenset[str]:
    return frozenset(n for a in analyse(word) for n in a.names)


# Cases governed by frequent prepositions: a light, reliable disambiguation signal.
PREP_CASES: dict[str, frozenset[str]] = {
    p: frozenset(c.split())
    for p, c in {
        "w": "loc acc", "we": "loc acc", "na": "loc acc", "o": "loc acc", "po": "loc acc",
        "do": "gen", "od": "gen", "ode": "gen", "z": "inst gen", "ze": "inst gen", "dla": "gen",
        "u": "gen", "bez": "gen", "spod": "gen", "podczas": "gen", "wśród": "gen",
        "według": "gen", "obok": "gen", "koło": "gen", "przez": "acc", "przy": "loc",
        "pod": "inst acc", "nad": "inst acc", "przed": "inst acc", "za": "inst acc",
        "między": "inst acc", "pomiędzy": "inst", "ku": "dat", "dzięki": "dat",
    }.items()
}

_POS_PRIOR = {
    "subst": 3.0, "adj": 2.6, "fin": 2.8, "praet": 2.8, "inf": 2.8, "prep": 3.2, "conj": 3.2,
    "comp": 3.0, "qub": 2.4, "adv": 2.5, "ppron3": 2.6, "ppron12": 2.6, "num": 2.4,
    "ger": 1.5, "pact": 2.0, "ppas": 2.2, "pcon": 2.0, "pant": 2.0, "impt": 1.2, "imps": 2.0,
    "bedzie": 2.8, "aglt": 1.0, "brev": 1.0, "interp": 3.0, "depr": 0.5, "burk": 1.0,
    "interj": 1.0, "siebie": 2.5, "winien": 2.0, "pred": 2.0, "xxx": 0.5, "ign": 0.0,
    "adja": 0.8, "adjp": 1.0, "adjc": 1.0, "numcol": 1.0, "dig": 2.0, "romandig": 2.0,
}


def choose(
    analyses: tuple[Analysis, ...], word: str, prev_lower: str | None, sent_start: bool
) -> Analysis | None:
    """Pick one analysis: preposition government, capitalisation and a POS prior."""
    if not analyses:
        return None
    if len(analyses) == 1:
        return analyses[0]
    governed = PREP_CASES.get(prev_lower or "")
    capital = word[:1].isupper()
    best: Analysis | None = None
    best_score = -1e9
    dotted = word.endswith(".")
    for a in analyses:
        score = _POS_PRIOR.get(a.pos, 1.0)
        if dotted and a.pos == "brev":
            score += 3.0
        if governed and a.cases:
            score += 1.5 if a.cases & governed else -1.0
        if a.names:
            if capital and not sent_start:
                score += 1.2
            elif not capital:
                score -= 1.5
        elif capital and not sent_start and a.pos == "subst" and a.lemma[:1].islower():
            score -= 0.3
        if a.lemma[:1].isupper() and not capital:
            score -= 1.0
        if score > best_score:
            best, best_score = a, score
    return best


def _register_extensions() -> None:
    if not Token.has_extension("morf"):
        Token.set_extension("morf", default=())
        Token.set_extension("analysis", default=None)


_register_extensions()


@Language.component("pl_morphology")
def pl_morphology(doc: Doc) -> Doc:
    """Attach morfeusz2 analyses (`token._.morf`), the chosen one, lemma and tag."""
    prev_lower: str | None = None
    for tok in doc:
        if tok.is_space:
            continue
        text = tok.text
        analyses = analyse(text)
        if not analyses and text.endswith(".") and len(text) > 1:
            analyses = analyse(text[:-1])
        chosen = choose(analyses, text, prev_lower, tok.is_sent_start is True)
        tok._.morf = analyses
        tok._.analysis = chosen
        if chosen is not None:
            lemma = chosen.lemma
            if chosen.pos == "ign":
                lemma = text
            tok.lemma_ = lemma
            tok.tag_ = chosen.tag
        else:
            tok.lemma_ = text
        prev_lower = text.lower()
    return doc
