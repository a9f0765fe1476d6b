"""Morfeusz2 (SGJP) readings of single word forms, cached: the hot path of the pipeline.

Analyses are cached per word form (reports repeat their vocabulary; `lru_cache` keeps the
caches bounded whatever the input), tag features are cached per tag, and the morfeusz2
instance is created once per process. Choosing among the readings is `disambiguation`'s.
"""

from __future__ import annotations

import atexit
import threading
from functools import lru_cache
from typing import NamedTuple

import _morfeusz2
import morfeusz2

CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")
_CASE_SET = frozenset(CASES)
_GENDERS = frozenset(("m1", "m2", "m3", "f", "n", "n1", "n2", "p1", "p2", "p3"))


class _Reading(NamedTuple):
    lemma: str
    tag: str
    names: tuple[str, ...]
    pos: str


class Analysis(_Reading):
    """One morfeusz2 reading; `names` holds proper-name categories only (imię, nazwisko, ...). `pos` (the
    tag's first part) is derived from the tag when the reading is made: the rules ask for it constantly."""

    __slots__ = ()

    def __new__(cls, lemma: str, tag: str, names: tuple[str, ...], pos: str | None = None) -> Analysis:
        if pos is None:
            colon = tag.find(":")
            pos = tag if colon < 0 else tag[:colon]
        return super().__new__(cls, lemma, tag, names, pos)

    @property
    def cases(self) -> frozenset[str]:
        return tag_features(self.tag)[1]

    @property
    def number(self) -> str | None:
        return tag_features(self.tag)[2]

    @property
    def genders(self) -> frozenset[str]:
        return tag_features(self.tag)[3]


@lru_cache(maxsize=20_000)
def tag_features(tag: str) -> tuple[str, frozenset[str], str | None, frozenset[str]]:
    """(pos, cases, number, genders) of a morfeusz tag; tags are few, so this is cached."""
    parts = tag.split(":")
    cases: set[str] = set()
    number = None
    genders: frozenset[str] = frozenset()
    for part in parts[1:]:
        bits = part.split(".")
        if part in ("sg", "pl"):
            number = part
        elif not genders and all(b in _GENDERS for b in bits):
            genders = frozenset(bits)
        else:
            cases.update(b for b in bits if b in _CASE_SET)
    return parts[0], frozenset(cases), number, genders


_MORFEUSZ: morfeusz2.Morfeusz | None = None
#: The thread loading the dictionary ahead of the first analysis (`load_in_background`) and what it made.
_LOADING: list[threading.Thread] = []
_LOADED: list[morfeusz2.Morfeusz] = []


def _new_morfeusz() -> morfeusz2.Morfeusz:
    return morfeusz2.Morfeusz(expand_tags=False, whitespace=morfeusz2.SKIP_WHITESPACES)


def load_in_background() -> None:
    """Start creating the morfeusz2 instance in a thread: loading the dictionary (~0.15-0.25 s) runs in C
    without the GIL, so it overlaps the rest of the start-up (building the tokenizer) on another core.
    `morfeusz` waits for it; if the thread failed, it creates the instance itself."""
    if _MORFEUSZ is not None or _LOADING:
        return
    thread = threading.Thread(target=lambda: _LOADED.append(_new_morfeusz()), name="pl-events-morfeusz",
                              daemon=True)
    _LOADING.append(thread)
    thread.start()
    atexit.register(thread.join)  # never exit (C++ static destructors) while the dictionary is still loading


def morfeusz() -> morfeusz2.Morfeusz:
    """The process's one morfeusz2 instance (creating one loads the dictionary)."""
    global _MORFEUSZ
    if _MORFEUSZ is None:
        if _LOADING:
            _LOADING[0].join()  # a thread that did not survive a fork counts as stopped: nothing to wait for
        _MORFEUSZ = _LOADED[0] if _LOADED else _new_morfeusz()
        _LOADED.clear()
    return _MORFEUSZ


def clean_lemma(lemma: str) -> str:
    """Morfeusz marks homonyms as 'luty:S' / 'Tomasz:Sm1'; the part before ':' is the lemma."""
    if ":" in lemma and len(lemma) > 1:
        return lemma.split(":", 1)[0]
    return lemma


# Usage labels of SGJP that mark a reading as unlikely in present-day reports
# ("stoi" is far more often "stać" than the archaeological "stoa").
_RARE_LABELS = frozenset(
    "daw. gwar. kulin. mit. gry archeol. niepopr. muz. rel. filoz. środ. geol. niezal. indyw. mors. "
    "techn. mat. char. karc. łow. myśl. astr. fiz. bud. górn. hut. druk. fot. el. wulg.".split()
)
_MILD_LABELS = frozenset(("pot.", "hom."))


