"""Places abroad (pipeline/extract/foreign_places.py, place_context._after_a_town); invented sentences."""


def _places(extractor, text: str) -> set[tuple[str, str]]:
    return {(p.name, p.kind) for p in extractor.extract(text).places}


def test_a_country_in_brackets_after_a_seat(extractor):
    places = _places(extractor, "Mówił Jan Kos z Akademii Rolniczej w Pradze (Czechy) i Ewa Lis z Muzeum w Lipsku (Niemcy).")
    assert {("Czechy", "country"), ("Niemcy", "country")} <= places


def test_a_country_people_came_from_but_not_its_people(extractor):
    assert ("Niemcy", "country") in _places(extractor, "Na festyn przyjechali goście z Niemiec.")
    assert not _places(extractor, "Niemcy byli zadowoleni z wizyty.")


def test_a_country_only_in_a_quoted_title_is_no_place(extractor):
    assert not _places(extractor, "Wydzielono pulę pn. „Gmina solidarna z Niemcami”.")


def test_an_unknown_seat_of_an_institution_abroad(extractor):
    places = _places(extractor, "Referat wygłosił Hans Mayer z Uniwersytetu we Fryburgu.")
    assert ("Fryburg", "locality") in places


def test_the_country_of_a_town_just_named(extractor):
    places = _places(extractor, "Przyjechali strażacy z Grodna na Białorusi.")
    assert ("Białoruś", "country") in places
    assert not _places(extractor, "Rozmawiano o sytuacji na Białorusi.")


def test_an_unknown_word_coordinated_after_places_is_a_town_abroad(extractor):
    names = {p.name for p in extractor.extract("Studenci z Belgradu, Niszu i Mitrowicy przyjechali na warsztaty.").places}
    assert {"Nisz", "Mitrowica"} <= names


def test_a_two_word_firm_after_a_place_opens_no_list_of_towns(extractor):
    names = {p.name for p in extractor.extract("Przyszli pracodawcy z Legnicy, Qwerty Master i inni.").places}
    assert not {"Qwerty", "Qwert", "Qwerta"} & names


def test_a_locality_noun_names_a_town_whose_word_is_also_a_common_noun(extractor):
    """"w miejscowości Kubki": the apposition keeps the nominative, the word is the town's name as written."""
    assert ("Kubki", "locality") in _places(extractor, "Obóz odbył się w miejscowości Kubki na Litwie.")


def test_a_locality_noun_before_a_body_or_a_first_name_gives_no_town(extractor):
    places = {name for name, _kind in _places(extractor, "W miejscowości Szkoła nie ma. Mieszka w mieście Anna z córką.")}
    assert not places & {"Szkoła", "Anna"}
    assert "Ukrainy" not in {name for name, _kind in _places(extractor, "Przyjechali goście z różnych miast Ukrainy.")}


def test_an_unknown_town_in_the_genitive_after_a_town_part(extractor):
    """"w centrum kulturalno-historycznej Sanmarii": the town's feminine genitive, its nominative guessed."""
    places = _places(extractor, "Koncert odbył się w samym centrum kulturalno-historycznej Sanmarii, obok domu.")
    assert ("Sanmaria", "locality") in places
    assert ("Sanmarii", "venue") not in places


def test_a_name_in_apposition_to_centrum_stays_a_venue(extractor):
    assert ("Galeriada", "venue") in _places(extractor, "Wystawa stała w centrum Galeriada przez tydzień.")


def test_a_town_abroad_whose_form_a_common_noun_shares(extractor):
    """'w Rydze' (a "ryga" too) after a preposition of towns, inside a sentence and in the case it governs, is the
    town; a capitalised common phrase in another case ("z Targami Pracy") is no place."""
    assert ("Ryga", "locality") in _places(extractor, "Wymiana młodzieży odbyła się w Rydze.")
    assert not _places(extractor, "Goście przyszli z Targami Pracy.")
