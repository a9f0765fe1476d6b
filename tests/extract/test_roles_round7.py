"""Roles and parts, seventh round. Sentences are invented."""

from people_helpers import people, titles_with_orgs


def test_portfolio_stops_at_the_holders_first_name(extractor):
    found = people(extractor, "Gala odbyła się pod patronatem Ministra Kultury i Dziedzictwa Narodowego Bogdana Wilka.")
    assert titles_with_orgs(found["Bogdan Wilk"]) == [("minister", None)]


def test_the_events_organizer_by_title_is_staff_whatever_she_did(extractor):
    found = people(extractor, "Uczniów powitała Anna Kos – współorganizatorka spotkań poetyckich.")
    assert found["Anna Kos"].part == "organizer_staff"


def test_later_items_of_a_long_list_keep_the_lists_verb(extractor):
    found = people(extractor, "W spotkaniu uczestniczyli m.in. Burmistrz Lipna Adam Kruk, Jan Wilk – Prezes Fundacji "
                              "Rozwoju Wsi Polskiej, Piotr Sowa – Kierownik Miejskiego Ośrodka Pomocy Społecznej w "
                              "Lipnie, Anna Kot – Wiceprzewodnicząca Rady Miejskiej w Lipnie.")
    assert found["Piotr Sowa"].part == "participant"
    assert found["Anna Kot"].part == "participant"


def test_a_name_after_a_relative_clause_takes_no_verb_from_before_it(extractor):
    found = people(extractor, "Przyjechali goście z gmin, które współpracują z fundacją od wielu lat i dzięki temu "
                              "mogą dzielić się doświadczeniem ze wszystkimi, Jan Wilk oraz Anna Kot.")
    assert found["Anna Kot"].part != "speaker"
