"""An official's unit written with its unit word becomes the unit as a body (pipeline/resolve_people.py)."""

import pytest


@pytest.mark.parametrize("text,organization", [
    ("Głos zabrała Burmistrz Miasta i Gminy Człopa Ewa Kos.", "Miasto i Gmina Człopa"),
    ("Głos zabrała Zastępca Burmistrza Gminy i Miasta Człopa Ewa Kos.", "Gmina i Miasto Człopa"),
    ("Spotkanie otworzył Burmistrz Miasta Sochaczew Pan Marek Wilk.", "Miasto Sochaczew"),
    ("Gości powitał Burmistrz Miasta Lipna Jan Kos.", "Miasto Lipno"),
    ("Obecny był Wójt Gminy Kołki Jan Wilk.", "Gmina Kołki"),
    ("Starosta Powiatu Kłobuckiego Jan Mak otworzył sesję.", "Powiat Kłobucki"),
    ("Obecny był wójt gminy Kołki Jan Wilk.", "Gmina Kołki"),
    ("Sesję otworzył starosta powiatu kłobuckiego Jan Mak.", "Powiat Kłobucki"),
])
def test_a_title_naming_its_unit_takes_the_unit_as_a_body(extractor, text, organization):
    people = extractor.extract(text).people
    assert [r.organization for p in people for r in p.roles] == [organization]


def test_a_title_naming_the_town_alone_keeps_the_town(extractor):
    people = extractor.extract("Przybył burmistrz Sochaczewa Jan Kowal.").people
    assert [r.organization for p in people for r in p.roles] == ["Sochaczew"]


def test_a_bare_councillor_at_the_councils_own_session_sits_on_it(extractor):
    report = extractor.extract("Sesję Rady Gminy Zielonka zwołał jej przewodniczący. Na sesji radny Jan Mak zgłosił "
                               "wniosek o zmianę porządku obrad, a radna Anna Kos poparła wniosek. Rada Gminy Zielonka "
                               "podjęła uchwałę.")
    assert report.event.organizer == "Rada Gminy Zielonka"
    assert {p.name: [r.organization for r in p.roles] for p in report.people} == {
        "Jan Mak": ["Rada Gminy Zielonka"], "Anna Kos": ["Rada Gminy Zielonka"]}


def test_council_members_leaves_a_councillor_alone_when_the_organizer_is_no_council():
    from pipeline.models import Person, Role
    from pipeline.resolve_people import council_members

    people = [Person(name="Jan Mak", roles=[Role(title="radny")]),
              Person(name="Anna Kos", roles=[Role(title="radny", organization="Rada Powiatu Lipnickiego")])]
    council_members(people, "Fundacja Zielony Most")
    assert [r.organization for p in people for r in p.roles] == [None, "Rada Powiatu Lipnickiego"]
    council_members(people, "Młodzieżowa Rada Miejska w Lipnie")
    assert [r.organization for p in people for r in p.roles] == ["Młodzieżowa Rada Miejska w Lipnie",
                                                                 "Rada Powiatu Lipnickiego"]


@pytest.mark.parametrize("text,organization", [
    ("Zebranie odbyło się w sali Urzędu Miejskiego w Lipnie. Gości powitał Burmistrz Lipna Ireneusz Gil.",
     "Urząd Miejski w Lipnie"),
    ("Partnerem był Urząd Gminy Kołki. Festyn otworzył Wójt Gminy Kołki Ireneusz Gil.", "Urząd Gminy Kołki"),
    ("Konferencję zorganizował Urząd Miasta Sochaczewa. Obrady otworzył Zastępca Prezydenta Miasta Sochaczew "
     "Ireneusz Gil.", "Urząd Miasta Sochaczewa"),
])
def test_a_local_heads_unit_gives_way_to_its_office_the_report_names(extractor, text, organization):
    """docs/annotation.md, Local officials: the office the text names, else the unit."""
    person = next(p for p in extractor.extract(text).people if p.name == "Ireneusz Gil")
    assert [r.organization for r in person.roles] == [organization]


def test_an_office_of_another_tier_or_town_is_not_the_heads(extractor):
    text = "Obecni byli przedstawiciele Starostwa Powiatowego w Lipnie. Festyn otworzył Wójt Gminy Kołki Ireneusz Gil."
    person = next(p for p in extractor.extract(text).people if p.name == "Ireneusz Gil")
    assert [r.organization for r in person.roles] == ["Gmina Kołki"]


