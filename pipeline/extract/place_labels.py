"""The value of a venue field: "Miejsce: „Stara Kuźnia”", "Miejsce spotkania: Biblioteka Gminna", "Gdzie: Rynek w
Lipnie", or the value on the line under a bare "Miejsce:". The label says the value is where the event is held, so
the value is a venue as written (docs/annotation.md, Places: "Czas / Miejsce" lines are event details), whatever the
name recogniser makes of its words: quoted names, one-word names, capitalised generic institutions with no town, a
room with its building and seat ("Sala Lustrzana Pałacu X w Y"), an acronym-headed name whole ("PKZ Dom Kultury X").
Pieces of the value are no places of their own; the seat written "w X" after it stays one (a locality).
A value the register knows as a locality, a region or a country, or that a place rule reads whole, is left to them.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.extract.place_mention import EXTRACTOR, PlaceMention
from pipeline.lexicon.places import COUNTRIES, is_known_locality, register_loaded
from pipeline.lexicon.regions import is_region
from pipeline.lexicon.words import STREET_WORDS, VENUE_HEADS, first_name
from pipeline.text.context import Context
from pipeline.text.light import LightToken

#: "Miejsce:", "Miejsce spotkania:", "Gdzie:", "Lokalizacja:" (not "Adres:" or "Miejscowość:", whose value is an
#: address or a locality), then the value to the line's end (empty when the value stands on the next line)
_LABEL = re.compile(r"^[ \t]*(?:(?:miejsce(?![ \t]+(?:pierwsz|drugi|trzeci|czwart|piąt|szóst|ostatni)\w*)"
                    r"(?:[ \t]+[a-ząćęłńóśźż]+){0,2}|gdzie|lokalizacja)[ \t]*:[ \t]*([^\n]*)|miejsce[ \t]*())$",
                    re.IGNORECASE | re.MULTILINE)  # a bare "Miejsce" line heads its value; "Miejsce pierwsze:" ranks
_NEXT_LINE = re.compile(r"[ \t]*\n\s*([^\n]+)")
#: the heads of a site a lower-case value names ("kościół parafialny", "olsztyński zamek", "ogrody plebańskie"); a room
#: ("sala konferencyjna Urzędu X") or a piece of ground ("teren przy szkole") is descriptive, not listed (812, 820)
_SITE_HEADS = VENUE_HEADS - {"sala", "hala", "plac", "czytelnia", "salonik", "świetlica"} | {
    "grób", "mogiła", "kapliczka", "grota", "kurhan"}  # sites of remembrance a ceremony is held at
_ROMAN = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})  # "Miejsce: I" of a contest
_FUNCTION_WORDS = frozenset({"prep", "adv", "qub", "conj", "comp"})


def _genitive_list(ctx: Context, comma: int) -> bool:
    """The words on both sides of the comma are capitalised genitives: a list of the name's complements or an
    apposition inside it ("Centrum Kultury, Sportu i Rekreacji", "Matki Bożej Bolesnej, Królowej Polski"), not
    the end of the name before an address or a town ("…, ul. Polna 3", "…, Lesko")."""
    toks = ctx.light_tokens
    k = bisect_left(toks, comma, key=lambda t: t.idx)
    if not 0 < k < len(toks) - 1:
        return False
    before, after = toks[k - 1], toks[k + 1]
    return after.capitalised and all(any(a.pos in ("subst", "adj") and "gen" in a.cases for a in t.morf)
                                     for t in (before, after))


def _value_end(ctx: Context, start: int, end: int) -> int:
    """Where the venue's name ends: before a comma outside quotes (an address follows: "…, ul. Polna 3") that joins
    no genitives, and before a closing full stop or semicolon."""
    norm = ctx.norm
    quoted = False
    for k in range(start, end):
        if norm[k] == '"':
            quoted = not quoted
        elif norm[k] == "," and not quoted and not _genitive_list(ctx, k):
            end = k
            break
    while end > start and (norm[end - 1] in ";:" or norm[end - 1] == "." and norm[end - 2:end - 1].islower()
                           and norm[end - 4:end - 1].isalpha()):
        end -= 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    return end


def _values(ctx: Context) -> list[tuple[int, int]]:
    """The character spans of the venue fields' values (once per document)."""
    memo = ctx.memo("label_venues")
    if "all" in memo:
        return memo["all"]
    norm, out = ctx.norm, []
    for m in _LABEL.finditer(norm) if ":" in norm else ():
        start, end = m.span(1) if m.group(1) is not None else m.span(2)
        if start == end and (nxt := _NEXT_LINE.match(norm, end)) is not None:
            start, end = nxt.span(1)  # "Miejsce:" / "Dom Kultury w Lipnie"
        end = _value_end(ctx, start, end)
        if end > start and not ctx.furniture_at(start):
            out.append((start, end))
    memo["all"] = out
    return out


