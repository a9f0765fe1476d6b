"""A unit named only through its head's title acts as the organizer when the title carries the cue
(`pipeline.extract.title_bodies`)."""

import pytest


@pytest.mark.parametrize("text,unit", [
    ("Na zaproszenie Wójta Gminy Brzozowo sołtysi przybyli na spotkanie w sali sesyjnej.", "Gmina Brzozowo"),
    ("Wójt Gminy Brzozowo Jan Kos zorganizował spotkanie z mieszkańcami.", "Gmina Brzozowo"),
    ("Piknik zorganizowany przez Wójta i Radę Gminy w Brzozowie odbył się w sobotę.", "Gmina Brzozów"),
    ("Sołtysi z gminy Brzozowo przybyli na zaproszenie Wójta Gminy na spotkanie.", "Gmina Brzozowo"),
])
def test_an_official_acting_as_organizer_gives_the_unit(event_of, text, unit):
    assert event_of(text).organizer == unit


@pytest.mark.parametrize("text", [
    "Spotkanie otworzył Wójt Gminy Brzozowo Jan Kos.",
    "Posiedzenie otworzył Przewodniczący Rady Gminy Brzozowo Jan Kos.",
    "W konferencji uczestniczyli: burmistrz miasta Lipowa Dainius Kliucevis oraz radni.",
])
def test_an_official_who_opens_or_attends_names_no_body(extractor, text):
    """Opening or attending is what any organizer's or guest's head does: no unit becomes a body."""
    report = extractor.extract(text)
    assert not any(o.name.split()[0] in ("Gmina", "Miasto", "Powiat") for o in report.organizations)


def test_a_council_alone_stays_the_organizer(event_of):
    """A council's own event is its own: only a head or a chair stands for the unit."""
    assert event_of("Festyn zorganizowała Rada Gminy Brzozowo.").organizer == "Rada Gminy Brzozowo"


def test_a_name_stops_before_the_title_holder(extractor):
    """"Przewodniczącą Rady Gminy Anną Wilk": the holder's name is not the unit's."""
    report = extractor.extract("Na zaproszenie Wójta Gminy Lipno Jana Kosa i Przewodniczącej Rady Gminy Anny Wilk "
                               "przyjechali goście z Czech.")
    assert {o.name for o in report.organizations if o.name.startswith("Gmina")} == {"Gmina Lipno"}
