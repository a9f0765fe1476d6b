"""The cases a name can stand in, by the word before it that governs it or agrees with it.

A name alone often cannot show its case: "Sebastiana Dyło" is a woman in the nominative or a man in the
genitive (the surname does not decline), "Pawła Świerzko" likewise. The words before it decide:
- a preposition governs a case that is never the nominative ("przez Pawła Świerzko": the accusative);
- a personal (m1) title noun written in an oblique case, with the adjectives that agree with it ("przez
  ratownika medycznego Sebastiana Dyło", "z udziałem szaradzisty Stanisława Bisko"), stands in the name's case,
  in apposition or governing it in the genitive. A woman's masculine title is not declined ("dyrektor Anny
  Kos"), so only a title form that cannot be a nominative tells anything.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.extract.event_roles import honorific_start
from pipeline.lexicon.words import role_title
from pipeline.text.analysis import Analysis
from pipeline.text.morphology import analyse

#: How many agreeing adjectives may stand between a title noun and the name ("ratownika medycznego").
_MAX_ADJECTIVES = 2


def _lower_word(t: object) -> bool:
    text = t.text  # type: ignore[attr-defined]
    return bool(text) and text.isalpha() and text[:1].islower()


def _singular(readings: Sequence[Analysis], pos: str) -> list[Analysis]:
    return [a for a in readings if a.pos == pos and a.number == "sg" and not a.names]


def _title_cases(readings: Sequence[Analysis]) -> frozenset[str] | None:
    """The cases of a personal title noun's singular form when none of them is the nominative (nor a
    reading of another kind of word), else None."""
    if any(a.pos not in ("subst", "depr") for a in readings):
        return None
    personal = [a for a in _singular(readings, "subst") if "m1" in a.genders]
    if not personal or any("nom" in a.cases for a in _singular(readings, "subst")):
        return None
    return frozenset(c for a in personal for c in a.cases) - {"voc"}


def _head_title(light: Sequence[object], k: int) -> int | None:
    """The role noun whose complement the oblique title at k is: right before it ("zastępca wójta") or before the
    preposition it governs ("kandydat na posła"); None when the title stands alone ("przez ratownika")."""
    if k < 1 or not _lower_word(light[k - 1]):
        return None
    readings = light[k - 1]._.morf  # type: ignore[attr-defined]
    if any(a.pos == "subst" and role_title(a.lemma, (a,)) is not None for a in readings):
        return k - 1
    if k < 2 or not any(a.pos == "prep" for a in readings) or not _lower_word(light[k - 2]):
        return None
    return k - 2 if any(_personal(a) for a in light[k - 2]._.morf) else None  # type: ignore[attr-defined]


def _personal(a: Analysis) -> bool:
    """A personal noun: SGJP's m1, or a feminine "-ka" of one ("kandydatka")."""
    if a.pos != "subst" or a.names:
        return False
    return "m1" in a.genders or a.lemma.endswith("ka") and any(
        b.pos == "subst" and "m1" in b.genders for b in analyse(a.lemma[:-2]))


def governed_cases(light: Sequence[object], i: int) -> frozenset[str] | None:
    """The cases the name starting at token i can stand in, by the preposition or oblique personal title right
    before it (past its honorifics, and a title's agreeing adjectives); None when nothing before tells."""
    k = honorific_start(light, i) - 1  # type: ignore[arg-type]
    if k < 0 or not _lower_word(light[k]):
        return None
    readings = light[k]._.morf  # type: ignore[attr-defined]
    preps = [a for a in readings if a.pos == "prep"]
    if preps:
        return frozenset(c for a in preps for c in a.cases) - {"nom", "voc"} or None
    agreed: frozenset[str] | None = None
    for _ in range(_MAX_ADJECTIVES):
        adjectives = _singular(readings, "adj")
        if not adjectives or any(a.pos not in ("adj", "ppas", "pact") for a in readings):
            break
        cases = frozenset(c for a in adjectives if "m1" in a.genders for c in a.cases)
        agreed = cases if agreed is None else agreed & cases
        k -= 1
        if k < 0 or not _lower_word(light[k]):
            return None
        readings = light[k]._.morf  # type: ignore[attr-defined]
    cases = _title_cases(readings)
    if cases is None:
        return None
    head = _head_title(light, k)
    if head is not None:
        # "zastępca wójta Jan Kos", "kandydat na posła Anna Lis": the oblique title is what the title before it
        # governs, not the name's apposition; the name agrees with the head title, if anything
        return _title_cases(light[head]._.morf)  # type: ignore[attr-defined]
    if agreed is not None:
        cases &= agreed
    return cases or None
