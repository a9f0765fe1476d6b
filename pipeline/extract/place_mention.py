"""A place found in the text, before places are merged into entities."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from spacy.tokens import Token

from pipeline.lexicon.places import COUNTRIES, is_known_locality, register_loaded
from pipeline.lexicon.regions import adjectival_land, is_region
from pipeline.models import Mention
from pipeline.text.context import Context

H = TypeVar("H")

EXTRACTOR = "extract.places"


@dataclass
class PlaceMention:
    name: str
    kind: str
    mention: Mention
    #: other base forms the register knows for the same words ("Żarnowie": Żarnów, Żarnowo), `name` among them
    readings: tuple[str, ...] = ()
    #: False for a unit named inside an office or a body ("Wójt Gminy X"): not a place of the event, but
    #: still the unit a title refers to
    listed: bool = True


def lower_heads(ctx: Context, hint: re.Pattern[str], taken: list[tuple[int, int]], head: Callable[[Token], H | None],
                own: bool = False) -> Iterator[tuple[int, Token, H]]:
    """(index, token, what `head` says of it) for each venue head the text may hold (`hint`, one search of the text
    before any token is read), outside a span the NER already took; `own`: a span that is the head alone does not
    count (the head by itself may have been read as a village, "Grób")."""
    if not hint.search(ctx.norm):
        return
    for k, t in enumerate(ctx.light_tokens):
        found = head(t) if t.is_alpha else None
        if found is not None and not any(s <= t.idx < e and not (own and (s, e) == (t.idx, t.idx + len(t.text)))
                                         for s, e in taken):
            yield k, t, found


def agreeing_words(toks: list[Token], k: int, adjective: Callable[[Token, str, frozenset[str]], str | None],
                   gender: str, cases: frozenset[str], most: int) -> list[str]:
    """The base forms of up to `most` adjectives right after the head at `k` that agree with it in `gender` and
    `cases` ("w zamku krzyżackim", "w kościele parafialnym"), within one line."""
    words: list[str] = []
    j = k + 1
    while j < len(toks) and j - k <= most and "\n" not in toks[j - 1].whitespace_:
        form = adjective(toks[j], gender, cases)
        if form is None:
            break
        words.append(form)
        j += 1
    return words


def place_kind(name: str) -> str:
    """Country, historical region ("Mazowsze", "Dolny Śląsk", "Europa"), a locality the register knows
    (spelt with a hyphen there: "Krynica Zdrój"), else "other" (mountains, lakes, rivers)."""
    if name in COUNTRIES:
        return "country"
    known = not register_loaded() or is_known_locality(name) or " " in name and is_known_locality(name.replace(" ", "-"))
    if is_region(name) and not (known and " " in name) or not known and adjectival_land(name):
        return "region"  # "Mazury" is also a village; "Bukowina Tatrzańska" and "Środa Wielkopolska" are towns
    return "locality" if known else "other"
