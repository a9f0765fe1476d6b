"""`Context.sentence_of`: the bisection over token offsets must find what `doc.char_span(..., "expand")` finds."""

from __future__ import annotations

from pipeline.text.context import Context
from pipeline.text.segment import make_nlp

TEXT = (
    "  Spotkanie odbyło się 3 maja w Lipowie.  Przyszło 40 osób, m.in. wójt Jan Nowak.\n\n"
    "Kolejne zebranie w czerwcu. "
)


def test_sentence_of_matches_char_span():
    nlp = make_nlp()
    nlp.add_pipe("pl_morphology")
    doc = nlp(TEXT)
    ctx = Context(text=TEXT, norm=TEXT, doc=doc)
    for char in range(-2, len(TEXT) + 3):
        tok = doc.char_span(char, char + 1, alignment_mode="expand")
        if tok is not None and tok.start == len(doc):
            continue  # the trailing space of the last token: no sentence either way
        expected = None if tok is None else ctx.sentence_bounds(tok.start)
        got = ctx.sentence_of(char)
        assert (None if got is None else (got.start, got.end)) == expected, char


def test_sentence_bounds_are_doc_sents():
    nlp = make_nlp()
    nlp.add_pipe("pl_morphology")
    doc = nlp(TEXT)
    ctx = Context(text=TEXT, norm=TEXT, doc=doc)
    expected = [(s.start, s.end) for s in doc.sents for _ in range(len(s))]
    assert [ctx.sentence_bounds(i) for i in range(len(doc))] == expected
    assert len(set(expected)) > 2


def test_sentence_of_hands_out_one_span_per_sentence():
    """The span of a sentence is built once and given again for every character of it, with the same bounds."""
    nlp = make_nlp()
    nlp.add_pipe("pl_morphology")
    doc = nlp(TEXT)
    ctx = Context(text=TEXT, norm=TEXT, doc=doc)
    first = ctx.sentence_of(TEXT.index("Spotkanie"))
    again = ctx.sentence_of(TEXT.index("Lipowie"))
    other = ctx.sentence_of(TEXT.index("Przyszło"))
    assert first is again and first.text.strip().startswith("Spotkanie") and first.text.strip().endswith("Lipowie.")
    assert other is not first and other.start >= first.end and other.text.strip().startswith("Przyszło")


def test_mention_fields_are_what_a_mention_dumps(ctx_for):
    """`mention_fields` gives the dict `mention(...).model_dump()` gave (trimmed offsets, rounded confidence), so a
    DateMention built from it is validated once and equals one built through a Mention."""
    from pipeline.models import DateMention

    ctx = ctx_for("Spotkanie odbyło się  12 maja 2023 r. w Lipnie.")
    start = ctx.text.index("12") - 1  # a leading space: trimmed
    end = ctx.text.index("r.") - 1
    fields = ctx.mention_fields(start, end, "extract.dates", 0.87654, "word")
    assert fields == ctx.mention(start, end, "extract.dates", 0.87654, "word").model_dump()
    assert fields["text"] == "12 maja 2023" and fields["confidence"] == 0.877
    once = DateMention(**fields, date_start="2023-05-12", date_end="2023-05-12", role="event")
    twice = DateMention(**ctx.mention(start, end, "extract.dates", 0.87654, "word").model_dump(),
                        date_start="2023-05-12", date_end="2023-05-12", role="event")
    assert once == twice and once.model_dump_json() == twice.model_dump_json()
