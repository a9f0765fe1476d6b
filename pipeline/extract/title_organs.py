"""Title extents made of two nouns or of an organ: a personal noun in apposition ("lekarz koordynator"), a council
named by its members ("członek Rady Ministrów") or belonging to a named body ("Rady Społecznej Szpitala")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.extract.title_words import institution_follows
from pipeline.lexicon.words import HONORIFICS, ORG_HEADS, ROLE_TITLES, first_name, role_title


def personal_apposition(tok: Token, title_tok: Token) -> str | None:
    """'koordynator' in "lekarz koordynator", 'diabetolog' in "specjalista diabetolog": a lower-case personal noun (SGJP's
    m1 gender, or a role title) in the title noun's case and number is its apposition, and the title is both; its base
    form (masculine family) is returned. Pronouns, honorifics and names are not."""
    if not tok.is_alpha or not tok.text[:1].islower() or tok.text.lower() in HONORIFICS:
        return None
    heads = [(a.number, c) for a in title_tok._.morf if a.pos == "subst" for c in a.cases - {"gen", "acc"}]  # a
    # genitive (or the m1 accusative like it) after a title is its complement: "zastępcy prezydenta"
    for a in tok._.morf:
        if a.pos != "subst" or a.names or not any((a.number, c) in heads for c in a.cases):
            continue
        title = role_title(a.lemma, (a,))
        if title is not None or "m1" in a.genders and a.lemma.lower() not in ("pan", "pani"):
            return title or a.lemma.lower()
    return None


def council_of_titles(doc: Doc, j: int) -> bool:
    """'Rady Ministrów': the genitive of 'rada' followed by a capitalised plural genitive of a role title."""
    if j + 1 >= len(doc) or not any(a.pos == "subst" and a.lemma.lower() == "rada" and "gen" in a.cases
                                    for a in doc[j]._.morf):
        return False
    nxt = doc[j + 1]
    return nxt.text[:1].isupper() and any(a.pos == "subst" and a.number == "pl" and "gen" in a.cases
                                          and a.lemma.lower() in ROLE_TITLES for a in nxt._.morf)


def council_of_a_body(doc: Doc, j: int) -> bool:
    """'Rady' (or 'rady') followed by the genitive of a body's head or by an acronym: the council is part of the
    title ("członek rady Fundacji X", "Przewodnicząca Rady Federacji Y")."""
    if not any(a.pos == "subst" and a.lemma.lower() == "rada" and "gen" in a.cases for a in doc[j]._.morf):
        return False
    k = j + 1
    while k < min(len(doc) - 1, j + 3) and doc[k].text[:1].isupper() and not doc[k].text.isupper() and any(
            a.pos == "adj" and "gen" in a.cases for a in doc[k]._.morf) and not any(
            a.pos == "subst" and not a.names for a in doc[k]._.morf):
        k += 1  # "rady Śląskiej Federacji X": the body's capitalised adjectives before its head
    nxt = doc[k] if k < len(doc) else None
    if nxt is None or not nxt.text[:1].isupper() or k > j + 1 and not _agree(doc[k - 1], nxt):
        return False  # "Rady Społecznej Szpitala": the adjective names the council, an organ (`organ_of_a_body`)
    return (nxt.text.isupper() and len(nxt.text) >= 2) or any(
        a.pos == "subst" and "gen" in a.cases and a.lemma.lower() in ORG_HEADS - {"rada"} for a in nxt._.morf) \
        and not _plural_by_adjective(doc, k + 1)


def _agree(adjective: Token, noun: Token) -> bool:
    return any(a.pos == "adj" and n.pos == "subst" and a.cases & n.cases and a.number == n.number
               and a.genders & n.genders for a in adjective._.morf for n in noun._.morf)


def _plural_by_adjective(doc: Doc, k: int) -> bool:
    """'Pozarządowych' in "Rady Organizacji Pozarządowych": a genitive adjective that is plural only makes the noun
    before it a kind of bodies (the council's members), not one body the council belongs to."""
    adjectives = [a for a in doc[k]._.morf if a.pos == "adj" and "gen" in a.cases] if k < len(doc) else []
    return bool(adjectives) and all(a.number == "pl" for a in adjectives)


#: Collegial organs of a body, named by which of its organs they are: "Rada Społeczna", "Zgromadzenie Ogólne".
ORGANS = frozenset({"rada", "zarząd", "komisja", "kapituła", "zgromadzenie", "sztab", "komitet", "kolegium"})


def organ_of_a_body(doc: Doc, j: int) -> bool:
    """'Rady Społecznej Szpitala', 'Zgromadzenia Ogólnego Krajowej Rady X', 'Sztabu Generalnego WP': an organ's genitive
    with the agreeing adjective that names it, then the body it belongs to (an institution's head or an acronym): the
    organ is the title's, as a council of a body ("członek rady naukowej Uniwersytetu X", written in lower case too),
    and the body the institution."""
    if j + 2 >= len(doc):
        return False
    organs = [a for a in doc[j]._.morf if a.pos == "subst" and "gen" in a.cases and a.lemma.lower() in ORGANS]
    if organs and doc[j].text.islower() and doc[j + 1].text.islower() and first_name(doc[j + 2]) is not None:
        # "członek rady naukowej Jan Kos (Uniwersytet X)": a lower-case organ named by its adjective right before
        # the holder's name is the title's, whatever body the text names elsewhere
        return any(a.pos == "adj" and "gen" in a.cases and a.number == o.number and a.genders & o.genders
                   for a in doc[j + 1]._.morf for o in organs)
    adj, body = doc[j + 1], doc[j + 2]
    if not organs or adj.text[:1].isupper() != doc[j].text[:1].isupper() or adj.text.isupper() \
            or not body.text[:1].isupper() or any(a.pos == "subst" or a.names for a in adj._.morf):
        return False
    if not any(a.pos == "adj" and "gen" in a.cases and a.number == o.number and a.genders & o.genders
               for a in adj._.morf for o in organs):
        return False
    return (body.text.isupper() and len(body.text) >= 2) or institution_follows(doc, j + 1) \
        and not _plural_by_adjective(doc, j + 3)  # "Rady Powiatowej Organizacji Pozarządowych": a council of a kind


def body_adjective(tok: Token, title: Token) -> bool:
    """'Naczelnej' in "prezes Naczelnej Rady Lekarskiej": a capitalised rank adjective that agrees with the capitalised
    noun after it and not in gender with the title's declined readings opens a body's name ("Dyrektora Naczelnego
    Szpitala" may be both; a woman's indeclinable "prezes" agrees with any adjective)."""
    doc, j = tok.doc, tok.i
    if not tok.text[:1].isupper() or j + 1 >= len(doc) or not doc[j + 1].text[:1].isupper():
        return False
    adjectives = [a for a in tok._.morf if a.pos == "adj"]
    nouns = [a for a in doc[j + 1]._.morf if a.pos == "subst"]
    title_genders = {g for a in title._.morf if a.pos in ("subst", "adj") and a.number for g in a.genders}  # declined
    agrees = [a for a in adjectives if any(a.cases & n.cases and a.genders & n.genders and a.number == n.number
                                           for n in nouns)]
    return bool(agrees) and not any(a.genders & title_genders for a in agrees)


#: Rank adjectives written after a title that belong to it: "dyrektor generalny", "redaktor naczelny".
TITLE_ADJECTIVES = frozenset({"generalny", "naczelny", "wykonawczy", "honorowy", "zarządzający", "główny", "stały"})


def title_adjective(tok: Token, head: Token) -> bool:
    """A rank adjective agreeing in case with the title (or the title's genitive) right before it."""
    head_cases = {c for a in head._.morf if a.pos in ("subst", "adj") for c in a.cases}
    return any(a.pos == "adj" and a.lemma.lower() in TITLE_ADJECTIVES and a.cases & head_cases for a in tok._.morf) \
        and not body_adjective(tok, head)  # "prezes Naczelnej Rady X": the body's own adjective
