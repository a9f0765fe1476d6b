"""Organization and place shapes seen on real pages, in sentences written for the tests."""

import pytest

from pipeline.lexicon.regions import is_region


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


def _places(extractor, text: str) -> set[tuple[str, str]]:
    return {(p.name, p.kind) for p in extractor.extract(text).places}


def test_coordinated_adjectives_name_two_bodies(extractor):
    names = _orgs(extractor, "Posiedzenie otworzyła Powiatowa i Miejska Rada Działalności Pożytku Publicznego.")
    assert {"Powiatowa Rada Działalności Pożytku Publicznego", "Miejska Rada Działalności Pożytku Publicznego"} <= names


def test_two_names_joined_by_a_dash_are_one(extractor):
    names = _orgs(extractor, "Wykład wygłosił ekspert Krajowego Instytutu Rozwoju – Centrum Wsparcia Inicjatyw Lokalnych.")
    assert "Krajowy Instytut Rozwoju – Centrum Wsparcia Inicjatyw Lokalnych" in names


def test_two_acronyms_joined_by_a_dash_are_one(extractor):
    names = _orgs(extractor, "Omówiono rolę KIR – CWIL w polityce państwa.")
    assert "KIR – CWIL" in names


def test_a_bare_name_refers_back_to_the_one_with_its_seat(extractor):
    names = _orgs(extractor, "Spotkanie zorganizowało Starostwo Powiatowe w Lesku. Starostwo Powiatowe zaprosiło gości.")
    assert "Starostwo Powiatowe w Lesku" in names and "Starostwo Powiatowe" not in names


@pytest.mark.parametrize("text,name", [
    ("Na festyn przyjechał Klub Seniora z Borowic.", "Klub Seniora z Borowic"),
    ("Zagrała Młodzieżowa Orkiestra Dęta z Jasienicy.", "Młodzieżowa Orkiestra Dęta z Jasienicy"),
])
def test_a_generic_name_keeps_its_seat_written_with_z(extractor, text, name):
    assert name in _orgs(extractor, text)


def test_a_name_of_its_own_takes_no_seat(extractor):
    names = _orgs(extractor, "Gośćmi byli członkowie Spółdzielni Socjalnej Kropka z Borowic.")
    assert "Spółdzielnia Socjalna Kropka" in names


def test_a_seat_stops_before_a_preposition_of_the_next_sentence(extractor):
    names = _orgs(extractor, "Przyszła pani z Klubu Seniora z Borowic Podczas spotkania śpiewano.")
    assert "Klub Seniora z Borowic" in names


@pytest.mark.parametrize("text,name,kind", [
    ("Przyjechali goście z Mazowsza.", "Mazowsze", "region"),
    ("Była to największa impreza na Dolnym Śląsku.", "Dolny Śląsk", "region"),
    ("Przyjechali goście z Europy Środkowej.", "Europa Środkowa", "region"),
    ("Nocowaliśmy w Krynicy Zdroju.", "Krynica Zdrój", "locality"),
    ("Wyjazd do Bukowiny Tatrzańskiej.", "Bukowina Tatrzańska", "locality"),
])
def test_place_kinds(extractor, text, name, kind):
    assert (name, kind) in _places(extractor, text)


def test_is_region():
    assert is_region("Ziemia Chełmińska") and is_region("Europa") and is_region("Małopolska Zachodnia")
    assert not is_region("Nowy Sącz")


@pytest.mark.parametrize("text,name", [
    ("Ustawę przyjął w końcu Sejm RP.", "Sejm RP"),
    ("Projekt trafił do Senatu.", "Senat"),
    ("Wnioski przekazano Komisji Europejskiej.", "Komisja Europejska"),
    ("Spotkanie przygotowała Gminna Komisja Rozwiązywania Problemów Alkoholowych.",
     "Gminna Komisja Rozwiązywania Problemów Alkoholowych"),
])
def test_public_bodies_without_an_institutional_head(extractor, text, name):
    assert name in _orgs(extractor, text)


