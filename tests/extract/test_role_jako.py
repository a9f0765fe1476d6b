"""A title given by "jako" (pipeline/extract/role_jako.py). Sentences are invented."""

import pytest
from people_helpers import people, titles, titles_with_orgs


@pytest.mark.parametrize("text, name, expected", [
    ("Na spotkaniu Adam Nowakowski wystąpił jako ekspert Fundacji Las.", "Adam Nowakowski",
     [("ekspert", "Fundacja Las")]),
    ("Magdalena Wróblewska pracuje jako nauczycielka w Szkole Podstawowej w Lipnie.", "Magdalena Wróblewska",
     [("nauczyciel", "Szkoła Podstawowa w Lipnie")]),
    ("Jako prowadząca wystąpiła Magdalena Wróblewska.", "Magdalena Wróblewska", [("prowadzący", None)]),
    ("Oprowadzała nas inż. Magdalena Wróblewska, która pracowała przy budowie jako inspektor nadzoru.",
     "Magdalena Wróblewska", [("inspektor nadzoru", None)]),
    ("Adam Nowakowski traktował to jako wyzwanie.", "Adam Nowakowski", []),
    ("Poznaliśmy Magdalenę Wróblewską, którą uczniowie traktowali jako przewodnika.", "Magdalena Wróblewska", []),
])
def test_jako_gives_the_subject_a_title(extractor, text, name, expected):
    assert titles_with_orgs(people(extractor, text)[name]) == expected


@pytest.mark.parametrize("text", [
    "Przewodniczącym zebrania wybrano Jana Nowaka.",
    "Jan Nowak został wybrany przewodniczącym zebrania.",
    "Na przewodniczącego zebrania wybrano Jana Nowaka.",
])
def test_an_election_gives_the_office_in_the_instrumental_or_after_na(extractor, text):
    assert titles(people(extractor, text)["Jan Nowak"]) == ["przewodniczący zebrania"]


@pytest.mark.parametrize("text", [
    "Jan Nowak wybrał się z przewodniczącym koła na ryby.",
    "Marszałek Jan Nowak wręczył powołania młodym radnym nowej kadencji.",
])
def test_no_election_without_an_election_verb_taking_the_office(extractor, text):
    assert "przewodniczący koła" not in titles(people(extractor, text)["Jan Nowak"])
    assert not any(t.startswith("radny") for t in titles(people(extractor, text)["Jan Nowak"]))
