"""Sentence segmenter for Polish reports: punctuation, line breaks of scraped pages, and the abbreviations
that may still close a sentence ("... 2014 r. Następnie ..."). The tokenizer is `pipeline.text.tokenizer`;
`make_nlp` puts both in a blank Polish pipeline.
"""

from __future__ import annotations

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.text.analysis import load_in_background
from pipeline.text.tokenizer import SENTENCE_FINAL_ABBREVIATIONS, token_columns

_SENT_END = frozenset({".", "!", "?", "…", "...", "!?", "?!"})
_OPENERS = ('"', "„", "«", "»", "(", "[", "-", "–", "—", "•", "·", "*", "'")


def _starts_sentence(text: str) -> bool:
    first = text[:1]
    return first.isupper() or first.isdigit() or text.startswith(_OPENERS)


@Language.component("pl_sentences")
def pl_sentences(doc: Doc) -> Doc:
    """Rule sentence segmenter: punctuation, abbreviations and line breaks of scraped pages."""
    n = len(doc)
    if n == 0:
        return doc
    # Work on plain lists and write the result once: setting Token.is_sent_start one by one
    # re-checks the whole Doc for a parse each time (quadratic on long reports).
    texts, spaces, glued = token_columns(doc)
    starts = [False] * n
    starts[0] = True
    sent_first = 0  # index of the first token of the current sentence
    for i in range(n - 1):
        text = texts[i]
        if spaces[i]:
            newlines = text.count("\n")
            if newlines >= 2 or (newlines == 1 and _line_break_ends_sentence(texts, spaces, i)):
                sent_first = _mark_start(starts, spaces, i + 1)
            continue
        if text in _SENT_END:
            if text == "." and _dot_continues(texts, glued, i, sent_first):
                continue
            j = _skip_closers(texts, glued, spaces, i + 1)
            if j < n and _starts_sentence(texts[j]) and not (text != "." and _dialogue_continues(texts, j)):
                sent_first = _mark_start(starts, spaces, j)
        elif text[-1:] == "." and text.lower() in SENTENCE_FINAL_ABBREVIATIONS:
            # "... 2014 r. Następnie ..." ends; "2014 r. – Jurajski", "35 os. (25 K)", "godz. 17" do not
            if text[:1].isupper() and glued[i]:
                continue  # "S.A.": a capital initial glued to the next letter is a legal form's first letter
            j = _skip_closers(texts, glued, spaces, i + 1)
            if j < n and texts[j][:1].isupper() and texts[j][:1].isalpha():
                sent_first = _mark_start(starts, spaces, j)
    flags = numpy.array([1 if s else -1 for s in starts], dtype="int64").astype("uint64")
    doc.from_array([SENT_START], flags.reshape(n, 1))
    return doc


_CLOSERS = frozenset(('"', "”", "»", ")", "'", "’", "“"))
_DASHES = frozenset("-–—")
_ROMAN = frozenset("IVXLCDM")


def _skip_closers(texts: list[str], glued: list[bool], spaces: list[bool], j: int) -> int:
    """The first token after closing quotes/brackets glued to the sentence end and after spaces."""
    while j < len(texts) and texts[j] in _CLOSERS and glued[j - 1]:
        j += 1
    while j < len(texts) and spaces[j]:
        j += 1
    return j


def _dot_continues(texts: list[str], glued: list[bool], i: int, sent_first: int) -> bool:
    """A dot after an initial ("A. Milne") or after a list number opening a sentence ("3. Udowodnić")."""
    if i == 0 or not glued[i - 1]:
        return False
    p = texts[i - 1]
    if len(p) == 1 and p.isupper() and p.isalpha():
        return True
    return i - 1 == sent_first and len(p) <= 4 and (p.isdigit() or all(c in _ROMAN for c in p))


def _dialogue_continues(texts: list[str], j: int) -> bool:
    """'- Dlaczego? - powtórzyła.': after ?, ! or an ellipsis, a dash and a lower-case word go on."""
    return texts[j] in _DASHES and j + 1 < len(texts) and texts[j + 1][:1].islower()


def _line_break_ends_sentence(texts: list[str], spaces: list[bool], i: int) -> bool:
    """A single line break ends a sentence unless the line wraps mid-sentence."""
    prev = texts[i - 1] if i > 0 else ""
    nxt_i = i + 1
    while nxt_i < len(texts) and spaces[nxt_i]:
        nxt_i += 1
    if nxt_i >= len(texts):
        return False
    nxt = texts[nxt_i]
    if nxt[:1].islower() or nxt[:1] in ",;)":
        return False
    return not (prev[-1:].islower() and nxt[:1].isdigit())


def _mark_start(starts: list[bool], spaces: list[bool], j: int) -> int:
    while j < len(starts) and spaces[j]:
        j += 1
    if j < len(starts):
        starts[j] = True
    return j


def make_nlp() -> Language:
    """A blank Polish pipeline with our tokenizer rules and the sentence segmenter (morfeusz2's dictionary
    starts loading meanwhile, in the background: the morphology that follows the segmenter needs it)."""
    load_in_background()
    nlp = spacy.blank("pl", config={"nlp": {"tokenizer": {"@tokenizers": "pl_events.Tokenizer.v1"}}})
    nlp.add_pipe("pl_sentences")
    return nlp


def sentences(text: str, nlp: Language | None = None) -> list[tuple[int, int, str]]:
    """(start, end, text) of each sentence, offsets into `text`, trailing spaces excluded."""
    return doc_sentences((nlp or make_nlp())(text))


def doc_sentences(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, text) of each sentence of a segmented Doc, surrounding spaces excluded."""
    out = []
    for sent in doc.sents:
        span = sent.text.rstrip()
        if span.strip():
            lead = len(span) - len(span.lstrip())
            out.append((sent.start_char + lead, sent.start_char + len(span), span.strip()))
    return out
