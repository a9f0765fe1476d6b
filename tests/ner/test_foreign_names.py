"""Names the dictionary lacks, where a person must stand (pipeline/ner/foreign_names.py), on invented sentences."""

import pytest


@pytest.mark.parametrize("text, name", [
    ("Na festyn przyjechał konsul Estonii Kaarel Tammsaar.", "Kaarel Tammsaar"),
    ("Spotkanie otworzył starosta partnerskiego powiatu Arvydas Kubilius.", "Arvydas Kubilius"),
    ("Dyplomy wręczyła Leena Halttunen.", "Leena Halttunen"),
])
def test_a_foreign_name_after_a_title_or_a_past_verb(extractor, text, name):
    assert name in [p.name for p in extractor.extract(text).people]


def test_two_unknown_capitalised_words_without_a_persons_position_are_no_person(extractor):
    for text in ("Grupa zwiedziła Bad Kissingen i okolice.", "Zespół wykonał utwór Viva Rivera."):
        assert extractor.extract(text).people == [], text


def test_a_foreign_womans_instrumental_first_name_comes_back_to_its_nominative(extractor):
    people = extractor.extract("Dzieci rozmawiały z Tetianą Hnatyuk z Charkowa o jej pracy.").people
    assert [p.name for p in people] == ["Tetiana Hnatyuk"]


def test_a_particle_between_the_verb_and_the_foreign_subject(extractor):
    people = extractor.extract("Na mecie zameldował się również Henrik Lindqvist, który wygrał bieg.").people
    assert [p.name for p in people] == ["Henrik Lindqvist"]


def test_a_foreign_name_after_a_capitalised_title_opening_the_sentence_before_its_verb(extractor):
    """"Ambasador Litwy Darius Jankauskas otworzył wystawę": the title opens the sentence (so it is capitalised) and
    the name is the subject of the past verb right after it; the name's part follows from that verb (a guest)."""
    people = extractor.extract("Wystawa\nKonsul Łotwy Aigars Ozolinš otworzył wystawę prac.").people
    assert [(p.name, p.part) for p in people] == [("Aigars Ozolinš", "guest")]
    # a capitalised title inside a sentence, or no title and no verb, is no position for an unknown pair
    assert extractor.extract("Wystawa prac, Konsul Łotwy Aigars Ozolinš.").people == []
