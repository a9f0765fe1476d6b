"""One-word list headings naming what the listed people do: participles, -owy adjectives and agent nouns in the
plural m1 give the singular masculine title; qualities and states give none. Sentences are invented."""

from people_helpers import people, titles


def test_participle_and_adjective_headings_on_their_own_lines(extractor):
    found = people(extractor, "Skład Sokoła Lipiny na wiosnę: Przyjmujący: Tomasz Wierzba, Karol Mękal\n"
                              "Środkowi: Jan Pilarczyk\nBramkarze: Oskar Bęben")
    assert titles(found["Tomasz Wierzba"]) == ["przyjmujący"]
    assert titles(found["Karol Mękal"]) == ["przyjmujący"]
    assert titles(found["Jan Pilarczyk"]) == ["środkowy"]
    assert titles(found["Oskar Bęben"]) == ["bramkarz"]


def test_headings_run_into_one_paragraph(extractor):
    found = people(extractor, 'Wynik 2:1. Rozgrywający: Adam Kwiatek "Kwiat" Bogdan Lis "Lisek" '
                              'Skrzydłowi: Damian Wrona "Wron"')
    assert titles(found["Bogdan Lis"]) == ["rozgrywający"]
    assert titles(found["Damian Wrona"]) == ["skrzydłowy"]


def test_qualities_and_phrases_give_no_title(extractor):
    found = people(extractor, "Obecni: Anna Sowa, Jan Pilarczyk.\nWyróżnieni: Ewa Mrówka.\n"
                              "Nasi Rozgrywający: Piotr Bęben.")
    assert titles(found["Anna Sowa"]) == []
    assert titles(found["Ewa Mrówka"]) == []
    assert "rozgrywający" not in titles(found["Piotr Bęben"])
