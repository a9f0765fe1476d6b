"""Facts of a token's readings remembered per readings tuple (pipeline/ner/readings.py)."""

from pipeline.lexicon.words import noun_lemmas
from pipeline.ner.readings import nouns, per_readings
from pipeline.text.analysis import Analysis


def test_nouns_agree_with_the_lexicon_on_light_and_spacy_tokens(ctx_for):
    ctx = ctx_for("Spółdzielnia Socjalna w Lipnie otworzyła nowy sklep dla Pani Ireny.")
    for light, tok in zip(ctx.light_tokens, ctx.doc, strict=True):
        assert nouns(light) == nouns(tok) == noun_lemmas(tok)
    assert "spółdzielnia" in nouns(ctx.light_tokens[0]) and not nouns(ctx.light_tokens[4])


def test_a_fact_is_computed_once_per_readings_object_and_anew_for_an_equal_copy():
    seen: list[tuple] = []

    @per_readings
    def count(readings: tuple) -> int:
        seen.append(readings)
        return len(seen)

    one = (Analysis("kot", "subst:sg:nom:m2", ()),)
    copy = tuple(list(one))
    assert copy == one and copy is not one
    assert count(one) == count(one) == 1 and count(copy) == 2 and count(one) == 1
