"""Morfeusz2 morphology on spaCy tokens: the `pl_morphology` component.

Each word token gets its readings (`token._.morf`, from `analysis`), the one chosen in
context (`token._.analysis`, by `disambiguation`), and a lemma and tag. Lemmas follow the
UD Polish (PDB) conventions where they differ from a naive first-reading choice: personal
pronouns lemmatise to "ja"/"ty"/"on"/"siebie", "lat" to "rok", "ludzie" to "człowiek",
abbreviations to their expansion ("r." -> "rok") and an initial "J." to "J".

The names other modules import from here (`Analysis`, `analyse`, `choose`, `PREP_CASES`,
...) are re-exported from the two modules that define them.
"""

from __future__ import annotations

import weakref
from typing import NamedTuple

import numpy
from spacy.attrs import IDX, LEMMA, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.text.analysis import CASES, MAX_WORD, Analysis, analyse, clean_lemma, compound_first, morfeusz
from pipeline.text.disambiguation import PREP_CASES, _next_features, choose, governed_cases
from pipeline.text.fleeting_vowels import with_fleeting_e
from pipeline.text.tokenizer import token_columns

__all__ = [
    "CASES", "MAX_WORD", "PREP_CASES", "Analysis", "analyse", "choose", "clean_lemma", "morfeusz", "pl_morphology",
]


def _register_extensions() -> None:
    if not Token.has_extension("morf"):
        Token.set_extension("morf", default=())
        Token.set_extension("analysis", default=None)


_register_extensions()

_DASHES = ("-", "–")
_OPENING = frozenset(('"', "„", "«", "»", "(", "[", "-", "–", "—", "'", "“", "…", "*", "•"))


def _token_analyses(texts: list[str], glued: list[bool], i: int) -> tuple[Analysis, ...]:
    text = texts[i]
    if text[-1:] == "o" and glued[i] and i + 1 < len(texts) and texts[i + 1] in _DASHES:
        return compound_first(text)
    found = _FORM_ANALYSES.get(text)
    if found is None:
        found = analyse(text)
        if not found and text.endswith(".") and len(text) > 1:
            found = analyse(text[:-1])
        if len(_FORM_ANALYSES) >= _FORM_ANALYSES_MAX:
            _FORM_ANALYSES.clear()
        _FORM_ANALYSES[text] = found
    return found


#: A token text -> its readings outside a compound ("biało-"): `analyse` of the text or, for an unknown word
#: ending in a dot, of the text without it. A plain dictionary: the two `lru_cache` calls behind it cost more
#: than the look-up. Bounded: cleared when full (`analyse` keeps its own cache).
_FORM_ANALYSES: dict[str, tuple[Analysis, ...]] = {}
_FORM_ANALYSES_MAX = 200_000


def _in_compound(texts: list[str], glued: list[bool], i: int) -> bool:
    """Token `i` is the first part of a hyphenated compound ("biało-"): `_token_analyses` reads it differently."""
    return texts[i][-1:] == "o" and glued[i] and i + 1 < len(texts) and texts[i + 1] in _DASHES


#: The reading `choose` picks, by all it reads of a token's context: the token's text and whether it opens a
#: compound (together they fix its readings), the cases the previous form governs by itself, the sentence
#: start, what it asks of the next token's readings (`_next_features`, None without readings; the readings
#: themselves after "może") and the previous chosen reading's tag and first-name flag. Reports repeat their
#: phrases, so the same context recurs; bounded: cleared when full.
_CHOSEN: dict[tuple, Analysis] = {}
_CHOSEN_MAX = 200_000


def _user_data_keys_work() -> bool:
    """spaCy keeps token extension values in doc.user_data under ("._.", name, idx, None);
    writing them there directly saves two Underscore objects per token. Checked once."""
    from spacy.vocab import Vocab

    probe = Doc(Vocab(), words=["a", "b"], spaces=[True, False])
    probe.user_data[("._.", "morf", 2, None)] = ("probe",)
    return probe[1]._.morf == ("probe",)


_FAST_EXTENSIONS = _user_data_keys_work()


