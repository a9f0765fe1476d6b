"""Coordinated head counts and counts with an elided noun (pipeline/extract/attendance_coordination.py)."""

import pytest

from pipeline.extract.attendance import extract_attendance
from pipeline.extract.attendance_coordination import coordinated


def test_a_gapped_count_repeats_the_preposition(ctx_for):
    text = "Do zawodów przystąpiło 11 pływaków w kategorii młodzików oraz 9 w kategorii juniorów."
    figs = extract_attendance(ctx_for(text))
    gapped = [f for f in figs if f.rule == "gapped_group"]
    assert [f.total for f in gapped] == [9]
    assert all(text[f.start:f.end] == f.text for f in figs)


def test_gapped_counts_in_a_list_and_in_words(ctx_for):
    text = "W turnieju grało dwunastu szachistów w grupie A, ośmiu w grupie B i sześciu w grupie C."
    gapped = [f.total for f in extract_attendance(ctx_for(text)) if f.rule == "gapped_group"]
    assert gapped == [8, 6]


def test_no_gapped_count_without_the_same_preposition(ctx_for):
    text = "W zajęciach w Borkowie wzięło udział 20 dzieci z trzech szkół, a 5 z nich otrzymało nagrody."
    assert not [f for f in extract_attendance(ctx_for(text)) if f.rule == "gapped_group"]


@pytest.mark.parametrize("between,joined", [
    (" partnera czeskiego oraz ", True),
    (" z Borkowa i ", True),
    (" a w warsztatach uczestniczyło też ", True),
    (", a przyszło ", False),  # a contrast: the same people counted twice
    (" i zapisało się ", False),  # a second clause with no additive particle
    (", w tym ", False),
    (" więcej niż ", False),
])
def test_what_joins_two_groups(ctx_for, between, joined):
    text = f"Przyszło 12 gości{between}30 uczniów."
    ctx = ctx_for(text)
    first_end = text.index("gości") + len("gości")
    assert coordinated(ctx, first_end, text.index("30 uczniów")) is joined
