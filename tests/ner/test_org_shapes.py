"""Organization name shapes found with the name-shape harness (scripts/name_shapes.py): where coordinated names part,
heads of institutions, parents' acronyms and seats; in sentences and names written for the tests."""


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


def test_an_adjective_closing_a_name_is_not_coordinated_with_the_next_name(extractor):
    names = _orgs(extractor, "Partnerami byli Szkoła Muzyczna oraz Gminna Biblioteka Publiczna w Borowie.")
    assert "Gminna Biblioteka Publiczna w Borowie" in names
    assert not any(n.startswith("Muzyczna") for n in names)
    names = _orgs(extractor, "Dziękujemy Lubuskiemu Urzędowi Wojewódzkiemu i Zielonogórskiemu Uniwersytetowi Ludowemu.")
    assert {"Lubuski Urząd Wojewódzki", "Zielonogórski Uniwersytet Ludowy"} <= names


def test_adjectives_coordinated_before_one_head_still_share_it(extractor):
    names = _orgs(extractor, "Spotkanie otworzyła Powiatowa i Miejska Rada Seniorów w Borowie.")
    assert {"Powiatowa Rada Seniorów w Borowie", "Miejska Rada Seniorów w Borowie"} <= names


def test_a_name_stops_where_a_coordinated_name_with_adjectives_begins(extractor):
    names = _orgs(extractor, "Dziękujemy Związkowi Hodowców Kóz Polskich i Gminnemu Ośrodkowi Kultury w Borowie.")
    assert "Związek Hodowców Kóz Polskich" in {n.split(" w ")[0] for n in names}
    assert not any("Gminn" in n and n.startswith("Związek") for n in names)
    # a genitive complement coordinated inside the name stays in it
    assert "Ministerstwo Nauki i Szkolnictwa Wyższego" in _orgs(
        extractor, "Dziękujemy Ministerstwu Nauki i Szkolnictwa Wyższego.")


def test_institution_heads_of_archives_labs_factories_and_services(extractor):
    names = _orgs(extractor, "Dziękujemy Składnicy Akt Miejskich w Borowie za pomoc.")
    assert "Składnica Akt Miejskich w Borowie" in names
    assert "Zrzeszenie Hodowców Pszczół w Borowie" in _orgs(
        extractor, "Organizatorem było Zrzeszenie Hodowców Pszczół w Borowie.")
    assert "Posterunek Policji w Borowie" in _orgs(
        extractor, "Na spotkanie przyjechali przedstawiciele Posterunku Policji w Borowie.")
    assert "Fabryka Zabawek Bąbel" in _orgs(extractor, "Warsztaty przygotowano z Fabryką Zabawek Bąbel.")
    # a head alone, with no name or seat, is still no name
    assert not _orgs(extractor, "Zwiedziliśmy laboratorium i fabrykę.")


def test_an_acronym_after_a_units_head_is_its_parent_and_the_seat_stays(extractor):
    names = _orgs(extractor, "Warsztaty poprowadzili pracownicy Laboratorium Chemicznego WSSE w Borowie.")
    assert "Laboratorium Chemiczne WSSE w Borowie" in names
    assert "Gminna Rada ZHR w Borowie" in _orgs(extractor, "Organizatorem była Gminna Rada ZHR w Borowie.")
    # a body's own acronym makes its name whole: the seat is left out
    assert "Spółdzielnia Socjalna BOR" in _orgs(extractor, "Organizatorem była Spółdzielnia Socjalna BOR w Borowie.")


def test_a_legal_form_makes_the_capitalised_words_before_it_a_company(extractor):
    assert "Borlex S.A." in _orgs(extractor, "Organizatorem spotkania był Borlex S.A.")
    names = _orgs(extractor, "Partnerami byli Fundacja Lipa, ZPB Polska Stal SA oraz Drewmak Sp. z o.o. z Lipna.")
    assert {"Fundacja Lipa", "ZPB Polska Stal SA", "Drewmak Sp. z o.o."} <= names
    assert all(o.acronym != "SA" for o in extractor.extract("Dziękujemy ZPB Polska Stal SA.").organizations)
    # a legal form after a lower-case word names nothing
    assert not _orgs(extractor, "Umowę podpisano w formie sp. z o.o. bez zwłoki.")


