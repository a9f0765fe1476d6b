"""A department's parent written inside its name is the person's organization (pipeline/resolve_people.py,
parent_within; docs/annotation.md, Departments)."""


def _orgs(extractor, text: str) -> dict[str, list[str]]:
    people = extractor.extract(text).people
    return {p.name: [o for o in [p.affiliation, *(r.organization for r in p.roles)] if o] for p in people}


def test_a_department_of_a_body_in_the_genitive_gives_the_body(extractor):
    orgs = _orgs(extractor, "Na spotkaniu mówił Jan Kos, dyrektor Biura Związku Gmin Nadrzecznych, o nowych planach.")
    assert orgs["Jan Kos"] == ["Związek Gmin Nadrzecznych"]


def test_a_department_with_its_parents_acronym_before_a_seat_gives_the_parent(extractor):
    orgs = _orgs(extractor, "Wykład wygłosiła Anna Mak z Katedry Historii Regionu UKW w Bydgoszczy o dawnych młynach.")
    assert orgs["Anna Mak"] == ["UKW"]


def test_a_plural_kind_after_the_department_is_no_parent(extractor):
    orgs = _orgs(extractor, "Obrady prowadził Piotr Wilk, naczelnik Wydziału Organizacji Pozarządowych i Sportu.")
    assert orgs["Piotr Wilk"] == ["Wydział Organizacji Pozarządowych i Sportu"]


def test_an_office_named_by_its_chief_is_no_department(extractor):
    orgs = _orgs(extractor, "Głos zabrała Ewa Lis, zastępca dyrektora departamentu w Kancelarii Prezesa Rady Ministrów.")
    assert "Rada Ministrów" not in orgs["Ewa Lis"]


def test_a_body_of_its_own_inside_another_keeps_its_whole_name(extractor):
    orgs = _orgs(extractor, "Gośćmi byli Jan Kos, słuchacz Uniwersytetu Trzeciego Wieku Politechniki Opolskiej, "
                            "i Ewa Lis, kierownik Katedry Botaniki Uniwersytetu Opolskiego.")
    assert orgs["Jan Kos"] == ["Uniwersytet Trzeciego Wieku Politechniki Opolskiej"]
    assert orgs["Ewa Lis"] == ["Uniwersytet Opolski"]


def test_a_bodys_mention_that_took_in_the_holders_name_gives_way_to_the_titles_words(extractor):
    orgs = _orgs(extractor, "Mszę odprawił proboszcz Parafii pw. Wszystkich Świętych Michał Kos, a gości przywitał "
                            "Jan Lis, prezes Fundacji im. Anny Dymnej.")
    assert orgs["Michał Kos"] == ["Parafia pw. Wszystkich Świętych"]
    assert orgs["Jan Lis"] == ["Fundacja im. Anny Dymnej"]
