"""Adjectives the dictionary lacks, by their '-ski' / '-cki' / '-dzki' endings (invented words)."""

from pipeline.text.adjective_endings import ending_adjective


def test_the_ending_shows_gender_and_cases():
    (fem,) = ending_adjective("Wolbrzyckiej")
    assert fem.lemma == "Wolbrzycka" and fem.cases == {"gen", "dat", "loc"} and "f" in fem.genders
    (masc,) = ending_adjective("Dębrzyckiemu")
    assert masc.lemma == "Dębrzycki" and masc.cases == {"dat"}


def test_other_words_have_no_such_reading():
    assert ending_adjective("Wolbrzyk") == []
    assert ending_adjective("wolbrzyckiej") == []  # a name word is capitalised