def test_a_seat_announced_after_a_generic_name_stays_in_it(extractor):
    assert "Gminna Biblioteka Publiczna z/s w Borowie" in _orgs(
        extractor, "Partnerem była Gminna Biblioteka Publiczna z/s w Borowie.")
    assert "Gminny Ośrodek Sportu z siedzibą w Borowie" in _orgs(
        extractor, "Organizatorem był Gminny Ośrodek Sportu z siedzibą w Borowie.")
    # a name with a proper part of its own drops the seat
    assert "Fundacja Dobry Dom" in _orgs(extractor, "Partnerem była Fundacja Dobry Dom z siedzibą w Borowie.")


def test_a_local_tiers_commission_keeps_its_seat(extractor):
    assert "Miejska Komisja Wyborcza w Borowie" in _orgs(
        extractor, "Organizatorem była Miejska Komisja Wyborcza w Borowie.")
    assert "Komisja Europejska" in _orgs(extractor, "Wniosek trafił do Komisji Europejskiej w Brukseli.")


def test_a_town_named_in_the_nominative_after_the_head_is_the_units_own_name(extractor):
    # "Kalisz" is also a surname with a dative reading: the geographic reading decides
    assert "Nadleśnictwo Kalisz" in _orgs(extractor, "Zajęcia poprowadzili pracownicy Nadleśnictwa Kalisz.")


def test_a_first_name_alone_after_the_head_is_the_bodys_own_name(extractor):
    assert "Fundacja Merkury" in _orgs(extractor, "Dziękujemy Fundacji Merkury za pomoc.")
    # a first name with a surname after the head is a person
    assert not any("Nowak" in n for n in _orgs(extractor, "Prezes Fundacji Adam Nowak otworzył spotkanie."))


def test_the_full_stop_glued_to_an_acronym_is_the_sentences(extractor):
    assert "Stowarzyszenie BRW" in _orgs(extractor, "Organizatorem spotkania było Stowarzyszenie BRW.")
    assert "Federacja Lipowo.pl" in _orgs(extractor, "Partnerem była Federacja Lipowo.pl. Potem przyszli goście.")
    assert "Zakład Usług Sp.z.o.o." in _orgs(extractor, "Organizatorem był Zakład Usług Sp.z.o.o.")


def test_a_council_of_many_bodies_is_a_body_of_its_own(extractor):
    assert "Rada Stowarzyszeń Sportowych Powiatu Lipowskiego" in _orgs(
        extractor, "Organizatorem była Rada Stowarzyszeń Sportowych Powiatu Lipowskiego.")
    # the council of one body is its organ: the body is listed
    assert "Fundacja Nowe Sady" in _orgs(extractor, "Organizatorem była Rada Fundacji Nowe Sady.")


def test_patron_and_dedication_markers_without_dots(extractor):
    names = _orgs(extractor, "Partnerami byli Szpital Miejski im Papieża Jana Pawła II oraz Gimnazjum nr 3 im Jana Pawła II.")
    assert {"Szpital Miejski im Papieża Jana Pawła II", "Gimnazjum nr 3 im Jana Pawła II"} <= names
    assert "Parafia p/w Świętej Anny" in _orgs(extractor, "Festyn przygotowała Parafia p/w Świętej Anny.")
    # the pronoun "im" before a person's name stays a pronoun
    report = extractor.extract("Dziękujemy sąsiadom, bo im Jan Nowak pomógł.")
    assert "Jan Nowak" in {p.name for p in report.people}


def test_the_towns_and_communes_institution_is_one_body(extractor):
    assert "Miejski i Gminny Ośrodek Sportu w Borowie" in _orgs(
        extractor, "Dziękujemy Miejskiemu i Gminnemu Ośrodkowi Sportu w Borowie.")


def test_a_name_that_says_where_the_body_is_takes_no_shared_seat(extractor):
    names = _orgs(extractor, "Partnerami byli Orkiestra Lipnowska oraz Urząd Gminy w Borowie.")
    assert "Orkiestra Lipnowska" in names and "Urząd Gminy w Borowie" in names
    names = _orgs(extractor, "Partnerami byli Rada Miasta Kalisza oraz Urząd Gminy w Borowie.")
    assert "Rada Miasta Kalisza" in names
    # generic names coordinated before one seat still share it
    names = _orgs(extractor, "Organizatorami były Szkoła Podstawowa i Biblioteka Publiczna w Borowie.")
    assert {"Szkoła Podstawowa w Borowie", "Biblioteka Publiczna w Borowie"} <= names


def test_an_adjective_agreeing_with_its_own_noun_before_i_closes_the_name(extractor):
    names = _orgs(extractor, "Dziękujemy Związkowi Kombatantów Rzeczypospolitej Polskiej i Gminnej Bibliotece w Borowie.")
    assert "Związek Kombatantów Rzeczypospolitej Polskiej" in names


