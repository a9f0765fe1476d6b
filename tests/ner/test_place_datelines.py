"""Datelines (pipeline/ner/place_rules.py `dateline_end`): a town, a comma and a day's date opening the text or a
line names the town the report comes from, a place (the cards list it), in sentences written for the tests."""

import pytest


def _places(extractor, text: str) -> set[str]:
    return {p.name for p in extractor.extract(text).places}


@pytest.mark.parametrize("text,town", [
    ("Rypin, 14 czerwca 2018 r. W urzędzie odbyło się zebranie sołtysów.", "Rypin"),
    ("Aktualności\nGolub-Dobrzyń, dnia 3 marca 2016 roku\nW bibliotece odbył się wieczór poezji.", "Golub-Dobrzyń"),
    ("Nowe Miasto Lubawskie, 07.09.2020\nW szkole odbył się festyn rodzinny.", "Nowe Miasto Lubawskie"),
    ("Kraków, 12 lutego 2019 r. Do urzędu przyszli seniorzy.", "Kraków"),  # "kraków": a common reading too
    ("Rypin, 14-15 czerwca 2018 r.\nW urzędzie odbyło się zebranie.", "Rypin"),
    ("Lipno, 7 IX 2018\nW urzędzie odbyło się zebranie.", "Lipno"),
    ("Lipno, 2018-09-07\nW urzędzie odbyło się zebranie.", "Lipno"),
])
def test_a_town_opening_a_dated_line_is_a_place(extractor, text, town):
    assert town in _places(extractor, text)


@pytest.mark.parametrize("text,word", [
    ("Piątek, 5 maja 2017 r.\nW świetlicy odbyło się zebranie.", "Piątek"),  # a weekday, though a town is so named
    ("Rypin, 2018\nW świetlicy odbyło się zebranie sołtysów.", "Rypin"),  # a year alone: a footer, no dateline
    ("Rypin, 45 osób\nW świetlicy odbyło się zebranie sołtysów.", "Rypin"),  # a number, no date
    ("Zebranie odbyło się w świetlicy. Dziękujemy, Rypin, 5 maja 2017 r.", "Rypin"),  # not opening a line
])
def test_no_dateline_without_a_town_opening_a_line_and_a_days_date(extractor, text, word):
    assert word not in _places(extractor, text)
