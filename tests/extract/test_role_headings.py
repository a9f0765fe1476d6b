"""List leads giving titles: one-word headings naming what the listed people do (participles, -owy adjectives and
agent nouns in the plural m1 give the singular masculine title; qualities and states give none), and "W skład X
weszli:" giving each member `członek X`. Sentences are invented."""

from people_helpers import people, titles


def test_participle_and_adjective_headings_on_their_own_lines(extractor):
    found = people(extractor, "Skład Sokoła Lipiny na wiosnę: Przyjmujący: Tomasz Wierzba, Karol Mękal\n"
                              "Środkowi: Jan Pilarczyk\nBramkarze: Oskar Bęben")
    assert titles(found["Tomasz Wierzba"]) == ["przyjmujący"]
    assert titles(found["Karol Mękal"]) == ["przyjmujący"]
    assert titles(found["Jan Pilarczyk"]) == ["środkowy"]
    assert titles(found["Oskar Bęben"]) == ["bramkarz"]


def test_headings_run_into_one_paragraph(extractor):
    found = people(extractor, 'Wynik 2:1. Rozgrywający: Adam Kwiatek "Kwiat" Bogdan Lis "Lisek" '
                              'Skrzydłowi: Damian Wrona "Wron"')
    assert titles(found["Bogdan Lis"]) == ["rozgrywający"]
    assert titles(found["Damian Wrona"]) == ["skrzydłowy"]


def test_qualities_and_phrases_give_no_title(extractor):
    found = people(extractor, "Obecni: Anna Sowa, Jan Pilarczyk.\nWyróżnieni: Ewa Mrówka.\n"
                              "Nasi Rozgrywający: Piotr Bęben.\nJuniorzy: Adam Gąsior.")
    assert titles(found["Anna Sowa"]) == []
    assert titles(found["Ewa Mrówka"]) == []
    assert "rozgrywający" not in titles(found["Piotr Bęben"])
    assert titles(found["Adam Gąsior"]) == []


def test_members_listed_after_w_sklad_weszli(extractor):
    found = people(extractor, "W skład Komitetu Organizacyjnego weszli: Anna Sowa, Jan Kos.")
    assert titles(found["Anna Sowa"]) == ["członek komitetu organizacyjnego"]
    assert titles(found["Jan Kos"]) == ["członek komitetu organizacyjnego"]


def test_w_jej_skladzie_refers_back_to_the_body_of_its_gender(extractor):
    found = people(extractor, "Konkursowi patronuje Kapituła, której członkowie ocenią prace. W jej skład weszli "
                              "w tym roku: Anna Sowa - malarka, Jan Kos - rzeźbiarz i Ewa Lis.")
    assert set(titles(found["Anna Sowa"])) == {"malarz", "członek kapituły"}
    assert titles(found["Ewa Lis"]) == ["członek kapituły"]


def test_jurors_and_other_groups_get_no_membership(extractor):
    found = people(extractor, "W skład jury weszli: Anna Sowa, Jan Kos.\n\nDo grupy weszli: Ewa Lis, Piotr Wilk.")
    assert titles(found["Anna Sowa"]) == []
    assert titles(found["Ewa Lis"]) == []


def test_members_of_a_prize_chapter_judge_as_jurors(extractor, rules_only):
    text = ("Do konkursu zgłosiło się 30 szkół, a laureaci otrzymają nagrody. W skład Kapituły weszli: Anna Sowa, "
            "Jan Kos.\n\nZwycięzcą została Ewa Lis.")
    found = {p.name: p.part for p in extractor.extract(text).people}
    assert found["Anna Sowa"] == found["Jan Kos"] == "other"
    assert found["Ewa Lis"] == "participant"
