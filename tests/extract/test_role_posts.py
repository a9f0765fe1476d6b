"""A post given by a post noun and a verb of holding, in a clause after the name's apposition or fronted before the
name (pipeline/extract/role_posts.py). Sentences are invented."""

from people_helpers import people, titles, titles_with_orgs


def test_participle_after_the_apposition_adds_the_post(extractor):
    found = people(extractor, "Gości powitała Ewa Lis dyrektor Szkoły Podstawowej w Lipnie, pełniąca jednocześnie "
                              "funkcję koordynatora projektu.")
    assert titles_with_orgs(found["Ewa Lis"]) == [("dyrektor", "Szkoła Podstawowa w Lipnie"),
                                                  ("koordynator projektu", None)]


def test_relative_clause_after_the_apposition_adds_the_post(extractor):
    found = people(extractor, "Głos zabrała Maria Wrona, prezes Fundacji Wiatrak, która jednocześnie pełniła "
                              "funkcję moderatora.")
    assert titles(found["Maria Wrona"]) == ["prezes", "moderator"]


def test_fronted_post_goes_to_the_subject_and_to_the_dative(extractor):
    found = people(extractor, "Funkcję wiceprzewodniczącego objął Piotr Sowa, natomiast stanowisko sekretarza "
                              "powierzono Karolowi Wilkowi.")
    assert titles(found["Piotr Sowa"]) == ["wiceprzewodniczący"]
    assert titles(found["Karol Wilk"]) == ["sekretarz"]


def test_a_participle_of_another_gender_is_not_the_names(extractor):
    found = people(extractor, "Na spotkanie przyszedł Adam Kos, dyrektor szkoły, pełniąca funkcję sekretarza.")
    assert "sekretarz" not in titles(found["Adam Kos"])


def test_a_clause_after_another_name_is_that_names(extractor):
    found = people(extractor, "Przybyli Adam Kos i Ewa Lis, która pełniła funkcję sekretarza.")
    assert "sekretarz" not in titles(found["Adam Kos"])
    assert "sekretarz" in titles(found["Ewa Lis"])


def test_a_post_noun_without_a_verb_of_holding_gives_nothing(extractor):
    found = people(extractor, "Ewa Lis, dyrektor szkoły, która opisała funkcję sekretarza, zakończyła spotkanie.")
    assert "sekretarz" not in titles(found["Ewa Lis"])
