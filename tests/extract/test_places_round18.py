"""Round 18: localities introduced by the language's own cues: a resident noun's genitive ("mieszkańcy X"), a
two-word town after a body's acronym ("MKS Nowy Sącz")."""

import pytest


def _places(extractor, text: str) -> set[str]:
    return {p.name for p in extractor.extract(text).places}


@pytest.mark.parametrize("text,expected", [
    ("Na pikniku bawili się mieszkańcy Łomży i Zambrowa.", {"Łomża", "Zambrów"}),
    ("Mieszkańcy Kamionki przygotowali poczęstunek dla gości.", {"Kamionka"}),
    ("Pierwszą nagrodę odebrała Ewa Sroka, mieszkanka pobliskiej Łomży.", {"Łomża"}),
])
def test_the_genitive_after_a_resident_noun_is_a_locality(extractor, text, expected):
    assert expected <= _places(extractor, text)


def test_a_resident_noun_before_a_common_word_gives_no_place(extractor):
    assert not _places(extractor, "Zaprosiliśmy mieszkańców Gminy na zebranie.") - {"gmina"}


@pytest.mark.parametrize("text,expected", [
    ("Turniej wygrał Jan Wrona z klubu MKS Nowy Sącz.", "Nowy Sącz"),
    ("Drugie miejsce zajął Adam Kos z UKS Biała Podlaska.", "Biała Podlaska"),
])
def test_a_two_word_town_after_an_acronym(extractor, text, expected):
    assert expected in _places(extractor, text)


def test_an_adjective_alone_after_an_acronym_is_no_town(extractor):
    assert "Nowy" not in _places(extractor, "Turniej wygrał Jan Wrona z klubu MKS Nowy Team.")
