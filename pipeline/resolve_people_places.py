"""A title's body read from a place inside its span ("Burmistrz Miasta i Gminy X", "sołtysa Łęki", "burmistrz
Lipna"), when such a place is only a body's seat, and when a body's mention took the holder's name in. Kept apart from `pipeline.resolve_people`, which calls them
while it resolves a role's organization."""

from __future__ import annotations

import re

from pipeline.extract.place_checks import genitive_town
from pipeline.extract.places import PlaceMention
from pipeline.lexicon.words import ORG_HEADS, first_name, noun_lemmas
from pipeline.text.context import Context
from pipeline.text.morphology import analyse


def seat_of_a_body(ctx: Context, start: int, place_start: int) -> bool:
    """'kierownik projektu Centrum Rozwoju X w Warszawie': a capitalised institution head before the place makes
    the place its seat; the body is the organization, not the town."""
    span = ctx.doc.char_span(start, place_start, alignment_mode="contract") if place_start > start else None
    return any(t.text[:1].isupper() and noun_lemmas(t) & ORG_HEADS for t in span or ())


#: a title's unit written with its unit word before the name: "Burmistrz Miasta i Gminy X" -> "Miasto i Gmina X"
#: (docs/annotation.md: a title naming the unit takes the unit, written as a body)
#: Also in the nominative, where a list or a table's cell names the body by itself ("skarbnik | Gmina Dębina").
_UNIT_BEFORE = re.compile(r"^\s*(?:w\s+)?(?P<unit>Miasta\s+i\s+Gminy|Gminy\s+i\s+Miasta|Miasta|Gminy\s+Miejskiej|Gminy|Powiatu|"
                          r"Województwa|Miasto\s+i\s+Gmina|Gmina\s+i\s+Miasto|Miasto|Gmina\s+Miejska|Gmina|Powiat|"
                          r"Województwo)\s+$", re.IGNORECASE)  # "wójt gminy Wisznice" → "Gmina Wisznice"
_UNIT_BODY = {"miasta i gminy": "Miasto i Gmina", "gminy i miasta": "Gmina i Miasto", "miasta": "Miasto",
              "gminy miejskiej": "Gmina Miejska", "gminy": "Gmina", "powiatu": "Powiat", "województwa": "Województwo",
              "miasto i gmina": "Miasto i Gmina", "gmina i miasto": "Gmina i Miasto", "miasto": "Miasto",
              "gmina miejska": "Gmina Miejska", "gmina": "Gmina", "powiat": "Powiat", "województwo": "Województwo"}


def unit_body(before: str, place: PlaceMention) -> str | None:
    """The unit a title's words name with its place ("Z-ca Burmistrza Miasta Sochaczew" -> "Miasto Sochaczew",
    "Burmistrz Miasta i Gminy X" -> "Miasto i Gmina X"), as a body; None when the title gives the place alone
    ("burmistrz Sochaczewa")."""
    if place.kind == "region":  # the region's mention begins with its own unit word: "Gminy X", "Powiatu Y"
        before += place.mention.text.split(" ", 1)[0] + " "
    m = _UNIT_BEFORE.match(before)
    if m is None:
        return None
    unit = _UNIT_BODY[" ".join(m["unit"].lower().split())]
    name = place.name.split(" ", 1)[1] if place.kind == "region" and " " in place.name else place.name
    if unit in ("Powiat", "Województwo"):
        if place.kind != "region":
            return None
        name = "-".join(part.capitalize() for part in name.split("-"))
    return f"{unit} {name}"


def genitive_of_named_place(ctx: Context, start: int, end: int, place_mentions: list[PlaceMention]) -> str | None:
    """One capitalised word after a title, read as the genitive of a place the report names elsewhere: "Łęki" may
    be "Łęki" or the genitive of "Łęka"; the report's "w Łęce" settles it."""
    words = ctx.text[start:end].split()
    if len(words) != 1 or not words[0][:1].isupper():
        return None
    names = {m.name for m in place_mentions}
    lemmas = {a.lemma for a in analyse(words[0]) if a.pos == "subst" and "gen" in a.cases
              and "nazwa_geograficzna" in a.names}
    found = sorted(lemmas & names)
    return found[0] if len(found) == 1 else None


def unit_of_town(ctx: Context, start: int, end: int) -> str | None:
    """"Burmistrz Miasta Lipna", "burmistrz Lipna" with no place found for the town: the town's base form by the
    register (a noun names the title's unit: "prezydent Katowic" → Katowice)."""
    from pipeline.lexicon.places import is_known_locality, locality_base

    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span or () if not t.is_space]
    if len(words) == 1 and words[0].text[:1].isupper() and not noun_lemmas(words[0]) & ORG_HEADS \
            and not (words[0].text.isupper() and len(words[0].text) <= 4) and any(  # "KUL": an acronym
            a.pos == "subst" and "gen" in a.cases and "nazwa_geograficzna" in a.names for a in words[0]._.morf):
        town = locality_base(words)  # "burmistrz Lipna": the town's genitive, though "Lipna" also reads as an adjective
        town = genitive_town(words[0], town)
        return town if town and is_known_locality(town) else None
    if len(words) < 2 or words[0].text not in ("Miasta", "Gminy") or not all(t.text[:1].isupper() for t in words[1:]):
        return None
    town = locality_base(words[1:])
    return f"{_UNIT_BODY[words[0].text.lower()]} {town}" if town and is_known_locality(town) else None


def holder_swallowed(ctx: Context, end: int, mention_end: int) -> bool:
    """An organization mention that runs past the title's span into a first name with a capitalised word after it
    ("proboszcz Parafii pw. Wszystkich Świętych Jan Kos": the name is the title's holder) took the holder's name
    into the body's; the title's own words give the body instead."""
    span = ctx.doc.char_span(end, mention_end, alignment_mode="expand") if mention_end > end else None
    words = [t for t in span or () if not t.is_space][:2]
    return len(words) == 2 and first_name(words[0]) is not None and words[1].text[:1].isupper()


def bracketed_place(ctx: Context, name_end: int, place_mentions: list[PlaceMention]) -> str | None:
    """"sołtys Jan Kos (Lipno)", "burmistrz Anna Lis (Siechnice)": a locality alone in a bracket right after the
    name of a local head whose title names no unit is the unit the head serves, as written in its base form."""
    found = re.match(r"[ \t]*\([ \t]*", ctx.text[name_end:name_end + 8])
    if found is None:
        return None
    start = name_end + found.end()
    place = next((m for m in place_mentions if m.mention.start == start and m.kind == "locality"), None)
    closing = re.match(r"[ \t]*\)", ctx.text[place.mention.end:place.mention.end + 4]) if place else None
    return place.name if place is not None and closing else None
