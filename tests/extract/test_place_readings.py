"""Choosing among homonymous readings of a place name: morphology first, then the document's other places."""

import pytest


def _places(extractor, text: str) -> set[tuple[str, str]]:
    return {(p.name, p.kind) for p in extractor.extract(text).places}


@pytest.mark.parametrize("text,name,kind", [
    ("Jarmark rękodzieła odbył się na Kujawach.", "Kujawy", "region"),  # plurale tantum, not a plural of Kujawa
    ("Koncert orkiestry odbył się w Lipnicach.", "Lipnice", "locality"),
    ("Wykład wygłosił pracownik instytutu w Radzikowie.", "Radzików", "locality"),  # a whole name, not a part
])
def test_morphology_prefers_the_likelier_reading(extractor, text, name, kind):
    assert (name, kind) in _places(extractor, text)


def test_a_reading_near_the_documents_other_places_wins(extractor):
    places = _places(extractor, "Uczniowie z Inowrocławia pojechali na wycieczkę do Łojewa.")
    assert ("Łojewo", "locality") in places and ("Łojew", "locality") not in places


def test_a_gmina_seat_wins_without_other_evidence(extractor):
    assert ("Gołuchów", "locality") in _places(extractor, "Zawody odbyły się w Gołuchowie.")


@pytest.mark.parametrize("text,region", [
    ("Gości powitał Wicemarszałek Województwa Lubuskiego Jan Nowak.", "województwo lubuskie"),
    ("Patronat objął wójt gminy Borowice.", "gmina Borowice"),
    ("Głos zabrał członek zarządu województwa opolskiego.", "województwo opolskie"),
])
def test_a_unit_in_an_office_or_title_is_no_place(extractor, text, region):
    assert region not in {p.name for p in extractor.extract(text).places}


def test_a_unit_after_a_title_still_names_the_titles_organization(extractor):
    report = extractor.extract("Gości powitał Jan Nowak – Wójt Gminy Gołuchów.")
    assert "gmina Gołuchów" not in {p.name for p in report.places}
    assert any(r.organization for p in report.people for r in p.roles)


def test_a_unit_where_people_come_from_is_a_place(extractor):
    places = {p.name for p in extractor.extract("W szkoleniu wzięli udział mieszkańcy gminy Gołuchów.").places}
    assert "gmina Gołuchów" in places


def test_a_double_gmina_name_stays_whole(extractor):
    assert "gmina Olszewo-Borki" in {p.name for p in extractor.extract(
        "W warsztatach wzięli udział mieszkańcy gminy Olszewo-Borki.").places}


def test_a_locality_run_into_the_next_name_is_cut_where_the_case_changes(extractor):
    places = {p.name for p in extractor.extract("W piątek odbyło się we Wrocławiu Dolnośląskie Forum Sołtysów.").places}
    assert "Wrocław" in places and not any(p.startswith("Wrocław ") for p in places)


def test_a_genitive_after_a_place_noun_stays_in_its_name(extractor):
    places = {p.name for p in extractor.extract("Nocowaliśmy w Dolinie Baryczy.").places}
    assert "Dolina Baryczy" in places


def test_an_adjective_agreeing_with_the_noun_after_it_is_no_place(extractor):
    """"na WESOŁE WAKACJE": a one-word place name that is also an adjective of the common noun after it."""
    assert not extractor.extract("Zapraszamy dzieci na WESOŁE WAKACJE od lipca.").places
    assert "Wesoła" in {p.name for p in extractor.extract("Festyn odbył się w Wesołej koło Warszawy.").places}


def test_the_genitive_after_a_club_player_noun_is_the_club(extractor):
    """"wychowanek Widzewa": the club the player comes from; "zawodnik z Mielca" names his town."""
    assert not extractor.extract("Bramkę zdobył wychowanek Widzewa, grający na co dzień w hali.").places
    assert "Mielec" in {p.name for p in extractor.extract("Bramkę zdobył zawodnik z Mielca.").places}


def test_a_locality_named_with_a_genitive_complement(extractor):
    """'w Górze Świętej Anny': the complement "Świętej Anny" stays in the genitive whatever the head's case, so the
    register's name is found as written, not read as an adjective of "Góra"; a person after a town is no part of it."""
    assert ("Góra Świętej Anny", "locality") in _places(extractor, "Spotkanie odbyło się w Górze Świętej Anny.")
    names = {n for n, _k in _places(extractor, "Spotkanie odbyło się w Lipnie Anna Nowak powitała gości.")}
    assert names == {"Lipno"}


def test_a_city_quarter_named_by_a_compass_noun(extractor):
    """'w Pradze Południe': the quarter's second word stays in the nominative; the register spells it with a
    hyphen, the text's spelling is kept."""
    assert ("Praga Południe", "locality") in _places(extractor, "Festyn odbył się w Pradze Południe.")


def test_a_region_named_by_an_adjective_and_a_gmina_written_in_its_nominative(extractor):
    """'z Górnego Śląska' is the region Górny Śląsk (the adjective in the region's gender, not a village "Górne");
    "w gminie Ostrów Wielkopolski" keeps the register's name as written although a region word reads in it."""
    assert ("Górny Śląsk", "region") in _places(extractor, "Przyjechali goście z Górnego Śląska.")
    assert ("gmina Ostrów Wielkopolski", "region") in _places(extractor,
                                                             "Zebranie odbyło się w gminie Ostrów Wielkopolski.")


def test_a_saints_name_after_a_region_word_stays_in_the_genitive(extractor, rules_only):
    """'w Ziemi Świętego Jana': "Świętego Jana" is a saint's name in the genitive, not an adjective of "Ziemia";
    "z Ziemi Chełmińskiej" keeps its agreeing adjective."""
    assert ("Ziemia Świętego Jana", "region") in _places(extractor, "Rajd odbył się w Ziemi Świętego Jana.")
    assert ("Ziemia Chełmińska", "region") in _places(extractor, "Przyjechali goście z Ziemi Chełmińskiej.")


def test_a_venue_head_only_through_a_surname_is_no_head(ctx_for):
    """'Salowie' reads only as the plural of the surname Sala, whose lower-cased lemma is a venue's head word: no head
    (a village of that form stays a place); "Sali" has the common noun's reading and is one."""
    import importlib

    places = importlib.import_module("pipeline.extract.places")
    ctx = ctx_for("Spotkanie odbyło się w Salowie, a potem w Sali.")
    words = {t.text: t for t in ctx.light_tokens}
    assert not places._common_head(words["Salowie"])
    assert places._common_head(words["Sali"])
