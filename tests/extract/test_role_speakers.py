"""Roles, round 13: event roles given by reference (a group of speakers introduced before its members are named),
by a plural role noun the names stand in apposition to, and by a participle title with its object. Sentences are
invented; they reproduce the shapes found in reports."""

import pytest
from people_helpers import people, titles


def test_a_group_closing_a_sentence_gives_the_next_speakers_its_role(extractor):
    text = ("Na to pytanie odpowiedzi szukali zaproszeni paneliści. Adam Mak z Fundacji Rozwoju przekonywał, "
            "że trzeba oszczędzać.")
    assert "panelista" in titles(people(extractor, text)["Adam Mak"])


def test_the_talks_of_a_group_give_the_named_speakers_their_role(extractor):
    text = ("Potem nastąpiły wystąpienia prelegentów. Anna Wilk, dyrektor Wydziału Promocji Starostwa Powiatowego "
            "w Lipnie mówiła o priorytetach, a wicestarosta Jan Kos przedstawił założenia rady.")
    found = people(extractor, text)
    assert "prelegent" in titles(found["Anna Wilk"])
    assert "prelegent" in titles(found["Jan Kos"])


def test_a_name_that_is_no_speaker_takes_no_group_role(extractor):
    text = ("W przyszłym roku pojawią się nowi wykładowcy. Słuchacze zaprezentują dzieciom dzieła Henryka "
            "Sienkiewicza.")
    assert "wykładowca" not in titles(people(extractor, text)["Henryk Sienkiewicz"])


def test_a_list_of_those_present_introduces_no_speakers(extractor):
    text = ("W spotkaniu wzięli udział: dyrektor szkoły, wykładowcy i studenci. Adam Mak omówił znaczenie "
            "wartości.")
    assert "wykładowca" not in titles(people(extractor, text)["Adam Mak"])


def test_a_group_named_mid_sentence_as_subject_introduces_no_one(extractor):
    text = "Prelegenci zostali powitani przez gospodarzy w auli. Wójt Jan Kos podkreślił znaczenie współpracy."
    assert "prelegent" not in titles(people(extractor, text)["Jan Kos"])


def test_a_plural_role_noun_opening_the_sentence_heads_its_names(extractor):
    text = ("Eksperci z Instytutu Budownictwa dr hab. inż. Adam Mak, prof. instytutu, oraz dr hab. Piotr Wilk "
            "wygłosili prezentacje.")
    found = people(extractor, text)
    assert titles(found["Adam Mak"]) == ["ekspert"]
    assert titles(found["Piotr Wilk"]) == ["ekspert"]


def test_a_plural_role_noun_with_its_own_words_heads_no_name(extractor):
    text = "Eksperci podkreślali, że Jan Kos miał rację."
    assert "ekspert" not in titles(people(extractor, text)["Jan Kos"])


def test_a_participle_title_with_its_object_gives_the_role(extractor):
    found = people(extractor, "Prowadzący debatę Michał Sowa odniósł się do pytania. Moderująca dyskusję "
                              "Anna Wilk zadała pytanie.")
    assert titles(found["Michał Sowa"]) == ["prowadzący"]
    assert titles(found["Anna Wilk"]) == ["moderator"]


@pytest.mark.parametrize("text, host, guest", [
    ("Rozmowę z Lucyną Szpak prowadziła Marianna Dziuba.", "Marianna Dziuba", "Lucyna Szpak"),
    ("Spotkanie z podróżniczką, Wandą Rosół, poprowadził Antoni Cebula.", "Antoni Cebula", "Wanda Rosół"),
])
def test_the_verbs_event_role_is_not_for_a_name_a_preposition_governs(extractor, text, host, guest):
    found = {p.name: [r.title for r in p.roles] for p in extractor.extract(text).people}
    assert "prowadzący" in found[host]
    assert "prowadzący" not in found[guest]
