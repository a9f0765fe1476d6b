"""Round 8 place rules: coordinated unit adjectives, "region X", places only inside quoted titles."""

import pytest


def _places(extractor, text: str) -> set[tuple[str, str]]:
    return {(p.name, p.kind) for p in extractor.extract(text).places}


def test_a_voivodeship_word_shared_by_coordinated_adjectives(extractor):
    found = _places(extractor, "Wizyta studyjna odbyła się w województwie lubuskim i opolskim.")
    assert {("województwo lubuskie", "region"), ("województwo opolskie", "region")} <= found


def test_a_lower_case_region_with_its_adjective(extractor):
    found = _places(extractor, "Na seminarium przyjechali nauczyciele regionu sieradzkiego.")
    assert ("region sieradzki", "region") in found


def test_region_without_an_adjective_is_no_place(extractor):
    assert not _places(extractor, "Rozmawiano o przyszłości regionu i jego mieszkańców.")


@pytest.mark.parametrize("text,name", [
    ("Pani Ewa Nowak przedstawiła książkę pt. „Obyczaje we wsi Kamionka Wielka”.", "Kamionka Wielka"),
    ("Zespół zaśpiewał piosenkę \"Wspomnienie z Krakowa\" na zakończenie.", "Kraków"),
])
def test_a_place_only_inside_a_quoted_title_is_no_place(extractor, text, name):
    assert name not in {n for n, _ in _places(extractor, text)}


def test_a_closing_quote_left_over_from_the_line_before_opens_no_title(extractor):
    text = "Świetne spotkanie\" - mówiła pani Anna Kowal z Krakowa, a inni się zgodzili."
    assert "Kraków" in {n for n, _ in _places(extractor, text)}


def test_a_unit_coordinated_after_an_office_is_part_of_the_title(extractor):
    found = _places(extractor, "Gości przywitał Burmistrz Miasta i Gminy Byczyna Jan Kowal.")
    assert ("gmina Byczyna", "region") not in found


def test_residents_of_a_town_and_its_gmina_stay_a_place(extractor):
    found = _places(extractor, "Na festyn przyszli mieszkańcy miasta i gminy Byczyna.")
    assert ("gmina Byczyna", "region") in found


def test_an_unknown_name_after_miasto_is_a_town_abroad(extractor):
    found = _places(extractor, "W Portugalii, w mieście Vilarelho odbyło się spotkanie nauczycieli.")
    assert ("Vilarelho", "locality") in found


def test_a_known_word_after_miasto_is_not_read_as_a_foreign_town(extractor):
    names = {n for n, _ in _places(extractor, "Spotkanie dotyczyło rozwoju miasta Wieczorem i rano.")}
    assert "Wieczorem" not in names
