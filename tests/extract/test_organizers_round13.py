"""Organizers and organizations of round 13: bodies the extractor left out (pipeline/lexicon/words.py heads,
pipeline/extract/organizer_phrases.py), on our own sentences."""

import pytest

#: these tests check the rules; the learned models stay off (tests/conftest.py `rules_only`)
pytestmark = pytest.mark.usefixtures("rules_only")


def orgs(report):
    return {o.name for o in report.organizations}


@pytest.fixture(scope="module")
def run(extractor):
    return lambda text: extractor.extract(text)


def test_a_coalition_named_after_the_organizing_phrase_is_the_organizer(run):
    r = run("W Lipnie odbyło się III Forum Działkowców zorganizowane przez Polską Koalicję Ogrodników Miejskich.")
    assert r.event.organizer == "Polska Koalicja Ogrodników Miejskich"


@pytest.mark.parametrize("text, name", [
    ("Książki dla uczestników przekazało Wydawnictwo Zielony Dąb z Lipna.", "Wydawnictwo Zielony Dąb"),
    ("Bezpieczeństwo omówili funkcjonariusze z Komisariatu Policji w Lipnie.", "Komisariat Policji w Lipnie"),
    ("Relację przygotowała Redakcja Gazety Brzozowskiej.", "Redakcja Gazety Brzozowskiej"),
    ("Patronat nad spotkaniem objęła Diecezja Lipnowska.", "Diecezja Lipnowska"),
])
def test_kinds_of_bodies_are_organizations(run, text, name):
    assert name in orgs(run(text))


def test_a_name_in_apposition_to_the_organizers_noun(run):
    r = run("W sobotę w Lipnie rozegrano turniej szachowy. Celem organizatorów – Stowarzyszenia Zielony Gaj – była "
            "popularyzacja gry wśród dzieci.")
    assert r.event.organizer == "Stowarzyszenie Zielony Gaj"


def test_a_seat_written_once_belongs_to_each_coordinated_generic_name(run):
    r = run("Uczniowie zostali zaproszeni na turniej debat przez organizatorów, czyli Szkołę Podstawową i "
            "Bibliotekę w Lipnie.")
    assert r.event.organizer == "Szkoła Podstawowa w Lipnie"
    assert "Biblioteka w Lipnie" in r.event.co_organizers


def test_a_name_with_a_proper_part_takes_no_shared_seat(run):
    r = run("Turniej zorganizowany przez Fundację Zielony Gaj i Bibliotekę w Lipnie odbył się w sobotę.")
    assert r.event.organizer == "Fundacja Zielony Gaj"


def test_a_body_thanked_for_its_hospitality_before_the_verb_is_the_host(run):
    r = run("W sobotę odbyły się warsztaty dla kobiet. Było twórczo i wesoło.\n"
            "Teatrowi Zielona Scena dziękujemy za – jak zwykle – serdeczną gościnę.")
    assert r.event.organizer == "Teatr Zielona Scena"
