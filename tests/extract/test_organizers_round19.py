"""Organizers and co-organizers of round 19: bodies near the event that did not organize it (pipeline/extract/
organizer_*.py, pipeline/resolve_organizer.py), on our own invented reports."""

import pytest

#: these tests check the rules; the learned models stay off (tests/conftest.py `rules_only`)
pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.fixture(scope="module")
def run(extractor):
    return lambda text: extractor.extract(text)


def test_last_years_organizer_is_not_this_events(run):
    """A cue dated to an earlier edition ("w ubiegłym roku", "rok temu", "przed dwoma laty") says who ran that one."""
    r = run("W zeszłym roku kiermasz przygotowało Towarzystwo Przyjaciół Ziemi Olszowskiej. "
            "W tym roku jarmark odbył się na błoniach.")
    assert r.event.organizer is None
    r = run("Dwa lata temu zawody zorganizował Uczniowski Klub Sportowy Sokolik. W niedzielę rozegrano kolejną edycję.")
    assert r.event.organizer is None
    r = run("Przed rokiem festiwal przeprowadziła Fundacja Modry Potok we współpracy ze Stowarzyszeniem Stara Kuźnia. "
            "Tegoroczny festiwal odbył się w amfiteatrze.")
    assert r.event.organizer is None
    assert r.event.co_organizers == []


def test_this_years_part_of_the_sentence_keeps_its_organizer(run):
    """"Rok temu … , w tym roku organizatorem był X": the current occasion's part names the organizer."""
    r = run("Rok temu rajd przygotował Klub Turystyczny Wędrowiec, w tym roku organizatorem było "
            "Stowarzyszenie Modra Dolina.")
    assert r.event.organizer == "Stowarzyszenie Modra Dolina"


def test_a_comparison_with_last_year_keeps_the_organizer(run):
    """"podobnie jak w ubiegłym roku", "jak przed rokiem": the same body organized this edition too; a past week or
    a past Saturday is this event's date, not an earlier edition."""
    r = run("Podobnie jak w ubiegłych latach, piknik przygotowała Rada Sołecka wsi Modrzewie.")
    assert r.event.organizer == "Rada Sołecka wsi Modrzewie"
    r = run("Tak jak przed rokiem, turniej zorganizował Klub Sportowy Orlik.")
    assert r.event.organizer == "Klub Sportowy Orlik"
    r = run("W ubiegłą sobotę Stowarzyszenie Modra Dolina zorganizowało rajd rowerowy.")
    assert r.event.organizer == "Stowarzyszenie Modra Dolina"
