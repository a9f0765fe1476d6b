"""A body's head acting as organizer, inviter or co-organizer acts for the body his title governs
(`pipeline.resolve_organizer.head_before`)."""

import pytest


@pytest.fixture(autouse=True)
def _rules_only(rules_only):
    yield


@pytest.mark.parametrize("text,body", [
    ("Na zaproszenie Dyrektora Szkoły Podstawowej nr 2 w Lipnie Jana Kosa do szkoły przyjechali strażacy.",
     "Szkoła Podstawowa nr 2 w Lipnie"),
    ("Na zaproszenie Nadleśniczego Nadleśnictwa Lipno Jana Kosa leśnicy spotkali się z uczniami.",
     "Nadleśnictwo Lipno"),
    ("Organizatorem konkursu był Prezes Stowarzyszenia Przyjaciół Lipna Jan Kos.", "Stowarzyszenie Przyjaciół Lipna"),
])
def test_a_head_named_by_the_cue_gives_his_body(event_of, text, body):
    assert event_of(text).organizer == body


def test_a_head_as_partner_gives_a_co_organizer(event_of):
    event = event_of("Festyn zorganizował Gminny Ośrodek Kultury w Lipnie we współpracy z Prezesem "
                     "Stowarzyszenia Przyjaciół Lipna.")
    assert event.organizer == "Gminny Ośrodek Kultury w Lipnie"
    assert "Stowarzyszenie Przyjaciół Lipna" in event.co_organizers


@pytest.mark.parametrize("text,body", [
    ("Zawody zorganizował Zarząd Okręgu PZW w Turku.", "Okręg PZW w Turku"),
    ("Zarząd Oddziału Gminnego ZOSP w Lesznie zorganizował turniej dla dzieci.", "Oddział Gminny ZOSP w Lesznie"),
])
def test_a_board_as_subject_of_the_organizing_verb_gives_its_body(event_of, text, body):
    assert event_of(text).organizer == body


def test_a_board_only_thanked_organizes_nothing(event_of):
    assert event_of("Zawody odbyły się nad stawem. Podziękowano Zarządowi Okręgu PZW w Turku.").organizer is None
