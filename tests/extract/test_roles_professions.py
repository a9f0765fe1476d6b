"""Professions the title lexicon does not list, read from morphology (a personal noun with an agent suffix)
where a title is expected. Sentences are invented."""

from people_helpers import people, titles


def test_bare_professions_after_a_dash_in_a_list(extractor):
    found = people(extractor, "Nagrody otrzymali: Adam Kruk – grafik, malarz, Jan Wilk – rysownik, "
                              "Dyrektor Muzeum Plakatu, Piotr Sowa – pianista.")
    assert titles(found["Adam Kruk"]) == ["grafik", "malarz"]
    assert titles(found["Jan Wilk"])[:2] == ["rysownik", "dyrektor"]
    assert titles(found["Piotr Sowa"]) == ["pianista"]


def test_profession_before_a_name_agrees_in_case(extractor):
    found = people(extractor, "Wystąpiła razem ze scenarzystką Janiną Kot. Galę uświetnił występ wokalisty Adama Kruka.")
    assert titles(found["Janina Kot"]) == ["scenarzysta"]
    assert titles(found["Adam Kruk"]) == ["wokalista"]


def test_kinship_taking_part_and_ranks_are_no_professions(extractor):
    found = people(extractor, "Przyszli Jan Wilk, uczestnik kursu, Adam Kruk – syn, oraz major Piotr Sowa.")
    assert titles(found["Jan Wilk"]) == []
    assert titles(found["Adam Kruk"]) == []
    assert titles(found["Piotr Sowa"]) == []


def test_a_profession_followed_by_z_and_its_workplace(extractor):
    text = "Zajęcia poprowadziła Wanda Grusza, germanistka z Zespołu Szkół w Lipnie."
    assert "germanista" in titles(people(extractor, text)["Wanda Grusza"])


def test_a_profession_followed_by_z_and_a_lower_case_word_is_no_apposition(extractor):
    text = "Zajęcia poprowadziła Wanda Grusza, germanistka z zamiłowania i podróżniczka."
    assert "germanista" not in titles(people(extractor, text)["Wanda Grusza"])


def test_z_zawodu_introduces_the_persons_profession(extractor):
    text = "Pani Olga Trzos, z zawodu księgowa, objaśniła zasady. Jan Pleban, z wykształcenia geodeta, pokazał mapy."
    found = people(extractor, text)
    assert titles(found["Olga Trzos"]) == ["księgowy"]
    assert titles(found["Jan Pleban"]) == ["geodeta"]


def test_z_and_another_genitive_after_a_name_is_no_profession(extractor):
    found = people(extractor, "Olga Trzos, z domu Kmita, objaśniła zasady.")
    assert titles(found["Olga Trzos"]) == []


def test_a_genitive_plural_of_a_thing_is_no_profession_lead(extractor):
    found = people(extractor, "Potem była prezentacja lokalnych praktyk – Jan Sowa, prezes Fundacji Kamień.")
    assert titles(found["Jan Sowa"]) == ["prezes"]


def test_a_feminine_plural_profession_still_leads_a_list(extractor):
    found = people(extractor, "Na scenie wystąpiły wokalistki – Ewa Kret i Anna Grab.")
    assert "wokalista" in titles(found["Anna Grab"])


def test_a_profession_with_the_institution_it_is_practised_in(extractor):
    found = people(extractor, "Gości powitał naukowiec Politechniki Lubelskiej Adam Kruk, a wykład wygłosiła Janina "
                              "Kot, nadinspektor Państwowej Inspekcji Pracy.")
    assert [(r.title, r.organization) for r in found["Adam Kruk"].roles] == [("naukowiec", "Politechnika Lubelska")]
    assert ("nadinspektor", "Państwowa Inspekcja Pracy") in [(r.title, r.organization) for r in found["Janina Kot"].roles]


def test_a_participants_noun_before_an_institution_is_no_profession(extractor):
    found = people(extractor, "Na scenę wszedł uczestnik Warsztatów Teatralnych Adam Kruk.")
    assert titles(found["Adam Kruk"]) == []


def test_a_pupils_noun_before_the_school_and_the_name(extractor):
    found = people(extractor, "Gości powitała uczennica Liceum Ogólnokształcącego im. Marii Konopnickiej Oliwia Kruk, "
                              "a wiersz recytowali uczniowie Jan Wilk i Anna Sowa.")
    assert [(r.title, r.organization) for r in found["Oliwia Kruk"].roles] == [
        ("uczeń", "Liceum Ogólnokształcące im. Marii Konopnickiej")]
    assert titles(found["Jan Wilk"]) == []
