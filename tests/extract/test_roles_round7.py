"""Roles and parts, seventh round. Sentences are invented."""

from people_helpers import people, titles_with_orgs


def test_portfolio_stops_at_the_holders_first_name(extractor):
    found = people(extractor, "Gala odbyła się pod patronatem Ministra Kultury i Dziedzictwa Narodowego Bogdana Wilka.")
    assert titles_with_orgs(found["Bogdan Wilk"]) == [("minister kultury i dziedzictwa narodowego", None)]


def test_the_events_organizer_by_title_is_staff_whatever_she_did(extractor):
    found = people(extractor, "Uczniów powitała Anna Kos – współorganizatorka spotkań poetyckich.")
    assert found["Anna Kos"].part == "organizer_staff"
