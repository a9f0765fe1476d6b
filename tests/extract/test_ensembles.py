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



def test_kind_word_is_remembered_per_readings_and_needs_lower_case():
    """`_kind_word` caches by the readings tuple; the lower-case test comes first, whatever is cached."""
    from types import SimpleNamespace

    from pipeline.extract.ensembles import _kind_word
    from pipeline.text.morphology import analyse

    choir = analyse("chóru")
    assert _kind_word(SimpleNamespace(text="chóru", morf=choir))
    assert _kind_word(SimpleNamespace(text="chóru", morf=choir))
    assert not _kind_word(SimpleNamespace(text="Chóru", morf=choir))
    assert not _kind_word(SimpleNamespace(text="chórów", morf=analyse("chórów")))  # a plural: a kind, no group
    assert not _kind_word(SimpleNamespace(text="domu", morf=analyse("domu")))
