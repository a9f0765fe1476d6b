"""Organization names from the real-text tuning round (invented sentences)."""


def _orgs(extractor, text: str) -> list[str]:
    return [o.name for o in extractor.extract(text).organizations]


def test_plural_kind_with_numbers_names_one_body_per_number(extractor):
    orgs = _orgs(extractor, "Drugie miejsce zajęły drużyny z kutnowskich Gimnazjów nr 2 i nr 5.")
    assert "Gimnazjum nr 2" in orgs and "Gimnazjum nr 5" in orgs
    orgs = _orgs(extractor, "Nagrody dostali uczniowie Szkół Podstawowych nr 4, 6 i 9.")
    assert {"Szkoła Podstawowa nr 4", "Szkoła Podstawowa nr 6", "Szkoła Podstawowa nr 9"} <= set(orgs)


def test_numbered_singular_kind_is_a_name(extractor):
    assert "Gimnazjum nr 7" in _orgs(extractor, "Wygrała drużyna z Gimnazjum nr 7.")


def test_plural_kind_without_numbers_stays_a_kind(extractor):
    assert not any(o.startswith("Gimnazj") for o in _orgs(extractor, "Do Gimnazjów Publicznych przyjęto w tym roku 30 uczniów."))


def test_body_in_genitive_after_project_is_its_owner(extractor):
    assert "Fundacja Dobre Słowo" in _orgs(extractor, "Akcja jest największym projektem Fundacji Dobre Słowo.")
    assert not _orgs(extractor, "Spotkanie odbyło się w ramach projektu Kujawskie Centrum Aktywności.")


def test_organ_of_a_named_body_gives_the_body(extractor):
    orgs = _orgs(extractor, "Przewodniczący Rady Fundacji Wolne Słowo Jan Kowal otworzył spotkanie.")
    assert "Fundacja Wolne Słowo" in orgs and not any(o.startswith("Rada") for o in orgs)
    orgs = _orgs(extractor, "Sprawozdanie przedstawiła Komisja Rewizyjna Stowarzyszenia Przyjaciół Kutna.")
    assert orgs == ["Stowarzyszenie Przyjaciół Kutna"]
    orgs = _orgs(extractor, "Rajd zorganizowała Komisja Turystyki Górskiej Oddziału Kutnowskiego PTTK.")
    assert "Oddział Kutnowski PTTK" in orgs and not any(o.startswith("Komisja") for o in orgs)


def test_council_of_a_town_and_a_body_of_its_own_stay(extractor):
    assert "Rada Miasta Kutna" in _orgs(extractor, "Obrady prowadziła Rada Miasta Kutna.")
    assert "Komisja Europejska" in _orgs(extractor, "Spotkanie zorganizowała Komisja Europejska.")


def test_acronym_with_a_patron_keeps_the_patron(extractor):
    orgs = _orgs(extractor, "Trzecie miejsce zdobyła drużyna ZSO im. Jana Pawła II w Kutnie.")
    assert "ZSO im. Jana Pawła II" in orgs and "ZSO" not in orgs
    assert "ZSO z Kutna" in _orgs(extractor, "Trzecie miejsce zdobyła drużyna ZSO z Kutna. Im. dalej, tym trudniej.")


def test_radio_band_after_an_acronym_is_in_the_name(extractor):
    orgs = _orgs(extractor, "Audycję nadało RMF FM, a relację przygotowało Radio Kutno.")
    assert "RMF FM" in orgs and "RMF" not in orgs
    assert "ZOSP RP" in _orgs(extractor, "Na zjazd przyjechał prezes ZOSP RP.")


def test_bare_acronym_heading_one_club_is_that_club(extractor):
    orgs = _orgs(extractor, "Siatkarze Orląt zajmują pierwsze miejsce w tabeli ligi juniorów. MKS przegrał tylko jeden mecz. "
                            "Wyniki: MKS Orlęta Kutno - KS Warta Sieradz 3:0, UKS Jedynka Łódź - MKS Orlęta Kutno 1:3.")
    assert "MKS Orlęta" in orgs and "MKS" not in orgs


def test_bare_acronym_heading_two_clubs_stays_apart(extractor):
    orgs = _orgs(extractor, "Siatkarze Orląt zajmują pierwsze miejsce w tabeli ligi juniorów. MKS przegrał tylko jeden mecz. "
                            "Wyniki: MKS Orlęta Kutno - MKS Warta Sieradz 3:0, MKS Warta Sieradz - UKS Jedynka Łódź 1:3.")
    assert "MKS Orlęta" in orgs and "MKS Warta" in orgs


def test_shouted_adjectives_and_inflected_words_are_no_acronyms(extractor):
    orgs = _orgs(extractor, 'Serdecznie zapraszamy wszystkich chętnych na I RAJD JESIENNY "KUTNO" 2012 '
                            "organizowany przez Dom Kultury w Kutnie.")
    assert orgs == ["Dom Kultury w Kutnie"]
    assert not _orgs(extractor, "Uczniowie poznali narzędzia do tworzenia QLIPÓW, czyli krótkich filmów ze zdjęć.")
    orgs = _orgs(extractor, "Porad udzielali pracownicy PFRON, ŁKS i MOPS.")
    assert {"PFRON", "ŁKS", "MOPS"} <= set(orgs)


def test_word_known_only_as_a_firm_name_is_a_firm(extractor):
    assert "Polsat" in _orgs(extractor, "Wcześniej był współautorem programu w Polsacie, a potem uczył w szkole.")
    assert not _orgs(extractor, "Wcześniej był współautorem programu w Lublinie, a potem uczył w szkole.")


def test_seat_after_the_last_number_is_every_numbered_bodys(extractor):
    orgs = _orgs(extractor, "Nagrody otrzymali uczniowie Szkół Podstawowych nr 2 i 5 w Kutnie.")
    assert {"Szkoła Podstawowa nr 2 w Kutnie", "Szkoła Podstawowa nr 5 w Kutnie"} <= set(orgs)
    orgs = _orgs(extractor, "Drużyny z Gimnazjów nr 1 i 3 wygrały w Łęczycy.")
    assert {"Gimnazjum nr 1", "Gimnazjum nr 3"} <= set(orgs)


def test_shouted_kind_word_before_a_quoted_title_is_no_acronym(extractor):
    assert not _orgs(extractor, "Zapraszamy na konferencję.\nPROJEKT „AKTYWNA WIEŚ W POWIECIE KUTNOWSKIM”\nSpotkanie w Kutnie.")
    assert 'KS "Orlik"' in _orgs(extractor, 'Mecz wygrali piłkarze KS "Orlik" Kutno, pokonując rywali 2:0 w lidze.')
