"""Unknown name words back to the nominative by their ending paradigm (invented names)."""

import pytest

from pipeline.text.name_forms import unknown_name_base


@pytest.mark.parametrize("word,expected", [
    ("Brokkerem", "Brokker"),        # instrumental of a consonant stem
    ("Drelanowi", "Drelan"),         # dative
    ("Tamiriego", "Tamiri"),         # adjectival genitive of an "-i" name
    ("Gunzego", "Gunze"),            # ... of an "-e" name
    ("Zolidetę", "Zolideta"),        # accusative of an "-a" stem
    ("Zolidetą", "Zolideta"),        # instrumental
    ("Zolidety", "Zolideta"),        # genitive
    ("Zolideta", "Zolideta"),        # a nominative "-a" stays
    ("Brokkera", "Brokker"),         # genitive of a typical consonant-final stem
    ("Frelly", "Frelly"),            # English "-lly" is not a genitive
    ("Stiwey", "Stiwey"),
    ("Tarmolenki", "Tarmolenko"),    # Ukrainian "-enko"
    ("Wrzosiński", "Wrzosiński"),    # adjectival nominative, not a feminine genitive
    ("Tolviny", "Tolvina"),
    ("Hardinga'a", "Hardinga"),      # the ending after an apostrophe
])
def test_unknown_name_base(word, expected):
    assert unknown_name_base(word) == expected


def test_gender_and_case_from_the_first_name():
    assert unknown_name_base("Chrabna", "m", oblique=True) == "Chrabn"
    assert unknown_name_base("Chrabna", "f") == "Chrabna"
    assert unknown_name_base("Tralki", "m", oblique=True) == "Tralko"