def test_a_commission_alone_and_the_union_as_funder_are_not_bodies(extractor):
    names = _orgs(extractor, "Komisja oceniła prace. Projekt współfinansowany przez Unię Europejską.")
    assert not names & {"Komisja", "Unia Europejska"}


def test_a_generic_venue_keeps_its_seat_and_the_seat_is_a_locality(extractor):
    places = _places(extractor, "Uczestnicy zebrali się na Zamku Krzyżackim w Ostródzie, gdzie odbyła się gala.")
    assert {("Zamek Krzyżacki w Ostródzie", "venue"), ("Ostróda", "locality")} <= places


def test_a_venue_with_a_genitive_name_takes_no_seat(extractor):
    places = _places(extractor, "Konferencja odbyła się w Pałacu Kowalskiego w Łodzi.")
    assert ("Łódź", "locality") in places and not any(n.startswith("Pałac") and "Łodzi" in n for n, _ in places)


def test_a_long_name_continues_over_dla(extractor):
    names = _orgs(extractor, "Gościliśmy w Ośrodku Terapeutycznym dla Osób Niepełnosprawnych „Zielona Łąka”.")
    assert "Ośrodek Terapeutyczny dla Osób Niepełnosprawnych „Zielona Łąka”" in names


@pytest.mark.parametrize("text,venue", [
    ("Wykład odbędzie się w sali koncertowej Państwowej Szkoły Muzycznej w Lesku.",
     "Państwowa Szkoła Muzyczna w Lesku"),
    ("Uczniowie pojechali na wycieczkę do Powiatowego Urzędu Pracy w Lesku.", "Powiatowy Urząd Pracy w Lesku"),
    ("Pojechaliśmy do Spółdzielni Socjalnej Kropka, gdzie przywitał nas prezes.", "Spółdzielnia Socjalna Kropka"),
])
def test_venue_cues_for_institutions(extractor, text, venue):
    assert (venue, "venue") in _places(extractor, text)


def test_a_visited_institution_without_a_cue_is_no_venue(extractor):
    places = _places(extractor, "Na zakończenie uczestnicy odwiedzili Klub Integracji Społecznej w Lesku.")
    assert not any(kind == "venue" for _, kind in places)


@pytest.mark.parametrize("text,name", [
    ("Wniosek złożono w Ministerstwie Łączności w zeszłym roku.", "Ministerstwo Łączności"),
    ("Projekt przyjęła wczoraj Rada Ministrów.", "Rada Ministrów"),
])
def test_a_head_with_a_genitive_complement_is_a_name(extractor, text, name):
    assert name in _orgs(extractor, text)


def test_a_head_with_an_adjective_only_stays_a_kind(extractor):
    assert "Rada Nadzorcza" not in _orgs(extractor, "Wczoraj zebrała się Rada Nadzorcza.")


def test_comma_separated_complements_stay_in_the_name(extractor):
    r = extractor.extract("Konferencja Ministerstwa Zdrowia, Sportu i Turystyki (MZSiT) była udana. MZSiT dziękuje.")
    org = next(o for o in r.organizations if o.name.startswith("Ministerstwo"))
    assert org.name == "Ministerstwo Zdrowia, Sportu i Turystyki" and len(org.mentions) >= 2


def test_village_units_are_named_by_their_village(extractor):
    r = extractor.extract("Gospodarzami święta były sołectwa: Borowice, Lipnik oraz Wójt Gminy. "
                          "Przyjechał też Jan Kos z sołectwa Wola Zaleska.")
    names = {o.name for o in r.organizations}
    assert {"Sołectwo Borowice", "Sołectwo Lipnik", "Sołectwo Wola Zaleska"} <= names
    assert not any("Wójt" in n for n in names)


def test_a_region_only_in_a_quoted_title_is_no_place(extractor):
    places = _places(extractor, "Gmina realizuje projekt „Aktywne mamy w gminie Lipnik” od roku.")
    assert ("gmina Lipnik", "region") not in places


