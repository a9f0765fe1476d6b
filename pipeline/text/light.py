"""Light tokens: plain Python objects standing in for spaCy `Token`s in the rule loops.

Every `doc[i]` creates a new `Token`, and every `tok._.morf` a new `Underscore` object with a
dictionary look-up behind it: the top of the hot-path profile in BENCHMARKS.md. A `LightToken`
is built once per token per document from the bulk columns of `token_features` and carries the
attributes the rules read as plain slots, with the same values a `Token` gives:

    text, idx, i, whitespace_ ("" or " "), is_space, is_alpha, is_sent_start (bool), lemma_,
    _.morf, _.analysis (`tok._` is the token itself), doc (the spaCy Doc, for what needs a real
    Token: `tok.doc[tok.i]`), and `capitalised` (what `lexicon.words.is_capitalised` answers).

`Context.light_tokens` caches the list per document. The objects are read-only by convention.
"""

from __future__ import annotations

from spacy.attrs import IS_ALPHA
from spacy.tokens import Doc

from pipeline.text.analysis import Analysis
from pipeline.text.features import TokenFeatures, _extension_column


class LightToken:
    """One token's attributes as plain slots (see the module docstring)."""

    __slots__ = ("text", "idx", "i", "whitespace_", "is_space", "is_alpha", "is_sent_start", "lemma_", "morf",
                 "analysis", "capitalised", "doc", "_")

    text: str
    idx: int
    i: int
    whitespace_: str
    is_space: bool
    is_alpha: bool
    is_sent_start: bool
    lemma_: str
    morf: tuple[Analysis, ...]
    analysis: Analysis | None
    capitalised: bool
    doc: Doc

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return self.text


def light_tokens(doc: Doc, features: TokenFeatures) -> list[LightToken]:
    """A `LightToken` for every token of `doc` (`features` is `token_features(doc)`)."""
    n = len(doc)
    if not n:
        return []
    alpha = doc.to_array([IS_ALPHA]).tolist()
    offsets = features.starts
    chosen = _extension_column(doc, "analysis", offsets, None)
    morfs = _extension_column(doc, "morf", offsets, ())
    sent_flags = _sent_start_flags(doc)
    texts = features.texts
    out: list[LightToken] = []
    new = LightToken.__new__
    for i in range(n):
        t = new(LightToken)
        text = texts[i]
        t.text = text
        t.idx = offsets[i]
        t.i = i
        t.whitespace_ = "" if features.glued[i] else " "
        t.is_space = features.is_space[i]
        t.is_alpha = bool(alpha[i])
        t.is_sent_start = sent_flags[i]
        t.lemma_ = features.lemma[i]
        t.morf = morfs[i]
        t.analysis = chosen[i]
        t.capitalised = bool(text) and text[0].isupper() and any(c.isalpha() for c in text)
        t.doc = doc
        t._ = t
        out.append(t)
    return out


def _sent_start_flags(doc: Doc) -> list[bool]:
    """`bool(token.is_sent_start)` of every token (spaCy: True for a sentence start, None when unset)."""
    from spacy.attrs import SENT_START

    return [x == 1 for x in doc.to_array([SENT_START]).tolist()]
