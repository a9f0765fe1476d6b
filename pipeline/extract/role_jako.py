"""A title given by "jako": "X wystąpił jako ekspert Fundacji Y", "X pracuje jako nauczycielka", "Jako prowadząca
wystąpiła X". The noun after "jako" agrees with the subject in the nominative; the clause's verb joins the two.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.role_titles import qualified_title_at
from pipeline.text.context import Context

_FINITE = frozenset({"fin", "praet", "bedzie"})
_STOPS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "-", "–", "—"})


def jako_title(ctx: Context, i: int, j: int, h: int) -> tuple[str, int, int] | None:
    """(title, start, after) of the title after "jako" in the clause of the name at tokens i..j (h: the first token of
    its honorifics): after the name and its verb ("X wystąpił jako ekspert"), or opening the clause before the verb
    and the name ("Jako prowadząca wystąpiła X"). The name must read as a nominative subject."""
    doc = ctx.light_tokens
    if not _nominative(doc[i:j]):
        return None
    start, end = ctx.sentence_bounds(h)
    verb = False
    relative = False
    for k in range(j, min(end, j + 12) - 1):  # after the name: its verb, then "jako"
        t = doc[k]
        if k == j and t.text == "," and _subject_relative(doc[k + 1]):
            relative = True  # "X, która pracowała przy budowie jako inspektor nadzoru": the name is its subject
            continue
        if relative and k == j + 1:
            continue
        if t.text in _STOPS or "\n" in t.whitespace_:
            break
        if _finite(t):
            if verb:
                break  # a second verb: another clause
            verb = True
        elif verb and t.text.lower() == "jako":
            return _title(doc, k + 1)
    for k in range(h - 1, max(start, h - 8) - 1, -1):  # before the name: "Jako <title> <verb> <name>"
        t = doc[k]
        if t.text in _STOPS or "\n" in t.whitespace_:
            return None
        if t.text.lower() == "jako" and any(_finite(x) for x in doc[k + 1:h]):
            return _title(doc, k + 1)
    return None


def _title(doc: list[Token], k: int) -> tuple[str, int, int] | None:
    if k >= len(doc) or not any(a.pos in ("subst", "adj", "pact") and "nom" in a.cases and a.number == "sg"
                                for a in doc[k]._.morf):
        return None
    found = qualified_title_at(doc, k)
    return (found[0], k, found[1]) if found else None


def _subject_relative(tok: Token) -> bool:
    return any(a.lemma == "który" and "nom" in a.cases for a in tok._.morf)


def _finite(tok: Token) -> bool:
    return tok._.analysis is not None and tok._.analysis.pos in _FINITE


def _nominative(name: list[Token]) -> bool:
    """Every word of the name can be a nominative (unknown words can be anything)."""
    for t in name:
        readings = [a for a in t._.morf if a.pos == "subst"]
        if t.is_alpha and readings and not any("nom" in a.cases for a in readings):
            return False
    return True
