"""Names written with initials ("J. Nowak", "Izabela M. Kos", "K.K. Lis"), on our own sentences."""

import pytest


def names(extractor, text):
    return [p.name for p in extractor.extract(text).people]


@pytest.mark.parametrize("text,expected", [
    ("Zajęcia poprowadziła M. Borówka z ośrodka w Lipnie.", ["M. Borówka"]),
    ("Czytano wiersze J. Tuwima i K.K. Baczyńskiego.", ["J. Tuwim", "K.K. Baczyński"]),
    ("Wykład wygłosiła Halina T. Wrzos z uniwersytetu.", ["Halina T. Wrzos"]),
])
def test_initials_before_a_surname_make_a_person_and_stay_as_written(extractor, text, expected):
    assert names(extractor, text) == expected


def test_the_surname_after_initials_takes_its_base_form_and_the_title_its_role(extractor):
    report = extractor.extract("Gości powitała dyrektor szkoły E. Jaskółka.")
    [person] = report.people
    assert person.name == "E. Jaskółka" and [r.title for r in person.roles] == ["dyrektor"]
    mention = person.mentions[0]
    assert "Jaskółka" in mention.text


def test_an_initialled_mention_of_a_person_named_in_full_is_the_same_person(extractor):
    text = "Spotkanie prowadziła Małgorzata Borówka. – Warto było przyjść – dodaje M. Borówka."
    assert names(extractor, text) == ["Małgorzata Borówka"]


@pytest.mark.parametrize("text", [
    "Uczniowie szkoły im. A. Mickiewicza odwiedzili bibliotekę.",
    "Uczniowie ZSP im. rtm. W. Pileckiego odwiedzili bibliotekę.",
    "Trener związany ze Szkołą Podstawową H. Sienkiewicza prowadził zajęcia sportowe.",
    "Biuro mieści się przy ul. J. Piłsudskiego.",
])
def test_patrons_and_streets_with_initials_are_no_people(extractor, text):
    assert names(extractor, text) == []


def test_an_abbreviated_honorific_before_a_full_name_is_no_initial(extractor):
    text = "Gości powitał P. Tadeusz Wrona, a następnie głos zabrał P. Wójt."
    assert names(extractor, text) == ["Tadeusz Wrona"]


@pytest.mark.parametrize("text,expected", [
    ("Czytano nowele Wł. St. Reymonta i H. Sienkiewicza.", ["Wł. St. Reymont", "H. Sienkiewicz"]),
    ("Prelekcję o twórczości Zb. Herberta wygłosiła Anna Kos.", ["Zb. Herbert", "Anna Kos"]),
    ("Parafię prowadzi Ks. Kowalski od lat.", []),
    ("Przed kościołem św. Stanisława czekał Jan Wrzos.", ["Jan Wrzos"]),
])
def test_abbreviated_first_names_lead_a_name_as_initials_do(extractor, text, expected):
    assert names(extractor, text) == expected
