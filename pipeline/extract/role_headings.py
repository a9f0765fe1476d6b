"""A one-word list heading naming people by what they do ("Rozgrywający: A, B", "Środkowi: C", "Bramkarze: D"):
the plural masculine-personal (SGJP m1) form of an active participle, of a relational adjective in -owy or of
an agent noun gives every listed name its singular masculine base form as the title, as "Prowadzący:" does.
Qualities and states ("Obecni:", "Chętni:", "Najlepsi:", "Zaproszeni:") name no function and give none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.extract.professions import masculine_profession
from pipeline.lexicon.words import first_name


def heading_title(doc: Doc, k: int) -> str | None:
    """The title the heading word at k (the word right before a list's colon) gives the names it leads, or None."""
    tok = doc[k]
    if k + 1 >= len(doc) or doc[k + 1].text != ":" or not tok.is_alpha or not tok.text[:1].isupper():
        return None
    if not _stands_alone(doc, k) or first_name(tok) is not None:
        return None  # "Nasi Rozgrywający:", "Zaproszeni goście:": a phrase, not a one-word heading
    readings = [a for a in tok._.morf if not a.names]
    if any(a.pos in ("ppas", "praet", "fin") for a in readings):
        return None  # "Wyróżnieni:", "Pozostali:": a state or a verb, no function
    for a in readings:
        if a.number != "pl" or "nom" not in a.cases or "m1" not in a.genders:
            continue
        if a.pos == "pact":
            return tok.text.lower()  # "Atakujący": the plural m1 participle is the singular masculine form
        if a.pos == "adj" and a.tag.endswith(":pos") and a.lemma.lower().endswith("owy"):
            return a.lemma.lower()  # "Środkowi" -> "środkowy", "Skrzydłowi" -> "skrzydłowy"
        if a.pos == "subst" and masculine_profession(a.lemma.lower()):
            return a.lemma.lower()  # "Bramkarze" -> "bramkarz"
    return None


def _stands_alone(doc: Doc, k: int) -> bool:
    """The heading word opens its line or follows punctuation, a number or a closing quote (a list run into one
    paragraph: "… 3:0 Rozgrywający: A „X” B „Y” Atakujący: C"), not a word of its own phrase."""
    if k == 0:
        return True
    prev: Token = doc[k - 1]
    return "\n" in prev.text + prev.whitespace_ or not prev.is_alpha
