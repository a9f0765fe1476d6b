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


def test_numbered_items_under_a_results_lead_are_participants(extractor):
    report = extractor.extract("Wyniki rzutu piłeczką: 1. Tymon Sadowski (SP Rudka), 2. Alan Dziedzic (SP Zagaje).\n\n"
                               "Klasyfikacja drużynowa:\n1. Bianka Żurek – 52 pkt\n2. Jagoda Cichocka – 47 pkt\n")
    parts = {p.name: p.part for p in report.people}
    assert {parts.get(n) for n in ("Tymon Sadowski", "Alan Dziedzic", "Bianka Żurek", "Jagoda Cichocka")} \
        == {"participant"}


def test_numbered_items_of_a_programme_are_no_results(extractor):
    report = extractor.extract("Wyniki ankiety omówiono na początku. Program:\n1. Henryk Dąbek – wykład o historii "
                               "regionu\n2. Lucyna Majer – prezentacja\n")
    parts = {p.name: p.part for p in report.people}
    assert parts.get("Henryk Dąbek") != "participant" and parts.get("Lucyna Majer") != "participant"
