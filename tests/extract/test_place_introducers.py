"""The words that introduce a locality's name (pipeline/extract/place_introducers.py), on light tokens."""

import pytest

from pipeline.extract.place_introducers import after_acronym, introduced_locality


def _at(ctx, text: str, word: str) -> tuple[list, int]:
    toks = ctx.light_tokens
    return toks, next(k for k, t in enumerate(toks) if t.text == word)


@pytest.mark.parametrize("text,word,expected", [
    ("Kapela przyjechała z niewielkiego Grabika.", "Grabika", True),
    ("Goście zwiedzili Pakość.", "Pakość", True),
    ("Była to najładniejsza wieś opolska – Lipno.", "Lipno", True),
    ("Powiedział Jan, że Lipno jest piękne.", "Lipno", False),
])
def test_introduced_locality(ctx_for, text, word, expected):
    toks, k = _at(ctx_for(text), text, word)
    assert introduced_locality(toks, k) is expected


@pytest.mark.parametrize("text,word,expected", [
    ("Wygrał zawodnik MKS Wieliczka.", "Wieliczka", True),
    ("Wygrał zawodnik MKS Wieliczka Junior.", "Wieliczka", False),
    ("Zagrali XII Kraków.", "Kraków", False),
    ("Trenował w klubie UKS Lipno.", "Lipno", True),  # a town: the register's gmina seat
    ("Trenował w klubie UKS Sokolik.", "Sokolik", False),  # a common noun: the club's own name
    ("Zebranie odbyło się w siedzibie ZAZ Swoboda.", "Swoboda", False),
    ("Strażacy z OSP Dąbrówka pomogli.", "Dąbrówka", True),  # a village body's name after it is its village
])
def test_after_acronym(ctx_for, text, word, expected):
    ctx = ctx_for(text)
    toks, k = _at(ctx, text, word)
    assert after_acronym(ctx, toks, k) is expected


def test_a_town_name_takes_the_river_phrase_the_register_joins_to_it(extractor):
    """'do Gródka nad Dunajcem': the register's 'Gródek nad Dunajcem', the river no place of its own; a river
    phrase the register does not join to the town ('w Ustrzykach nad Sanem') leaves the town as found."""
    names = {p.name for p in extractor.extract("Uczniowie pojechali na rajd do Gródka nad Dunajcem.").places}
    assert "Gródek nad Dunajcem" in names and "Gródek" not in names and "Dunajec" not in names
    names = {p.name for p in extractor.extract("Rajd rowerowy zakończył się w Ustrzykach nad Sanem.").places}
    assert "Ustrzyki" in names and not any(n.startswith("Ustrzyki ") for n in names)


def test_a_town_after_a_body_acronym_and_its_own_name_is_a_place(extractor):
    """"MKS Orzeł Sieradz", "UKS „Jastrząb” Łask": the town written after the team's own name is a place."""
    places = {p.name for p in extractor.extract('Wyniki: MKS Orzeł Sieradz - UKS "Jastrząb" Łask 3:1.').places}
    assert {"Sieradz", "Łask"} <= places


def test_a_town_after_a_name_with_no_acronym_before_it_is_not_read_so_outside_sport(extractor):
    """Only a text about sport reads "Name Town" as a club and its town (`ner/club_rules.py`)."""
    places = {p.name for p in extractor.extract("Rzeźbę Orzeł Sieradz pokazano na wystawie w galerii.").places}
    assert "Sieradz" not in places


def test_a_squad_number_between_the_acronym_and_the_town(extractor):
    assert "Łask" in {p.name for p in extractor.extract("Najbliższy mecz: UKS II Łask - KS Orzeł.").places}


@pytest.mark.parametrize("text", [
    "„PIKNIK Z GOK” – fot. GOK Borów\nGminny Ośrodek Kultury w Borowie zorganizował 1 czerwca piknik.",
    "„Turniej Szachowy” – fot. MOK Sieradz\nMiejski Ośrodek Kultury w Sieradzu zorganizował turniej.",
])
def test_a_town_after_an_acronym_at_a_line_end_keeps_no_line_break(extractor, text):
    """The register's two-word reading ("Nowy Sącz") never takes the line break after a town as its second word."""
    names = [p.name for p in extractor.extract(text).places]
    assert all(n == n.strip() and "\n" not in n for n in names)


def test_a_town_alone_in_brackets_after_a_speakers_name_is_a_place(extractor):
    """"dr Ewa Sroka (Lipnik)": a bare town in a list of speakers says where the speaker came from, a locality
    (docs/annotation.md: where participants came from), not an organization the speaker represents; a body in the
    brackets stays the affiliation, a lower-case word or two capitalised words that are no town give no place."""
    report = extractor.extract("Konferencja w Opolu\nPrelegenci:\ndr Ewa Sroka (Lipnik)\nmgr Jan Pluta (Kraków)\n"
                               "Olga Sitek (Fundacja Jarzębina)\nKarol Dymek (moderator)")
    assert {p.name for p in report.places} == {"Opole", "Lipnik", "Kraków"}
    assert {p.name: p.affiliation for p in report.people} == {
        "Ewa Sroka": None, "Jan Pluta": None, "Olga Sitek": "Fundacja Jarzębina", "Karol Dymek": None}