@Language.component("pl_morphology")
def pl_morphology(doc: Doc) -> Doc:
    """Attach morfeusz2 analyses (`token._.morf`), the chosen one, lemma and tag."""
    n = len(doc)
    if n == 0:
        return doc
    texts, spaces, glued = token_columns(doc)
    starts, offsets = doc.to_array([SENT_START, IDX]).T.tolist()
    strings = doc.vocab.strings
    user_data = doc.user_data
    lemmas = [0] * n
    tags = [0] * n
    morfs: list[tuple[Analysis, ...]] = [()] * n
    chosen_column: list[Analysis | None] = [None] * n
    lemma_texts = [""] * n
    word_idx = [i for i in range(n) if not spaces[i]]
    prev_lower: str | None = None
    prev: Analysis | None = None
    initial = True
    m = len(word_idx)
    nxt_analyses = _token_analyses(texts, glued, word_idx[0]) if m else ()
    ids: dict[str, int] = {}  # string -> its id in the vocabulary, for this Doc (tags and lemmas repeat)
    add = strings.add
    forms = _FORM_ANALYSES
    chosen_by_context = _CHOSEN
    nxt_compound = m > 0 and _in_compound(texts, glued, word_idx[0])
    for k, i in enumerate(word_idx):
        text = texts[i]
        analyses = nxt_analyses
        compound = nxt_compound
        if k + 1 < m:
            j = word_idx[k + 1]
            nxt_text = texts[j]
            nxt_compound = nxt_text[-1:] == "o" and glued[j] and j + 1 < n and texts[j + 1] in _DASHES
            nxt_analyses = forms.get(nxt_text)  # `_token_analyses` without the call, unless in a compound
            if nxt_analyses is None or nxt_compound:
                nxt_analyses = _token_analyses(texts, glued, j)
        else:
            nxt_analyses = ()
        sent_start = initial or starts[i] == 1
        if len(analyses) > 1:
            # everything `choose` reads of its context (see `_CHOSEN`)
            key = (text, compound, PREP_CASES.get(prev_lower or ""), sent_start,
                   _next_features(nxt_analyses) if nxt_analyses else None,
                   nxt_analyses if len(text) == 4 and text.lower() == "może" else None,
                   None if prev is None else prev.tag, prev is not None and "imię" in prev.names)
            chosen = chosen_by_context.get(key)
            if chosen is None:
                chosen = choose(analyses, text, prev_lower, sent_start, prev=prev, next_analyses=nxt_analyses)
                if len(chosen_by_context) >= _CHOSEN_MAX:
                    chosen_by_context.clear()
                chosen_by_context[key] = chosen
        else:
            chosen = analyses[0] if analyses else None  # what `choose` answers without a choice
        if _FAST_EXTENSIONS:
            user_data[("._.", "morf", offsets[i], None)] = analyses
            user_data[("._.", "analysis", offsets[i], None)] = chosen
        else:
            doc[i]._.morf = analyses
            doc[i]._.analysis = chosen
        if chosen is not None:
            tag = chosen.tag
            if tag == "ign":
                lemma = _guess_name_lemma(text, governed_cases(prev_lower, prev)) if text[:1].isupper() else text
            elif len(text) == 2 and text[1] == "." and text[0].isupper():
                lemma = text[0]  # an initial: "J." -> "J"
            else:
                lemma = chosen.lemma
            tags[i] = ids.get(tag) or ids.setdefault(tag, add(tag))
        else:
            lemma = text
        lemmas[i] = ids.get(lemma) or ids.setdefault(lemma, add(lemma))
        morfs[i] = analyses
        chosen_column[i] = chosen
        lemma_texts[i] = lemma
        prev_lower = text.lower()
        if not (text in ("-", "–") and glued[i - 1] and prev is not None and prev.tag == "adja"):
            prev = chosen  # after "biało-", the adja stays the previous reading for "czerwona"
        initial = text in _OPENING and sent_start
    doc.from_array([LEMMA, TAG], numpy.array([lemmas, tags], dtype="uint64").T)
    LAST_READINGS[0] = Readings(weakref.ref(doc), n, lemmas, lemma_texts, morfs, chosen_column)
    return doc


class Readings(NamedTuple):
    """What `pl_morphology` wrote on a Doc, as columns: `token_features` reads them back from here instead of
    one `doc.user_data` look-up per token and extension. Only `pl_morphology` writes `_.morf` and
    `_.analysis`; the lemma ids are compared with the Doc's before the lemmas are used."""

    doc: weakref.ref
    length: int
    lemma_ids: list[int]
    lemmas: list[str]  #: "" for a whitespace token, as `strings[0]` is read as ""
    morfs: list[tuple[Analysis, ...]]
    chosen: list[Analysis | None]


#: The last Doc's `Readings` (one slot: the report component reads them right after this component).
LAST_READINGS: list[Readings | None] = [None]


_CONSONANTS = frozenset("bcćdfghjklłmnńprsśtvwxzźż")


def _guess_name_lemma(word: str, governed: frozenset[str]) -> str:
    """Base form of a capitalised word the dictionary does not know (mostly foreign names).

    Only endings that are unambiguous in Polish inflection are undone: "Plugarowi",
    "Duvalem", "Osamą", "Cirillę", "Pastuszewskiego", "Gwarkowej"; "-a" and "-u" only
    after a preposition governing the genitive or locative ("od Schellinga", "w Feyenoordu").
    """
    if not word.isalpha() or word.isupper() or len(word) < 4:
        return word
    low = word.lower()
    if low.endswith("owi") and len(word) > 5:
        return word[:-3]
    if low.endswith("iem") and low[-4:-3] in ("k", "g"):
        return word[:-3]
    if low.endswith("em") and low[-3:-2] in _CONSONANTS:
        return word[:-2]
    if low.endswith("ego") and len(word) > 5:
        stem = word[:-3]
        return stem + ("i" if stem[-1:] in "kg" else "e" if stem[-1:] == "i" else "y")
    if low.endswith(("skiej", "ckiej", "dzkiej")):
        return word[:-3] + "a"
    if low.endswith("owej"):
        return word[:-2] + "a"
    if low[-1:] in ("ą", "ę") and low[-2:-1] in _CONSONANTS:
        return word[:-1] + "a"
    if low[-1:] in ("a", "u") and low[-2:-1] in _CONSONANTS and low[-2:] not in ("ia",) and (
        "gen" in governed or (low[-1] == "u" and "loc" in governed)
    ):
        return with_fleeting_e(word[:-1])  # "w Sielinku", "z Sielinka": the nominative "Sielinek", as "Borek"
    return word
