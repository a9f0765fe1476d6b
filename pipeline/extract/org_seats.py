"""Seats coordinated after a generic name: "Urzędu Miejskiego z Konina, Słupcy i Koła", "Kół Gospodyń Wiejskich
z: A, B i C". Each locality in the seat's case is the seat of one body of that name; this module finds the
localities and writes each body's name, `organizations` turns them into mentions."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.lexicon.words import is_capitalised, noun_lemmas
from pipeline.text.context import Context

#: Prepositions of a seat, in their plain form, and the case each governs.
SEATS = {"w": "w", "we": "w", "z": "z", "ze": "z"}
_SEAT_CASE = {"w": "loc", "z": "gen"}
#: SGJP marks a locality known only with a qualifier ("Kozakowice" of "Kozakowice Górne") as a name part.
_GEOGRAPHIC = frozenset({"nazwa_geograficzna", "człon_nazwy_geograficznej"})


def listed_seats(ctx: Context, doc: list[Token], after: int, prep: str, stem: str, heads: frozenset[str],
                 separators: tuple[str, ...] = (",", "i", "oraz")) -> list[tuple[str, int, int]]:
    """(name, start, end) of one body of `stem` per locality coordinated from `after` on, in the seat's case; the
    span covers the locality's words."""
    case = _SEAT_CASE[prep]
    out: list[tuple[str, int, int]] = []
    j = after
    while j + 1 < len(doc) and doc[j].text in separators and "\n" not in doc[j - 1].whitespace_:
        j += 1
        if doc[j].text.lower() in (prep, prep + "e"):
            j += 1  # "w Sokółce i w Mońkach"
        if j >= len(doc) or not _seat_word(doc[j], case):
            break
        k = j + 1
        while k < len(doc) and doc[k - 1].whitespace_ == " " and _seat_part(doc[k], case, heads):
            k += 1  # "Godzieszach Wielkich"
        end = doc[k - 1].idx + len(doc[k - 1].text)
        words = ctx.text[doc[j].idx:end]
        out.append((f"{stem} {_preposition(prep, words)} {words}", doc[j].idx, end))
        j = k
    return out


def _seat_part(tok: Token, case: str, heads: frozenset[str]) -> bool:
    """A further word of a seat's name in the seat's case: an adjective ("Wielkich") or a place word ("Zdroju"),
    not a first name that begins a person after the seat ("w Gdyni Jan Kos")."""
    if not is_capitalised(tok) or noun_lemmas(tok) & heads or any("imię" in a.names for a in tok._.morf):
        return False
    return any(case in a.cases and (a.pos == "adj" or _GEOGRAPHIC & set(a.names)) for a in tok._.morf)


def _seat_word(tok: Token, case: str) -> bool:
    """A capitalised locality in the seat's case ("Słupcy" after "z", "Mońkach" after "w"), also one SGJP knows
    only as a part of a longer name ("Kozakowic")."""
    if not is_capitalised(tok) or not tok.is_alpha:
        return False
    return any(case in a.cases and a.pos == "subst" and _GEOGRAPHIC & set(a.names) for a in tok._.morf)


def _preposition(prep: str, word: str) -> str:
    """'ze Słupcy', 'we Wrocławiu': the vocalic form before a cluster that begins like the preposition."""
    low = word.lower()
    like = "sszźż" if prep == "z" else "wf"
    return prep + "e" if len(low) > 1 and low[0] in like and low[1] not in "aąeęioóuy" else prep
