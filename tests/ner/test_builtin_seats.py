"""Seats of institution names in the rule NER (pipeline/ner/builtin.py), in sentences written for the tests."""


def test_a_seat_of_two_words_with_a_verb_reading_stays_whole(extractor):
    """'Mieście' also reads as a verb form; the register knows 'Stare Miasto' as one locality (round 10)."""
    report = extractor.extract("Uczniowie ze Szkoły Podstawowej w Starym Mieście pojechali na wycieczkę.")
    assert "Szkoła Podstawowa w Starym Mieście" in {o.name for o in report.organizations}
