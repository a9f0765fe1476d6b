"""Pages that shout: headings, organizer lines, list lines and names in capitals read like ordinary text."""

import pytest

_BODY = "\nW spotkaniu wzięło udział 20 osób z trzech gmin."


def _places(extractor, text):
    return {(p.name, p.kind) for p in extractor.extract(text).places}


def _orgs(extractor, text):
    return {o.name for o in extractor.extract(text).organizations}


@pytest.mark.parametrize("heading, place", [
    ("WIZYTA STUDYJNA DO AUSTRII", ("Austria", "country")),
    ("WYJAZD DO NYSY", ("Nysa", "locality")),
    ("SZKOLENIE W GMINIE MIRCZE", ("gmina Mircze", "region")),
    ("GOŚCIE Z NOWEJ WSI", ("Nowa Wieś", "locality")),
])
def test_a_heading_in_capitals_gives_its_place(extractor, heading, place):
    assert place in _places(extractor, heading + _BODY)


def test_a_heading_gives_what_the_same_words_in_ordinary_case_give(extractor):
    shouted = _places(extractor, "WIZYTA W GDAŃSKU I GDYNI" + _BODY)
    assert shouted == _places(extractor, "Wizyta w Gdańsku i Gdyni" + _BODY)
    assert {"Gdańsk", "Gdynia"} <= {name for name, _ in shouted}


def test_an_organizer_line_names_the_body_without_the_verb(extractor):
    report = extractor.extract("STOWARZYSZENIE NA RZECZ ROZWOJU WSI KOSTRZYCA ZAPRASZA NA WARSZTATY\n"
                               "Warsztaty odbędą się w świetlicy wiejskiej.")
    assert "Stowarzyszenie na Rzecz Rozwoju Wsi Kostrzyca" in {o.name for o in report.organizations}
    assert not any("Zaprasza" in o.name or "ZAPRASZA" in o.name for o in report.organizations)


def test_partner_lines_in_capitals_are_bodies_and_acronyms_stay_acronyms(extractor):
    orgs = _orgs(extractor, "Partnerzy projektu:\nGMINNY OŚRODEK POMOCY SPOŁECZNEJ W LIPNIE\n"
                            "KOŁO GOSPODYŃ WIEJSKICH W KOWALACH\nSpotkanie z OWES w Lipnie.")
    assert {"Gminny Ośrodek Pomocy Społecznej w Lipnie", "Koło Gospodyń Wiejskich w Kowalach"} <= orgs
    assert any(name.startswith("OWES") for name in orgs)


def test_a_person_in_capitals_is_written_as_a_name(extractor):
    people = extractor.extract("Konferencję otworzył JAN KOWALIK, prezes fundacji.").people
    assert [p.name for p in people] == ["Jan Kowalik"]


def test_spans_point_at_the_original_capitals(extractor):
    text = "WYJAZD DO NYSY\nGOŚCIE Z GMINNEGO OŚRODKA KULTURY W LIPNIE" + _BODY
    report = extractor.extract(text)
    mentions = [m for p in report.places for m in p.mentions] + [m for o in report.organizations for m in o.mentions]
    assert mentions and all(m.text == text[m.start:m.end] for m in mentions)
    assert "NYSY" in {m.text for m in mentions}


def test_common_words_in_capitals_are_no_place_and_no_body(extractor):
    assert not extractor.extract("ZAPROSZENIE NA WESOŁE WAKACJE" + _BODY).places
    assert not _orgs(extractor, "WARSZTATY KULINARNE W LIPNIE" + _BODY)  # an event, not a workshop body
    assert not _orgs(extractor, "GRUPA SENIORÓW Z LIPNA ZWIEDZIŁA MUZEUM" + _BODY)


def test_an_acronym_that_is_also_a_word_is_not_read_as_the_word(extractor):
    text = "SPOTKANIE Z PRACOWNIKAMI MOPS W NYSIE" + _BODY
    names = {o.name for o in extractor.extract(text).organizations}
    assert not any(n.startswith("Mops") for n in names)
    assert ("Nysa", "locality") in _places(extractor, text)
