"""What every extractor sees: the original text, its offset-keeping normalized copy, the Doc."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from pipeline.models import Mention
from pipeline.text.caps import with_case_of
from pipeline.text.features import TokenFeatures, token_features
from pipeline.text.layout import Layout, analyse_layout
from pipeline.text.light import LightToken, light_tokens


@dataclass(frozen=True)
class ReferenceDate:
    """The date relative and year-less expressions are resolved against, and where it came from.

    `precision` is "day" or "month" (a path like ``2018/09/`` gives no day): relative days
    ("wczoraj") need a day, year-less dates only the year and month.
    """

    date: dt.date
    anchor: str  # publication | path | metadata | user
    precision: str = "day"


@dataclass
class Context:
    """One document as the extractors see it.

    `source` is the decoded original, which every mention slices (`mention.text == document[start:end]`); `text`
    is the same characters with shouted stretches in the readable case of `norm` ("WYJAZD DO NYSY" -> "Wyjazd do
    Nysy", see `pipeline.text.caps`), the text names are written from. Pass the original as `text`: `source` is
    set from it.
    """

    text: str  # the original in a readable case: names are built from this
    norm: str  # same length, typographic variants folded, capitals read: extractors match on this
    doc: Doc  # tokens of `norm`, with morfeusz2 analyses
    warnings: list[str] = field(default_factory=list)
    reference: ReferenceDate | None = None
    #: Per-document results of extractor helpers, keyed by the helper (see `memo`).
    _memo: dict = field(default_factory=dict, repr=False, compare=False)
    #: Sentence spans handed out by `sentence_of`, by first token: the same sentence is asked for again and again.
    _sentence_spans: dict[int, Span] = field(default_factory=dict, repr=False, compare=False)
    source: str = field(default="", repr=False, compare=False)  #: the original text (set from `text`)

    def __post_init__(self) -> None:
        self.source = self.text
        self.text = with_case_of(self.text, self.norm)

    @cached_property
    def layout(self) -> Layout:
        """Page furniture lines and the publication date, computed once per document."""
        return analyse_layout(self.norm)

    def memo(self, key: object) -> dict:
        """A dictionary that lives as long as this document, one per `key` (a helper's per-document cache)."""
        d = self._memo.get(key)
        if d is None:
            d = self._memo[key] = {}
        return d

    def furniture_at(self, char: int) -> str | None:
        return self.layout.kind_at(char)

    def mention(
        self, start: int, end: int, extractor: str, confidence: float, rule: str = ""
    ) -> Mention:
        return Mention(**self.mention_fields(start, end, extractor, confidence, rule))

    def mention_fields(
        self, start: int, end: int, extractor: str, confidence: float, rule: str = ""
    ) -> dict:
        """The fields `mention` validates, as a dict: `DateMention(**ctx.mention_fields(...), ...)` validates
        them once, where `DateMention(**ctx.mention(...).model_dump(), ...)` built and dumped a Mention first."""
        start, end = self.trim(start, end)
        return {"text": self.source[start:end], "start": start, "end": end, "extractor": extractor,
                "confidence": round(confidence, 3), "rule": rule}

    def trim(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.norm[start].isspace():
            start += 1
        while end > start and self.norm[end - 1].isspace():
            end -= 1
        return start, end

    @cached_property
    def tokens(self) -> list[Token]:
        """The Doc's tokens as one list: indexing a Doc creates a new Token object every time."""
        return list(self.doc)

    @cached_property
    def light_tokens(self) -> list[LightToken]:
        """The Doc's tokens as plain objects with the attributes the rules read (`text`, `idx`,
        `whitespace_`, `_.morf`, ...), built once per document: see `pipeline.text.light`."""
        return light_tokens(self.doc, self.features)

    @cached_property
    def features(self) -> TokenFeatures:
        """Per-token features as plain lists (texts, lemma/POS/case sets, name flags, sentence
        index), computed once per document: see `pipeline.text.features`."""
        return token_features(self.doc)

    @cached_property
    def _sentence_bounds(self) -> tuple[list[int], list[int]]:
        """Sentence start and end (token indices) for every token, computed once:
        `Token.sent` walks the whole sentence on every call."""
        starts: list[int] = []
        ends: list[int] = []
        doc = self.doc
        if doc.has_annotation("SENT_START") and "sents" not in doc.user_hooks:
            bounds = self.features.sentences  # what `doc.sents` yields, read from the sentence-start column
        else:
            bounds = [(sent.start, sent.end) for sent in doc.sents]  # spaCy's error, or a hook's sentences
        for start, end in bounds:
            starts.extend([start] * (end - start))
            ends.extend([end] * (end - start))
        return starts, ends

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        starts, ends = self._sentence_bounds
        return starts[i], ends[i]

    def sentence_of(self, char: int) -> Span | None:
        """The sentence of the token at `char`: what `doc.char_span(char, char + 1, alignment_mode="expand")`
        finds (a trailing space belongs to the next token; None outside the text), looked up by bisection in
        the token offsets instead of building a Span and Tokens."""
        f = self.features
        starts, texts = f.starts, f.texts
        if not texts or char < 0 or char >= starts[-1] + len(texts[-1]) + (0 if f.glued[-1] else 1):
            return None
        t = bisect_right(starts, char) - 1
        if char == starts[t] + len(texts[t]):
            t += 1
        start, end = self.sentence_bounds(t)
        span = self._sentence_spans.get(start)
        if span is None:
            span = self._sentence_spans[start] = self.doc[start:end]
        return span

    def left(self, start: int, width: int = 60) -> str:
        """Text before `start` on the same line (normalized), at most `width` characters."""
        lo = max(0, start - width)
        chunk = self.norm[lo:start]
        return chunk.rsplit("\n", 1)[-1]

    def right(self, end: int, width: int = 60) -> str:
        chunk = self.norm[end : end + width]
        return chunk.split("\n", 1)[0]
