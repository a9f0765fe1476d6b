"""Roles, round 18: a comma after an adverbial opening hands a title on to the name after it, and the agent of a
passive participle keeps its event role past its own title. Sentences are invented; they reproduce the shapes."""

import pytest
from people_helpers import people, titles


@pytest.mark.parametrize("text, name, expected", [
    ("Na początku spotkania, Dyrektor PCPR w Zielonej Górze, Pani Anna Kosowska, powitała gości.",
     "Anna Kosowska", ["dyrektor"]),
    ("Po krótkiej przerwie, Prezes Stowarzyszenia Lipa, Pan Marek Zając, przedstawił plany.", "Marek Zając", ["prezes"]),
])
def test_a_title_after_an_adverbial_opening_is_the_next_names(extractor, text, name, expected):
    assert titles(people(extractor, text)[name]) == expected


def test_a_title_after_a_name_and_a_comma_stays_that_names(extractor):
    found = people(extractor, "Gości powitał Pan Jan Kos, Wójt Gminy Lipno, a następnie głos zabrała Anna Wilk.")
    assert titles(found["Jan Kos"]) == ["wójt"]
    assert "wójt" not in titles(found["Anna Wilk"])


@pytest.mark.parametrize("text, name", [
    ("Odbyły się warsztaty z pierwszej pomocy, prowadzone przez ratownika medycznego Tomasza Wilka.", "Tomasz Wilk"),
    ("Zajęcia poprowadzone przez psycholog Martę Nowik cieszyły się zainteresowaniem.", "Marta Nowik"),
])
def test_the_agent_of_a_participle_keeps_the_event_role_past_its_title(extractor, text, name):
    assert "prowadzący" in titles(people(extractor, text)[name])
