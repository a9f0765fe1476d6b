"""Several backends at once: their spans are pooled; resolution keeps one span per overlap.

The first backend is trusted as it is (the rules). A span from a later backend (a statistical
model) is kept only where the first named nothing, and only when morphology supports its label,
so that the model adds recall where the rules cannot see without adding the spans it gets wrong
on reports:

* PER: the span carries a first name (SGJP category *imię*) or a capitalised word shaped like
  a surname (category *nazwisko*, or a surname ending), and no institutional head;
* ORG: the span carries an institutional head noun or an acronym;
* LOC: the span has a geographic reading (SGJP *nazwa geograficzna*), resolves in the TERYT
  register, or is a country.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.lexicon.places import COUNTRIES, is_known_locality, locality_base
from pipeline.lexicon.words import NAME_ONLY_HEADS, ORG_HEADS, first_name, is_acronym_word, is_geographic, noun_lemmas
from pipeline.ner.spans import NerBackend, NerSpan
from pipeline.text.context import Context

#: Surname endings that make an unknown capitalised word a likely surname.
SURNAME_ENDINGS = ("ski", "ska", "cki", "cka", "dzki", "dzka", "wicz", "owa", "czyk", "ak", "ek", "ik", "yk", "uk",
                   "ński", "ńska", "iak", "niak", "szyn", "ło", "ło")


class UnionBackend:
    def __init__(self, backends: list[NerBackend]) -> None:
        self.backends = backends
        self.name = "+".join(b.name for b in backends)

    def find(self, ctx: Context) -> list[NerSpan]:
        first, *others = self.backends
        spans = list(first.find(ctx))
        covered = bytearray(len(ctx.norm) + 1)  # characters the first backend already named
        for s in spans:
            covered[s.start:s.end] = b"\x01" * (s.end - s.start)
        for backend in others:
            for s in backend.find(ctx):
                if covered.find(1, s.start, s.end) < 0 and supported(ctx, s):
                    spans.append(s)  # recall where the rules saw nothing, never a rival boundary
        return spans


def _tokens(ctx: Context, span: NerSpan) -> list[Token]:
    chars = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    return [t for t in chars if not t.is_space] if chars is not None else []


def supported(ctx: Context, span: NerSpan) -> bool:
    """Does morphology support the label a model gave this span?"""
    tokens = _tokens(ctx, span)
    if not tokens or not any(t.text[:1].isupper() for t in tokens):
        return False
    heads = ORG_HEADS | NAME_ONLY_HEADS
    if span.label == "PER":
        if any(noun_lemmas(t) & heads for t in tokens):
            return False
        return any(first_name(t) is not None for t in tokens) or any(_surname_like(t) for t in tokens[1:])
    if span.label == "ORG":
        return any(noun_lemmas(t) & heads and t.text[:1].isupper() for t in tokens) or any(
            is_acronym_word(t.text) for t in tokens)
    if span.label == "LOC":
        if any(is_geographic(t) for t in tokens):
            return True
        name = locality_base(tokens)
        return name in COUNTRIES or is_known_locality(name)
    return False


def _surname_like(tok: Token) -> bool:
    if not tok.text[:1].isupper():
        return False
    if any("nazwisko" in a.names for a in tok._.morf):
        return True
    return not tok._.morf and tok.text.lower().endswith(SURNAME_ENDINGS)