class Readings(tuple):
    """A form's readings with the usage-label penalty of each (`penalties`, in order). The penalty belongs to the
    form's dictionary entry, not to the reading: two forms may give the same (lemma, tag, names) under different
    labels, so a table by reading would keep whichever form came first and make a record depend on the documents
    read before it."""

    penalties: tuple[float, ...]


def readings_with(items: tuple[Analysis, ...] | list[Analysis], penalties: tuple[float, ...]) -> Readings:
    out = Readings(items)
    out.penalties = penalties
    return out


def penalties_of(analyses: tuple[Analysis, ...]) -> tuple[float, ...]:
    """The label penalties of a form's readings (none for readings made elsewhere than `analyse`)."""
    found = getattr(analyses, "penalties", None)
    return found if found is not None else (0.0,) * len(analyses)


#: The dictionary's tags, proper-name categories and label penalties by their morfeusz2 ids: a dict look-up
#: instead of a call into the library (and, for names and labels, a Python wrapper) per reading. Bounded by
#: the dictionary's tagset, whatever the input.
_TAGS: dict[int, tuple[str, str]] = {}  #: tag id -> (tag, its POS)
_NAMES: dict[int, tuple[str, ...]] = {}
_PENALTIES: dict[int, float] = {}


_make_reading = tuple.__new__


def _label_penalty(labels: list[str]) -> float:
    """Penalty of a reading whose dictionary entry carries these usage labels."""
    found = {q for qs in labels for q in qs.split(",")}
    return 1.5 if found & _RARE_LABELS else 0.4 if found & _MILD_LABELS else 0.0


_new_list = _morfeusz2.new_InterpsList
_analyse_into = _morfeusz2._Morfeusz_analyse
_size = _morfeusz2.InterpsList___len__
_item = _morfeusz2.InterpsList___getitem__
_lemma_of = _morfeusz2.MorphInterpretation__lemma_get

#: Longer tokens are not words (no Polish word form comes near); they are not sent to morfeusz2.
MAX_WORD = 64


@lru_cache(maxsize=300_000)
def analyse(word: str) -> tuple[Analysis, ...]:
    """All analyses of one word form (the first segment of agglutinated forms)."""
    if not word or word.isspace() or len(word) > MAX_WORD or (len(word) > 8 and not any(c.isalpha() for c in word)):
        return ()  # morfeusz2 crashes on very long tokens and is quadratic on long digit runs
    engine = morfeusz()._morfeusz_obj
    # the library's C functions directly: morfeusz2's `analyse` wrapper builds a tuple of five fields (three
    # of them calls into the library) for every reading, and even the SWIG classes' `analyse`, list and
    # iterator pay a Python-level call per reading. `found` must outlive `raw`: its items point into it.
    found = _new_list()
    try:
        _analyse_into(engine, word, found)
    except Exception:  # morfeusz rejects a few control characters; treat them as unknown
        return ()
    raw = [_item(found, k) for k in range(_size(found))]
    if not word.isalpha() and not word.endswith(".") and max((i.endNode for i in raw), default=0) > 1:
        return ()  # digits and punctuation split into segments: not one word
    out: list[Analysis] = []
    penalties: list[float] = []
    seen: set[tuple[str, str]] = set()
    for i in raw:
        if i.startNode != 0:
            continue
        lemma = _lemma_of(i)
        tag_id = i.tagId
        tag_pos = _TAGS.get(tag_id)
        if tag_pos is None:
            tag = i.getTag(engine)
            tag_pos = _TAGS[tag_id] = (tag, Analysis("", tag, ()).pos)
        tag, pos = tag_pos
        key = (lemma, tag)
        if key in seen:
            continue
        seen.add(key)
        name_id = i.nameId
        proper = _NAMES.get(name_id)
        if proper is None:
            proper = _NAMES[name_id] = tuple(n for n in i.getName(engine) if n != "nazwa_pospolita")
        # `Analysis.__new__` without the call: the POS is known per tag id
        reading = _make_reading(Analysis, (clean_lemma(lemma), tag, proper, pos))
        labels_id = i.labelsId
        penalty = _PENALTIES.get(labels_id)
        if penalty is None:
            penalty = _PENALTIES[labels_id] = _label_penalty(i.getLabels(engine))
        out.append(reading)
        penalties.append(penalty)
    return readings_with(out, tuple(penalties)) if any(penalties) else tuple(out)


@lru_cache(maxsize=20_000)
def compound_first(word: str) -> tuple[Analysis, ...]:
    """Readings of "biało" in "biało-czerwony": morfeusz gives the adja reading only before a hyphen."""
    extra: list[Analysis] = []
    try:
        raw = morfeusz().analyse(word + "-")
    except Exception:
        raw = []
    for start, _end, (_orth, lemma, tag, _names, _quals) in raw:
        if start == 0 and tag == "adja":
            extra.append(Analysis(clean_lemma(lemma), tag, ()))
    base = analyse(word)
    return readings_with((*extra, *base), (0.0,) * len(extra) + penalties_of(base))
