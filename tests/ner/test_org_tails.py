"""Tails of an institution's name (pipeline/ner/org_tails.py): a closing "+", a capitalised adjective's lower-case
noun and "w" with a capitalised common noun after a name with a proper part, in sentences written for the tests."""

import pytest


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Zajęcia poprowadził Klub Aktywni + z Dębiny.", "Klub Aktywni +"),
    ("Warsztaty zorganizowane przez Klub Junior + cieszyły się powodzeniem.", "Klub Junior +"),
    ("Organizatorem był Dębiński Uniwersytet Drugiego wieku.", "Dębiński Uniwersytet Drugiego wieku"),
    ("Organizatorem była Fundacja Mama w Biznesie.", "Fundacja Mama w Biznesie"),
    ("Dziękujemy Fundacji Mama w Biznesie za pomoc.", "Fundacja Mama w Biznesie"),
])
def test_a_name_keeps_its_tail(extractor, rules_only, text, name):
    assert name in _orgs(extractor, text)


@pytest.mark.parametrize("text, name, cut", [
    # a town after "w" is a seat, which a name with a proper part leaves out
    ("Organizatorem była Fundacja Sowa w Dębinie.", "Fundacja Sowa", "Fundacja Sowa w Dębinie"),
    # a body or a venue after "w" is a host or a place, not the name's own words
    ("Koncert dał Zespół Sowa w Domu Kultury.", None, "Zespół Sowa w Domu"),
    # a plus between two names joins them, it closes neither
    ("Organizatorem był Klub Senior + Junior.", None, "Klub Senior +"),
])
def test_a_seat_a_host_or_a_joining_plus_is_no_tail(extractor, rules_only, text, name, cut):
    names = _orgs(extractor, text)
    assert cut not in names
    assert name is None or name in names


@pytest.mark.parametrize("text, name", [
    ("Na zaproszenie Izby Rolniczo Handlowej młodzież odwiedziła targi.", "Izba Rolniczo Handlowa"),
    ("Na zaproszenie Sejmiku Górnego Śląska młodzież odwiedziła targi.", "Sejmik Górnego Śląska"),
])
def test_an_adjective_of_the_head_ends_the_name_before_a_lower_case_noun(extractor, rules_only, text, name):
    names = _orgs(extractor, text)
    assert name in names and not any(n.endswith("młodzież") for n in names)


def test_a_longer_proper_part_ends_before_a_locative(extractor):
    names = {o.name for o in extractor.extract("Zdjęcia opublikowała Fundacja Stare Kadry w Internecie.").organizations}
    assert "Fundacja Stare Kadry" in names
