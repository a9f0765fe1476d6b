"""Venue cues read from the language: a dated opening locative, verbs of going by lemma, a list of places."""

import pytest


def _venues(extractor, text: str) -> set[str]:
    return {p.name for p in extractor.extract(text).places if p.kind == "venue"}


@pytest.mark.parametrize("text,venue", [
    ("Dnia 12 marca 2021 r. w Bibliotece Miejskiej w Lipnie nastąpiło wręczenie nagród.",
     "Biblioteka Miejska w Lipnie"),
    ("W miniony piątek w Gminnym Ośrodku Kultury w Rypinie seniorzy przygotowali wystawę.",
     "Gminny Ośrodek Kultury w Rypinie"),
    ("5 lipca w godz. 9.00 - 12.00 w Ośrodku Zdrowia w Kołkach.", "Ośrodek Zdrowia w Kołkach"),
])
def test_a_locative_opening_its_sentence_after_a_date_is_a_venue(extractor, text, venue):
    assert venue in _venues(extractor, text)


@pytest.mark.parametrize("text,venue", [
    ("W środę wybraliśmy się do Biblioteki Publicznej w Lipnie z życzeniami.", "Biblioteka Publiczna w Lipnie"),
    ("Następnie pojechaliśmy do Zakładu Doświadczalnego w Rypinie.", "Zakład Doświadczalny w Rypinie"),
    ("Po obiedzie zabawa przeniosła się do Domu Kultury w Kołkach.", "Dom Kultury w Kołkach"),
])
def test_a_verb_of_going_with_do_makes_the_institution_a_venue(extractor, text, venue):
    assert venue in _venues(extractor, text)


def test_choosing_someone_for_a_body_is_no_going(extractor):
    text = "Na zebraniu członkowie wybrali do Zarządu Stowarzyszenia Przyjaciół Lipna panią Annę Kwiatek."
    assert not any(v.startswith("Zarząd") or v.startswith("Stowarzyszenie") for v in _venues(extractor, text))


def test_a_letter_sent_to_an_office_is_no_venue(extractor):
    text = "Przed konkursem wysłaliśmy pismo do Urzędu Gminy w Lipnie."
    assert "Urząd Gminy w Lipnie" not in _venues(extractor, text)


def test_a_list_announced_by_a_count_of_places_gives_venues(extractor):
    text = "Zawody odbyły się w dwóch miejscach: Szkole Podstawowej w Lipnie i Gminnym Ośrodku Kultury w Lipnie."
    venues = _venues(extractor, text)
    assert {"Szkoła Podstawowa w Lipnie", "Gminny Ośrodek Kultury w Lipnie"} <= venues


def test_an_institution_in_quotes_after_w_keeps_its_venue_cue(extractor):
    text = "W sobotę debata odbyła się w „Domu Rzemiosła” w Kołkach."
    assert any(v.startswith("Dom Rzemiosła") for v in _venues(extractor, text))



@pytest.mark.parametrize("text,venue", [
    ("Finał turnieju rozegrano w Hali Sportowej Lipno Arena.", "Hala Sportowa Lipno Arena"),
    ("Koncert odbył się na Stadionie Miejskim Arena Kobyłka.", "Stadion Miejski Arena Kobyłka"),
])
def test_a_head_noun_that_cannot_take_the_venues_case_is_a_word_of_its_name(extractor, text, venue):
    """"w Hali Sportowej X Arena": "Arena" is nominative where the venue's head is locative, so it is a word of
    the brand name, not a second venue."""
    assert venue in _venues(extractor, text)