def _words(ctx: Context, start: int, end: int) -> list[LightToken]:
    return [t for t in ctx.light_tokens if start <= t.idx < end and not t.is_space]


def _a_venue_name(ctx: Context, words: list[LightToken], name: str) -> bool:
    """The value can name a venue: not an address, a date or a time, not a place the register knows (the place rules
    read "Miejsce: Lesko"), and a lower-case value opens with a noun or an adjective ("kościół parafialny")."""
    first = words[0]
    if first_name(first) is not None and 1 < len(words) <= 3 and any(
            "nazwisko" in a.names for a in words[-1].morf):
        return False  # "Miejsce: Jan Lis": a person's name (a contest's result), no venue
    if first.text.lower() in STREET_WORDS or first.text[:1].isdigit() or first.text in _ROMAN:
        return False
    if name in COUNTRIES or is_region(name):
        return False
    if len(words) == 1 and not any(a.pos in ("subst", "depr", "ign") for a in first.morf):
        return False  # "Miejsce: Online", "Stacjonarnie": how, not where
    if not first.text[:1].islower():
        return True
    return any(a.pos in ("subst", "depr") and "nom" in a.cases and a.lemma.lower() in _SITE_HEADS
               for t in words[:2] for a in t.morf) and not any(a.pos in _FUNCTION_WORDS for a in first.morf)


def _only_a_locality(words: list[LightToken], name: str) -> bool:
    """A name the register knows whose first word has no common reading: a locality the place rules did not read
    ("Miejsce: Zawadka"), not a venue named by a common word that a village shares ("Rynek", "Wolność")."""
    return register_loaded() and (is_known_locality(name) or is_known_locality(name.replace(" ", "-"))) \
        and not any(not a.names and a.pos != "ign" for a in words[0].morf)


def in_label_value(ctx: Context, start: int, end: int) -> bool:
    """The span lies inside a venue field's value ("Miejsce: OSP w Lipnie"): the value names the venue as written,
    so an institution found there gives no venue of its own (no expanded "Ochotnicza Straż Pożarna w Lipnie")."""
    return any(s <= start and end <= e for s, e in _values(ctx)) and any(
        p.mention.rule == "label_venue" and p.mention.start <= start and end <= p.mention.end
        for p in ctx.memo("label_venues").get("found", ()))


def _seat(ctx: Context, p: PlaceMention, start: int) -> bool:
    """A locality written "w X" inside the value ("Rynek w Lipnie"): the venue's seat, a place of its own."""
    before = [t for t in ctx.light_tokens if start <= t.idx < p.mention.start and not t.is_space]
    return p.kind == "locality" and bool(before) and before[-1].text.lower() in ("w", "we")


def with_label_venues(ctx: Context, found: list[PlaceMention]) -> list[PlaceMention]:
    """`found` with each venue field's value as a venue; the places found inside it other than its seat dropped
    ("Dział", "LGR", "Jordanki" of "CKK Jordanki"). A value some place rule read whole stays as read."""
    venues = []
    for start, end in _values(ctx):
        if any(p.mention.start <= start and end <= p.mention.end for p in found):
            continue  # "Miejsce: Karpacz", "Miejsce: Jasna Góra": a place rule read the value whole
        words = _words(ctx, start, end)
        name = ctx.text[start:end]
        if not words or not _a_venue_name(ctx, words, name):
            continue
        kind = "locality" if _only_a_locality(words, name) else "venue"  # "Miejsce: Wolność" is a venue's name
        venues.append(PlaceMention(name, kind, ctx.mention(start, end, EXTRACTOR, 0.8, "label_venue")))
    ctx.memo("label_venues")["found"] = venues
    if not venues:
        return found
    return [p for p in found if not any(v.mention.start <= p.mention.start and p.mention.end <= v.mention.end
                                        and not _seat(ctx, p, v.mention.start) for v in venues)] + venues
