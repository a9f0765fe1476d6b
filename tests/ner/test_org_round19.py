"""Organization names of round 19 (pipeline/ner/org_complements.py, pipeline/extract/organizations.py), in
sentences written for the tests."""


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


def test_a_legal_form_keeps_the_nominative_name_in_apposition(extractor):
    # "Stowarzyszenie" + a name with its own head in the nominative is one name, whatever the form's case
    assert "Stowarzyszenie Lokalna Grupa Działania „Zielony Gaj”" in _orgs(
        extractor, "Członkowie Stowarzyszenia Lokalna Grupa Działania „Zielony Gaj” przyjechali na targi.")
    assert "Fundacja Biuro Inicjatyw Sąsiedzkich" in _orgs(
        extractor, "Warsztaty przygotowaliśmy razem z Fundacją Biuro Inicjatyw Sąsiedzkich.")


def test_two_bodies_side_by_side_stay_two(extractor):
    names = _orgs(extractor, "Udział wzięły Fundacja Dobre Serce Stowarzyszenie Teatr Kolorów.")
    assert "Fundacja Dobre Serce" in names and "Stowarzyszenie Teatr Kolorów" in names


def test_a_compound_adjective_after_the_head_declines_with_it(extractor):
    # the case of an indeclinable head ("Centrum") shows on the last part of the compound after it
    assert "Centrum Opiekuńczo-Mieszkalne w Brzozowie" in _orgs(
        extractor, "Odwiedzili nas mieszkańcy Centrum Opiekuńczo-Mieszkalnego w Brzozowie.")


def test_a_spaced_compound_led_by_a_country_stem_stays_whole(extractor):
    # "Polsko" reads as the vocative of "Polska" only; before a spaced dash it is the compound's first stem
    assert "Polsko – Czeska Izba Handlowa" in _orgs(extractor, "Patronat objęła Polsko – Czeska Izba Handlowa.")


def test_a_plural_kind_with_coordinated_seats_names_one_body_per_seat(extractor):
    names = _orgs(extractor, "Podopieczni Środowiskowych Domów Samopomocy w Lipowie i w Dębowcu grali w kręgle.")
    assert {"Środowiskowy Dom Samopomocy w Lipowie", "Środowiskowy Dom Samopomocy w Dębowcu"} <= names


def test_a_seat_list_after_a_colon_names_one_body_per_village(extractor):
    names = _orgs(extractor, "Wieńce przygotowały grupy Kół Gospodyń Wiejskich z: Lipowa, Dębowca i Górnej Wólki.")
    assert {"Koło Gospodyń Wiejskich z Lipowa", "Koło Gospodyń Wiejskich z Dębowca",
            "Koło Gospodyń Wiejskich z Górnej Wólki"} <= names


def test_a_plural_kind_with_one_seat_stays_a_kind(extractor):
    assert not _orgs(extractor, "Podopieczni Środowiskowych Domów Samopomocy w Lipowie grali w kręgle.")


def test_a_name_broken_by_a_hard_wrapped_line_goes_on(extractor):
    # the genitive noun before the break and the adjective after it agree: the line break is the page's wrapping
    text = "Organizatorem był Regionalny Ośrodek Polityki\nSpołecznej w Krakowie. W spotkaniu udział wzięli goście."
    assert "Regionalny Ośrodek Polityki Społecznej w Krakowie" in _orgs(extractor, text)


def test_a_line_break_before_a_word_that_does_not_agree_ends_the_name(extractor):
    text = "Gościem był Regionalny Ośrodek Polityki Społecznej\nNowa sala została otwarta w Krakowie."
    assert not any("Nowa" in name for name in _orgs(extractor, text))


def test_a_parent_acronym_keeps_the_state_after_it(extractor):
    # "RP" (Rzeczypospolitej Polskiej) after a national body's acronym is part of its name
    names = _orgs(extractor, "Obchody zorganizował Zarząd Oddziału Gminnego ZOSP RP w Lipowie.")
    assert "ZOSP RP" in names and "ZOSP" not in names


def test_na_rzecz_that_leads_to_no_capitalised_purpose_is_given_back(extractor):
    names = _orgs(extractor, "Kampanię prowadzi Ministerstwo Zdrowia na rzecz zdrowia dzieci.")
    assert "Ministerstwo Zdrowia" in names and not any(n.endswith("rzecz") for n in names)


def test_a_shouted_bare_head_is_no_name(extractor):
    """In an all-capitals line 'SZKOŁY' is the common noun shouted, not an acronym: no body is named."""
    assert not _orgs(extractor, "PANI EWA SOWA – DYREKTOR SZKOŁY\nGości powitała dyrektor.")
    assert "Gminny Ośrodek Kultury w Radzyniu" in _orgs(extractor, "ZAPRASZAMY DO GMINNEGO OŚRODKA KULTURY W RADZYNIU")
    assert "ZUS" in _orgs(extractor, "Porad udzielali pracownicy ZUS i KRUS.")


def test_a_person_named_in_capitals_is_no_pair_of_acronyms(extractor):
    """'ADA LIS': a first name in capitals before another capitalised word is a person, not 'unit and parent'."""
    assert _orgs(extractor, "Wyróżnienie otrzymała uczennica ADA LIS ze Szkoły Podstawowej w Radzyniu.") == {
        "Szkoła Podstawowa w Radzyniu"}
    assert "ODN SWP" in _orgs(extractor, "Szkolenie poprowadził ekspert ODN SWP w Radzyniu.")
