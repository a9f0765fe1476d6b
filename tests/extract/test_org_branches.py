"""Branches as names of their own (pipeline/ner/builtin.py, org_rules.parentless_branch, extract/organizations.py):
"Oddział", "Filia", "Delegatura" head a name with their parent or its acronym, keep their seat and list the
parent as well; sentences written for the tests."""


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


def test_a_branch_of_a_society_named_in_the_genitive_stays_whole_and_lists_the_parent(extractor):
    names = _orgs(extractor, "Zajęcia przygotował Oddział Towarzystwa Przyjaciół Ogrodów w Lesznie dla najmłodszych.")
    assert "Oddział Towarzystwa Przyjaciół Ogrodów w Lesznie" in names
    assert any(n.startswith("Towarzystwo Przyjaciół Ogrodów") for n in names)  # the seat goes with it, as ever


def test_a_numbered_library_branch_keeps_its_parent_in_its_name(extractor):
    names = _orgs(extractor, "Spotkanie odbyło się w Filii nr 12 Biblioteki Miejskiej w Lesznie.")
    assert "Filia nr 12 Biblioteki Miejskiej w Lesznie" in names


def test_a_branch_named_by_its_parents_acronym_keeps_its_seat_and_lists_the_acronym(extractor):
    names = _orgs(extractor, "Głos zabrał dyrektor Mazowieckiego Oddziału ARiMR w Radomiu, a potem goście.")
    assert "Mazowiecki Oddział ARiMR w Radomiu" in names
    assert "ARiMR" in names
    names = _orgs(extractor, "Porad udzielali pracownicy Delegatury KRUS w Pilźnie przez cały dzień.")
    assert "Delegatura KRUS w Pilźnie" in names


def test_a_ward_or_a_bare_branch_is_no_body(extractor):
    names = _orgs(extractor, "Konkurs przygotował Oddział dla Dzieci miejskiej biblioteki, a nagrody wręczyła "
                             "kierowniczka Filii nr 3 naszej biblioteki.")
    assert not any(n.startswith(("Oddział", "Filia")) for n in names)


def test_a_branch_after_a_seated_school_stays_in_its_name(extractor):
    names = _orgs(extractor, "Wystąpili uczniowie Szkoły Podstawowej w Ostrowie Oddział Przedszkolny i goście.")
    assert "Szkoła Podstawowa w Ostrowie" not in names


def test_localities_coordinated_after_a_seat_are_seats_of_as_many_bodies(extractor):
    names = _orgs(extractor, "Na spotkanie przyszli przedstawiciele Urzędu Miejskiego z Gniezna, Słupcy i Kalisza "
                             "oraz zaproszeni goście.")
    assert {"Urząd Miejski z Gniezna", "Urząd Miejski ze Słupcy", "Urząd Miejski z Kalisza"} <= names


def test_a_seat_followed_by_a_company_name_adds_no_body(extractor):
    names = _orgs(extractor, "Pomocy udzielił Powiatowy Urząd Pracy w Kaliszu, Fundacja Zielony Dom i sponsorzy.")
    assert not any(n.startswith("Powiatowy Urząd Pracy") and n != "Powiatowy Urząd Pracy w Kaliszu" for n in names)


def test_a_tree_nursery_and_a_scouting_region_head_names(extractor):
    names = _orgs(extractor, "Sadzonki przekazała Szkółka Drzew Owocowych Jabłonka, a wartę zaciągnęła "
                             "Chorągiew Ziemi Lubuskiej.")
    assert "Szkółka Drzew Owocowych Jabłonka" in names
    assert "Chorągiew Ziemi Lubuskiej" in names


def test_a_parents_acronym_with_small_connectives_is_listed(extractor):
    names = _orgs(extractor, "Wykład wygłosiła dyrektor Departamentu Funduszy MRiRW w Warszawie, a po niej goście.")
    assert "MRiRW" in names


def test_a_district_of_an_association_is_a_branch_with_its_seat(extractor):
    names = _orgs(extractor, "Puchar wręczył prezes Zarządu Okręgu PZW w Turku Adam Lis, a potem wszyscy zjedli obiad.")
    assert "Okręg PZW w Turku" in names
    names = _orgs(extractor, "Zawody przygotował Zarząd Okręgu Polskiego Związku Łowieckiego w Lesznie.")
    assert "Okręg Polskiego Związku Łowieckiego w Lesznie" in names


def test_an_electoral_district_is_no_body(extractor):
    names = _orgs(extractor, "Okręg Wyborczy nr 4 obejmuje trzy wsie, a w okręgu głosowało stu wyborców.")
    assert not any(n.startswith("Okręg") for n in names)
