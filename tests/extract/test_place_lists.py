"""Round 12: a village the dictionary lacks, coordinated with places before it, is a place when it shares their
case ("z Puńcowa, Kozakowic, Dzięgielowa"); a list member in another case is no place."""

import pytest


def _places(extractor, text: str) -> set[str]:
    return {p.name for p in extractor.extract(text).places}


def test_a_register_village_in_a_list_of_places_is_a_place(extractor):
    names = _places(extractor, "Na festyn przyjechali strażacy z Puńcowa, Bażanowic, Kozakowic, Dzięgielowa oraz "
                               "Goleszowa.")
    assert {"Puńców", "Dzięgielów", "Goleszów"} <= names


def test_a_list_member_in_another_case_is_no_place(extractor):
    names = _places(extractor, "Stoiska miały firmy (Jan Lis z Markowej, Taurus, Góra Ropczycka, Jasiołka).")
    assert "Markowa" in names and "Góra" not in names


def test_a_name_listed_beside_nominatives_is_a_nominative_too(extractor):
    """'Głogowa' beside 'Dzierzbice' and 'Pomarzany' is the village Głogowa, not Głogów's genitive; after 'z'
    among genitives ('z Radomia, Głogowa i Opola') it stays the town Głogów."""
    names = _places(extractor, "Grant trafi do sołectw Pomarzany, Głogowa oraz Dzierzbice w gminie Zawadki.")
    assert "Głogowa" in names and "Głogów" not in names
    names = _places(extractor, "Na mecz przyjechali kibice z Radomia, Głogowa i Opola.")
    assert "Głogów" in names and "Głogowa" not in names


def test_a_register_locality_after_a_noun_takes_its_abbreviated_adjective(extractor):
    """'dla mieszkańców Nowego Miasta Lub.': the register's full name 'Nowe Miasto Lubawskie'; an abbreviation giving
    no name the register knows ('Nowego Miasta Wlkp.') leaves the name as found."""
    assert "Nowe Miasto Lubawskie" in _places(extractor, "Festyn dla mieszkańców Nowego Miasta Lub. trwał długo.")
    names = _places(extractor, "Festyn dla mieszkańców Nowego Miasta Wlkp. trwał długo.")
    assert "Nowe Miasto" in names and not any(n.startswith("Nowe Miasto W") for n in names)


def test_a_two_word_place_opens_a_list_of_places(extractor):
    """'w Hucie Wiskickiej i Woli Mrokowskiej': the member after the link is a place as the two-word one before
    it is (the adjective the dictionary lacks, closing the first name, stands between it and the link)."""
    names = _places(extractor, "Kiermasze odbyły się w Hucie Wiskickiej i Woli Mrokowskiej.")
    assert {"Huta Wiskicka", "Wola Mrokowska"} <= names


def test_two_towns_of_a_list_whose_comma_is_missing_are_two_places(extractor):
    """"z Radomia, Kielc Opola i Lublina": two geographic nouns in one case, each a town, the pair none."""
    names = _places(extractor, "Na zlot przyjechały drużyny z Radomia, Kielc Opola i Lublina.")
    assert {"Radom", "Kielce", "Opole", "Lublin"} <= names


def test_a_two_word_town_outside_a_list_stays_whole(extractor):
    assert "Bielsko Biała" in _places(extractor, "Turniej odbył się w Bielsku Białej.")


def test_a_settlement_group_after_a_place_preposition_is_a_place(extractor):
    assert "Badowo" in _places(extractor, "Rajd wyruszył z Badowa o świcie.")
    assert "Badowo" not in _places(extractor, "Rajd wyruszył o świcie, a Badowa nikt nie widział.")


def test_a_town_written_after_an_inflected_team_name_is_the_place(extractor):
    """"z Czarnymi Pajęczno": the team's name in the instrumental, its town in the nominative; the town alone."""
    names = _places(extractor, "Drużyna wygrała kolejno z Czarnymi Pajęczno, Wartą Działoszyn i Wilgą Garwolin.")
    assert {"Pajęczno", "Działoszyn", "Garwolin"} <= names
    assert "Czarne" not in names and "Warta" not in names


def test_town_after_a_name_keeps_a_locative_town_with_its_part(ctx_for):
    from pipeline.extract.place_checks import town_after_a_name

    ctx = ctx_for("Mieszkał w Krakowie Nowa Huta.")
    words = [t for t in ctx.light_tokens if t.text in ("Krakowie", "Nowa", "Huta")]
    assert town_after_a_name(words) == words