def test_a_head_with_a_capitalised_complement_opens_a_sentence_as_a_name(extractor):
    report = extractor.extract("Konwent Starostów zaprasza mieszkańców na warsztaty.")
    assert "Konwent Starostów" in {o.name for o in report.organizations}
    assert report.event.organizer == "Konwent Starostów"


def test_a_state_after_an_organ_is_no_parent_body(extractor):
    report = extractor.extract("Warsztaty zorganizowane przez Radę Ministrów RP cieszyły się zainteresowaniem.")
    assert report.event.organizer == "Rada Ministrów RP"
    # an organ of a body named by its acronym still acts for that body
    assert extractor.extract("Warsztaty zorganizowane przez Zgromadzenie Ogólne ZHP cieszyły się zainteresowaniem."
                             ).event.organizer == "ZHP"


def test_a_company_with_its_legal_form_may_open_the_sentence(extractor):
    assert "Drewmak sp. z o.o." in _orgs(extractor, "Drewmak sp. z o.o. zaprasza mieszkańców na warsztaty.")


def test_a_coordinator_before_an_acronym_or_after_a_nominative_word_ends_the_name(extractor):
    names = _orgs(extractor, "Partnerami byli Związek Hodowców Polskich oraz LKS „Brzeg”.")
    assert "Związek Hodowców Polskich" in names
    names = _orgs(extractor, "Partnerami byli Nadleśnictwo Kalisz oraz Fundacja Lipa.")
    assert {"Nadleśnictwo Kalisz", "Fundacja Lipa"} <= names
    # coordinated genitive complements stay in the name
    assert "Ministerstwo Sportu i Turystyki" in _orgs(extractor, "Dziękujemy Ministerstwu Sportu i Turystyki.")


def test_a_towns_adjective_before_the_head_names_the_body(extractor):
    assert "Opolska Filharmonia" in _orgs(extractor, "Partnerem była Opolska Filharmonia.")
    assert "Płocka Akademia" in _orgs(extractor, "Dziękujemy Płockiej Akademii za pomoc.")
    # a tier's adjective does not: a capitalised generic body with no town is no name
    assert not _orgs(extractor, "Partnerem była Miejska Biblioteka.")


def test_town_adjectives_are_made_from_the_register():
    from pipeline.ner.org_units import town_adjective

    assert town_adjective("krakowski") and town_adjective("gdański") and town_adjective("łódzki")
    assert not town_adjective("katolicki") and not town_adjective("miejski") and not town_adjective("narodowy")


def test_a_seat_named_with_its_river_or_saint_stays_whole(extractor):
    assert "Gminny Ośrodek Sportu w Radomyślu nad Sanem" in _orgs(
        extractor, "Dziękujemy Gminnemu Ośrodkowi Sportu w Radomyślu nad Sanem.")
    # a person after the seat is no part of it
    assert "Gminny Ośrodek Sportu w Lipnie" in _orgs(
        extractor, "Organizatorem był Gminny Ośrodek Sportu w Lipnie Jan Kowalski.")


def test_ordinals_before_a_name(extractor):
    names = _orgs(extractor, "Przyjechał 12. Lipowski Batalion Saperów oraz XIV Liceum Ogólnokształcące im. Jana Kochanowskiego.")
    assert {"12. Lipowski Batalion Saperów", "XIV Liceum Ogólnokształcące im. Jana Kochanowskiego"} <= names
    # a number closing the sentence before a body is no ordinal of it
    assert "Stowarzyszenie Lipa" in _orgs(extractor, "Przyszło ich 120. Stowarzyszenie Lipa zorganizowało konkurs.")


def test_two_patrons_of_one_name(extractor):
    assert "Szkoła Podstawowa im. Marii i Lecha Borowskich" in _orgs(
        extractor, "Dziękujemy Szkole Podstawowej im. Marii i Lecha Borowskich.")
    names = _orgs(extractor, "Dziękujemy Szkole Podstawowej im. Jana Pawła II i Janowi Kowalskiemu.")
    assert "Szkoła Podstawowa im. Jana Pawła II" in names


def test_a_self_government_is_a_body_head_that_a_complement_keeps(extractor):
    assert "Samorząd Województwa Lubuskiego" in _orgs(extractor, "Organizatorem był Samorząd Województwa Lubuskiego.")
    names = _orgs(extractor, "Obradowała Komisja Wspólna Rządu i Samorządu Terytorialnego oraz Fundacja Lipa.")
    assert "Komisja Wspólna Rządu i Samorządu Terytorialnego" in names
    assert not any(n.startswith("Samorząd") for n in names)