def test_a_town_and_its_district_side_by_side_are_two_places(extractor):
    places = _places(extractor, "Piknik odbył się w Dąbrowie Górniczej Ząbkowicach przy ul. Polnej.")
    assert {("Dąbrowa Górnicza", "locality"), ("Ząbkowice", "locality")} <= places


def test_a_valley_stays_whole(extractor):
    assert not {("Dolina", "locality")} & _places(extractor, "Zwiedzaliśmy Dolinę Baryczy latem.")


def test_a_seat_of_two_words_starting_with_a_name_part(extractor):
    assert "Filharmonia Zachodnia w Jeleniej Górze" in _orgs(
        extractor, "Zagrali muzycy Filharmonii Zachodniej w Jeleniej Górze wraz z gośćmi.")


def test_a_nominative_head_right_after_a_head_is_its_name_not_its_parent(extractor):
    names = _orgs(extractor, "Szkolenie prowadziło Stowarzyszenie Centrum Wspierania Inicjatyw Lokalnych.")
    assert "Stowarzyszenie Centrum Wspierania Inicjatyw Lokalnych" in names
    assert "Centrum Wspierania Inicjatyw Lokalnych" not in names


def test_a_short_acronym_joins_the_one_name_its_initials_begin(extractor):
    r = extractor.extract("Byliśmy w Centrum Integracji Społecznej KROKUS w Lipniku. Prowadziła Anna Kos, dyrektor CIS.")
    assert "CIS" not in {o.name for o in r.organizations}


def test_a_named_unit_and_its_parent_are_split(extractor):
    names = _orgs(extractor, "Śpiewał Chór „Echo” Spółdzielni Mieszkaniowej Zacisze w Lipniku.")
    assert {"Chór „Echo”", "Spółdzielnia Mieszkaniowa Zacisze"} <= names


def test_a_founder_in_the_genitive_after_a_foundation_is_its_name(extractor):
    r = extractor.extract("Gościły nas panie ze Spółdzielni Socjalnej „Jutro” Fundacji Marii Lipskiej.")
    assert {"Spółdzielnia Socjalna „Jutro”", "Fundacja Marii Lipskiej"} <= {o.name for o in r.organizations}


def test_an_adjective_after_the_head_declines_with_it_before_a_surname_like_name(extractor):
    names = _orgs(extractor, "Spotkanie odbyło się w Przedsiębiorstwie Społecznym Boni Activ Sp.z.o.o.")
    assert "Przedsiębiorstwo Społeczne Boni Activ Sp.z.o.o." in names


def test_two_acronyms_side_by_side_are_one_name(extractor):
    names = _orgs(extractor, "Gości powitała Ewa Mak z ODB KPT w imieniu gospodarzy.")
    assert "ODB KPT" in names and "ODB" not in names


def test_a_capitalised_word_beside_a_word_in_capitals_is_no_acronym(extractor):
    names = _orgs(extractor, "Dzieci bawiły się na zjeżdżalni GRAND ZOLO przez cały dzień.")
    assert "ZOLO" not in names


def test_an_adjective_led_locality_is_a_seat_and_a_place(extractor):
    r = extractor.extract("Jubileusz Koła Gospodyń Wiejskich w Murowanej Goślinie był udany.")
    assert "Koło Gospodyń Wiejskich w Murowanej Goślinie" in {o.name for o in r.organizations}
    assert ("Murowana Goślina", "locality") in {(p.name, p.kind) for p in r.places}


def test_a_seat_in_funding_boilerplate_is_still_a_place(extractor):
    places = _places(extractor, "Projekt został dofinansowany przez Starostwo Powiatowe w Lesku.")
    assert ("Lesko", "locality") in places


@pytest.mark.parametrize("text,name", [
    ("Patronat medialny objęło Polskie Radio Lublin oraz Tygodnik Katolicki „Droga”.", "Polskie Radio Lublin"),
    ("Patronat medialny objęło Polskie Radio Lublin oraz Tygodnik Katolicki „Droga”.", "Tygodnik Katolicki „Droga”"),
    ("Film przygotowała Telewizja Polska.", "Telewizja Polska"),
])
def test_media_names(extractor, text, name):
    assert name in _orgs(extractor, text)


