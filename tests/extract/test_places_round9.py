"""Round 9: a unit or a town that is the scope of an abstract noun, or the town of an office, is no place of
the event; the seat of a body whose name holds such a noun still is."""

import pytest


def _places(extractor, text: str) -> set[str]:
    return {p.name for p in extractor.extract(text).places}


@pytest.mark.parametrize("text,name", [
    ("Spotkanie w Lipnie poświęcono kierunkom rozwoju województwa lubuskiego.", "województwo lubuskie"),
    ("W Lipnie omówiono założenia polityki społecznej w powiecie gostynińskim.", "powiat gostyniński"),
    ("W Lipnie przedstawiono strategię rozwoju turystyki na terenie gminy Sierpc.", "gmina Sierpc"),
])
def test_a_unit_as_the_scope_of_a_topic_is_no_place(extractor, text, name):
    assert name not in _places(extractor, text)


def test_a_town_named_only_in_an_office_title_is_no_place(extractor):
    text = "Na uroczystość w Lipnie przybył prezydent Płocka Jan Kowalczyk."
    assert "Płock" not in _places(extractor, text)
    assert "Lipno" in _places(extractor, text)


def test_the_seat_of_a_body_named_after_a_topic_stays_a_place(extractor):
    text = "Wykład wygłosił Jan Nowak z Instytutu Rozwoju Regionalnego w Płocku."
    assert "Płock" in _places(extractor, text)


def test_a_unit_where_the_event_was_stays_a_place(extractor):
    text = "Konferencja odbyła się w powiecie gostynińskim, a jej tematem był rozwój turystyki."
    assert "powiat gostyniński" in _places(extractor, text)


@pytest.mark.parametrize("text,venue", [
    ("Uczestnicy objazdu odwiedzili m.in. Gminną Bibliotekę Publiczną w Lipnie (gdzie obejrzeli wystawę).",
     "Gminna Biblioteka Publiczna w Lipnie"),
    ("Dziękujemy gościom za przybycie na piknik do Centrum Integracji Społecznej w Lipnie.",
     "Centrum Integracji Społecznej w Lipnie"),
    ("W jednej z sal Miejskiego Domu Kultury w Lipnie odbyło się forum organizacji.",
     "Miejski Dom Kultury w Lipnie"),
])
def test_an_institution_visited_or_arrived_at_is_a_venue(extractor, text, venue):
    venues = {p.name for p in extractor.extract(text).places if p.kind == "venue"}
    assert venue in venues
