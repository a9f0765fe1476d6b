"""Names the rule NER takes only where a sentence puts a body: heads that too often name something else to start a
name anywhere (`POSITIONAL_HEADS`: "Forum" is also an event, "Fundusz" a source of money), and names with no
institutional head at all whose shape is an institution's (capitalised adjectives around a capitalised noun:
"Pomorska Specjalna Strefa Ekonomiczna", "Polska Macierz Szkolna"). A body's position: the agent after "przez",
the partner after "z" in the instrumental, the genitive after its people ("przedstawiciele X", "prezes X"), the
dative of thanks, the predicate of "organizatorem/partnerem był", the subject of an inviting or organizing verb,
and each further name of a list that one of these opens.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pipeline.lexicon.bodies import POSITIONAL_HEADS
from pipeline.lexicon.words import is_geographic, noun_lemmas
from pipeline.ner.org_rules import FUNDING_LEFT, agrees_with, is_adjective, is_generic, named_by_complement
from pipeline.ner.phrase_extent import phrase_ranges

#: "Organizatorem/Partnerami (festynu) byli", a label "Partnerzy projektu:": the names that follow are bodies in the
#: nominative.
_ROLE_CUE = re.compile(r"\b(?:współ)?(?:organizator|partner|gospodarz|realizator|fundator|inicjator|sponsor)\w*"
                       r"(?:\s+[^\s.,;:]+){0,3}?(?:\s+(?:był\w*|byli|jest|są|został\w*|zostali)\s*:?|\s*:)\s*$",
                       re.IGNORECASE)
#: "zorganizowane przez", "z inicjatywy", "na zaproszenie": the body follows (any case the phrase governs).
_AGENT = re.compile(r"(?:\bprzez|\bz\s+inicjatywy|\bna\s+zaproszenie)\s*$", re.IGNORECASE)
#: Nouns of a body's people and organs before its genitive: "przedstawiciele X", "prezes X", "zarząd X".
_BODY_PEOPLE = frozenset({"przedstawiciel", "przedstawicielka", "reprezentant", "reprezentantka", "pracownik",
                          "pracownica", "członek", "członkini", "prezes", "wiceprezes", "dyrektor", "zarząd",
                          "delegacja", "władza", "koordynator", "koordynatorka", "ekspert", "ekspertka"})
#: Verbs of thanks and giving: the dative after them is a body ("Dziękujemy X", "Podziękowania składamy X").
_THANKS = frozenset({"dziękować", "podziękować", "składać", "złożyć", "przekazać", "przekazywać", "dzięki"})
#: Verbs whose subject acts as a body: "X zaprasza", "X zorganizowało"; not "X odbyło się" (an event).
_ACTING = frozenset({"zapraszać", "zaprosić", "organizować", "zorganizować", "współorganizować", "ogłaszać",
                     "ogłosić", "realizować", "zrealizować", "prowadzić", "przygotować", "przygotowywać"})
_JOINERS = (",", "i", "oraz")
#: Separators of a page's list line ("Partnerzy: A | B / C • D"), joiners only between spaces ("KGW/OSP" is a pair).
_LINE_JOINERS = ("|", "/", "•", "·", ";")
_QUOTES = frozenset({"„", "”", "“", '"', "‘", "’", "«", "»", ",,"})
_INSIDE_NAMES = frozenset({"w", "we", "z", "ze", "im.", "św.", "pw.", "-", "–", "nr", "nr."}) | _QUOTES


def _cases(tok: Token, lemmas: frozenset[str] | None = None) -> set[str]:
    return {c for a in tok._.morf if a.pos in ("subst", "depr") and (lemmas is None or a.lemma.lower() in lemmas)
            for c in a.cases}


def _list_start(doc: Doc, start: int) -> int:
    """The first name of a list of capitalised names that `start` continues ("A, B oraz C"), else `start`."""
    k = start
    while k >= 2 and (doc[k - 1].text in _JOINERS or _line_joiner(doc, k - 1)) and "\n" not in doc[k - 2].whitespace_:
        j = k - 2
        while j > 0 and (doc[j].text[:1].isupper() or doc[j].text in _INSIDE_NAMES or doc[j].text.isdigit()) \
                and start - j < 30 \
                and not doc[j].is_sent_start and "\n" not in doc[j - 1].whitespace_:
            j -= 1
        if not (doc[j + 1].text[:1].isupper() or doc[j + 1].text in _QUOTES) or j + 1 >= k - 1:
            break
        k = j + 1
    return k


def _line_joiner(doc: Doc, k: int) -> bool:
    return doc[k].text in _LINE_JOINERS and bool(doc[k].whitespace_) and bool(doc[k - 1].whitespace_)


def role_listed(doc: Doc, norm: str, start: int) -> bool:
    """The name at token `start` continues a list of names that an organizer's or partner's cue opens
    ("Partnerami byli Klub „X”, Przedszkole nr 2 oraz Gmina Y")."""
    first = _list_start(doc, start)
    return first != start and bool(_ROLE_CUE.search(norm[max(0, doc[first].idx - 90):doc[first].idx]))


def body_position(doc: Doc, norm: str, start: int, head: int, end: int) -> bool:
    """The phrase [start, end) headed at `head` stands where a sentence puts a body (see the module's docstring)."""
    first = _list_start(doc, start)
    listed = first != start
    left = norm[max(0, doc[first].idx - 90):doc[first].idx]
    cases = _cases(doc[head])
    if _ROLE_CUE.search(left) and ("nom" in cases or listed) or _AGENT.search(left):
        return True
    after = doc[end] if end < len(doc) else None
    if doc[start].is_sent_start and after is not None and any(
            a.pos in ("fin", "praet") and a.lemma in _ACTING for a in after._.morf):
        return True
    if first == 0:
        return False
    prev = doc[first - 1]
    if prev.text.lower() in ("z", "ze") and "inst" in cases:
        return True  # "we współpracy z X"; "z X" in the genitive is where money or people come from
    lemmas = {a.lemma.lower() for a in prev._.morf}
    if prev.text[:1].islower() and "gen" in cases and lemmas & _BODY_PEOPLE:
        return True
    return bool(lemmas & _THANKS) and "dat" in cases


def _agreeing_adjective(tok: Token, head: Token, lemmas: frozenset[str]) -> bool:
    return tok.text[:1].isupper() and is_adjective(tok) and agrees_with(tok, head, lemmas)


def shaped_heads(doc: Doc, blocked: set[int]) -> frozenset[str]:
    """Lemmas of capitalised common nouns with an agreeing capitalised adjective on each side, mid-sentence
    ("Pomorska Specjalna Strefa Ekonomiczna", "Polska Macierz Szkolna"): the heads of institution-shaped names; not
    a place's or a person's word ("Nowy Dwór Mazowiecki" is a town)."""
    out: set[str] = set()
    for i in range(1, len(doc) - 1):  # a name's first word may open the sentence
        tok = doc[i]
        if i in blocked or not tok.text[:1].isupper() or not tok.is_alpha or is_geographic(tok):
            continue
        nouns = {a.lemma.lower() for a in tok._.morf if a.pos == "subst" and not a.names}
        if not nouns or any(a.pos in ("adj", "ppas", "pact") for a in tok._.morf):
            continue
        if _agreeing_adjective(doc[i - 1], tok, frozenset(nouns)) and _agreeing_adjective(doc[i + 1], tok, frozenset(nouns)):
            out.update(nouns)
    return frozenset(out)


def positional_names(doc: Doc, norm: str, blocked: set[int]) -> list[tuple[int, int, int]]:
    """(start, head, end) of the names headed by `POSITIONAL_HEADS` or shaped as institutions (`shaped_heads`, three
    words at least) that stand in a body's position, are no kind ("Fundusz Sołecki") nor an ordinal event ("XV
    Forum"), and are no money's source. A head and one genitive ("Kongres Kobiet") is a name mid-sentence only: at a
    sentence's start it may be an event's title ("Forum Biznesu organizuje konferencję")."""
    shaped = shaped_heads(doc, blocked) - POSITIONAL_HEADS
    out: list[tuple[int, int, int]] = []
    for start, head, end in phrase_ranges(doc, norm, POSITIONAL_HEADS | shaped, blocked, with_seat=False):
        if not noun_lemmas(doc[head]) & POSITIONAL_HEADS and not (
                start < head < end - 1 and end - start >= 3 and not noun_lemmas(doc[head]) - shaped):
            continue  # a shaped head keeps its shape: adjectives on both sides
        if is_generic(doc, start, end) and (doc[start].is_sent_start or not named_by_complement(doc, start, head, end)) \
                or not doc[start].text[:1].isupper() \
                or FUNDING_LEFT.search(norm, max(0, doc[start].idx - 60), doc[start].idx) \
                or not body_position(doc, norm, start, head, end):
            continue
        out.append((start, head, end))
    return out


_OPENING_QUOTES = frozenset({"„", '"', "“", "«", ",,"})
_CLOSING_QUOTES = frozenset({"”", '"', "“", "»", "’"})
#: The most words a quoted body's name holds ("„Modry Staw”", "„Przyjaciele Ziemi Lipowskiej”").
_QUOTED_WORDS = 6


def quoted_bodies(doc: Doc, norm: str, blocked: set[int]) -> list[tuple[int, int]]:
    """(start, end) of quoted names with no head noun ("„Modry Staw”") where a body's cue puts them: the nominative
    after "Organizatorem/Partnerami byli" or a label "Partnerzy:", the agent after "przez", and each further name of
    such a list. A quoted name elsewhere may be a title, a song or a band (`ensembles` reads "zespół „X”")."""
    out: list[tuple[int, int]] = []
    n = len(doc)
    for q in range(n - 2):
        if doc[q].text not in _OPENING_QUOTES or q in blocked or not doc[q + 1].text[:1].isupper():
            continue
        close = next((k for k in range(q + 2, min(n, q + 2 + _QUOTED_WORDS)) if doc[k].text in _CLOSING_QUOTES), None)
        if close is None or any(k in blocked or "\n" in doc[k].whitespace_ for k in range(q, close)):
            continue
        first = _list_start(doc, q)
        left = norm[max(0, doc[first].idx - 90):doc[first].idx]
        if _ROLE_CUE.search(left) or first == q and _AGENT.search(left):
            out.append((q, close + 1))
    return out


def positional_heads(tokens: list[Token]) -> frozenset[str]:
    """The head lemma of a `positional_names` phrase for its base form: a positional head, or the first capitalised
    common noun that is no adjective ("Strefa" of "Pomorska Specjalna Strefa Ekonomiczna")."""
    for t in tokens:
        lemmas = noun_lemmas(t) if t.text[:1].isupper() else set()
        if lemmas & POSITIONAL_HEADS:
            return frozenset(lemmas & POSITIONAL_HEADS)
        if lemmas and not any(a.pos in ("adj", "ppas", "pact") for a in t._.morf):
            return frozenset(lemmas)
    return frozenset()
