"""Roles, their organizations and parts, sixth round: titles that keep a lower-case unit ("szef biura"),
a noun's genitive that only looks like an adjective, a unit's seat, chains of predicative titles, and
announced (future-tense) lecturers. Sentences are invented."""

from people_helpers import people, titles, titles_with_orgs


def test_lower_case_unit_stays_in_the_title(extractor):
    found = people(extractor, "Spotkanie otworzył Jan Wilk, szef biura poselskiego posła Adama Kota.")
    assert "szef biura poselskiego" in titles(found["Jan Wilk"])
    assert "poseł" in titles(found["Adam Kot"])


def test_unit_of_a_foundation_keeps_the_foundation(extractor):
    found = people(extractor, "Gości powitał Jan Wilk, dyrektor biura Fundacji Razem.")
    assert ("dyrektor biura", "Fundacja Razem") in titles_with_orgs(found["Jan Wilk"])


def test_genitive_noun_is_not_read_as_a_plural_adjective(extractor):
    found = people(extractor, "Gościem była Ewa Sowa, kierownik czytelni Biblioteki Pedagogicznej w Opolu.")
    assert "kierownik czytelni" in titles(found["Ewa Sowa"])


def test_seat_of_a_unit_is_no_organization(extractor):
    found = people(extractor, "O pracy opowiadał Jan Wilk – szef biura w Krakowie.")
    assert titles_with_orgs(found["Jan Wilk"]) == [("szef biura", None)]


def test_chain_of_predicative_titles(extractor):
    found = people(extractor, "Jan Kot jest sołtysem wsi Lipno, radnym gminy i prezesem OSP.")
    assert {"sołtys", "radny", "prezes"} <= set(titles(found["Jan Kot"]))


def test_future_copula_gives_the_title(extractor):
    found = people(extractor, "Zapraszamy na wykład. Prelegentem będzie Jan Wilk z Opola.")
    assert "prelegent" in titles(found["Jan Wilk"])
    assert found["Jan Wilk"].part == "speaker"


def test_future_infinitive_gives_the_event_role(extractor):
    found = people(extractor, "Zapraszamy na warsztaty. Zajęcia będzie prowadzić Anna Kot.")
    assert "prowadzący" in titles(found["Anna Kot"])
    assert found["Anna Kot"].part == "speaker"
    found = people(extractor, "Zapraszamy na warsztaty. Prowadzić je będzie Anna Kot.")
    assert "prowadzący" in titles(found["Anna Kot"])
