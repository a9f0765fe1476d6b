"""Titles bracketed by slashes glued to the words after a name (pipeline/extract/role_slashes.py). Sentences are
invented."""

from people_helpers import people, titles, titles_with_orgs


def test_slash_bracket_after_a_dash_gives_each_title(extractor):
    found = people(extractor, "Jury w składzie:\nAnna Kos – /społecznik, przewodnicząca komisji/\n"
                              "Jan Mak – /malarz, twórca ludowy/\n")
    assert titles(found["Anna Kos"]) == ["społecznik", "przewodniczący komisji"]
    assert titles(found["Jan Mak"]) == ["malarz", "twórca ludowy"]


def test_slash_bracket_keeps_the_institution_without_the_slash(extractor):
    found = people(extractor, "Jury w składzie:\nmgr Ewa Lis /animator kultury, dyrektor GOKiS/\n")
    assert titles_with_orgs(found["Ewa Lis"]) == [("animator kultury", None), ("dyrektor", "GOKiS")]


def test_an_unclosed_slash_gives_nothing(extractor):
    found = people(extractor, "Jury w składzie:\nEwa Lis /dyrektor szkoły\n")
    assert titles(found["Ewa Lis"]) == []
