"""Local officials' units and bodies acting "w osobie" (pipeline/resolve_units.py); invented sentences."""

from pipeline.resolve_units import local_unit, official_tier


def test_official_tiers():
    assert official_tier("wójt") == "gmina" and official_tier("zastępca wójta") == "gmina"
    assert official_tier("sekretarz", ("gminy",)) == "gmina" and official_tier("starosta") == "powiat"
    assert official_tier("starosta dożynek") is None and official_tier("sekretarz", ("Jan",)) is None


def test_local_unit_prefers_the_office_and_abstains_on_several():
    assert local_unit("gmina", ["Urząd Gminy Kolno", "Gmina Kolno"], ["gmina Kolno"]) == "Urząd Gminy Kolno"
    assert local_unit("gmina", [], ["gmina Kolno"]) == "gmina Kolno"
    assert local_unit("gmina", [], ["gmina Kolno", "gmina Brzozów"]) is None
    assert local_unit("gmina", ["Urząd Gminy"], []) is None


def _orgs(report, name):
    person = next(p for p in report.people if p.name == name)
    return [r.organization for r in person.roles], person.affiliation


def test_a_bare_wojt_belongs_to_the_one_gmina_of_the_report(extractor):
    report = extractor.extract("Zebranie odbyło się w gminie Kolno. Gości powitali wójt Anna Kos "
                               "i sekretarz gminy Jan Mak.")
    assert _orgs(report, "Anna Kos")[0] == ["gmina Kolno"]
    assert _orgs(report, "Jan Mak")[0] == ["gmina Kolno"]


def test_an_office_adjective_gives_no_unit(extractor):
    report = extractor.extract("Zebranie odbyło się w gminie Kolno. Patronat objął starosta kolneński Piotr Wilk.")
    assert _orgs(report, "Piotr Wilk")[0] == [None]


def test_a_body_acting_in_the_person_of_its_people(extractor):
    report = extractor.extract("Spotkanie zorganizowała Fundacja Zielony Most w osobach: Anny Kos i Piotra Wilka.")
    assert _orgs(report, "Anna Kos")[1] == "Fundacja Zielony Most"
    assert _orgs(report, "Piotr Wilk")[1] == "Fundacja Zielony Most"


def test_in_person_of_reads_the_word_before_from_plain_tokens(ctx_for):
    """`_in_person_of` reads the "w" before "osobach" from `ctx.light_tokens` (no spaCy Token per word asked):
    the answer for every token is the one the Doc's tokens give."""
    from pipeline.resolve_units import _in_person_of

    ctx = ctx_for("Spotkanie zorganizowała Fundacja Zielony Most w osobach: Anny Kos i Piotra Wilka, a w osobnej "
                  "sali czekała osoba z Koła w Lipnie.")
    light = [_in_person_of(ctx, t) for t in ctx.light_tokens]
    assert light == [_in_person_of(ctx, t) for t in ctx.doc]
    assert [t.text for t, found in zip(ctx.light_tokens, light, strict=True) if found] == ["osobach"]


def test_a_body_the_names_represented(extractor):
    """"X reprezentowali A i B" (the body the object, the names the subjects; its seat may stay outside its name) and
    "A reprezentował X": the body is their affiliation."""
    report = extractor.extract("W konferencji wzięło udział wielu gości. Urząd Marszałkowski Województwa Lubuskiego "
                               "reprezentowali Pani Anna Kos oraz Pan Piotr Wilk.")
    assert _orgs(report, "Anna Kos")[1] == _orgs(report, "Piotr Wilk")[1] == "Urząd Marszałkowski Województwa Lubuskiego"
    report = extractor.extract("Stowarzyszenie Zielony Most z Lipna reprezentował Jan Mak.")
    assert _orgs(report, "Jan Mak")[1] == "Stowarzyszenie Zielony Most"
    report = extractor.extract("Na spotkaniu Jan Mak reprezentował Fundację Zielony Most.")
    assert _orgs(report, "Jan Mak")[1] == "Fundacja Zielony Most"


def test_a_participle_after_the_name_is_no_finite_representing(ctx_for):
    from pipeline.resolve_units import _represented_by

    ctx = ctx_for("Głos zabrał Jan Mak reprezentujący Fundację Zielony Most, która reprezentuje seniorów.")
    assert [t.text for t in ctx.light_tokens if _represented_by(t)] == ["reprezentuje"]
