"""Roles, their organizations and parts, third round: rank adjectives, councils named by a title, participle
titles, departments and their parents, list headings naming a body. Sentences are invented."""


def people(extractor, text):
    return {p.name: p for p in extractor.extract(text).people}


def titles(person):
    return [(r.title, r.organization) for r in person.roles]


def test_rank_adjective_after_a_title_stays_in_it(extractor):
    found = people(extractor, "Głos zabrał dr Adam Kret – p.o. Dyrektora Generalnego Fundacji Wiatrak.")
    assert [t for t, _ in titles(found["Adam Kret"])] == ["p.o. dyrektora generalnego"]


def test_council_named_by_its_members_title_is_part_of_the_title(extractor):
    found = people(extractor, "Na forum przybył Jan Lis – Minister, członek Rady Ministrów.")
    assert [t for t, _ in titles(found["Jan Lis"])] == ["minister", "członek rady ministrów"]


def test_participle_title_takes_no_object(extractor):
    found = people(extractor, "Pytania zadawała prowadząca spotkania Ewa Kmita z biblioteki.")
    assert [t for t, _ in titles(found["Ewa Kmita"])] == ["prowadzący"]
