"""Titles of named people in newspaper prose (extract/role_titles.py, roles.py): invented sentences reproducing the
shapes of long report sentences."""

from people_helpers import people, titles


def test_plural_of_a_plain_noun_is_no_deprecating_title(extractor):
    found = people(extractor, "Na festiwal jadą tytuły, które miały już swoje premiery: „Lato” Jana Kowalika, "
                              "„Zima” Roberta Lisa i „Wiosna” Piotra Maka.")
    assert all(titles(found[name]) == [] for name in ("Jan Kowalik", "Robert Lis", "Piotr Mak"))


def test_a_title_noun_stays_a_title_before_a_name(extractor):
    found = people(extractor, "Gości powitał premier Jan Kowalik.")
    assert titles(found["Jan Kowalik"]) == ["premier"]
