"""Sites named by a lower-case head (pipeline/extract/site_venues.py), on our own sentences."""

import pytest

from tests._venues import venues as _venues


@pytest.mark.parametrize(("text", "venue"), [
    ("Wycieczka zakończyła się w zamku krzyżackim w Lipnie.", "zamek krzyżacki w Lipnie"),
    ("Uczestnicy zwiedzili pałac w Brzozowie Starym.", "pałac w Brzozowie Starym"),
    ("Uroczystość odbyła się na cmentarzu na Zarzeczu w Kołkach.", "cmentarz na Zarzeczu"),
    ("Kwiaty złożono pod pomnikiem płk. Jana Kosa „Wichra”.", "pomnik płk. Jana Kosa „Wichra”"),
    ("Wartę zaciągnięto przy mogile Powstańców Styczniowych.", "mogiła Powstańców Styczniowych"),
    ("Apel odbył się pod pomnikiem Obrońców Ziemi Lipnowskiej i Poległych Harcerzy.",
     "pomnik Obrońców Ziemi Lipnowskiej i Poległych Harcerzy"),
    # squares, parks and hotels a person names: a first name, a surname no common word shares, a rank
    ("Festyn odbył się na placu gen. Tadeusza Rolskiego.", "plac gen. Tadeusza Rolskiego"),
    ("Koncert zagrano w parku im. Adama Mickiewicza w Brzozowie.", "park im. Adama Mickiewicza"),
    ("Bal odbył się w hotelu Nowakowskiego.", "hotel Nowakowskiego"),
    ("Msza polowa odbyła się pod pomnikiem Bolesława III.", "pomnik Bolesława III"),
])
def test_a_named_site_is_a_venue_in_its_base_form(text, venue):
    assert venue in _venues(text)


@pytest.mark.parametrize("text", [
    "Spotkanie odbyło się w zamku.",
    "Koncert zagrano w pałacu w czerwcu.",
    "Kwiaty złożono pod pomnikiem poległych mieszkańców.",
    "Dzieci bawiły się na cmentarzu dinozaurów.",
    "Piknik odbył się na placu Szkoły Podstawowej.",  # "Szkoły" is a surname in SGJP, and a common word
    "Dzieci bawiły się na placu zabaw.",
    "Spacer zakończył się w parku Krajobrazowym.",
])
def test_a_site_nothing_names_is_no_venue(text):
    assert _venues(text) == []


def test_a_word_the_dictionary_names_as_a_building_is_a_venue():
    """'w Torwarze': SGJP names the word a building; after a place preposition in its case it is the venue, in its
    base form; the same word as a sentence's subject names no place of the event."""
    assert _venues("Finał turnieju odbył się w Torwarze.") == ["Torwar"]
    assert _venues("Torwar to hala sportowa.") == []


@pytest.mark.parametrize(("text", "venue"), [
    ("Rajd zakończył się w Agroturystyce „Zielony Dół” w Brzozowie.", "Agroturystyka „Zielony Dół”"),
    ("Spływ zakończył się na Przystani Kajakowej w Lipnie.", "Przystań Kajakowa w Lipnie"),
    ("Wykłady odbyły się w Kampusie Leśnym.", "Kampus Leśny"),
    ("Spotkanie autorskie odbyło się w Saloniku Poetyckim.", "Salonik Poetycki"),
])
def test_generic_venue_heads_open_a_capitalised_name(text, venue):
    assert venue in _venues(text)


def test_a_sites_head_capitalised_by_position_stays_lower_case():
    """"Pałac w Brzozowie odwiedziło…" opens a sentence: the capital is the position's, the site is "pałac w …"."""
    venues = _venues("Festyn był udany. Pałac w Brzozowie odwiedziło wielu gości.")
    assert "pałac w Brzozowie" in venues and "Pałac w Brzozowie" not in venues


def test_a_capitalised_memorial_whose_head_is_also_a_village():
    """"przy Grobie Nieznanego Powstańca": the head alone reads as a village's name, the memorial is the venue."""
    assert "Grób Nieznanego Powstańca" in _venues("Apel odbył się przy Grobie Nieznanego Powstańca.")


def test_a_capitalised_venue_word_alone_names_the_site_the_writer_means():
    """'w Galerii' inside a sentence: the capital makes the common venue word the name of one site; the same word
    opening a sentence, opening a longer name or written in lower case names nothing of its own."""
    assert "Galeria" in _venues("Wernisaż odbył się w Galerii.")
    assert "Galeria" not in _venues("Galeria była pełna gości.")
    assert "Galeria" not in _venues("Wernisaż odbył się w galerii.")
    assert "Galeria" not in _venues("Wernisaż odbył się w Galerii Sztuki Ludowej.")
