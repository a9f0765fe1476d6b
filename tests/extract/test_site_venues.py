"""Sites named by a lower-case head (pipeline/extract/site_venues.py), on our own sentences."""

import pytest

from pipeline import extract


def _venues(text: str) -> list[str]:
    report = extract(text)
    for p in report.places:
        for m in p.mentions:
            assert text[m.start:m.end] == m.text
    return [p.name for p in report.places if p.kind == "venue"]


@pytest.mark.parametrize(("text", "venue"), [
    ("Wycieczka zakończyła się w zamku krzyżackim w Lipnie.", "zamek krzyżacki w Lipnie"),
    ("Uczestnicy zwiedzili pałac w Brzozowie Starym.", "pałac w Brzozowie Starym"),
    ("Uroczystość odbyła się na cmentarzu na Zarzeczu w Kołkach.", "cmentarz na Zarzeczu"),
    ("Kwiaty złożono pod pomnikiem płk. Jana Kosa „Wichra”.", "pomnik płk. Jana Kosa „Wichra”"),
    ("Wartę zaciągnięto przy mogile Powstańców Styczniowych.", "mogiła Powstańców Styczniowych"),
    ("Apel odbył się pod pomnikiem Obrońców Ziemi Lipnowskiej i Poległych Harcerzy.",
     "pomnik Obrońców Ziemi Lipnowskiej i Poległych Harcerzy"),
])
def test_a_named_site_is_a_venue_in_its_base_form(text, venue):
    assert venue in _venues(text)


@pytest.mark.parametrize("text", [
    "Spotkanie odbyło się w zamku.",
    "Koncert zagrano w pałacu w czerwcu.",
    "Kwiaty złożono pod pomnikiem poległych mieszkańców.",
    "Dzieci bawiły się na cmentarzu dinozaurów.",
])
def test_a_site_nothing_names_is_no_venue(text):
    assert _venues(text) == []
