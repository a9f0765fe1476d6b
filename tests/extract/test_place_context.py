"""Countries and continents named as a topic or a scope are not places; origins and destinations are."""

import pytest


def _places(extractor, text: str) -> set[str]:
    return {p.name for p in extractor.extract(text).places}


@pytest.mark.parametrize("text,name", [
    ("Rozmawiano o kondycji spółdzielni socjalnych w Polsce.", "Polska"),
    ("To jeden z największych kongresów rolniczych w Europie.", "Europa"),
    ("Prelegent opowiedział o historii Albanii.", "Albania"),
    ("Podróżnik opowiadał o wyprawie przez Wietnam i Laos.", "Wietnam"),
    ("Wykład dotyczył członkostwa Polski w Unii.", "Polska"),
])
def test_a_country_as_topic_or_scope_is_no_place(extractor, text, name):
    assert name not in _places(extractor, text)


@pytest.mark.parametrize("text,names", [
    ("Na warsztaty przyjechała młodzież z Litwy, Łotwy i Polski.", {"Litwa", "Łotwa", "Polska"}),
    ("Wykład wygłosił badacz z Instytutu Lasu (Szwecja).", {"Szwecja"}),
    ("Uczniowie pojechali do Włoch.", {"Włochy"}),
    ("Konferencja odbyła się w Niemczech.", {"Niemcy"}),
])
def test_origins_destinations_and_events_abroad_are_places(extractor, text, names):
    assert names <= _places(extractor, text)


@pytest.mark.parametrize("text,word,inside", [
    ("Projekt „Aktywni seniorzy w Lipce” ruszył.", "Lipce", True),
    ("Projekt „Aktywni seniorzy” ruszył w Lipce.", "Lipce", False),
    ('Projekt "Aktywni w Lipce" ruszył.', "Lipce", True),
    ('Powiedział "zjazdu" w Lipce.', "Lipce", False),
    ('"Lato w Lipce" to festyn.', "Lipce", True),
    ('Tytuł („Lato w Lipce”) i ("Lato w Lipce"', "Lipce", True),
    ("„Tytuł w cudzysłowie\nw Lipce", "Lipce", False),
    ('Pisał do " Gońca " i do " Echa ", uczy w Lipce.', "Lipce", False),
    ('Pisał do " Gońca " i " Echa w Lipce ".', "Lipce", True),
])
def test_in_quoted_title_reads_the_last_quote_mark_of_the_line(ctx_for, text, word, inside):
    """Only the last quote mark before the name on its line decides, however long the line."""
    from pipeline.extract.place_context import in_quoted_title

    ctx = ctx_for(text)
    assert in_quoted_title(ctx, text.rindex(word)) is inside


def test_tokens_before_a_name_are_the_last_ones_ending_before_it(ctx_for):
    from pipeline.extract.place_context import _tokens_before

    text = "Rozwój gminy Lipka i powiatu Brzozowo."
    ctx = ctx_for(text)
    start = text.index("Brzozowo")
    assert [t.text for t in _tokens_before(ctx, start, 3)] == ["Lipka", "i", "powiatu"]
    assert [t.text for t in _tokens_before(ctx, 0, 3)] == []
    assert [t.text for t in _tokens_before(ctx, text.index("gminy") + 2, 5)] == ["Rozwój"]


def test_a_battle_name_gives_no_place(extractor):
    names = {p.name for p in extractor.extract(
        "Uczniowie obejrzeli dioramę Bitwy pod Grunwaldem w szkole w Lipnie. Rocznicę bitwy nad Bzurą uczczono w "
        "Rypinie.").places}
    assert {"Lipno", "Rypin"} <= names and "Grunwald" not in names and "Bzura" not in names


def test_a_town_after_the_preposition_kolo_is_a_place(extractor):
    assert "Szamotuły" in _places(extractor, "Zjazd odbył się we wsi Kępa koło Szamotuł.")
    assert "Szamotuły" not in _places(extractor, "Przemawiał prezes Koła Szamotuł.")


def test_a_capitalised_adjective_before_a_region_is_part_of_its_name(extractor, rules_only):
    places = _places(extractor, "Uczniowie poznali Dolny Śląsk, a latem pojadą na Zachodnie Pomorze.")
    assert {"Dolny Śląsk", "Zachodnie Pomorze"} <= places
    assert "Śląsk" not in places


def test_a_region_after_z_terenu_is_a_place(extractor, rules_only):
    assert "Wielkopolska" in _places(extractor, "Na zjazd przyjechali goście z terenu Wielkopolski.")


def test_a_town_in_a_headings_dateline_is_a_place(extractor, rules_only):
    assert "Warszawa" in _places(extractor, "Forum Seniorów „Aktywni razem” – Warszawa, 14 maja. Gości powitał Jan Kos.")
    assert "Warszawa" not in _places(extractor, "Wykład wygłosiła Ewa Warszawa, a potem był koncert.")


def test_a_river_after_nad_is_no_town_of_its_name(extractor):
    """'nad Wisłą' is the river however many towns are called Wisła: after a town it only locates the town
    (not listed), alone it is a place of kind other; 'w Wiśle' and 'z Wisły' stay the town."""
    report = extractor.extract("Spotkanie odbyło się w Brzegu Dolnym nad Odrą.")
    assert {p.name for p in report.places} == {"Brzeg Dolny"}
    kinds = {p.name: p.kind for p in extractor.extract("Piknik rodzinny odbył się nad Wisłą.").places}
    assert kinds == {"Wisła": "other"}
    kinds = {p.name: p.kind for p in extractor.extract("Na festyn przyjechali goście z Wisły i Ustronia.").places}
    assert kinds["Wisła"] == "locality"


def test_countries_in_brackets_after_a_common_noun_are_a_topic(extractor):
    """'program (Ghana, Niemcy)': what a programme draws on, not where anybody came from; a country in brackets after
    a body ("Instytut Leśny (Finlandia)") is still its place."""
    assert not _places(extractor, "Wieczór zamknie muzyczny program (Ghana, Kuba, Niemcy) zespołu Lipa.")
    assert "Finlandia" in _places(extractor, "Mówił Jan Kos z Instytutu Leśnego (Finlandia) o lasach.")


def test_a_country_right_after_an_event_noun_is_where_it_was(extractor):
    """'Festyn rodzinny w Austrii': the event named right before the country took place there; the country of a
    topic's scope ("rozwój turystyki w Austrii") stays unlisted."""
    assert "Austria" in _places(extractor, "Piknik rodzinny w Austrii zgromadził tłumy.")
    assert "Austria" not in _places(extractor, "Rozmawiano o rozwoju turystyki w Austrii.")


@pytest.mark.parametrize("text,name", [
    ("Sprawozdanie z zadania\nTermin: 3-4.10.2019\nMiejsce: Kraków\nLiczba uczestników: 25", "Kraków"),
    ("Warsztaty garncarskie\nMiejsce warsztatów: Nowy Targ\n", "Nowy Targ"),
    ("Szkolenie dla sołtysów\nGdzie: Karpacz, ul. Leśna 2\n", "Karpacz"),
    ("Spotkanie autorskie\nMiejsce:\nKraków\n", "Kraków"),
])
def test_a_venue_field_names_the_place(extractor, text, name):
    assert name in _places(extractor, text)


def test_another_field_s_value_is_no_place(extractor):
    assert "Kraków" not in _places(extractor, "Warsztaty garncarskie\nProwadząca: Anna Kraków\n")
