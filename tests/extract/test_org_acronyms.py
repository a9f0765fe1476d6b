"""An organization's own acronym inside its name (`pipeline.extract.org_acronyms`)."""

from pipeline.extract.org_acronyms import acronym_in, head_index, is_roman_numeral
from pipeline.lexicon.words import ORG_HEADS, is_all_caps_word
from pipeline.ner.org_rules import parent_acronym


def _acronym_in_every_word_asked(tokens, doc):
    """`acronym_in` asking `parent_acronym` of every word after the head, as it did before."""
    quoted = False
    head = head_index(tokens, ORG_HEADS)
    for k, t in enumerate(tokens[1:], 1):
        if t.text in ('"', "„", "”", "“", "«", "»"):
            quoted = not quoted
            continue
        if head is not None and k > head and parent_acronym(doc, tokens[head].i, t.i):
            continue
        if not quoted and is_all_caps_word(t) and t.text.isalpha() and 2 <= len(t.text) <= 10 and len(tokens) > 1 \
                and not is_roman_numeral(t.text):
            if not all(is_all_caps_word(x) for x in tokens if x.is_alpha):
                return t.text
    return None


def test_parent_acronym_asked_only_of_acronym_candidates(ctx_for):
    """`parent_acronym` is asked only of a word that could be the name's acronym: the answers stay the same."""
    text = ("Gości przyjęła Katedra Pedagogiki PWSZ w Koninie. OHP prowadzi Ośrodek Szkolenia i Wychowania OHP w Mrągowie. "
            "Pomogła Spółdzielnia Socjalna UHP oraz Uniwersytet III Wieku i Centrum Integracji Społecznej CISPOL.")
    ctx = ctx_for(text)
    light = ctx.light_tokens
    phrases = ("Katedra Pedagogiki PWSZ w Koninie", "Ośrodek Szkolenia i Wychowania OHP w Mrągowie",
               "Spółdzielnia Socjalna UHP", "Uniwersytet III Wieku", "Centrum Integracji Społecznej CISPOL")
    answers = []
    for phrase in phrases:
        start = text.index(phrase)
        span = ctx.doc.char_span(start, start + len(phrase), alignment_mode="expand")
        tokens = [t for t in light[span.start:span.end] if not t.is_space]
        answers.append(acronym_in(tokens, light))
        assert answers[-1] == _acronym_in_every_word_asked(tokens, light)
    assert answers[2] == "UHP" and answers[3] is None
