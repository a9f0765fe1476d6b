"""A gmina or powiat acting as a body is an organization ("Gmina X"), and that mention is not a place."""

import pytest


def _report(extractor, text: str):
    return extractor.extract(text)


@pytest.mark.parametrize("text,name", [
    ("Rajd organizowany przez Gminę Brzozowo odbył się w niedzielę.", "Gmina Brzozowo"),
    ("Festyn przygotowały samorządy powiatu lipowskiego i gminy Brzozowo.", "Powiat Lipowski"),
    ("Festyn przygotowały samorządy powiatu lipowskiego i gminy Brzozowo.", "Gmina Brzozowo"),
    ("Projekt prowadzimy we współpracy z Powiatem Lipowskim.", "Powiat Lipowski"),
    ("Gmina Brzozowo zorganizowała w sobotę piknik.", "Gmina Brzozowo"),
    ("Dziękujemy Gminie Brzozowo za udostępnienie sali.", "Gmina Brzozowo"),
    ("Podziękowania składamy Powiatowi Lipowskiemu i Fundacji Lipa.", "Powiat Lipowski"),
    ("Zajęcia poprowadzili pracownicy Gminy Brzozowo.", "Gmina Brzozowo"),
    ("Partnerami byli Miasto i Gmina Brzozowo oraz Fundacja Lipa.", "Miasto i Gmina Brzozowo"),
    ("Organizatorem spotkania było Miasto Kalisz.", "Miasto Kalisz"),
    ("Dziękujemy Miastu Kalisz za pomoc.", "Miasto Kalisz"),
    ("Partnerami festynu byli Fundacja Lipa, Gmina Brzozowo oraz Powiat Lipowski.", "Gmina Brzozowo"),
    ("Partnerami festynu byli Fundacja Lipa, Gmina Brzozowo oraz Powiat Lipowski.", "Powiat Lipowski"),
    ("Organizatorami rajdu byli Klub Turystyczny Lipa oraz Gmina Brzozowo.", "Gmina Brzozowo"),
    ("Organizatorami byli Fundacja Lipa, Dom Kultury w Brzozowie i Powiat Lipowski.", "Powiat Lipowski"),
    ("Partnerami byli Klub Sportowy „Lipa”, Przedszkole nr 2 oraz Gmina Brzozowo.", "Gmina Brzozowo"),
    ("Piknik się udał.\nPartnerzy: Fundacja Lipa | Stowarzyszenie Wrzos | Gmina Brzozowo", "Gmina Brzozowo"),
    ("Piknik się udał.\nPartnerzy festynu: Fundacja Lipa / Gmina Brzozowo / Klub Wrzos\nDziękujemy.",
     "Gmina Brzozowo"),
])
def test_an_acting_unit_is_an_organization(extractor, text, name):
    report = _report(extractor, text)
    assert name in {o.name for o in report.organizations}
    assert name.lower() not in {p.name.lower() for p in report.places}


@pytest.mark.parametrize("text", [
    "Piknik odbył się w gminie Brzozowo.",
    "Gmina Brzozowo położona jest nad rzeką.",
    "Mieszkańcy Gminy Brzozowo zebrali się w remizie.",
    "Wiele słyszeliśmy o Gminie Brzozowo.",  # a locative after its preposition, not a dative
    "Na uroczystości obecne były władze samorządowe Gminy Brzozowo.",  # the adjective, not "samorząd" itself
    "Organizatorem był Klub Lipa, a gośćmi byli radni oraz Gmina Brzozowo.",  # the list follows another cue
    "Trasa rajdu: Lipowo / Gmina Brzozowo / Wrzosy.",  # a route, no label of the bodies' part
])
def test_a_unit_as_a_territory_stays_a_place(extractor, text):
    report = _report(extractor, text)
    assert not any(o.name.startswith("Gmina") for o in report.organizations)


@pytest.mark.parametrize("text,name", [
    ("Gospodarzem spotkania było Województwo Lubuskie.", "Województwo Lubuskie"),
    ("W sobotę festyn zorganizowała Gmina Brzozowo.", "Gmina Brzozowo"),
    ("Na sesję przybył przedstawiciel Gminy Brzozowo.", "Gmina Brzozowo"),
    ("Sprzęt kupiono ze środków Gminy Brzozowo.", "Gmina Brzozowo"),
    ("Omówiono założenia projektu Województwa Lubuskiego.", "Województwo Lubuskie"),
])
def test_a_unit_as_subject_or_owner_is_a_body(extractor, text, name):
    """A nominative unit next to its verb in either order, and a genitive unit owning or sending something."""
    assert name in {o.name for o in _report(extractor, text).organizations}


@pytest.mark.parametrize("text", [
    "Na terenie Gminy Brzozowo działa pięć szkół.",
    "Do konkursu zgłosiło się wielu mieszkańców Gminy Brzozowo.",
])
def test_a_unit_as_territory_after_a_noun_stays_a_place(extractor, text):
    assert not any(o.name.startswith("Gmina") for o in _report(extractor, text).organizations)


def test_a_gmina_named_like_a_first_names_plural_is_read(extractor):
    """"Filipów", "Janów": a gmina whose name is also a first name's genitive plural (a geographic reading too)."""
    report = _report(extractor, "Projekt realizowany przez Gminę Filipów zakończył się w maju.")
    assert "Gmina Filipów" in {o.name for o in report.organizations}


