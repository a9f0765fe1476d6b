"""Facts of a token's readings computed once per readings tuple, not once per token and rule.

The morfeusz2 readings of a word form (`tok._.morf`) come from the analysis cache, so one tuple object stands for
every occurrence of the form, in every document. A fact the rules derive from the readings alone (which lemmas of
which parts of speech, whether one is a sport's) is therefore kept by the tuple's identity: hashing the tuple, as
`functools.lru_cache` must, costs more than most facts themselves. Each entry keeps its tuple, so the id cannot be
reused while the entry lives; a cache is cleared when it grows large (bounded whatever the input).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pipeline.text.analysis import Analysis
from pipeline.text.light import LightToken

T = TypeVar("T")

_MAX_ENTRIES = 50_000


def per_readings(fn: Callable[[Any], T]) -> Callable[[Any], T]:
    """`fn(readings)`, remembered by the identity of the readings tuple."""
    cache: dict[int, tuple[Any, T]] = {}

    def cached(readings: Any) -> T:
        entry = cache.get(id(readings))
        if entry is not None and entry[0] is readings:
            return entry[1]
        value = fn(readings)
        if len(cache) >= _MAX_ENTRIES:
            cache.clear()
        cache[id(readings)] = (readings, value)
        return value

    cached.__doc__ = fn.__doc__
    cached.__name__ = fn.__name__
    cached.__wrapped__ = fn  # type: ignore[attr-defined]
    return cached


def token_readings(tok: Any) -> tuple[Analysis, ...]:
    """`tok._.morf` of a light token (its slot) or of a spaCy Token."""
    return tok.morf if type(tok) is LightToken else tok._.morf


@per_readings
def _noun_lemmas(readings: tuple[Analysis, ...]) -> frozenset[str]:
    return frozenset(a.lemma.lower() for a in readings if a.pos in ("subst", "depr"))


def nouns(tok: Any) -> frozenset[str]:
    """Lower-cased lemmas of the token's noun readings, as `lexicon.words.noun_lemmas` gives them, without a new
    set per call: test them with `isdisjoint` or `&`."""
    return _noun_lemmas(token_readings(tok))
