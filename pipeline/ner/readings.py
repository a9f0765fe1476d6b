"""Facts of a token's readings computed once per readings tuple, and facts of a document once per document.

The morfeusz2 readings of a word form (`tok._.morf`) come from the analysis cache, so one tuple object stands for
every occurrence of the form, in every document. A fact the rules derive from the readings alone (which lemmas of
which parts of speech, whether one is a sport's) is therefore kept by the tuple's identity: hashing the tuple, as
`functools.lru_cache` must, costs more than most facts themselves. Each entry keeps its tuple, so the id cannot be
reused while the entry lives; a cache is cleared when it grows large (bounded whatever the input). A rule that scans
a whole document reads the values of all its tokens at once (`.column`).

A fact of a whole document that several rules ask (`per_document`) is kept for the last few documents, by their spaCy
Doc, whether it is asked on the Doc or on its light tokens; a fact of one position in the tokens (`per_position`) for
the last token sequence asked.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from pipeline.text.analysis import Analysis
from pipeline.text.light import LightToken

T = TypeVar("T")

_MAX_ENTRIES = 50_000
_MAX_DOCUMENTS = 8


def per_readings(fn: Callable[[Any], T]) -> Callable[[Any], T]:
    """`fn(readings)`, remembered by the identity of the readings tuple; `.column(toks)` gives the values of a
    list of tokens (a document's) in one comprehension, without a call per token."""
    values: dict[int, T] = {}
    pinned: dict[int, Any] = {}  # the tuples themselves: while one is kept its id cannot stand for another

    def cached(readings: Any) -> T:
        try:
            return values[id(readings)]
        except KeyError:
            pass
        value = fn(readings)
        if len(values) >= _MAX_ENTRIES:
            values.clear()
            pinned.clear()
        values[id(readings)] = value
        pinned[id(readings)] = readings
        return value

    def column(toks: Sequence[Any]) -> list[T]:
        if not toks or type(toks[0]) is not LightToken:
            return [cached(tok._.morf) for tok in toks]
        try:
            return [values[id(tok.morf)] for tok in toks]
        except KeyError:  # a word form not seen yet
            return [cached(tok.morf) for tok in toks]

    cached.__doc__ = fn.__doc__
    cached.__name__ = fn.__name__
    cached.__wrapped__ = fn  # type: ignore[attr-defined]
    cached.column = column  # type: ignore[attr-defined]
    return cached


def per_word_readings(fn: Callable[[str, Any], T]) -> Callable[[str, Any], T]:
    """`fn(word, readings)` of a word form as written and its readings tuple, remembered by the word and the
    tuple's identity (the tuple kept with the value); bounded like `per_readings`. Only for readings tuples that
    live on (a token's `_.morf`), not for tuples made for one call."""
    cache: dict[tuple[str, int], tuple[Any, T]] = {}

    def cached(word: str, readings: Any) -> T:
        entry = cache.get((word, id(readings)))
        if entry is not None:
            return entry[1]
        value = fn(word, readings)
        if len(cache) >= _MAX_ENTRIES:
            cache.clear()
        cache[word, id(readings)] = (readings, value)
        return value

    cached.__doc__ = fn.__doc__
    cached.__name__ = fn.__name__
    cached.__wrapped__ = fn  # type: ignore[attr-defined]
    return cached


def per_document(fn: Callable[[Sequence[Any]], T]) -> Callable[[Sequence[Any]], T]:
    """`fn(tokens)` of a whole document (its spaCy Doc, or its light tokens), remembered by the Doc: weakly, so no
    document is kept alive by the cache. Tokens of a part of a document are answered anew."""
    cache: dict[int, tuple[weakref.ref, T]] = {}

    def cached(doc: Sequence[Any]) -> T:
        whole = doc[0].doc if len(doc) else None
        if whole is None or len(whole) != len(doc):
            return fn(doc)
        entry = cache.get(id(whole))
        if entry is not None and entry[0]() is whole:
            return entry[1]
        value = fn(doc)
        if len(cache) >= _MAX_DOCUMENTS:
            cache.clear()
        cache[id(whole)] = (weakref.ref(whole), value)
        return value

    cached.__doc__ = fn.__doc__
    cached.__name__ = fn.__name__
    cached.__wrapped__ = fn  # type: ignore[attr-defined]
    return cached


def per_position(fn: Callable[[Any, int], T]) -> Callable[[Any, int], T]:
    """`fn(tokens, i)`, a fact of the token at i in its document (the title or the honorifics starting there),
    remembered for the last token sequence asked: the rules around each name ask the same positions again and
    again. The sequence is kept (so its identity stands for it) until another is asked; `fn` must read nothing
    but the tokens, which are read-only (light tokens, a Doc), and give a value no caller changes."""
    last: list[tuple[Any, dict[int, T]]] = [(None, {})]

    def cached(doc: Any, i: int) -> T:
        seen, memo = last[0]  # one read: another thread's document replaces the pair, never half of it
        if seen is not doc:
            memo = {}
            last[0] = (doc, memo)
        try:
            return memo[i]
        except KeyError:
            value = memo[i] = fn(doc, i)
            return value

    cached.__doc__ = fn.__doc__
    cached.__name__ = fn.__name__
    cached.__wrapped__ = fn  # type: ignore[attr-defined]
    return cached


@per_document
def capitalised_indices(doc: Sequence[Any]) -> list[int]:
    """The indices of the capitalised words (`lexicon.words.is_capitalised`): the name rules start only at one, and
    jump from one to the next instead of stepping over every other token."""
    if doc and type(doc[0]) is LightToken:
        return [k for k, tok in enumerate(doc) if tok.capitalised]
    from pipeline.lexicon.words import is_capitalised

    return [k for k, tok in enumerate(doc) if is_capitalised(tok)]


def token_readings(tok: Any) -> tuple[Analysis, ...]:
    """`tok._.morf` of a light token (its slot) or of a spaCy Token."""
    return tok.morf if type(tok) is LightToken else tok._.morf