def test_a_list_member_read_also_as_a_first_name_or_a_verb_is_a_place(extractor):
    """'z Łeby, Ustki i Helu': coordinated with places in their case, 'Helu' is the town though the dictionary
    also reads it as a first name; a first name in the nominative after genitive places stays no place."""
    assert {"Łeba", "Ustka", "Hel"} <= _places(extractor, "Goście przyjechali z Łeby, Ustki i Helu.")
    names = _places(extractor, "Na spotkanie przyszli mieszkańcy Lipna, Anna Nowak i Jan Kos.")
    assert "Anna" not in names and "Lipno" in names


def test_a_town_the_dictionary_reads_only_as_a_common_noun(extractor):
    """'z Brzyskiej': after a place preposition, in the case it governs, a capitalised common noun's form that
    the register knows as a gmina's seat is that locality; a common noun in another case ('z Rodzinami') or
    a mere village's name stays what it is."""
    assert "Brzyska" in _places(extractor, "Goście przyjechali z Brzyskiej.")
    assert _places(extractor, "Na piknik przyszli z Rodzinami i Sąsiadami.") == set()


def test_a_three_word_locality_keeps_its_second_adjective(extractor):
    """'z Nowej Wsi Lęborskiej': the register's name of three words, not the first two alone."""
    assert "Nowa Wieś Lęborska" in _places(extractor, "Na festyn przyjechali goście z Nowej Wsi Lęborskiej.")
    assert "Stara Wieś" in _places(extractor, "Festyn odbył się w Starej Wsi Wielkiej Gminy.")


def test_places_listed_after_a_unit_phrase(extractor):
    """'z powiatu lipnowskiego, Brzegu i Pisza': after a lower-case unit and its adjective the list goes
    on with localities in the same case; a person's name after a title's unit ("Starosta powiatu X, Jan Kos")
    is no member."""
    names = _places(extractor, "Na zawody przyjechali goście z powiatu lipnowskiego, Brzegu i Pisza.")
    assert {"powiat lipnowski", "Brzeg", "Pisz"} <= names
    names = _places(extractor, "Starosta powiatu lipnowskiego, Jan Kos, otworzył zawody.")
    assert not any(n.startswith("Jan") for n in names)


def test_an_adjective_led_locality_inside_a_list(extractor):
    """'z Pisza, Zduńskiej Woli i Czarnej Dąbrówki': a list member opened by an adjective is the register's
    two-word name, not its noun alone."""
    names = _places(extractor, "Na festyn przyjechali goście z Pisza, Zduńskiej Woli i Czarnej Dąbrówki.")
    assert {"Pisz", "Zduńska Wola", "Czarna Dąbrówka"} <= names and "Wola" not in names


def test_a_list_member_takes_the_case_of_the_preposition_before_the_list(extractor):
    """'z Kutna, Jugowa i Helu': "z" governs every member, so "Jugowa" is the genitive of the village Jugów, not the
    village Jugowa written as it stands; after a noun that governs no case the written form stays."""
    names = _places(extractor, "Przyjechali goście z Kutna, Jugowa i Helu.")
    assert "Jugów" in names and "Jugowa" not in names
    assert "Jugowa" in _places(extractor, "Grant trafi do sołectw Pomarzany, Jugowa oraz Dzierzbice.")


def test_list_members_after_a_gmina_and_two_word_countries(extractor):
    """'z Lipna, gminy Piątek i Litwy', 'z gminy Brzozowej, Kutna i Helu': the preposition before the list governs
    every member over the gmina's own phrase; a two-word country is a member too ('Nowej Zelandii')."""
    names = _places(extractor, "Przyjechali goście z Lipna, gminy Piątek i Litwy.")
    assert {"Lipno", "gmina Piątek", "Litwa"} <= names
    names = _places(extractor, "Przyjechali goście z gminy Kozłowej, Kutna i Helu.")
    assert {"Kutno", "Hel"} <= names
    assert "Nowa Zelandia" in _places(extractor, "Przyjechali goście z Kutna, Nowej Zelandii i Helu.")


@pytest.mark.parametrize("text, town", [
    ("Goście przyjechali z Ostrowa Wlkp., Płońska oraz Kutna.", "Płońsk"),
    ("Goście przyjechali z Płońska, Mińska Maz. oraz Kutna.", "Kutno"),
    ("Goście przyjechali z Płońska, Mińska Maz. oraz Kutna.", "Mińsk Mazowiecki"),
])
def test_a_list_goes_on_after_an_abbreviated_town_adjective(extractor, text, town):
    """"Maz." after a listed town is the town's own adjective, not a full stop: the list goes on after it."""
    assert town in {p.name for p in extractor.extract(text).places}
