"""The event's attendance chosen among head counts (pipeline/resolve_event.py), on our own sentences."""

import pytest


@pytest.mark.parametrize("text,total", [
    ("Na rajd rowerowy w Lipówce wyruszyło 45 rowerzystów.", 45),
    ("Na sali w Lipówce zasiadło 150 słuchaczy.", 150),
    ("Zaproszenie na spotkanie w Lipówce przyjęło 40 osób.", 40),
    ("Wykładu o historii Lipówki wysłuchało 80 mieszkańców.", 80),
])
def test_verbs_of_coming_and_sitting_cue_the_attendance(extractor, text, total):
    assert extractor.extract(text).event.attendance.total == total