def test_a_heads_place_adjective_gives_the_office_the_report_names(extractor):
    """"Wicestarosta Lipnowski" gives no organization of its own (an adjective), but the office of its tier and seat
    that the report names is the head's: "Starostwo Powiatowe w Lipnie"."""
    text = "Szkolenie w sali Starostwa Powiatowego w Lipnie otworzył Wicestarosta Lipnowski Ireneusz Gil."
    person = next(p for p in extractor.extract(text).people if p.name == "Ireneusz Gil")
    assert [r.organization for r in person.roles] == ["Starostwo Powiatowe w Lipnie"]
    person = next(p for p in extractor.extract("Szkolenie otworzył Wicestarosta Lipnowski Ireneusz Gil.").people)
    assert [r.organization for r in person.roles] == [None]


def test_a_towns_genitive_that_also_reads_as_an_adjective_is_the_titles_unit(extractor):
    """'Lipna' is the genitive of Lipno and a feminine adjective; after the title it can only be the town."""
    report = extractor.extract("Gości powitał burmistrz Lipna Marek Wąsik.")
    person = next(p for p in report.people if p.name == "Marek Wąsik")
    assert [r.organization for r in person.roles] == ["Lipno"]


def test_a_bare_head_after_the_title_is_no_town(extractor):
    """'Koła' is also the genitive of the town Koło; after "przewodnicząca" it is the circle named before."""
    report = extractor.extract("Warsztaty przygotowało Koło Gospodyń Wiejskich w Zalesiu. Przewodnicząca Koła, "
                               "Ewa Sowa, zadbała o poczęstunek.")
    person = next(p for p in report.people if p.name == "Ewa Sowa")
    assert "Koło" not in [r.organization for r in person.roles]


def test_a_school_title_refers_back_to_a_complex_of_schools(extractor):
    report = extractor.extract("Wystawa odbyła się w Zespole Szkół Plastycznych w Lipnie. – Miło nam – mówił "
                               "wicedyrektor szkoły Jan Kowalik.")
    person = next(p for p in report.people if p.name == "Jan Kowalik")
    assert [(r.title, r.organization) for r in person.roles] == [
        ("wicedyrektor", "Zespół Szkół Plastycznych w Lipnie")]


def test_a_school_title_does_not_refer_back_to_another_kind_of_body(extractor):
    report = extractor.extract("Wystawa odbyła się w Zespole Regionalnym Lipno. – Miło nam – mówił "
                               "wicedyrektor szkoły Jan Kowalik.")
    person = next(p for p in report.people if p.name == "Jan Kowalik")
    assert all(r.organization is None for r in person.roles)


@pytest.mark.parametrize("text,organization", [
    ("Gościem był Jan Kos, dyrektor Oddziału Regionalnego KRUS.", "Oddział Regionalny KRUS"),
    ("Gościem był Jan Kos, dyrektor Oddziału Lubuskiego PFRON.", "Oddział Lubuski PFRON"),
    ("Gościem był Jan Kos, ordynator Oddziału Chirurgii Szpitala Miejskiego.", "Szpital Miejski"),
    ("Gościem był Jan Kos, kierownik Oddziału Dziecięcego Szpitala Miejskiego.", "Szpital Miejski"),
])
def test_a_branch_named_by_its_territory_stays_whole_a_ward_goes_to_its_hospital(extractor, text, organization):
    people = extractor.extract(text).people
    assert [r.organization for p in people for r in p.roles] == [organization]


def test_a_town_after_an_institution_head_is_its_seat_not_the_titles_body(extractor):
    people = extractor.extract("Gościem był Jan Kos, kierownik projektu Centrum Doradztwa Zawodowego w Lublinie, "
                               "a także Ewa Wilk, burmistrz Lublińca.").people
    assert [r.organization for p in people for r in p.roles] == ["Centrum Doradztwa Zawodowego w Lublinie", "Lubliniec"]


def test_a_branch_after_from_is_the_persons_body_a_department_gives_its_office(extractor):
    people = {p.name: p.affiliation for p in extractor.extract(
        "Wykład wygłosił Jan Kos z Oddziału Regionalnego KRUS, a Ewa Wilk (Oddział Podkarpacki PFRON) i Anna Lis "
        "z Wydziału Promocji Urzędu Miasta Lipna dodały kilka słów.").people}
    assert people == {"Jan Kos": "Oddział Regionalny KRUS", "Ewa Wilk": "Oddział Podkarpacki PFRON",
                      "Anna Lis": "Urząd Miasta Lipna"}


