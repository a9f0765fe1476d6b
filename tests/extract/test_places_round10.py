"""Round 10: a region read before a homonymous village, a gmina's name only on the unit word's line, and a
place alone on its line (a menu, a tag) listed only when a sentence names it too."""

import pytest


def _places(extractor, text: str) -> set[str]:
    return {p.name for p in extractor.extract(text).places}


def test_a_region_in_the_governed_case_beats_a_village_of_another_lemma(extractor):
    names = _places(extractor, "Doroczne spotkanie starostów odbyło się w tym roku na Śląsku.")
    assert "Śląsk" in names and "Śląsko" not in names


def test_a_gmina_and_a_name_on_the_next_line_are_a_menu(extractor):
    text = "Gmina\nLipno\nAktualności\n\nW sobotę w Rypinie odbył się festyn rodzinny."
    names = _places(extractor, text)
    assert "gmina Lipno" not in names
    assert "Rypin" in names


def test_a_gmina_phrase_on_one_line_stays(extractor):
    assert "gmina Lipno" in _places(extractor, "Festyn odbył się na terenie gminy Lipno w lipcu.")


@pytest.mark.parametrize("text,absent,present", [
    ("Rypin\nSerock\n\nWarsztaty odbyły się w Lipnie.", {"Rypin", "Serock"}, {"Lipno"}),
    ("Rypin\n\nWarsztaty odbyły się w Rypinie.", set(), {"Rypin"}),
])
def test_a_place_alone_on_its_line_needs_a_sentence(extractor, text, absent, present):
    names = _places(extractor, text)
    assert not names & absent
    assert present <= names


@pytest.mark.parametrize("text,absent", [
    ("W Lipnie odbyły się Targi Pracy, połączone z Targami Edukacyjnymi.", {"Targi Edukacyjne", "Targi Pracy"}),
    ("Wójt Gminy Gródek nad Dunajcem wręczył puchar w Lipnie.", {"Dunajec"}),
])
def test_common_nouns_and_a_river_in_a_town_name_are_no_places(extractor, text, absent):
    names = _places(extractor, text)
    assert not names & absent
    assert "Lipno" in names


def test_a_lake_named_by_its_feature_noun_stays(extractor):
    assert "Jezioro Rypińskie" in _places(extractor, "Uczestnicy spotkali się nad Jeziorem Rypińskim w Lipnie.")


def test_a_region_abroad_as_the_topic_of_a_talk_is_no_place(extractor):
    text = "Podróżnik opowiedział w bibliotece w Lipnie o pięknie Indochin."
    assert "Indochiny" not in _places(extractor, text)


@pytest.mark.parametrize("text,name", [
    ("W turnieju grali uczniowie z Janowca Wlkp. i z Lipna.", "Janowiec Wielkopolski"),
    ("Zawody odbyły się w Środzie Wlkp. w sobotę.", "Środa Wielkopolska"),
])
def test_an_abbreviated_adjective_of_a_town_is_expanded(extractor, text, name):
    assert name in _places(extractor, text)


def test_a_room_named_after_its_building_stays_a_venue(extractor) -> None:
    report = extractor.extract("Spotkanie odbyło się 4 maja 2023 r. w Sali Kameralnej Pałacu Wierzbowego w Lipnie.")
    assert any(p.name.startswith("Sala Kameralna") for p in report.places), [p.name for p in report.places]


def test_a_venue_under_a_place_label_is_listed(extractor) -> None:
    text = ("Konferencja naukowa o dawnych drukach\n\nTermin\n\n12-13 czerwca 2024 roku\n\nMiejsce\n\n"
            "Sala Kolumnowa Pałacu Biskupiego\n\nZapraszamy badaczy i bibliotekarzy do udziału w obradach.\n")
    report = extractor.extract(text)
    assert any(p.name.startswith("Sala Kolumnowa") for p in report.places), [p.name for p in report.places]
