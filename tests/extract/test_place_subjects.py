"""Round 12: a town written as the subject of its verb ("Zielona Góra stała się…") is a place by agreement; a lone
venue head word ("w Kaplicy przy kościele") is no village unless it is a body's seat."""

import pytest


def _places(extractor, text: str) -> set[str]:
    return {p.name for p in extractor.extract(text).places}


@pytest.mark.parametrize("text,town", [
    ("W dniach 3 i 4 maja Zielona Góra stała się stolicą młodych szachistów. Przyjechało stu graczy.", "Zielona Góra"),
    ("W sobotę Stalowa Wola zamieniła się w wielką scenę dla tancerzy z regionu.", "Stalowa Wola"),
    ("W niedzielę Kraków gościł uczestników zjazdu kół emerytów.", "Kraków"),
])
def test_a_town_agreeing_with_its_verb_is_a_place(extractor, text, town):
    assert town in _places(extractor, text)


@pytest.mark.parametrize("text,absent", [
    ("Na zebraniu pan Kowal powiedział, że wieś potrzebuje świetlicy.", "Kowal"),  # a surname of the verb's gender
    ("Drużyna z Lipna przegrała, a Polska wygrała turniej juniorów.", "Polska"),  # a country is no town here
    ("Nagrodę otrzymał Urząd Miasta Kraków wręczył ją wójt.", "Kraków"),  # the end of a longer name
])
def test_no_subject_locality_without_agreement_or_inside_a_name(extractor, text, absent):
    doc = extractor.extract(text)
    assert all(m.rule != "subject_locality" for p in doc.places for m in p.mentions if p.name == absent)


@pytest.mark.parametrize("text,absent", [
    ("Msza odbyła się w Kaplicy przy kościele parafialnym w Lipnie.", "Kaplica"),  # a venue's head word
    ("Spotkanie rozpoczęło się na Rynku, potem goście przeszli do szkoły w Lipnie.", "Rynek"),
])
def test_a_lone_venue_head_word_is_no_village(extractor, text, absent):
    assert absent not in _places(extractor, text)


def test_a_venue_head_word_as_a_bodys_seat_stays_a_village(extractor):
    text = "Przewodniczącą Koła Gospodyń Wiejskich w Kopalni została Anna Lipińska."
    assert "Kopalnia" in _places(extractor, text)


@pytest.mark.parametrize("text,absent", [
    ("Zajęcia przygotował Oddział Towarzystwa Miłośników Ziemi z Lipna.", "Oddział"),  # a head with its genitive
    ("Harcerze spotkali się pod Pomnikiem Harcerzy w Lipnie.", "Pomnik"),
    ("Szkolenie przygotowano dla Gospodarzy z Lipna.", "Gospodarz"),  # a plural of persons after "dla"
])
def test_a_capitalised_common_noun_is_no_village(extractor, text, absent):
    assert absent not in _places(extractor, text)
    assert "Lipno" in _places(extractor, text)


@pytest.mark.parametrize("text,venue", [
    ("Zuchy zebrały się pod Pomnikiem Harcerzy w Lipnie, gdzie odbył się apel.", "Pomnik Harcerzy"),
    ("Msza odbyła się w Kaplicy Świętej Anny, a potem wierni przeszli na Plac Wolności.", "Plac Wolności"),
])
def test_a_named_monument_square_or_chapel_is_a_venue(extractor, text, venue):
    venues = {p.name for p in extractor.extract(text).places if p.kind == "venue"}
    assert venue in venues


@pytest.mark.parametrize("text,venue", [
    ("Pokaz filmu odbył się w kinie Muszelka w Lipnie.", "Muszelka"),  # the kind word drops
    ("Koncert zespołu odbył się w klubie Stodoła.", "Stodoła"),
    ("Kiermasz odbył się w nowym centrum K2 przy rynku.", "K2"),  # a capital and a number; the adjective passed over
])
def test_a_name_in_apposition_to_a_lower_case_kind_word_is_a_venue(extractor, text, venue):
    assert venue in {p.name for p in extractor.extract(text).places if p.kind == "venue"}


def test_a_sports_ground_named_by_its_body_keeps_its_kind_word(extractor):
    """"na stadionie GOSiR": the stadium the body runs is the site, named with its kind word; the acronym is the body."""
    record = extractor.extract("Na stadionie GOSiR zagrają drużyny z całego powiatu.")
    assert "stadion GOSiR" in {p.name for p in record.places if p.kind == "venue"}


def test_a_kind_word_with_no_name_after_it_gives_no_venue(extractor):
    record = extractor.extract("Spotkanie odbyło się w samym centrum miasta, na stadionie nikt nie grał.")
    assert not [p for p in record.places if p.kind == "venue"]


@pytest.mark.parametrize("text,absent", [
    ("Zdjęcia w galerii Picasa. Spotkanie odbyło się w Lipnie.", "Picasa"),  # a photo gallery
    ("Spotkanie odbyło się w centrum Lipna, w parku Miejskim.", "Miejskim"),  # genitive and agreeing words
])
def test_no_apposed_venue_without_a_nominative_name(extractor, text, absent):
    assert all(absent not in p.name for p in extractor.extract(text).places if p.kind == "venue")
