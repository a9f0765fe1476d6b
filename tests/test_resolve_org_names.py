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


def test_a_generic_name_with_common_noun_complements_is_a_second_body_sharing_the_seat(extractor):
    """'Urzędu Gminy i Gminnego Ośrodka Pomocy Społecznej w X': after a noun, adjectives leading to a head begin a
    second name; the first, generic with its complements, shares the seat written after the second."""
    orgs = _orgs(extractor, "Na naradę przyszli pracownicy Urzędu Gminy i Gminnego Ośrodka Kultury w Lipowie, "
                            "a także Powiatowego Centrum Pomocy Rodzinie i Powiatowego Urzędu Pracy w Borkowie.")
    assert {"Urząd Gminy w Lipowie", "Gminny Ośrodek Kultury w Lipowie", "Powiatowe Centrum Pomocy Rodzinie w Borkowie",
            "Powiatowy Urząd Pracy w Borkowie"} <= orgs


def test_adjectives_coordinated_before_one_plural_head_stay_in_one_name(extractor):
    orgs = _orgs(extractor, "Przemawiał prezes Krajowego Związku Miejskich i Gminnych Ośrodków Sportu „Ruch”.")
    assert "Krajowy Związek Miejskich i Gminnych Ośrodków Sportu „Ruch”" in orgs


def test_a_bare_acronym_takes_the_one_seat_written_with_it_elsewhere(extractor):
    report = extractor.extract("Pracownicy MOPS przygotowali kiermasz. Gości powitała dyrektor MOPS w Lipnie Ewa Kret.")
    assert {o.name for o in report.organizations} == {"MOPS w Lipnie"}
    assert [r.organization for p in report.people for r in p.roles] == ["MOPS w Lipnie"]


def test_one_acronym_with_two_seats_gives_two_bodies(extractor):
    orgs = _orgs(extractor, "Stoiska przygotowali pracownicy GOPS w Lipnie oraz GOPS w Brzozowie.")
    assert {"GOPS w Lipnie", "GOPS w Brzozowie"} <= orgs


def test_an_acronym_in_a_posts_hashtag_is_no_body(extractor):
    assert _orgs(extractor, "Za nami warsztaty w Fundacji Wiatrak! #wolontariat #MOPS #GOK") == {"Fundacja Wiatrak"}
    assert "GOK" in _orgs(extractor, "Warsztaty przygotował GOK. #GOK")


def test_a_body_of_the_whole_country_takes_no_seat_written_after_the_next_name(extractor):
    """'Departament X oraz Powiatowe Centrum Y w Z': a name made by its complement or by three words of its own is
    one body in the country; a local kind (a tier, a unit, adjectives and a head) still shares the seat."""
    orgs = _orgs(extractor, "Partnerami byli Departament Łowiectwa oraz Powiatowe Centrum Pomocy Rodzinie w Lipowie.")
    assert "Departament Łowiectwa" in orgs and "Departament Łowiectwa w Lipowie" not in orgs
    orgs = _orgs(extractor, "Dziękujemy Urzędowi Ochrony Zabytków i Ochotniczej Straży Pożarnej w Borkowie.")
    assert "Urząd Ochrony Zabytków w Borkowie" not in orgs
    orgs = _orgs(extractor, "Partnerami byli Urząd Gminy oraz Gminny Ośrodek Kultury w Lipowie.")
    assert "Urząd Gminy w Lipowie" in orgs
