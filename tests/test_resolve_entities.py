"""Institutions as venues: a room or a building of the institution names where the event was."""

import pytest


def _venues(extractor, text: str) -> set[str]:
    return {p.name for p in extractor.extract(text).places if p.kind == "venue"}


@pytest.mark.parametrize("text,venue", [
    ("W remizie Ochotniczej Straży Pożarnej w Lipnie spotkali się seniorzy z całej gminy.",
     "Ochotnicza Straż Pożarna w Lipnie"),
    ("Forum 2W jednej z sal Gminnego Ośrodka Kultury w Rypinie zebrali się sołtysi.",
     "Gminny Ośrodek Kultury w Rypinie"),
    ("Regionalny Ośrodek Polityki Społecznej w Płocku organizował w Centrum Kultury w Lipnie cykl spotkań.",
     "Centrum Kultury w Lipnie"),
    ("Zapraszamy na badania, które odbędą się 3 marca w godz. 9.00 – 12.00 w Ośrodku Zdrowia w Kołkach.",
     "Ośrodek Zdrowia w Kołkach"),
])
def test_a_room_or_building_cue_makes_an_institution_a_venue(extractor, text, venue):
    assert venue in _venues(extractor, text)


def test_an_institution_named_without_a_venue_cue_is_no_venue(extractor):
    text = "Na piknik przyszli uczestnicy Gminnego Ośrodka Kultury w Lipnie."
    assert "Gminny Ośrodek Kultury w Lipnie" not in _venues(extractor, text)


def test_an_acronym_after_a_building_cue_is_a_venue(extractor):
    text = ("Piknik przygotowali uczestnicy Warsztatów Terapii Zajęciowej w Lipnie (WTZ). "
            "Zabawa odbyła się przy budynku WTZ.")
    assert "Warsztaty Terapii Zajęciowej w Lipnie" in _venues(extractor, text)


def test_a_towns_short_name_merges_into_its_full_name(extractor):
    text = "Uczniowie przyjechali z Kazimierza Dolnego. Gospodarze gościli ich wcześniej w Kazimierzu."
    names = {p.name for p in extractor.extract(text).places}
    assert "Kazimierz Dolny" in names and "Kazimierz" not in names


def test_a_venue_named_short_and_with_its_seat_is_one_place(extractor):
    text = ("Gala na Zamku Królewskim\n\nW sobotę w Zamku Królewskim w Lipnie odbyła się gala wolontariuszy. "
            "Po gali goście zostali na Zamku Królewskim do wieczora.")
    venues = _venues(extractor, text)
    assert "Zamek Królewski w Lipnie" in venues and "Zamek Królewski" not in venues


@pytest.mark.parametrize("text,body", [
    ("W sobotę odbyło się w Lipnie zebranie przedstawicieli kół zrzeszonych w Regionalnym Związku Pszczelarzy.",
     "Regionalny Związek Pszczelarzy"),
    ("Szkolenie odbyło się w Rypinie, a otworzył je dyrektor w Regionalnym Ośrodku Polityki Społecznej Jan Lis.",
     "Regionalny Ośrodek Polityki Społecznej"),
])
def test_an_institution_of_membership_or_of_a_title_is_no_venue(extractor, text, body):
    assert body not in _venues(extractor, text)


def test_a_toured_institution_is_a_venue(extractor):
    text = "Drugiego dnia wyjazdu studyjnego było zwiedzanie Ośrodka Hodowli Roślin w Lipnie."
    assert "Ośrodek Hodowli Roślin w Lipnie" in _venues(extractor, text)


def test_a_named_room_keeps_its_institution_in_the_genitive(extractor):
    text = "Zebranie, które odbyło się 3 maja w Sali Zielonej Urzędu Gminy Lipno, prowadził sołtys."
    venues = _venues(extractor, text)
    assert "Sala Zielona Urzędu Gminy Lipno" in venues
    assert "Urząd Gminy Lipno" not in venues


def test_a_named_room_alone_stays_the_room(extractor):
    venues = _venues(extractor, "Spotkanie odbyło się w Sali Zielonej, a potem goście zwiedzili ogród.")
    assert "Sala Zielona" in venues


