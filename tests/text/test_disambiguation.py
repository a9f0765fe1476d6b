"""`choose` looks its per-form work up by the readings' identity: the answer must not depend on which equal
readings tuple it is given, nor on what an earlier call left in its caches."""

from __future__ import annotations

from pipeline.text import disambiguation
from pipeline.text.analysis import Analysis, analyse
from pipeline.text.disambiguation import choose


def _fresh(readings: tuple[Analysis, ...]) -> tuple[Analysis, ...]:
    return tuple(Analysis(a.lemma, a.tag, a.names) for a in readings)


def test_equal_readings_give_the_same_choice():
    cases = [
        ("nowej", "w", "Bibliotece"), ("była", None, "burmistrz"), ("może", None, "przyjść"), ("Rady", "do", "Gminy"),
        ("stoi", None, "na"), ("te", None, "warsztaty"), ("Kowalską", "Annę", "oraz"),
    ]
    for word, before, after in cases:
        prev = choose(analyse(before), before, None, False) if before else None
        readings, following = analyse(word), analyse(after)
        first = choose(readings, word, before and before.lower(), False, prev=prev, next_analyses=following)
        copy = choose(_fresh(readings), word, before and before.lower(), False, prev=prev,
                      next_analyses=_fresh(following))
        disambiguation._PREPARED.clear()
        disambiguation._NEXT.clear()
        cold = choose(readings, word, before and before.lower(), False, prev=prev, next_analyses=following)
        assert first == copy == cold, word


def test_adjective_agrees_with_the_next_noun_or_the_previous_one():
    """"nowej" before "szkoły" is the feminine adjective in the genitive; "osobowe" after "dane" agrees
    with the noun before it."""
    chosen = choose(analyse("nowej"), "nowej", None, False, next_analyses=analyse("szkoły"))
    assert chosen.pos == "adj" and "gen" in chosen.cases
    dane = choose(analyse("dane"), "dane", None, False, next_analyses=analyse("osobowe"))
    chosen = choose(analyse("osobowe"), "osobowe", "dane", False, prev=dane, next_analyses=analyse("."))
    assert chosen.pos == "adj" and chosen.lemma == "osobowy"


def test_preposition_reading_of_the_previous_word_governs():
    """A preposition not in the table governs through its tag: "naprzeciw" + dative."""
    prev = Analysis("naprzeciw", "prep:dat", ())
    chosen = choose(analyse("szkole"), "szkole", "naprzeciw", False, prev=prev)
    assert "dat" in chosen.cases
