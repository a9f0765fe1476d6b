"""Organizer, co-organizers and organization names on shapes real pages have (our own sentences)."""

import pytest


def orgs(report):
    return [o.name for o in report.organizations]


@pytest.fixture(scope="module")
def run(extractor):
    return lambda text: extractor.extract(text)


def test_co_organizers_after_a_cue(run):
    r = run("Konferencję zorganizowała Fundacja Zielony Most we współpracy z Urzędem Gminy Brzozowo "
            "oraz Stowarzyszeniem „Razem Lepiej”.")
    assert r.event.organizer == "Fundacja Zielony Most"
    assert r.event.co_organizers == ["Urząd Gminy Brzozowo", "Stowarzyszenie „Razem Lepiej”"]


def test_organizers_listed_together(run):
    r = run("Organizatorami spotkania byli Gminny Ośrodek Kultury w Lipnie, Stowarzyszenie „Nasza Wieś” "
            "i Koło Gospodyń Wiejskich „Lipinianki”.")
    assert r.event.organizer == "Gminny Ośrodek Kultury w Lipnie"
    assert r.event.co_organizers == ["Stowarzyszenie „Nasza Wieś”", "Koło Gospodyń Wiejskich „Lipinianki”"]


def test_thanked_for_the_invitation_is_the_host(run):
    r = run("W czwartek odwiedziliśmy spółdzielnię. Dziękujemy Spółdzielni Socjalnej „Pod Lipą” "
            "za zaproszenie i gościnę.")
    assert r.event.organizer == "Spółdzielnia Socjalna „Pod Lipą”"


def test_an_acronym_only_organizer(run):
    r = run("Targi pracy zorganizowane przez PUP cieszyły się dużym zainteresowaniem.")
    assert "PUP" in orgs(r) and r.event.organizer == "PUP"


@pytest.mark.parametrize("text", ["SZKOLENIE DLA SOŁTYSÓW\nW sobotę odbyło się szkolenie.",
                                  "Projekt współfinansowany z EFS w ramach RPO."])
def test_capitals_and_funds_are_not_organizations(run, text):
    assert orgs(run(text)) == []


def test_generic_plurals_are_not_names(run):
    r = run("W spotkaniu wzięli udział przedstawiciele Centrów Integracji Społecznej i Regionalne Ośrodki "
            "Polityki Społecznej z całego kraju.")
    assert orgs(r) == []


def test_a_name_stops_where_a_person_is_addressed(run):
    r = run("Gości powitał dyrektor Regionalnego Ośrodka Polityki Społecznej w Zalesiu Panią Ewę Sosnowską.")
    assert "Regionalny Ośrodek Polityki Społecznej w Zalesiu" in orgs(r)


def test_coordinated_adjectives_before_the_head(run):
    r = run("Spotkanie przygotowała Powiatowa i Miejska Rada Seniorów w Lipnie.")
    assert {"Powiatowa Rada Seniorów w Lipnie", "Miejska Rada Seniorów w Lipnie"} <= set(orgs(r))  # two bodies


def test_an_office_unit_gives_its_office_only(run):
    r = run("Gości powitała Anna Mak, dyrektor Wydziału Polityki Społecznej Lubelskiego Urzędu Wojewódzkiego.")
    assert "Lubelski Urząd Wojewódzki" in orgs(r) and "Wydział Polityki Społecznej" not in orgs(r)
    role = r.people[0].roles[0]
    assert (role.title, role.organization) == ("dyrektor wydziału", "Lubelski Urząd Wojewódzki")


def test_a_unit_that_does_not_stand_alone_stays_whole_and_adds_its_parent(run):
    r = run("Zajęcia prowadzi Uniwersytet Trzeciego Wieku Politechniki Opolskiej.")
    assert {"Uniwersytet Trzeciego Wieku Politechniki Opolskiej", "Politechnika Opolska"} <= set(orgs(r))


def test_the_body_whose_event_it_is(run):
    r = run("Wykład Uniwersytetu Trzeciego Wieku w Zalesiu\n\nW środę słuchacze wysłuchali wykładu o historii "
            "regionu. Wykład wygłosiła Anna Mak.")
    assert r.event.organizer == "Uniwersytet Trzeciego Wieku w Zalesiu"


def test_a_role_names_its_organization_by_the_quoted_name(run):
    r = run("Spółdzielnia Socjalna „Wspólnota” działa od roku. Prezes „Wspólnoty” Anna Mak opowiedziała o pracy.")
    person = next(p for p in r.people if p.name == "Anna Mak")
    assert person.roles[0].organization == "Spółdzielnia Socjalna „Wspólnota”"


def test_a_body_named_with_wraz_z_before_the_organizing_verb(run):
    r = run("Dzień Sołtysa obchodzono w Lipnie. Władze gminy wraz ze Stowarzyszeniem Sołtysów Ziemi Lipieńskiej "
            "zorganizowały z tej okazji konferencję o funduszu sołeckim.")
    assert r.event.organizer == "Stowarzyszenie Sołtysów Ziemi Lipieńskiej"


def test_the_body_whose_members_the_report_is_about(run):
    r = run("Nowa przewodnicząca koła\n\nWczoraj podczas zebrania sprawozdawczo-wyborczego członkinie Koła "
            "Gospodyń Wiejskich w Lipówce wybrały nową przewodniczącą. Gratulujemy!")
    assert r.event.organizer == "Koło Gospodyń Wiejskich w Lipówce"


def test_members_of_a_kind_of_body_name_no_organizer(run):
    r = run("Forum kół gospodyń\n\nRozmawialiśmy z członkiniami KGW z różnych stron powiatu o tym, jak działają.")
    assert r.event.organizer is None
