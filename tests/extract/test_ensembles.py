"""Performing groups named after a lower-case kind word (round 10), in sentences written for the tests."""


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


def test_a_quoted_name_after_a_kind_word_is_an_organization(extractor):
    orgs = _orgs(extractor, "Po obiedzie odbył się występ zespołu „Modrzewianki”, a potem wspólne śpiewanie.")
    assert "„Modrzewianki”" in orgs


def test_a_capitalised_name_after_a_kind_word_and_its_adjective(extractor):
    orgs = _orgs(extractor, "Uroczystość uświetnił chór Cantabile pod dyrekcją Ewy Lis. "
                            "Pomagali wolontariusze z grupy nieformalnej Ważki.")
    assert {"Cantabile", "Ważki"} <= orgs


def test_the_leader_after_the_name_is_no_part_of_it(extractor):
    orgs = _orgs(extractor, "Do tańca przygrywała kapela Dudziarze Tomasza Wrzosa z Lipowca.")
    assert "Dudziarze" in orgs


def test_a_plural_kind_a_compound_and_a_team_give_no_group(extractor):
    orgs = _orgs(extractor, "W kategorii kapel Złotą Lirę otrzymali muzycy z Borowa. "
                            "Stoiska przygotowali członkowie grupy Sło-WIKI z powiatu. "
                            "W turnieju sołectw najwięcej goli strzelił zawodnik z zespołu „Brzozy”.")
    assert not {"Złotą Lirę", "Sło", "„Brzozy”"} & orgs



def test_a_single_letter_after_a_kind_word_labels_a_pool(extractor):
    orgs = _orgs(extractor, "Seniorzy zajmują drugie miejsce w grupie „C” ligi okręgowej. "
                            "Wieczorem wystąpiła grupa „Cis” z Lipowca.")
    assert not any(o.strip("„”\" ") == "C" for o in orgs) and "„Cis”" in orgs
