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
    ("Varkolány", "Varkolány"),      # letters Polish does not write: a foreign "-y", not a genitive
    ("Tövessy", "Tövessy"),
])
def test_unknown_name_base(word, expected):
    assert unknown_name_base(word) == expected


def test_gender_and_case_from_the_first_name():
    assert unknown_name_base("Chrabna", "m", oblique=True) == "Chrabn"
    assert unknown_name_base("Chrabna", "f") == "Chrabna"
    assert unknown_name_base("Tralki", "m", oblique=True) == "Tralko"


# --- case agreement across a name's words (invented names) -------------------------------------

from pipeline.text.name_forms import agreed_case, ending_readings  # noqa: E402


def test_ending_readings_show_the_case_an_ending_can_stand_in():
    assert ("gen", "Zuvoma") in {(c, base) for cases, _g, base in ending_readings("Zuvomy") for c in cases}
    assert not any("nom" in cases for cases, _g, _b in ending_readings("Zuvomy"))  # "-y" after a consonant
    assert {(g, base) for _c, g, base in ending_readings("Trelenki")} >= {("m", "Trelenko"), ("f", "Trelenka")}
    assert ending_readings("Malbonem") == [(frozenset({"inst", "loc"}), "m", "Malbon")]
    assert ending_readings("Cordane'a") == [(frozenset({"gen", "acc"}), "m", "Cordane")]


def test_agreed_case_takes_the_case_every_word_fits():
    kelbranta, zuvomy = ending_readings("Kelbranta"), ending_readings("Zuvomy")
    assert agreed_case([kelbranta, zuvomy]) == ("gen", "m")  # "-a" nominative or man's genitive; "-y" genitive
    assert agreed_case([kelbranta, ending_readings("Hostrima")])[0] == "nom"  # both may be nominatives
    assert agreed_case([ending_readings("Malbonem"), zuvomy]) is None


def test_a_word_known_only_as_a_vocative_reads_as_unknown():
    from pipeline.text.analysis import analyse
    from pipeline.text.name_forms import reads_as_unknown

    assert reads_as_unknown(analyse("Benito"))       # only the vocative of "Benita"
    assert not reads_as_unknown(analyse("Marka"))    # a first name's genitive
    assert not reads_as_unknown(analyse("domu"))     # a common word
    assert not reads_as_unknown(analyse("Wilczyńskich"))  # a family's plural surname
