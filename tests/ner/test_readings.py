"""Facts of a token's readings remembered per readings tuple (pipeline/ner/readings.py)."""

from pipeline.lexicon.words import noun_lemmas
from pipeline.ner.readings import per_readings
from pipeline.text.analysis import Analysis


def test_noun_lemmas_agree_on_light_and_spacy_tokens_and_are_not_copied(ctx_for):
    ctx = ctx_for("Spółdzielnia Socjalna w Lipnie otworzyła nowy sklep dla Pani Ireny.")
    for light, tok in zip(ctx.light_tokens, ctx.doc, strict=True):
        assert noun_lemmas(light) == noun_lemmas(tok)
        assert noun_lemmas(light) is noun_lemmas(light)  # the cached frozenset itself, no new set per call
    assert "spółdzielnia" in noun_lemmas(ctx.light_tokens[0]) and not noun_lemmas(ctx.light_tokens[4])


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


def test_a_column_gives_each_tokens_fact_as_the_single_calls_do(ctx_for):
    @per_readings
    def nouns(readings: tuple) -> frozenset:
        return frozenset(a.lemma for a in readings if a.pos == "subst")

    ctx = ctx_for("Redaktorka Gazety Lipnowskiej pracowała w Radiu Plus.")
    expected = [nouns(t._.morf) for t in ctx.doc]
    assert nouns.column(ctx.light_tokens) == nouns.column(ctx.tokens) == expected
    assert "redaktorka" in expected[0] and nouns.column([]) == []
    fresh = ctx_for("Zbigniew Kołodziejczak fotografował Tatry.")  # forms not seen yet: computed on the way
    assert nouns.column(fresh.light_tokens) == [nouns(t._.morf) for t in fresh.doc]


def test_a_position_fact_is_computed_once_per_sequence_and_position_and_anew_for_another_sequence(ctx_for):
    from pipeline.ner.readings import per_position

    asked: list[int] = []

    @per_position
    def shout(tokens, i: int) -> str:
        asked.append(i)
        return tokens[i].text.upper()

    ctx = ctx_for("Prezes Anna Kos otworzyła wystawę.")
    assert shout(ctx.light_tokens, 1) == shout(ctx.light_tokens, 1) == "ANNA" and asked == [1]
    assert shout(ctx.light_tokens, 2) == "KOS" and asked == [1, 2]
    other = ctx_for("Wójt Piotr Wilk podziękował.")
    assert shout(other.light_tokens, 1) == "PIOTR" and asked == [1, 2, 1]  # another document: asked anew
    assert shout(ctx.light_tokens, 1) == "ANNA" and asked == [1, 2, 1, 1]


def test_capitalised_indices_are_the_capitalised_words_on_light_and_spacy_tokens(ctx_for):
    from pipeline.lexicon.words import is_capitalised
    from pipeline.ner.readings import capitalised_indices

    ctx = ctx_for("W Lipnie gościła Anna Kos z „Kuriera”, a 3 Maja – ŻAK.")
    expected = [k for k, t in enumerate(ctx.doc) if is_capitalised(t)]
    assert capitalised_indices(ctx.light_tokens) == expected
    assert [ctx.doc[k].text for k in expected] == ["W", "Lipnie", "Anna", "Kos", "Kuriera", "Maja", "ŻAK"]
    part = ctx.tokens[2:6]  # a part of a document: its own indices, not the document's
    assert capitalised_indices(part) == [k for k, t in enumerate(part) if is_capitalised(t)]


def test_a_word_and_readings_fact_is_computed_once_per_word_and_readings_object():
    from pipeline.ner.readings import per_word_readings

    asked: list[str] = []

    @per_word_readings
    def title(word: str, readings: tuple) -> str | None:
        asked.append(word)
        return readings[0].lemma if word.islower() else None

    one = (Analysis("prezes", "subst:sg:nom:m1", ()),)
    assert title("prezes", one) == title("prezes", one) == "prezes" and asked == ["prezes"]
    assert title("Prezes", one) is None and asked == ["prezes", "Prezes"]  # another spelling: asked anew
    assert title("prezes", tuple(list(one))) == "prezes" and len(asked) == 3  # an equal copy: asked anew
