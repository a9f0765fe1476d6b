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

from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import IDX, LEMMA, SENT_START
from spacy.tokens import Doc

from pipeline.text.analysis import Analysis, tag_features
from pipeline.text.morphology import _FAST_EXTENSIONS
from pipeline.text.segment import token_columns

_EMPTY: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class TokenFeatures:
    """Column `name[i]` describes token `i` of the Doc; all lists have `len(doc)` items.

    Reading-derived columns (`lemmas` ... `geographic`) are over *all* morfeusz2 readings of the
    token (`token._.morf`), not only the chosen one; `lemma` and `tag`/`pos` are the chosen
    reading's (as the `pl_morphology` component set them).
    """

    texts: list[str]  #: token text
    lowers: list[str]  #: token text, lower-cased
    starts: list[int]  #: character offset of the token in the Doc's text
    ends: list[int]  #: character offset just after the token
    is_space: list[bool]  #: whitespace token
    glued: list[bool]  #: no whitespace after the token
    lemma: list[str]  #: the chosen lemma (`token.lemma_`)
    tag: list[str]  #: the chosen reading's morfeusz2 tag ("" without a reading)
    pos: list[str]  #: the chosen reading's part of speech ("" without a reading)
    lemmas: list[frozenset[str]]  #: lemmas of all readings
    lemmas_lower: list[frozenset[str]]  #: the same, lower-cased
    pos_set: list[frozenset[str]]  #: parts of speech of all readings ("subst", "adj", "ign", ...)
    cases: list[frozenset[str]]  #: cases of all readings ("nom", "gen", ...)
    names: list[frozenset[str]]  #: proper-name categories of all readings ("imię", "nazwisko", ...)
    capitalised: list[bool]  #: first character upper-case and at least one letter
    all_caps: list[bool]  #: at least two letters, all upper-case ("ZUS", "MILICZA")
    first_name: list[bool]  #: some reading is a first name noun (subst with "imię")
    surname: list[bool]  #: some reading is a surname ("nazwisko")
    geographic: list[bool]  #: some reading is a geographic name ("nazwa_geograficzna")
    sentence: list[int]  #: index of the token's sentence (0, 1, ...)
    sentences: list[tuple[int, int]]  #: (start, end) token indices of each sentence

    def __len__(self) -> int:
        return len(self.texts)


_Readings = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], bool, bool, bool]


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
    """All columns of `TokenFeatures` for `doc`, read once (an empty Doc gives empty lists)."""
    n = len(doc)
    if n:
        texts, is_space, glued = token_columns(doc)
        offsets, lemma_ids, sent_flags = doc.to_array([IDX, LEMMA, SENT_START]).T.tolist()
    else:
        texts, is_space, glued, offsets, lemma_ids, sent_flags = [], [], [], [], [], []
    strings = doc.vocab.strings
    chosen = _extension_column(doc, "analysis", offsets, None)
    morfs = _extension_column(doc, "morf", offsets, ())
    # equal words share one readings tuple (analyse() is cached): look each object up once
    by_id: dict[int, _Readings] = {}
    readings: list[_Readings] = []
    for m in morfs:
        r = by_id.get(id(m))
        if r is None:
            r = by_id[id(m)] = _reading_features(m)
        readings.append(r)
    text_feats = [_text_features(t) for t in texts]
    tags = [a.tag if a is not None else "" for a in chosen]
    starts_at = [i for i in range(n) if i == 0 or sent_flags[i] == 1]
    sentences = list(zip(starts_at, [*starts_at[1:], n], strict=True)) if n else []
    sentence: list[int] = []
    for k, (start, end) in enumerate(sentences):
        sentence.extend([k] * (end - start))
    return TokenFeatures(
        texts=texts,
        lowers=[f[0] for f in text_feats],
        starts=offsets,
        ends=[o + len(t) for o, t in zip(offsets, texts, strict=True)],
        is_space=is_space,
        glued=glued,
        lemma=[strings[h] if h else "" for h in lemma_ids],
        tag=tags,
        pos=[tag_features(t)[0] if t else "" for t in tags],
        lemmas=[r[0] for r in readings],
        lemmas_lower=[r[1] for r in readings],
        pos_set=[r[2] for r in readings],
        cases=[r[3] for r in readings],
        names=[r[4] for r in readings],
        capitalised=[f[1] for f in text_feats],
        all_caps=[f[2] for f in text_feats],
        first_name=[r[5] for r in readings],
        surname=[r[6] for r in readings],
        geographic=[r[7] for r in readings],
        sentence=sentence,
        sentences=sentences,
    )
