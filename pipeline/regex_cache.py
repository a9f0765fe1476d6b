"""Compiled regular expressions kept from one run to the next.

Compiling the ~400 patterns of a start-up (our rules' module-level patterns, spaCy's tokenizer
prefixes/suffixes/infixes with their large character classes, the libraries' own) costs about a
fifth of the start-up: Python parses each pattern and builds its SRE code again on every start.
The SRE code is plain data (a list of ints), so it is kept in a file and the pattern objects are
rebuilt from it with `_sre.compile`, exactly as `re` builds them, and put in `re`'s own cache:
`re.compile(pattern, flags)` then returns the pattern without parsing it.

It stays correct: an entry is looked up by the pattern's text and flags, so a rule whose pattern
changed misses and is compiled as usual; the file is tied to the interpreter's version and to its
SRE code format (`_sre.MAGIC`), and each entry was checked equal (same code, same flags) to the
pattern `re` compiled before it was written. An unreadable file is ignored and rewritten.

The file lives in the cache directory of `pipeline.user_cache` and is rewritten only when a
start-up compiled patterns the file did not have.
"""

from __future__ import annotations

import marshal
import re
from typing import Any

import pipeline.user_cache as user_cache

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another implementation of Python: no cache
    _sre = None  # type: ignore[assignment]

#: Bump when the layout of an entry changes.
_FORMAT = 1
#: Keys of `re._cache` that the file provided in this process, or that were there before (compiled
#: before `prefill`: not worth a rewrite).
_LOADED: set[tuple[type, Any, int]] = set()
#: A rewrite needs more new patterns than this: a pattern built from a set (`tokenize`'s string
#: prefixes) differs from run to run, and a few edited rules are not worth rewriting the file.
REWRITE_AFTER = 8
#: Whether `prefill` ran (and found `re`'s cache usable).
_STATE: dict[str, bool] = {}


def _tag() -> str:
    return f"{user_cache.INTERPRETER}-{_sre.MAGIC}-{_FORMAT}"


def cache_name() -> str | None:
    """The name of the cache file of this interpreter; None when `re` cannot be given patterns."""
    if _sre is None or not isinstance(getattr(re, "_cache", None), dict):
        return None
    return f"regex-{_tag()}.marshal"


def _build(key: tuple[type, Any, int], entry: tuple[int, list[int], int, dict, tuple]) -> re.Pattern:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(key[1], flags, code, groups, groupindex, indexgroup)


def prefill() -> int:
    """Put the patterns of the cache file in `re`'s cache (before the modules that compile them are
    imported: `pipeline/__init__` calls it when spaCy is first imported); how many were put there."""
    name = cache_name()
    if _STATE or name is None or user_cache.cache_dir() is None:
        return 0
    _STATE["done"] = True
    cache = re._cache  # type: ignore[attr-defined]
    _LOADED.update(cache)
    blob = user_cache.read(name)
    if blob is None:
        return 0
    try:
        data = marshal.loads(blob)
        if data[0] != _tag():
            return 0
        entries = data[1]
    except Exception:  # noqa: BLE001 - a partial or foreign file only means no cache
        return 0
    room = max(0, getattr(re, "_MAXCACHE", 512) - len(cache))
    count = 0
    for (is_bytes, pattern, flags), entry in list(entries.items())[:room]:
        key = (bytes if is_bytes else str, pattern, flags)
        if key in cache:
            continue
        try:
            cache[key] = _build(key, entry)
        except Exception:  # noqa: BLE001 - a bad entry is compiled the usual way instead
            continue
        _LOADED.add(key)
        count += 1
    return count


def _entry(key: tuple[type, Any, int], compiled: re.Pattern) -> tuple | None:
    """The arguments `re` gave `_sre.compile` for this pattern, if rebuilding from them gives an
    equal pattern."""
    pattern, flags = key[1], key[2]
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses marshal refuses
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    entry = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    rebuilt = _build(key, entry)
    if rebuilt != compiled or rebuilt.groupindex != compiled.groupindex:
        return None
    return entry


def save() -> bool:
    """Write the patterns now in `re`'s cache if more than `REWRITE_AFTER` of them were compiled in
    this process (not taken from the file); whether the file was written. Never fails the caller."""
    name = cache_name()
    if not _STATE or name is None:
        return False
    cache = dict(re._cache)  # type: ignore[attr-defined]
    if sum(key not in _LOADED for key in cache) <= REWRITE_AFTER:
        return False
    entries: dict[tuple[bool, Any, int], tuple] = {}
    try:
        for key, compiled in cache.items():
            if key[0] not in (str, bytes) or not isinstance(compiled, re.Pattern) or not isinstance(key[2], int):
                continue
            entry = _entry(key, compiled)
            if entry is not None:
                entries[(key[0] is bytes, key[1], key[2])] = entry
        blob = marshal.dumps((_tag(), entries))
    except Exception:  # noqa: BLE001 - a pattern `re` compiled differently: no cache this time
        return False
    if not user_cache.write(name, blob):
        return False
    _LOADED.update(key for key in cache if (key[0] is bytes, key[1], key[2]) in entries)
    return True
