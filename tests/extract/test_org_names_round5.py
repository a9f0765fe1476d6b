"""Organization name shapes of round 5 (seats after own names, parents' acronyms), in sentences written for the tests."""


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


def test_a_word_the_dictionary_does_not_know_is_the_bodys_own_name(extractor):
    names = _orgs(extractor, "Dochód przekazano dla dzieci z Fundacji Kwintus z Mrągowa.")
    assert "Fundacja Kwintus" in names


def test_a_parents_acronym_after_a_complement_keeps_the_seat(extractor):
    names = _orgs(extractor, "Seminarium zorganizowała Katedra Historii i Filozofii PWSZ w Sanoku. "
                             "Mówił kierownik Katedry Historii i Filozofii.")
    assert names == {"Katedra Historii i Filozofii PWSZ w Sanoku", "PWSZ"}


def test_a_parents_acronym_standing_alone_elsewhere(extractor):
    names = _orgs(extractor, "Warsztaty odbyły się w Ośrodku Szkolenia i Wychowania OHP w Bolkowie. "
                             "Podopieczni OHP byli zadowoleni.")
    assert names == {"Ośrodek Szkolenia i Wychowania OHP w Bolkowie", "OHP"}


def test_an_own_acronym_and_a_state_are_no_parents(extractor):
    names = _orgs(extractor, "Przyszło Stowarzyszenie Centrum Rozwoju Inicjatyw Obywatelskich PRIO w Sanoku "
                             "oraz goście z Kancelarii Prezydenta RP.")
    assert "Stowarzyszenie Centrum Rozwoju Inicjatyw Obywatelskich PRIO" in names
    assert "Kancelaria Prezydenta RP" in names


def test_a_department_with_its_parents_acronym_gives_the_parent(extractor):
    names = _orgs(extractor, "Głos zabrał dziekan Wydziału Nauk Społecznych UW.")
    assert names == {"UW"}
