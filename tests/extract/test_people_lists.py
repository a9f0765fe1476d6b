"""People in results and participant lists: the shapes school and sports news write names in."""

from people_helpers import people


def test_surname_first_in_a_results_list(extractor):
    found = people(extractor, "Wyniki konkursu plastycznego.\nWyróżnienia otrzymali:\nPietrzak Weronika – SP Kłoda, "
                              "Borowiec Szymon – SP Ługi,\nGrabowska Natalia (kl. 3a)\n")
    assert {"Weronika Pietrzak", "Szymon Borowiec", "Natalia Grabowska"} <= set(found)
    assert found["Szymon Borowiec"].gender == "m"


def test_surname_first_needs_list_marks_and_a_nominative_first_name(extractor):
    found = people(extractor, "Podczas zawodów Nowak Janowi pomógł trener. Wójt Anna Sierpińska wręczyła nagrody.")
    assert "Jan Nowak" not in found and "Janowi Nowak" not in found
    assert "Anna Sierpińska" in found


def test_surname_first_roster_names_are_participants(extractor):
    report = extractor.extract("Mecz zakończył się remisem 1:1.\nDrużyna gospodarzy: Wrona Bartosz, Sikora Damian, "
                               "Mazur Kacper.\nBramkę zdobył Kacper Mazur w 70 minucie.")
    parts = {p.name: p.part for p in report.people}
    assert parts.get("Bartosz Wrona") == "participant" and parts.get("Damian Sikora") == "participant"
