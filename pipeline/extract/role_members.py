"""Members of a body listed after "W skład X weszli:" or "W jej skład weszli:": each listed name is `członek X`
(docs/annotation.md: organs of the event keep the unit word, "członek komitetu organizacyjnego" from the lead
"W skład Komitetu … weszły"; an ad-hoc body's members, 984). A possessive pronoun before "skład" refers back to the
nearest collective body of its gender and number in the sentences before. A jury's members get no title (1056).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.extract.role_orgs import make_role
from pipeline.models import Role
from pipeline.text.context import Context
from pipeline.text.inflect import generate_form

#: Collective bodies whose members the lead lists ("jury" is left out: jurors hold no title).
COLLECTIVES = frozenset({"kapituła", "komisja", "komitet", "rada", "zarząd", "zespół", "prezydium", "kolegium",
                         "sąd"})
_ENTER = frozenset({"wejść", "wchodzić"})


def membership_role(ctx: Context, lead: list[Token]) -> tuple[Role, tuple[int, int] | None] | None:
    """`członek <body>` for the names of a list whose lead (the words before its colon, in one sentence) is "W skład
    <body> weszli …" or "W jej skład weszli …"; None otherwise."""
    doc = ctx.light_tokens
    if not any(a.lemma in _ENTER and a.pos in ("praet", "fin") for t in lead for a in t._.morf):
        return None
    for t in lead:
        if t.text.lower() != "skład" or t.i < 1:
            continue
        k = t.i
        if doc[k - 1].text.lower() == "w" and k + 1 < len(doc):
            words = _body_words(doc, k + 1, "gen")
            return make_role(ctx, f"członek {words}", k + 1, k + 2, until=k + 1) if words else None
        if k >= 2 and doc[k - 2].text.lower() == "w":
            found = _antecedent(doc, doc[k - 1], lead[0].i)
            if found is not None:
                return make_role(ctx, f"członek {found[1]}", found[0], found[0] + 1, until=found[0] + 1)
    return None


def _body_words(doc: Doc, k: int, case: str) -> str | None:
    """'komitetu organizacyjnego' for "Komitetu Organizacyjnego" at k: a collective noun in `case` with the
    adjectives agreeing with it, in the genitive and lower case; None when no collective noun stands at k."""
    head = next((a for a in doc[k]._.morf if a.pos == "subst" and a.lemma.lower() in COLLECTIVES and case in a.cases),
                None)
    if head is None:
        return None
    noun = doc[k].text.lower() if case == "gen" else generate_form(head.lemma.lower(), "subst", "sg", "", "gen")
    if noun is None:
        return None
    words = [noun]
    j = k + 1
    while j < len(doc) and len(words) < 3 and doc[j].is_alpha and any(
            a.pos == "adj" and case in a.cases and a.genders & head.genders and a.number == head.number
            for a in doc[j]._.morf):
        adj = next(a for a in doc[j]._.morf if a.pos == "adj" and case in a.cases)
        form = doc[j].text.lower() if case == "gen" else generate_form(adj.lemma.lower(), "adj", "sg",
                                                                        next(iter(head.genders)), "gen")
        if form is None:
            break
        words.append(form)
        j += 1
    return " ".join(words)


def _antecedent(doc: Doc, pronoun: Token, start: int) -> tuple[int, str] | None:
    """The collective body "jej"/"jego"/"ich" refers to: the nearest collective noun in the nominative before
    `start` (within about two sentences) agreeing with the pronoun in gender and number."""
    readings = [a for a in pronoun._.morf if a.pos == "ppron3" and "gen" in a.cases]
    if not readings:
        return None
    for k in range(start - 1, max(-1, start - 80), -1):
        heads = [a for a in doc[k]._.morf if a.pos == "subst" and a.lemma.lower() in COLLECTIVES and "nom" in a.cases]
        if any(a.number == r.number and a.genders & r.genders for a in heads for r in readings):
            words = _body_words(doc, k, "nom")
            if words:
                return k, words
    return None