@pytest.mark.parametrize("text", [
    "Konferencja odbyła się w Lipnie. Gości powitał Dyrektor Departamentu Rybactwa w Ministerstwie Rolnictwa.",
    "Spotkanie odbyło się w Lipnie, był na nim Podsekretarz Stanu ds. Rodziny w Ministerstwie Rolnictwa.",
])
def test_an_institution_after_a_title_and_its_genitives_is_an_affiliation(extractor, text):
    assert "Ministerstwo Rolnictwa" not in _venues(extractor, text)


def test_a_tier_adjective_after_a_department_goes_with_its_parent_office(extractor):
    report = extractor.extract("Szkolenie prowadziła Anna Kos, kierownik Wydziału Powiatowego Urzędu Pracy w Dębinie.")
    assert "Powiatowy Urząd Pracy w Dębinie" in {o.name for o in report.organizations}
    assert "Urząd Pracy w Dębinie" not in {o.name for o in report.organizations}


def test_a_tier_adjective_after_a_branch_stays_the_branchs(extractor):
    report = extractor.extract("Mówi Jan Kos, prezes Oddziału Gminnego Związku Wędkarzy w Dębinie.")
    assert "Gminny Związek Wędkarzy w Dębinie" not in {o.name for o in report.organizations}


@pytest.mark.parametrize("text, venue", [
    ("Narada odbyła się w Sali Konferencyjnej Urzędu Miejskiego w Lipowie.", "Urząd Miejski w Lipowie"),
    ("Koncert odbył się w Dużej Sali Widowiskowej Gminnego Ośrodka Kultury w Borkowie.",
     "Gminny Ośrodek Kultury w Borkowie"),
])
def test_a_room_named_by_its_use_makes_its_institution_the_venue(extractor, text, venue):
    """A capitalised room with no name of its own ("Sala Konferencyjna") is the 'w sali X' cue: X is the venue."""
    assert venue in _venues(extractor, text)


def test_a_room_with_a_name_of_its_own_stays_the_venue_with_its_building(extractor):
    venues = _venues(extractor, "Wieczór poezji odbył się w Sali Lustrzanej Pałacu Młodzieży w Lipowie.")
    assert any(v.startswith("Sala Lustrzana") for v in venues)


def test_a_body_named_only_in_a_photo_credit_is_not_listed(extractor):
    """Metadata lines: an organization named only in the page's furniture is not an event fact."""
    text = ("Dzień Seniora\nfot. Urząd Miejski w Borkowie\n"
            "W piątek w Gminnym Ośrodku Kultury w Borkowie odbył się Dzień Seniora.")
    names = {o.name for o in extractor.extract(text).organizations}
    assert "Urząd Miejski w Borkowie" not in names and "Gminny Ośrodek Kultury w Borkowie" in names


def test_a_body_named_in_the_credit_and_in_the_report_is_listed(extractor):
    text = ("Dzień Seniora\nfot. Gminny Ośrodek Kultury w Borkowie\n"
            "W piątek Gminny Ośrodek Kultury w Borkowie przygotował Dzień Seniora.")
    assert "Gminny Ośrodek Kultury w Borkowie" in {o.name for o in extractor.extract(text).organizations}


@pytest.mark.parametrize("text,whole,plural", [
    ("Piknik wsparł Związek Ochotniczych Straży Pożarnych z Lipna.", "Związek Ochotniczych Straży Pożarnych",
     "Straże Pożarne"),
    ("Apel podpisał Zarząd Związku Ochotniczych Straży Pożarnych.", "Związek Ochotniczych Straży Pożarnych",
     "Straże Pożarne"),
])
def test_a_union_of_a_plural_kind_lists_no_parent(extractor, text, whole, plural):
    names = {o.name for o in extractor.extract(text).organizations}
    assert any(n.startswith(whole) for n in names) and plural not in names and plural[:-1] + "a" not in names


def test_a_singular_parent_after_a_unit_is_still_listed(extractor):
    text = "Wykład przygotował Wydział Prawa Lubelskiej Szkoły Biznesu."
    assert "Lubelska Szkoła Biznesu" in {o.name for o in extractor.extract(text).organizations}


def test_a_plural_complement_of_the_unit_leaves_its_parent_listed(extractor):
    text = "Spotkanie przygotował Wydział Spraw Obywatelskich Starostwa Powiatowego w Dębinie."
    assert "Starostwo Powiatowe w Dębinie" in {o.name for o in extractor.extract(text).organizations}