def test_a_bracketed_village_after_a_local_heads_name_is_the_unit_the_head_serves(extractor):
    people = {p.name: [(r.title, r.organization) for r in p.roles] for p in extractor.extract(
        "Gości przywitali sołtys Jan Kos (Lipno) i prezes Ewa Wilk (Brzozów).").people}
    assert people["Jan Kos"] == [("sołtys", "Lipno")]
    assert people["Ewa Wilk"] == [("prezes", None)]


def test_a_represented_body_reaches_the_first_mention_and_stays_with_the_next(extractor):
    """'Z ramienia Fundacji X … uczestniczyła A': the body A represents is her affiliation; a later mention without
    a title keeps it (the body is then not sought again)."""
    report = extractor.extract("Z ramienia Fundacji Lipa w spotkaniu uczestniczyła Anna Kos. "
                               "Potem Anna Kos omówiła projekt.")
    assert [(p.name, p.affiliation, p.roles) for p in report.people] == [("Anna Kos", "Fundacja Lipa", [])]


def test_ze_strony_a_body_gives_the_names_of_its_sentence_that_body(extractor):
    """'Ze strony Stowarzyszenia X … była A': A acts for X, as after "z ramienia"; "ze strony" before a common noun
    ("ze strony internetowej Fundacji X") names no body the people act for."""
    report = extractor.extract("Ze strony Stowarzyszenia Zielony Gaj w naradzie uczestniczyła Marta Sowa.")
    assert [(p.name, p.affiliation) for p in report.people] == [("Marta Sowa", "Stowarzyszenie Zielony Gaj")]
    report = extractor.extract("Ze strony internetowej Fundacji Lipa można pobrać zdjęcia, które zrobiła Ewa Kos.")
    assert [(p.name, p.affiliation) for p in report.people] == [("Ewa Kos", None)]


def test_officials_in_a_chain_of_titles_serve_the_unit_of_its_head(extractor):
    """"Burmistrz Miasta i Gminy X A wraz z Zastępcą Burmistrza B oraz Sekretarzem Miasta i Gminy C": the bare
    coordinated units ("Miasta i Gminy") name no body, and the deputy and the secretary serve the unit the chain's
    head was given; a secretary in another sentence with no unit named stays without one."""
    people = extractor.extract(
        "Salę otworzył Burmistrz Miasta i Gminy Kołki Jan Sowa wraz z Zastępcą Burmistrza Ewą Kruk oraz "
        "Sekretarzem Miasta i Gminy Martą Pióro.").people
    assert {p.name: [r.organization for r in p.roles] for p in people} == {
        "Jan Sowa": ["Miasto i Gmina Kołki"], "Ewa Kruk": ["Miasto i Gmina Kołki"], "Marta Pióro": ["Miasto i Gmina Kołki"]}
    people = extractor.extract("Obecni byli Sekretarz Gminy Jolanta Pióro oraz Skarbnik Gminy Tomasz Gil.").people
    assert [r.organization for p in people for r in p.roles] == [None, None]


@pytest.mark.parametrize("text,organization", [
    ("Plony poświęcono, a gości powitała sołtys Dąbrówki Irena Gajda.", "Dąbrówka"),
    ("Ognisko rozpalił sołtys Wólki Józef Cieśla.", "Wólka"),
    ("Ognisko rozpalił sołtys Zalesia Józef Cieśla.", "Zalesie"),  # the written genitive of one village
    ("Wieniec wręczono burmistrzowi, a przemówił burmistrz Lipna Józef Cieśla.", "Lipno"),
])
def test_a_village_after_a_title_is_read_as_the_genitive_the_title_governs(extractor, text, organization):
    """'sołtys Dąbrówki': the word is also the nominative of the village Dąbrówki, but after a title it stands in
    the genitive, so the village is the one whose genitive it is (docs/annotation.md: "sołtys Osieczka" → Osieczek)."""
    people = extractor.extract(text).people
    assert [r.organization for p in people for r in p.roles] == [organization]


def test_a_village_in_a_local_heads_title_is_a_place_in_its_nominative(extractor):
    """'sołtys Wólki' (the village Wólka, though "Wólki" is a village's nominative too): a place read there takes
    the base of the genitive the title governs; a place after any other word keeps its own reading."""
    assert "Wólki" not in [p.name for p in extractor.extract("Ognisko rozpalił sołtys Wólki Józef Cieśla.").places]
    assert "Wólki" in [p.name for p in extractor.extract("Ognisko rozpalono w Wólkach, gdzie mieszka sołtys.").places]