def test_a_field_of_study_in_a_schools_name_is_no_body(extractor):
    names = _orgs(extractor, "Organizatorem była Szkoła Główna Gospodarstwa Wiejskiego w Warszawie.")
    assert names == {"Szkoła Główna Gospodarstwa Wiejskiego w Warszawie"}


def test_a_coordinated_complement_reads_as_a_genitive_of_a_common_word_or_a_place(extractor):
    names = _orgs(extractor, "Organizatorami byli Związek Hodowców Polskich oraz Pomorska Fundacja Rybna.")
    assert "Związek Hodowców Polskich" in names
    assert "Towarzystwo Przyjaciół Sopotu i Wrocławia" in _orgs(
        extractor, "Dziękujemy Towarzystwu Przyjaciół Sopotu i Wrocławia.")
    # two villages in the genitive, the second also read as a nominative adjective
    assert "Stowarzyszenie Przyjaciół Lipowa i Dębowa" in _orgs(
        extractor, "Dziękujemy Stowarzyszeniu Przyjaciół Lipowa i Dębowa.")


def test_a_numbered_school_with_its_departments(extractor):
    assert "Szkoła Podstawowa nr 3 z Oddziałami Integracyjnymi w Borowie" in _orgs(
        extractor, "Dziękujemy Szkole Podstawowej nr 3 z Oddziałami Integracyjnymi w Borowie.")


def test_a_unit_attached_to_a_body_keeps_przy_and_the_body_in_its_name(extractor):
    assert "Centrum Integracji Społecznej przy Fundacji Pomocy Sąsiedzkiej Brzask" in _orgs(
        extractor, "Organizatorem było Centrum Integracji Społecznej przy Fundacji Pomocy Sąsiedzkiej Brzask.")
    assert "Młodzieżowe Centrum Kariery przy OHP" in _orgs(extractor, "Partnerem było Młodzieżowe Centrum Kariery przy OHP.")
    # "przy" before a street or a lower-case word is no part of the name
    names = _orgs(extractor, "Zajęcia odbyły się w Gminnym Ośrodku Kultury w Borowie przy ulicy Lipowej.")
    assert "Gminny Ośrodek Kultury w Borowie" in names


def test_a_territorial_scope_after_dla_stays_in_the_name(extractor):
    assert "Ośrodek Wsparcia Ekonomii Społecznej dla subregionu kaliskiego" in _orgs(
        extractor, "Organizatorem był Ośrodek Wsparcia Ekonomii Społecznej dla subregionu kaliskiego.")
    # a purpose with a verb between is not
    assert "Fundacja Lipa" in _orgs(extractor, "Fundacja Lipa zrobiła wiele dla regionu kaliskiego.")


def test_a_singular_solectwo_of_two_villages_is_one_unit(extractor):
    report = extractor.extract("Organizatorem było Sołectwo Lipowo i Dębowo.")
    assert "Sołectwo Lipowo i Dębowo" in {o.name for o in report.organizations}
    # plural units are one per village; an acronym after "i" is another body
    assert {"Sołectwo Lipowo", "Sołectwo Dębowo"} <= _orgs(extractor, "Dziękujemy sołectwom Lipowo i Dębowo.")
    assert "Sołectwo Lipowo" in _orgs(extractor, "Festyn zorganizowało Sołectwo Lipowo i KGW Lipowo.")


def test_the_body_after_przy_is_listed_too_and_an_institution_name_in_apposition_stays(extractor):
    names = _orgs(extractor, "Organizatorem było Centrum Integracji Społecznej przy Fundacji Pomocy Sąsiedzkiej Brzask.")
    assert "Fundacja Pomocy Sąsiedzkiej Brzask" in names
    # "Caritas" (SGJP: an institution's name) after a head runs the body: one name
    assert "Dom Pomocy Społecznej Caritas" in _orgs(extractor, "Dziękujemy Domowi Pomocy Społecznej Caritas.")


def test_a_coordinated_genitive_that_is_also_a_first_name_stays_in_the_name(extractor):
    """'Flory' is a first name and "flora"'s genitive: after "i" inside a name it is the complement's."""
    assert "Muzeum Fauny i Flory Bałtyckiej w Lipnie" in _orgs(
        extractor, "Partnerem było Muzeum Fauny i Flory Bałtyckiej w Lipnie.")


