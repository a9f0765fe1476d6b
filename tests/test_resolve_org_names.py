"""Organization names across mentions (pipeline/resolve_org_names.py), in sentences written for the tests."""


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


def test_two_generic_names_coordinated_before_one_seat_share_it(extractor):
    """Round 18c: "A i B w X" with A generic names two bodies in X."""
    orgs = _orgs(extractor, "Goście odwiedzili Publiczne Gimnazjum i Publiczne Przedszkole w Lipowie oraz kościół. "
                            "Uczniowie odwiedzili też Szkołę Podstawową i Bibliotekę w Borkowie.")
    assert {"Publiczne Gimnazjum w Lipowie", "Publiczne Przedszkole w Lipowie",
            "Szkoła Podstawowa w Borkowie", "Biblioteka w Borkowie"} <= orgs


def test_a_body_of_another_tier_or_with_a_proper_part_keeps_no_seat(extractor):
    orgs = _orgs(extractor, "Przyszedł Regionalny Ośrodek oraz Powiatowe Centrum w Lipowie. "
                            "Wsparcia udzieliła Gmina Lipowo i Gminny Ośrodek Kultury w Lipowie.")
    assert not {"Regionalny Ośrodek w Lipowie", "Gmina Lipowo w Lipowie"} & orgs
