"""Institutions named as where something happened, in sentences written for the tests."""

import pytest


def _result(extractor, text: str) -> tuple[set[str], set[tuple[str, str]]]:
    r = extractor.extract(text)
    return {o.name for o in r.organizations}, {(p.name, p.kind) for p in r.places}


def test_a_kind_name_in_the_locative_is_one_institution_and_the_venue(extractor):
    orgs, places = _result(extractor, "Targi zorganizowano w Bibliotece Uczelnianej, gdzie byli wystawcy.")
    assert "Biblioteka Uczelniana" in orgs
    assert ("Biblioteka Uczelniana", "venue") in places


def test_a_room_of_an_institution_makes_it_the_venue(extractor):
    orgs, places = _result(extractor, "Koła wzięły udział w sobotę w sali Biblioteki Gminnej w spotkaniu.")
    assert "Biblioteka Gminna" in orgs
    assert ("Biblioteka Gminna", "venue") in places
    _, places = _result(extractor, "Uczniowie odwiedzili halę Miejskiego Ośrodka Sportu i Rekreacji w sobotę.")
    assert ("Miejski Ośrodek Sportu i Rekreacji", "venue") in places


def test_during_an_event_in_an_institution(extractor):
    _, places = _result(extractor, "Podróżnik opowiadał w czwartek w Bibliotece Ratuszowej podczas spotkania.")
    assert ("Biblioteka Ratuszowa", "venue") in places


def test_a_kind_name_not_located_stays_a_kind(extractor):
    orgs, _ = _result(extractor, "Firma działa w formie Spółdzielni Socjalnej. Pracownicy w Izbie byli mili.")
    assert not orgs


def test_the_reading_room_of_a_library_named_by_its_acronym_makes_the_library_the_venue(extractor):
    text = ("Gminna Biblioteka Publiczna (GBP) zaprasza na wykład. Spotkanie odbędzie się 5 maja 2021 r. "
            "w czytelni GBP przy ul. Polnej 2.")
    _orgs, places = _result(extractor, text)
    assert ("Gminna Biblioteka Publiczna", "venue") in places
    _orgs, places = _result(extractor, "Gminna Biblioteka Publiczna (GBP) ma nowych czytelników z GBP w Lipnie.")
    assert not [p for p in places if p[1] == "venue"]


def test_a_parliament_or_an_acronym_the_event_was_held_in(extractor):
    """"odbyła się w Senacie RP": held in it, a parliament (a body phrase) or a body named by its acronym is the
    venue; a parliament where someone works is not."""
    _, places = _result(extractor, "Debata oksfordzka odbyła się w Senacie RP.")
    assert ("Senat RP", "venue") in places
    _, places = _result(extractor, "Szkolenie odbyło się w MOPS w Lipnie.")
    assert ("MOPS w Lipnie", "venue") in places
    _, places = _result(extractor, "Jego żona pracuje w Senacie RP od lat.")
    assert not any(kind == "venue" for _name, kind in places)


@pytest.mark.parametrize("text", [
    "Warsztaty w Gminnej Bibliotece Publicznej w Brzezince\nW czwartek dzieci robiły kartki świąteczne.",
    "SZKOLENIE W GMINNYM OŚRODKU KULTURY W BRZEZINCE\nW czwartek sołtysi poznali nowe przepisy.",
])
def test_an_event_noun_before_the_institution_makes_it_the_venue(extractor, text):
    """A heading "Warsztaty w X" with no verb says where the event was held, as "odbyły się w X" does."""
    venues = {p.name for p in extractor.extract(text).places if p.kind == "venue"}
    assert any(v.startswith("Gminn") for v in venues)


def test_people_in_an_institution_do_not_make_it_a_venue(extractor):
    report = extractor.extract("Pracownicy w Gminnej Bibliotece Publicznej w Brzezince przygotowali wystawę.")
    assert not [p for p in report.places if p.kind == "venue"]