def test_a_unit_in_its_office_gives_the_office_and_no_seat(extractor):
    names = _orgs(extractor, "Przyszła Ewa Mak, zastępca dyrektora Wydziału Zdrowia w Opolskim Urzędzie Wojewódzkim.")
    assert "Opolski Urząd Wojewódzki" in names
    assert not any(n.startswith("Wydział") for n in names)


def test_a_faculty_keeps_its_university(extractor):
    names = _orgs(extractor, "Wykład wygłosił pracownik Wydziału Prawa Uniwersytetu Opolskiego.")
    assert {"Wydział Prawa Uniwersytetu Opolskiego", "Uniwersytet Opolski"} <= names


@pytest.mark.parametrize("text", [
    "Stoiska przygotowane przez Koła Gospodyń Wiejskich cieszyły się powodzeniem.",
    "Byli przedstawiciele działających w gminie Ochotniczych Straży Pożarnych.",
])
def test_plural_heads_name_kinds(extractor, text):
    names = _orgs(extractor, text)
    assert not any(n.startswith(("Koło", "Koła", "Ochotnicz")) for n in names)


def test_a_singular_head_after_a_genitive_preposition_is_a_name(extractor):
    assert "Koło Gospodyń Wiejskich w Lipniku" in _orgs(extractor, "Dyplom trafił do Koła Gospodyń Wiejskich w Lipniku.")


def test_a_patron_after_sw_or_pw_is_part_of_the_name_and_no_seat_follows(extractor):
    names = _orgs(extractor, "Pomogli Księża z Parafii p.w. św. Marka Ewangelisty w Lipniku oraz Fundacja Dobra św. Anny z Borowic.")
    assert {"Parafia p.w. św. Marka Ewangelisty", "Fundacja Dobra św. Anny"} <= names


def test_a_first_name_in_the_instrumental_after_a_head_is_a_person(extractor):
    r = extractor.extract("Rozmawialiśmy z Prezes Spółdzielni Hanną Lipską o pracy.")
    assert "Hanna Lipska" in {p.name for p in r.people}


def test_a_project_named_like_an_institution_is_no_organization(extractor):
    names = _orgs(extractor, "W ramach projektu Opolskie Centrum Ekonomii Solidarnej podpisano porozumienie.")
    assert "Opolskie Centrum Ekonomii Solidarnej" not in names


def test_an_adjective_after_its_noun_is_not_the_parents(extractor):
    names = _orgs(extractor, "Głos zabrał dyrektor Departamentu Wdrażania Funduszu Społecznego Urzędu Marszałkowskiego w Opolu.")
    assert "Urząd Marszałkowski w Opolu" in names and "Społeczny Urząd Marszałkowski w Opolu" not in names


def test_a_hall_named_after_someone_is_a_venue_not_a_person(extractor):
    r = extractor.extract("Rektor przywitał publiczność w Sali Kowalczyńskiego oraz gości.")
    assert ("Sala Kowalczyńskiego", "venue") in {(p.name, p.kind) for p in r.places}
    assert not r.people


def test_a_kind_word_before_a_quoted_name_stays_in_the_venue(extractor):
    places = _places(extractor, "Dzieci pojechały do Sali zabaw „Bajkolandia” w Lesku w ramach projektu socjalnego.")
    assert {("Sala zabaw „Bajkolandia”", "venue"), ("Lesko", "locality")} <= places


def test_a_venue_label_makes_an_institution_a_venue(extractor):
    assert ("Muzeum Zorin", "venue") in _places(extractor, "godzina: 10:00\n\nmiejsce: Muzeum Zorin\n\nDla wszystkich")


def test_a_pronoun_after_and_ends_the_name(extractor):
    names = _orgs(extractor, "Gości przywitało Biuro Fundacji Lipa oraz Jego Dyrektor.")
    assert not any("Jego" in n for n in names)


