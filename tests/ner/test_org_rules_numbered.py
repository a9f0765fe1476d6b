"""Numbered institutions written as an acronym and a number (pipeline/ner/org_units.numbered_units), in sentences
written for the tests."""


def _orgs(extractor, text: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.acronym) for o in extractor.extract(text).organizations]


def test_an_acronym_with_a_number_names_one_numbered_institution_each(extractor):
    orgs = _orgs(extractor, "W finale spotkali się uczniowie z ZS4 i ZS7 oraz z PG 15. Trzecia była Ewa Lis "
                            "z ZSO nr 3 w Lesznie.")
    names = {n for n, _ in orgs}
    assert {"ZS4", "ZS7", "PG 15", "ZSO nr 3 w Lesznie"} <= names
    assert all(a is None for n, a in orgs if n in names)  # "ZS4" and "ZS7" are two bodies, not one acronym


def test_a_year_or_a_fund_with_a_number_is_no_institution(extractor):
    names = {n for n, _ in _orgs(extractor, "Projekt z EFS 2014 trwał do końca roku, a raport przyjęto w marcu.")}
    assert not any(n.startswith("EFS") for n in names)


def test_a_numbered_unit_keeps_its_parents_acronym_and_the_seat_after_it(extractor):
    names = {o.name for o in extractor.extract("Pokaz przygotowali strażacy z JRG 4 PSP w Lipowie.").organizations}
    assert "JRG 4 PSP w Lipowie" in names and "JRG 4" not in names
    # without a seat after it the acronym stays a body of its own
    names = {o.name for o in extractor.extract("Pokaz przygotowali strażacy z JRG 4 oraz PSP.").organizations}
    assert "JRG 4" in names


def test_a_roman_ordinal_before_a_school_acronym_is_the_units_number(extractor):
    names = {n for n, _ in _orgs(extractor, "Konkurs wygrał Adam Żak, uczeń III LO. Drugie miejsce zajęli uczniowie "
                                            "II LO w Brzozowie, a trzecie Zespół Szkół nr 2.")}
    assert {"III LO", "II LO w Brzozowie"} <= names
    # an ordinal before another acronym (a state, an era) names no school
    names = {n for n, _ in _orgs(extractor, "Wystawa opowiada o życiu w II RP i o losach mieszkańców Brzozowa.")}
    assert not any(n.startswith("II") for n in names)


def test_a_numbered_units_patron_belongs_to_its_name(extractor):
    names = {n for n, _ in _orgs(extractor, "Nagrody wręczyła Ewa Lis, dyrektor SP nr 4 im. Marii Konopnickiej "
                                            "w Lesznie.")}
    assert "SP nr 4 im. Marii Konopnickiej w Lesznie" in names