@pytest.mark.parametrize("text,organizer,co", [
    ("Gospodarzami konferencji były: Powiat Lipowski, Powiatowe Centrum Pomocy Rodzinie w Lipnie i Regionalny "
     "Ośrodek Polityki Społecznej w Brzozowie.", "Powiat Lipowski",
     ["Powiatowe Centrum Pomocy Rodzinie w Lipnie", "Regionalny Ośrodek Polityki Społecznej w Brzozowie"]),
    ("Gospodarzem spotkania była Gmina Kościan. W spotkaniu wzięło udział 30 osób.", "Gmina Kościan", []),
])
def test_a_unit_right_after_a_host_cue_acts_as_a_body(event_of, text, organizer, co):
    """"Gospodarzami były: Powiat X, …": the unit heads the hosts' list, the first host organizes."""
    event = event_of(text)
    assert (event.organizer, event.co_organizers) == (organizer, co)


def test_a_unit_in_the_genitive_of_a_cued_office_stays_a_place(extractor):
    """"Urząd Gminy X – organizator": the office organizes, the unit only names it."""
    report = extractor.extract("Dożynki przygotował Urząd Gminy Kościan – organizator corocznego święta plonów.")
    assert "Gmina Kościan" not in {o.name for o in report.organizations}


@pytest.mark.parametrize("text,names", [
    ("Gmina Brzozowo i Gminny Ośrodek Pomocy Społecznej w Brzozowie przygotowała dla gości poczęstunek.",
     {"Gmina Brzozowo", "Gminny Ośrodek Pomocy Społecznej w Brzozowie"}),
    ("Gmina Brzozowo oraz Fundacja Zielona Dolina przygotowały dla gości poczęstunek.",
     {"Gmina Brzozowo", "Fundacja Zielona Dolina"}),
])
def test_a_unit_first_in_a_coordinated_subject_is_a_body(extractor, text, names):
    """"Gmina X i Ośrodek Y przygotowała/przygotowały": the unit and a body's name share the verb."""
    assert names <= {o.name for o in _report(extractor, text).organizations}


@pytest.mark.parametrize("text", [
    "W dniu 5 maja na Przystani Powiat Lipowski odbyło się spotkanie rady.",
    "Gmina Brzozowo i Lipowo leżą nad rzeką.",
])
def test_a_unit_before_a_verb_that_does_not_agree_is_no_body(extractor, text):
    """A past verb of another gender ("Powiat … odbyło się": the unit names a venue) and a plural shared with another
    place, not a body, make no acting unit."""
    assert not any(o.name.startswith(("Gmina", "Powiat")) for o in _report(extractor, text).organizations)


def test_a_city_named_in_a_body_or_as_a_funds_source_is_no_acting_city(extractor):
    names = {o.name for o in extractor.extract("Warsztaty poprowadzili pracownicy Urzędu Miasta Kalisz.").organizations}
    assert "Miasto Kalisz" not in names and "Urząd Miasta Kalisz" in names
    names = {o.name for o in extractor.extract("Obóz sfinansowano z budżetu Miasta Kalisza.").organizations}
    assert "Miasto Kalisz" not in names


def test_a_capitalised_self_government_of_a_unit_is_a_body_of_its_own_name(extractor):
    names = {o.name for o in extractor.extract("Dziękujemy Samorządowi Województwa Opolskiego za pomoc.").organizations}
    assert "Samorząd Województwa Opolskiego" in names and "Województwo Opolskie" not in names
    # the lower-case self-governments make their units act
    names = {o.name for o in extractor.extract("Festyn przygotowały samorządy powiatu lipowskiego.").organizations}
    assert "Powiat Lipowski" in names


def test_a_gminas_name_after_its_capitalised_unit_word_stays_as_written(extractor):
    # "Zielonki" is a village of the register and the genitive of "Zielonka": the apposition keeps the nominative
    names = {o.name for o in extractor.extract("Dziękujemy Gminie Zielonki za pomoc.").organizations}
    assert "Gmina Zielonki" in names
    # a declined name that is no locality as written takes its base form
    names = {o.name for o in extractor.extract("Zajęcia poprowadzili pracownicy Gminy Kłodawy.").organizations}
    assert "Gmina Kłodawa" in names


def test_a_patron_a_funder_and_a_body_by_whose_efforts_are_bodies(extractor):
    page = ("Turniej szachowy odbył się pod patronatem honorowym Gminy Wierzbno i przy dofinansowaniu "
            "Powiatu Kalinowskiego.")
    names = {o.name for o in extractor.extract(page).organizations}
    assert {"Gmina Wierzbno", "Powiat Kalinowski"} <= names
    page = "Turniej szachowy odbył się na terenie Gminy Wierzbno."
    assert "Gmina Wierzbno" not in {o.name for o in extractor.extract(page).organizations}


def test_a_unit_that_invited_is_a_body_and_the_organizer(extractor):
    for text, body in (("Na zaproszenie Gminy Dębina młodzież wzięła udział w warsztatach.", "Gmina Dębina"),
                       ("Na zaproszenie Miasta Lipna seniorzy odwiedzili muzeum.", "Miasto Lipno")):
        report = extractor.extract(text)
        assert body in {o.name for o in report.organizations}
        assert report.event.organizer == body
    # a unit as a territory stays a place
    report = extractor.extract("Mieszkańcy gminy Dębina wzięli udział w warsztatach.")
    assert not report.organizations
