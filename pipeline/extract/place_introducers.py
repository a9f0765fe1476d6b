"""What introduces a locality's name that the register knows: a place preposition, a locality noun, a sightseeing
word (over the adjectives of the phrase), or a body's acronym written before its town."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.text.context import Context

#: prepositions after which a capitalised word the register knows is a locality ("z Poręb Dymarskich")
LOCATIVE_PREPOSITIONS = frozenset({"w", "we", "z", "ze", "do", "koło", "k."})
#: nouns that introduce a locality's name in any case: "do miejscowości Kiermusy", "we wsi Poręby"
LOCALITY_NOUNS = frozenset({"miejscowość", "wieś", "miasto", "osada", "sołectwo", "miasteczko"})


#: verbs and nouns of sightseeing whose object is a place visited: "zwiedzili Pakość", "zwiedzanie Torunia"
_SIGHTSEEING = frozenset({"zwiedzić", "zwiedzać", "zwiedzanie", "odwiedzić", "odwiedzać", "odwiedziny"})
_DASHES = frozenset({"-", "–", "—", "‒"})


def introduced_locality(toks: list[Token], k: int) -> bool:
    """The word at `k` stands where a locality's name does: after a place preposition, a locality noun or a
    sightseeing word, over the lower-case adjectives of the same phrase ("z niewielkiego Grabika", "zwiedzanie
    pięknej Pakości"); a locality noun may also take the name after a dash ("najładniejszej wsi opolskiej – X")."""
    j, dash = k - 1, False
    while j > 0 and k - j <= 3 and (toks[j].text in _DASHES and not dash or _lower_adjective(toks[j])):
        dash = dash or toks[j].text in _DASHES
        j -= 1
    before = toks[j]
    if "\n" in before.whitespace_:
        return False
    word = before.text.lower()
    if not dash and (word in LOCATIVE_PREPOSITIONS or before.text[:1].islower() and any(
            a.lemma in _SIGHTSEEING for a in before._.morf if a.pos in ("ger", "fin", "praet", "inf", "subst"))):
        return True
    return before.text[:1].islower() and any(a.lemma in LOCALITY_NOUNS for a in before._.morf if a.pos == "subst")


def after_acronym(ctx: Context, toks: list[Token], k: int) -> bool:
    """"z MKS Wieliczka", "UKS Lipno": a body's town written after its acronym without a preposition, in the
    nominative whatever the case (docs/annotation.md); the last word of the name, outside the page's furniture
    (a photo credit)."""
    before, t = toks[k - 1], toks[k]
    caps = sum(c.isupper() for c in before.text)
    return before.is_alpha and 3 <= len(before.text) <= 6 and caps >= 3 and before.text[-1].isupper() \
        and not set(before.text) <= set("IVXLCDM") and "\n" not in before.whitespace_ \
        and any("nom" in a.cases for a in t._.morf if a.pos == "subst") \
        and not (k + 1 < len(toks) and toks[k + 1].text[:1].isupper() and toks[k + 1].is_alpha) \
        and ctx.furniture_at(t.idx) is None


def _lower_adjective(t: Token) -> bool:
    return t.text[:1].islower() and t.is_alpha and any(a.pos == "adj" for a in t._.morf) \
        and not any(a.pos in ("prep", "subst", "ger") for a in t._.morf)
