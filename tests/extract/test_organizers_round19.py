"""Organizers and co-organizers of round 19: bodies near the event that did not organize it (pipeline/extract/
organizer_*.py, pipeline/resolve_organizer.py), on our own invented reports."""

import pytest

#: these tests check the rules; the learned models stay off (tests/conftest.py `rules_only`)
pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.fixture(scope="module")
def run(extractor):
    return lambda text: extractor.extract(text)


def test_last_years_organizer_is_not_this_events(run):
    """A cue dated to an earlier edition ("w ubiegłym roku", "rok temu", "przed dwoma laty") says who ran that one."""
    r = run("W zeszłym roku kiermasz przygotowało Towarzystwo Przyjaciół Ziemi Olszowskiej. "
            "W tym roku jarmark odbył się na błoniach.")
    assert r.event.organizer is None
    r = run("Dwa lata temu zawody zorganizował Uczniowski Klub Sportowy Sokolik. W niedzielę rozegrano kolejną edycję.")
    assert r.event.organizer is None
    r = run("Przed rokiem festiwal przeprowadziła Fundacja Modry Potok we współpracy ze Stowarzyszeniem Stara Kuźnia. "
            "Tegoroczny festiwal odbył się w amfiteatrze.")
    assert r.event.organizer is None
    assert r.event.co_organizers == []


def test_this_years_part_of_the_sentence_keeps_its_organizer(run):
    """"Rok temu … , w tym roku organizatorem był X": the current occasion's part names the organizer."""
    r = run("Rok temu rajd przygotował Klub Turystyczny Wędrowiec, w tym roku organizatorem było "
            "Stowarzyszenie Modra Dolina.")
    assert r.event.organizer == "Stowarzyszenie Modra Dolina"


def test_a_comparison_with_last_year_keeps_the_organizer(run):
    """"podobnie jak w ubiegłym roku", "jak przed rokiem": the same body organized this edition too; a past week or
    a past Saturday is this event's date, not an earlier edition."""
    r = run("Podobnie jak w ubiegłych latach, piknik przygotowała Rada Sołecka wsi Modrzewie.")
    assert r.event.organizer == "Rada Sołecka wsi Modrzewie"
    r = run("Tak jak przed rokiem, turniej zorganizował Klub Sportowy Orlik.")
    assert r.event.organizer == "Klub Sportowy Orlik"
    r = run("W ubiegłą sobotę Stowarzyszenie Modra Dolina zorganizowało rajd rowerowy.")
    assert r.event.organizer == "Stowarzyszenie Modra Dolina"


def test_a_body_that_prepared_a_part_yields_to_the_organizing_one(run):
    """"Pokaz przygotowała OSP X. Festyn zorganizowała Gmina Y": preparing a part of the event (a show, a stand) or
    hosting its guests is weaker than organizing it; a host yields to the body that prepared the event."""
    r = run("Pokaz ratownictwa przygotowali strażacy z Ochotniczej Straży Pożarnej w Modrzewiu. "
            "Festyn zorganizował Gminny Ośrodek Kultury w Olszowie.")
    assert r.event.organizer == "Gminny Ośrodek Kultury w Olszowie"
    r = run("Zespół Szkół w Olszowie gościł uczestników turnieju. Turniej przeprowadził Uczniowski Klub Sportowy Sokolik.")
    assert r.event.organizer == "Uczniowski Klub Sportowy Sokolik"
    r = run("Uczestników seminarium gościło Starostwo Powiatowe w Olszowie. Seminarium przygotowała Fundacja Modry Potok.")
    assert r.event.organizer == "Fundacja Modry Potok"


def test_a_body_that_only_prepared_or_hosted_stays_the_organizer(run):
    """With no body said to organize, the one that prepared the event, or hosted it, is its organizer."""
    r = run("Warsztaty kulinarne przygotowało Koło Gospodyń Wiejskich w Modrzewiu.")
    assert r.event.organizer == "Koło Gospodyń Wiejskich w Modrzewiu"
    r = run("Biblioteka Publiczna w Olszowie gościła uczestników spotkania autorskiego.")
    assert r.event.organizer == "Biblioteka Publiczna w Olszowie"


def test_a_jubilees_honoree_after_a_numeral_compound_is_no_subject(run):
    """"Jubileusz 50-lecia Koła X zorganizował Ośrodek Y": the split "50-lecia" is a noun governing the genitive
    "Koła", so the honoree is no subject of the verb; the centre that organized the jubilee is the organizer."""
    r = run("Jubileusz 60-lecia Koła Gospodyń Wiejskich w Modrzewiu zorganizował Gminny Ośrodek Kultury w Olszowie.")
    assert r.event.organizer == "Gminny Ośrodek Kultury w Olszowie"
    r = run("Obchody XXV-lecia Stowarzyszenia Modra Dolina przygotowała Biblioteka Publiczna w Olszowie.")
    assert r.event.organizer == "Biblioteka Publiczna w Olszowie"


