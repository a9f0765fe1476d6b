"""Whose event it is (pipeline/resolve_owner.py): a venue hosting its own event, on our own sentences."""

import pytest


@pytest.fixture(scope="module")
def run(extractor):
    return lambda text: extractor.extract(text).event


def test_a_venue_whose_guests_are_named_by_its_kind_hosts(run):
    ev = run("Podróże małe i duże\n\nJan Kowalczyk opowiedział o swojej wyprawie w środę w Bibliotece Zamkowej "
             "podczas spotkania z cyklu podróżniczego.\n\nGoście biblioteki z uwagą wysłuchali opowieści.")
    assert ev.organizer == "Biblioteka Zamkowa"


def test_an_office_training_its_own_employees_hosts(run):
    ev = run("W Starostwie Powiatowym w Lipnie odbyło się szkolenie pracowników z obsługi defibrylatora.")
    assert ev.organizer == "Starostwo Powiatowe w Lipnie"


def test_employees_of_another_body_leave_the_venue_out(run):
    ev = run("W Bibliotece Zamkowej odbyło się szkolenie pracowników Urzędu Gminy Lipno.")
    assert ev.organizer != "Biblioteka Zamkowa"


def test_a_mere_venue_is_no_host(run):
    ev = run("W Bibliotece Zamkowej odbył się koncert zespołu Wiosna. Publiczność dopisała.")
    assert ev.organizer is None
