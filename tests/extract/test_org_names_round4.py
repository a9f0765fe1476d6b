"""Organization name shapes of round 4, in sentences written for the tests."""


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


def test_embassies_and_directorates_are_bodies(extractor):
    names = _orgs(extractor, "Na spotkanie przyjechali przedstawiciele Ambasady Królestwa Szwecji. "
                             "Współorganizatorem była Dyrekcja Generalna Poczty Polskiej.")
    assert "Ambasada Królestwa Szwecji" in names
    assert "Dyrekcja Generalna Poczty Polskiej" in names


def test_a_unit_working_with_bodies_gives_its_office(extractor):
    names = _orgs(extractor, "Debatę przygotowano z inicjatywy Wydziału Współpracy z Organizacjami Społecznymi "
                             "Urzędu Marszałkowskiego Województwa Lubuskiego. Wydział Współpracy z Organizacjami "
                             "Społecznymi zaprosił gości.")
    assert "Urząd Marszałkowski Województwa Lubuskiego" in names
    assert not any(n.startswith("Wydział") for n in names)


def test_an_award_with_the_instrumental_is_no_name(extractor):
    assert not any("Jakością" in n for n in _orgs(extractor, "Zakład otrzymał tytuł Firma z Jakością w tym roku."))


def test_a_name_keeps_the_texts_spacing_inside_quotes(extractor):
    names = _orgs(extractor, "Partnerem była Lokalna Grupa Działania „ Dolina Bobru”.")
    assert "Lokalna Grupa Działania „ Dolina Bobru”" in names


def test_a_dash_joins_a_second_title_of_the_same_body(extractor):
    names = _orgs(extractor, "Partnerem było Stowarzyszenie Kraina Wzgórz i Dolin- Lokalna Grupa Działania z regionu.")
    assert "Stowarzyszenie Kraina Wzgórz i Dolin- Lokalna Grupa Działania" in names
