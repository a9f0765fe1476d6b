"""Village bodies written by acronym and village ("KGW Stężyca") are spelled out with the village as their seat."""

import pytest


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


@pytest.mark.parametrize("text,name", [
    ("Drugie miejsce zajęło KGW Stężyca.", "Koło Gospodyń Wiejskich w Stężycy"),
    ("Pierogi przygotowało KGW w Lipnicach.", "Koło Gospodyń Wiejskich w Lipnicach"),
    ("Pokaz przygotowały panie z KGW z Kamionki Wielkiej.", "Koło Gospodyń Wiejskich w Kamionce Wielkiej"),
    ("Na festynie wystąpiła OSP Stężyca.", "Ochotnicza Straż Pożarna w Stężycy"),
])
def test_an_acronym_with_its_village_is_spelled_out(extractor, text, name):
    assert name in _orgs(extractor, text)


def test_a_quoted_name_after_the_village_replaces_the_seat(extractor):
    names = _orgs(extractor, "Trzecie miejsce zajęło KGW Stężyca „Malwy” z gminy Kartuzy.")
    assert "Koło Gospodyń Wiejskich „Malwy”" in names


def test_each_village_of_a_list_names_its_own_body(extractor):
    names = _orgs(extractor, "Ciasta upiekły panie z KGW z Kamionki Wielkiej, Stężycy czy Lipnic.")
    assert {"Koło Gospodyń Wiejskich w Kamionce Wielkiej", "Koło Gospodyń Wiejskich w Stężycy",
            "Koło Gospodyń Wiejskich w Lipnicach"} <= names


def test_an_acronym_without_a_village_is_not_expanded(extractor):
    names = _orgs(extractor, "W konkursie dla członkiń KGW nagrodzono trzy koła.")
    assert not any(n.startswith("Koło Gospodyń Wiejskich w") for n in names)


def test_an_acronym_with_a_quoted_name_is_one_body_as_written(extractor):
    names = _orgs(extractor, "Na spotkaniu byli przedstawiciele LGD „Zielony Bór” i LGD „Razem dla Wsi” z gminy.")
    assert {"LGD „Zielony Bór”", "LGD „Razem dla Wsi”"} <= names


def test_a_village_body_acronym_with_a_quoted_name_is_spelled_out(extractor):
    assert "Koło Gospodyń Wiejskich „Malwy”" in _orgs(extractor, "Na scenie wystąpiły panie z KGW „Malwy” z gminy.")


@pytest.mark.parametrize("text,name", [
    ("Zawody wygrała OSP Kamionka Wielka z powiatu.", "Ochotnicza Straż Pożarna w Kamionce Wielkiej"),
    ("Kiermasz przygotowało KGW Nowa Wieś dla gości.", "Koło Gospodyń Wiejskich w Nowej Wsi"),
    ("Przed nimi była OSP Mogilno Duże.", "Ochotnicza Straż Pożarna w Mogilnie Dużym"),
])
def test_a_village_of_two_words_in_the_nominative_is_spelled_out_whole(extractor, text, name):
    """An adjective that agrees with the village's noun (or a name the register knows whole) is part of the village,
    and the seat's adjective keeps the village's number and gender ('Dużym', not 'Dużych')."""
    assert name in _orgs(extractor, text)


def test_a_person_after_the_village_is_no_part_of_the_seat(extractor):
    names = _orgs(extractor, "Zawody otworzył prezes OSP Stężyca Marek Nowik.")
    assert "Ochotnicza Straż Pożarna w Stężycy" in names


def test_the_two_word_village_is_a_place_not_its_first_word(extractor):
    places = {p.name for p in extractor.extract("Ciasta upiekło KGW Stara Wieś, a kawę podała OSP Kamionka Wielka.").places}
    assert {"Stara Wieś", "Kamionka Wielka"} <= places and "Stara" not in places


@pytest.mark.parametrize("text, name, town", [
    ("W finale zagrał UKS Sokolik Sędziejowice z gminy.", "UKS Sokolik", "Sędziejowice"),
    ("Puchar zdobył LKS Zryw Bełchatów po rzutach karnych.", "LKS Zryw", "Bełchatów"),
])
def test_an_acronym_heads_the_clubs_own_name_and_the_town_after_it_drops(extractor, text, name, town):
    """A club's acronym never spelled out heads its own name; the town written after the name is a place."""
    doc = extractor.extract(text)
    assert name in {o.name for o in doc.organizations}
    assert town in {p.name for p in doc.places}


@pytest.mark.parametrize("text, acronym", [
    ("Gości przywitał prezes LKS Nowak, a potem zaczęły się mecze.", "LKS"),
    ("Szkolenie przeprowadził ROPS Kraków dla gmin.", "ROPS"),
    ("Gości przywitała dyrektor MOPS Anna Wilk.", "MOPS"),
])
def test_a_person_or_a_town_after_an_acronym_is_no_name_of_the_body(extractor, text, acronym):
    assert acronym in {o.name for o in extractor.extract(text).organizations}


