"""Two first names that share one surname: "Annę i Artura Bukowskich" (a plural surname), "Anna i Piotr Sowa" (a
singular one the dictionary gives to bearers of both genders). Kept apart from `pipeline.ner.person_rules` (finding
the names) so both stay small.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.lexicon.words import first_name
from pipeline.ner.name_words import surname_candidate
from pipeline.text.name_forms import plural_surname


def shared_family_name(doc: Doc, i: int) -> Token | None:
    """'Annę i Artura Bukowskich', 'Anna i Jan Kowalscy': the plural surname after two coordinated first
    names, which the first of them shares (a surname with a singular reading is the second's alone)."""
    if i + 3 >= len(doc) or doc[i + 1].text not in ("i", "oraz") or first_name(doc[i + 2]) is None:
        return None
    surname = doc[i + 3]
    if not surname_candidate(surname):
        return None
    if plural_surname(surname._.morf) is None and not _shared_singular(doc[i], doc[i + 2], surname):
        return None
    return surname


def _first_name_readings(tok: Token) -> set[tuple[str, str]]:
    """(case, gender) of a first name's singular readings, the gender "f" or "m"."""
    return {(c, "f" if "f" in a.genders else "m") for a in tok._.morf
            if "imię" in a.names and a.pos == "subst" and a.number == "sg" for c in a.cases}


def coordinated_cases(first: Token, second: Token) -> frozenset[str]:
    """The cases two coordinated first names can share ("Barbarze i Leszkowi": the dative only)."""
    return frozenset({c for c, _ in _first_name_readings(first)} & {c for c, _ in _first_name_readings(second)})


def _shared_singular(first: Token, second: Token, surname: Token) -> bool:
    """'Anna i Piotr Sowa', 'Annę i Piotra Sowę', 'Marek i Ewa Kruczek': a singular surname after two first names
    in one case is the couple's when the dictionary gives it, in that case, to a bearer of the first name's gender
    too. A surname inflected as an adjective ("Kowalski") has a form of its own for each gender ("Anna i Piotr
    Kowalscy"), so the singular one is the second name's alone."""
    surnames = {a.lemma.split(":")[0].lower() for a in surname._.morf if "nazwisko" in a.names}
    if any(a.pos == "adj" and a.lemma.split(":")[0] in surnames for a in surname._.morf) \
            or surname.text.lower().endswith(("ski", "cki", "dzki", "ska", "cka")):
        return False
    shared = coordinated_cases(first, second)
    bearers = {(c, "f" if "f" in a.genders else "m") for a in surname._.morf
               if a.pos == "subst" and "nazwisko" in a.names and a.number != "pl" for c in a.cases}
    return any(c in shared and (c, g) in bearers for c, g in _first_name_readings(first))
