"""Organization names of round 18, second pass (pipeline/extract/organizations.py), in sentences written for the
tests."""

import pytest


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


def test_a_seat_list_goes_on_over_a_locality_sgjp_knows_only_as_a_name_part(extractor):
    # SGJP lists "Pogorzele" only as a part of longer names; in a list of seats it is a seat all the same
    names = _orgs(extractor, "Na festyn przyjechali druhowie z jednostek Ochotniczej Straży Pożarnej z Dębiny, "
                             "Pogorzeli oraz Kolna.")
    assert {"Ochotnicza Straż Pożarna z Pogorzeli", "Ochotnicza Straż Pożarna z Kolna"} <= names


@pytest.mark.parametrize("phrase, base", [
    ("Oddziału Rejonowego Polskiego Czerwonego Krzyża", "Oddział Rejonowy Polskiego Czerwonego Krzyża"),
    ("Koła Miejskiego Polskiego Związku Łowieckiego w Kole", "Koło Miejskie Polskiego Związku Łowieckiego w Kole"),
    ("Oddziału Wojewódzkiego Narodowego Funduszu Zdrowia", "Oddział Wojewódzki Narodowego Funduszu Zdrowia"),
    ("Filii Gminnej Biblioteki Publicznej", "Filia Gminnej Biblioteki Publicznej"),
    ("Wydziału Powiatowego Urzędu Pracy", "Wydział Powiatowego Urzędu Pracy"),
    ("Oddziału Gminnego Związku Ochotniczych Straży Pożarnych RP w Lipnie",
     "Oddział Gminny Związku Ochotniczych Straży Pożarnych RP w Lipnie"),
])
def test_a_tier_adjective_before_a_names_own_adjective_is_the_heads(phrase, base):
    """A tier adjective ('Rejonowego') does not stack on the adjective of a name after it ('Polskiego Czerwonego'):
    it is the branch's; before a noun ('Powiatowego Urzędu') it still names the complement."""
    from pipeline.lemma import base_form

    assert base_form(phrase, "organization") == base


@pytest.mark.parametrize("text, name", [
    ("Wystawę otworzył prezes Zarządu Głównego Stowarzyszenia Miłośników Ziemi Kozielskiej.",
     "Stowarzyszenie Miłośników Ziemi Kozielskiej"),
    ("Uchwałę podjął Zarząd Okręgowy Towarzystwa Przyjaciół Lasu.", "Towarzystwo Przyjaciół Lasu"),
])
def test_a_tier_adjective_after_an_organ_is_the_organs_not_the_bodys(extractor, text, name):
    """'Zarządu Głównego': the tier follows the organ it classifies; the body's name begins after it."""
    assert name in _orgs(extractor, text)


def test_a_tier_adjective_after_a_title_still_opens_the_office(extractor):
    assert "Powiatowy Urząd Pracy w Kolnie" in _orgs(extractor, "Głos zabrał Dyrektor Powiatowego Urzędu Pracy w Kolnie.")


@pytest.mark.parametrize("text, name", [
    ("Porad udzielał doradca z Powiatowego Urzędu Pracy w Ostrowie Wlkp. przez cały dzień.",
     "Powiatowy Urząd Pracy w Ostrowie Wielkopolskim"),
    ("Goście z Gminnej Biblioteki Publicznej w Środzie Wlkp. obejrzeli wystawę.",
     "Gminna Biblioteka Publiczna w Środzie Wielkopolskiej"),
    ("Przyjechali tancerze z Domu Kultury z Mińska Maz. na przegląd.", "Dom Kultury z Mińska Mazowieckiego"),
])
def test_a_seats_abbreviated_town_adjective_is_written_out_in_the_seats_case(extractor, text, name):
    assert name in _orgs(extractor, text)


def test_an_abbreviation_that_is_no_town_adjective_stays(extractor):
    names = _orgs(extractor, "Przyjechali goście z Gminnego Ośrodka Kultury w Lipnie Sp. z o.o. na przegląd.")
    assert not any("Wielkopolsk" in n or "Mazowieck" in n for n in names)


def test_an_acronym_with_the_states_name_after_it_keeps_it(extractor):
    """'ZOSP RP': the state's genitive after a national body's acronym is part of its name, as inside branch names."""
    names = _orgs(extractor, "Druhom podziękował komendant gminny ZOSP RP Marek Bór.")
    assert "ZOSP RP" in names and "ZOSP" not in names
