"""Seats of institution names in the rule NER (pipeline/ner/builtin.py), in sentences written for the tests."""

import pytest


def test_a_seat_of_two_words_with_a_verb_reading_stays_whole(extractor):
    """'Mieście' also reads as a verb form; the register knows 'Stare Miasto' as one locality (round 10)."""
    report = extractor.extract("Uczniowie ze Szkoły Podstawowej w Starym Mieście pojechali na wycieczkę.")
    assert "Szkoła Podstawowa w Starym Mieście" in {o.name for o in report.organizations}


def test_a_capitalised_venue_head_alone_keeps_its_seat(extractor):
    """'na Rynku w X': the head alone is the town's site by name, listed with its seat (round 12)."""
    report = extractor.extract("Jarmark świąteczny odbył się na Rynku w Lipnie. Potem dzieci poszły na rynek w Rypinie.")
    venues = {p.name for p in report.places if p.kind == "venue"}
    assert "Rynek w Lipnie" in venues and not any(v.startswith(("rynek", "Rynek w Rypin")) for v in venues)
    assert "Lipno" in {p.name for p in report.places}


def test_a_capitalised_venue_head_after_a_room_or_a_verb_keeps_its_seat(extractor):
    report = extractor.extract("Uczestnicy zwiedzili Zamek w Lipnie, a obiad zjedli w sali balowej Pałacu w Rypinie.")
    venues = {p.name for p in report.places if p.kind == "venue"}
    assert {"Zamek w Lipnie", "Pałac w Rypinie"} <= venues


def test_a_venue_head_at_a_sentence_start_is_no_name(extractor):
    report = extractor.extract("Jarmark był udany. Zamek w Lipnie odwiedziło wielu gości.")
    assert "Zamek w Lipnie" not in {p.name for p in report.places}


def test_a_seat_stops_before_capitalised_words_that_are_no_part_of_a_locality(extractor):
    """A seat goes on with geographic words and adjectives in its case, not with an abbreviation after it."""
    report = extractor.extract("Dokumenty składa się w Starostwie Powiatowym w Rypinie Pkt 3 do końca maja, "
                               "a pomoc daje Szkoła Podstawowa w Wysokiem Mazowieckiem.")
    names = {o.name for o in report.organizations}
    assert "Starostwo Powiatowe w Rypinie" in names
    assert "Szkoła Podstawowa w Wysokiem Mazowieckiem" in names


def test_a_quote_glued_to_the_word_before_closes_and_opens_no_name(extractor):
    """Round 18c: „X” followed by a later „Y”: the mark after X closes X's quotation, so no name runs on to Y."""
    orgs = {o.name for o in extractor.extract(
        "Przyszła redakcja „Nowej Gazety Wiejskiej”. Artykuł ukazał się w tygodniku „Głos Ludu”.").organizations}
    assert "„Nowa Gazeta Wiejska”" in orgs and not any("Artykuł" in o for o in orgs)


def test_a_capitalised_adverb_after_the_head_is_the_bodys_own_name(extractor):
    """'Razem', 'Zawsze Blisko' read as adverbs: a proper part, so the name is listed and takes no seat."""
    names = {o.name for o in extractor.extract("Festyn przygotowało Stowarzyszenie Razem, a datki zebrała "
                                               "Fundacja Zawsze Blisko z Radzynia.").organizations}
    assert {"Stowarzyszenie Razem", "Fundacja Zawsze Blisko"} <= names


def test_a_dative_complement_after_the_head_still_needs_its_seat(extractor):
    names = {o.name for o in extractor.extract("Zbiórkę prowadził Ośrodek Pomocy Rodzinie w Radzyniu.").organizations}
    assert "Ośrodek Pomocy Rodzinie w Radzyniu" in names


def test_a_town_named_like_a_head_is_the_seat(extractor):
    """'w Kole': "Koło" is a town and an institution's head; with no body's name after it, it is the seat."""
    names = {o.name for o in extractor.extract("Warsztaty przygotowała Biblioteka Publiczna w Kole, a pierogi "
                                               "lepiły panie w Kole Gospodyń Wiejskich z Lipnika.").organizations}
    assert "Biblioteka Publiczna w Kole" in names
    assert not any(n.endswith("w Kole Gospodyń Wiejskich") for n in names)


@pytest.mark.parametrize("text,town", [
    ("Festyn rodzinny odbył się w Nowym Dworze Mazowieckim.", "Nowy Dwór Mazowiecki"),
    ("Na turniej przyjechały drużyny z Nowego Dworu Gdańskiego.", "Nowy Dwór Gdański"),
])
def test_a_venue_phrase_that_spells_a_town_is_the_town(extractor, text, town):
    """'Dwór' heads venues ("Dwór Artusa"); with its adjectives the register knows the words as a town."""
    assert (town, "locality") in {(p.name, p.kind) for p in extractor.extract(text).places}


def test_a_named_manor_stays_a_venue(extractor):
    places = {(p.name, p.kind) for p in extractor.extract("Koncert odbył się w Dworze Zielińskich w Rypinie.").places}
    assert ("Dwór Zielińskich", "venue") in places


def test_a_venue_head_after_its_capitalised_adjectives_keeps_its_seat(extractor):
    """'na Starym Rynku w Lipnie': the register knows a district "Stary Rynek", but the seat makes it Lipno's site."""
    places = {(p.name, p.kind) for p in extractor.extract("Jarmark odbył się na Starym Rynku w Lipnie.").places}
    assert ("Stary Rynek w Lipnie", "venue") in places and ("Lipno", "locality") in places
    assert ("Stary Rynek", "locality") not in places


def test_a_venue_of_head_and_adjective_in_the_genitive_keeps_its_seat(extractor):
    """'do Ogrodu Zoologicznego w X': the adjective agrees only in the genitive, and no family is named by it."""
    report = extractor.extract("Przedszkolaki pojechały do Ogrodu Zoologicznego w Brzozowie. Wieczorem był koncert "
                               "w sali Pałacu Poznańskiego w Lipnie.")
    venues = {p.name for p in report.places if p.kind == "venue"}
    assert "Ogród Zoologiczny w Brzozowie" in venues
    # a genitive that may be a family's name keeps no seat: the palace of the Poznańskis is named by them
    assert not any(v.startswith("Pałac Poznańsk") and v.endswith("w Lipnie") for v in venues)
