"""Tails of an institution's name the phrase rules would cut (`pipeline.ner.phrase_extent`): a symbol after its last
word ("Klub Senior +"), a capitalised adjective's own noun written in lower case ("Uniwersytet Trzeciego wieku"), and
"w" with a capitalised common noun that names no place after a name with a proper part of its own ("Fundacja Kobieta
w Regionie": a seat would be a town, "w Lipnie")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.lexicon.bodies import BODY_HEADS
from pipeline.lexicon.words import ORG_HEADS, VENUE_HEADS, first_name, is_geographic, noun_lemmas
from pipeline.ner.org_rules import agrees_with, is_adjective

#: Symbols a name may end with: "Klub Senior +", "Studio 60+".
_SYMBOLS = frozenset({"+"})
_VERBAL = frozenset({"fin", "praet", "impt", "inf", "bedzie", "imps", "pcon", "pant", "winien", "aglt"})
#: Heads of bodies and venues: after "w" they open a host or a place, not a name's own words.
_PLACE_OR_BODY = ORG_HEADS | BODY_HEADS | VENUE_HEADS


def name_tail(doc: Doc, j: int, first: int, distinctive: bool) -> int:
    """How many tokens from `j` still belong to the name whose words after its head begin at `first` (0: none)."""
    if j < 1 or j >= len(doc):
        return 0
    if _closing_symbol(doc, j) or first >= 1 and _adjectives_noun(doc[j - 1], doc[j], doc[first - 1]):
        return 1
    if distinctive and j == first + 1 and _named_locative(doc, j):
        return 2  # one proper word and its locative phrase ("Mama w Biznesie"); a longer name ends before "w"
    return 0


def _closing_symbol(doc: Doc, j: int) -> bool:
    """"Klub Senior +": a plus after a capitalised word, with no capitalised word or number after it (a plus between
    two names joins them: "Senior + Junior")."""
    if doc[j].text not in _SYMBOLS or not doc[j - 1].capitalised:
        return False
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    return nxt is None or "\n" in doc[j].whitespace_ or not (nxt.text[:1].isupper() or nxt.text[:1].isdigit())


def _adjectives_noun(adj: Token, tok: Token, head: Token) -> bool:
    """"Trzeciego wieku": a lower-case genitive noun right after a capitalised genitive adjective of the name that
    agrees with it (number, gender) and not with the name's head is that adjective's noun, a complement written in
    lower case; an adjective of the head ("Izba Handlowa młodzież", "Sejmik Dolnego Śląska młodzież") ends the name."""
    if not tok.text[:1].islower() or not adj.capitalised or not is_adjective(adj) or not tok.is_alpha \
            or any(a.pos in _VERBAL for a in tok._.morf) or agrees_with(adj, head, noun_lemmas(head)):
        return False
    return any(a.pos in ("adj", "ppas", "pact") and n.pos == "subst" and not n.names and "gen" in a.cases & n.cases
               and a.number == n.number and (not a.genders or not n.genders or a.genders & n.genders)
               for a in adj._.morf for n in tok._.morf)


def _named_locative(doc: Doc, j: int) -> bool:
    """"w Regionie" after "Fundacja Kobieta": "w" and one capitalised common noun in the locative that is no place,
    no body's or venue's head and no first name, with no capitalised word after it (a place's or a body's name goes
    on: "w Starym Sączu", "w Domu Kultury")."""
    if doc[j].text.lower() not in ("w", "we") or j + 1 >= len(doc) or "\n" in doc[j].whitespace_:
        return False
    word = doc[j + 1]
    after = doc[j + 2] if j + 2 < len(doc) else None
    if not word.capitalised or not word.is_alpha or word.is_sent_start or is_geographic(word) \
            or first_name(word) is not None or noun_lemmas(word) & _PLACE_OR_BODY \
            or after is not None and (after.capitalised or after.text[:1].isdigit()):
        return False
    readings = [a for a in word._.morf if a.pos in ("subst", "depr")]
    return any("loc" in a.cases and not a.names for a in readings)
