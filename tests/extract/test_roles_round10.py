"""Roles, tenth round: bare ministers, list leads bounded by their sentence, titles of the next name.
Sentences are invented; they reproduce the shapes found in reports."""

import pytest
from people_helpers import people, titles_with_orgs


@pytest.mark.parametrize("text, name", [
    ("Głos zabrała wiceminister rolnictwa Anna Kos.", "Anna Kos"),
    ("List odczytał Adam Wilk, Minister Zdrowia.", "Adam Wilk"),
    ("Przybył minister cyfryzacji Jan Mróz.", "Jan Mróz"),
])
def test_a_ministers_portfolio_stays_out_of_the_title(extractor, text, name):
    found = people(extractor, text)
    assert titles_with_orgs(found[name]) == [(found[name].roles[0].title, None)]
    assert found[name].roles[0].title in ("minister", "wiceminister")


def test_a_list_label_is_read_in_the_colons_own_sentence(extractor):
    found = people(extractor, "Sołtysi oraz radni dzielili się chlebem z gośćmi. Na scenie stanęli: "
                              "Pani Ewa Kos z Lipna i Pan Adam Wilk z Brzozy.")
    assert found["Ewa Kos"].roles == []
    assert found["Adam Wilk"].roles == []