def test_an_adjective_of_the_title_is_not_the_bodys(extractor):
    names = _orgs(extractor, "Przemówił Adam Lis – Zastępca Dyrektora Generalnego Krajowego Ośrodka Rozwoju Wsi.")
    assert "Krajowy Ośrodek Rozwoju Wsi" in names


def test_a_compound_adjective_stays_with_the_parent_office(extractor):
    names = _orgs(extractor, "Był Jan Kos, dyrektor Wydziału Rolnictwa Warmińsko-Mazurskiego Urzędu Wojewódzkiego.")
    assert "Warmińsko-Mazurski Urząd Wojewódzki" in names


def test_the_office_adjective_before_its_unit_declines(extractor):
    names = _orgs(extractor, "Przyszedł dyrektor Departamentu Kultury Urzędu Marszałkowskiego Województwa Opolskiego.")
    assert "Urząd Marszałkowski Województwa Opolskiego" in names


@pytest.mark.parametrize("text,name", [
    ("Mówiła Ewa Nowak z Urzędu Miasta st. Krakowa, która omówiła zadania.", "Urząd Miasta st. Krakowa"),
    ("Wystąpił Jan Lis (Centrum Wolontariatu m.st. Warszawa) i inni.", "Centrum Wolontariatu m.st. Warszawa"),
])
def test_the_capital_city_title_belongs_to_the_name(extractor, text, name):
    assert name in _orgs(extractor, text)


def test_a_patron_named_with_his_home_town_stays_whole(extractor):
    names = _orgs(extractor, "Nagrody ufundowała Gminna Biblioteka Publiczna im. Wincentego z Kielczy w Opolu.")
    assert "Gminna Biblioteka Publiczna im. Wincentego z Kielczy" in names


def test_two_acronyms_joined_by_a_hyphen_are_one(extractor):
    names = _orgs(extractor, "Głos zabrał dyrektor KIR-CWIL, który mówił o ustawie.")
    assert "KIR-CWIL" in names and "KIR" not in names


def test_a_venue_named_after_a_family_takes_no_seat_in_any_case(extractor):
    """'Pałac Dębickich' after 'zwiedzili': the plural genitive-accusative names the family, not the palace's kind."""
    places = _places(extractor, "Po południu goście zwiedzili Pałac Dębickich w Łodzi i Zamek Biskupi w Lipowie.")
    assert ("Pałac Dębickich", "venue") in places and ("Łódź", "locality") in places
    assert ("Zamek Biskupi w Lipowie", "venue") in places


def test_a_fund_with_a_seat_is_the_institution_that_manages_it(extractor):
    names = _orgs(extractor, "Nagrody ufundował Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Toruniu.")
    assert "Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Toruniu" in names


def test_a_fund_without_a_seat_stays_money(extractor):
    names = _orgs(extractor, "Projekt sfinansowano ze środków Europejskiego Funduszu Społecznego w ramach programu.")
    assert not any("Fundusz" in n for n in names)


def test_a_numbered_units_seat_of_two_words_stays_whole(extractor):
    doc = extractor.extract("Uczniowie SP nr 4 w Lipnie Kujawskim zajęli drugie miejsce, a ZS nr 2 w Rypinie trzecie.")
    names = {o.name for o in doc.organizations}
    assert {"SP nr 4 w Lipnie Kujawskim", "ZS nr 2 w Rypinie"} <= names


def test_a_village_unit_thanked_for_the_invitation_is_the_host(extractor):
    """The unit word is part of the mention: a cue before it ("Dziękujemy Sołectwu X za zaproszenie") reaches the unit."""
    r = extractor.extract("Dziękujemy Sołectwu Borowice za zaproszenie na piknik rodzinny.")
    assert r.event.organizer == "Sołectwo Borowice"
    r = extractor.extract("Na pikniku bawili się mieszkańcy sołectwa Borowice.")
    assert r.event.organizer is None
