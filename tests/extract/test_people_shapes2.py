"""Real name shapes around people, second round (scripts/name_shapes.py), on invented names and sentences: titles
the lexicon lacked, a title noun that needs its genitive, a department or an organ kept in the title, the event role
of a deputy's verb."""

from tests.extract.people_helpers import people, titles, titles_with_orgs


def test_an_office_or_a_trade_before_a_body_is_a_title(extractor):
    found = people(extractor, "Gości powitał nadleśniczy Nadleśnictwa Lipno Jerzy Fijołek, a głos zabrała "
                              "prodziekan ds. studenckich Uniwersytetu Opolskiego Anna Mękal.")
    assert titles_with_orgs(found["Jerzy Fijołek"]) == [("nadleśniczy", "Nadleśnictwo Lipno")]
    assert titles_with_orgs(found["Anna Mękal"]) == [("prodziekan ds. studenckich", "Uniwersytet Opolski")]


def test_a_feminine_trade_gives_the_masculine_title(extractor):
    found = people(extractor, "Warsztaty poprowadziła krawcowa Cechu Rzemiosł Różnych w Lipnie Anna Mękal.")
    assert ("krawiec", "Cech Rzemiosł Różnych w Lipnie") in titles_with_orgs(found["Anna Mękal"])


def test_a_husband_of_trust_is_a_title_and_a_husband_is_kin(extractor):
    found = people(extractor, "Gościem był Jerzy Fijołek, mąż zaufania Spółdzielni Mleczarskiej w Lipnie.")
    assert titles_with_orgs(found["Jerzy Fijołek"]) == [("mąż zaufania", "Spółdzielnia Mleczarska w Lipnie")]
    found = people(extractor, "Na festynie był Jerzy Fijołek, mąż Anny Mękal.")
    assert titles(found["Jerzy Fijołek"]) == []
