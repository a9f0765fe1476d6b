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


def test_a_document_fact_is_computed_once_for_the_doc_and_its_tokens_and_anew_for_a_part(ctx_for):
    from pipeline.ner.readings import per_document

    asked: list[int] = []

    @per_document
    def words(tokens) -> int:
        asked.append(len(tokens))
        return sum(1 for t in tokens if t.is_alpha)

    ctx = ctx_for("Koło Gospodyń Wiejskich zaprosiło gości. Był tort.")
    whole = words(ctx.doc)
    assert words(ctx.light_tokens) == words(ctx.tokens) == whole == 7 and len(asked) == 1
    assert words(ctx.light_tokens[:3]) == 3 and len(asked) == 2
    other = ctx_for("Padał deszcz.")
    assert words(other.light_tokens) == 2 and len(asked) == 3