def test_a_body_with_a_numeral_compound_after_it_stays_the_subject(run):
    """A body named before its own numeral-compound event still organizes it ("Koło X zorganizowało 30-lecie")."""
    r = run("Koło Gospodyń Wiejskich w Modrzewiu zorganizowało obchody 30-lecia swojej działalności.")
    assert r.event.organizer == "Koło Gospodyń Wiejskich w Modrzewiu"


def test_a_declined_name_after_staraniem_gets_its_base_form(run):
    """"staraniem Gospodarstwa Rybackiego": a head that is also a nominative plural, with an adjective agreeing with
    it only in the genitive, is a genitive name: its base form is the organizer, never the declined words."""
    r = run("Piknik nad stawem przygotowano staraniem Gospodarstwa Leśnego, pod patronatem Wójta Gminy Olszów.")
    assert r.event.organizer == "Gospodarstwo Leśne"
    r = run("Wystawę przygotowano staraniem Galerii Miejskiej.")
    assert r.event.organizer in ("Galeria Miejska", None)
    r = run("Koncert odbył się staraniem Stowarzyszenia Złoty Kłos.")
    assert r.event.organizer == "Stowarzyszenie Złoty Kłos"


def test_a_nominative_name_after_a_cue_is_kept_as_written(run):
    """A name in the nominative after the cue ("Organizatorem były Warsztaty X", "przez Koła Y") stays as written."""
    r = run("Festyn zorganizowany przez Warsztaty Terapii Zajęciowej Promyczek odbył się w maju.")
    assert r.event.organizer == "Warsztaty Terapii Zajęciowej Promyczek"
    r = run("Organizatorem pikniku były Zakłady Mleczarskie Biały Las.")
    assert r.event.organizer == "Zakłady Mleczarskie Biały Las"


def test_a_branchs_parent_or_the_organizer_with_its_seat_is_no_co_organizer(run):
    """"Centrum X w Y Oddział w Z" organizing: "Centrum X w Y", its parent named in the branch's own name, is the same
    body, as is the organizer written again with its seat; another body after a cue still co-organizes."""
    r = run("Szkolenie zorganizowało Centrum Doradztwa Ogrodniczego w Olszowie Oddział w Modrzewiu.")
    assert r.event.organizer == "Centrum Doradztwa Ogrodniczego w Olszowie Oddział w Modrzewiu"
    assert r.event.co_organizers == []
    r = run("Szkolenie zorganizowało Centrum Doradztwa Ogrodniczego we współpracy z Fundacją Modry Potok.")
    assert r.event.co_organizers == ["Fundacja Modry Potok"]


def test_a_bare_town_after_an_acronym_keeps_the_list_going(run):
    """"organizowany przez MDK Olszów i Fundację X": the town written bare after the acronym is its seat, so the body
    after "i" is still coordinated with the organizer: a co-organizer; a funder after ", a" is not."""
    r = run("Zapraszamy na rajd rowerowy organizowany przez MOK Olszów i Fundację Ochrony Doliny Modrej, "
            "który odbędzie się w maju.")
    assert r.event.co_organizers == ["Fundacja Ochrony Doliny Modrej"]
    r = run("Rajd rowerowy zorganizował MOK Olszów, a nagrody ufundowała Fundacja Ochrony Doliny Modrej.")
    assert r.event.co_organizers == []


def test_a_genitive_complement_after_i_is_no_second_body(run):
    """"Związek Hodowców, Pszczelarzy i Organizacji Ogrodniczych": a genitive after "i" that cannot share the first
    name's case continues its complement; it is not a co-organizer. Names in one case still are."""
    r = run("Warsztaty organizowane przez Okręgowy Związek Hodowców Pszczół i Organizacji Ogrodniczych w Olszowie "
            "odbędą się w czerwcu.")
    assert "Organizacje Ogrodnicze" not in r.event.co_organizers
    r = run("Festyn zorganizowały Gmina Olszów, Ośrodek Kultury w Olszowie i Stowarzyszenie Modra Dolina.")
    assert r.event.co_organizers == ["Ośrodek Kultury w Olszowie", "Stowarzyszenie Modra Dolina"]
    r = run("Organizatorami byli Stowarzyszenie Modra Dolina oraz panie z Koła Gospodyń Wiejskich w Olszowie.")
    assert r.event.co_organizers == ["Koło Gospodyń Wiejskich w Olszowie"]


def test_the_case_of_a_listed_name_is_its_first_words(run):
    """The governed word is the name's first ("Dział Promocji": nominative, not the genitive "Promocji"), and a
    compound adjective declines in its last part ("Polsko-Czeska Rada"): such names still coordinate."""
    r = run("Organizatorami spotkania byli Polsko-Czeska Rada Młodzieży w Olszowie oraz Dział Promocji Powiatu.")
    assert r.event.co_organizers == ["Dział Promocji Powiatu"]
