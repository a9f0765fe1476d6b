"""Base forms of noun-headed place names (pipeline/lexicon/places.py, _noun_headed); invented sentences."""


def test_a_lakes_name_is_not_read_as_a_surname(extractor):
    names = {p.name for p in extractor.extract("Spacer odbył się nad Jeziorem Kolneńskim.").places}
    assert "Jezioro Kolneńskie" in names


def test_the_head_reading_agrees_in_gender_with_its_adjective(extractor):
    names = {p.name for p in extractor.extract("Kajaki pływały po Jeziorze Białym.").places}
    assert "Jezioro Białe" in names
