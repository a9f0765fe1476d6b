"""People and roles in the shapes real pages have (issue 12), on our own sentences with invented names."""

import pytest


@pytest.fixture(scope="module")
def people(extractor):
    def run(text):
        return {p.name: p for p in extractor.extract(text).people}
    return run


@pytest.mark.parametrize("text,name", [
    ("Pismo przekazano na ręce dyrektora Fundacji Zielony Most Tomasza Lisa.", "Tomasz Lis"),
    ("Wystąpienie Stanisława Dolacińskiego zamknęło obrady.", "Stanisław Dolaciński"),
    ("Gratulacje złożono na ręce Jacka Sutryka.", "Jacek Sutryk"),
    ("Prowadziła je Stanisława Nowak.", "Stanisława Nowak"),
    ("List Pawła Rabieja odczytano na początku.", "Paweł Rabiej"),
])
def test_oblique_names_to_base_form(people, text, name):
    assert name in people(text)


def test_the_second_of_two_coordinated_names(people):
    found = people("W rozmowie moderowanej przez Annę Kos i Piotra Wilka padło wiele pytań.")
    assert set(found) == {"Anna Kos", "Piotr Wilk"}
    assert all(p.roles[0].title == "moderator" and p.part == "speaker" for p in found.values())


def test_inflected_mentions_are_one_person(people):
    found = people("Panel moderowała Ewa Lis. Ewy Lis nie trzeba przedstawiać, a z Ewą Lis rozmawiali wszyscy.")
    assert list(found) == ["Ewa Lis"] and len(found["Ewa Lis"].mentions) == 3


@pytest.mark.parametrize("text,name", [
    ("Wykład wygłosiła Anna Nowak-Jeziorańska.", "Anna Nowak-Jeziorańska"),
    ("Głos zabrała Anna Nowak - Jeziorańska.", "Anna Nowak-Jeziorańska"),
    ("pod przewodnictwem inż. Magdaleny Bujak – Lenczowskiej, która prowadziła prace", "Magdalena Bujak-Lenczowska"),
    ("Gości powitała prezydent Zofia Mańka-Szulik.", "Zofia Mańka-Szulik"),
])
def test_double_surnames_keep_their_hyphen(people, text, name):
    assert name in people(text)


def test_a_dash_before_a_title_is_not_a_surname(people):
    found = people("Spotkaniu przewodniczył Adam Szponka- Dyrektor Regionalnego Ośrodka Polityki Społecznej.")
    assert "Adam Szponka" in found


@pytest.mark.parametrize("text,name,honorific", [
    ("Mszę odprawił ks. kanonik Jerzy Kamiński.", "Jerzy Kamiński", "ks. kanonik"),
    ("Spotkanie otworzył mgr inż. Józef Kret.", "Józef Kret", "mgr inż."),
    ("Sztandar poświęcił prałat Tadeusz Mróz.", "Tadeusz Mróz", "prałat"),
    ("Wykład wygłosił prof. dr hab. Adam Wrona.", "Adam Wrona", "prof. dr hab."),
])
def test_degrees_and_clerical_titles_stay_out_of_names(people, text, name, honorific):
    assert people(text)[name].honorific == honorific


def test_event_roles_from_verbs_with_a_shared_affiliation(people):
    found = people("Warsztaty prowadzili Marta Sowa i Jan Kruk z Fundacji Nowy Świt.")
    for name in ("Marta Sowa", "Jan Kruk"):
        assert [r.title for r in found[name].roles] == ["prowadzący"]
        assert found[name].affiliation == "Fundacja Nowy Świt" and found[name].part == "speaker"


def test_a_panel_list_with_organizations_in_brackets(people):
    found = people("W panelu udział wzięli:\n- Anna Kos (Stowarzyszenie Razem)\n- Piotr Wilk (Fundacja Nowy Świt)\n")
    assert found["Anna Kos"].roles[0].title == "panelista"
    assert found["Anna Kos"].affiliation == "Stowarzyszenie Razem"
    assert found["Piotr Wilk"].affiliation == "Fundacja Nowy Świt"


def test_titles_keep_their_unit_and_drop_place_adjectives(people):
    found = people("Głos zabrał Jan Mak – dyrektor Wydziału Polityki Społecznej Urzędu Wojewódzkiego. "
                   "Obecny był też starosta gnieźnieński Piotr Gruda.")
    assert found["Jan Mak"].roles[0].title == "dyrektor wydziału"
    assert found["Piotr Gruda"].roles[0].title == "starosta"
    assert found["Piotr Gruda"].part == "guest"


