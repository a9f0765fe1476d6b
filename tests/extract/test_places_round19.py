"""Places, round 19: localities whose words the dictionary does not know, found by their endings and the register."""

from pipeline.lexicon.places import unknown_word_bases


def test_an_unknown_adjective_of_a_village_joins_its_noun(extractor):
    names = {p.name for p in extractor.extract("Wystawę zdjęć pokazano w zeszłym roku w Hucie Wiskickiej.").places}
    assert "Huta Wiskicka" in names and "Huta" not in names


def test_a_town_read_only_as_a_verb_after_a_preposition_is_a_locality(extractor):
    names = {p.name for p in extractor.extract("Na spotkanie przyjechali rolnicy z Gniewa i z Pelplina.").places}
    assert "Gniew" in names


def test_a_verb_without_a_preposition_stays_no_place(extractor):
    names = {p.name for p in extractor.extract("Zimą Gniewa się ten, kto marznie.").places}
    assert "Gniew" not in names


def test_unknown_word_bases_undo_the_endings_of_adjectives_and_nouns():
    assert unknown_word_bases("Wiskickiej", frozenset({"loc"})) == ["Wiskicka"]
    assert unknown_word_bases("Wiskickiego", frozenset({"gen"}))[:2] == ["Wiskicki", "Wiskickie"]
    assert "Gniew" in unknown_word_bases("Gniewa", frozenset({"gen"}))
    assert unknown_word_bases("Pilickiej", frozenset({"loc"})) == []  # the dictionary knows the adjective
