"""A title given by "jako": "X wystąpił jako ekspert Fundacji Y", "X pracuje jako nauczycielka", "Jako prowadząca
wystąpiła X". The noun after "jako" agrees with the subject in the nominative; the clause's verb joins the two.
A title given by an election: "Przewodniczącym zebrania wybrano X", "X został wybrany na sekretarza".
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.role_titles import qualified_title_at
from pipeline.ner.readings import per_readings
from pipeline.text.context import Context

_FINITE = frozenset({"fin", "praet", "bedzie"})
_STOPS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "-", "–", "—"})


def jako_title(ctx: Context, i: int, j: int, h: int) -> tuple[str, int, int] | None:
    """(title, start, after) of the title "jako" gives the name at tokens i..j, or else an election in its clause."""
    return _jako_title(ctx, i, j, h) or elected_title(ctx, i, j, h)


#: Verbs of appointing someone to an office: the office follows in the instrumental or as "na" + accusative.
_ELECTION_VERBS = frozenset({"wybrać", "wybierać", "obrać", "powołać", "mianować"})
#: Verb forms (not the noun "powołania"): "wybrano", "wybrał", "został wybrany", "wybierze".
_VERB_FORMS = frozenset({"fin", "praet", "imps", "ppas", "inf", "bedzie", "impt", "pcon"})


def elected_title(ctx: Context, i: int, j: int, h: int) -> tuple[str, int, int] | None:
    """'Przewodniczącym zebrania wybrano X', 'X został wybrany na sekretarza': in the clause of the name (no
    punctuation between) a verb of election gives the title in the instrumental, or after "na" in the accusative,
    nearest to the name."""
    doc = ctx.light_tokens
    start, end = ctx.sentence_bounds(h)
    lo = h
    while lo > start and doc[lo - 1].text not in _STOPS and "\n" not in doc[lo - 1].whitespace_:
        lo -= 1
    hi = j
    while hi < end and doc[hi].text not in _STOPS and "\n" not in doc[hi - 1].whitespace_:
        hi += 1
    if not any(_election_verb(t._.morf) and doc[t.i + 1].text != "się" for t in doc[lo:hi]):
        return None  # "wybrał się z przewodniczącym": going somewhere, no election
    best = None
    for k in [*range(lo, h), *range(j, hi)]:
        case = "acc" if k > lo and doc[k - 1].text.lower() == "na" else "inst"
        if case == "inst" and k > 0 and any(a.pos == "prep" for a in doc[k - 1]._.morf):
            continue  # "z przewodniczącym": a companion, not the office
        if any(a.pos in ("subst", "adj") and case in a.cases for a in doc[k]._.morf) and (
                best is None or abs(k - i) < abs(best - i)) and _title(doc, k, case) is not None:
            best = k
    if best is None:
        return None
    return _title(doc, best, "acc" if doc[best - 1].text.lower() == "na" else "inst")


def _jako_title(ctx: Context, i: int, j: int, h: int) -> tuple[str, int, int] | None:
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


def _title(doc: list[Token], k: int, case: str = "nom") -> tuple[str, int, int] | None:
    if k >= len(doc) or not any(a.pos in ("subst", "adj", "pact") and case in a.cases and a.number == "sg"
                                for a in doc[k]._.morf):
        return None
    found = qualified_title_at(doc, k)
    return (found[0], k, found[1]) if found else None


def _subject_relative(tok: Token) -> bool:
    return any(a.lemma == "który" and "nom" in a.cases for a in tok._.morf)


@per_readings
def _election_verb(readings: tuple) -> bool:
    """A verb form of appointing ("wybrano", "powołał"), asked of every word of a name's clause."""
    return any(a.lemma in _ELECTION_VERBS and a.pos in _VERB_FORMS for a in readings)


def _finite(tok: Token) -> bool:
    return tok._.analysis is not None and tok._.analysis.pos in _FINITE


def _nominative(name: list[Token]) -> bool:
    """Every word of the name can be a nominative (unknown words can be anything)."""
    for t in name:
        readings = [a for a in t._.morf if a.pos == "subst"]
        if t.is_alpha and readings and not any("nom" in a.cases for a in readings):
            return False
    return True