def test_list_lead_gives_participants(people):
    found = people("Nagrody otrzymali: Zuzanna Mak z Ławek, Kacper Lis z Zalesia oraz Ola Gaj z Biard.")
    assert {p.part for p in found.values()} == {"participant"}


def test_winners_listed_with_their_villages_are_participants(people):
    found = people("Nagrody specjalne otrzymali Zuzia Mak z Ławek, Ola Gaj z Biard oraz Kacper Lis z Zalesia.")
    assert {p.part for p in found.values()} == {"participant"}


def test_people_of_public_offices_are_guests(people):
    found = people("Spotkanie zorganizowała Fundacja Nowy Świt. Wśród zebranych była Ewa Lis – dyrektor Wydziału "
                   "Spraw Społecznych Urzędu Miejskiego w Zalesiu.")
    assert found["Ewa Lis"].part == "guest"


@pytest.mark.parametrize("text,names", [
    ("Warsztaty prowadzili Anna i Tomasz Jarzębowscy z Lipna.", {"Anna Jarzębowska", "Tomasz Jarzębowski"}),
    ("Odwiedziliśmy gospodarstwo Haliny i Mariusza Kowalczyków w Borowie.", {"Halina Kowalczyk", "Mariusz Kowalczyk"}),
    ("Zajęcia prowadzone przez Edytę i Krzysztofa Wilczyńskich były udane.",
     {"Edyta Wilczyńska", "Krzysztof Wilczyński"}),
])
def test_two_first_names_share_a_plural_surname(people, text, names):
    assert set(people(text)) == names


def test_a_singular_surname_is_the_second_name_s_own(people):
    assert set(people("Przyszła Anna i Jana Kowalskiego nie było.")) >= {"Jan Kowalski"}
    assert "Anna Kowalska" not in people("Przyszła Anna i Jana Kowalskiego nie było.")


@pytest.mark.parametrize("text,names", [
    ("Uczestników przywitali Halina i Roman Czapla.", {"Halina Czapla", "Roman Czapla"}),
    ("Podziękowaliśmy Barbarze i Leszkowi Muszce za pomoc.", {"Barbara Muszka", "Leszek Muszka"}),
    ("Pokaz przygotowali Oskar oraz Jadwiga Wróbel.", {"Oskar Wróbel", "Jadwiga Wróbel"}),
])
def test_two_first_names_share_a_singular_surname(people, text, names):
    assert set(people(text)) == names


@pytest.mark.parametrize("text,names", [
    # an adjectival surname has a form for each gender: the singular one is the second name's alone
    ("Pokaz przygotowali Jadwiga i Oskar Lipiński.", {"Oskar Lipiński"}),
    # the first names stand in different cases: the first one is not coordinated with the second's surname
    ("Przyszła Halina, Romana Czapli zabrakło.", {"Roman Czapla"}),
])
def test_no_shared_singular_surname(people, text, names):
    assert set(people(text)) == names


@pytest.mark.parametrize("text,name", [
    ("Wykład wygłosił prof. Marian  Zającowski z Krakowa.", "Marian Zającowski"),
    ("Potem mówił dr inż. Żdzisław Bodzon z instytutu.", "Żdzisław Bodzon"),
    ("Rozmawiano z dr. Żdzisławem Kowalskim o uprawach.", "Żdzisław Kowalski"),
    ("Głos zabrała Pani Evelyne Gebhardt z parlamentu.", "Evelyne Gebhardt"),
    ("Powitał prof. dr hab. Straś Romanowską i innych gości.", "Straś Romanowska"),
])
def test_names_after_titles_with_first_names_the_dictionary_lacks(people, text, name):
    assert name in people(text)


def test_an_unknown_word_without_a_title_is_no_first_name(people):
    assert not people("Wystawa Gebhardt Kowalski otwarta.")


def test_a_name_inside_a_business_name_is_no_person(people):
    found = people("Miody oferowała Monika Wilk z Pasieki u Piotra Kowalskiego. Obiad zjedli w Karczmie u Jana Lisa.")
    assert set(found) == {"Monika Wilk"}
    assert "Ewa Lis" in people("Zebrali się w urzędzie u Pani Ewy Lis.")
