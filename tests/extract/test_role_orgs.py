"""The organization a title names (pipeline/extract/role_orgs.py), in sentences written for the tests."""


def _role_orgs(extractor, text: str) -> dict[str, set[str | None]]:
    return {p.name: {r.organization for r in p.roles} for p in extractor.extract(text).people}


def test_a_seat_adjective_before_an_acronym_leaves_the_acronym_as_the_office(extractor):
    orgs = _role_orgs(extractor, "Wszystko po to, żeby dać szansę – tłumaczy Anna Kowalik, dyrektor lipnowskiego PUP-u.")
    assert orgs["Anna Kowalik"] == {"PUP"}

