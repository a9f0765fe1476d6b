"""Organizers the organization extractor did not name, read from the words right after an explicit cue: "zorganizowane
przez Gminę Polanów i Klub Sportowy X", "zorganizowane wspólnie przez samorządy powiatu lipnowskiego i gminy Lipno",
"Współorganizatorami były sołectwa wsi X, Y i Z", "w ramach programu prowadzonego przez Szpitalny Oddział Ratunkowy".

A territorial unit (gmina, powiat, miasto, województwo, sołectwo) is named by its unit word and its name ("Gmina
Polanów", "Powiat Lipnowski": the adjective agrees with the unit); a capitalised name by its own words in the
nominative. A name that reads as a person's ("przez Jana Nowaka") is no organizer (docs/annotation.md: people named as
organizers give null); an official's title before a body stands for it ("Dyrektor Szkoły X"). Where an organization
mention starts at an item, its resolved name is used.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from pipeline.extract.organizer_lists import may_share_case
from pipeline.extract.organizer_names import capitalised_run, name_item
from pipeline.extract.organizer_occasions import earlier_occasion
from pipeline.lexicon.places import locality_base
from pipeline.lexicon.titles import HEAD_TITLES
from pipeline.lexicon.words import ORG_HEADS, first_name, noun_lemmas
from pipeline.text.context import Context
from pipeline.text.inflect import generate_form
from pipeline.text.layout_rules import TRAILING_KINDS

EXTRACTOR = "extract.organizer_phrases"

#: "zorganizowane (wspólnie) przez", "przeprowadzone przez", "z inicjatywy", "staraniem", "Organizatorem był", "w ramach programu
#: prowadzonego przez": the body follows (the mention-level cues of `organizations.organizer_score`).
#: The leading look-ahead names every alternative's first two letters: it matches nothing more or less, but the
#: engine then skips the other characters quickly instead of trying each alternative at each of them.
_ORGANIZER_CUE = re.compile(
    r"(?=[zopwsZOPWS][orOR\st])(?:"
    r"(?<!współ)(?:zorganizowan|organizowan|przeprowadzon)\w*\s+(?:(?:jest|są|był\w*|został\w*|zostan\w*|będzie|będą)\s+)?"
    r"(?:wspólnie\s+)?przez\s+|\bz\s+inicjatywy\s+|\bstarani(?:em|ami)\s+|"
    r"\bw\s+ramach\s+[^.;:\n]{0,50}?\b(?:prowadzon|realizowan)\w*\s+przez\s+|"
    r"(?<!współ)\borganizator(?:em|ami|zy|ka|ką)\s+(?:[^\s.,;:]+\s+){0,3}?(?:był\w*|byli|jest|są|został\w*)\s*:?\s+|"
    r"(?<!współ)\borganizator(?:ów|om|ami|ach|a|owi|em|zy|y)?(?:\s*[-–—:]|\s*,\s*(?:czyli|tj\.)|\s+czyli)\s*)",
    re.IGNORECASE)
#: "Współorganizatorami (dożynek) były", "Współorganizator:": co-organizers follow.
_CO_CUE = re.compile(r"\bwspółorganizator\w*\s+(?:[^\s.,;:]+\s+){0,3}?(?:był\w*|byli|jest|są|został\w*)\s*:?\s+|"
                     r"\bwspółorganizator\w*\s*:\s*", re.IGNORECASE)
#: Territorial units and the grammatical gender of their name's adjective.
_UNITS = {"gmina": "f", "powiat": "m3", "miasto": "n", "województwo": "n", "sołectwo": "n"}
#: Words that stand for a unit's authorities before it: "samorządy powiatu X", "władze gminy Y".
_AUTHORITIES = frozenset({"samorząd", "władza", "władze", "zarząd"})
#: Between coordinated bodies.
_JOINERS = frozenset({",", "i", "oraz"})


@dataclass
class Body:
    name: str
    start: int
    end: int


def _units(tok: Token) -> set[str]:
    return {a.lemma.lower() for a in tok._.morf if a.pos == "subst"} & set(_UNITS)


def _unit_name(ctx: Context, toks: list[Token], k: int, unit: str) -> tuple[str, int] | None:
    """The unit's name from token k: a lower-case adjective agreeing with the unit ("powiatu lipnowskiego" ->
    "Lipnowski") or capitalised words ("gminy Lipno", "wsi Lipno"); (name, index after it)."""
    if k < len(toks) and toks[k].text.islower() and {a.lemma for a in toks[k]._.morf if a.pos == "subst"} == {"wieś"}:
        k += 1  # "sołectwa wsi Lipno"
    if k >= len(toks):
        return None
    t = toks[k]
    if t.text.islower():
        adj = next((a for a in t._.morf if a.pos == "adj"), None)
        if adj is None or unit not in ("powiat", "województwo"):
            return None
        form = generate_form(adj.lemma, "adj", "sg", _UNITS[unit])
        return (form[:1].upper() + form[1:], k + 1) if form else None
    run = capitalised_run(toks, k)
    if not run or first_name(toks[k]) is not None or any(noun_lemmas(x) & ORG_HEADS for x in run):
        return None
    return locality_base(run), k + len(run)


def bodies_after(ctx: Context, pos: int, named_at: Callable[[int], tuple[str, int] | None]) -> list[Body]:
    """The coordinated bodies written from `pos` on: units, capitalised names, and the organization mentions
    `named_at(char)` knows ((resolved name, end) or None). A bare name after a unit takes the same unit
    ("sołectwa wsi X, Y i Z")."""
    toks = ctx.light_tokens  # plain tokens: `ctx.tokens` would make a spaCy Token for every word of the document
    k = bisect_left(ctx.features.starts, pos)
    out: list[Body] = []
    last_unit: str | None = None
    while k < len(toks):
        while k < len(toks) and toks[k].is_space and "\n" not in toks[k].text:
            k += 1
        if k >= len(toks):
            break
        t = toks[k]
        start = t.idx
        known = named_at(start)
        item: tuple[str, int] | None = None
        if known is not None:
            item = known[0], bisect_left(ctx.features.starts, known[1])
            last_unit = None
        else:
            j = k + 1
            while j < len(toks) and toks[j].is_space:
                j += 1
            lemmas = {a.lemma.lower() for a in t._.morf if a.pos == "subst"}
            if j < len(toks) and (lemmas & _AUTHORITIES and t.text.islower() or lemmas & (_AUTHORITIES | HEAD_TITLES)
                                  and named_at(toks[j].idx) is not None):
                k, t = j, toks[j]  # "samorządy powiatu X", "Zarządy Izby X", "Dyrektor Szkoły X": the body for its head
                known = named_at(t.idx)
            units = _units(t)
            if known is not None:
                item = known[0], bisect_left(ctx.features.starts, known[1])
            elif units:
                unit = min(units)
                named = _unit_name(ctx, toks, k + 1 + (1 if k + 1 < len(toks) and toks[k + 1].is_space else 0), unit)
                if named is not None:
                    item = f"{unit.capitalize()} {named[0]}", named[1]
                    plural = any(a.number == "pl" for a in t._.morf if a.pos == "subst")
                    last_unit = unit if plural else None
            elif (back := _back_reference(ctx, toks, k, named_at)) is not None:
                item = back  # "Organizatorem była biblioteka oraz Towarzystwo X": the library named before
            elif last_unit is not None and t.text[:1].isupper() and not t.text.isupper():
                named = _unit_name(ctx, toks, k, last_unit)
                if named is not None:
                    item = f"{last_unit.capitalize()} {named[0]}", named[1]
            else:
                item = name_item(ctx, toks, k)
                last_unit = None
        if item is None:
            break
        name, k = item
        prev = toks[k - 1]
        body = Body(name, start, prev.idx + len(prev.text))
        if not out or may_share_case(ctx, out[-1].start, body.start):  # not "Związek Rolników, Kółek i Organizacji Rolniczych",
            out.append(body)  # the first name's genitive complement going on: the list goes on past it
        k = _skip_joiner(toks, k)
        if k is None:
            break
    return _shared_seat(out)


def _back_reference(ctx: Context, toks: list[Token], k: int,
                    named_at: Callable[[int], tuple[str, int] | None]) -> tuple[str, int] | None:
    """'biblioteka' written in lower case where a body is expected: the one body named earlier whose head is that
    noun ("Biblioteka Publiczna w Lipnie … Organizatorem była biblioteka"); None when no or several bodies fit."""
    t = toks[k]
    lemmas = {a.lemma for a in t._.morf if a.pos == "subst"} & ORG_HEADS
    if not t.text.isalpha() or not t.text.islower() or not lemmas:
        return None
    names = set()
    for j, tok in enumerate(toks[:k]):
        known = named_at(tok.idx)
        if known is not None and any(noun_lemmas(w) & lemmas and w.text[:1].isupper()
                                     for w in toks[j:k] if w.idx < known[1]):
            names.add(known[0])
    end = k + 1
    while end < len(toks) and (toks[end].is_space and "\n" not in toks[end].text or toks[end].text.isalpha()
                               and toks[end].text.islower() and toks[end].text not in _JOINERS
                               and {a.pos for a in toks[end]._.morf} <= {"subst", "adj"}):
        end += 1  # the head's lower-case words: "dom kultury", "biblioteka gminna"
    while toks[end - 1].is_space:
        end -= 1
    return (names.pop(), end) if len(names) == 1 else None


_SEAT_END = re.compile(r"\s(?:w|we)\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*)?$")


def _shared_seat(bodies: list[Body]) -> list[Body]:
    """"przez Szkołę Podstawową i Bibliotekę w Lipnie": a seat written once after coordinated bodies belongs to
    each generic name before it (a name of common words only, docs/annotation.md: seat in the name); a name
    with a proper part ("Fundacja Lipa") keeps no seat."""
    from pipeline.resolve_org_names import names_its_place
    from pipeline.text.morphology import analyse

    seat = _SEAT_END.search(bodies[-1].name) if len(bodies) > 1 else None
    if seat is None:
        return bodies
    for b in bodies[:-1]:
        words = b.name.split()
        if _HAS_SEAT.search(b.name) or not words or any(w.isupper() for w in words) or not all(
                any(a.pos in ("subst", "adj") and not a.names for a in analyse(w)) for w in words) \
                or _apposed_noun(words, analyse) or names_its_place(words):
            continue  # "Filharmonia Częstochowska", "Rada Miasta Piły": already placed
        b.name += seat.group(0)
    return bodies


def _skip_joiner(toks: list[Token], k: int) -> int | None:
    """Past ", ", " i ", " oraz " and a parenthetical between two bodies; None when no joiner follows."""
    seen = False
    while k < len(toks):
        t = toks[k]
        if t.is_space and "\n" not in t.text:
            k += 1
        elif t.text == "(":
            close = next((j for j in range(k, min(len(toks), k + 40)) if toks[j].text == ")"), None)
            if close is None:
                return None
            k = close + 1
        elif t.text.lower() in _JOINERS:
            seen = True
            k += 1
        else:
            break
    return k if seen else None


def cue_bodies(ctx: Context, named_at: Callable[[int], tuple[str, int] | None],
               co: bool = False) -> list[tuple[list[Body], int]]:
    """Every explicit organizer cue (co-organizer cue with `co`) in the body text and the bodies after it:
    [(bodies, cue start)]; none in readers' comments or other articles, nor one said of last year's edition."""
    spans = [(s, e) for s, e in _cue_spans(ctx, co) if ctx.furniture_at(s) not in TRAILING_KINDS
             and not earlier_occasion(ctx, s)]
    return [(bodies, start) for start, end in spans if (bodies := bodies_after(ctx, end, named_at))]


def _cue_spans(ctx: Context, co: bool) -> list[tuple[int, int]]:
    """Where the (co-)organizer cues stand, found once per document (the organizer's two passes read them)."""
    memo = ctx.memo(_cue_spans)
    spans = memo.get(co)
    if spans is None:
        spans = memo[co] = [m.span() for m in (_CO_CUE if co else _ORGANIZER_CUE).finditer(ctx.norm)]
    return spans


def phrase_organizers(ctx: Context, named_at: Callable[[int], tuple[str, int] | None],
                      organizer: str | None) -> tuple[Body | None, list[str]]:
    """(the organizer read after the first organizer cue when `organizer` is None, else None; co-organizers):
    the bodies coordinated after the organizer's cue ("przez X i Y": Y) and those after a co-organizer cue."""
    found: Body | None = None
    co: list[str] = []
    for bodies, _ in cue_bodies(ctx, named_at):
        if organizer is None and found is None:
            found = bodies[0]
        if bodies[0].name == _chosen(organizer, found):
            co += [b.name for b in bodies[1:]]
    for bodies, _ in cue_bodies(ctx, named_at, co=True):
        co += [b.name for b in bodies]
    chosen = _chosen(organizer, found)
    return found, list(dict.fromkeys(n for n in co if n != chosen))


def _chosen(organizer: str | None, found: Body | None) -> str | None:
    return organizer if organizer is not None else found.name if found is not None else None


_CAPITAL_AFTER = re.compile(r"[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]")


def named_lookup(ctx: Context, named: list[tuple[int, int, str, bool]]) -> Callable[[int], tuple[str, int] | None]:
    """char -> (resolved name, end) of the organization mention (start, end, name, is an acronym) starting there;
    an acronym that opens a longer capitalised name ("MKS Orzeł") is left to the phrase reader."""
    at = {start: (name, end) for start, end, name, _ in named}
    acronyms = {start for start, _, _, acronym in named if acronym}

    def lookup(char: int) -> tuple[str, int] | None:
        found = at.get(char)
        if found is not None and char in acronyms and _CAPITAL_AFTER.match(ctx.norm, found[1]):
            return None
        return found
    return lookup


_HAS_SEAT = re.compile(r"\s(?:w|we|z|ze)\s|[\"„”]")


def _apposed_noun(words: list[str], analyse) -> bool:
    """'Lipa' in "Fundacja Lipa": a common noun after the head that stays in the nominative (no genitive or dative
    complement, no adjective, no institutional head) is the body's own name (`org_rules.own_name_word`)."""
    for w in words[1:]:
        if w[:1].isupper() and any(a.pos == "subst" and "nazwa_geograficzna" in a.names and "nom" in a.cases
                                   for a in analyse(w)):
            return True  # "Sołectwo Brzeziny", "Gmina Lipno": a place's name in the nominative is the body's own
        common = [a for a in analyse(w) if not a.names and a.pos not in ("interp", "ign")]
        nouns = [a for a in common if a.pos in ("subst", "depr")]
        if nouns and not any(a.pos in ("adj", "ppas", "pact", "adja") or a.lemma.lower() in ORG_HEADS for a in common) \
                and any("nom" in a.cases for a in nouns) and not any(a.cases & {"gen", "dat"} for a in nouns):
            return True
    return False


def written_seat(ctx: Context, name: str) -> str | None:
    """" w Lipnie" when the organizer's generic name ("Koło Gospodyń Wiejskich", "Wojewódzki Ośrodek Kultury") is
    written elsewhere with a seat right after it ("Koła Gospodyń Wiejskich w Lipnie", "… Kultury (WOK) w Lipnie"):
    the seat belongs to a generic name (docs/annotation.md, seat in the name). Only one seat, a place's name."""
    from pipeline.text.morphology import analyse

    words = name.split()
    if _HAS_SEAT.search(name) or not words or any(w.isupper() for w in words):
        return None
    forms = [frozenset({a.lemma.lower() for a in analyse(w)} | {w.lower()}) for w in words]
    if not all(any(a.pos in ("subst", "adj") and not a.names for a in analyse(w)) for w in words) \
            or _apposed_noun(words, analyse):
        return None  # a proper part ("Fundacja Lipa"): the seat is not part of the name
    f = ctx.features
    n = len(f.texts)

    def skip(j: int) -> int:
        while j < n and f.is_space[j] and "\n" not in f.texts[j]:
            j += 1
        return j

    seats: dict[str, str] = {}
    for k in range(n):
        if not f.capitalised[k] or not f.lemmas_lower[k] & forms[0] and f.lowers[k] not in forms[0]:
            continue
        j = k
        for w in forms:
            j = skip(j)
            if j >= n or not (f.lemmas_lower[j] & w or f.lowers[j] in w):
                break
            j += 1
        else:
            j = skip(j)
            if j < n and f.texts[j] == "(":
                close = next((c for c in range(j, min(n, j + 6)) if f.texts[c] == ")"), None)
                j = skip(close + 1) if close is not None else n
            if j < n and f.lowers[j] in ("w", "we"):
                s = skip(j + 1)
                if s < n and f.capitalised[s] and f.geographic[s] and "loc" in f.cases[s]:
                    seat = ctx.text[f.starts[j]:f.starts[s] + len(f.texts[s])]
                    seats[seat.lower()] = seat
    return " " + next(iter(seats.values())) if len(seats) == 1 else None
