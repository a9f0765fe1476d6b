"""Countries and continents named as a topic or a scope are not places; origins and destinations are."""

import pytest


def _places(extractor, text: str) -> set[str]:
    return {p.name for p in extractor.extract(text).places}


@pytest.mark.parametrize("text,name", [
    ("Rozmawiano o kondycji spółdzielni socjalnych w Polsce.", "Polska"),
    ("To jeden z największych kongresów rolniczych w Europie.", "Europa"),
    ("Prelegent opowiedział o historii Albanii.", "Albania"),
    ("Podróżnik opowiadał o wyprawie przez Wietnam i Laos.", "Wietnam"),
    ("Wykład dotyczył członkostwa Polski w Unii.", "Polska"),
])
def test_a_country_as_topic_or_scope_is_no_place(extractor, text, name):
    assert name not in _places(extractor, text)


@pytest.mark.parametrize("text,names", [
    ("Na warsztaty przyjechała młodzież z Litwy, Łotwy i Polski.", {"Litwa", "Łotwa", "Polska"}),
    ("Wykład wygłosił badacz z Instytutu Lasu (Szwecja).", {"Szwecja"}),
    ("Uczniowie pojechali do Włoch.", {"Włochy"}),
    ("Konferencja odbyła się w Niemczech.", {"Niemcy"}),
])
def test_origins_destinations_and_events_abroad_are_places(extractor, text, names):
    assert names <= _places(extractor, text)
