"""Places of a route: "trasę Dąbrówka – Kamionka – Górki", "na trasie Nowa Wieś – Lipnik", "Trasa: Słowacja –
Węgry – Rumunia". A route writes its stops in the nominative between dashes, with no preposition to cue them, so
the name rules (which want a preposition before a word that is also a common noun: "Gąski", "Orzech") miss them.
The route noun is the cue: each stop the register, the dictionary's geographic names or the country list knows is
a place.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.lexicon.places import COUNTRIES, is_known_locality, locality_base
from pipeline.lexicon.regions import region_of
from pipeline.lexicon.words import is_geographic

#: nouns that open a route's list of stops: "trasa", "szlak" ("szlakiem A – B"), "relacja" ("w relacji A – B")
ROUTE_LEMMAS = frozenset({"trasa", "szlak", "relacja", "marszruta"})
#: what stands between two stops
STOP_SEPARATORS = frozenset({"–", "-", "—", "→", "->", "/"})
#: words of one stop's name at most ("Nowa Kamionka", "Kazimierz Dolny", "Borowa Wola")
STOP_WORDS = 3


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.text.isalpha()


#: lower-case unit nouns that open a stop ("gmina Woźniki", "powiat nowosądecki"): the unit rules name it, but the
#: route goes on after it
UNIT_LEMMAS = frozenset({"gmina", "powiat", "województwo", "obwód", "region", "sołectwo"})


def _stop_end(doc: Doc, i: int) -> int:
    """The end of the stop's name starting at `i`: up to STOP_WORDS capitalised words, an unspaced hyphen joining
    two ("Garbatka-Letnisko"); after a unit noun its adjective too ("powiat nowosądecki")."""
    end = i
    if _unit(doc[i]):
        end += 1
    while end < len(doc) and end - i < STOP_WORDS + 1 and (
            _capitalised(doc[end]) or end > i and _unit(doc[i]) and doc[end].text.isalpha()
            and doc[end].text.islower() and end == i + 1):
        if end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ \
                and not doc[end + 1].whitespace_ and _capitalised(doc[end + 2]):
            end += 3
            continue
        end += 1
    return end


def _unit(tok: Token) -> bool:
    return tok.text.islower() and any(a.lemma in UNIT_LEMMAS and a.pos == "subst" for a in tok._.morf)


def _opens_stop(tok: Token) -> bool:
    return _capitalised(tok) or _unit(tok)


def _is_place(tokens: list[Token]) -> bool:
    name = locality_base(tokens)
    if name in COUNTRIES or is_known_locality(name) or region_of(tokens[0].text) is not None:
        return True
    return len(tokens) == 1 and is_geographic(tokens[0])


#: lower-case words between the route noun and a colon: "Trasa rajdu: A – B", "Szlak naszej wycieczki: A – B"
LABEL_WORDS = 2


def _stops_start(doc: Doc, k: int) -> int:
    """Where the stops begin after the route noun at `k`: right after it, or after its label's colon."""
    for j in range(k + 1, min(k + 2 + LABEL_WORDS, len(doc))):
        if doc[j].text == ":":
            return j + 1
        if not (doc[j].text.isalpha() and doc[j].text.islower()):
            break
    return k + 1


def route_places(doc: Doc, blocked: set[int]) -> list[tuple[int, int]]:
    """Token ranges of the stops of every route the text writes after a route noun."""
    out: list[tuple[int, int]] = []
    n = len(doc)
    for k in range(n - 3):
        if not any(a.lemma in ROUTE_LEMMAS and a.pos == "subst" for a in doc[k]._.morf):
            continue
        i = _stops_start(doc, k)
        stops: list[tuple[int, int]] = []
        while i < n and _opens_stop(doc[i]):
            end = _stop_end(doc, i)
            stops.append((i, end))
            if end + 1 < n and doc[end].text in STOP_SEPARATORS and doc[end - 1].whitespace_ \
                    and _opens_stop(doc[end + 1]):
                i = end + 1
                continue
            break
        if len(stops) < 2:
            continue  # one name after "trasa" is the route's own name ("trasa Bursztynowa"), no list of stops
        out.extend((a, b) for a, b in stops  # a unit's stop is left to the unit rules
                   if not _unit(doc[a]) and not any(t in blocked for t in range(a, b)) and _is_place(list(doc[a:b])))
    return out
