"""Whether a name is a verb's subject by position: the subject of "Spotkanie prowadziła A" is not the name of a
contrastive clause joined after it ("…, a gościem była B"), whose own verb the tagger may read as a noun, nor a
name far before the verb."""

from __future__ import annotations

from spacy.tokens import Doc


def clause_between(doc: Doc, v: int, i: int) -> bool:
    """'Spotkanie prowadziła A, a gościem była B': a contrastive clause with a verb of its own (any reading: "była"
    also reads as a noun) between the verb and the name after it ends the verb's clause; "a także B" goes on."""
    for k in range(v + 1, i - 1):
        if doc[k].text == "," and doc[k + 1].text.lower() in _CLAUSE_CONJUNCTIONS:
            return any(_verb(t) for t in doc[k + 2:i])
    return False


def _verb(t) -> bool:  # noqa: ANN001 (a plain or a spaCy token)
    """A finite verb: the tagger's choice, or a copula's reading the tagger passed over ("była" read as a noun);
    another word's rare verbal reading ("Młodzi") does not count: "…, a grupę Y – B" shares the lead verb."""
    chosen = t._.analysis
    return (chosen is not None and chosen.pos in ("praet", "fin")) or any(
        a.pos in ("praet", "fin") and a.lemma in _COPULAS for a in t._.morf)


_COPULAS = frozenset({"być", "zostać"})


_CLAUSE_CONJUNCTIONS = frozenset({"a", "zaś", "natomiast", "ale", "lecz"})


def subject_number_fits(verb, i: int) -> bool:  # noqa: ANN001 (a plain or a spaCy token)
    """'prowadziła X' / 'prowadzili X i Y': the verb is finite and the name follows it or precedes it closely."""
    return verb.i < i or verb.i - i <= 4