def test_the_village_ends_before_the_office_holders_name(extractor):
    """"prezes OSP Stężyca Adam Kruk": the first name and surname after the village are the president's."""
    report = extractor.extract("Gości powitał prezes OSP Stężyca Bogdan Wilczek.")
    assert "Ochotnicza Straż Pożarna w Stężycy" in {o.name for o in report.organizations}
    person = next(p for p in report.people if p.name == "Bogdan Wilczek")
    assert [(r.title, r.organization) for r in person.roles] == [("prezes", "Ochotnicza Straż Pożarna w Stężycy")]



@pytest.mark.parametrize("text, name", [
    ("Na scenie zaśpiewało KGW Jarzębinki, a potem zespół z Lipnic.", "Koło Gospodyń Wiejskich Jarzębinki"),
    ("Zwycięzcą został UKS Rekiny z gminy Kartuzy.", "UKS Rekiny"),
])
def test_a_plural_name_after_an_acronym_is_the_bodys_own(extractor, text, name):
    """Circles and clubs often take plural names ("Jarzębinki", "Rekiny"); a village circle's acronym is spelled out."""
    assert name in _orgs(extractor, text)


def test_an_organizers_list_opening_with_the_village_council_gives_the_first_named_body():
    """"Sołtys i Rada Sołecka" stand for no named body (docs: village bodies, organizers' lists); a council named
    with its village ("Rada Sołecka wsi X") is a body (real cards 206, 995)."""
    from pipeline.extractor import Extractor

    report = Extractor(ner="builtin").extract(
        "W niedzielę odbył się festyn w Modrzewiu. Festyn zorganizowali: Sołtys i Rada Sołecka, KGW Sasanki "
        "oraz OSP Modrzew.")
    assert report.event.organizer == "Koło Gospodyń Wiejskich Sasanki"
    assert report.event.co_organizers == ["Ochotnicza Straż Pożarna w Modrzewiu"]
    assert "Rada Sołecka" not in {o.name for o in report.organizations}


def test_a_rivers_name_that_is_also_a_surname_is_the_clubs_own(extractor):
    """"LKS Bzura": the river's name is a surname too, but its geographic reading makes it a name, not a person."""
    assert "LKS Bzura" in _orgs(extractor, "Drugie miejsce w tabeli zajął LKS Bzura.")


def test_an_acronym_with_a_common_noun_as_its_own_name(extractor):
    # "Orlik" is a village of the register too; as a common noun in the nominative it is the club's own name
    assert "UKS Orlik" in _orgs(extractor, "Organizatorem był UKS Orlik.")
    assert "ZAZ Kotwica" in _orgs(extractor, "Dziękujemy ZAZ Kotwica za pomoc.")
    # a town alone after the acronym is its seat, no name
    assert "MKS Łask" not in _orgs(extractor, "Zagrał MKS Łask.")


@pytest.mark.parametrize("text, name", [
    ("Projekt wsparła LGD Zielona Przystań, a nagrody ufundował wójt.", "LGD Zielona Przystań"),
    ("Partnerami byli LGR Pojezierze Górno-Leśne i gmina Lipno.", "LGR Pojezierze Górno-Leśne"),
    ("Warsztaty poprowadziła LGD Kraina Buków z Lipna.", "LGD Kraina Buków"),
])
def test_a_nominative_phrase_after_an_acronym_is_the_bodys_own_name(extractor, text, name):
    """An adjective agreeing with its noun, or a noun with a common genitive, after an acronym is one name."""
    assert name in _orgs(extractor, text)


@pytest.mark.parametrize("text, acronym", [
    ("Gości przywitała prezes LGD Anna Wilk.", "LGD"),
    ("Na festyn przyszli członkowie MKS Nowa Wieś.", "MKS"),
])
def test_a_person_or_a_locality_after_an_acronym_is_no_phrase_of_its_name(extractor, text, acronym):
    assert acronym in _orgs(extractor, text)


def test_a_village_body_named_by_its_village_after_wsi_organizes(extractor):
    event = extractor.extract("Piknik zorganizowała Rada Sołecka wsi Kamionka oraz OSP Kamionka.").event
    assert event.organizer == "Rada Sołecka wsi Kamionka"
    assert event.co_organizers == ["Ochotnicza Straż Pożarna w Kamionce"]


@pytest.mark.parametrize("text", [
    "Piknik zorganizowała Rada Sołecka oraz sołtys wsi Kamionka.",  # a kind, and a title: no body
    "Piknik przygotował sołtys wsi Kamionka.",
])
def test_a_kind_or_a_title_before_wsi_is_no_body(extractor, text):
    assert not any("Kamionka" in name or name == "Rada Sołecka" for name in _orgs(extractor, text))


def test_the_village_a_councils_name_gives_after_wsi_is_a_place(extractor):
    places = {p.name for p in extractor.extract("Piknik zorganizowała Rada Sołecka wsi Kamionka.").places}
    assert "Kamionka" in places
    places = {p.name for p in extractor.extract("Piknik zorganizowało Stowarzyszenie Przyjaciół Wsi Kamionka.").places}
    assert "Kamionka" not in places  # a capitalised word of the body's own name, no seat