def test_a_person_coordinated_after_a_name_stays_a_person(extractor):
    report = extractor.extract("Spotkanie prowadziła Fundacja Rozwoju Wsi i Róża Kowalska.")
    assert "Fundacja Rozwoju Wsi" in {o.name for o in report.organizations}
    assert "Róża Kowalska" in {p.name for p in report.people}


def test_a_two_letter_acronym_the_dictionary_names_as_an_institution_is_a_body(extractor):
    """SGJP names 'UJ' an institution: two capitals standing alone, as a subject or an object, name a body."""
    assert "UJ" in _orgs(extractor, "UJ zaprasza na wykład otwarty.")
    assert "UJ" in _orgs(extractor, "Dziękujemy UJ za udostępnienie sali.")


def test_a_two_letter_acronym_inside_a_longer_name_is_no_body_of_its_own(extractor):
    assert "WP" not in _orgs(extractor, "Projekt sfinansowano w ramach RPO WP na lata 2014-2020.")


def test_a_bare_head_coordinated_with_a_head_shares_its_complement(extractor):
    """'Muzeum' alone names no body: with "i" and a second head it shares that head's complement, in any case."""
    assert "Muzeum i Ośrodek Kultury Kaszubskiej" in _orgs(extractor, "Dziękujemy Muzeum i Ośrodkowi Kultury Kaszubskiej.")
    assert "Muzeum i Ośrodek Kultury Kaszubskiej w Lipnie" in _orgs(
        extractor, "Wystawę przygotowało Muzeum i Ośrodek Kultury Kaszubskiej w Lipnie.")


def test_a_head_with_words_of_its_own_stays_a_body_beside_the_next(extractor):
    names = _orgs(extractor, "Organizatorem była Szkoła Podstawowa i Przedszkole w Lipnie.")
    assert "Przedszkole w Lipnie" in names and not any(n.startswith("Szkoła Podstawowa i") for n in names)


def test_an_acronym_after_a_facilitys_adjective_is_its_runner_and_the_seat_stays(extractor):
    # "Centrum Konferencyjne XYZ": a facility named by its function; the acronym is the body that runs it
    assert "Centrum Konferencyjne UZB w Brzozowie" in _orgs(
        extractor, "Partnerami byli Centrum Konferencyjne UZB w Brzozowie oraz Klub Seniora Wrzos.")
    assert "Ośrodek Szkoleniowy PZW w Lipowie" in _orgs(
        extractor, "Zajęcia poprowadzili pracownicy Ośrodka Szkoleniowego PZW w Lipowie.")
    # a genitive complement before the acronym: the name's own acronym keeps the name whole without its seat
    names = _orgs(extractor, "Zajęcia poprowadzili pracownicy Centrum Integracji Społecznej CISBOR w Borowie.")
    assert "Centrum Integracji Społecznej CISBOR" in names


def test_a_patron_named_by_a_first_name_keeps_where_he_came_from(extractor):
    # "z X" after a patron's first name (after a title and a saint's mark too) is the patron's, not the body's seat
    names = _orgs(extractor, "Organizatorami byli Hospicjum im. św. Brata Alberta z Lipowa oraz Klub Seniora Wrzos.")
    assert "Hospicjum im. św. Brata Alberta z Lipowa" in names
    # after a surname "z X" is not the patron's: the patron's name ends before it
    names = _orgs(extractor, "Dziękujemy Szkole Podstawowej im. Marii Lipskiej z Borowa.")
    assert "Szkoła Podstawowa im. Marii Lipskiej" in names


def test_scout_units_and_trades_are_bodies_by_their_head(extractor):
    names = {o.name for o in extractor.extract(
        "Dziękujemy sponsorom: Hurtowni Spożywczej „Lipa” i Drukarni Brzozowskiej. Wartę honorową zaciągnęli harcerze "
        "z Drużyny Harcerskiej „Żurawie”.").organizations}
    assert {"Hurtownia Spożywcza „Lipa”", "Drukarnia Brzozowska", "Drużyna Harcerska „Żurawie”"} <= names


def test_a_bare_head_capitalised_by_its_sentence_with_a_town_is_a_group_from_it(extractor):
    names = {o.name for o in extractor.extract("Drużyna z Dębiny wygrała turniej. Zespół ze Sosnówki był drugi.").organizations}
    assert not names
    # mid-sentence the writer's capital makes it a name
    names = {o.name for o in extractor.extract("Turniej wygrał Zespół z Dębiny.").organizations}
    assert "Zespół z Dębiny" in names
