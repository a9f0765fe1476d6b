"""Per-token features of a whole document as plain Python lists, computed once.

Extractors that loop over tokens and ask `token._.morf`, `token.text`, `a.pos` or `a.names`
pay for a `Token` and an `Underscore` object per access (the top of the hot-path profile in
BENCHMARKS.md). `token_features(doc)` reads the Doc in bulk instead: the columns are indexed by
token index (`doc[i]` <-> `features.texts[i]`), and the reading-derived sets are computed once
per distinct set of readings (reports repeat their vocabulary), so equal tokens share one
frozenset object.

`Context.features` caches it per document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import IDX, LEMMA, SENT_START
from spacy.tokens import Doc

from pipeline.text.analysis import Analysis, tag_features
from pipeline.text.morphology import _FAST_EXTENSIONS, LAST_READINGS
from pipeline.text.tokenizer import token_columns

_EMPTY: frozenset[str] = frozenset()


@dataclass(frozen=True)
class TokenFeatures:
    """Column `name[i]` describes token `i` of the Doc; all lists have `len(doc)` items.

    Reading-derived columns (`lemmas` ... `geographic`) are over *all* morfeusz2 readings of the
    token (`token._.morf`), not only the chosen one; `lemma` and `tag`/`pos` are the chosen
    reading's (as the `pl_morphology` component set them).

    Only the texts, offsets, spacing, lemmas and sentences are read when the object is made; every
    other column is computed on first access (`__getattr__`) and then kept, so a caller pays only
    for the columns it reads.
    """

    texts: list[str]  #: token text
    starts: list[int]  #: character offset of the token in the Doc's text
    is_space: list[bool]  #: whitespace token
    glued: list[bool]  #: no whitespace after the token
    lemma: list[str]  #: the chosen lemma (`token.lemma_`)
    sentence: list[int]  #: index of the token's sentence (0, 1, ...)
    sentences: list[tuple[int, int]]  #: (start, end) token indices of each sentence
    morfs: list[tuple[Analysis, ...]] = field(repr=False, compare=False)  #: `token._.morf`
    chosen: list[Analysis | None] = field(repr=False, compare=False)  #: `token._.analysis`
    # computed on first access:
    lowers: list[str] = field(init=False, repr=False, compare=False)  #: token text, lower-cased
    ends: list[int] = field(init=False, repr=False, compare=False)  #: character offset just after the token
    tag: list[str] = field(init=False, repr=False, compare=False)  #: the chosen reading's tag ("" without one)
    pos: list[str] = field(init=False, repr=False, compare=False)  #: the chosen reading's part of speech
    lemmas: list[frozenset[str]] = field(init=False, repr=False, compare=False)  #: lemmas of all readings
    lemmas_lower: list[frozenset[str]] = field(init=False, repr=False, compare=False)  #: the same, lower-cased
    pos_set: list[frozenset[str]] = field(init=False, repr=False, compare=False)  #: parts of speech of all readings
    cases: list[frozenset[str]] = field(init=False, repr=False, compare=False)  #: cases of all readings
    names: list[frozenset[str]] = field(init=False, repr=False, compare=False)  #: proper-name categories
    capitalised: list[bool] = field(init=False, repr=False, compare=False)  #: upper-case first, some letter
    all_caps: list[bool] = field(init=False, repr=False, compare=False)  #: two letters or more, all upper-case
    first_name: list[bool] = field(init=False, repr=False, compare=False)  #: a first-name noun reading ("imię")
    surname: list[bool] = field(init=False, repr=False, compare=False)  #: a surname reading ("nazwisko")
    geographic: list[bool] = field(init=False, repr=False, compare=False)  #: a geographic-name reading

    def __len__(self) -> int:
        return len(self.texts)

    def __getattr__(self, name: str):
        """A lazy column (only called when the attribute is not set yet)."""
        compute = _LAZY.get(name)
        if compute is None:
            raise AttributeError(name)
        value = compute(self)
        object.__setattr__(self, name, value)
        return value

    def readings(self) -> list[_Readings]:
        """`_reading_features` of every token (equal readings tuples share one result), kept."""
        cached = self.__dict__.get("_readings")
        if cached is None:
            known = _READINGS_BY_ID
            cached = []
            for m in self.morfs:
                entry = known.get(id(m))
                if entry is None or entry[0] is not m:
                    if len(known) >= _READINGS_BY_ID_MAX:
                        known.clear()
                    entry = known[id(m)] = (m, _reading_features(m))
                cached.append(entry[1])
            object.__setattr__(self, "_readings", cached)
        return cached

    def text_features(self) -> list[tuple[str, bool, bool]]:
        """`_text_features` of every token, kept."""
        cached = self.__dict__.get("_text_feats")
        if cached is None:
            cached = [_text_features(t) for t in self.texts]
            object.__setattr__(self, "_text_feats", cached)
        return cached


_Readings = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], bool, bool, bool]

#: id(readings tuple) -> (the tuple, its features): the tuples come from the analysis cache, so the same
#: object recurs across documents; keeping it in the entry pins its id. Hashing the tuple (as `lru_cache`
#: must) costs more than the features themselves. Bounded: cleared when full.
_READINGS_BY_ID: dict[int, tuple[tuple[Analysis, ...], _Readings]] = {}
_READINGS_BY_ID_MAX = 100_000


@lru_cache(maxsize=100_000)
def _reading_features(analyses: tuple[Analysis, ...]) -> _Readings:
    """(lemmas, lower-cased lemmas, POS set, cases, name categories, first name, surname, geographic)."""
    if not analyses:
        return _EMPTY, _EMPTY, _EMPTY, _EMPTY, _EMPTY, False, False, False
    lemmas = frozenset(a.lemma for a in analyses)
    lowers = frozenset(lemma.lower() for lemma in lemmas)
    pos: set[str] = set()
    cases: set[str] = set()
    names: set[str] = set()
    first = False
    for a in analyses:
        p, c, _number, _genders = tag_features(a.tag)
        pos.add(p)
        cases |= c
        if a.names:
            names.update(a.names)
            if p == "subst" and "imię" in a.names:
                first = True
    return (lemmas, lowers, frozenset(pos), frozenset(cases), frozenset(names), first,
            "nazwisko" in names, "nazwa_geograficzna" in names)


@lru_cache(maxsize=100_000)
def _text_features(text: str) -> tuple[str, bool, bool]:
    """(lower-cased, capitalised, all caps) of a token text."""
    letters = [c for c in text if c.isalpha()]
    capitalised = bool(letters) and text[0].isupper()
    all_caps = len(letters) >= 2 and all(c.isupper() for c in letters)
    return text.lower(), capitalised, all_caps


def _extension_column(doc: Doc, name: str, offsets: list[int], default):
    """token._.<name> of every token, read from doc.user_data where spaCy keeps it (see
    `pipeline.text.morphology`); through `Token._` if this spaCy stores it elsewhere."""
    if _FAST_EXTENSIONS:
        get = doc.user_data.get
        return [get(("._.", name, offset, None), default) for offset in offsets]
    values = [getattr(tok._, name) for tok in doc]
    return [default if v is None else v for v in values]


def token_features(doc: Doc) -> TokenFeatures:
    """`TokenFeatures` of `doc` (an empty Doc gives empty lists); most columns are computed on first use."""
    n = len(doc)
    if n:
        texts, is_space, glued = token_columns(doc)
        offsets, lemma_ids, sent_flags = doc.to_array([IDX, LEMMA, SENT_START]).T.tolist()
    else:
        texts, is_space, glued, offsets, lemma_ids, sent_flags = [], [], [], [], [], []
    strings = doc.vocab.strings
    starts_at = [i for i in range(n) if i == 0 or sent_flags[i] == 1]
    sentences = list(zip(starts_at, [*starts_at[1:], n], strict=True)) if n else []
    sentence: list[int] = []
    for k, (start, end) in enumerate(sentences):
        sentence.extend([k] * (end - start))
    last = LAST_READINGS[0]
    if last is not None and last.doc() is doc and last.length == n and last.lemma_ids == lemma_ids:
        lemma, morfs, chosen = last.lemmas, last.morfs, last.chosen  # what the morphology just wrote
    else:
        lemma = [strings[h] if h else "" for h in lemma_ids]
        morfs = _extension_column(doc, "morf", offsets, ())
        chosen = _extension_column(doc, "analysis", offsets, None)
    return TokenFeatures(
        texts=texts,
        starts=offsets,
        is_space=is_space,
        glued=glued,
        lemma=lemma,
        sentence=sentence,
        sentences=sentences,
        morfs=morfs,
        chosen=chosen,
    )


def _tags(f: TokenFeatures) -> list[str]:
    return [a.tag if a is not None else "" for a in f.chosen]


def _reading_column(k: int):
    return lambda f: [r[k] for r in f.readings()]


def _text_column(k: int):
    return lambda f: [t[k] for t in f.text_features()]


_LAZY = {
    "lowers": _text_column(0),
    "capitalised": _text_column(1),
    "all_caps": _text_column(2),
    "ends": lambda f: [o + len(t) for o, t in zip(f.starts, f.texts, strict=True)],
    "tag": _tags,
    "pos": lambda f: [tag_features(t)[0] if t else "" for t in f.tag],
    "lemmas": _reading_column(0),
    "lemmas_lower": _reading_column(1),
    "pos_set": _reading_column(2),
    "cases": _reading_column(3),
    "names": _reading_column(4),
    "first_name": _reading_column(5),
    "surname": _reading_column(6),
    "geographic": _reading_column(7),
}
