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

from spacy.attrs import IS_ALPHA, SENT_START
from spacy.tokens import Doc

from pipeline.text.analysis import Analysis
from pipeline.text.features import TokenFeatures


class LightToken:
    """One token's attributes as plain slots (see the module docstring)."""

    __slots__ = ("text", "idx", "i", "whitespace_", "is_space", "is_alpha", "is_sent_start", "lemma_", "morf",
                 "analysis", "capitalised", "doc")

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

    @property
    def _(self) -> LightToken:
        """`tok._.morf` as on a spaCy Token: the token itself (a property, not a slot, so that a token does not
        refer to itself: such a cycle is freed only by the garbage collector, which then runs far more often)."""
        return self

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return self.text


def light_tokens(doc: Doc, features: TokenFeatures) -> list[LightToken]:
    """A `LightToken` for every token of `doc` (`features` is `token_features(doc)`)."""
    n = len(doc)
    if not n:
        return []
    alpha, sent_flags = doc.to_array([IS_ALPHA, SENT_START]).T.tolist()
    out: list[LightToken] = []
    new = LightToken.__new__
    columns = zip(features.texts, features.starts, features.glued, features.is_space, alpha, sent_flags,
                  features.lemma, features.morfs, features.chosen, strict=True)
    for i, (text, idx, glued, space, is_alpha, sent_start, lemma, morf, chosen) in enumerate(columns):
        t = new(LightToken)
        t.text = text
        t.idx = idx
        t.i = i
        t.whitespace_ = "" if glued else " "
        t.is_space = space
        t.is_alpha = is_alpha == 1
        t.is_sent_start = sent_start == 1  # spaCy: 1 a start, -1 not, 0 unknown (None, falsy)
        t.lemma_ = lemma
        t.morf = morf
        t.analysis = chosen
        # `lexicon.words.is_capitalised`; the letter test only for the few with an upper-case first character
        t.capitalised = text[:1].isupper() and (text.isalpha() or any(c.isalpha() for c in text))
        t.doc = doc
        out.append(t)
    return out
