"""Geographic names headed by a noun of the land ("Pojezierze Drawskie") and regions paired in a voivodeship's
two-part name ("Kujawy i Pomorze"): pipeline/ner/place_rules.py and pipeline/extract/place_checks.py.
Sentences are invented."""

import pytest


def _places(extractor, text: str) -> set[str]:
    return {p.name for p in extractor.extract(text).places}


@pytest.mark.parametrize("text, place", [
    ("Rajd rowerowy odbył się na Pojezierzu Łagowskim.", "Pojezierze Łagowskie"),
    ("Obóz harcerski rozbito w Borach Dolnośląskich.", "Bory Dolnośląskie"),
    ("Na spotkanie przyjechali mieszkańcy Wyżyny Kieleckiej.", "Wyżyna Kielecka"),
])
def test_a_noun_of_the_land_with_its_adjective_is_a_place(extractor, text, place):
    """Neither word has a geographic reading: the capitalised land noun and the adjective agreeing with it do."""
    assert place in _places(extractor, text)


def test_a_land_name_only_as_a_topics_genitive_is_not_listed(extractor):
    assert "Morze Bałtyckie" not in _places(extractor, "Konkurs plastyczny dotyczył ochrony Morza Bałtyckiego.")


def test_a_capitalised_land_noun_with_a_lower_case_word_after_it_is_no_name(extractor):
    assert not _places(extractor, "Dolina rzeki była zalana. Góry pięknie wyglądały.")


@pytest.mark.parametrize("text, region", [
    ("Na targi przyjechali wystawcy z Kujaw i Pomorza.", "Kujawy i Pomorze"),
    ("Zespoły z Warmii i Mazur zagrały na festynie w Lipnie.", "Warmia i Mazury"),
])
def test_two_regions_giving_a_voivodeship_its_name_are_one_region(extractor, text, region):
    places = _places(extractor, text)
    assert region in places
    assert not {"Kujawy", "Pomorze", "Warmia", "Mazury"} & places


@pytest.mark.parametrize("text, regions", [
    ("Kapele z Mazur i Warmii zagrały w Lipnie.", {"Mazury", "Warmia"}),
    ("Goście przyjechali z Kujaw i Mazowsza.", {"Kujawy", "Mazowsze"}),
])
def test_other_pairs_of_regions_stay_two(extractor, text, regions):
    assert regions <= _places(extractor, text)


@pytest.mark.parametrize("text, region", [
    ("Zespoły ludowe z Lipna grały na Warmii i Mazurach przez całe lato.", "Warmia i Mazury"),
    ("Nagrodą była wycieczka na Kaszuby dla całej klasy.", "Kaszuby"),
    ("Kapela przyjechała z Kurpiów i zagrała w Rypinie.", "Kurpie"),
])
def test_a_region_in_the_case_its_preposition_governs_is_no_people(rules_only, extractor, text, region):
    """"Mazurach", "Kaszuby", "Kurpiów" read also as the plural of a people ("Mazur", "Kaszub", "Kurp")."""
    assert region in _places(extractor, text)


def test_a_people_after_no_preposition_stays_a_people(rules_only, extractor):
    assert not _places(extractor, "Kaszubi i Kurpie zatańczyli razem na scenie.")


@pytest.mark.parametrize("text, region", [
    ("Festyn rybacki odbył się na Żuławach.", "Żuławy"),  # SGJP: only the common noun "żuława"
    ("Chór przyjechał z Zagłębia i zaśpiewał w Lipnie.", "Zagłębie"),
    ("Warsztaty kulinarne odbyły się na Kociewiu.", "Kociewie"),  # unknown to SGJP: formed like "Podlasie"
    ("Goście z Żywiecczyzny zaśpiewali kolędy.", "Żywiecczyzna"),
])
def test_a_region_sgjp_does_not_name_is_a_place_in_its_base_form(rules_only, extractor, text, region):
    assert region in _places(extractor, text)


def test_a_common_noun_of_a_regions_form_in_lower_case_is_no_place(rules_only, extractor):
    assert not _places(extractor, "Woda zalała żuławy i zagłębie węglowe.")


@pytest.mark.parametrize("text, region", [
    ("Zespoły przyjechały z Sądeckiego i zagrały w Lipnie.", "Sądeckie"),
    ("Festyn odbył się w Kieleckiem, w świetlicy wiejskiej.", "Kieleckie"),
])
def test_a_towns_adjective_as_a_neuter_noun_is_a_region(rules_only, extractor, text, region):
    """SGJP names "Sądeckie" (the land around Nowy Sącz); the register holds no locality so named."""
    assert (region, "region") in {(p.name, p.kind) for p in extractor.extract(text).places}


def test_a_town_of_an_adjectives_form_stays_a_locality(rules_only, extractor):
    assert ("Zakopane", "locality") in {(p.name, p.kind) for p in extractor.extract("Obóz odbył się w Zakopanem.").places}
